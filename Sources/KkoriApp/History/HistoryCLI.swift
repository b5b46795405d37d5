import Foundation
import KkoriPlatform
import KkoriScenario
import KkoriScreen
import KkoriStore
import KkoriText

/// Where command output goes: standard output and error in the app, buffers in tests. Every line
/// passes `TerminalSafe.clean` on its way out, whatever produced it.
public struct HistoryOutput {
    let out: (String) -> Void
    let err: (String) -> Void

    public init(out: @escaping (String) -> Void, err: @escaping (String) -> Void) {
        self.out = out
        self.err = err
    }

    func line(_ text: String) { out(TerminalSafe.clean(text)) }
    func error(_ text: String) { err("kkori: " + TerminalSafe.clean(text, keepNewlines: false)) }
}

/// The history commands: `history`, `replay`, `report`, `export`, `progress`.
public enum HistoryCLI {
    /// `kkori history`: the full-screen list on a terminal, a table otherwise (or with `plain`).
    public static func history(_ options: HistoryOptions, plain: Bool, platform: Platform = .current,
                               io: HistoryOutput) -> Int32 {
        let driver = HistoryDriver(platform: platform)
        if !plain, !options.json, FullScreen.isAvailable(platform: platform) {
            let language = Language(rawValue: platform.preferredLanguageCode) ?? .en
            let exit = HistoryScreen.run(driver: driver, platform: platform) { w, h in
                driver.browser(language: language, width: w, height: h)
            }
            if let code = finish(exit, io: io) { return code }
        }
        return run(io) { () throws(UserError) in
            let rows = driver.refresh(details: options.json)
            let state = try HistoryListing.state(rows, options: options, now: Platform.now())
            if options.json {
                let byName = Dictionary(driver.sessions.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
                for row in state.visible { io.line(SummaryJSON.line(byName[row.name], row: row)) }
                return
            }
            let strings = HistoryStrings.forLanguage(Language(rawValue: platform.preferredLanguageCode) ?? .en)
            for line in HistoryListing.table(state.visible, total: rows.count, folder: driver.store.folder, strings: strings) {
                io.line(line)
            }
        }
    }

    /// `kkori history --delete FILE`: asks on standard input unless `yes`.
    public static func delete(_ file: String, yes: Bool, platform: Platform = .current, io: HistoryOutput,
                              readLine: () -> String?) -> Int32 {
        run(io) { () throws(UserError) in
            let store = HistoryStore(dataFolder: platform.dataFolder)
            let name = (file as NSString).lastPathComponent
            guard HistoryStore.isTranscriptName(name), FileManager.default.fileExists(atPath: store.path(of: name)) else {
                throw UserError("\(file) is not a session in \(store.folder); run `kkori history` to list them")
            }
            if !yes {
                io.line("Delete \(name) for good? [y/N]")
                guard let answer = readLine(), ["y", "yes", "예", "네"].contains(answer.lowercased().trimmingCharacters(in: .whitespaces)) else {
                    io.line("Kept.")
                    return
                }
            }
            do throws(StoreError) {
                try store.delete(name)
            } catch {
                throw UserError(error.message)
            }
            io.line("Deleted \(name).")
        }
    }

    /// Leaving the screens: resume, or done.
    static func finish(_ exit: HistoryScreen.Exit, io: HistoryOutput) -> Int32? {
        switch exit {
        case .closed(let code): return code
        case .resume(let path):
            return InterviewCommands.resume(file: path, last: false, scenario: nil, plain: false, err: io.err)
        case .unavailable: return nil
        }
    }

    /// Runs a command body, turning a `UserError` into its one line and exit code.
    static func run(_ io: HistoryOutput, _ body: () throws(UserError) -> Void) -> Int32 {
        do throws(UserError) {
            try body()
            return 0
        } catch {
            io.error(error.message)
            return error.code
        }
    }

    /// The transcript a FILE argument or `--last` names.
    static func locate(_ file: String?, last: Bool, platform: Platform) throws(UserError) -> String {
        let store = HistoryStore(dataFolder: platform.dataFolder)
        if let file {
            guard let path = store.locate(file) else {
                throw UserError("\(file) does not exist; run `kkori history` to list sessions")
            }
            return path
        }
        guard last else { throw UserError("name a transcript file, or pass --last for the most recent session", code: 2) }
        guard let newest = store.open().sessions.first(where: { $0.state == .finished || $0.state == .interrupted }) else {
            throw UserError("no past session yet; start one with `kkori interview`")
        }
        return store.path(of: newest.name)
    }
}
