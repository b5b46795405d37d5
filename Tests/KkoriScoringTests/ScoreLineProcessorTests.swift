import Foundation
import KkoriScenario
import Testing
@testable import KkoriScoring

/// `kkori score` lines: one reply per line, errors per line, never a crash.
struct ScoreLineProcessorTests {
    let processor = ScoreLineProcessor(scenario: Scenario(
        id: "test", title: Localized(ko: "테스트", en: "Test"), rounds: [], topics: [:],
        questions: [TestRubrics.kl.id: TestRubrics.kl], roots: [.technical: [TestRubrics.kl.id]],
        synonyms: TestRubrics.synonyms))

    func reply(_ line: String) -> (object: [String: Any], scored: Bool, text: String) {
        reply(Array(line.utf8))
    }

    func reply(_ bytes: [UInt8]) -> (object: [String: Any], scored: Bool, text: String) {
        let (text, scored) = processor.process(bytes, number: 1)
        let object = (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [String: Any] ?? [:]
        return (object, scored, text)
    }

    @Test func aValidLineIsScoredWithFieldsInOrder() {
        let (object, scored, text) = reply(#"{"question": "t-kl", "answer": "KL은 비대칭이고 항상 0 이상입니다", "lang": "ko"}"#)
        #expect(scored)
        #expect(text.hasPrefix(#"{"question": "t-kl", "score": "#))
        let keys = ["question", "score", "covered", "missed", "flags"]
        let positions = keys.compactMap { text.range(of: "\"\($0)\"")?.lowerBound }
        #expect(positions == positions.sorted() && positions.count == keys.count)
        #expect((object["covered"] as? [String])?.contains("asymmetric") == true)
        #expect((object["missed"] as? [String])?.contains("formula") == true)
        let score = object["score"] as? Double ?? -1
        #expect(score > 0 && score <= 1)
    }

    @Test func languageIsDetectedWhenAbsent() {
        let (object, scored, _) = reply(#"{"question": "t-kl", "answer": "I don't know"}"#)
        #expect(scored)
        #expect((object["flags"] as? [String]) == ["dont-know"])
    }

    @Test func misconceptionsAreFlaggedByWireName() {
        let (object, _, _) = reply(#"{"question": "t-kl", "answer": "KL is symmetric", "lang": "en"}"#)
        #expect((object["flags"] as? [String])?.contains("misconception:symmetric") == true)
    }

    @Test(arguments: [
        (#"{"question": "nope", "answer": "x"}"#, "nope"),
        (#"{"question": "t-kl"}"#, "t-kl"),
        (#"{"question": "t-kl", "answer": 5}"#, "t-kl"),
        (#"{"question": "t-kl", "answer": "x", "lang": "fr"}"#, "t-kl"),
        (#"{"answer": "x"}"#, nil),
        (#"{"question": 7, "answer": "x"}"#, nil),
        ("not json at all", nil),
        (#"["t-kl", "x"]"#, nil),
        ("", nil),
        (#"{"question": "t-kl", "answer": "x""#, nil),
    ] as [(String, String?)])
    func badLinesGetAnErrorNamingTheProblem(line: String, question: String?) {
        let (object, scored, _) = reply(line)
        #expect(!scored)
        #expect((object["error"] as? String)?.hasPrefix("line 1: ") == true)
        #expect(object["question"] as? String == question)
        #expect(object.keys.contains("question"))
    }

    @Test func invalidUTF8IsAnErrorForThatLine() {
        var bytes = Array(#"{"question": "t-kl", "answer": ""#.utf8)
        bytes += [0xFF, 0xFE, 0xC3]
        bytes += Array(#""}"#.utf8)
        let (object, scored, _) = reply(bytes)
        #expect(!scored)
        #expect((object["error"] as? String)?.contains("UTF-8") == true)
        #expect(object["question"] as? String == "t-kl")
    }

    @Test func crlfAndControlCharactersAreHandled() {
        let (_, scored, _) = reply(#"{"question": "t-kl", "answer": "비대칭\u001b[31m\u0000"}"# + "\r")
        #expect(scored)
    }

    @Test func repliesEscapeWhatTheyEcho() {
        let id = "a\"b\\c\nd\u{1}"
        let (object, _, text) = reply(try! String(data: JSONSerialization.data(withJSONObject: ["question": id, "answer": "x"]), encoding: .utf8)!)
        #expect(object["question"] as? String == id)
        #expect(!text.contains("\n"))
    }
}
