import Foundation
import Testing
@testable import KkoriScenario

/// The fast reader must give exactly libyaml's tree (positions included) or step aside.
@Suite("The fast YAML reader agrees with libyaml")
struct FastYAMLTests {
    static let scenarioFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Scenarios/ml-engineer")

    /// How one input went: the fast reader read it as libyaml did, stepped aside (from a file libyaml
    /// reads, or one it refuses), or disagreed with libyaml.
    enum Verdict: Equatable {
        case same, unsupported, refused
        case different(String)
    }

    static func compare(_ bytes: [UInt8], limits: YAMLLimits = YAMLLimits()) -> Verdict {
        let fast = FastYAML.parse(bytes, limits: limits)
        switch (fast, EventComposer.compose(bytes, limits: limits)) {
        case (.unsupported, .success): return .unsupported
        case (.unsupported, .failure): return .refused
        case (.parsed(let node), .success(let expected)):
            return node == expected ? .same : .different("fast \(String(describing: node))\nlibyaml \(String(describing: expected))")
        case (.parsed(let node), .failure(let problem)):
            return .different("libyaml refuses it (\(problem.message)) but the fast reader read \(String(describing: node))")
        }
    }

    /// Counts of verdicts, to check that the comparison was not vacuous.
    struct Tally {
        var same = 0, readable = 0

        mutating func add(_ verdict: Verdict, input: [UInt8]) {
            if case .different(let why) = verdict {
                Issue.record("input:\n\(String(decoding: input, as: UTF8.self))\n\(why)")
            }
            same += verdict == .same ? 1 : 0
            readable += verdict == .same || verdict == .unsupported ? 1 : 0
        }

        /// Most inputs libyaml reads must be read by the fast reader too, or the test proves little.
        func check(_ comment: Comment) {
            #expect(readable > 100 && same * 10 >= readable * 8, comment)
        }
    }

    static func bundledFiles() throws -> [(String, [UInt8])] {
        let walker = FileManager.default.enumerator(atPath: scenarioFolder.path)
        var files: [(String, [UInt8])] = []
        while let relative = walker?.nextObject() as? String {
            guard relative.hasSuffix(".yaml") else { continue }
            files.append((relative, Array(try Data(contentsOf: scenarioFolder.appendingPathComponent(relative)))))
        }
        return files.sorted { $0.0 < $1.0 }
    }

    @Test("every bundled scenario file is read by the fast reader, with libyaml's exact tree")
    func bundledScenario() throws {
        let files = try Self.bundledFiles()
        #expect(files.count > 10)
        for (path, bytes) in files where !ScenarioLoader.isTaskFile(path) {
            #expect(Self.compare(bytes) == .same, "\(path)")
        }
        for (path, bytes) in files where ScenarioLoader.isTaskFile(path) {
            let verdict = Self.compare(bytes)
            #expect(verdict == .same || verdict == .unsupported, "\(path)")
        }
    }

    @Test("every slice and mutation of the bundled files is read identically or left to libyaml")
    func bundledMutations() throws {
        var sampler = YAMLSampler(seed: 7)
        var tally = Tally()
        for (_, bytes) in try Self.bundledFiles() {
            let lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false)
            for _ in 0..<60 {
                let from = sampler.pick(lines.count), length = 1 + sampler.pick(40)
                let slice = Array(lines[from..<min(lines.count, from + length)].joined(separator: [0x0A]))
                for input in [slice, sampler.mutate(slice)] {
                    tally.add(Self.compare(input), input: input)
                }
            }
        }
        tally.check("read \(tally.same) of \(tally.readable) slices libyaml reads")
    }

    @Test("random documents and their mutations are read identically or left to libyaml")
    func generated() {
        var sampler = YAMLSampler(seed: 2024)
        var tally = Tally()
        for _ in 0..<4000 {
            let document = Array(sampler.document().utf8)
            for input in [document, sampler.mutate(document), sampler.mutate(document)] {
                tally.add(Self.compare(input), input: input)
            }
        }
        tally.check("read \(tally.same) of \(tally.readable) documents libyaml reads")
    }

    @Test("random fragment soups are read identically or left to libyaml")
    func soups() {
        var sampler = YAMLSampler(seed: 99)
        var tally = Tally()
        for _ in 0..<30000 {
            let input = Array(sampler.soup().utf8)
            tally.add(Self.compare(input), input: input)
        }
        tally.check("read \(tally.same) of \(tally.readable) soups libyaml reads")
    }

    @Test("hand-picked corners: folding, escapes, chomping, empty values, marks")
    func corners() {
        let cases = [
            "a: 1\nb:\nc: 3\n", "a:\n", "a:", "- \n- b\n-", "a:\n- x\n-\nb: 2\n", "k: v # c\n  # c2\n",
            "a: one\n  two\n\n   three\n", "a: 'it''s\n\n  x  y '\n", "a: \"x\\\n   y\\n\\tz \\u00e9\\U0001F600\"\n",
            "a: |\n  x\n   y\n\n  z\n\n\nb: >-\n  p\n  q\n\n   r\n  s\n", "a: |+\n  x\n\n", "a: >2\n    x\n   y\n",
            "- - a\n  - b\n- c: d\n  e: f\n", "{a: [1, {b: c}], 'd': \"e\"}", "[a,\n  b, # c\n c,]\n",
            "---\na: 1\n...\n", "--- # c\n- x\n", "# only a comment\n", "", "key: [a, b]: c\n", "a: b: c\n",
            "a: &x 1\n", "a: !t 1\n", "? a\n: b\n", "a:\n  b: 1\n c: 2\n", "a: 1\na: 2\n", "\"multi\n line\": 1\n",
            "a:\tb\n", "a: b\r\n", "키: 값\n값: [과적합, \"오버피팅\"]\n", "- |\n  x\n- >\n  y\n", "a: |\n", "a: >\n\n",
            "a:\n  |\n  text\n", "x\n", "  a: 1\n  b: 2\n", "a: 1\n  # c\nb: 2\n", "a: \"\"\nb: ''\nc: ~\nd: null\n",
            "[\n]\n", "{}\n", "a: {b: }\n", "a: [b, , c]\n", "- a\n b\n", "a: b\n...\nc: d\n", "a: 1\n---\nb: 2\n",
            "      a: 'x\n   y' b: c\n", "    - 'x\ny'  - z\n", "   a: \"x\n\" b:\n", "  a: [x,\n ] c: d\n",
        ]
        var tally = Tally()
        for text in cases {
            tally.add(Self.compare(Array(text.utf8)), input: Array(text.utf8))
        }
        #expect(tally.same >= 30, "read \(tally.same) of \(tally.readable)")
    }

    @Test("limits send the file to libyaml, which reports them")
    func limits() {
        var limits = YAMLLimits()
        limits.maxDepth = 3
        #expect(Self.compare(Array("a: [[[1]]]\n".utf8), limits: limits) == .refused)
        #expect(Self.compare(Array("a: [[1]]\n".utf8), limits: limits) == .same)
        limits.maxNodes = 4
        #expect(Self.compare(Array("a: [1, 2, 3]\n".utf8), limits: limits) == .refused)
    }
}
