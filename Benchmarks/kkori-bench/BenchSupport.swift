import Foundation
import KkoriPlatform

/// Runs `body` `repeats` times and returns the median seconds per run (the machine is shared and
/// noisy: the median of several runs is steadier than one).
func medianSeconds(repeats: Int = 9, _ body: () -> Void) -> Double {
    var times: [Double] = []
    for _ in 0..<repeats {
        let start = Platform.monotonic()
        body()
        times.append(Platform.monotonic() - start)
    }
    times.sort()
    return times[times.count / 2]
}

/// `12.3 ms`, `45.6 µs` …
func formatDuration(_ seconds: Double) -> String {
    switch seconds {
    case 1...: String(format: "%.2f s", seconds)
    case 1e-3...: String(format: "%.2f ms", seconds * 1e3)
    default: String(format: "%.1f µs", seconds * 1e6)
    }
}

/// Keeps the optimiser from removing work whose result is unused.
@inline(never)
func consume<T>(_ value: T) {
    withExtendedLifetime(value) {}
}
