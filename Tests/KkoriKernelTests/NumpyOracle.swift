import Foundation
import KkoriKernel
import Testing

/// One op evaluated by the float64 NumPy reference script.
struct OracleCase {
    var op: String
    var arrays: [String: NPYArray]
    var options: [String: Int] = [:]
}

/// Runs `numpy_reference.py` on a batch of cases in one python3 process and returns its float64 outputs.
enum NumpyOracle {
    /// The python3 that has numpy, or nil (the tests then record why they skipped).
    static let python: String? = {
        for candidate in ["/usr/bin/python3", "/usr/local/bin/python3"] + pathCandidates() {
            if FileManager.default.isExecutableFile(atPath: candidate), runs(candidate, ["-c", "import numpy"]) {
                return candidate
            }
        }
        return nil
    }()

    /// Whether the reference tests can run.
    static var available: Bool { python != nil }

    static let unavailable: Comment =
        "python3 with numpy not found: install them (apt-get install python3-numpy) to run the NumPy reference tests"

    static func pathCandidates() -> [String] {
        (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").map { "\($0)/python3" }
    }

    static func runs(_ executable: String, _ arguments: [String]) -> Bool {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }

    /// The reference outputs of each case (`out0`, `out1`, … in order), as doubles with shapes.
    static func evaluate(_ cases: [OracleCase]) throws -> [[NPYArray]] {
        let python = try #require(python, unavailable)
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("kkori-kernel-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        var manifest: [[String: Any]] = []
        for (index, c) in cases.enumerated() {
            let folder = root.appendingPathComponent("c\(index)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            for (name, array) in c.arrays {
                try Data(NPY.encode(array)).write(to: folder.appendingPathComponent("\(name).npy"))
            }
            manifest.append(["op": c.op, "dir": "c\(index)", "options": c.options])
        }
        try JSONSerialization.data(withJSONObject: manifest).write(to: root.appendingPathComponent("manifest.json"))
        let script = root.appendingPathComponent("reference.py")
        try Data(NumpyReference.script.utf8).write(to: script)
        try runScript(python, script.path, root.path)
        return try cases.indices.map { index in
            let folder = root.appendingPathComponent("c\(index)")
            var outputs: [NPYArray] = []
            while let data = FileManager.default.contents(atPath: folder.appendingPathComponent("out\(outputs.count).npy").path) {
                outputs.append(try NPY.decode([UInt8](data)))
            }
            return outputs
        }
    }

    static func runScript(_ python: String, _ script: String, _ root: String) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = [script, root]
        var environment = ProcessInfo.processInfo.environment
        environment["OPENBLAS_NUM_THREADS"] = "1"
        process.environment = environment
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let message = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0,
                     Comment(rawValue: "reference script failed: " + String(decoding: message, as: UTF8.self)))
    }
}

/// Asserts that float32 `actual` matches the float64 reference within rtol 1e-4 / atol 1e-5.
func expectClose(_ actual: Tensor, _ expected: NPYArray, _ label: String,
                 rtol: Double = 1e-4, atol: Double = 1e-5, sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(actual.shape == expected.shape, "\(label): shape \(actual.shape) vs \(expected.shape)",
            sourceLocation: sourceLocation)
    guard actual.shape == expected.shape else { return }
    let reference = expected.doubles
    var worst: (index: Int, excess: Double)?
    for (i, (a, e)) in zip(actual.data, reference).enumerated() {
        let excess = abs(Double(a) - e) - (atol + rtol * abs(e))
        if !(excess <= 0), excess > (worst?.excess ?? -1) || !excess.isFinite { worst = (i, excess.isNaN ? .infinity : excess) }
    }
    if let worst {
        let message = "\(label): element \(worst.index) is \(actual.data[worst.index]), reference "
            + "\(reference[worst.index]) (shape \(actual.shape))"
        Issue.record(Comment(rawValue: message), sourceLocation: sourceLocation)
    }
}
