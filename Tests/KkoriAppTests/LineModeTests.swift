import Foundation
import Testing

@Suite("kkori in line mode, end to end", .serialized)
struct LineModeTests {
    @Test("a scripted technical round writes a complete transcript")
    func fullRound() throws {
        let kkori = try Kkori()
        defer { kkori.cleanUp() }
        // Answer everything with the same text, then a don't-know, until the round ends.
        var script = ""
        for _ in 0..<40 { script += "Variance is sensitivity to the training data; regularization helps.\n.\n/dontknow\n" }
        let result = try kkori.run(["interview", "--round", "technical", "--seed", "7", "--plain", "--lang", "en"], input: script)
        #expect(result.status == 0, "stderr: \(result.err)")
        #expect(result.out.contains("Interview report"))
        let path = try #require(kkori.transcripts.first)
        let types = try kkori.recordTypes(path)
        #expect(types.first == "started")
        #expect(types.last == "finished")
        #expect(types.filter { $0 == "asked" }.count == types.filter { $0 == "answered" }.count)
        #expect(types.filter { $0 == "answered" }.count == types.filter { $0 == "scored" }.count)
        #expect(types.contains("round-ended"))
        let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
    }

    @Test("the same seed asks the same questions")
    func seeded() throws {
        let kkori = try Kkori()
        defer { kkori.cleanUp() }
        let args = ["interview", "--round", "technical", "--seed", "11", "--plain", "--lang", "ko"]
        let a = try kkori.run(args, input: "/skip\n/skip\n/skip\n")
        let b = try kkori.run(args, input: "/skip\n/skip\n/skip\n")
        #expect(a.out.split(separator: "\n").filter { $0.hasPrefix("[") } == b.out.split(separator: "\n").filter { $0.hasPrefix("[") })
        #expect(a.out.contains("[기술 면접 1/5]"))
    }

    @Test("end of input saves an interrupted session, and resume continues it to the end")
    func interruptAndResume() throws {
        let kkori = try Kkori()
        defer { kkori.cleanUp() }
        let first = try kkori.run(["interview", "--round", "personality", "--seed", "3", "--plain", "--lang", "en"],
                                  input: "I applied because I like the team.\n.\n")
        #expect(first.status == 0)
        #expect(first.out.contains("kkori resume"))
        let path = try #require(kkori.transcripts.first)
        let before = try kkori.recordTypes(path)
        #expect(before.last == "quit")
        let askedBefore = before.filter { $0 == "asked" }.count

        let second = try kkori.run(["resume", path, "--plain"], input: String(repeating: "/skip\n", count: 30))
        #expect(second.status == 0, "stderr: \(second.err)")
        #expect(second.out.contains("Interview report"))
        let after = try kkori.recordTypes(path)
        #expect(Array(after.prefix(before.count)) == before, "earlier records are kept as they were")
        #expect(after[before.count] == "reopened")
        #expect(after.last == "finished")
        #expect(after.filter { $0 == "asked" }.count > askedBefore)
        // A finished session cannot be resumed.
        let third = try kkori.run(["resume", path, "--plain"])
        #expect(third.status != 0)
        #expect(third.err.contains("already finished"))
    }

    @Test("the coding round in line mode: a missing file keeps the task open, /run tries, a path submits",
          .enabled(if: Kkori.hasNumpy, "needs python3 with numpy"))
    func codingRound() throws {
        let kkori = try Kkori()
        defer { kkori.cleanUp() }
        let input = ["/help", kkori.home + "/missing.py", "/run " + Kkori.solutions, Kkori.solutions, "/skip"]
            .joined(separator: "\n") + "\n"
        let result = try kkori.run(["interview", "--round", "coding", "--seed", "3", "--plain", "--lang", "en",
                                    "--mode", "real"], input: input)
        #expect(result.status == 0, "stderr: \(result.err)")
        #expect(result.out.contains("no such file"))
        let lines = result.out.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.contains("visible") && $0.contains("accepted") })
        #expect(lines.contains { $0.contains("hidden") && $0.contains("passed") }, "exam mode: hidden cases as a count")
        #expect(lines.contains { $0.contains("kkori's kernel") })
        let path = try #require(kkori.transcripts.first)
        let graded = try Tmux.records(path).filter { $0.type == "task-graded" }
        #expect(graded.map { $0.data["visibleOnly"] as? Bool } == [true, false, false])
        #expect(graded.map { $0.data["verdict"] as? String } == ["accepted", "accepted", "skipped"])
    }

    @Test("bad choices get a one-line error and a non-zero exit")
    func badInput() throws {
        let kkori = try Kkori()
        defer { kkori.cleanUp() }
        let round = try kkori.run(["interview", "--round", "astrology", "--plain"])
        #expect(round.status == 2)
        #expect(round.err.contains("unknown round 'astrology'"))
        #expect(round.err.split(separator: "\n").count == 1)
        let scenario = try kkori.run(["interview", "--scenario", "nope", "--plain"])
        #expect(scenario.status == 1)
        #expect(scenario.err.contains("unknown scenario 'nope'"))
        let language = try kkori.run(["interview", "--lang", "fr", "--plain"])
        #expect(language.err.contains("unknown language 'fr'"))
        let missing = try kkori.run(["resume", kkori.home + "/none.jsonl", "--plain"])
        #expect(missing.status == 1 && missing.err.contains("does not exist"))
        #expect(!(missing.err + scenario.err + round.err).contains("Fatal error"))
    }

    @Test("a corrupt or future transcript is refused clearly, and a torn one is repaired")
    func damagedTranscripts() throws {
        let kkori = try Kkori()
        defer { kkori.cleanUp() }
        _ = try kkori.run(["interview", "--round", "project", "--seed", "1", "--plain", "--lang", "en"],
                          input: "I built the ranking model myself.\n.\n")
        let path = try #require(kkori.transcripts.first)
        var bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        bytes.append(contentsOf: Array(#"{"v":1,"seq":99,"t":1,"type":"pa"#.utf8))
        try bytes.write(to: URL(fileURLWithPath: path))
        let resumed = try kkori.run(["resume", path, "--plain"], input: "/quit\n")
        #expect(resumed.status == 0, "stderr: \(resumed.err)")
        let types = try kkori.recordTypes(path)
        #expect(types.suffix(2) == ["reopened", "quit"])

        let future = kkori.home + "/future.jsonl"
        try Data((#"{"v":9,"seq":1,"t":1,"data":{},"type":"paused","crc":"00000000"}"# + "\n").utf8)
            .write(to: URL(fileURLWithPath: future))
        let refused = try kkori.run(["resume", future, "--plain"])
        #expect(refused.status == 1)
        #expect(refused.err.contains("no session start") || refused.err.contains("newer kkori"))
    }

    @Test("an unwritable data folder is reported without a crash")
    func unwritableHome() throws {
        let kkori = try Kkori()
        defer { kkori.cleanUp() }
        let blocker = kkori.home + "/file"
        FileManager.default.createFile(atPath: blocker, contents: Data("x".utf8))
        let result = try kkori.run(["interview", "--plain"], environment: ["KKORI_HOME": blocker])
        #expect(result.status == 1)
        #expect(result.err.contains(blocker))
    }

    @Test("scenarios validate reports problems with file:line:column and exit 1")
    func validate() throws {
        let kkori = try Kkori()
        defer { kkori.cleanUp() }
        let ok = try kkori.run(["scenarios", "validate"])
        #expect(ok.status == 0, "bundled scenario must validate: \(ok.err)")
        let folder = kkori.home + "/bad"
        try FileManager.default.createDirectory(atPath: folder + "/questions", withIntermediateDirectories: true)
        try "id: bad\ntitle: {ko: 나쁨, en: Bad}\nrounds:\n  - {kind: technical, draw: 1, answer_seconds: 60}\n"
            .write(toFile: folder + "/scenario.yaml", atomically: true, encoding: .utf8)
        try "questions:\n  - id: q\n    folow_ups: []\n".write(toFile: folder + "/questions/q.yaml", atomically: true, encoding: .utf8)
        let bad = try kkori.run(["scenarios", "validate", folder])
        #expect(bad.status == 1)
        #expect(bad.err.contains("questions/q.yaml:3:5: unknown key 'folow_ups'"))
    }
}
