import KkoriApp
import KkoriScenario
import KkoriStore

/// Prints how long reading, loading and validating the bundled scenario takes.
func scenarioBench(_ args: [String]) {
    do {
        let folder = try ScenarioFolder.locate(args.first)
        var files: [SourceFile] = []
        let read = medianSeconds { files = (try? ScenarioFolder.read(folder)) ?? [] }
        var scenario: Scenario?
        let load = medianSeconds { scenario = try? ScenarioLoader.load(files: files) }
        guard let scenario else {
            print("scenario failed to load; run `kkori scenarios validate \(folder)`")
            return
        }
        let stats = ScenarioStats(scenario)
        let bytes = files.reduce(0) { $0 + $1.bytes.count }
        print("bundled scenario: \(files.count) files, \(bytes / 1024) KiB, \(stats.rootsPerRound.values.reduce(0, +)) roots, \(stats.totalNodes) nodes")
        for (round, count) in stats.rootsPerRound.sorted(by: { $0.key < $1.key }) {
            print("  \(round): \(count) roots, \(stats.nodesPerRound[round] ?? 0) nodes")
        }
        print("read files:         \(formatDuration(read))")
        print("parse + validate:   \(formatDuration(load))")
        print("total (budget 50 ms): \(formatDuration(read + load))")
    } catch {
        print("scenario bench: \(error)")
    }
}
