/// Reading question files apart (possibly at the same time) and merging them in file order.
extension ScenarioBuilder {
    /// What reading a question file needs from the manifest, which is read first.
    struct ManifestContext: Sendable {
        var topics: [String: Topic]
        var topicsDeclared: Bool
        var manifestFile: String
    }

    var manifestContext: ManifestContext {
        ManifestContext(topics: topics, topicsDeclared: topicsDeclared, manifestFile: manifestFile)
    }

    /// An empty builder, with its own diagnostics, for reading one question file.
    static func forQuestionFile(_ context: ManifestContext) -> ScenarioBuilder {
        var builder = ScenarioBuilder()
        builder.topics = context.topics
        builder.topicsDeclared = context.topicsDeclared
        builder.manifestFile = context.manifestFile
        return builder
    }

    /// Adds what `file` (a builder from `forQuestionFile`) read; files must be merged in order.
    mutating func merge(_ file: ScenarioBuilder) {
        sink.items += file.sink.items
        synonyms += file.synonyms
        for (id, origin) in file.registrations { register(id, origin: origin) }
        for question in file.readQuestions { questions[question.id] = question }
        for (round, ids) in file.roots { roots[round, default: []] += ids }
        references += file.references
    }

    private mutating func register(_ id: String, origin: Origin) {
        if let first = origins[id] {
            sink.add(origin.file, origin.mark,
                     "duplicate id '\(id)' (first defined at \(first.file):\(first.mark.line)); ids must be unique")
        } else {
            origins[id] = origin
        }
    }
}
