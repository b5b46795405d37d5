import KkoriKernel
import KkoriScenario
import Testing
@testable import KkoriCoding

@Suite("Case inputs are generated from seeds")
struct GenerationTests {
    static func catalog() throws -> TaskCatalog { TaskCatalog.load(try Fixture.bundledFiles()) }

    @Test("the same case always gives the same inputs; another seed gives others")
    func deterministic() throws {
        let task = try #require(try Self.catalog().task("conv2d"))
        let spec = try #require(task.hiddenCases.first)
        #expect(task.reference.generate(spec) == task.reference.generate(spec))
        var other = spec
        other.seed += 1
        #expect(task.reference.generate(spec) != task.reference.generate(other))
    }

    @Test("every bundled case generates inputs of the declared shapes and an expected output of the right shape")
    func shapesAgree() throws {
        for task in try Self.catalog().tasks {
            for spec in task.cases(visibleOnly: false) {
                let inputs = task.reference.generate(spec)
                let declared = task.reference.inputShapes(spec)
                for item in inputs.items {
                    guard case .tensor(let t) = item.value else { continue }
                    #expect(declared.contains { $0.name == item.name && $0.shape == t.shape }, "\(task.id)/\(spec.name)")
                }
                let expected = task.reference.expected(inputs)
                #expect(expected.count == task.reference.outputNames.count)
                #expect(expected.allSatisfy { $0.data.allSatisfy(\.isFinite) }, "\(task.id)/\(spec.name)")
            }
        }
    }

    @Test("optional arguments are passed by keyword only when the case sets them")
    func keywords() throws {
        let task = try #require(try Self.catalog().task("softmax"))
        let plain = task.reference.generate(try #require(task.visibleCases.first { $0.integers["axis"] == nil }))
        #expect(plain.items.map(\.name) == ["x"])
        let withAxis = task.reference.generate(try #require(task.visibleCases.first { $0.integers["axis"] != nil }))
        #expect(withAxis.items.map(\.name) == ["x", "axis"] && withAxis.items[1].byKeyword)
    }

    @Test("random masks leave every row at least one key; causal masks hide the future")
    func masks() {
        var rng = SeededRandom(seed: 3)
        let sparse = Reference.drawMask(MaskSpec(shape: [4, 6, 5], keep: 0.05), &rng)
        for row in 0..<(4 * 6) { #expect(sparse.data[(row * 5)..<(row * 5 + 5)].contains(true)) }
        let causal = Reference.drawMask(MaskSpec(shape: [3, 3], causal: true), &rng)
        #expect(causal.data == [true, false, false, true, true, false, true, true, true])
        let wide = Reference.drawMask(MaskSpec(shape: [2, 4], causal: true), &rng)
        #expect(wide.data == [true, true, true, false, true, true, true, true])
    }

    @Test("softmax expectations sum to one and cross-entropy is a scalar")
    func expectations() throws {
        let catalog = try Self.catalog()
        let softmax = try #require(catalog.task("softmax"))
        let spec = try #require(softmax.hiddenCases.first { $0.offset >= 1e4 })
        let out = try #require(softmax.reference.expected(softmax.reference.generate(spec)).first)
        let columns = out.shape.last ?? 1
        for row in 0..<(out.count / columns) {
            let sum = out.data[(row * columns)..<((row + 1) * columns)].reduce(0, +)
            #expect(abs(sum - 1) < 1e-5)
        }
        let ce = try #require(catalog.task("cross-entropy"))
        let loss = ce.reference.expected(ce.reference.generate(try #require(ce.visibleCases.first)))
        #expect(loss.first?.shape == [] && (loss.first?.data.first ?? -1) > 0)
    }
}
