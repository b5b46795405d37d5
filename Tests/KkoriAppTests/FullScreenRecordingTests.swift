import KkoriEngine
import KkoriScreen
import KkoriTranscript
import Testing
@testable import KkoriApp

/// Keystroke recording in batches, and the draft it brings back on resume.
struct FullScreenRecordingTests {
    @Test func editsWaitForTheirBatchThenGoTogether() {
        var recorder = KeystrokeRecorder()
        recorder.questionShown("q1", at: 100)
        recorder.add(TextEdit(time: 100.5, offset: 0, removed: 0, inserted: "가"))
        recorder.add(TextEdit(time: 101, offset: 1, removed: 0, inserted: "b"))
        #expect(recorder.take(at: 101.5, force: false) == nil)
        let batch = recorder.take(at: 102.6, force: false)
        #expect(batch?.questionID == "q1")
        #expect(batch?.edits == [Keystroke(at: 0.5, text: "가"), Keystroke(at: 1, text: "b")])
        #expect(recorder.take(at: 200, force: true) == nil)
    }

    @Test func aForcedTakeWritesWhateverIsPending() {
        var recorder = KeystrokeRecorder()
        recorder.questionShown("q1", at: 0)
        recorder.add(TextEdit(time: 0.1, offset: 0, removed: 0, inserted: "x"))
        #expect(recorder.take(at: 0.2, force: true)?.edits.count == 1)
        recorder.questionShown("q2", at: 5)
        #expect(recorder.take(at: 50, force: true) == nil)
    }

    @Test func nothingIsRecordedBeforeAQuestionIsShown() {
        var recorder = KeystrokeRecorder()
        recorder.add(TextEdit(time: 1, offset: 0, removed: 0, inserted: "x"))
        #expect(recorder.take(at: 10, force: true) == nil)
    }

    @Test func theDraftIsRebuiltFromTheLastAskingsKeystrokes() {
        let asked = AskedQuestion(questionID: "q1", round: .technical, depth: 0, number: 1, total: 1, chain: ["q1"])
        let entries: [SessionRecord] = [
            .asked(asked),
            .keystrokes(KeystrokeBatch(questionID: "q1", edits: [Keystroke(at: 1, text: "ab"), Keystroke(at: 2, text: "\u{8}c")])),
            .keystrokes(KeystrokeBatch(questionID: "q0", edits: [Keystroke(at: 1, text: "other")])),
            .keystrokes(KeystrokeBatch(questionID: "q1", edits: [Keystroke(at: 3, text: " 한글")])),
            .quit,
        ]
        let transcript = entries.enumerated().map { TranscriptEntry(seq: $0.offset + 1, time: Double($0.offset), record: $0.element) }
        #expect(DraftRecovery.draft(in: transcript, for: "q1") == "ac 한글")
        #expect(DraftRecovery.draft(in: transcript, for: "q9") == nil)
        #expect(DraftRecovery.draft(in: transcript, for: nil) == nil)
    }

    @Test func anAnsweredQuestionHasNoDraft() {
        let given = GivenAnswer(questionID: "q1", kind: .answer, text: "done", seconds: 3)
        let entries: [SessionRecord] = [
            .keystrokes(KeystrokeBatch(questionID: "q1", edits: [Keystroke(at: 1, text: "done")])),
            .answered(given),
        ]
        let transcript = entries.enumerated().map { TranscriptEntry(seq: $0.offset + 1, time: 0, record: $0.element) }
        #expect(DraftRecovery.draft(in: transcript, for: "q1") == nil)
    }
}
