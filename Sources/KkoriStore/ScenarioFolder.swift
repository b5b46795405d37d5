import Foundation
import KkoriPlatform
import KkoriScenario

/// Reads scenario folders from disk, with caps (the files are untrusted), and finds the bundled ones.
public enum ScenarioFolder {
    /// Most YAML files read from one folder.
    public static let maxFiles = 400
    /// Most bytes read from one folder in total.
    public static let maxTotalBytes = 32 << 20
    /// The scenario used when none is named.
    public static let defaultName = "ml-engineer"

    /// Finds a scenario by folder path or bundled name.
    public static func locate(_ nameOrPath: String?, platform: Platform = .current) throws(StoreError) -> String {
        let name = nameOrPath ?? defaultName
        let fm = FileManager.default
        if name.contains("/") || name.hasPrefix(".") || fm.fileExists(atPath: name + "/" + ScenarioLoader.manifestName) {
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: name, isDirectory: &isDir) else {
                throw StoreError("scenario folder \(name) does not exist; check the path")
            }
            guard isDir.boolValue else {
                throw StoreError("\(name) is a file; pass the scenario's folder (the one holding scenario.yaml)")
            }
            return name
        }
        for root in platform.scenarioSearchPaths() {
            let candidate = root + "/" + name
            if fm.fileExists(atPath: candidate + "/" + ScenarioLoader.manifestName) { return candidate }
        }
        let known = bundledNames(platform: platform)
        let hint = known.isEmpty ? "set KKORI_SCENARIOS to the folder holding the scenarios"
            : "known scenarios: \(known.joined(separator: ", "))"
        throw StoreError("unknown scenario '\(name)'; \(hint), or pass a folder path")
    }

    /// Names of the bundled scenarios.
    public static func bundledNames(platform: Platform = .current) -> [String] {
        let fm = FileManager.default
        for root in platform.scenarioSearchPaths() {
            guard let names = try? fm.contentsOfDirectory(atPath: root) else { continue }
            let found = names.filter { fm.fileExists(atPath: root + "/" + $0 + "/" + ScenarioLoader.manifestName) }
            if !found.isEmpty { return found.sorted() }
        }
        return []
    }

    /// Reads every `.yaml`/`.yml` file below `folder` (hidden entries and links skipped).
    public static func read(_ folder: String) throws(StoreError) -> [SourceFile] {
        let fm = FileManager.default
        var isDir: ObjCBool = false
        guard fm.fileExists(atPath: folder, isDirectory: &isDir), isDir.boolValue else {
            throw StoreError("scenario folder \(folder) does not exist; check the path")
        }
        var files: [SourceFile] = []
        var total = 0
        for relative in try yamlPaths(in: folder) {
            let path = folder + "/" + relative
            guard let handle = FileHandle(forReadingAtPath: path) else {
                throw StoreError("\(path): cannot be read; check its permissions")
            }
            defer { try? handle.close() }
            // Read one byte past the per-file cap so the loader can report the oversize file.
            let data = (try? handle.read(upToCount: YAMLLimits().maxBytes + 1)) ?? Data()
            total += data.count
            if total > maxTotalBytes {
                throw StoreError("\(folder): more than \(maxTotalBytes >> 20) MiB of YAML; a scenario must be smaller")
            }
            files.append(SourceFile(path: relative, bytes: Array(data)))
        }
        return files
    }

    static func yamlPaths(in folder: String) throws(StoreError) -> [String] {
        let root = URL(fileURLWithPath: folder)
        guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey],
                                                          options: [.skipsHiddenFiles]) else {
            throw StoreError("\(folder): cannot be listed; check its permissions")
        }
        var paths: [String] = []
        let prefix = root.standardizedFileURL.path + "/"
        for case let url as URL in walker {
            guard ["yaml", "yml"].contains(url.pathExtension),
                  (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
            let full = url.standardizedFileURL.path
            paths.append(full.hasPrefix(prefix) ? String(full.dropFirst(prefix.count)) : url.lastPathComponent)
            if paths.count > maxFiles {
                throw StoreError("\(folder): more than \(maxFiles) YAML files; a scenario must be smaller")
            }
        }
        return paths.sorted()
    }

    /// Locates, reads and loads a scenario.
    public static func load(_ nameOrPath: String?, platform: Platform = .current) throws -> (Scenario, String) {
        let folder = try locate(nameOrPath, platform: platform)
        let files = try read(folder)
        return (try ScenarioLoader.load(files: files), folder)
    }
}
