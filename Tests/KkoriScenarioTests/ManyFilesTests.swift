import Testing
@testable import KkoriScenario

/// Question files are read side by side and merged in path order; the result must be the one of
/// reading them one after another.
@Suite("Scenarios spread over many question files")
struct ManyFilesTests {
    /// A question file `name` with two roots; the second root's follow-up jumps to `jumpTo`.
    static func file(_ name: String, jumpTo: String, synonym: String) -> SourceFile {
        let yaml = """
        synonyms:
          - [\(synonym), \(synonym)-too]
        questions:
        \(Fixture.question(id: "\(name)-a").split(separator: "\n").dropFirst().joined(separator: "\n"))
        \(Fixture.question(id: "\(name)-b", followUps: "    follow_ups:\n      - {when: default, goto: \(jumpTo)}")
            .split(separator: "\n").dropFirst().joined(separator: "\n"))
        """
        return SourceFile(path: "questions/\(name).yaml", text: yaml)
    }

    static let names = (0..<12).map { "f\(String($0, radix: 16))" }

    static func files(shuffledBy seed: UInt64) -> [SourceFile] {
        var rng = SplitMix(seed: seed)
        var files = names.enumerated().map { index, name in
            file(name, jumpTo: "\(names[(index + 1) % names.count])-a", synonym: "word\(index)")
        }
        for i in files.indices.reversed() { files.swapAt(i, Int(rng.next() % UInt64(i + 1))) }
        return [SourceFile(path: "scenario.yaml", text: Fixture.manifest)] + files
    }

    @Test("roots, synonyms and jumps come out in file order, whatever order the files arrive in")
    func order() throws {
        let first = try ScenarioLoader.load(files: Self.files(shuffledBy: 1))
        let second = try ScenarioLoader.load(files: Self.files(shuffledBy: 2))
        #expect(first == second)
        #expect(first.roots[.technical] == Self.names.flatMap { ["\($0)-a", "\($0)-b"] })
        #expect(first.synonyms.map { $0.first ?? "" } == (0..<12).map { "word\($0)" })
        #expect(first.questions["f3-b"]?.followUps.map(\.target) == ["f4-a"])
        #expect(first.questions.count == 24)
    }

    @Test("an id defined in three files is reported twice, each time pointing at the first file")
    func duplicatesAcrossFiles() {
        let copy = Fixture.question(id: "shared")
        let files = [SourceFile(path: "scenario.yaml", text: Fixture.manifest),
                     SourceFile(path: "questions/c.yaml", text: copy),
                     SourceFile(path: "questions/a.yaml", text: copy),
                     SourceFile(path: "questions/b.yaml", text: copy)]
        let problems = Fixture.problems(files)
        #expect(problems.map(\.file) == ["questions/b.yaml", "questions/c.yaml"])
        #expect(problems.allSatisfy { $0.message.contains("duplicate id 'shared' (first defined at questions/a.yaml:2)") })
    }

    @Test("problems in every file are all reported, syntax errors among them")
    func problemsEverywhere() {
        var files = Self.files(shuffledBy: 3)
        files[2].bytes = Array("questions: [unclosed\n".utf8)
        files[5].bytes = Array(String(decoding: files[5].bytes, as: UTF8.self)
            .replacingOccurrences(of: "weight: 2", with: "weight: -2").utf8)
        let problems = Fixture.problems(files)
        #expect(problems.contains { $0.file == files[2].path && $0.message.contains("YAML syntax error") })
        #expect(problems.contains { $0.file == files[5].path && $0.message.contains("weight '-2'") })
    }
}
