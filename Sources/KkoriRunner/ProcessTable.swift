import Foundation

/// Reads the kernel's process table (`/proc`) to find a process's children.
enum ProcessTable {
    /// Pids whose parent is `pid` (empty where `/proc` is unavailable).
    static func children(of pid: Int32) -> [Int32] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: "/proc") else { return [] }
        return names.compactMap(Int32.init).filter { parent(of: $0) == pid }
    }

    /// The parent pid from `/proc/PID/stat` (the field after the parenthesised command name).
    static func parent(of pid: Int32) -> Int32? {
        guard let data = FileManager.default.contents(atPath: "/proc/\(pid)/stat"),
              let text = String(data: data, encoding: .utf8),
              let close = text.lastIndex(of: ")") else { return nil }
        let fields = text[text.index(after: close)...].split(separator: " ")
        return fields.count > 1 ? Int32(fields[1]) : nil
    }
}
