import KkoriEngine
import KkoriScoring
import KkoriScreen
import KkoriText

/// What the recording shows at one moment.
enum CastAction {
    /// Lines of text (wrapped here), in a colour (an SGR code) or plain.
    case lines([String], sgr: String?)
    /// The answer prompt of a new question.
    case prompt
    /// Keystrokes: text appended, each backspace character deleting one code point.
    case type(String)
    /// The answer as finally given (drawn again if the typing did not end on it).
    case settle(String)
}

/// The session's moments in time order.
struct CastScript {
    let timeline: ReplayTimeline
    let strings: HistoryStrings

    func events() -> [(time: Double, action: CastAction)] {
        var events: [(time: Double, action: CastAction)] = []
        let digest = timeline.digest
        for step in timeline.steps {
            let attempt = step.attempt.flatMap { digest.attempts.indices.contains($0) ? digest.attempts[$0] : nil }
            switch step.kind {
            case .started:
                events.append((step.time, .lines(["kkori · " + HistoryRows.date(digest.startedAt)], sgr: "1")))
            case .question:
                guard let attempt, let number = step.attempt else { continue }
                events += question(attempt, number: number, at: step.time)
            case .answer:
                guard let given = attempt?.answer else { continue }
                events.append((step.time, given.kind == .answer ? .settle(SafeText.block(given.text))
                    : .lines([strings.kindLabel(given.kind)], sgr: "2")))
            case .score:
                guard let attempt, let assessment = attempt.assessment else { continue }
                events.append((step.time, score(assessment, id: attempt.asked.questionID)))
            case .followUp:
                guard let choice = attempt?.followUp else { continue }
                let next = choice.to.map { strings.nextQuestion(timeline.texts.question($0)) } ?? strings.treeEnds
                events.append((step.time, .lines([strings.next + ": " + next], sgr: "2")))
            case .roundEnded(let summary):
                events.append((step.time, .lines(["", "-- " + strings.roundEnded(summary) + " --"], sgr: "1")))
            case .taskGraded(let outcome):
                events.append((step.time, .lines([SafeText.line(strings.taskGradedNote(outcome))], sgr: nil)))
            case .finished:
                guard let report = digest.report else { continue }
                events.append((step.time, .lines(["", strings.overall + " " + HistoryFormat.percent(report.overall) + " · "
                    + strings.recommendationName(report.recommendation)], sgr: "1;" + Self.sgr(report.overall))))
            case .paused, .resumed, .quit, .reopened, .repeated, .taskStarted:
                continue
            }
        }
        return events.enumerated().sorted { ($0.element.time, $0.offset) < ($1.element.time, $1.offset) }.map(\.element)
    }

    /// A question being shown: its place, its text, the prompt, then its typing as it happened.
    private func question(_ attempt: AnswerAttempt, number: Int, at time: Double) -> [(time: Double, action: CastAction)] {
        [(time, .lines(["", HistoryFormat.place(attempt.asked, strings: strings)], sgr: "1;36")),
         (time, .lines([timeline.texts.question(attempt.asked.questionID)], sgr: "1")),
         (time, .prompt)] + typing(attempt, number: number, from: time, until: answerTime(number))
    }

    /// When the answer to attempt `number` was given (the end of the session if never).
    private func answerTime(_ number: Int) -> Double {
        guard timeline.answerStep.indices.contains(number), let step = timeline.answerStep[number],
              timeline.steps.indices.contains(step) else { return timeline.duration }
        return timeline.steps[step].time
    }

    /// The keystrokes of an attempt at their recorded offsets, kept between the question and the answer.
    private func typing(_ attempt: AnswerAttempt, number: Int, from start: Double, until end: Double)
        -> [(time: Double, action: CastAction)] {
        let shown = timeline.shownAt.indices.contains(number) ? timeline.shownAt[number] : start
        return attempt.typing.map { edit in
            (min(max(start, shown + edit.at), max(start, end)), .type(edit.text))
        }
    }

    private func score(_ assessment: Assessment, id: String) -> CastAction {
        var lines = [strings.score + " " + HistoryFormat.percent(assessment.score)]
        for point in assessment.points {
            lines.append((point.isCovered ? "  ✓ " : "  ✗ ") + timeline.texts.point(point.id, of: id))
        }
        for item in assessment.misconceptions.prefix(10) { lines.append("  ! " + timeline.texts.misconception(item, of: id)) }
        return .lines(lines, sgr: Self.sgr(assessment.score))
    }

    static func sgr(_ score: Double) -> String {
        score >= 0.6 ? "32" : score >= 0.4 ? "33" : "31"
    }
}

/// Turns actions into terminal output, keeping track of where the answer being typed starts so a
/// backspace (which may cross a wrapped row) redraws the answer instead of guessing cursor moves.
struct CastScreen {
    let width: Int
    private var answer = String.UnicodeScalarView()
    private var answerRows = 1
    private var answering = false

    init(width: Int) {
        self.width = width
    }

    mutating func render(_ action: CastAction) -> String {
        switch action {
        case .lines(let lines, let sgr):
            answering = false
            let wrapped = lines.flatMap { $0.isEmpty ? [""] : WordWrap.lines($0, limit: width - 1) }
            let body = wrapped.map { "\r\n" + $0 }.joined()
            return sgr.map { "\u{1B}[\($0)m" + body + "\u{1B}[0m" } ?? body
        case .prompt:
            answering = true
            answer = String.UnicodeScalarView()
            answerRows = 1
            return "\r\n> "
        case .type(let text): return type(text)
        case .settle(let text):
            guard !answering || String(answer) != text else { return "" }
            let before = answering ? answerRows : 0
            answering = true
            answer = text.unicodeScalars
            return redraw(from: before)
        }
    }

    private mutating func type(_ text: String) -> String {
        guard answering else { return "" }
        let before = answerRows
        var appended = ""
        var deleted = false
        // Between backspaces, whole escape sequences are removed (not just their escape character).
        for (index, part) in text.split(separator: "\u{8}", omittingEmptySubsequences: false).enumerated() {
            if index > 0 {
                if !answer.isEmpty { answer.removeLast() }
                deleted = true
            }
            for scalar in TerminalSafe.clean(String(part)).unicodeScalars {
                guard let clean = Self.printable(scalar) else { continue }
                answer.append(clean)
                appended.unicodeScalars.append(clean)
            }
        }
        if deleted { return redraw(from: before) }
        answerRows = Self.rows(String(answer), width: width)
        return appended.replacingNewlines
    }

    /// Clears the answer's rows (the `before` rows on screen) and prints it again.
    private mutating func redraw(from before: Int) -> String {
        var out = before > 0 ? "\r" + (before > 1 ? "\u{1B}[\(before - 1)A" : "") + "\u{1B}[J> " : "\r\n> "
        out += String(answer).replacingNewlines
        answerRows = Self.rows(String(answer), width: width)
        return out
    }

    /// A scalar as it may be shown: controls dropped (tabs become spaces, newlines kept).
    static func printable(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        if scalar == "\n" { return scalar }
        if scalar == "\t" { return " " }
        if DisplayWidth.isControl(scalar) || (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value) {
            return nil
        }
        return scalar
    }

    /// Rows `> ` plus `text` takes on a terminal `width` columns wide (deferred wrap, like xterm).
    static func rows(_ text: String, width: Int) -> Int {
        var row = 0
        var column = 2
        for character in text {
            if character == "\n" {
                row += 1
                column = 0
                continue
            }
            let w = DisplayWidth.of(character)
            if column + w > width {
                row += 1
                column = 0
            }
            column += w
        }
        return row + 1
    }
}

extension String {
    /// Newlines as carriage return + newline (the recording is raw terminal output).
    var replacingNewlines: String {
        split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "\r\n")
    }
}
