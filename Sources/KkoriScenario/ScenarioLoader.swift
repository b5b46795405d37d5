/// Builds a `Scenario` from its files. Pure: the caller reads the folder (with size caps) and passes
/// the files in; every problem found is reported, not just the first.
public enum ScenarioLoader {
    /// The file every scenario folder must have.
    public static let manifestName = "scenario.yaml"

    /// Loads and validates. Files under `tasks/` are passed through for the coding module; every other
    /// `.yaml` file besides the manifest is a question file.
    public static func load(files: [SourceFile], limits: YAMLLimits = YAMLLimits()) throws(ScenarioErrors) -> Scenario {
        var builder = ScenarioBuilder()
        guard let manifest = files.first(where: { $0.path == manifestName }) else {
            throw ScenarioErrors([Diagnostic(file: manifestName,
                "the scenario folder has no \(manifestName); add one with id, title, rounds and topics")])
        }
        var parseErrors: [Diagnostic] = []
        if let node = SafeYAML.parse(manifest, limits: limits, into: &parseErrors) {
            builder.readManifest(node, file: manifest.path)
        }
        let questionFiles = files.filter { $0.path != manifestName && !isTaskFile($0.path) }
            .sorted { $0.path < $1.path }
        let (readings, contentHash) = readQuestionFiles(questionFiles, context: builder.manifestContext,
                                                        limits: limits, hashing: files)
        for reading in readings {
            parseErrors += reading.parseErrors
            builder.merge(reading.builder)
        }
        builder.sink.items += parseErrors
        builder.checkReferences()
        let diagnostics = builder.sink.items
        guard diagnostics.isEmpty, let scenario = builder.build(files: files, contentHash: contentHash) else {
            throw ScenarioErrors(diagnostics.isEmpty
                ? [Diagnostic(file: manifestName, "the scenario could not be built")] : diagnostics)
        }
        return scenario
    }

    /// Whether `path` is a coding task file (owned by the coding module).
    public static func isTaskFile(_ path: String) -> Bool {
        path.hasPrefix("tasks/")
    }

    /// A short stable hash of the files' paths and bytes (FNV-1a, 64 bits, hex).
    public static func contentHash(of files: [SourceFile]) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        func mix(_ byte: UInt8) {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01B3
        }
        for file in files.sorted(by: { $0.path < $1.path }) {
            for byte in file.path.utf8 { mix(byte) }
            mix(0)
            file.bytes.withUnsafeBufferPointer { bytes in
                for byte in bytes { mix(byte) }
            }
            mix(0)
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
