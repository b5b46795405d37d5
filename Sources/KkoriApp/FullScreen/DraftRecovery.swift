import KkoriEngine
import KkoriTranscript

/// Rebuilds the answer that was being typed when a session stopped, from its keystroke records, so a
/// resumed session shows the draft instead of an empty editor.
enum DraftRecovery {
    /// The draft for `questionID`: its keystrokes since it was last asked, applied in order. Nil when
    /// nothing was typed.
    static func draft(in entries: [TranscriptEntry], for questionID: String?) -> String? {
        guard let questionID else { return nil }
        var text = String.UnicodeScalarView()
        var typed = false
        for entry in entries {
            switch entry.record {
            case .asked(let asked) where asked.questionID == questionID:
                text = String.UnicodeScalarView()
                typed = false
            case .answered(let given) where given.questionID == questionID:
                text = String.UnicodeScalarView()
                typed = false
            case .keystrokes(let batch) where batch.questionID == questionID:
                for keystroke in batch.edits { apply(keystroke, to: &text) }
                typed = true
            default: break
            }
        }
        return typed && !text.isEmpty ? String(text) : nil
    }

    /// One keystroke: delete-back characters remove the last code point, the rest is appended.
    static func apply(_ keystroke: Keystroke, to text: inout String.UnicodeScalarView) {
        for scalar in keystroke.text.unicodeScalars {
            if scalar == "\u{8}" {
                if !text.isEmpty { text.removeLast() }
            } else {
                text.append(scalar)
            }
        }
    }
}
