/// Reading question trees: roots, inline follow-ups, rubrics and conditions.
extension ScenarioBuilder {
    static let rootKeys: Set<String> = ["id", "round", "topic", "max_depth", "text", "rubric", "model_answer",
                                        "follow_ups"]
    static let followUpNodeKeys: Set<String> = ["id", "text", "rubric", "model_answer", "follow_ups"]
    static let rubricKeys: Set<String> = ["points", "misconceptions"]
    static let pointKeys: Set<String> = ["id", "weight", "aspect", "conveys", "phrases"]
    static let misconceptionKeys: Set<String> = ["id", "says", "phrases", "penalty"]
    static let followUpKeys: Set<String> = ["when", "ask", "goto"]
    static let conditionKeys: Set<String> = ["covered", "missed", "score_at_least", "score_below"]

    /// Reads one question node (and, recursively, its inline follow-ups). Returns its id.
    @discardableResult
    mutating func readQuestion(_ node: YAMLNode, file: String, parent: String?,
                               inherited: (round: RoundKind, topic: String, maxDepth: Int)?) -> String? {
        let context = parent.map { FieldsContext("a follow-up of", $0) } ?? FieldsContext("a question")
        guard let fields = Fields(node, file: file, in: context, sink: sink) else { return nil }
        fields.rejectUnknown(parent == nil ? Self.rootKeys : Self.followUpNodeKeys)
        guard let id = fields.id() else { return nil }
        guard let named = Fields(node, file: file, in: FieldsContext("question", id), sink: sink) else { return nil }
        let round: RoundKind?
        let topic: String?
        let maxDepth: Int
        if let inherited {
            (round, topic, maxDepth) = (inherited.round, inherited.topic, inherited.maxDepth)
        } else {
            round = readRoundKind(named)
            topic = readTopicRef(named)
            maxDepth = named.integer("max_depth", range: 0...6, required: false) ?? 3
        }
        let text = named.localized("text")
        let model = named.localized("model_answer")
        let rubric = readRubric(named, questionID: id)
        let followUps = readFollowUps(named, questionID: id, rubric: rubric, file: file,
                                      inherited: round.flatMap { r in topic.map { (r, $0, maxDepth) } })
        registrations.append((id, Origin(file: file, mark: node.mark)))
        guard let round, let topic, let text, let model, let rubric else { return id }
        readQuestions.append(Question(id: id, round: round, topic: topic, text: text, rubric: rubric,
                                      followUps: followUps, modelAnswer: model, maxDepth: maxDepth, parent: parent))
        if parent == nil { roots[round, default: []].append(id) }
        return id
    }

    private func readRoundKind(_ fields: Fields) -> RoundKind? {
        guard let text = fields.string("round") else { return nil }
        guard let kind = RoundKind(rawValue: text) else {
            sink.add(fields.file, fields.node.mark,
                     "\(fields.context) has unknown round '\(text)'; use technical, project, personality or coding")
            return nil
        }
        return kind
    }

    private func readTopicRef(_ fields: Fields) -> String? {
        guard let topic = fields.string("topic") else { return nil }
        if topicsDeclared, topics[topic] == nil {
            let hint = Fields.closest(to: topic, in: Set(topics.keys)).map { "; did you mean '\($0)'?" }
                ?? "; declare it under 'topics:' in \(manifestFile)"
            sink.add(fields.file, fields.node.mark, "\(fields.context) names unknown topic '\(topic)'\(hint)")
        }
        return topic
    }

    private func readRubric(_ fields: Fields, questionID: String) -> Rubric? {
        guard let node = fields.value("rubric"),
              let rubric = Fields(node, file: fields.file, in: FieldsContext("the rubric of", questionID), sink: sink)
        else { return nil }
        rubric.rejectUnknown(Self.rubricKeys)
        let pointNodes = rubric.list("points") ?? []
        if pointNodes.isEmpty, rubric.has("points") {
            sink.add(fields.file, node.mark, "the rubric of '\(questionID)' has no key points; add at least one")
        }
        var seen: Set<String> = []
        var points: [KeyPoint] = []
        for item in pointNodes {
            guard let point = readPoint(item, file: fields.file, questionID: questionID) else { continue }
            if !seen.insert(point.id).inserted {
                sink.add(fields.file, item.mark, "key point '\(point.id)' appears twice in '\(questionID)'; rename one")
            }
            points.append(point)
        }
        var misconceptions: [Misconception] = []
        for item in rubric.list("misconceptions", required: false) ?? [] {
            guard let wrong = readMisconception(item, file: fields.file, questionID: questionID) else { continue }
            if !seen.insert(wrong.id).inserted {
                sink.add(fields.file, item.mark, "id '\(wrong.id)' is used twice in the rubric of '\(questionID)'")
            }
            misconceptions.append(wrong)
        }
        return points.count == pointNodes.count && !points.isEmpty ? Rubric(points: points, misconceptions: misconceptions) : nil
    }

    private func readPoint(_ node: YAMLNode, file: String, questionID: String) -> KeyPoint? {
        guard let fields = Fields(node, file: file, in: FieldsContext("a key point of", questionID), sink: sink) else { return nil }
        fields.rejectUnknown(Self.pointKeys)
        let id = fields.id()
        let weightText = fields.string("weight")
        var weight: Double?
        if let weightText, let entry = fields.entry("weight") {
            if let value = Double(weightText), value.isFinite, value > 0, value <= 100 {
                weight = value
            } else {
                sink.add(file, entry.value.mark,
                         "weight '\(weightText)' of a key point of '\(questionID)' must be a positive number up to 100")
            }
        }
        let aspect = readAspect(fields)
        let conveys = fields.localized("conveys")
        let phrases = fields.phrases("phrases")
        guard let id, let weight, let conveys, let phrases, aspect != .some(nil) else { return nil }
        return KeyPoint(id: id, weight: weight, conveys: conveys, phrases: phrases, aspect: aspect ?? nil)
    }

    /// `.some(nil)` signals an invalid aspect (already reported); `nil` means none given.
    private func readAspect(_ fields: Fields) -> Aspect?? {
        guard let text = fields.string("aspect", required: false) else { return .none }
        guard let aspect = Aspect(rawValue: text) else {
            let names = Aspect.allCases.map(\.rawValue).joined(separator: ", ")
            sink.add(fields.file, fields.entry("aspect")?.value.mark ?? fields.node.mark,
                     "unknown aspect '\(text)'; use one of \(names)")
            return .some(nil)
        }
        return .some(aspect)
    }

    private func readMisconception(_ node: YAMLNode, file: String, questionID: String) -> Misconception? {
        guard let fields = Fields(node, file: file, in: FieldsContext("a misconception of", questionID), sink: sink)
        else { return nil }
        fields.rejectUnknown(Self.misconceptionKeys)
        let id = fields.id()
        let says = fields.localized("says")
        let phrases = fields.phrases("phrases")
        let penalty = fields.number("penalty", range: 0...1, required: false) ?? 0.25
        guard let id, let says, let phrases else { return nil }
        return Misconception(id: id, says: says, phrases: phrases, penalty: penalty)
    }
}
