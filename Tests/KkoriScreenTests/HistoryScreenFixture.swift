import Foundation
import KkoriEngine
import KkoriScenario
import KkoriScoring
@testable import KkoriScreen
import KkoriTranscript
import Testing

/// Past sessions on the screen fixture's scenario, for the history screens.
enum HistoryScreenFixture {
    static let start = 1_795_000_000.0

    static func rows(_ language: Language) -> [HistoryRow] {
        let ko = language == .ko
        return [
            HistoryRow(name: "s4.jsonl", path: "/d/s4.jsonl", startedAt: start + 4 * 86_400, date: "2026-11-28 21:04",
                       scenario: "ml-engineer", rounds: [.technical, .project, .personality], duration: 3_490, score: 0.72,
                       questions: 31, state: .finished, problem: nil, resumable: false),
            HistoryRow(name: "s3.jsonl", path: "/d/s3.jsonl", startedAt: start + 3 * 86_400, date: "2026-11-27 08:15",
                       scenario: "ml-engineer", rounds: [.technical], duration: 724, score: nil, questions: 6,
                       state: .interrupted, problem: nil, resumable: true),
            HistoryRow(name: "s2.jsonl", path: "/d/s2.jsonl", startedAt: start + 2 * 86_400, date: "2026-11-26 19:30",
                       scenario: ko ? "백엔드" : "backend", rounds: [.personality], duration: 1_200, score: 0.41,
                       questions: 8, state: .interrupted, problem: "line 41 was cut off mid-write", resumable: true),
            HistoryRow(name: "s1.jsonl", path: "/d/s1.jsonl", startedAt: start + 86_400, date: "2026-11-25 10:00",
                       scenario: "", rounds: [], duration: 0, score: nil, questions: 0, state: .futureVersion,
                       problem: "it was written by a newer kkori", resumable: false),
            HistoryRow(name: "s0.jsonl", path: "/d/s0.jsonl", startedAt: start, date: "2026-11-24 09:00",
                       scenario: "ml-engineer", rounds: [.technical], duration: 2_000, score: 0.35, questions: 12,
                       state: .finished, problem: nil, resumable: false),
        ]
    }

    static func assessment(_ score: Double, language: Language) -> Assessment {
        Assessment(score: score, points: [PointResult(id: "definition", credit: 1, evidence: [language == .ko ? "훈련 데이터" : "training data"]),
                                          PointResult(id: "regularization", credit: 0.2, evidence: []),
                                          PointResult(id: "data", credit: 0, evidence: [])],
                   misconceptions: ["more-layers"], flags: [.misconception("more-layers")], language: language,
                   advice: [language == .ko ? "예시를 하나 들어 보세요." : "Add a concrete example."])
    }

    /// A session: the overfitting question typed over 8 s (with an escape sequence typed in), scored,
    /// its follow-up, a pause, and the report.
    static func entries(_ language: Language, answer: String? = nil, offset: Double = 0) -> [TranscriptEntry] {
        let ko = language == .ko
        let text = answer ?? (ko ? "과적합은 훈련 데이터에만 잘 맞는 현상입니다. 규제로 막습니다." : "Overfitting fits the training data only. Regularization helps.")
        let edits = Array(text).enumerated().map { Keystroke(at: 0.5 + Double($0.offset) * 0.1, text: String($0.element)) }
            + [Keystroke(at: 0.5 + Double(text.count) * 0.1, text: "\u{1B}]0;owned\u{7}")]
        let config = SessionConfig(rounds: [.technical], language: language, mode: .practice, seed: 1)
        let root = AskedQuestion(questionID: "ml-overfit", round: .technical, depth: 0, number: 1, total: 1, chain: ["ml-overfit"])
        let follow = AskedQuestion(questionID: "ml-overfit.l1l2", round: .technical, depth: 1, number: 1, total: 1,
                                   chain: ["ml-overfit", "ml-overfit.l1l2"])
        let records: [(SessionRecord, Double)] = [
            (.started(SessionStart(scenarioID: "fixture", scenarioHash: "h", config: config, version: "test")), 0),
            (.asked(root), 0),
            (.keystrokes(KeystrokeBatch(questionID: "ml-overfit", edits: Array(edits.prefix(20)))), 2),
            (.keystrokes(KeystrokeBatch(questionID: "ml-overfit", edits: Array(edits.dropFirst(20)))), 9),
            (.answered(GivenAnswer(questionID: "ml-overfit", kind: .answer, text: text, seconds: 10)), 10),
            (.scored(ScoredAnswer(questionID: "ml-overfit", assessment: assessment(0.62, language: language))), 10),
            (.followUp(FollowUpChoice(from: "ml-overfit", to: "ml-overfit.l1l2", reason: .condition)), 10),
            (.asked(follow), 10),
            (.paused, 15), (.resumed, 45),
            (.answered(GivenAnswer(questionID: "ml-overfit.l1l2", kind: .dontKnow, text: "", seconds: 6)), 46),
            (.scored(ScoredAnswer(questionID: "ml-overfit.l1l2", assessment: Assessment(score: 0.1, points: [], flags: [.dontKnow],
                                                                                         language: language))), 46),
            (.followUp(FollowUpChoice(from: "ml-overfit.l1l2", to: nil, reason: .dontKnow)), 46),
            (.roundEnded(RoundSummary(round: .technical, score: 0.36, attempted: 1, ending: .completed)), 47),
        ]
        return records.enumerated().map { TranscriptEntry(seq: $0.offset + 1, time: start + offset + $0.element.1, record: $0.element.0) }
    }

    static func replay(_ language: Language, answer: String? = nil) -> ReplayState {
        let timeline = ReplayTimeline(entries: entries(language, answer: answer),
                                      texts: QuestionTexts(scenario: Fixture.scenario, language: language))
        return ReplayState(timeline: timeline, title: "2026-11-28 21:04 · ml-engineer", path: "/d/s4.jsonl")
    }

    static func browser(_ language: Language, width: Int, height: Int) -> HistoryBrowser {
        HistoryBrowser(rows: rows(language), now: start + 5 * 86_400, language: language, width: width, height: height)
    }

    static func progress(_ language: Language) -> ProgressModel {
        let strings = HistoryStrings.forLanguage(language)
        return ProgressModel(
            sessions: ["2026-11-20", "2026-11-22", "2026-11-24", "2026-11-28"],
            overall: ProgressSeries(label: strings.overall, values: [0.35, nil, 0.58, 0.72]),
            competencies: [ProgressSeries(label: strings.competencyName(.mlFundamentals), values: [0.3, 0.4, 0.55, 0.8]),
                           ProgressSeries(label: strings.competencyName(.cultureFit), values: [0.7, nil, 0.65, 0.6])],
            topics: [ProgressSeries(label: language == .ko ? "학습 이론" : "Learning theory", values: [0.2, 0.5, 0.6, 0.9])],
            weakest: [WeakQuestion(questionID: "ml-overfit.l1l2", text: Fixture.scenario.questions["ml-overfit.l1l2"]?.text[language] ?? "",
                                   mean: 0.15, attempts: 3, latest: 0.1)],
            trees: [TreeProgress(rootID: "ml-overfit", text: Fixture.scenario.questions["ml-overfit"]?.text[language] ?? "",
                                 depths: [0, 1, 1, 2], levels: 3)])
    }

    static func drive(_ browser: inout HistoryBrowser, _ keys: [Key], at time: Double = 0) -> [HistoryRequest] {
        keys.flatMap { browser.handle(.key($0), at: time) }
    }
}
