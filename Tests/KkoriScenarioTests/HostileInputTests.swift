import Testing
@testable import KkoriScenario

@Suite("Hostile and broken scenario files")
struct HostileInputTests {
    @Test("an alias bomb is refused at its first anchor, quickly")
    func aliasBomb() throws {
        var lines = [#"a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]"#]
        for i in 1..<12 {
            lines.append("a\(i): &a\(i) [" + Array(repeating: "*a\(i - 1)", count: 9).joined(separator: ",") + "]")
        }
        lines.append("questions: *a11")
        let problems = Fixture.problems(Fixture.files(lines.joined(separator: "\n")))
        #expect(problems.count == 1)
        #expect(problems.first?.message.contains("anchors and aliases") == true)
        #expect(problems.first?.line == 1)
    }

    @Test("anchors and aliases are refused wherever they appear, keys included")
    func anchorsAnywhere() {
        let cases = [("base: &b {x: 1}\n", 1), ("map:\n  *b : 2\n", 2), ("list:\n  - [1, *x]\n", 2),
                     ("a: {k: &z v}\n", 1)]
        for (yaml, line) in cases {
            let problems = Fixture.problems(Fixture.files(yaml))
            #expect(problems.count == 1 && problems.first?.line == line, "\(yaml): \(problems)")
            #expect(problems.first?.message.contains("not allowed") == true)
        }
    }

    @Test("duplicate keys in one mapping are reported")
    func duplicateKeys() {
        let problems = Fixture.problems(Fixture.files("questions: []\nquestions: []\n"))
        #expect(problems.count == 1 && problems.first?.line == 2)
        #expect(problems.first?.message.contains("duplicate key 'questions'") == true)
    }

    @Test("custom tags are refused")
    func tags() {
        let problems = Fixture.problems(Fixture.files("questions: !!python/object:os.system [ls]\n"))
        #expect(problems.contains { $0.message.contains("tag") })
    }

    @Test("deep nesting is refused")
    func deepNesting() {
        let yaml = "questions: " + String(repeating: "[", count: 200) + String(repeating: "]", count: 200) + "\n"
        let problems = Fixture.problems(Fixture.files(yaml))
        #expect(problems.contains { $0.message.contains("nesting") })
    }

    @Test("an oversize file is refused without parsing")
    func oversize() {
        let big = "# " + String(repeating: "x", count: 1 << 20) + "\n"
        let problems = Fixture.problems(Fixture.files(big))
        #expect(problems.contains { $0.message.contains("over the") && $0.message.contains("limit") })
    }

    @Test("invalid UTF-8 is located")
    func invalidUTF8() throws {
        var bytes = Array("questions:\n  - id: ".utf8)
        bytes += [0xC3, 0x28, 0xFF]
        let problems = Fixture.problems([SourceFile(path: "scenario.yaml", text: Fixture.manifest),
                                         SourceFile(path: "questions/q.yaml", bytes: bytes)])
        let problem = try #require(problems.first)
        #expect(problem.message.contains("not valid UTF-8"))
        #expect(problem.line == 2)
    }

    @Test("every truncation of a valid file loads or reports, never crashes")
    func truncations() {
        let bytes = Array(Fixture.question(followUps: "    follow_ups:\n      - {when: default, goto: q-one}\n").utf8)
        for length in stride(from: 0, to: bytes.count, by: 3) {
            let files = [SourceFile(path: "scenario.yaml", text: Fixture.manifest),
                         SourceFile(path: "questions/q.yaml", bytes: Array(bytes[0..<length]))]
            let problems = Fixture.problems(files)
            for problem in problems { #expect(!problem.message.isEmpty) }
        }
    }

    @Test("random mutations and binary garbage never crash the loader")
    func mutations() {
        var rng = SplitMix(seed: 42)
        let base = Array(Fixture.question().utf8)
        let alphabet = Array(":-[]{}&*!|>\"'#\n ?,%@`\t\u{0}".utf8) + [0xFF, 0xE2, 0x80]
        var failures = 0
        for _ in 0..<400 {
            var bytes = base
            for _ in 0..<Int(rng.next() % 6 + 1) {
                let position = Int(rng.next() % UInt64(bytes.count))
                switch rng.next() % 3 {
                case 0: bytes[position] = alphabet[Int(rng.next() % UInt64(alphabet.count))]
                case 1: bytes.remove(at: position)
                default: bytes.insert(alphabet[Int(rng.next() % UInt64(alphabet.count))], at: position)
                }
            }
            let files = [SourceFile(path: "scenario.yaml", text: Fixture.manifest),
                         SourceFile(path: "questions/q.yaml", bytes: bytes)]
            failures += Fixture.problems(files).isEmpty ? 0 : 1
        }
        for _ in 0..<50 {
            let garbage = (0..<Int(rng.next() % 2000)).map { _ in UInt8(truncatingIfNeeded: rng.next()) }
            let problems = Fixture.problems([SourceFile(path: "scenario.yaml", text: Fixture.manifest),
                                             SourceFile(path: "questions/q.yaml", bytes: garbage)])
            #expect(!problems.isEmpty || garbage.isEmpty)
        }
        #expect(failures > 100, "mutations should mostly be reported, got \(failures)")
    }
}

/// A tiny deterministic generator for the fuzz-style tests.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
