import Foundation
import KkoriScenario
@testable import KkoriCoding

/// Task files for the tests: the bundled ones from disk, and small ones written inline.
enum Fixture {
    /// The bundled scenario's task files.
    static func bundledFiles() throws -> [SourceFile] {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Scenarios/ml-engineer/tasks")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".yaml") }
        return try names.sorted().map { name in
            SourceFile(path: "tasks/" + name, bytes: [UInt8](try Data(contentsOf: folder.appendingPathComponent(name))))
        }
    }

    /// A valid softmax task whose parts can be replaced to make it invalid.
    static func softmaxTask(id: String = "tiny-softmax", reference: String = "softmax",
                            signature: String = "softmax(x, axis=-1)", extra: String = "",
                            cases: String = defaultCases) -> String {
        """
        id: \(id)
        title: {ko: 소프트맥스, en: Softmax}
        reference: \(reference)
        signature: \(signature)
        statement: {ko: 구현하세요, en: Implement it}
        starter: |
          import numpy as np
          def softmax(x, axis=-1):
              raise NotImplementedError
        \(extra)
        cases:
        \(cases)
        """
    }

    static let defaultCases = """
          visible:
            - {name: a, seed: 1, x: [2, 3]}
          hidden:
            - {name: b, seed: 2, x: [3, 4], axis: 0}
        """

    static func catalog(_ texts: String...) -> TaskCatalog {
        TaskCatalog.load(texts.enumerated().map { SourceFile(path: "tasks/t\($0.offset).yaml", text: $0.element) })
    }
}
