import KkoriScenario
import KkoriText

/// Words for a past session's ids: question texts and rubric wording from the scenario when it is
/// available, the ids themselves when it is not (a transcript of a deleted or renamed scenario still
/// replays). Everything is cleaned of control characters and escape sequences.
public struct QuestionTexts: Sendable {
    /// The language texts are taken in.
    public var language: Language
    private var scenario: Scenario?

    public init(scenario: Scenario?, language: Language) {
        self.scenario = scenario
        self.language = language
    }

    /// The question's text, or its id.
    public func question(_ id: String) -> String {
        SafeText.line(scenario?.questions[id]?.text[language] ?? id)
    }

    /// What a key point conveys, or its id.
    public func point(_ pointID: String, of questionID: String) -> String {
        let point = scenario?.questions[questionID]?.rubric.points.first { $0.id == pointID }
        return SafeText.line(point?.conveys[language] ?? pointID)
    }

    /// What a misconception says, or its id.
    public func misconception(_ id: String, of questionID: String) -> String {
        let item = scenario?.questions[questionID]?.rubric.misconceptions.first { $0.id == id }
        return SafeText.line(item?.says[language] ?? id)
    }

    /// The model answer, when the scenario is there.
    public func modelAnswer(_ id: String) -> String? {
        scenario?.questions[id].map { SafeText.block($0.modelAnswer[language]) }
    }

    /// The topic's title of a question (its round when the scenario is not there).
    public func topic(of id: String) -> String? {
        guard let question = scenario?.questions[id] else { return nil }
        return SafeText.line(scenario?.topics[question.topic]?.title[language] ?? question.topic)
    }

    /// Whether texts come from the scenario.
    public var hasScenario: Bool { scenario != nil }
}

/// Text from transcripts made safe to show anywhere, and kept to a size a screen or a report can hold
/// (a hostile file may hold a 100 MB answer).
public enum SafeText {
    /// Most characters of one text shown.
    public static let limit = 20_000

    /// One line: control characters and escape sequences removed, newlines as spaces, capped.
    public static func line(_ text: String, limit: Int = 500) -> String {
        cap(TerminalSafe.clean(cap(text, limit * 4), keepNewlines: false), limit)
    }

    /// A block of text: like `line`, keeping newlines and tabs.
    public static func block(_ text: String, limit: Int = SafeText.limit) -> String {
        cap(TerminalSafe.clean(cap(text, limit * 4)), limit)
    }

    /// At most `limit` characters, with a note of how much was left out.
    static func cap(_ text: String, _ limit: Int) -> String {
        guard text.utf8.count > limit else { return text }
        var end = text.startIndex
        var count = 0
        while end < text.endIndex, count < limit {
            end = text.index(after: end)
            count += 1
        }
        return end == text.endIndex ? text : String(text[..<end]) + " …"
    }
}
