import Dispatch

/// One question file, parsed and read into a builder of its own.
struct QuestionFileReading {
    var parseErrors: [Diagnostic] = []
    var builder: ScenarioBuilder
}

extension ScenarioLoader {
    /// Parses and reads every question file, and hashes `allFiles`, on all cores: question files are
    /// independent until the caller merges them in order. Returns the readings in `files` order.
    static func readQuestionFiles(_ files: [SourceFile], context: ScenarioBuilder.ManifestContext, limits: YAMLLimits,
                                  hashing allFiles: [SourceFile]) -> (readings: [QuestionFileReading], hash: String) {
        let readings = ResultSlots<QuestionFileReading>(count: files.count)
        let hash = ResultSlots<String>(count: 1)
        // The hash (one long serial pass) starts first, then the largest files, so short ones come last.
        let order = files.indices.sorted { files[$0].bytes.count > files[$1].bytes.count }
        DispatchQueue.concurrentPerform(iterations: files.count + 1) { item in
            guard item > 0 else {
                hash.put(contentHash(of: allFiles), at: 0)
                return
            }
            let index = order[item - 1]
            readings.put(readQuestionFile(files[index], context: context, limits: limits), at: index)
        }
        return (readings.values, hash.values.first ?? contentHash(of: allFiles))
    }

    private static func readQuestionFile(_ file: SourceFile, context: ScenarioBuilder.ManifestContext,
                                         limits: YAMLLimits) -> QuestionFileReading {
        var reading = QuestionFileReading(builder: .forQuestionFile(context))
        if let node = SafeYAML.parse(file, limits: limits, into: &reading.parseErrors) {
            reading.builder.readQuestionFile(node, file: file.path)
        }
        return reading
    }
}

/// Results that concurrent workers write, each to its own slot, read after all of them finish.
final class ResultSlots<Value>: @unchecked Sendable {
    private let base: UnsafeMutablePointer<Value?>
    private let count: Int

    init(count: Int) {
        self.count = count
        base = .allocate(capacity: count)
        base.initialize(repeating: nil, count: count)
    }

    deinit {
        base.deinitialize(count: count)
        base.deallocate()
    }

    /// Stores the result of work item `index`; each index is written by one worker only.
    func put(_ value: Value, at index: Int) {
        base[index] = value
    }

    var values: [Value] {
        (0..<count).compactMap { base[$0] }
    }
}
