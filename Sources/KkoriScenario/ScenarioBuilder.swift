/// Where something was defined, for diagnostics that point at two places.
struct Origin {
    var file: String
    var mark: SourceMark
}

/// A follow-up target to resolve once every file is read.
struct PendingReference {
    var from: String
    var target: String
    var origin: Origin
}

/// Accumulates the manifest and question files into a scenario, reporting problems to `sink`.
///
/// Question files are read each into a builder of its own (`forQuestionFile`), possibly at the same
/// time, and merged in file order (`merge`); ids are checked for duplicates at the merge, so every
/// diagnostic is the same as reading the files one after another.
struct ScenarioBuilder {
    let sink = DiagnosticSink()
    var id: String?
    var title: Localized?
    var rounds: [RoundSpec] = []
    var topics: [String: Topic] = [:]
    var topicsDeclared = false
    var synonyms: [[String]] = []
    var questions: [String: Question] = [:]
    /// Questions of a question file in reading order; `merge` files them under `questions`.
    var readQuestions: [Question] = []
    var origins: [String: Origin] = [:]
    /// Question ids in the order they were read, with where; checked for duplicates by `merge`.
    var registrations: [(id: String, origin: Origin)] = []
    var roots: [RoundKind: [String]] = [:]
    var references: [PendingReference] = []
    var manifestFile = ScenarioLoader.manifestName

    static let manifestKeys: Set<String> = ["id", "title", "rounds", "topics", "synonyms", "description"]
    static let roundKeys: Set<String> = ["kind", "draw", "answer_seconds", "time_limit_minutes"]
    static let topicKeys: Set<String> = ["id", "title", "competency"]
    static let questionFileKeys: Set<String> = ["questions", "synonyms"]

    mutating func readManifest(_ node: YAMLNode, file: String) {
        manifestFile = file
        guard let fields = Fields(node, file: file, context: "the scenario manifest", sink: sink) else { return }
        fields.rejectUnknown(Self.manifestKeys)
        id = fields.id()
        title = fields.localized("title")
        for item in fields.list("rounds") ?? [] { readRound(item, file: file) }
        if rounds.isEmpty, fields.has("rounds") {
            sink.add(file, node.mark, "the scenario has no rounds; add at least one under 'rounds:'")
        }
        topicsDeclared = fields.has("topics")
        for item in fields.list("topics") ?? [] { readTopic(item, file: file) }
        readSynonyms(fields)
    }

    private mutating func readRound(_ node: YAMLNode, file: String) {
        guard let fields = Fields(node, file: file, context: "a round", sink: sink) else { return }
        fields.rejectUnknown(Self.roundKeys)
        guard let kindText = fields.string("kind") else { return }
        guard let kind = RoundKind(rawValue: kindText) else {
            sink.add(file, node.mark, "unknown round kind '\(kindText)'; use technical, project, personality or coding")
            return
        }
        if rounds.contains(where: { $0.kind == kind }) {
            sink.add(file, node.mark, "round '\(kindText)' is listed twice; keep one")
            return
        }
        let draw = fields.integer("draw", range: 1...50)
        let answer = fields.integer("answer_seconds", range: 10...3600)
        let limit = fields.integer("time_limit_minutes", range: 1...600, required: false)
        guard let draw, let answer else { return }
        rounds.append(RoundSpec(kind: kind, draw: draw, answerSeconds: answer, timeLimitSeconds: limit.map { $0 * 60 }))
    }

    private mutating func readTopic(_ node: YAMLNode, file: String) {
        guard let fields = Fields(node, file: file, context: "a topic", sink: sink) else { return }
        fields.rejectUnknown(Self.topicKeys)
        let id = fields.id()
        let title = fields.localized("title")
        let competencyText = fields.string("competency")
        guard let id, let title, let competencyText else { return }
        guard let competency = Competency(rawValue: competencyText) else {
            let names = Competency.allCases.map(\.rawValue).joined(separator: ", ")
            sink.add(file, node.mark, "unknown competency '\(competencyText)' for topic '\(id)'; use one of \(names)")
            return
        }
        if topics[id] != nil {
            sink.add(file, node.mark, "topic '\(id)' is defined twice; keep one")
        }
        topics[id] = Topic(id: id, title: title, competency: competency)
    }

    mutating func readSynonyms(_ fields: Fields) {
        for group in fields.list("synonyms", required: false) ?? [] {
            guard case .sequence(let items, let mark) = group else {
                sink.add(fields.file, group.mark, "each synonym group must be a list like [과적합, 오버피팅, overfitting]")
                continue
            }
            var words: [String] = []
            for item in items {
                if case .scalar(let text, false, _) = item, case let trimmed = text.trimmingWhitespace, !trimmed.isEmpty {
                    words.append(trimmed)
                } else {
                    sink.add(fields.file, item.mark, "a synonym must be a non-empty text")
                }
            }
            if words.count < 2 {
                sink.add(fields.file, mark, "a synonym group needs at least two words")
            } else {
                synonyms.append(words)
            }
        }
    }

    mutating func readQuestionFile(_ node: YAMLNode, file: String) {
        guard let fields = Fields(node, file: file, context: "a question file", sink: sink) else { return }
        fields.rejectUnknown(Self.questionFileKeys)
        readSynonyms(fields)
        for item in fields.list("questions", required: false) ?? [] {
            readQuestion(item, file: file, parent: nil, inherited: nil)
        }
    }

    func build(files: [SourceFile], contentHash: String) -> Scenario? {
        guard let id, let title else { return nil }
        return Scenario(id: id, title: title, rounds: rounds, topics: topics, questions: questions, roots: roots,
                        synonyms: synonyms, taskFiles: files.filter { ScenarioLoader.isTaskFile($0.path) },
                        contentHash: contentHash)
    }
}
