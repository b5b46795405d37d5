import KkoriScenario
import Testing
@testable import KkoriCoding

@Suite("The bundled tasks")
struct BundledTaskTests {
    static let required: [String: String] = [
        "softmax": "softmax(x, axis=-1)",
        "cross-entropy": "cross_entropy(logits, labels)",
        "layer-norm": "layer_norm(x, gamma, beta, eps=1e-5)",
        "conv2d": "conv2d(x, w, b, stride=1, padding=0)",
        "max-pool2d": "max_pool2d(x, kernel=2, stride=2)",
        "conv2d-backward": "conv2d_backward(dout, x, w, stride=1, padding=0)",
        "cnn-forward": "cnn_forward(x, params)",
        "attention": "scaled_dot_product_attention(q, k, v, mask=None)",
        "multi-head-attention": "multi_head_attention(x, params, num_heads, mask=None)",
        "transformer-encoder-block": "encoder_block(x, params, num_heads, mask=None)",
        "positional-encoding": "positional_encoding(seq_len, d_model)",
    ]

    @Test("all eleven required tasks load without a problem, with their fixed signatures")
    func requiredTasks() throws {
        let catalog = TaskCatalog.load(try Fixture.bundledFiles())
        #expect(catalog.diagnostics.isEmpty, "\(catalog.diagnostics)")
        #expect(Set(catalog.ids) == Set(Self.required.keys))
        for task in catalog.tasks {
            #expect(task.signature == Self.required[task.id], "\(task.id)")
            #expect(task.reference.signature == task.signature)
            #expect(task.starter.contains("def \(task.functionName)("))
            #expect(!task.visibleCases.isEmpty && task.hiddenCases.count >= 4, "\(task.id) needs more cases")
            #expect(!task.statement.ko.isEmpty && !task.statement.en.isEmpty)
        }
    }

    @Test("the edge cases the tasks promise are among the hidden cases")
    func edgeCases() throws {
        let catalog = TaskCatalog.load(try Fixture.bundledFiles())
        let conv = try #require(catalog.task("conv2d")).hiddenCases
        #expect(conv.contains { $0.integers["stride"] == 2 })
        #expect(conv.contains { $0.integers["padding"] == 2 })
        #expect(conv.contains { ($0.shapes["x"] ?? [])[2] != ($0.shapes["x"] ?? [])[3] })
        #expect(conv.contains { ($0.shapes["w"] ?? [])[2] != ($0.shapes["w"] ?? [])[3] })
        #expect(conv.contains { ($0.shapes["x"] ?? [])[0] == 1 })
        let attention = try #require(catalog.task("attention")).hiddenCases
        #expect(attention.contains { ($0.shapes["q"] ?? []).dropLast().last != ($0.shapes["k"] ?? []).dropLast().last })
        #expect(attention.contains { $0.mask.map { !$0.causal && $0.keep < 1 } ?? false })
        let softmax = try #require(catalog.task("softmax")).hiddenCases
        #expect(softmax.contains { $0.offset >= 1e4 })
        let encoding = try #require(catalog.task("positional-encoding")).hiddenCases
        #expect(encoding.contains { ($0.integers["d_model"] ?? 0) % 2 == 1 })
    }
}

@Suite("Task files are read strictly")
struct TaskParsingTests {
    @Test("a valid task keeps its cases, defaults and options")
    func valid() throws {
        let catalog = Fixture.catalog(Fixture.softmaxTask(extra: "tolerance: {rtol: 0.001}\nlimits: {case_seconds: 3}"))
        #expect(catalog.diagnostics.isEmpty, "\(catalog.diagnostics)")
        let task = try #require(catalog.task("tiny-softmax"))
        #expect(task.visibleCases.map(\.name) == ["a"])
        #expect(task.hiddenCases.first?.integers["axis"] == 0)
        #expect(task.tolerance == Tolerance(rtol: 0.001, atol: 1e-5))
        #expect(task.limits.seconds == 3)
        #expect(task.cases(visibleOnly: true).count == 1 && task.cases(visibleOnly: false).count == 2)
    }

    @Test("an unknown key is reported at its line with a suggestion")
    func unknownKey() throws {
        let catalog = Fixture.catalog(Fixture.softmaxTask(extra: "minuts: 5"))
        let problem = try #require(catalog.diagnostics.first)
        #expect(problem.file == "tasks/t0.yaml")
        #expect(problem.line == 10 && problem.column == 1)
        #expect(problem.message.contains("did you mean 'minutes'"))
        #expect(catalog.tasks.isEmpty)
    }

    @Test("an unknown reference suggests the closest one")
    func unknownReference() {
        let catalog = Fixture.catalog(Fixture.softmaxTask(reference: "sofmax"))
        #expect(catalog.diagnostics.contains { $0.line == 3 && $0.message.contains("did you mean 'softmax'") })
    }

    @Test("a signature that differs from the reference is refused with the right one")
    func signature() {
        let catalog = Fixture.catalog(Fixture.softmaxTask(signature: "softmax(x, dim=-1)"))
        #expect(catalog.diagnostics.contains { $0.line == 4 && $0.message.contains("write softmax(x, axis=-1)") })
        let spaced = Fixture.catalog(Fixture.softmaxTask(signature: "'def softmax( x , axis = -1 ):'"))
        #expect(spaced.diagnostics.isEmpty, "\(spaced.diagnostics)")
    }

    @Test("sizes that do not fit the reference are reported at the case")
    func sizes() throws {
        let cases = """
              visible:
                - {name: a, seed: 1, x: [2, 3]}
              hidden:
                - {name: bad-axis, seed: 2, x: [3, 4], axis: 2}
            """
        let catalog = Fixture.catalog(Fixture.softmaxTask(cases: cases))
        let problem = try #require(catalog.diagnostics.first)
        #expect(problem.line == 15)
        #expect(problem.message.contains("case 'bad-axis'") && problem.message.contains("axis 2"))
    }

    @Test("conv sizes are checked with the kernel's own rules")
    func convSizes() throws {
        let task = """
            id: c
            title: {ko: c, en: c}
            reference: conv2d
            signature: conv2d(x, w, b, stride=1, padding=0)
            statement: {ko: c, en: c}
            starter: "def conv2d(x, w, b, stride=1, padding=0): pass"
            cases:
              visible: [{name: a, seed: 1, x: [1, 2, 5, 5], w: [3, 3, 3, 3]}]
              hidden: [{name: b, seed: 1, x: [1, 2, 2, 2], w: [3, 2, 3, 3]}]
            """
        let messages = Fixture.catalog(task).diagnostics.map(\.message)
        #expect(messages.contains { $0.contains("case 'a'") && $0.contains("channels differ") })
        #expect(messages.contains { $0.contains("case 'b'") && $0.contains("does not fit") })
    }

    @Test("missing groups, empty groups, duplicate names and bad shapes are all reported")
    func caseProblems() {
        let cases = """
              visible: []
              hidden:
                - {name: a, seed: 1, x: [2, 3]}
                - {name: a, seed: 2, x: [2, 0]}
                - {name: c, seed: -1, x: 5}
            """
        let messages = Fixture.catalog(Fixture.softmaxTask(cases: cases)).diagnostics.map(\.message)
        #expect(messages.contains { $0.contains("'visible' has no cases") })
        #expect(messages.contains { $0.contains("whole number from 1") })
        #expect(messages.contains { $0.contains("out of range") })
        #expect(messages.contains { $0.contains("must be a list") })
    }

    @Test("the same id in two files is reported once, and the first task is kept")
    func duplicateIDs() {
        let catalog = Fixture.catalog(Fixture.softmaxTask(), Fixture.softmaxTask())
        #expect(catalog.ids == ["tiny-softmax"])
        #expect(catalog.diagnostics.count == 1)
        #expect(catalog.diagnostics.first?.message.contains("also used by tasks/t0.yaml") == true)
    }

    @Test("a starter without the function is reported")
    func starter() {
        let text = Fixture.softmaxTask().replacingOccurrences(of: "def softmax(", with: "def soft_max(")
        let catalog = Fixture.catalog(text)
        #expect(catalog.diagnostics.contains { $0.message.contains("starter does not define softmax") })
    }

    @Test("YAML aliases in a task file are refused, not expanded")
    func aliases() {
        let text = Fixture.softmaxTask(extra: "minutes: &m 5\ntolerance: *m")
        let catalog = Fixture.catalog(text)
        #expect(catalog.diagnostics.contains { $0.message.contains("anchors and aliases") })
    }
}
