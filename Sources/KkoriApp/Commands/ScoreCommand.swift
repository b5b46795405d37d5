import Foundation
import KkoriScenario
import KkoriText

/// `kkori score`: JSON Lines on standard input, one result line per input line on standard output.
public enum ScoreCommand {
    public static func run(scenario name: String?, err: (String) -> Void) -> Int32 {
        let scenario: Scenario
        do {
            scenario = try SessionFactory.loadScenario(name)
        } catch {
            err("kkori: \(TerminalSafe.clean(error.message, keepNewlines: false))")
            return error.code
        }
        return runScore(lines: InputLines(), scenario: scenario) { line in
            FileHandle.standardOutput.write(Data((line + "\n").utf8))
        }
    }
}
