/// Reading follow-ups and checking the question graph once all files are read.
extension ScenarioBuilder {
    mutating func readFollowUps(_ fields: Fields, questionID: String, rubric: Rubric?, file: String,
                                inherited: (round: RoundKind, topic: String, maxDepth: Int)?) -> [FollowUp] {
        var result: [FollowUp] = []
        for item in fields.list("follow_ups", required: false) ?? [] {
            guard let branch = Fields(item, file: file, in: FieldsContext("a follow-up of", questionID), sink: sink) else { continue }
            branch.rejectUnknown(Self.followUpKeys)
            let condition = readCondition(branch, questionID: questionID, rubric: rubric)
            let target = readTarget(branch, questionID: questionID, file: file, inherited: inherited)
            if let condition, let target { result.append(FollowUp(condition: condition, target: target)) }
        }
        return result
    }

    private mutating func readTarget(_ branch: Fields, questionID: String, file: String,
                                     inherited: (round: RoundKind, topic: String, maxDepth: Int)?) -> String? {
        switch (branch.entry("ask"), branch.entry("goto")) {
        case (.some, .some):
            sink.add(file, branch.node.mark, "a follow-up of '\(questionID)' has both 'ask' and 'goto'; keep one")
            return nil
        case (nil, nil):
            sink.add(file, branch.node.mark, "a follow-up of '\(questionID)' needs 'ask' (a question) or 'goto' (an id)")
            return nil
        case (.some(let ask), nil):
            return readQuestion(ask.value, file: file, parent: questionID, inherited: inherited)
        case (nil, .some(let jump)):
            guard let target = branch.id("goto") else { return nil }
            references.append(PendingReference(from: questionID, target: target,
                                               origin: Origin(file: file, mark: jump.value.mark)))
            return target
        }
    }

    private func readCondition(_ branch: Fields, questionID: String, rubric: Rubric?) -> FollowUpCondition? {
        guard let node = branch.value("when") else { return nil }
        if case .scalar(let word, false, let mark) = node {
            switch word {
            case "default": return FollowUpCondition(isDefault: true)
            case "dont-know": return FollowUpCondition(dontKnow: true)
            default:
                sink.add(branch.file, mark,
                         "unknown condition '\(word)'; use default, dont-know, or a mapping such as {missed: [point]}")
                return nil
            }
        }
        guard let fields = Fields(node, file: branch.file, in: FieldsContext("a condition of", questionID), sink: sink)
        else { return nil }
        fields.rejectUnknown(Self.conditionKeys)
        let covered = fields.strings("covered", required: false) ?? []
        let missed = fields.strings("missed", required: false) ?? []
        let atLeast = fields.number("score_at_least", range: 0...1, required: false)
        let below = fields.number("score_below", range: 0...1, required: false)
        if covered.isEmpty, missed.isEmpty, atLeast == nil, below == nil {
            sink.add(branch.file, node.mark, "an empty condition of '\(questionID)' never holds; use 'default' instead")
            return nil
        }
        if let rubric {
            let known = Set(rubric.points.map(\.id))
            for point in covered + missed where !known.contains(point) {
                let hint = Fields.closest(to: point, in: known).map { "; did you mean '\($0)'?" }
                    ?? "; its key points are \(rubric.points.map(\.id).joined(separator: ", "))"
                sink.add(branch.file, node.mark, "a condition of '\(questionID)' names unknown key point '\(point)'\(hint)")
            }
        }
        return FollowUpCondition(covered: covered, missed: missed, scoreAtLeast: atLeast, scoreBelow: below)
    }

    /// Checks that `goto` targets exist and that the follow-up graph has no cycle.
    func checkReferences() {
        for reference in references where origins[reference.target] == nil {
            let hint = Fields.closest(to: reference.target, in: Set(origins.keys)).map { "; did you mean '\($0)'?" } ?? ""
            sink.add(reference.origin.file, reference.origin.mark,
                     "follow-up of '\(reference.from)' goes to unknown question '\(reference.target)'\(hint)")
        }
        reportCycles()
    }

    private func reportCycles() {
        var state: [String: Int] = [:]  // 1 = on the current path, 2 = done
        var reported: Set<String> = []
        for start in questions.keys.sorted() where state[start] == nil {
            var stack: [(id: String, followUps: [FollowUp], next: Int)] = [(start, questions[start]?.followUps ?? [], 0)]
            state[start] = 1
            while let top = stack.last {
                if top.next >= top.followUps.count {
                    state[top.id] = 2
                    stack.removeLast()
                    continue
                }
                stack[stack.count - 1].next += 1
                let target = top.followUps[top.next].target
                if state[target] == 1 {
                    if reported.insert(target).inserted { reportCycle(at: target, path: stack.map(\.id)) }
                } else if state[target] == nil, let question = questions[target] {
                    state[target] = 1
                    stack.append((target, question.followUps, 0))
                }
            }
        }
    }

    private func reportCycle(at target: String, path: [String]) {
        let loop = path.drop { $0 != target } + [target]
        let origin = references.first { $0.target == target && loop.contains($0.from) }?.origin
            ?? origins[target] ?? Origin(file: manifestFile, mark: SourceMark(line: 0, column: 0))
        sink.add(origin.file, origin.mark,
                 "follow-ups form a cycle (\(loop.joined(separator: " → "))); a tree must end")
    }
}
