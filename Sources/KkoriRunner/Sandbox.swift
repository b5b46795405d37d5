import Foundation
import KkoriPlatform

/// How a solution's process is isolated.
public enum Sandbox: Sendable, Hashable {
    /// Run through `unshare` with private process, network and mount namespaces: killing the first
    /// process ends everything the solution started, nothing can reach the network, and kkori's own
    /// folders are hidden.
    case namespaces(unshare: String, flags: [String])
    /// Namespaces are not available: a new session, resource limits, a parent-death watch and the
    /// system-call filter only.
    case limitsOnly(reason: String)

    /// Whether namespaces are used.
    public var isolated: Bool {
        if case .namespaces = self { return true }
        return false
    }

    /// A warning to show when isolation is weaker than intended, or nil.
    public var warning: String? {
        guard case .limitsOnly(let reason) = self else { return nil }
        return "solutions run without process, network and folder isolation (\(reason)); "
            + "limits, a new session and a system-call filter still apply"
    }

    /// Tries `unshare` with the namespaces kkori wants (adding a user namespace when not root).
    static func probe(python: String, environment: [String: String]) -> Sandbox {
        let folders = (environment["PATH"] ?? "").split(separator: ":").map(String.init)
            + ["/usr/bin", "/bin", "/usr/sbin", "/sbin"]
        guard let unshare = folders.map({ $0 + "/unshare" }).first(where: FileManager.default.isExecutableFile) else {
            return .limitsOnly(reason: "unshare was not found; install util-linux")
        }
        var flags = ["--pid", "--fork", "--kill-child", "--net", "--mount"]
        if getuid() != 0 { flags = ["--user", "--map-root-user"] + flags }
        do {
            let child = try Spawner.spawn(unshare, arguments: flags + ["--", python, "-S", "-c", "pass"],
                                          environment: ["PATH": "/usr/bin:/bin"], directory: nil)
            let exit = ChildSupervisor.supervise(child, limits: ChildLimits(wallSeconds: 20, outputBytes: 1 << 16),
                                                 namespaced: true, started: Platform.monotonic())
            guard exit.termination == .exited(0) else {
                let said = String(decoding: exit.output, as: UTF8.self).split(whereSeparator: \.isNewline).last
                return .limitsOnly(reason: "unshare is not permitted here" + (said.map { ": \($0)" } ?? ""))
            }
        } catch {
            return .limitsOnly(reason: "unshare could not start: \(error)")
        }
        return .namespaces(unshare: unshare, flags: flags)
    }
}
