import KkoriEngine
import KkoriScoring
import KkoriText

/// What the replay shows at its current step, as a document.
enum ReplayDocument {
    /// The document, and the line where the answer ends (auto-scroll follows typing).
    static func build(_ state: ReplayState, strings: HistoryStrings, width: Int) -> (Document, Int?) {
        var doc = Document(width: width)
        let timeline = state.timeline
        guard timeline.steps.indices.contains(state.current) else {
            doc.paragraph(strings.endOfSession, style: Style(.muted))
            return (doc, nil)
        }
        let step = timeline.steps[state.current]
        note(for: step, state: state, strings: strings, into: &doc)
        switch step.kind {
        case .started, .roundEnded, .finished, .taskStarted, .taskGraded: return (doc, nil)
        default: break
        }
        guard let index = state.attempt, timeline.digest.attempts.indices.contains(index) else { return (doc, nil) }
        let attempt = timeline.digest.attempts[index]
        let id = attempt.asked.questionID
        doc.paragraph(timeline.texts.question(id), style: Style(.normal, .bold))
        doc.blank()
        let answerEnd = answer(attempt, index: index, state: state, strings: strings, into: &doc)
        if reached(timeline.scoreStep, index, state), let assessment = attempt.assessment {
            doc.blank()
            ReplayFeedback.add(assessment, questionID: id, texts: timeline.texts, strings: strings, into: &doc)
        }
        if reached(timeline.followUpStep, index, state), let choice = attempt.followUp {
            doc.blank()
            let next = choice.to.map { strings.nextQuestion(timeline.texts.question($0)) } ?? strings.treeEnds
            doc.paragraph(next, style: Style(.accent), marker: strings.next + ": ", markerStyle: Style(.accent, .bold))
        }
        return (doc, answerEnd)
    }

    /// Whether the attempt's step in `steps` is at or before the current one.
    private static func reached(_ steps: [Int?], _ index: Int, _ state: ReplayState) -> Bool {
        guard steps.indices.contains(index), let step = steps[index] else { return false }
        return step <= state.current
    }

    /// The answer heading and text; returns the document line of the text's end.
    private static func answer(_ attempt: AnswerAttempt, index: Int, state: ReplayState, strings: HistoryStrings,
                               into doc: inout Document) -> Int {
        let timeline = state.timeline
        let given = reached(timeline.answerStep, index, state) ? attempt.answer : nil
        var heading = strings.answerLabel
        let text: String
        if let given {
            heading += " · " + (given.kind == .answer ? strings.typedIn(HistoryFormat.clock(given.seconds))
                : strings.kindLabel(given.kind))
            text = given.kind == .answer ? SafeText.block(given.text) : ""
        } else {
            let shown = timeline.shownAt.indices.contains(index) ? timeline.shownAt[index] : state.playhead
            let elapsed = max(0, state.playhead - shown)
            text = SafeText.block(TypedText.replay(attempt.typing, upTo: elapsed))
            if !text.isEmpty || state.playing { heading += " · " + strings.typing + " " + HistoryFormat.clock(elapsed) }
        }
        doc.heading(heading, style: Style(.accent, .bold))
        if text.isEmpty {
            doc.paragraph(given == nil || given?.kind == .answer ? (state.playing ? "▌" : strings.notAnswered) : "",
                          style: Style(.muted), indent: 2)
        } else {
            let cursor = given == nil && state.playing ? "▌" : ""
            for paragraph in (text + cursor).split(separator: "\n", omittingEmptySubsequences: false) {
                doc.paragraph(String(paragraph), style: Style(.editor), indent: 2)
            }
        }
        return doc.lines.count - 1
    }

    /// A line for steps that are not about a question's content.
    private static func note(for step: ReplayStep, state: ReplayState, strings: HistoryStrings, into doc: inout Document) {
        let text: String?
        var role = ColorRole.muted
        switch step.kind {
        case .started: text = strings.sessionStarted(startLine(state, strings))
        case .paused: text = strings.pausedNote
        case .resumed: text = strings.resumedNote
        case .quit: text = strings.quitNote; role = .warning
        case .reopened: text = strings.reopenedNote
        case .repeated: text = strings.repeatedNote
        case .taskStarted(let id): text = strings.taskNote(SafeText.line(id))
        case .taskGraded(let outcome): text = SafeText.line(strings.taskGradedNote(outcome)); role = HistoryFormat.role(outcome.score)
        case .roundEnded(let summary): text = strings.roundEnded(summary); role = .accent
        case .finished:
            text = nil
            finished(state, strings: strings, into: &doc)
        case .question, .answer, .score, .followUp: text = nil
        }
        if let text {
            doc.paragraph(text, style: Style(role, .bold))
            doc.blank()
        }
    }

    private static func startLine(_ state: ReplayState, _ strings: HistoryStrings) -> String {
        guard let start = state.timeline.digest.start else { return "" }
        let config = start.config
        return [SafeText.line(start.scenarioID, limit: 60), HistoryFormat.rounds(config.rounds, strings: strings),
                config.language.rawValue, config.mode.rawValue, "seed \(config.seed)"].joined(separator: " · ")
    }

    /// The report's headline at the last step.
    private static func finished(_ state: ReplayState, strings: HistoryStrings, into doc: inout Document) {
        guard let report = state.timeline.digest.report else { return }
        let role = Format.role(for: report.overall)
        doc.line([.text(strings.overall + "  ", Style(.normal, .bold)),
                  .bar(columns: min(24, max(6, doc.width / 4)), fraction: report.overall, Style(role)),
                  .text(" " + HistoryFormat.percent(report.overall) + "  ", Style(role, .bold)),
                  .text(strings.recommendationName(report.recommendation), Style(role, .bold))])
        for round in report.rounds {
            doc.line([.text("  " + strings.roundName(round.round).padded(toColumns: 16), .plain),
                      .text(HistoryFormat.percent(round.score), Style(Format.role(for: round.score)))])
        }
        doc.blank()
    }
}
