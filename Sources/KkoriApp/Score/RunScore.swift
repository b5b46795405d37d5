import KkoriScenario
import KkoriScoring

/// `kkori score`: reads JSON Lines requests, writes exactly one JSON line per input line, in order.
///
/// Each line is `{"question": ID, "answer": TEXT, "lang": "ko"|"en"}`; the reply is
/// `{"question": ID, "score": S, "covered": [...], "missed": [...], "flags": [...]}`, or
/// `{"question": ID, "error": "..."}` for an unknown id, malformed JSON or invalid UTF-8 — the other
/// lines are still scored. Returns the exit code: 0 when every line was scored, 1 otherwise.
public func runScore(lines: some Sequence<[UInt8]>, scenario: Scenario, write: (String) -> Void) -> Int32 {
    let processor = ScoreLineProcessor(scenario: scenario)
    var failed = false
    var number = 0
    for line in lines {
        number += 1
        let (reply, scored) = processor.process(line, number: number)
        if !scored { failed = true }
        write(reply)
    }
    return failed ? 1 : 0
}
