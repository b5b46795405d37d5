/// What a round's scores count towards in the report.
public enum Competency: String, Sendable, Hashable, Codable, CaseIterable {
    /// Machine-learning and deep-learning theory.
    case mlFundamentals = "ml-fundamentals"
    /// Data structures, operating systems, networks, databases, Python.
    case csFundamentals = "cs-fundamentals"
    /// Depth and ownership in the candidate's projects.
    case projectDepth = "project-depth"
    /// Clarity, structure and detail of answers.
    case communication
    /// Motivation, growth, collaboration.
    case cultureFit = "culture-fit"
    /// Implementation under time pressure.
    case coding
}

/// A topic questions are grouped by (for drawing, stats and progress).
public struct Topic: Sendable, Hashable, Codable, Identifiable {
    /// Stable id, e.g. `learning-theory`.
    public var id: String
    /// Display title.
    public var title: Localized
    /// The competency its answers count towards.
    public var competency: Competency

    public init(id: String, title: Localized, competency: Competency) {
        self.id = id
        self.title = title
        self.competency = competency
    }
}

/// How a round is run.
public struct RoundSpec: Sendable, Hashable, Codable {
    /// Which round.
    public var kind: RoundKind
    /// How many root questions (or tasks) are drawn.
    public var draw: Int
    /// Suggested time for one answer, in seconds (shown, not enforced).
    public var answerSeconds: Int
    /// Time limit for the whole round in seconds, if any.
    public var timeLimitSeconds: Int?

    public init(kind: RoundKind, draw: Int, answerSeconds: Int, timeLimitSeconds: Int? = nil) {
        self.kind = kind
        self.draw = draw
        self.answerSeconds = answerSeconds
        self.timeLimitSeconds = timeLimitSeconds
    }
}

/// A whole interview's content: rounds, topics, question trees and synonyms.
public struct Scenario: Sendable, Hashable {
    /// Stable id, e.g. `ml-engineer`.
    public var id: String
    /// Display title.
    public var title: Localized
    /// Rounds in interview order.
    public var rounds: [RoundSpec]
    /// Topics by id.
    public var topics: [String: Topic]
    /// Every question node (roots and follow-ups) by id.
    public var questions: [String: Question]
    /// Root question ids per round, in file order (drawing is seeded over this order).
    public var roots: [RoundKind: [String]]
    /// Synonym groups: any member of a group matches any other (오버피팅 = 과적합 = overfitting).
    public var synonyms: [[String]]
    /// Coding task files, handed unparsed to the coding module (which owns their format).
    public var taskFiles: [SourceFile]
    /// A hash of every source file's bytes, recorded in transcripts to detect edited content.
    public var contentHash: String

    public init(id: String, title: Localized, rounds: [RoundSpec], topics: [String: Topic],
                questions: [String: Question], roots: [RoundKind: [String]], synonyms: [[String]] = [],
                taskFiles: [SourceFile] = [], contentHash: String = "") {
        self.id = id
        self.title = title
        self.rounds = rounds
        self.topics = topics
        self.questions = questions
        self.roots = roots
        self.synonyms = synonyms
        self.taskFiles = taskFiles
        self.contentHash = contentHash
    }

    /// The settings of round `kind`, if the scenario has it.
    public func round(_ kind: RoundKind) -> RoundSpec? {
        rounds.first { $0.kind == kind }
    }

    /// The competency a question's answers count towards.
    public func competency(of question: Question) -> Competency {
        if let topic = topics[question.topic] { return topic.competency }
        switch question.round {
        case .technical: return .mlFundamentals
        case .project: return .projectDepth
        case .personality: return .cultureFit
        case .coding: return .coding
        }
    }

    /// The root of the tree `id` belongs to.
    public func root(of id: String) -> String {
        var current = id
        var steps = 0
        while let parent = questions[current]?.parent, steps < questions.count {
            current = parent
            steps += 1
        }
        return current
    }
}
