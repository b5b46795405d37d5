import KkoriScoring
import KkoriText

/// A recorded judgement as document lines: score bar, covered points with the words that earned
/// them, missed points, misconceptions, notes and advice (replay and compare share it).
enum ReplayFeedback {
    static func add(_ assessment: Assessment, questionID id: String, texts: QuestionTexts, strings: HistoryStrings,
                    into doc: inout Document) {
        let role = Format.role(for: assessment.score)
        doc.line([.text(strings.score + "  ", Style(.muted)),
                  .bar(columns: min(24, max(5, doc.width / 3)), fraction: assessment.score, Style(role)),
                  .text("  " + HistoryFormat.percent(assessment.score), Style(role, .bold))])
        let covered = assessment.points.filter(\.isCovered)
        let missed = assessment.points.filter { !$0.isCovered }
        if !covered.isEmpty {
            doc.heading(strings.covered, style: Style(.good, .bold))
            for point in covered {
                doc.paragraph(texts.point(point.id, of: id), indent: 1, marker: "✓ ", markerStyle: Style(.good, .bold))
                let words = point.evidence.prefix(4).map { "“" + SafeText.line($0, limit: 60) + "”" }.joined(separator: " ")
                if !words.isEmpty { doc.paragraph(words, style: Style(.accent), indent: 3) }
            }
        }
        if !missed.isEmpty {
            doc.heading(strings.missed, style: Style(.warning, .bold))
            for point in missed {
                doc.paragraph(texts.point(point.id, of: id), indent: 1, marker: "✗ ", markerStyle: Style(.warning, .bold))
            }
        }
        if !assessment.misconceptions.isEmpty {
            doc.heading(strings.misconceptions, style: Style(.bad, .bold))
            for item in assessment.misconceptions.prefix(20) {
                doc.paragraph(texts.misconception(item, of: id), indent: 1, marker: "! ", markerStyle: Style(.bad, .bold))
            }
        }
        for note in assessment.flags.prefix(20).compactMap({ strings.flagNote($0.description) }) {
            doc.paragraph(note, style: Style(.warning), marker: "• ")
        }
        for line in assessment.advice.prefix(20) {
            doc.paragraph(SafeText.line(line), marker: "→ ", markerStyle: Style(.accent))
        }
    }
}
