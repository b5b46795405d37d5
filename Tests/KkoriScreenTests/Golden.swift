import Foundation
import Testing
@testable import KkoriScreen

/// Golden snapshots: a frame is compared with `Golden/<name>.txt`; `KKORI_RECORD=1` rewrites the files.
enum Golden {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    static func check(_ buffer: ScreenBuffer, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let url = folder.appendingPathComponent(name + ".txt")
        let actual = buffer.snapshot
        if ProcessInfo.processInfo.environment["KKORI_RECORD"] == "1" {
            try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try? actual.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record("missing golden file \(name).txt; run with KKORI_RECORD=1 to create it",
                         sourceLocation: sourceLocation)
            return
        }
        if expected != actual {
            let diff = firstDifference(expected, actual)
            Issue.record("\(name) differs from its golden file (KKORI_RECORD=1 re-records):\n\(diff)",
                         sourceLocation: sourceLocation)
        }
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
