import Foundation
import KkoriPlatform
import KkoriScenario
import KkoriScreen
import KkoriStore
import KkoriText

/// Carries out what the history screens ask (they read no files): opening the index, reading a
/// session for replay, finding attempts to compare, aggregating progress, deleting. The full-screen
/// app and `kkori history`/`kkori replay` on a terminal both drive a `HistoryBrowser` through it.
public final class HistoryDriver {
    /// The data folder's history.
    public let store: HistoryStore
    /// Reads sessions and their scenarios.
    public let reader: SessionReader
    let platform: Platform
    /// The summaries from the last refresh.
    public private(set) var sessions: [SessionSummary] = []

    public init(platform: Platform = .current, reader: SessionReader? = nil) {
        self.platform = platform
        store = HistoryStore(dataFolder: platform.dataFolder)
        self.reader = reader ?? SessionReader(platform: platform)
    }

    /// Brings the index up to date and returns the list's rows; `details` also reads every session's
    /// questions (progress and compare need them, the list does not).
    @discardableResult
    public func refresh(details: Bool = false) -> [HistoryRow] {
        sessions = store.open(details: details).sessions
        sessionsHaveDetails = details
        return HistoryRows.rows(sessions, store: store)
    }

    /// Whether `sessions` hold their questions.
    private var sessionsHaveDetails = false

    /// The sessions with their questions.
    func detailedSessions() -> [SessionSummary] {
        if !sessionsHaveDetails { refresh(details: true) }
        return sessions
    }

    /// A browser on the list, in `language`, for a terminal of `width` × `height`.
    public func browser(language: Language, width: Int, height: Int) -> HistoryBrowser {
        HistoryBrowser(rows: refresh(), now: Platform.now(), language: language, width: width, height: height)
    }

    /// Carries out one request; returns the path of a session to resume, when that was asked (the
    /// caller leaves history and resumes it). `.close` is the caller's to handle.
    public func perform(_ request: HistoryRequest, on browser: inout HistoryBrowser) -> String? {
        switch request {
        case .replay(let path):
            do throws(UserError) {
                browser.showReplay(try replayState(path))
            } catch {
                browser.show(message: error.message)
            }
        case .compare(let path, let other, let question): compare(path, other, question, on: &browser)
        case .progress: browser.showProgress(progress(language: browser.strings.language))
        case .delete(let path):
            do throws(StoreError) {
                try store.delete((path as NSString).lastPathComponent)
                browser.update(rows: refresh())
                browser.show(message: browser.strings.deleted(SafeText.line((path as NSString).lastPathComponent)))
            } catch {
                browser.show(message: TerminalSafe.clean(error.message, keepNewlines: false))
            }
        case .resume(let path): return path
        case .close: break
        }
        return nil
    }

    /// The replay page of the session at `path`.
    public func replayState(_ path: String) throws(UserError) -> ReplayState {
        let session = try reader.load(path)
        let title = HistoryRows.date(session.entries.first?.time ?? 0) + " · "
            + SafeText.line(session.start?.scenarioID ?? session.name, limit: 60)
        return ReplayState(timeline: session.timeline(), title: title, path: path)
    }

    /// Progress over every session of the index.
    public func progress(language: Language) -> ProgressModel {
        let all = detailedSessions()
        let reader = reader
        var cache: [String: QuestionTexts] = [:]
        return ProgressBuilder(language: language) { id in
            if let known = cache[id] { return known }
            let texts = QuestionTexts(scenario: reader.scenario(id), language: language)
            cache[id] = texts
            return texts
        }.build(all)
    }

    private func compare(_ path: String, _ other: String?, _ question: String?, on browser: inout HistoryBrowser) {
        do throws(UserError) {
            let first = try reader.load(path)
            guard let otherPath = other ?? counterpart(of: first, question: question) else {
                browser.show(message: browser.strings.noComparison)
                return
            }
            let second = try reader.load(otherPath)
            let a = CompareSide(label: HistoryRows.date(first.entries.first?.time ?? 0), path: path,
                                digest: SessionDigest(entries: first.entries))
            let b = CompareSide(label: HistoryRows.date(second.entries.first?.time ?? 0), path: otherPath,
                                digest: SessionDigest(entries: second.entries))
            let state = CompareState(a, b, texts: first.texts(browser.strings.language), focus: question)
            guard !state.questions.isEmpty else {
                browser.show(message: browser.strings.noComparison)
                return
            }
            browser.showCompare(state)
        } catch {
            browser.show(message: error.message)
        }
    }

    /// The other session to compare with: the latest earlier one that answered `question` (or any of
    /// the session's questions), else the earliest later one.
    func counterpart(of session: LoadedSession, question: String?) -> String? {
        let sessions = detailedSessions()
        let answered = Set(SessionDigest(entries: session.entries).attempts.filter { $0.answer != nil }.map(\.asked.questionID))
        let wanted = question.map { Set([$0]) } ?? answered
        let start = session.entries.first?.time ?? 0
        let candidates = sessions.filter { summary in
            store.path(of: summary.name) != session.path && summary.name != session.name
                && summary.questions.contains { $0.kind != nil && wanted.contains($0.questionID) }
        }
        let earlier = candidates.filter { $0.startedAt <= start }.max { $0.startedAt < $1.startedAt }
        let later = candidates.filter { $0.startedAt > start }.min { $0.startedAt < $1.startedAt }
        return (earlier ?? later).map { store.path(of: $0.name) }
    }
}
