import Foundation
import Testing
import KkoriEngine
import KkoriTranscript

@Suite("History commands, end to end", .serialized)
struct HistoryCommandTests {
    /// A data folder with a finished and an interrupted session from the real binary, and hostile files.
    func populated() throws -> Kkori {
        let kkori = try Kkori()
        let answers = String(repeating: "Regularization and dropout reduce overfitting on the training data.\n.\n", count: 40)
        _ = try kkori.run(["interview", "--round", "technical", "--seed", "7", "--plain", "--lang", "en"], input: answers)
        _ = try kkori.run(["interview", "--round", "project", "--seed", "3", "--plain", "--lang", "ko"],
                          input: "제가 랭킹 모델을 직접 만들었습니다.\n.\n")
        let folder = kkori.home + "/transcripts/"
        let hostile = HistorySample.bytes(HistorySample.records(answer: HistorySample.hostile), start: 1_600_000_000)
        try Data(hostile).write(to: URL(fileURLWithPath: folder + "20200913-000000-hostile-a.jsonl"))
        try Data(hostile.dropLast(17)).write(to: URL(fileURLWithPath: folder + "20200912-000000-torn-b.jsonl"))
        var corrupt = hostile
        corrupt[hostile.count / 2] ^= 0x01
        try Data(corrupt).write(to: URL(fileURLWithPath: folder + "20200911-000000-corrupt-c.jsonl"))
        let body = #"{"v":7,"seq":1,"t":1.000000,"data":{},"type":"paused""#
        let future = body + #","crc":""# + CRC32.hex(CRC32.checksum(Array(body.utf8))) + "\"}\n"
        try Data(future.utf8).write(to: URL(fileURLWithPath: folder + "20200910-000000-future-d.jsonl"))
        try Data("\u{1B}]0;owned\u{7}\u{1B}[2J not a transcript\n".utf8)
            .write(to: URL(fileURLWithPath: folder + "20200909-000000-evil\u{1B}[31m-e.jsonl"))
        let fd = open(folder + "20200908-000000-big-f.jsonl", O_WRONLY | O_CREAT, 0o600)
        ftruncate(fd, 100 << 20)
        close(fd)
        return kkori
    }

    /// Runs kkori with English interface strings, whatever the machine's locale.
    func run(_ kkori: Kkori, _ arguments: [String], input: String = "") throws -> Kkori.Result {
        try kkori.run(arguments, input: input, environment: ["LC_ALL": "en_US.UTF-8"])
    }

    func noEscapes(_ result: Kkori.Result) -> Bool {
        !result.out.unicodeScalars.contains("\u{1B}") && !result.err.unicodeScalars.contains("\u{1B}")
            && !result.out.unicodeScalars.contains("\u{7}")
    }

    @Test("history lists every session with its state, and nothing from the files reaches the terminal raw")
    func listing() throws {
        let kkori = try populated()
        defer { kkori.cleanUp() }
        let result = try run(kkori, ["history", "--plain"])
        #expect(result.status == 0, "\(result.err)")
        #expect(noEscapes(result))
        for marker in ["✓ finished", "◐ interrupted", "! damaged", "⇡ newer kkori", "✗ unreadable"] {
            #expect(result.out.contains(marker), "missing \(marker):\n\(result.out)")
        }
        #expect(result.out.contains("8 sessions"))
        let json = try run(kkori, ["history", "--plain", "--json", "--round", "technical"])
        let lines = json.out.split(separator: "\n")
        #expect(lines.count == 4)
        for line in lines {
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            #expect(object?["rounds"] as? [String] == ["technical"])
        }
        let bad = try run(kkori, ["history", "--plain", "--sort", "colour"])
        #expect(bad.status == 2 && bad.err.contains("unknown sort 'colour'"))
    }

    @Test("replay --plain prints a session, a torn one up to its tear, and refuses a newer format clearly")
    func replay() throws {
        let kkori = try populated()
        defer { kkori.cleanUp() }
        let last = try run(kkori, ["replay", "--last", "--plain"])
        #expect(last.status == 0 && last.out.contains("프로젝트 면접 · Q1/"), "\(last.err)")
        let torn = try run(kkori, ["replay", "20200912-000000-torn-b.jsonl", "--plain"])
        #expect(torn.status == 0)
        #expect(torn.out.contains("was cut off mid-write") && torn.out.contains("Score 80%"))
        #expect(noEscapes(torn) && torn.out.contains("<script>alert(1)</script>"))
        let future = try run(kkori, ["replay", kkori.home + "/transcripts/20200910-000000-future-d.jsonl", "--plain"])
        #expect(future.status == 1 && future.err.contains("newer kkori") && future.err.split(separator: "\n").count == 1)
        let missing = try run(kkori, ["replay", "nope.jsonl", "--plain"])
        #expect(missing.status == 1 && missing.err.contains("does not exist"))
        let big = try run(kkori, ["replay", "20200908-000000-big-f.jsonl", "--plain"])
        #expect(big.status == 1 && big.err.contains("no readable kkori records"))
    }

    @Test("report writes Markdown, HTML and JSON; export writes an asciicast; progress prints")
    func exports() throws {
        let kkori = try populated()
        defer { kkori.cleanUp() }
        for format in ["md", "html", "json"] {
            let out = kkori.home + "/report." + format
            let result = try run(kkori, ["report", "20200913-000000-hostile-a.jsonl", "--format", format, "-o", out])
            #expect(result.status == 0, "\(format): \(result.err)")
            let text = try String(contentsOfFile: out, encoding: .utf8)
            #expect(!text.unicodeScalars.contains("\u{1B}"), "\(format) holds an escape character")
        }
        let cast = kkori.home + "/s.cast"
        let exported = try run(kkori, ["export", "--last", "--asciicast", cast])
        #expect(exported.status == 0, "\(exported.err)")
        let first = try String(contentsOfFile: cast, encoding: .utf8).split(separator: "\n").first.map(String.init) ?? ""
        #expect(first.contains("\"version\": 2"))
        let progress = try run(kkori, ["progress", "--lang", "en"])
        #expect(progress.status == 0 && progress.out.contains("Progress") && progress.out.contains("Weakest questions"))
        #expect(noEscapes(progress))
        let badFormat = try run(kkori, ["report", "--last", "--format", "pdf"])
        #expect(badFormat.status == 2 && badFormat.err.contains("unknown format 'pdf'"))
    }

    @Test("history --delete removes a session after asking, and keeps it when the answer is no")
    func delete() throws {
        let kkori = try populated()
        defer { kkori.cleanUp() }
        let name = "20200913-000000-hostile-a.jsonl"
        let kept = try run(kkori, ["history", "--delete", name], input: "n\n")
        #expect(kept.status == 0 && FileManager.default.fileExists(atPath: kkori.home + "/transcripts/" + name))
        let deleted = try run(kkori, ["history", "--delete", name], input: "y\n")
        #expect(deleted.status == 0 && !FileManager.default.fileExists(atPath: kkori.home + "/transcripts/" + name))
        let refused = try run(kkori, ["history", "--delete", "../../etc/passwd", "--yes"])
        #expect(refused.status == 1)
    }
}
