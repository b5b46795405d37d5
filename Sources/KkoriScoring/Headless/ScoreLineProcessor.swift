import Foundation
import KkoriScenario

/// The line-by-line logic of `kkori score`: one JSON Lines request in, exactly one JSON line out.
///
/// A request is `{"question": ID, "answer": TEXT, "lang": "ko"|"en"}` (`lang` optional: detected
/// from the answer when absent). The reply is `{"question": ID, "score": S, "covered": [...],
/// "missed": [...], "flags": [...]}`, or `{"question": ID, "error": "..."}` for a line that can't be
/// scored (ID is null when the line has none). Pure: bytes in, text out.
public struct ScoreLineProcessor: Sendable {
    let scenario: Scenario
    let scorer: RubricScorer

    /// The longest line accepted (answers of 100 KB and more are fine; a runaway line is not).
    public static let maxLineBytes = 4 << 20

    public init(scenario: Scenario) {
        self.scenario = scenario
        scorer = RubricScorer(scenario: scenario)
    }

    /// The reply to line `number` (1-based, for messages) and whether it was scored.
    public func process(_ line: [UInt8], number: Int) -> (reply: String, scored: Bool) {
        switch parse(line, number: number) {
        case .failure(let failure):
            return (JSONText.object([("question", failure.question.map(JSONText.string) ?? "null"),
                                     ("error", JSONText.string(failure.message))]), false)
        case .success(let request):
            return (reply(to: request), true)
        }
    }

    /// A parsed request.
    struct Request {
        var question: Question
        var answer: String
        var language: Language
    }

    /// Why a line can't be scored, and the question id if one was readable.
    struct Failure: Error {
        var question: String?
        var message: String
    }

    func parse(_ line: [UInt8], number: Int) -> Result<Request, Failure> {
        var bytes = line
        if bytes.last == 0x0D { bytes.removeLast() }                         // CRLF input
        guard bytes.count <= Self.maxLineBytes else {
            return .failure(Failure(question: nil, message: "line \(number): longer than \(Self.maxLineBytes >> 20) MiB; shorten the answer"))
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            let id = fields(of: String(decoding: bytes, as: UTF8.self))?["question"] as? String
            return .failure(Failure(question: id, message: "line \(number): not valid UTF-8; re-encode the input as UTF-8"))
        }
        guard !text.allSatisfy(\.isWhitespace) else {
            return .failure(Failure(question: nil, message: "line \(number): empty; expected a JSON object with \"question\" and \"answer\""))
        }
        guard let object = fields(of: text) else {
            return .failure(Failure(question: nil, message: "line \(number): not a JSON object; expected {\"question\": ID, \"answer\": TEXT, \"lang\": \"ko\"|\"en\"}"))
        }
        return request(from: object, number: number)
    }

    func request(from object: [String: Any], number: Int) -> Result<Request, Failure> {
        guard let id = object["question"] as? String else {
            return .failure(Failure(question: nil, message: "line \(number): \"question\" is missing or not a string; give the question id"))
        }
        guard let answer = object["answer"] as? String else {
            return .failure(Failure(question: id, message: "line \(number): \"answer\" is missing or not a string; give the answer text"))
        }
        var language: Language?
        if let lang = object["lang"], !(lang is NSNull) {
            guard let name = lang as? String, let parsed = Language(rawValue: name) else {
                return .failure(Failure(question: id, message: "line \(number): \"lang\" must be \"ko\" or \"en\" (or left out to detect it)"))
            }
            language = parsed
        }
        guard let question = scenario.questions[id] else {
            return .failure(Failure(question: id, message: "line \(number): unknown question id '\(id)' in scenario '\(scenario.id)'; list ids with kkori scenarios stats"))
        }
        return .success(Request(question: question, answer: answer,
                                language: language ?? RubricScorer.detectLanguage(of: answer) ?? .en))
    }

    func fields(of text: String) -> [String: Any]? {
        guard let data = text.data(using: .utf8),
              let value = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) else { return nil }
        return value as? [String: Any]
    }

    func reply(to request: Request) -> String {
        let assessment = scorer.assess(request.answer, to: request.question, language: request.language)
        return JSONText.object([
            ("question", JSONText.string(request.question.id)),
            ("score", JSONText.number(assessment.score)),
            ("covered", JSONText.array(assessment.covered.map(JSONText.string))),
            ("missed", JSONText.array(assessment.missed.map(JSONText.string))),
            ("flags", JSONText.array(assessment.flags.map { JSONText.string($0.description) })),
        ])
    }
}
