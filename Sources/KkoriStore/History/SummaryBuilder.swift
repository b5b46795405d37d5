import KkoriEngine
import KkoriScenario
import KkoriTranscript

/// Folds a transcript's records, one at a time, into a `SessionSummary`.
///
/// Streaming keeps memory flat for large files, and every record is taken at face value without
/// trusting its order: a hand-edited file with an answer before its question still summarises.
public struct SummaryBuilder {
    private var start: SessionStart?
    private var firstTime: Double?
    private var lastTime = 0.0
    private var stoppedSince: Double?
    private var stoppedTotal = 0.0
    private var questions: [QuestionResult] = []
    private var latest: [String: Int] = [:]
    private var roundScores: [RoundScore] = []
    private var report: SessionReport?

    public init() {}

    /// Takes one record into account.
    public mutating func add(_ entry: TranscriptEntry) {
        let t = note(time: entry.time)
        switch entry.record {
        case .started(let value): start = start ?? value
        case .asked(let asked): ask(asked)
        case .answered(let given): update(given.questionID) { $0.kind = given.kind }
        case .scored(let scored):
            let score = scored.assessment.score
            update(scored.questionID) { $0.score = score.isFinite ? min(1, max(0, score)) : 0 }
        case .roundEnded(let summary): roundScores.append(RoundScore(round: summary.round, score: clamp(summary.score)))
        case .finished(let value): report = value
        case .paused, .quit: stoppedSince = stoppedSince ?? t
        case .resumed, .reopened:
            if let since = stoppedSince { stoppedTotal += max(0, t - since) }
            stoppedSince = nil
        default: break
        }
    }

    /// Takes the time of a record whose content does not matter here (typing); returns it cleaned.
    @discardableResult
    public mutating func note(time: Double) -> Double {
        let t = time.isFinite ? time : lastTime
        if firstTime == nil { firstTime = t }
        lastTime = max(lastTime, t)
        return t
    }

    private mutating func ask(_ asked: AskedQuestion) {
        let root = asked.chain.first ?? asked.questionID
        latest[asked.questionID] = questions.count
        questions.append(QuestionResult(questionID: asked.questionID, rootID: root, round: asked.round,
                                        depth: max(0, asked.depth), score: nil, kind: nil))
    }

    private mutating func update(_ questionID: String, _ change: (inout QuestionResult) -> Void) {
        guard let index = latest[questionID], questions.indices.contains(index) else { return }
        change(&questions[index])
    }

    private func clamp(_ value: Double) -> Double {
        value.isFinite ? min(1, max(0, value)) : 0
    }

    /// Writes what was read into `summary` (file facts and problems are the caller's).
    public func finish(into summary: inout SessionSummary) {
        if let start {
            summary.scenarioID = start.scenarioID
            summary.rounds = start.config.rounds
            summary.language = start.config.language
            summary.mode = start.config.mode
        }
        let first = firstTime ?? 0
        summary.startedAt = first
        summary.endedAt = lastTime
        let stopped = stoppedTotal + (stoppedSince.map { max(0, lastTime - $0) } ?? 0)
        summary.activeSeconds = max(0, lastTime - first - stopped)
        summary.questions = questions
        summary.questionsAsked = questions.count
        summary.roundScores = roundScores
        summary.trees = trees()
        if let report {
            summary.state = summary.state == .unreadable ? .unreadable : .finished
            summary.overall = clamp(report.overall)
            summary.recommendation = report.recommendation
            summary.competencies = report.competencies.map { CompetencyResult(competency: $0.competency, score: clamp($0.score)) }
        }
    }

    /// Depth per tree, from the questions asked (so interrupted sessions have it too); the allowed
    /// depth comes from the report when there is one.
    private func trees() -> [TreeDepth] {
        var order: [String] = []
        var byRoot: [String: TreeDepth] = [:]
        let allowed = Dictionary(report?.trees.map { ($0.rootID, $0.maxDepth) } ?? [], uniquingKeysWith: { a, _ in a })
        for question in questions {
            var tree = byRoot[question.rootID] ?? {
                order.append(question.rootID)
                return TreeDepth(rootID: question.rootID, depthAsked: 0, depthAnsweredWell: -1,
                                 maxDepth: allowed[question.rootID])
            }()
            tree.depthAsked = max(tree.depthAsked, question.depth)
            if let score = question.score, score >= 0.5 { tree.depthAnsweredWell = max(tree.depthAnsweredWell, question.depth) }
            byRoot[question.rootID] = tree
        }
        return order.compactMap { byRoot[$0] }
    }
}
