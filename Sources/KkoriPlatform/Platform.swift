import Foundation

/// Every read of the environment, the clock and the terminal goes through here, so the rest of
/// the program can be given fixed values in tests.
public struct Platform: Sendable {
    /// Environment variables.
    public var environment: [String: String]

    public init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.environment = environment
    }

    /// The current process's platform.
    public static var current: Platform { Platform() }

    /// Wall-clock seconds since 1970.
    public static func now() -> Double {
        Date().timeIntervalSince1970
    }

    /// Monotonic seconds, for measuring durations.
    public static func monotonic() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }

    /// Whether `fd` is a terminal.
    public static func isTerminal(_ fd: Int32) -> Bool {
        isatty(fd) == 1
    }

    /// The user's home folder.
    public var home: String {
        environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
    }

    /// Where kkori keeps its data: `$KKORI_HOME`, else `$XDG_DATA_HOME/kkori`, else `~/.local/share/kkori`.
    public var dataFolder: String {
        if let custom = environment["KKORI_HOME"], !custom.isEmpty { return custom }
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") { return xdg + "/kkori" }
        return home + "/.local/share/kkori"
    }

    /// The interface language the locale suggests (Korean for ko_* locales).
    public var preferredLanguageCode: String {
        let locale = environment["LC_ALL"].flatMap { $0.isEmpty ? nil : $0 }
            ?? environment["LC_MESSAGES"].flatMap { $0.isEmpty ? nil : $0 }
            ?? environment["LANG"] ?? ""
        return locale.lowercased().hasPrefix("ko") ? "ko" : "en"
    }

    /// Whether colour is disabled (`NO_COLOR` set to anything non-empty).
    public var noColor: Bool {
        !(environment["NO_COLOR"] ?? "").isEmpty
    }

    /// The editor to open solution files with: `$VISUAL`, `$EDITOR`, then vi, then nano.
    public var editorCandidates: [String] {
        [environment["VISUAL"], environment["EDITOR"]].compactMap { $0 }.filter { !$0.isEmpty } + ["vi", "nano"]
    }

    /// Folders to look for the bundled scenarios in, best first.
    public func scenarioSearchPaths(executable: String = CommandLine.arguments.first ?? "") -> [String] {
        var paths: [String] = []
        if let custom = environment["KKORI_SCENARIOS"], !custom.isEmpty { paths.append(custom) }
        let exe = URL(fileURLWithPath: executable).resolvingSymlinksInPath().deletingLastPathComponent()
        paths.append(exe.appendingPathComponent("../share/kkori/Scenarios").standardized.path)
        var folder = exe
        for _ in 0..<6 {
            paths.append(folder.appendingPathComponent("Scenarios").path)
            folder = folder.deletingLastPathComponent()
        }
        // The source tree this binary was built from (a development build run from anywhere).
        let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Scenarios")
        paths.append(source.path)
        return paths
    }
}
