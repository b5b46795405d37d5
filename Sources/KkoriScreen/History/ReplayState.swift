/// The replay screen: where the playhead is, whether it plays and how fast, and the search and
/// question picker over it. Time only moves when the runtime calls `advance(by:)`.
public struct ReplayState: Sendable {
    /// Speeds offered for real-time playback.
    public static let speeds = [1, 2, 4, 8]

    /// The session.
    public let timeline: ReplayTimeline
    /// A label for the title bar (date and scenario).
    public var title: String
    /// The transcript's path (compare and resume need it).
    public var path: String
    /// The step on screen.
    public private(set) var current = 0
    /// Playback seconds from the start.
    public private(set) var playhead = 0.0
    /// Whether it plays in real time.
    public private(set) var playing = false
    /// Playback speed (1, 2, 4 or 8).
    public private(set) var speed = 1
    /// First line of the details shown.
    public var scroll = 0
    /// The search being typed, when the prompt is open.
    public var query: String?
    /// The last search run (n and N repeat it).
    public private(set) var lastQuery = ""
    /// The question picker's selected row, when open.
    public var picker: Int?
    /// A one-line notice (no match, end of session).
    public var notice: String?

    public init(timeline: ReplayTimeline, title: String, path: String) {
        self.timeline = timeline
        self.title = title
        self.path = path
    }

    /// The attempt on screen, if any.
    public var attempt: Int? {
        timeline.attemptAtStep.indices.contains(current) ? timeline.attemptAtStep[current] : nil
    }

    /// Moves to step `index` (clamped); the playhead goes to its time and playback stops.
    public mutating func go(to index: Int) {
        guard !timeline.steps.isEmpty else { return }
        current = min(max(0, index), timeline.steps.count - 1)
        playhead = timeline.steps[current].time
        playing = false
        scroll = 0
    }

    /// One step on (or back).
    public mutating func step(_ delta: Int) {
        go(to: current + delta)
    }

    /// Starts or stops real-time playback; at the end it starts over.
    public mutating func togglePlay() {
        if !playing, playhead >= timeline.duration { go(to: 0) }
        playing.toggle()
        notice = nil
    }

    /// Sets the playback speed (one of `speeds`).
    public mutating func setSpeed(_ value: Int) {
        if Self.speeds.contains(value) { speed = value }
    }

    /// Faster or slower through the offered speeds.
    public mutating func changeSpeed(faster: Bool) {
        let index = Self.speeds.firstIndex(of: speed) ?? 0
        speed = Self.speeds[min(Self.speeds.count - 1, max(0, index + (faster ? 1 : -1)))]
    }

    /// Real time passes: the playhead moves by `seconds` × speed and the step follows it.
    public mutating func advance(by seconds: Double) {
        guard playing, seconds > 0, seconds.isFinite else { return }
        playhead = min(timeline.duration, playhead + seconds * Double(speed))
        let reached = timeline.step(at: playhead)
        if reached > current {
            current = reached
            scroll = 0
        }
        if playhead >= timeline.duration {
            playing = false
            current = max(0, timeline.steps.count - 1)
        }
    }

    /// Jumps to the question asked at step `questionStep`.
    public mutating func jump(toQuestionStep questionStep: Int) {
        go(to: questionStep)
        picker = nil
    }

    /// Runs a search for `text` from the step after the one on screen (before it, backwards),
    /// wrapping around; moves there and returns true when something matches.
    @discardableResult
    public mutating func find(_ text: String, forward: Bool = true) -> Bool {
        let needle = text.lowercased()
        guard !needle.trimmingSpaces.isEmpty, !timeline.steps.isEmpty else { return false }
        lastQuery = text
        let count = timeline.steps.count
        for offset in 1...count {
            let index = ((current + (forward ? offset : -offset)) % count + count) % count
            if searchableText(of: index).lowercased().contains(needle) {
                go(to: index)
                notice = nil
                return true
            }
        }
        return false
    }

    /// The words a step shows that a search looks through.
    func searchableText(of index: Int) -> String {
        let step = timeline.steps[index]
        guard let number = step.attempt, timeline.digest.attempts.indices.contains(number) else { return "" }
        let attempt = timeline.digest.attempts[number]
        let id = attempt.asked.questionID
        switch step.kind {
        case .question: return timeline.texts.question(id)
        case .answer: return attempt.answer?.text ?? ""
        case .score:
            guard let assessment = attempt.assessment else { return "" }
            let points = assessment.points.map { timeline.texts.point($0.id, of: id) + " " + $0.evidence.joined(separator: " ") }
            return (points + assessment.advice).joined(separator: "\n")
        default: return ""
        }
    }
}

extension String {
    /// Without leading and trailing spaces.
    var trimmingSpaces: Substring {
        var slice = Substring(self)
        while slice.first?.isWhitespace == true { slice.removeFirst() }
        while slice.last?.isWhitespace == true { slice.removeLast() }
        return slice
    }
}
