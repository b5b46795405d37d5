import KkoriScenario
import KkoriScoring
import KkoriText

/// Feedback after an answer: score, covered and missed points, misconceptions, notes, what comes next
/// and, on demand, the model answer.
enum FeedbackView {
    static func render(_ state: FeedbackState, strings: UIStrings, into buffer: inout ScreenBuffer) {
        let place = state.asked.map { " · \(strings.roundName($0.round)) · \(strings.questionOf($0.number, $0.total))" }
        buffer.titleBar(row: 0, left: strings.feedbackTitle + (place ?? ""), right: state.breadcrumbs.joined(separator: " › "))
        let body = Rect(row: 2, column: 2, width: buffer.width - 4, height: buffer.height - 4)
        document(state, strings: strings, width: body.width).draw(into: &buffer, rect: body, scroll: state.scroll)
        buffer.hints(row: buffer.height - 1, context: .feedback, strings: strings)
    }

    /// The feedback as a document (also used to clamp scrolling).
    static func document(_ state: FeedbackState, strings: UIStrings, width: Int) -> Document {
        let language = strings.language
        let assessment = state.feedback.assessment
        var doc = Document(width: width)
        let role = Format.role(for: assessment.score)
        doc.line([.text(strings.score + "  ", Style(.muted)), .bar(columns: min(30, max(5, width / 3)),
                  fraction: assessment.score, Style(role)), .text("  " + Format.percent(assessment.score), Style(role, .bold))])
        doc.blank()
        doc.paragraph(state.question.text[language], style: Style(.muted))
        let pairs = Array(zip(state.question.rubric.points, assessment.points))
        let covered = pairs.filter { $0.1.isCovered }
        let missed = pairs.filter { !$0.1.isCovered }
        if !covered.isEmpty {
            doc.blank()
            doc.heading(strings.covered, style: Style(.good, .bold))
            for (point, result) in covered {
                doc.paragraph(point.conveys[language], indent: 1, marker: "✓ ", markerStyle: Style(.good, .bold))
                let words = result.evidence.prefix(4).map { "“\($0)”" }.joined(separator: " ")
                if !words.isEmpty { doc.paragraph(words, style: Style(.accent), indent: 3) }
            }
        }
        if !missed.isEmpty {
            doc.blank()
            doc.heading(strings.missed, style: Style(.warning, .bold))
            for (point, _) in missed {
                doc.paragraph(point.conveys[language], indent: 1, marker: "✗ ", markerStyle: Style(.warning, .bold))
            }
        }
        notes(state, strings: strings, into: &doc)
        return doc
    }

    /// Misconceptions, the honesty note, advice, the next probe and the model answer.
    private static func notes(_ state: FeedbackState, strings: UIStrings, into doc: inout Document) {
        let language = strings.language
        let assessment = state.feedback.assessment
        let wrong = state.question.rubric.misconceptions.filter { assessment.misconceptions.contains($0.id) }
        if !wrong.isEmpty {
            doc.blank()
            doc.heading(strings.misconceptions, style: Style(.bad, .bold))
            for item in wrong {
                doc.paragraph(item.says[language], indent: 1, marker: "! ", markerStyle: Style(.bad, .bold))
            }
        }
        let flagNotes = assessment.flags.compactMap { strings.flagNote($0.description) }
        if assessment.isDontKnow || !flagNotes.isEmpty || !assessment.advice.isEmpty {
            doc.blank()
            if assessment.isDontKnow { doc.paragraph(strings.honesty, style: Style(.good), marker: "♥ ") }
            for note in flagNotes where !(assessment.isDontKnow && note == strings.honesty) {
                doc.paragraph(note, style: Style(.warning), marker: "• ")
            }
            for line in assessment.advice { doc.paragraph(line, marker: "→ ", markerStyle: Style(.accent)) }
        }
        doc.blank()
        doc.paragraph(probeText(state.probe, strings: strings), style: Style(.accent), marker: strings.nextProbe + ": ",
                      markerStyle: Style(.accent, .bold))
        doc.blank()
        if state.showModelAnswer {
            doc.heading(strings.modelAnswer)
            let answer = state.question.modelAnswer[language].trimmed
            for paragraph in answer.split(separator: "\n", omittingEmptySubsequences: false) {
                doc.paragraph(String(paragraph), indent: 1)
            }
        } else {
            doc.paragraph(strings.modelAnswerHidden, style: Style(.muted))
        }
    }

    static func probeText(_ probe: ProbeHint, strings: UIStrings) -> String {
        switch probe {
        case .deeper(let points): strings.nextDeeper(points.joined(separator: "; "))
        case .missed(let points): strings.nextMissed(points.joined(separator: "; "))
        case .easier: strings.nextEasier
        case .other: strings.nextOther
        case .treeEnds: strings.treeEnds
        }
    }
}

extension String {
    /// Without leading and trailing whitespace and newlines.
    var trimmed: String {
        var slice = Substring(self)
        while slice.first?.isWhitespace == true { slice.removeFirst() }
        while slice.last?.isWhitespace == true { slice.removeLast() }
        return String(slice)
    }
}
