import Foundation
import KkoriEngine
import KkoriScoring
import KkoriScreen

/// A past session as an export: what the Markdown, HTML and JSON reports show. Built from the
/// transcript (not re-scored); every text from the file is already cleaned of control characters.
struct ExportReport: Codable {
    struct Round: Codable { var round: String, label: String, score: Double, attempted: Int, timeUp: Bool }
    struct Score: Codable { var id: String, label: String, score: Double, answers: Int }
    struct Tree: Codable { var root: String, question: String, depthAsked: Int, depthAnsweredWell: Int, maxDepth: Int, score: Double }
    struct Point: Codable { var id: String, text: String, evidence: [String] }
    struct Item: Codable { var id: String, text: String }
    struct Task: Codable {
        var id: String, verdict: String, passed: Int, total: Int
        /// A submission (graded on every case), or a try on the visible cases.
        var submitted: Bool
        var candidateSeconds: Double?, referenceSeconds: Double?
    }
    struct Question: Codable {
        var id: String, round: String, label: String, depth: Int, question: String
        var answerKind: String?, answer: String?, seconds: Double?, keystrokes: Int
        var score: Double?, covered: [Point], missed: [Point], misconceptions: [Item], flags: [String]
        var advice: [String], next: String?
    }

    var format = "kkori-report"
    var version = 1
    var file: String
    var scenario: String
    var rounds: [String]
    var language: String
    var mode: String
    var seed: UInt64?
    var started: String
    var activeSeconds: Double
    var finished: Bool
    var damage: String?
    var overall: Double?
    var recommendation: String?
    var recommendationLabel: String?
    var roundScores: [Round]
    var competencies: [Score]
    var trees: [Tree]
    var questions: [Question]
    var tasks: [Task]
    var studyNext: [String]
}

extension ExportReport {
    /// The export of `session`, worded in its language.
    init(_ session: LoadedSession) {
        let timeline = session.timeline()
        let digest = timeline.digest
        let texts = timeline.texts
        let strings = HistoryStrings.forLanguage(session.language)
        let config = digest.start?.config
        file = SafeText.line(session.name)
        scenario = SafeText.line(digest.start?.scenarioID ?? "")
        rounds = config?.rounds.map(\.rawValue) ?? []
        language = session.language.rawValue
        mode = config?.mode.rawValue ?? ""
        seed = config?.seed
        started = Self.isoDate(digest.startedAt)
        activeSeconds = timeline.duration
        finished = digest.report != nil
        damage = timeline.problem
        let report = digest.report
        overall = report?.overall
        recommendation = report?.recommendation.rawValue
        recommendationLabel = report.map { strings.recommendationName($0.recommendation) }
        roundScores = (report?.rounds ?? digest.rounds).map {
            Round(round: $0.round.rawValue, label: strings.roundName($0.round), score: $0.score, attempted: $0.attempted,
                  timeUp: $0.ending == .timeLimit)
        }
        competencies = (report?.competencies ?? []).map {
            Score(id: $0.competency.rawValue, label: strings.competencyName($0.competency), score: $0.score, answers: $0.answers)
        }
        trees = (report?.trees ?? []).map {
            Tree(root: SafeText.line($0.rootID), question: texts.question($0.rootID), depthAsked: $0.depthAsked,
                 depthAnsweredWell: $0.depthAnsweredWell, maxDepth: $0.maxDepth, score: $0.score)
        }
        questions = digest.attempts.map { Self.question($0, texts: texts, strings: strings) }
        tasks = digest.tasks.map {
            Task(id: SafeText.line($0.taskID), verdict: SafeText.line($0.verdict), passed: $0.passed, total: $0.total,
                 submitted: !$0.visibleOnly, candidateSeconds: $0.candidateSeconds, referenceSeconds: $0.referenceSeconds)
        }
        studyNext = (report?.missedPoints ?? []).prefix(12).map { texts.point($0.pointID, of: $0.questionID) }
    }

    /// The solution's time against the kernel's on the same cases, when both were measured.
    static func speed(_ task: Task, strings: HistoryStrings) -> String {
        guard let mine = task.candidateSeconds, let kernel = task.referenceSeconds, mine > 0, kernel > 0 else { return "" }
        return strings.timeAgainstKernel(mine / kernel)
    }

    static func question(_ attempt: AnswerAttempt, texts: QuestionTexts, strings: HistoryStrings) -> Question {
        let id = attempt.asked.questionID
        let assessment = attempt.assessment
        let points = assessment?.points ?? []
        let point = { (p: PointResult) in
            Point(id: SafeText.line(p.id), text: texts.point(p.id, of: id), evidence: p.evidence.prefix(6).map { SafeText.line($0, limit: 80) })
        }
        return Question(
            id: SafeText.line(id), round: attempt.asked.round.rawValue, label: HistoryFormat.place(attempt.asked, strings: strings),
            depth: attempt.asked.depth, question: texts.question(id), answerKind: attempt.answer?.kind.rawValue,
            answer: attempt.answer.map { SafeText.block($0.text) }, seconds: attempt.answer?.seconds,
            keystrokes: attempt.typing.count, score: assessment?.score,
            covered: points.filter(\.isCovered).map(point), missed: points.filter { !$0.isCovered }.map(point),
            misconceptions: (assessment?.misconceptions ?? []).prefix(20).map { Item(id: SafeText.line($0), text: texts.misconception($0, of: id)) },
            flags: (assessment?.flags ?? []).prefix(20).map { SafeText.line($0.description) },
            advice: (assessment?.advice ?? []).prefix(20).map { SafeText.line($0) },
            next: attempt.followUp.map { choice in
                choice.to.map { strings.nextQuestion(texts.question($0)) } ?? strings.treeEnds
            })
    }

    static func isoDate(_ seconds: Double) -> String {
        guard seconds.isFinite, seconds > 0, seconds < 1e11 else { return "" }
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone.current
        return formatter.string(from: Date(timeIntervalSince1970: seconds))
    }

    /// Pretty JSON with sorted keys.
    func json() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(self)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
    }
}
