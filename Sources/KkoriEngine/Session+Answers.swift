import KkoriScenario
import KkoriScoring

/// Answers, scoring and the choice of follow-ups.
extension Session {
    mutating func answer(_ text: String, kind: AnswerKind, at t: Double, _ out: inout [SessionEffect]) {
        guard case .asking(let asked) = phase, pausedAt == nil,
              let question = scenario.questions[asked.questionID] else { return }
        let given = GivenAnswer(questionID: asked.questionID, kind: kind, text: text, seconds: answerElapsed(at: t))
        out.append(.record(.answered(given), at: t))
        let judged = kind == .dontKnow ? Self.dontKnowText(config.language) : text
        var assessment = scorer.assess(judged, to: question, language: config.language)
        if kind == .dontKnow, !assessment.flags.contains(.dontKnow) { assessment.flags.append(.dontKnow) }
        out.append(.record(.scored(ScoredAnswer(questionID: question.id, assessment: assessment)), at: t))
        let choice = chooseFollowUp(after: question, asked: asked, assessment: assessment)
        out.append(.record(.followUp(choice), at: t))
        record(asked, given: given, assessment: assessment, at: t, &out)
        if config.mode == .practice {
            let feedback = Feedback(questionID: question.id, answer: given, assessment: assessment,
                                    nextFollowUp: choice.to)
            phase = .feedback(feedback)
            out.append(.showFeedback(feedback))
        } else {
            continueAfter(question.id, next: choice.to, at: t, &out)
        }
    }

    /// What the "I don't know" key means, judged like a typed answer.
    static func dontKnowText(_ language: Language) -> String {
        language == .ko ? "잘 모르겠습니다." : "I don't know."
    }

    mutating func skip(at t: Double, _ out: inout [SessionEffect]) {
        guard pausedAt == nil else { return }
        switch phase {
        case .asking(let asked):
            let given = GivenAnswer(questionID: asked.questionID, kind: .skip, text: "", seconds: answerElapsed(at: t))
            out.append(.record(.answered(given), at: t))
            record(asked, given: given, assessment: emptyAssessment(for: asked.questionID), at: t, &out)
            out.append(.record(.followUp(FollowUpChoice(from: asked.questionID, to: nil, reason: .skipped)), at: t))
            nextRoot(at: t, &out)
        case .coding(let taskID, _, _):
            let outcome = TaskOutcome(taskID: taskID, verdict: "skipped", passed: 0, total: 0)
            tasks.append(outcome)
            out.append(.record(.taskGraded(outcome), at: t))
            nextRoot(at: t, &out)
        default: break
        }
    }

    mutating func taskGraded(_ outcome: TaskOutcome, at t: Double, _ out: inout [SessionEffect]) {
        guard case .coding(let taskID, _, _) = phase, outcome.taskID == taskID else { return }
        out.append(.record(.taskGraded(outcome), at: t))
        guard !outcome.visibleOnly else { return }
        tasks.append(outcome)
        nextRoot(at: t, &out)
    }

    /// Keeps the answer for the report.
    mutating func record(_ asked: AskedQuestion, given: GivenAnswer, assessment: Assessment, at t: Double,
                         _ out: inout [SessionEffect]) {
        guard let question = scenario.questions[asked.questionID] else { return }
        items.append(ReportItem(questionID: asked.questionID, rootID: asked.chain.first ?? asked.questionID,
                                round: asked.round, competency: scenario.competency(of: question),
                                depth: asked.depth, kind: given.kind, assessment: assessment))
    }

    func emptyAssessment(for questionID: String) -> Assessment {
        let points = scenario.questions[questionID]?.rubric.points.map { PointResult(id: $0.id, credit: 0, evidence: []) } ?? []
        return Assessment(score: 0, points: points, language: config.language)
    }

    /// The interviewer's choice: deeper after a good answer, a probe at a missed point, on after an
    /// honest "don't know" (unless the tree has an easier question for that), never past the depth
    /// limit, never a question already asked.
    func chooseFollowUp(after question: Question, asked: AskedQuestion, assessment: Assessment) -> FollowUpChoice {
        let rootID = asked.chain.first ?? question.id
        let limit = scenario.questions[rootID]?.maxDepth ?? 0
        guard asked.depth < limit else {
            return FollowUpChoice(from: question.id, to: nil, reason: .depthLimit)
        }
        let covered = Set(assessment.covered)
        for branch in question.followUps where !askedIDs.contains(branch.target) && !usedRoots.contains(branch.target) {
            if Self.holds(branch.condition, assessment: assessment, covered: covered) {
                return FollowUpChoice(from: question.id, to: branch.target,
                                      reason: assessment.isDontKnow ? .dontKnow : .condition)
            }
        }
        return FollowUpChoice(from: question.id, to: nil, reason: assessment.isDontKnow ? .dontKnow : .noMatch)
    }

    static func holds(_ condition: FollowUpCondition, assessment: Assessment, covered: Set<String>) -> Bool {
        if assessment.isDontKnow { return condition.dontKnow }
        if condition.dontKnow { return false }
        if condition.isDefault { return true }
        if !condition.covered.allSatisfy(covered.contains) { return false }
        if condition.missed.contains(where: covered.contains) { return false }
        if let floor = condition.scoreAtLeast, assessment.score < floor { return false }
        if let ceiling = condition.scoreBelow, assessment.score >= ceiling { return false }
        return true
    }
}
