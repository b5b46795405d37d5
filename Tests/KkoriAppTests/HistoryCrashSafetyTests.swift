import Foundation
#if canImport(Glibc)
import Glibc
#endif
import Testing
import KkoriEngine
import KkoriTranscript

/// A running `kkori` whose output is read as it comes, so it can be killed at a chosen moment.
final class RunningKkori: @unchecked Sendable {
    let process = Process()
    private let lock = NSLock()
    private var output = Data()
    private let done = DispatchSemaphore(value: 0)

    init(_ kkori: Kkori, _ arguments: [String], input: String) throws {
        process.executableURL = URL(fileURLWithPath: Kkori.binary)
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        env["KKORI_HOME"] = kkori.home
        env["TERM"] = "dumb"
        process.environment = env
        let stdin = Pipe(), stdout = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = FileHandle.nullDevice
        try process.run()
        let reader = stdout.fileHandleForReading
        DispatchQueue.global().async { [self] in
            // `availableData` returns as soon as anything arrives (a sized read would wait for all of it).
            while case let chunk = reader.availableData, !chunk.isEmpty {
                lock.withLock { output.append(chunk) }
            }
            done.signal()
        }
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try? stdin.fileHandleForWriting.close()
    }

    var text: String { lock.withLock { String(decoding: output, as: UTF8.self) } }

    /// Waits until the output holds `count` question headers (or the process ends, or 20 s pass).
    func waitForQuestions(_ count: Int) {
        let deadline = Date().addingTimeInterval(20)
        while Date() < deadline, process.isRunning, Self.questions(in: text).count < count { usleep(100) }
    }

    func kill() {
        if process.isRunning { Glibc.kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
        _ = done.wait(timeout: .now() + 10)
    }

    /// The question headers line mode printed (`[Technical round 1/5] …`, `[Follow-up 1.1] …`).
    static func questions(in text: String) -> [String] {
        text.split(separator: "\n").filter { $0.hasPrefix("[") }.map(String.init)
    }

    /// Feedback blocks printed (each starts with the score bar).
    static func feedbacks(in text: String) -> Int {
        text.split(separator: "\n").filter { $0.hasPrefix("  [") && $0.hasSuffix("%") }.count
    }
}

@Suite("Crash safety: a real session killed with SIGKILL at random points", .serialized)
struct HistoryCrashSafetyTests {
    static let arguments = ["interview", "--round", "technical", "--seed", "5", "--lang", "en", "--plain"]

    /// Answers good and poor in turn (so follow-ups go deeper or move on), then quit at the end.
    static let script: String = (0..<60).map { index in
        index % 3 == 2 ? "/dontknow\n" : index % 2 == 0
            ? "Overfitting means the model fits noise in the training data; regularization, dropout, early stopping and more data help.\n.\n"
            : "I think it is about the data.\n.\n"
    }.joined()

    @Test("every acknowledged event is on disk once, and resume continues at the right question")
    func killAtRandomPoints() throws {
        let reference = try Kkori()
        defer { reference.cleanUp() }
        let full = try reference.run(Self.arguments, input: Self.script)
        let asked = RunningKkori.questions(in: full.out)
        #expect(full.status == 0 && asked.count >= 6, "the scripted session must ask several questions: \(full.err)")

        var random = SeededGenerator(seed: 20_261_129)
        var killedMidSession = 0
        for trial in 0..<30 {
            let kkori = try Kkori()
            defer { kkori.cleanUp() }
            let running = try RunningKkori(kkori, Self.arguments, input: Self.script)
            running.waitForQuestions(Int(random.next() % UInt64(asked.count)) + 1)
            usleep(UInt32(random.next() % 1500))
            running.kill()
            let acknowledged = running.text
            guard let path = kkori.transcripts.first else {
                #expect(RunningKkori.questions(in: acknowledged).isEmpty, "trial \(trial): a question was shown but nothing saved")
                continue
            }
            if try check(trial: trial, path: path, acknowledged: acknowledged, reference: asked, kkori: kkori) {
                killedMidSession += 1
            }
        }
        #expect(killedMidSession >= 20, "at least 20 kills must land inside the session")
    }

    /// Checks one killed run; returns whether the kill landed before the session finished.
    func check(trial: Int, path: String, acknowledged: String, reference: [String], kkori: Kkori) throws -> Bool {
        let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
        let contents = try TranscriptReader.read(bytes)
        if case .corruptLine? = contents.damage { Issue.record("trial \(trial): a kill left a corrupt line, not just a torn one") }
        let records = contents.entries.map(\.record)
        let askedIDs = records.compactMap { record -> String? in
            if case .asked(let asked) = record { return asked.questionID }
            return nil
        }
        let answered = records.compactMap { record -> String? in
            if case .answered(let given) = record { return given.questionID }
            return nil
        }
        let scored = records.compactMap { record -> String? in
            if case .scored(let score) = record { return score.questionID }
            return nil
        }
        #expect(Set(askedIDs).count == askedIDs.count && Set(answered).count == answered.count
                 && Set(scored).count == scored.count, "trial \(trial): nothing is recorded twice")
        let shown = RunningKkori.questions(in: acknowledged)
        #expect(shown.count <= askedIDs.count, "trial \(trial): every question shown was saved before it was shown")
        #expect(RunningKkori.feedbacks(in: acknowledged) <= scored.count, "trial \(trial): every score shown was saved")
        #expect(Array(reference.prefix(shown.count)) == shown, "trial \(trial): the same seed asks the same questions")
        if records.contains(where: { record in
            if case .finished = record { return true }
            return false
        }) { return false }
        guard !records.isEmpty else { return true }

        let resumed = try kkori.run(["resume", path, "--plain"], input: "/quit\n")
        if answered.count >= reference.count {
            // Killed after the last answer but before the report was written: nothing is left to ask.
            #expect(resumed.err.contains("finished"), "trial \(trial): \(resumed.err)")
            return true
        }
        #expect(resumed.status == 0, "trial \(trial): \(resumed.err)")
        let next = RunningKkori.questions(in: resumed.out).first
        #expect(next == reference[answered.count],
                "trial \(trial): resumed at \(next ?? "-") after \(answered.count) answers")
        let after = try TranscriptReader.read(Array(try Data(contentsOf: URL(fileURLWithPath: path))))
        #expect(after.damage == nil, "trial \(trial): the torn tail was cut before appending")
        #expect(Array(after.entries.prefix(contents.entries.count)) == contents.entries, "trial \(trial): earlier records kept")
        return true
    }
}
