import KkoriEngine
import KkoriScenario

/// Hand readers for the small records every question writes (asked, answered, follow-up), in exactly
/// the shape this format's encoder writes them; anything else returns nil and goes to `JSONDecoder`.
/// Together with typing records they are most lines of a session, and the general decoder costs tens
/// of microseconds a line.
enum RecordParser {
    private static func token(_ text: String) -> [UInt8] { Array(text.utf8) }

    static let askedStart = token(#""data":{"chain":["#)
    static let depthKey = token(#","depth":"#)
    static let numberKey = token(#","number":"#)
    static let questionKey = token(#","questionID":"#)
    static let roundKey = token(#","round":"#)
    static let totalKey = token(#","total":"#)
    static let answeredStart = token(#""data":{"kind":"#)
    static let secondsKey = token(#","seconds":"#)
    static let textKey = token(#","text":"#)
    static let followStart = token(#""data":{"from":"#)
    static let reasonKey = token(#","reason":"#)
    static let toKey = token(#","to":"#)

    /// The record of a usual-shaped line of type `type`, or nil.
    static func parse(_ type: String, _ line: UnsafeBufferPointer<UInt8>) -> SessionRecord? {
        var cursor = JSONCursor(line, end: line.count - TranscriptScanner.tailLength)
        guard cursor.skipHeader() else { return nil }
        let record: SessionRecord?
        switch type {
        case "asked": record = asked(&cursor).map { .asked($0) }
        case "answered": record = answered(&cursor).map { .answered($0) }
        case "follow-up": record = followUp(&cursor).map { .followUp($0) }
        default: return nil
        }
        guard cursor.expect(Array(#"},"type":""#.utf8) + Array(type.utf8) + [UInt8(ascii: "\"")]), cursor.atEnd else {
            return nil
        }
        return record
    }

    private static func asked(_ c: inout JSONCursor) -> AskedQuestion? {
        guard c.expect(askedStart) else { return nil }
        var chain: [String] = []
        if !c.expect(UInt8(ascii: "]")) {
            repeat {
                guard let id = c.string() else { return nil }
                chain.append(id)
            } while c.expect(UInt8(ascii: ","))
            guard c.expect(UInt8(ascii: "]")) else { return nil }
        }
        guard c.expect(depthKey), let depth = c.integer(), c.expect(numberKey), let number = c.integer(),
              c.expect(questionKey), let id = c.string(), c.expect(roundKey), let roundName = c.string(),
              let round = RoundKind(rawValue: roundName), c.expect(totalKey), let total = c.integer() else { return nil }
        return AskedQuestion(questionID: id, round: round, depth: depth, number: number, total: total, chain: chain)
    }

    private static func answered(_ c: inout JSONCursor) -> GivenAnswer? {
        guard c.expect(answeredStart), let kindName = c.string(), let kind = AnswerKind(rawValue: kindName),
              c.expect(questionKey), let id = c.string(), c.expect(secondsKey), let seconds = c.number(),
              c.expect(textKey), let text = c.string() else { return nil }
        return GivenAnswer(questionID: id, kind: kind, text: text, seconds: seconds)
    }

    private static func followUp(_ c: inout JSONCursor) -> FollowUpChoice? {
        guard c.expect(followStart), let from = c.string(), c.expect(reasonKey), let reasonName = c.string(),
              let reason = FollowUpChoice.Reason(rawValue: reasonName) else { return nil }
        var to: String?
        if c.expect(toKey) {
            guard let target = c.string() else { return nil }
            to = target
        }
        return FollowUpChoice(from: from, to: to, reason: reason)
    }
}

extension JSONCursor {
    /// A JSON integer (no fraction, no exponent) that fits an `Int`.
    mutating func integer() -> Int? {
        let start = i
        var negative = false
        if i < end, bytes[i] == UInt8(ascii: "-") {
            negative = true
            i += 1
        }
        var value = 0
        let digitsStart = i
        while i < end, (0x30...0x39).contains(bytes[i]), i - digitsStart < 18 {
            value = value * 10 + Int(bytes[i] - 0x30)
            i += 1
        }
        let digits = i - digitsStart
        let next = i < end ? bytes[i] : 0
        guard digits > 0, !(digits > 1 && bytes[digitsStart] == UInt8(ascii: "0")),
              !(0x30...0x39).contains(next), next != UInt8(ascii: "."), next != UInt8(ascii: "e"),
              next != UInt8(ascii: "E") else {
            i = start
            return nil
        }
        return negative ? -value : value
    }
}
