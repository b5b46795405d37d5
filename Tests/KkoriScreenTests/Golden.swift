import Foundation
import Testing
@testable import KkoriScreen

/// Golden snapshots: a frame is compared with `Golden/<name>.txt`; `KKORI_RECORD=1` rewrites the files.
enum Golden {
    /// The snapshots of the app's screens, and those of the history screens.
    static let screens = here.appendingPathComponent("Golden")
    static let history = here.appendingPathComponent("HistoryGolden")
    private static let here = URL(fileURLWithPath: #filePath).deletingLastPathComponent()

    /// Why `buffer` differs from `<folder>/<name>.txt` (its first differing line), or nil when it is the
    /// same; with `KKORI_RECORD=1` the file is rewritten instead and nil returned.
    static func mismatch(_ buffer: ScreenBuffer, _ name: String, in folder: URL = screens) -> String? {
        let url = folder.appendingPathComponent(name + ".txt")
        let actual = buffer.snapshot
        if ProcessInfo.processInfo.environment["KKORI_RECORD"] == "1" {
            try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try? actual.write(to: url, atomically: true, encoding: .utf8)
            return nil
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            return "missing golden file \(name).txt; run with KKORI_RECORD=1 to create it"
        }
        guard expected != actual else { return nil }
        return "\(name) differs from its golden file (KKORI_RECORD=1 re-records):\n" + firstDifference(expected, actual)
    }

    /// The first differing line of two snapshots, both versions.
    static func firstDifference(_ expected: String, _ actual: String) -> String {
        let a = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let b = actual.split(separator: "\n", omittingEmptySubsequences: false)
        for index in 0..<max(a.count, b.count) {
            let left = index < a.count ? String(a[index]) : "<none>"
            let right = index < b.count ? String(b[index]) : "<none>"
            if left != right { return "line \(index + 1)\n- \(left)\n+ \(right)" }
        }
        return "(same lines, different ending)"
    }
}
