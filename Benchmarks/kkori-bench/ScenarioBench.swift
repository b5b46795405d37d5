import Glibc
import KkoriApp
import KkoriPlatform
import KkoriScenario
import KkoriStore

/// Prints how long reading, loading and validating the bundled scenario takes, as wall time and as
/// CPU time (the sum over both cores; on a busy machine the wall time mostly measures the wait).
func scenarioBench(_ args: [String]) {
    do {
        let folder = try ScenarioFolder.locate(args.first)
        var files: [SourceFile] = []
        let read = medianWallAndCPU { files = (try? ScenarioFolder.read(folder)) ?? [] }
        // Every result is kept until the timing ends: freeing one scenario is not part of loading the next.
        var loaded: [Scenario] = []
        let load = medianWallAndCPU { if let scenario = try? ScenarioLoader.load(files: files) { loaded.append(scenario) } }
        guard let scenario = loaded.last else {
            print("scenario failed to load; run `kkori scenarios validate \(folder)`")
            return
        }
        let stats = ScenarioStats(scenario)
        let bytes = files.reduce(0) { $0 + $1.bytes.count }
        print("bundled scenario: \(files.count) files, \(bytes / 1024) KiB, \(stats.rootsPerRound.values.reduce(0, +)) roots, \(stats.totalNodes) nodes")
        for (round, count) in stats.rootsPerRound.sorted(by: { $0.key < $1.key }) {
            print("  \(round): \(count) roots, \(stats.nodesPerRound[round] ?? 0) nodes")
        }
        print("read files:         \(formatDuration(read.wall))  (CPU \(formatDuration(read.cpu)))")
        print("parse + validate:   \(formatDuration(load.wall))  (CPU \(formatDuration(load.cpu)), both cores)")
        print("total (budget 50 ms): \(formatDuration(read.wall + load.wall))  (CPU \(formatDuration(read.cpu + load.cpu)))")
    } catch {
        print("scenario bench: \(error)")
    }
}

/// Median wall and CPU seconds of `repeats` runs of `body` (each median taken on its own).
private func medianWallAndCPU(repeats: Int = 9, _ body: () -> Void) -> (wall: Double, cpu: Double) {
    var walls: [Double] = []
    var cpus: [Double] = []
    for _ in 0..<repeats {
        let (start, cpuStart) = (Platform.monotonic(), processCPUSeconds())
        body()
        walls.append(Platform.monotonic() - start)
        cpus.append(processCPUSeconds() - cpuStart)
    }
    return (walls.sorted()[repeats / 2], cpus.sorted()[repeats / 2])
}

/// CPU time used by all threads of this process so far.
private func processCPUSeconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) * 1e-9
}
