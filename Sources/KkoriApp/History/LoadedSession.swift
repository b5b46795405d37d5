import Foundation
import KkoriEngine
import KkoriPlatform
import KkoriScenario
import KkoriScreen
import KkoriStore
import KkoriText
import KkoriTranscript

/// One past session read from its transcript for replay, reports and exports: every valid entry,
/// what was wrong with the rest, and the scenario when it can still be loaded.
public struct LoadedSession: Sendable {
    /// The transcript's path.
    public var path: String
    /// Every valid entry, in order (a torn or corrupt tail is left out).
    public var entries: [TranscriptEntry]
    /// Why reading stopped before the end, in one line; nil when the file is whole.
    public var problem: String?
    /// The scenario it was recorded with, when it loads (texts fall back to ids without it).
    public var scenario: Scenario?

    /// The session's language (from its start record; English when unknown).
    public var language: Language {
        if case .started(let start)? = entries.first?.record { return start.config.language }
        return .en
    }

    /// The start record, if any.
    public var start: SessionStart? {
        if case .started(let start)? = entries.first?.record { return start }
        return nil
    }

    /// Words for the session's ids, in `language` (the session's own by default).
    public func texts(_ language: Language? = nil) -> QuestionTexts {
        QuestionTexts(scenario: scenario, language: language ?? self.language)
    }

    /// The replay timeline.
    public func timeline(_ language: Language? = nil) -> ReplayTimeline {
        ReplayTimeline(entries: entries, texts: texts(language), problem: problem)
    }

    /// The file name.
    public var name: String { (path as NSString).lastPathComponent }
}

/// Reads sessions, with scenarios loaded once per id.
public final class SessionReader: @unchecked Sendable {
    private let platform: Platform
    private var scenarios: [String: Scenario?] = [:]
    private let lock = NSLock()

    public init(platform: Platform = .current) {
        self.platform = platform
    }

    /// Reads the transcript at `path`. A damaged file gives what came before the damage; a file with
    /// nothing readable, from a newer kkori, too large or missing is a `UserError` naming the file.
    public func load(_ path: String, withScenario: Bool = true) throws(UserError) -> LoadedSession {
        let (entries, problem) = try Self.read(path)
        var session = LoadedSession(path: path, entries: entries, problem: problem, scenario: nil)
        if withScenario, let id = session.start?.scenarioID { session.scenario = scenario(id) }
        return session
    }

    /// The entries of a transcript and the damage, if any.
    static func read(_ path: String) throws(UserError) -> ([TranscriptEntry], String?) {
        let shown = TerminalSafe.clean(path, keepNewlines: false)
        let bytes: [UInt8]
        do {
            bytes = try TranscriptLoader.readBytesForHistory(path)
        } catch {
            throw UserError(TerminalSafe.clean(error.message, keepNewlines: false))
        }
        do {
            let (entries, outcome) = try TranscriptScanner.entries(bytes)
            guard !entries.isEmpty else {
                throw UserError("\(shown) holds no readable kkori records; it is not a transcript or its first line is damaged")
            }
            let problem = outcome.damage.map { damage in
                damage.description + (outcome.ignoredLines > 0 ? "; \(outcome.ignoredLines) later lines not read" : "")
            }
            return (entries, problem)
        } catch let error as UserError {
            throw error
        } catch {
            throw UserError("\(shown): \(error)")
        }
    }

    /// The scenario `id`, loaded once; nil when it cannot be (the transcript still replays with ids).
    public func scenario(_ id: String) -> Scenario? {
        if let known = lock.withLock({ scenarios[id] }) { return known }
        let loaded = Self.isPlainName(id) ? try? SessionFactory.loadScenario(id, platform: platform) : nil
        lock.withLock { scenarios[id] = .some(loaded) }
        return loaded
    }

    /// Remembers an already loaded scenario (the app has it from the home screen).
    public func remember(_ scenario: Scenario) {
        lock.withLock { scenarios[scenario.id] = .some(scenario) }
    }

    /// A scenario id read from a transcript is looked up by name only, never taken as a path.
    static func isPlainName(_ id: String) -> Bool {
        !id.isEmpty && id.count <= 80 && id.unicodeScalars.allSatisfy {
            ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "-" || $0 == "_"
        } && !id.hasPrefix("-")
    }
}
