import Foundation
import KkoriScenario
import Testing
@testable import KkoriScoring

/// Calibration against answers labelled by hand (0 = bluff, confident misconception, blame; 1 =
/// vague, one-liner, honest "don't know"; 2 = partial; 3 = good; 4 = excellent), scored with the
/// bundled scenario. The scorer must rank them as the labels do: Spearman's rho at least 0.8 in each
/// language. The scorer was never tuned answer by answer against this file.
struct CalibrationTests {
    struct Labelled: Decodable {
        let question: String
        let lang: String
        let label: Int
        let kind: String
        let answer: String
    }

    static let here = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    static let root = here.deletingLastPathComponent().deletingLastPathComponent()

    static func bundledScenario() throws -> Scenario {
        let folder = root.appendingPathComponent("Scenarios/ml-engineer")
        let manager = FileManager.default
        var files: [SourceFile] = []
        let walker = manager.enumerator(at: folder, includingPropertiesForKeys: nil)
        while let url = walker?.nextObject() as? URL {
            guard url.pathExtension == "yaml" else { continue }
            let path = String(url.standardizedFileURL.path.dropFirst(folder.standardizedFileURL.path.count + 1))
            files.append(SourceFile(path: path, bytes: Array(try Data(contentsOf: url))))
        }
        return try ScenarioLoader.load(files: files)
    }

    static func labelled() throws -> [Labelled] {
        let text = try String(contentsOf: here.appendingPathComponent("Calibration/answers.jsonl"), encoding: .utf8)
        return try text.split(separator: "\n").map { try JSONDecoder().decode(Labelled.self, from: Data($0.utf8)) }
    }

    @Test func theSetIsBroadEnough() throws {
        let items = try Self.labelled()
        #expect(items.count >= 120)
        #expect(Set(items.map(\.question)).count >= 12)
        for lang in ["ko", "en"] { #expect(items.filter { $0.lang == lang }.count >= 50) }
        #expect(Set(items.map(\.label)) == [0, 1, 2, 3, 4])
        let kinds = Set(items.map(\.kind))
        for kind in ["excellent", "partial", "misconception", "dont-know", "bluff", "vague", "blame"] {
            #expect(kinds.contains(kind), "\(kind)")
        }
    }

    @Test func scoresRankLikeTheLabels() throws {
        let scenario = try Self.bundledScenario()
        let scorer = RubricScorer(scenario: scenario)
        let items = try Self.labelled()
        var scored: [(Labelled, Double)] = []
        for item in items {
            let question = try #require(scenario.questions[item.question], "unknown question \(item.question)")
            let language = Language(rawValue: item.lang) ?? .ko
            scored.append((item, scorer.assess(item.answer, to: question, language: language).score))
        }
        for lang in ["ko", "en", nil] as [String?] {
            let subset = scored.filter { lang == nil || $0.0.lang == lang }
            let rho = Spearman.rho(subset.map { Double($0.0.label) }, subset.map(\.1))
            print("calibration \(lang ?? "all"): n=\(subset.count) spearman=\(String(format: "%.3f", rho))")
            #expect(rho >= 0.8, "Spearman for \(lang ?? "all") is \(rho)")
        }
    }

    @Test func spearmanIsRankCorrelationWithTies() {
        #expect(abs(Spearman.rho([1, 2, 3, 4], [10, 20, 30, 40]) - 1) < 1e-9)
        #expect(abs(Spearman.rho([1, 2, 3, 4], [4, 3, 2, 1]) + 1) < 1e-9)
        #expect(abs(Spearman.rho([1, 1, 2, 2], [1, 1, 2, 2]) - 1) < 1e-9)
        #expect(abs(Spearman.rho([1, 2, 3], [5, 5, 5])) < 1e-9)
    }
}

/// Spearman's rank correlation: Pearson's correlation of the ranks, ties sharing their mean rank.
enum Spearman {
    static func ranks(_ values: [Double]) -> [Double] {
        let order = values.indices.sorted { values[$0] < values[$1] }
        var ranks = [Double](repeating: 0, count: values.count)
        var start = 0
        while start < order.count {
            var end = start
            while end + 1 < order.count && values[order[end + 1]] == values[order[start]] { end += 1 }
            for position in start...end { ranks[order[position]] = Double(start + end) / 2 + 1 }
            start = end + 1
        }
        return ranks
    }

    static func rho(_ a: [Double], _ b: [Double]) -> Double {
        let x = ranks(a), y = ranks(b)
        let n = Double(x.count)
        let meanX = x.reduce(0, +) / n, meanY = y.reduce(0, +) / n
        var covariance = 0.0, varianceX = 0.0, varianceY = 0.0
        for i in x.indices {
            covariance += (x[i] - meanX) * (y[i] - meanY)
            varianceX += (x[i] - meanX) * (x[i] - meanX)
            varianceY += (y[i] - meanY) * (y[i] - meanY)
        }
        guard varianceX > 0, varianceY > 0 else { return 0 }
        return covariance / (varianceX * varianceY).squareRoot()
    }
}
