import KkoriEngine
import KkoriScenario
import KkoriScoring

/// What the next follow-up is going to dig into, told before it is asked.
public enum ProbeHint: Sendable, Hashable {
    /// Deeper into points the answer covered.
    case deeper([String])
    /// At points the answer missed (the rubric's words).
    case missed([String])
    /// An easier question after an honest "don't know".
    case easier
    /// A follow-up chosen by default.
    case other
    /// No follow-up: this question tree ends.
    case treeEnds

    /// Reads the branch the interviewer took from the question's follow-ups.
    public init(question: Question, next: String?, language: Language) {
        guard let next, let branch = question.followUps.first(where: { $0.target == next }) else {
            self = .treeEnds
            return
        }
        let conveys = { (ids: [String]) in
            ids.compactMap { id in question.rubric.points.first { $0.id == id }?.conveys[language] }
        }
        let condition = branch.condition
        if condition.dontKnow {
            self = .easier
        } else if !condition.missed.isEmpty {
            self = .missed(conveys(condition.missed))
        } else if !condition.covered.isEmpty {
            self = .deeper(conveys(condition.covered))
        } else if condition.scoreAtLeast != nil {
            self = .deeper([])
        } else {
            self = .other
        }
    }
}

/// The feedback screen after an answer (practice mode).
public struct FeedbackState: Sendable {
    /// The engine's feedback.
    public var feedback: Feedback
    /// The question answered.
    public var question: Question
    /// The chain to it, as breadcrumbs.
    public var breadcrumbs: [String]
    /// Where the question stood in its round, when known.
    public var asked: AskedQuestion?
    /// What comes next.
    public var probe: ProbeHint
    /// Whether the model answer is shown.
    public var showModelAnswer = false
    /// First line shown.
    public var scroll = 0

    public init(feedback: Feedback, question: Question, breadcrumbs: [String], probe: ProbeHint) {
        self.feedback = feedback
        self.question = question
        self.breadcrumbs = breadcrumbs
        self.probe = probe
    }
}

/// The final report.
public struct ReportState: Sendable {
    /// The engine's report.
    public var report: SessionReport
    /// The scenario, for question and topic titles.
    public var scenario: Scenario
    /// Where the transcript was saved, if it was.
    public var transcriptPath: String?
    /// First line shown.
    public var scroll = 0

    public init(report: SessionReport, scenario: Scenario, transcriptPath: String? = nil) {
        self.report = report
        self.scenario = scenario
        self.transcriptPath = transcriptPath
    }
}

/// A round has ended; shown until the candidate goes on.
public struct SummaryState: Sendable {
    /// How the round went.
    public var summary: RoundSummary

    public init(summary: RoundSummary) {
        self.summary = summary
    }
}
