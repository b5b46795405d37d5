import Foundation
import KkoriEngine
import KkoriPlatform
import KkoriScenario
import KkoriScreen
import KkoriStore

/// Loads what the home screen needs from disk without holding up the first frame: the scenario and
/// the latest interrupted session are read on a background thread and picked up by the event loop.
final class HomeLoader: @unchecked Sendable {
    /// What was loaded.
    struct Loaded {
        /// The scenario, when one was asked for.
        var scenario: Result<Scenario, UserError>?
        /// The latest interrupted session.
        var resumable: HistoryEntry?
    }

    private let lock = NSLock()
    private var result: Loaded?

    /// Starts loading scenario `name` (if given) and the transcripts of `platform`'s data folder.
    func start(scenario name: String?, platform: Platform) {
        Thread.detachNewThread { [self] in
            var scenario: Result<Scenario, UserError>?
            if let name {
                do throws(UserError) {
                    scenario = .success(try SessionFactory.loadScenario(name, platform: platform))
                } catch {
                    scenario = .failure(error)
                }
            }
            let loaded = Loaded(scenario: scenario, resumable: Self.latestResumable(platform: platform))
            lock.withLock { result = loaded }
        }
    }

    /// The result, once, when it is ready.
    func take() -> Loaded? {
        lock.withLock {
            defer { result = nil }
            return result
        }
    }

    /// The most recent interrupted session, from the history index.
    static func latestResumable(platform: Platform) -> HistoryEntry? {
        let rows = HistoryDriver(platform: platform).refresh().filter(\.resumable)
        guard let row = rows.max(by: { $0.startedAt < $1.startedAt }) else { return nil }
        let rounds = row.rounds.map(\.rawValue).joined(separator: "+")
        return HistoryEntry(path: row.path, date: row.date, title: "\(row.scenario) · \(rounds) · \(row.questions)Q",
                            score: nil, resumable: true)
    }
}
