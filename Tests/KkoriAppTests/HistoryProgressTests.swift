import Foundation
import Testing
@testable import KkoriApp
import KkoriEngine
import KkoriScenario
import KkoriScreen
import KkoriStore

@Suite("Progress over time, aggregated from session summaries")
struct HistoryProgressTests {
    func summary(_ name: String, at start: Double, overall: Double?, questions: [(String, RoundKind, Double?)],
                 trees: [TreeDepth] = []) -> SessionSummary {
        var s = SessionSummary(name: name, size: 1, modified: 1, state: overall == nil ? .interrupted : .finished)
        s.scenarioID = "none"
        s.startedAt = start
        s.overall = overall
        if let overall { s.competencies = [CompetencyResult(competency: .mlFundamentals, score: overall)] }
        s.questions = questions.map { QuestionResult(questionID: $0.0, rootID: $0.0, round: $0.1, depth: 0, score: $0.2,
                                                     kind: $0.2 == nil ? nil : .answer) }
        s.trees = trees
        return s
    }

    var builder: ProgressBuilder {
        ProgressBuilder(language: .en) { _ in QuestionTexts(scenario: nil, language: .en) }
    }

    @Test("series run oldest to newest, with gaps where a session did not measure something")
    func series() throws {
        let model = builder.build([
            summary("c", at: 300, overall: 0.7, questions: [("q1", .technical, 0.9), ("q2", .project, 0.5)]),
            summary("a", at: 100, overall: 0.4, questions: [("q1", .technical, 0.2), ("q2", .project, 0.6)]),
            summary("b", at: 200, overall: nil, questions: [("q1", .technical, 0.5), ("q3", .technical, nil)]),
            summary("empty", at: 250, overall: nil, questions: [("q9", .technical, nil)]),
        ])
        #expect(model.sessions.count == 3, "a session with nothing scored is left out")
        #expect(model.overall.values == [0.4, nil, 0.7])
        #expect(abs((model.overall.change ?? 0) - 0.3) < 1e-9)
        let ml = try #require(model.competencies.first { $0.count > 0 })
        #expect(ml.label == "ML fundamentals" && ml.values == [0.4, nil, 0.7])
        let technical = try #require(model.topics.first { $0.label == "Technical" })
        #expect(technical.values == [0.2, 0.5, 0.9])
        let project = try #require(model.topics.first { $0.label == "Project" })
        #expect(project.values == [0.6, nil, 0.5])
    }

    @Test("the weakest questions come first by mean score, with attempts and the latest score")
    func weakest() {
        let model = builder.build([
            summary("a", at: 1, overall: 0.5, questions: [("q1", .technical, 0.2), ("q2", .technical, 0.9)]),
            summary("b", at: 2, overall: 0.5, questions: [("q1", .technical, 0.4), ("q3", .technical, 0.35)]),
        ])
        #expect(model.weakest.map(\.questionID) == ["q1", "q3", "q2"])
        #expect(model.weakest.first?.attempts == 2 && model.weakest.first?.latest == 0.4)
        #expect(abs((model.weakest.first?.mean ?? 0) - 0.3) < 1e-9)
    }

    @Test("depth per question tree: levels answered well each time it was asked")
    func depth() {
        let model = builder.build([
            summary("a", at: 1, overall: 0.5, questions: [("t", .technical, 0.3)],
                    trees: [TreeDepth(rootID: "t", depthAsked: 1, depthAnsweredWell: -1, maxDepth: nil)]),
            summary("b", at: 2, overall: 0.6, questions: [("t", .technical, 0.8)],
                    trees: [TreeDepth(rootID: "t", depthAsked: 2, depthAnsweredWell: 1, maxDepth: 2)]),
        ])
        #expect(model.trees == [TreeProgress(rootID: "t", text: "t", depths: [0, 2], levels: 3)])
    }

    @Test("the printed progress has sparklines, bars and changes, and says so when there is nothing yet")
    func printed() {
        let model = builder.build([
            summary("a", at: 1, overall: 0.2, questions: [("q1", .technical, 0.2)]),
            summary("b", at: 2, overall: 1.0, questions: [("q1", .technical, 1.0)]),
        ])
        let text = ProgressPrinter(model: model, strings: .forLanguage(.en)).lines().joined(separator: "\n")
        #expect(text.contains("▂█"))
        #expect(text.contains("██████████ 100%  +80"))
        let none = ProgressPrinter(model: builder.build([]), strings: .forLanguage(.ko)).lines()
        #expect(none.last == HistoryStrings.forLanguage(.ko).noProgress)
        #expect(Sparkline.text([0, 0.5, nil, 1], width: 3) == "▅·█")
    }
}
