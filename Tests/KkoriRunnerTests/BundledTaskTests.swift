import Foundation
import KkoriCoding
import KkoriScenario
import Testing
@testable import KkoriRunner

/// Every bundled task end to end: a correct numpy solution passes every case, the starter does not.
@Suite("The bundled tasks grade real solutions", .enabled(if: RunnerFixture.available, RunnerFixture.skipNote))
struct BundledTaskTests {
    static let catalog: TaskCatalog = {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Scenarios/ml-engineer/tasks")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        let files = names.filter { $0.hasSuffix(".yaml") }.sorted().compactMap { name -> SourceFile? in
            guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(name).path) else { return nil }
            return SourceFile(path: "tasks/" + name, bytes: [UInt8](data))
        }
        return TaskCatalog.load(files)
    }()

    static let ids = catalog.ids

    @Test("a correct solution is accepted on every case", arguments: ids)
    func correctSolution(id: String) throws {
        let task = try #require(Self.catalog.task(id))
        let run = try GradedRun.grade(Solutions.numpy, task: task, visibleOnly: false, seconds: 60)
        let failed = run.result.cases.filter { !$0.verdict.isAccepted }.map { "\($0.name): \($0.verdict) \($0.detail ?? "")" }
        #expect(failed.isEmpty, "\(failed)")
        #expect(run.result.total == task.visibleCases.count + task.hiddenCases.count)
        run.expectClean()
    }

    @Test("the starter file runs and raises NotImplementedError", arguments: ids)
    func starter(id: String) throws {
        let task = try #require(Self.catalog.task(id))
        let run = try GradedRun.grade(task.starter, task: task, visibleOnly: true, seconds: 60)
        #expect(run.result.verdict == .exception)
        #expect(run.first.detail?.contains("NotImplementedError") == true)
        run.expectClean()
    }
}

/// Common mistakes that the hidden edge cases are there to catch.
@Suite("The edge cases catch common mistakes", .enabled(if: RunnerFixture.available, RunnerFixture.skipNote))
struct MistakeTests {
    struct Mistake: Sendable, CustomStringConvertible {
        var task: String
        var source: String
        var verdict: Verdict
        var description: String { task }
    }

    static let mistakes: [Mistake] = [
        Mistake(task: "softmax", source: """
            import numpy as np
            def softmax(x, axis=-1):
                e = np.exp(x)
                return e / e.sum(axis=axis, keepdims=True)
            """, verdict: .invalidOutput),
        Mistake(task: "cross-entropy", source: """
            import numpy as np
            def cross_entropy(logits, labels):
                p = np.exp(logits) / np.exp(logits).sum(axis=1, keepdims=True)
                return -np.log(p[np.arange(len(labels)), labels]).mean()
            """, verdict: .invalidOutput),
        Mistake(task: "layer-norm", source: """
            import numpy as np
            def layer_norm(x, gamma, beta, eps=1e-5):
                return (x - x.mean(-1, keepdims=True)) / (x.std(-1, keepdims=True) + eps) * gamma + beta
            """, verdict: .wrongAnswer),
        Mistake(task: "max-pool2d", source: """
            import numpy as np
            def max_pool2d(x, kernel=2, stride=2):
                n, c, h, w = x.shape
                return x.reshape(n, c, h // kernel, kernel, w // kernel, kernel).max(axis=(3, 5))
            """, verdict: .exception),
        Mistake(task: "attention", source: """
            import numpy as np
            def scaled_dot_product_attention(q, k, v, mask=None):
                s = q @ np.swapaxes(k, -1, -2) / np.sqrt(q.shape[-1])
                e = np.exp(s - s.max(-1, keepdims=True))
                return e / e.sum(-1, keepdims=True) @ v
            """, verdict: .wrongAnswer),
        Mistake(task: "positional-encoding", source: """
            import numpy as np
            def positional_encoding(seq_len, d_model):
                pe = np.zeros((seq_len, d_model))
                pos = np.arange(seq_len)[:, None]
                div = np.power(10000.0, np.arange(0, d_model, 2) / d_model)
                pe[:, 0::2] = np.sin(pos / div)
                pe[:, 1::2] = np.cos(pos / div)
                return pe
            """, verdict: .exception),
    ]

    @Test("a solution that passes the visible cases fails a hidden one", arguments: mistakes)
    func mistake(_ mistake: Mistake) throws {
        let task = try #require(BundledTaskTests.catalog.task(mistake.task))
        let visible = try GradedRun.grade(mistake.source, task: task, visibleOnly: true, seconds: 60)
        #expect(visible.result.verdict == .accepted, "\(visible.result.cases)")
        visible.expectClean()
        let all = try GradedRun.grade(mistake.source, task: task, visibleOnly: false, seconds: 60)
        #expect(all.result.verdict == mistake.verdict, "\(all.result.cases.map { "\($0.name) \($0.verdict)" })")
        #expect(all.result.cases.filter { $0.visible && !$0.verdict.isAccepted }.isEmpty)
        all.expectClean()
    }
}
