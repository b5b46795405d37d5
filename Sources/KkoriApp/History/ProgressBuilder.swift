import Foundation
import KkoriScenario
import KkoriScreen
import KkoriStore

/// Aggregates stored session summaries into progress over time: scores per competency and topic,
/// the weakest questions, and the depth reached in each question tree. Reads no transcript: the
/// index holds everything needed, so progress over a thousand sessions is instant.
public struct ProgressBuilder {
    /// Most weak questions listed.
    public static let weakestCount = 8
    /// Most question trees listed.
    public static let treeCount = 12

    let strings: HistoryStrings
    let texts: (String) -> QuestionTexts

    /// `texts` gives the words of a scenario's ids (by scenario id).
    public init(language: Language, texts: @escaping (String) -> QuestionTexts) {
        strings = HistoryStrings.forLanguage(language)
        self.texts = texts
    }

    /// The progress of `summaries` (any order; unreadable ones and sessions with nothing scored are left out).
    public func build(_ summaries: [SessionSummary]) -> ProgressModel {
        let sessions = summaries.filter { s in
            (s.state == .finished || s.state == .interrupted) && (s.overall != nil || s.questions.contains { $0.score != nil })
        }.sorted { ($0.startedAt, $0.name) < ($1.startedAt, $1.name) }
        let overall = ProgressSeries(label: strings.overall, values: sessions.map(\.overall))
        let competencies = Competency.allCases.map { competency in
            ProgressSeries(label: strings.competencyName(competency), values: sessions.map { s in
                s.competencies.first { $0.competency == competency }?.score
            })
        }
        return ProgressModel(sessions: sessions.map { HistoryRows.date($0.startedAt) }, overall: overall,
                             competencies: competencies, topics: topics(sessions), weakest: weakest(sessions),
                             trees: trees(sessions))
    }

    /// Mean score per topic per session; topics ordered by name.
    func topics(_ sessions: [SessionSummary]) -> [ProgressSeries] {
        var byTopic: [String: [Double?]] = [:]
        var known: [String: [String: String]] = [:]
        for (index, session) in sessions.enumerated() {
            var sums: [String: (Double, Int)] = [:]
            for question in session.questions {
                guard let score = question.score else { continue }
                let topic: String
                if let name = known[session.scenarioID]?[question.questionID] {
                    topic = name
                } else {
                    topic = texts(session.scenarioID).topic(of: question.questionID) ?? strings.roundName(question.round)
                    known[session.scenarioID, default: [:]][question.questionID] = topic
                }
                let (sum, count) = sums[topic] ?? (0, 0)
                sums[topic] = (sum + score, count + 1)
            }
            for (topic, (sum, count)) in sums {
                byTopic[topic, default: Array(repeating: nil, count: sessions.count)][index] = sum / Double(count)
            }
        }
        return byTopic.keys.sorted().compactMap { topic in
            byTopic[topic].map { ProgressSeries(label: topic, values: $0) }
        }
    }

    /// Questions by mean score, weakest first (ties: more attempts first).
    func weakest(_ sessions: [SessionSummary]) -> [WeakQuestion] {
        var stats: [String: (sum: Double, count: Int, latest: Double, scenario: String)] = [:]
        for session in sessions {
            for question in session.questions {
                guard let score = question.score else { continue }
                let old = stats[question.questionID] ?? (0, 0, 0, session.scenarioID)
                stats[question.questionID] = (old.sum + score, old.count + 1, score, session.scenarioID)
            }
        }
        let ranked = stats.map { id, s in
            WeakQuestion(questionID: id, text: texts(s.scenario).question(id), mean: s.sum / Double(s.count),
                         attempts: s.count, latest: s.latest)
        }.sorted { ($0.mean, -$0.attempts, $0.questionID) < ($1.mean, -$1.attempts, $1.questionID) }
        return Array(ranked.prefix(Self.weakestCount))
    }

    /// Levels answered well per tree over the sessions that asked it; the trees asked most first.
    func trees(_ sessions: [SessionSummary]) -> [TreeProgress] {
        var depths: [String: [Int]] = [:]
        var levels: [String: Int] = [:]
        var scenarioOf: [String: String] = [:]
        for session in sessions {
            for tree in session.trees {
                depths[tree.rootID, default: []].append(max(0, tree.depthAnsweredWell + 1))
                if let maxDepth = tree.maxDepth { levels[tree.rootID] = maxDepth + 1 }
                scenarioOf[tree.rootID] = session.scenarioID
            }
        }
        let order = depths.keys.sorted { (depths[$0]?.count ?? 0, $1) > (depths[$1]?.count ?? 0, $0) }
        return order.prefix(Self.treeCount).map { root in
            TreeProgress(rootID: root, text: texts(scenarioOf[root] ?? "").question(root), depths: depths[root] ?? [],
                         levels: levels[root])
        }
    }
}
