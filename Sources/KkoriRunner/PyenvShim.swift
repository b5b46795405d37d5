import Foundation

/// Reads pyenv's version choice the way pyenv does, so its `python3` shim (a bash script that takes
/// ~100 ms or more to start) need not be run to learn the interpreter: `PYENV_VERSION`, else the
/// nearest `.python-version` from the working folder up, else `$PYENV_ROOT/version`. Anything it
/// cannot settle (the `system` version, a missing interpreter) is left to running the shim.
enum PyenvShim {
    /// The interpreter the shim at `shim` would run, or nil to ask the shim itself.
    static func interpreter(for shim: String, environment: [String: String],
                            workingFolder: String = FileManager.default.currentDirectoryPath) -> String? {
        let shims = URL(fileURLWithPath: shim).deletingLastPathComponent()
        guard shims.lastPathComponent == "shims" else { return nil }
        let root = environment["PYENV_ROOT"].flatMap { $0.isEmpty ? nil : $0 } ?? shims.deletingLastPathComponent().path
        guard let versions = chosenVersions(root: root, environment: environment, workingFolder: workingFolder) else {
            return nil
        }
        let command = URL(fileURLWithPath: shim).lastPathComponent
        for version in versions {
            if version == "system" { return nil }
            let candidate = "\(root)/versions/\(version)/bin/\(command)"
            if FileManager.default.isExecutableFile(atPath: candidate), PythonLocator.isBinary(candidate) { return candidate }
        }
        return nil
    }

    /// The version names in pyenv's order of precedence, or nil when none is set.
    static func chosenVersions(root: String, environment: [String: String], workingFolder: String) -> [String]? {
        if let chosen = environment["PYENV_VERSION"], !chosen.isEmpty {
            return chosen.split(separator: ":").map(String.init)
        }
        var folder = URL(fileURLWithPath: environment["PYENV_DIR"] ?? workingFolder)
        while true {
            if let names = names(in: folder.appendingPathComponent(".python-version").path) { return names }
            let parent = folder.deletingLastPathComponent()
            if parent.path == folder.path { break }
            folder = parent
        }
        return names(in: root + "/version")
    }

    /// The names listed in a version file (whitespace-separated, `#` comments skipped).
    private static func names(in file: String) -> [String]? {
        guard let data = FileManager.default.contents(atPath: file), data.count < 1 << 16 else { return nil }
        let names = String(decoding: data, as: UTF8.self).split(whereSeparator: \.isNewline)
            .filter { !$0.hasPrefix("#") }
            .flatMap { $0.split(whereSeparator: \.isWhitespace).map(String.init) }
        return names.isEmpty ? nil : names
    }
}
