import Testing
@testable import KkoriText

/// `oneEditApart` against a plain reference over every short string of a small alphabet.
struct TyposTests {
    /// Every string of length 0...4 over {a, b, c}.
    static let words: [[UInt32]] = {
        var all: [[UInt32]] = [[]]
        var layer: [[UInt32]] = [[]]
        for _ in 1...4 {
            layer = layer.flatMap { word in [97, 98, 99].map { word + [UInt32($0)] } }
            all += layer
        }
        return all
    }()

    static func isTransposition(_ a: [UInt32], _ b: [UInt32]) -> Bool {
        guard a.count == b.count, a != b else { return false }
        let differ = a.indices.filter { a[$0] != b[$0] }
        return differ.count == 2 && differ[1] == differ[0] + 1 && a[differ[0]] == b[differ[1]] && a[differ[1]] == b[differ[0]]
    }

    @Test func matchesTheReferenceOnEveryShortPair() {
        for a in Self.words {
            for b in Self.words {
                let expected = Typos.distance(a, b) == 1 || Self.isTransposition(a, b)
                #expect(Typos.oneEditApart(a[...], b[...]) == expected, "\(a) \(b)")
            }
        }
    }

    @Test func jamoMakeHangulTyposOneEdit() {
        let entropy = Hangul.jamo("엔트로피".unicodeScalars.map(\.value))
        let typo = Hangul.jamo("엔트로프".unicodeScalars.map(\.value))
        #expect(Typos.oneEditApart(entropy[...], typo[...]))
        #expect(Typos.distance(Hangul.jamo("분산".unicodeScalars.map(\.value)), Hangul.jamo("분석".unicodeScalars.map(\.value))) == 2)
    }

    @Test func hangulComposesAndDecomposes() {
        for value in [UInt32(0xAC00), 0xD7A3, 0xD55C, 0xAE00] {
            let jamo = Hangul.jamo([value])
            let composed = Hangul.compose(lead: jamo[0], vowel: jamo[1], trail: jamo.count > 2 ? jamo[2] : nil)
            #expect(composed == value)
        }
        #expect(Hangul.hasTrail(0xD55C))      // 한
        #expect(!Hangul.hasTrail(0xAC00))     // 가
    }
}
