import Foundation
import KkoriPlatform
import KkoriScenario
import KkoriScreen
import KkoriStore
import KkoriText

/// The commands about one past session, and progress.
extension HistoryCLI {
    /// `kkori replay FILE|--last [--plain]`: the replay screen on a terminal, a printed transcript
    /// otherwise.
    public static func replay(file: String?, last: Bool, plain: Bool, platform: Platform = .current,
                              io: HistoryOutput) -> Int32 {
        if !plain, FullScreen.isAvailable(platform: platform) {
            let driver = HistoryDriver(platform: platform)
            let state: ReplayState
            do throws(UserError) {
                state = try driver.replayState(try locate(file, last: last, platform: platform))
            } catch {
                io.error(error.message)
                return error.code
            }
            let exit = HistoryScreen.run(driver: driver, platform: platform) { w, h in
                HistoryBrowser.replaying(state, language: state.timeline.texts.language, width: w, height: h)
            }
            if let code = finish(exit, io: io) { return code }
        }
        return run(io) { () throws(UserError) in
            let session = try SessionReader(platform: platform).load(try locate(file, last: last, platform: platform))
            for line in ReplayPrinter(session).lines() { io.line(line) }
        }
    }

    /// `kkori report FILE --format md|html|json [--output OUT]`.
    public static func report(file: String?, last: Bool, format: String, output: String?,
                              platform: Platform = .current, io: HistoryOutput) -> Int32 {
        run(io) { () throws(UserError) in
            guard ["md", "markdown", "html", "json"].contains(format.lowercased()) else {
                throw UserError("unknown format '\(format)'; use md, html or json", code: 2)
            }
            let session = try SessionReader(platform: platform).load(try locate(file, last: last, platform: platform))
            let report = ExportReport(session)
            let strings = HistoryStrings.forLanguage(session.language)
            let text: String = switch format.lowercased() {
            case "html": report.html(strings: strings)
            case "json": report.json() + "\n"
            default: report.markdown(strings: strings)
            }
            try emit(text, to: output, io: io)
        }
    }

    /// `kkori export FILE --asciicast OUT.cast`.
    public static func export(file: String?, last: Bool, asciicast: String, platform: Platform = .current,
                              io: HistoryOutput) -> Int32 {
        run(io) { () throws(UserError) in
            let session = try SessionReader(platform: platform).load(try locate(file, last: last, platform: platform))
            let lines = AsciicastWriter(session).lines()
            try emit(lines.joined(separator: "\n") + "\n", to: asciicast, io: io)
            if asciicast != "-" { io.line("\(asciicast): \(lines.count - 1) events; play it with `asciinema play \(asciicast)`") }
        }
    }

    /// `kkori progress [--json] [--lang ko|en]`.
    public static func progress(json: Bool, language: String?, platform: Platform = .current, io: HistoryOutput) -> Int32 {
        run(io) { () throws(UserError) in
            let code = language ?? platform.preferredLanguageCode
            guard let chosen = Language(rawValue: code.lowercased()) else {
                throw UserError("unknown language '\(code)'; use ko or en", code: 2)
            }
            let model = HistoryDriver(platform: platform).progress(language: chosen)
            if json {
                io.line(ProgressJSON(model).text())
            } else {
                for line in ProgressPrinter(model: model, strings: HistoryStrings.forLanguage(chosen)).lines() { io.line(line) }
            }
        }
    }

    /// Writes `text` to the file `output` (0600, replacing it), or prints it when there is none or it is `-`.
    static func emit(_ text: String, to output: String?, io: HistoryOutput) throws(UserError) {
        guard let output, output != "-" else {
            io.out(TerminalSafe.clean(text.hasSuffix("\n") ? String(text.dropLast()) : text))
            return
        }
        let fd = open(output, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard fd >= 0 else {
            throw UserError("cannot write \(output): \(String(cString: strerror(errno))); check the folder exists and is writable")
        }
        defer { close(fd) }
        let bytes = Array(text.utf8)
        var written = 0
        while written < bytes.count {
            let n = bytes.withUnsafeBytes { buffer -> Int in
                guard let base = buffer.baseAddress else { return -1 }
                return write(fd, base + written, buffer.count - written)
            }
            if n < 0, errno == EINTR { continue }
            guard n > 0 else { throw UserError("cannot write \(output): \(String(cString: strerror(errno)))") }
            written += n
        }
    }
}
