import Foundation
import KkoriKernel
import Testing

@Suite("seeded random inputs")
struct RandomTests {
    @Test("the same seed gives the same values and other seeds differ")
    func reproducible() {
        var a = SeededRandom(seed: 7), b = SeededRandom(seed: 7), c = SeededRandom(seed: 8)
        let first = a.normal(shape: [100])
        #expect(first == b.normal(shape: [100]))
        #expect(first != c.normal(shape: [100]))
        #expect((0..<10).map { _ in a.next() } == (0..<10).map { _ in b.next() })
    }

    @Test("normal draws have the requested mean and spread")
    func normalMoments() {
        var random = SeededRandom(seed: 1)
        let x = random.normal(shape: [40000], mean: 3, std: 2).data.map(Double.init)
        let mean = x.reduce(0, +) / Double(x.count)
        let variance = x.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(x.count)
        #expect(abs(mean - 3) < 0.05)
        #expect(abs(variance.squareRoot() - 2) < 0.05)
        let within = x.filter { abs($0 - 3) < 2 }.count
        #expect(abs(Double(within) / Double(x.count) - 0.6827) < 0.01, "one-sigma mass of a normal")
    }

    @Test("uniform, integer and boolean draws stay in range and cover it")
    func ranges() {
        var random = SeededRandom(seed: 2)
        let u = random.uniform(shape: [10000], low: -2, high: 5).data
        #expect(u.allSatisfy { $0 >= -2 && $0 < 5 })
        #expect(u.min()! < -1.99 && u.max()! > 4.99)
        var seen = Set<Int>()
        for _ in 0..<2000 {
            let v = random.int(below: 7)
            #expect((0..<7).contains(v))
            seen.insert(v)
        }
        #expect(seen.count == 7)
        let mask = random.bools(shape: [100, 100], probability: 0.3)
        #expect(abs(Double(mask.data.filter { $0 }.count) / 10000 - 0.3) < 0.02)
    }

    @Test("seed zero works and draws are not stuck")
    func seedZero() {
        var random = SeededRandom(seed: 0)
        let values = (0..<100).map { _ in random.next() }
        #expect(Set(values).count == 100)
    }
}
