import Foundation
import KkoriScenario

/// `kkori score`: JSON Lines in, JSON Lines out (the scoring module does the work).
public enum ScoreCommand {
    public static func run(scenario: String?, err: (String) -> Void) -> Int32 {
        err("kkori: score is not available in this build")
        return 1
    }
}
