import KkoriEngine
import KkoriScenario
import KkoriScoring

extension IndexFormat {
    /// The summaries of an index file; nil when it is not a whole, well-formed index of this version
    /// (the caller then rebuilds it from the transcripts). Without `details`, the per-round,
    /// per-competency, per-question and per-tree lines are skipped (left empty in the summaries).
    static func decode(_ bytes: [UInt8], details: Bool = true) -> [SessionSummary]? {
        var summaries: [SessionSummary] = []
        var sawHeader = false
        var closed = false
        var start = 0
        while start < bytes.count {
            let end = bytes[start...].firstIndex(of: 0x0A) ?? bytes.count
            let line = bytes[start..<end]
            start = end + 1
            if !sawHeader {
                guard line.elementsEqual(header.utf8) else { return nil }
                sawHeader = true
                continue
            }
            guard !closed else { return nil }
            if line.starts(with: "end ".utf8) {
                guard let count = Int(String(decoding: line.dropFirst(4), as: UTF8.self)), count == summaries.count else {
                    return nil
                }
                closed = true
                continue
            }
            if !details, let kind = line.first, kind != UInt8(ascii: "S") {
                // Per-question details are only read when asked for: the list needs the sessions alone.
                guard !summaries.isEmpty, "RCQT".utf8.contains(kind), line.dropFirst().first == 0x09 else { return nil }
                continue
            }
            guard apply(split(line), to: &summaries) else { return nil }
        }
        return closed ? summaries : nil
    }

    /// Splits a line at tabs.
    private static func split(_ line: ArraySlice<UInt8>) -> [ArraySlice<UInt8>] {
        line.split(separator: 0x09, omittingEmptySubsequences: false)
    }

    /// Applies one line: a new session, or a detail of the last one. False when malformed.
    private static func apply(_ f: [ArraySlice<UInt8>], to summaries: inout [SessionSummary]) -> Bool {
        guard let kind = f.first?.first else { return false }
        if kind == UInt8(ascii: "S") {
            guard let session = session(f) else { return false }
            summaries.append(session)
            return true
        }
        guard !summaries.isEmpty else { return false }
        let last = summaries.count - 1
        switch (kind, f.count) {
        case (UInt8(ascii: "R"), 3):
            guard let round = RoundKind(rawValue: text(f[1])), let score = double(f[2]) else { return false }
            summaries[last].roundScores.append(RoundScore(round: round, score: score))
        case (UInt8(ascii: "C"), 3):
            guard let competency = Competency(rawValue: text(f[1])), let score = double(f[2]) else { return false }
            summaries[last].competencies.append(CompetencyResult(competency: competency, score: score))
        case (UInt8(ascii: "Q"), 7):
            guard let question = question(f) else { return false }
            summaries[last].questions.append(question)
        case (UInt8(ascii: "T"), 5):
            guard let root = unescape(f[1]), let asked = int(f[2]), let well = int(f[3]) else { return false }
            summaries[last].trees.append(TreeDepth(rootID: root, depthAsked: asked, depthAnsweredWell: well,
                                                   maxDepth: f[4].elementsEqual("-".utf8) ? nil : int(f[4])))
        default:
            return false
        }
        return true
    }

    private static func session(_ f: [ArraySlice<UInt8>]) -> SessionSummary? {
        guard f.count == 17, let name = unescape(f[1]), let size = int64(f[2]), let modified = int64(f[3]),
              let state = SessionState(rawValue: text(f[4])), let scenario = unescape(f[7]),
              let started = double(f[11]), let ended = double(f[12]), let active = double(f[13]),
              let asked = int(f[14]) else { return nil }
        var s = SessionSummary(name: name, size: size, modified: modified, state: state,
                               problem: f[6].elementsEqual("-".utf8) ? nil : unescape(f[6]))
        s.corrupt = f[5].elementsEqual("1".utf8)
        s.scenarioID = scenario
        s.rounds = f[8].split(separator: UInt8(ascii: ",")).compactMap { RoundKind(rawValue: text($0)) }
        s.language = Language(rawValue: text(f[9]))
        s.mode = InterviewMode(rawValue: text(f[10]))
        s.startedAt = started
        s.endedAt = ended
        s.activeSeconds = active
        s.questionsAsked = asked
        s.overall = double(f[15])
        s.recommendation = Recommendation(rawValue: text(f[16]))
        return s
    }

    private static func question(_ f: [ArraySlice<UInt8>]) -> QuestionResult? {
        guard let id = unescape(f[1]), let root = unescape(f[2]), let round = RoundKind(rawValue: text(f[3])),
              let depth = int(f[4]) else { return nil }
        return QuestionResult(questionID: id, rootID: root, round: round, depth: depth, score: double(f[5]),
                              kind: AnswerKind(rawValue: text(f[6])))
    }

    private static func text(_ bytes: ArraySlice<UInt8>) -> String {
        String(decoding: bytes, as: UTF8.self)
    }

    private static func int(_ bytes: ArraySlice<UInt8>) -> Int? {
        int64(bytes).map { Int($0) }
    }

    private static func int64(_ bytes: ArraySlice<UInt8>) -> Int64? {
        guard !bytes.isEmpty, bytes.count <= 19 else { return nil }
        var value: Int64 = 0
        var negative = false
        for (offset, byte) in bytes.enumerated() {
            if offset == 0, byte == UInt8(ascii: "-"), bytes.count > 1 {
                negative = true
                continue
            }
            guard (0x30...0x39).contains(byte) else { return nil }
            value = value * 10 + Int64(byte - 0x30)
        }
        return negative ? -value : value
    }

    private static func double(_ bytes: ArraySlice<UInt8>) -> Double? {
        bytes.withUnsafeBufferPointer { buffer in
            guard let (value, length) = DecimalNumber.parse(buffer), length == buffer.count, value.isFinite else { return nil }
            return value
        }
    }
}
