import Foundation
import KkoriEngine
import KkoriPlatform
import KkoriScenario
import KkoriScoring
import KkoriStore
import KkoriTranscript

/// The version written into transcripts.
public let kkoriVersion = "0.1.0"

/// A problem the user must fix; printed as one line, exit code 1 (or `code`).
public struct UserError: Error, CustomStringConvertible {
    public var message: String
    public var code: Int32

    public init(_ message: String, code: Int32 = 1) {
        self.message = message
        self.code = code
    }

    public var description: String { message }
}

/// Builds sessions and runtimes from command-line choices.
public enum SessionFactory {
    /// The scorer used for a scenario.
    public static func scorer(for scenario: Scenario) -> any AnswerScorer {
        ScorerChoice.make(scenario)
    }

    /// Loads a scenario by name or path, turning every problem into a `UserError`.
    public static func loadScenario(_ nameOrPath: String?, platform: Platform = .current) throws(UserError) -> Scenario {
        let folder: String
        do {
            folder = try ScenarioFolder.locate(nameOrPath, platform: platform)
        } catch {
            throw UserError(error.message)
        }
        do {
            let files = try ScenarioFolder.read(folder)
            return try ScenarioLoader.load(files: files)
        } catch let errors as ScenarioErrors {
            let first = errors.diagnostics.first.map { "\(folder)/\($0)" } ?? folder
            let more = errors.diagnostics.count > 1 ? " (and \(errors.diagnostics.count - 1) more)" : ""
            throw UserError("invalid scenario: \(first)\(more); run `kkori scenarios validate \(folder)`")
        } catch {
            throw UserError("\(error)")
        }
    }

    /// A new transcript file name: time, scenario and a random suffix.
    public static func transcriptName(scenario: String, at time: Double) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyyMMdd-HHmmss"
        let stamp = formatter.string(from: Date(timeIntervalSince1970: time))
        let suffix = String(UInt32.random(in: 0..<UInt32.max), radix: 36)
        return "\(stamp)-\(scenario)-\(suffix).jsonl"
    }

    /// Starts a new session with a fresh transcript file.
    public static func startRuntime(scenario: Scenario, config: SessionConfig,
                                    platform: Platform = .current) throws(UserError) -> InterviewRuntime {
        let session = Session(scenario: scenario, config: config, scorer: scorer(for: scenario), version: kkoriVersion)
        let folder = DataFolder.transcripts(platform.dataFolder)
        do {
            let file = try TranscriptFile.create(in: folder, name: transcriptName(scenario: scenario.id, at: Platform.now()))
            return InterviewRuntime(session: session, transcript: file)
        } catch {
            throw UserError(error.message)
        }
    }

    /// Reopens a transcript to continue its session.
    public static func resumeRuntime(path: String, scenarioName: String?,
                                     platform: Platform = .current) throws(UserError) -> InterviewRuntime {
        let file: TranscriptFile
        let contents: TranscriptContents
        do {
            (file, contents) = try TranscriptFile.reopen(path)
        } catch {
            throw UserError(error.message)
        }
        guard case .started(let start)? = contents.entries.first?.record else {
            throw UserError("\(path): holds no session start; it cannot be resumed")
        }
        let scenario = try loadScenario(scenarioName ?? start.scenarioID, platform: platform)
        do {
            let session = try Session.restore(from: contents.entries.map { ($0.record, $0.time) }, scenario: scenario,
                                              scorer: scorer(for: scenario), version: kkoriVersion)
            return InterviewRuntime(session: session, transcript: file, previous: contents.entries)
        } catch {
            throw UserError("\(path): \(error)")
        }
    }

    /// The most recent transcript that can be resumed (not finished), if any.
    public static func lastResumable(platform: Platform = .current) -> String? {
        let folder = DataFolder.transcripts(platform.dataFolder)
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
            .filter { $0.hasSuffix(".jsonl") }.sorted(by: >)
        for name in names {
            let path = folder + "/" + name
            guard let contents = try? TranscriptLoader.load(path) else { continue }
            let finished = contents.entries.contains { if case .finished = $0.record { true } else { false } }
            if !finished, !contents.entries.isEmpty { return path }
        }
        return nil
    }
}
