import KkoriEngine
import KkoriScoring
import KkoriScreen
import KkoriText

/// `kkori replay --plain`: a past session as a readable transcript, one event after another with its
/// time into the session. Every text from the file is cleaned before it is printed.
struct ReplayPrinter {
    let session: LoadedSession
    let timeline: ReplayTimeline
    let strings: HistoryStrings

    init(_ session: LoadedSession) {
        self.session = session
        timeline = session.timeline()
        strings = HistoryStrings.forLanguage(session.language)
    }

    /// The whole replay as lines.
    func lines() -> [String] {
        var out = header()
        for (index, step) in timeline.steps.enumerated() { out += lines(for: step, index: index) }
        if let report = timeline.digest.report {
            out.append("")
            out.append("== \(strings.overall) \(HistoryFormat.percent(report.overall)) · "
                + "\(strings.recommendationName(report.recommendation)) ==")
        }
        return out
    }

    private func header() -> [String] {
        let date = HistoryRows.date(timeline.digest.startedAt)
        var out = ["== \(strings.replayTitle) · \(date) · \(SafeText.line(session.name)) =="]
        if let start = timeline.digest.start {
            let config = start.config
            out.append([SafeText.line(start.scenarioID, limit: 60), HistoryFormat.rounds(config.rounds, strings: strings),
                        config.language.rawValue, config.mode.rawValue, "seed \(config.seed)",
                        HistoryFormat.clock(timeline.duration)].joined(separator: " · "))
        }
        if let problem = timeline.problem { out.append("! " + strings.damagedNote(problem)) }
        out.append("")
        return out
    }

    private func stamp(_ step: ReplayStep) -> String {
        "[" + HistoryFormat.clock(step.time) + "]"
    }

    private func lines(for step: ReplayStep, index: Int) -> [String] {
        let attempt = step.attempt.flatMap { timeline.digest.attempts.indices.contains($0) ? timeline.digest.attempts[$0] : nil }
        switch step.kind {
        case .question:
            guard let attempt else { return [] }
            return ["", "\(stamp(step)) \(HistoryFormat.place(attempt.asked, strings: strings))  "
                + timeline.texts.question(attempt.asked.questionID)]
        case .answer: return attempt.map { answer($0, step: step) } ?? []
        case .score:
            guard let attempt, let assessment = attempt.assessment else { return [] }
            return score(assessment, questionID: attempt.asked.questionID, step: step)
        case .followUp:
            guard let choice = attempt?.followUp else { return [] }
            let next = choice.to.map { strings.nextQuestion(timeline.texts.question($0)) } ?? strings.treeEnds
            return ["        \(strings.next): \(next)"]
        default:
            return note(step).map { ["\(stamp(step)) \($0)"] } ?? []
        }
    }

    private func answer(_ attempt: AnswerAttempt, step: ReplayStep) -> [String] {
        guard let given = attempt.answer else { return [] }
        guard given.kind == .answer else { return ["\(stamp(step)) \(strings.answerLabel): \(strings.kindLabel(given.kind))"] }
        let keys = attempt.typing.count
        var out = ["\(stamp(step)) \(strings.answerLabel) (\(strings.typedIn(HistoryFormat.clock(given.seconds)))"
            + (keys > 0 ? ", \(keys) ⌨" : "") + "):"]
        let text = SafeText.block(given.text)
        out += text.split(separator: "\n", omittingEmptySubsequences: false).map { "    " + $0 }
        return out
    }

    private func score(_ assessment: Assessment, questionID id: String, step: ReplayStep) -> [String] {
        var out = ["\(stamp(step)) \(strings.score) \(HistoryFormat.percent(assessment.score))"]
        for point in assessment.points {
            let words = point.evidence.prefix(4).map { "“" + SafeText.line($0, limit: 60) + "”" }.joined(separator: " ")
            let mark = point.isCovered ? "✓" : "✗"
            out.append("        \(mark) \(timeline.texts.point(point.id, of: id))" + (words.isEmpty ? "" : "  " + words))
        }
        for item in assessment.misconceptions.prefix(20) {
            out.append("        ! \(timeline.texts.misconception(item, of: id))")
        }
        for note in assessment.flags.prefix(20).compactMap({ strings.flagNote($0.description) }) {
            out.append("        • \(note)")
        }
        for line in assessment.advice.prefix(20) { out.append("        → \(SafeText.line(line))") }
        return out
    }

    private func note(_ step: ReplayStep) -> String? {
        switch step.kind {
        case .started: strings.sessionStarted(HistoryRows.date(timeline.digest.startedAt))
        case .paused: strings.pausedNote
        case .resumed: strings.resumedNote
        case .quit: strings.quitNote
        case .reopened: strings.reopenedNote
        case .repeated: strings.repeatedNote
        case .taskStarted(let id): strings.taskNote(SafeText.line(id))
        case .taskGraded(let outcome): SafeText.line(strings.taskGradedNote(outcome))
        case .roundEnded(let summary): "-- " + strings.roundEnded(summary) + " --"
        case .finished, .question, .answer, .score, .followUp: nil
        }
    }
}
