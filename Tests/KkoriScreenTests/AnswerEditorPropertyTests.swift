import Testing
@testable import KkoriScreen
import KkoriText

/// Long random editing sessions: whatever the keys, the editor's invariants hold and its recorded
/// edits rebuild the text exactly.
struct AnswerEditorPropertyTests {
    static let pieces = ["a", "b", " ", " ", "가", "힣", "中", "😀", "\u{301}", "e", "\n", "👨‍👩‍👧",
                         "\u{1100}\u{1161}", "\u{11A8}", "x y", "한국어 텍스트", "\t"]
    static let motions: [EditorCommand] = [.left, .right, .up, .down, .lineStart, .lineEnd, .wordLeft,
                                           .wordRight, .pageUp, .pageDown, .documentStart, .documentEnd]
    static let edits: [EditorCommand] = [.deleteBackward, .deleteForward, .deleteWordBackward,
                                         .killToLineEnd, .killToLineStart, .newline]

    @Test(arguments: [1, 2, 3, 4, 5, 6, 7, 8])
    func randomSessionsKeepEveryInvariant(seed: UInt64) {
        var random = Generator(seed: seed)
        var editor = AnswerEditor(width: 3 + Int(seed) * 2, height: 1 + Int(seed % 4))
        var replayed = ""
        for step in 0..<600 {
            let command = Self.command(&random)
            if let edit = editor.perform(command, at: Double(step)) { edit.apply(to: &replayed) }
            if step % 97 == 0 { editor.resize(width: 2 + random.below(30), height: 1 + random.below(6)) }
            check(editor, replayed: replayed)
        }
    }

    static func command(_ random: inout Generator) -> EditorCommand {
        switch random.below(10) {
        case 0..<5: .insert(pieces[random.below(pieces.count)])
        case 5..<7: edits[random.below(edits.count)]
        default: motions[random.below(motions.count)]
        }
    }

    func check(_ editor: AnswerEditor, replayed: String) {
        #expect(editor.text.unicodeScalars.elementsEqual(replayed.unicodeScalars))
        let cursor = editor.cursor
        #expect(cursor.paragraph >= 0 && cursor.paragraph < editor.paragraphs.count)
        #expect(cursor.index >= 0 && cursor.index <= editor.paragraphs[cursor.paragraph].characters.count)
        let (row, column) = editor.cursorOnScreen
        #expect(row >= 0 && row < editor.viewHeight)
        #expect(column >= 0 && column < editor.viewWidth)
        #expect(editor.characterCount == editor.paragraphs.reduce(editor.paragraphs.count - 1) { $0 + $1.characters.count })
        for paragraph in editor.paragraphs {
            #expect(paragraph.widths == paragraph.characters.map { UInt8($0.displayWidth) })
            #expect(paragraph.scalarCount == paragraph.characters.reduce(0) { $0 + $1.unicodeScalars.count })
            #expect(paragraph.scalars == paragraph.characters.map { UInt8($0.unicodeScalars.count) })
            #expect(paragraph.spaces == paragraph.characters.map { $0 == " " })
            #expect(paragraph.rows == WordWrap.rows(paragraph.characters, limit: editor.wrapLimit))
        }
        for line in editor.visibleLines {
            #expect(line.displayWidth <= editor.wrapLimit || line.count == 1, "\(line.unicodeScalars.map(\.value)) \(editor.wrapLimit)")
        }
    }
}

/// SplitMix64, so a failing seed reproduces.
struct Generator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }
}
