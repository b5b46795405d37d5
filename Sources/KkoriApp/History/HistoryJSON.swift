import Foundation
import KkoriScreen
import KkoriStore

/// `kkori history --json`: one object per session, for scripts.
enum SummaryJSON {
    struct Session: Encodable {
        var file: String
        var path: String
        var started: String
        var scenario: String
        var rounds: [String]
        var language: String?
        var mode: String?
        var activeSeconds: Double
        var questions: Int
        var answered: Int
        var state: String
        var damaged: Bool
        var problem: String?
        var resumable: Bool
        var overall: Double?
        var recommendation: String?
    }

    static func line(_ summary: SessionSummary?, row: HistoryRow) -> String {
        let session = Session(
            file: SafeText.line(row.name), path: SafeText.line(row.path, limit: 2000),
            started: ExportReport.isoDate(row.startedAt), scenario: SafeText.line(row.scenario),
            rounds: row.rounds.map(\.rawValue), language: summary?.language?.rawValue, mode: summary?.mode?.rawValue,
            activeSeconds: row.duration, questions: row.questions, answered: summary?.answeredCount ?? 0,
            state: summary?.state.rawValue ?? "unreadable", damaged: row.problem != nil,
            problem: row.problem.map { SafeText.line($0) }, resumable: row.resumable, overall: row.score,
            recommendation: summary?.recommendation?.rawValue)
        return encode(session)
    }

    static func encode<T: Encodable>(_ value: T, pretty: Bool = false) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
            : [.sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(value)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
    }
}

/// `kkori progress --json`.
struct ProgressJSON: Encodable {
    struct Series: Encodable { var label: String, values: [Double?], latest: Double?, change: Double? }
    struct Weak: Encodable { var id: String, question: String, mean: Double, attempts: Int, latest: Double }
    struct Tree: Encodable { var root: String, question: String, depths: [Int], levels: Int? }

    var sessions: [String]
    var overall: Series
    var competencies: [Series]
    var topics: [Series]
    var weakest: [Weak]
    var trees: [Tree]

    init(_ model: ProgressModel) {
        let series = { (s: ProgressSeries) in Series(label: s.label, values: s.values, latest: s.latest, change: s.change) }
        sessions = model.sessions
        overall = series(model.overall)
        competencies = model.competencies.filter { $0.count > 0 }.map(series)
        topics = model.topics.map(series)
        weakest = model.weakest.map {
            Weak(id: SafeText.line($0.questionID), question: $0.text, mean: $0.mean, attempts: $0.attempts, latest: $0.latest)
        }
        trees = model.trees.map { Tree(root: SafeText.line($0.rootID), question: $0.text, depths: $0.depths, levels: $0.levels) }
    }

    func text() -> String { SummaryJSON.encode(self, pretty: true) }
}
