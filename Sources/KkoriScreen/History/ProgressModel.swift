/// Scores of one thing (the overall score, a competency, a topic) over sessions, oldest first.
public struct ProgressSeries: Sendable, Hashable {
    /// What it measures, as shown.
    public var label: String
    /// One value per session in the model's order; nil where the session did not measure it.
    public var values: [Double?]

    public init(label: String, values: [Double?]) {
        self.label = label
        self.values = values
    }

    /// The most recent value.
    public var latest: Double? { values.last { $0 != nil } ?? nil }

    /// Sessions that measured it.
    public var count: Int { values.compactMap { $0 }.count }

    /// The change from the first to the latest value.
    public var change: Double? {
        guard let first = values.first(where: { $0 != nil }) ?? nil, let latest, count > 1 else { return nil }
        return latest - first
    }
}

/// A question the candidate struggles with.
public struct WeakQuestion: Sendable, Hashable {
    /// Its id.
    public var questionID: String
    /// Its text (or id).
    public var text: String
    /// Mean score over its attempts.
    public var mean: Double
    /// Attempts scored.
    public var attempts: Int
    /// The latest score.
    public var latest: Double

    public init(questionID: String, text: String, mean: Double, attempts: Int, latest: Double) {
        self.questionID = questionID
        self.text = text
        self.mean = mean
        self.attempts = attempts
        self.latest = latest
    }
}

/// How deep the candidate got in one question tree, each time it was asked.
public struct TreeProgress: Sendable, Hashable {
    /// The root question's id.
    public var rootID: String
    /// Its text (or id).
    public var text: String
    /// Levels answered well per session that asked it (0 = not even the root; 1 = the root; …).
    public var depths: [Int]
    /// The tree's allowed depth plus one (the most levels there are), when known.
    public var levels: Int?

    public init(rootID: String, text: String, depths: [Int], levels: Int?) {
        self.rootID = rootID
        self.text = text
        self.depths = depths
        self.levels = levels
    }
}

/// Progress over time, aggregated from past sessions by the runtime, drawn by the progress screen
/// and printed by `kkori progress`.
public struct ProgressModel: Sendable {
    /// Sessions counted, oldest first, as date labels.
    public var sessions: [String]
    /// Overall score per finished session.
    public var overall: ProgressSeries
    /// Per competency.
    public var competencies: [ProgressSeries]
    /// Per topic (mean score of the session's answers on it).
    public var topics: [ProgressSeries]
    /// Weakest questions first.
    public var weakest: [WeakQuestion]
    /// Depth per question tree.
    public var trees: [TreeProgress]

    public init(sessions: [String], overall: ProgressSeries, competencies: [ProgressSeries], topics: [ProgressSeries],
                weakest: [WeakQuestion], trees: [TreeProgress]) {
        self.sessions = sessions
        self.overall = overall
        self.competencies = competencies
        self.topics = topics
        self.weakest = weakest
        self.trees = trees
    }

    /// Whether there is anything to show.
    public var isEmpty: Bool {
        overall.count == 0 && topics.allSatisfy { $0.count == 0 } && weakest.isEmpty
    }
}

/// Sparklines: a series as one character per value, `▁` (0) to `█` (1), `·` where a value is missing.
public enum Sparkline {
    static let levels: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    /// The series' last `width` values as a sparkline, values in 0...`maximum`.
    public static func text(_ values: [Double?], width: Int, maximum: Double = 1) -> String {
        guard width > 0 else { return "" }
        return String(values.suffix(width).map { value -> Character in
            guard let value, value.isFinite, maximum > 0 else { return "·" }
            let level = Int((min(1, max(0, value / maximum)) * Double(levels.count - 1)).rounded())
            return levels[level]
        })
    }
}
