import Testing
@testable import KkoriScreen
import KkoriText

/// The answer editor's text, cursor and layout, in display columns.
struct AnswerEditorTests {
    /// An editor `width` cells wide (text wraps at `width - 1`) with `text` typed one character at a time.
    func typed(_ text: String, width: Int = 11, height: Int = 5) -> AnswerEditor {
        var editor = AnswerEditor(width: width, height: height)
        for character in text.unicodeScalars { editor.perform(.insert(String(character)), at: 0) }
        return editor
    }

    @Test func typingHangulAdvancesTwoColumnsPerSyllable() {
        let editor = typed("안녕")
        #expect(editor.text == "안녕")
        #expect(editor.cursorOnScreen.column == 4)
        #expect(editor.characterCount == 2)
    }

    @Test func backspaceRemovesAWholeCharacter() {
        var editor = typed("cafe\u{301}")            // e and its accent typed separately
        #expect(editor.characterCount == 4)
        editor.perform(.deleteBackward, at: 1)
        #expect(editor.text == "caf")
        editor = AnswerEditor()
        editor.perform(.insert("가👨‍👩‍👧\u{1100}\u{1161}\u{11A8}"), at: 0)   // syllable, family, decomposed 각
        editor.perform(.deleteBackward, at: 1)
        #expect(editor.text == "가👨‍👩‍👧")
        editor.perform(.deleteBackward, at: 2)
        #expect(editor.text == "가")
    }

    @Test func longKoreanWrapsBetweenSyllablesAndTheCursorFollows() {
        let editor = typed("가나다라마바")                 // 12 columns, limit 10
        #expect(editor.visibleLines == ["가나다라마", "바"])
        #expect(editor.cursorOnScreen.row == 1)
        #expect(editor.cursorOnScreen.column == 2)
    }

    @Test func aFullRowKeepsTheCursorInTheSpareColumn() {
        let editor = typed("abcdefghij")
        #expect(editor.visibleLines == ["abcdefghij"])
        #expect(editor.cursorOnScreen.row == 0 && editor.cursorOnScreen.column == 10)
    }

    @Test func wordsWrapAtSpacesAndTheSpaceHangs() {
        var editor = typed("hello world again")
        #expect(editor.visibleLines == ["hello ", "world ", "again"])
        editor.perform(.documentStart, at: 0)
        editor.perform(.lineEnd, at: 0)
        #expect(editor.cursor == TextPosition(paragraph: 0, index: 5))
        #expect(editor.cursorOnScreen.row == 0 && editor.cursorOnScreen.column == 5)
        editor.perform(.right, at: 0)                          // past the space: the next row's start
        #expect(editor.cursorOnScreen.row == 1 && editor.cursorOnScreen.column == 0)
    }

    @Test func verticalMovesKeepTheGoalColumnAndNeverSplitAWideCharacter() {
        var editor = typed("abcde\n가나다\nxy")
        editor.perform(.documentStart, at: 0)
        for _ in 0..<3 { editor.perform(.right, at: 0) }    // column 3
        editor.perform(.down, at: 0)
        #expect(editor.cursor == TextPosition(paragraph: 1, index: 1))   // before 나 (columns 2-3)
        #expect(editor.cursorOnScreen.column == 2)
        editor.perform(.down, at: 0)
        #expect(editor.cursor == TextPosition(paragraph: 2, index: 2))   // end of the short line
        editor.perform(.up, at: 0)
        editor.perform(.up, at: 0)
        #expect(editor.cursor == TextPosition(paragraph: 0, index: 3))   // goal column kept
        editor.perform(.up, at: 0)
        #expect(editor.cursor == TextPosition(paragraph: 0, index: 0))
    }

    @Test func homeAndEndGoToTheRowThenTheLine() {
        var editor = typed("one two three four")          // rows: "one two ", "three four"
        #expect(editor.visibleLines == ["one two ", "three four"])
        editor.perform(.lineStart, at: 0)
        #expect(editor.cursor.index == 8)
        editor.perform(.lineStart, at: 0)
        #expect(editor.cursor.index == 0)
        editor.perform(.lineEnd, at: 0)
        #expect(editor.cursor.index == 7)
        editor.perform(.lineEnd, at: 0)
        #expect(editor.cursor.index == 18)
    }

    @Test func killCommandsWorkOnTheLogicalLine() {
        var editor = typed("첫째 줄\n둘째 줄", width: 40)
        editor.perform(.wordLeft, at: 0)
        editor.perform(.killToLineEnd, at: 0)
        #expect(editor.text == "첫째 줄\n둘째 ")
        editor.perform(.killToLineStart, at: 0)
        #expect(editor.text == "첫째 줄\n")
        editor.perform(.deleteBackward, at: 0)
        #expect(editor.text == "첫째 줄")
        editor.perform(.deleteWordBackward, at: 0)
        #expect(editor.text == "첫째 ")
        editor.perform(.deleteWordBackward, at: 0)
        #expect(editor.text == "")
        editor = typed("a\nb", width: 40)
        editor.perform(.documentStart, at: 0)
        editor.perform(.lineEnd, at: 0)
        editor.perform(.killToLineEnd, at: 0)
        #expect(editor.text == "ab")
    }

    @Test func wordJumpsStopAtKoreanWordsAndPunctuation() {
        var editor = typed("손실 함수는, cross-entropy 입니다", width: 60)
        editor.perform(.wordLeft, at: 0)
        #expect(editor.cursor.index == 22)     // "입니다"
        editor.perform(.wordLeft, at: 0)
        #expect(editor.cursor.index == 14)     // "entropy"
        editor.perform(.wordLeft, at: 0)
        #expect(editor.cursor.index == 8)      // "cross"
        editor.perform(.wordLeft, at: 0)
        #expect(editor.cursor.index == 3)      // "함수는"
        editor.perform(.wordRight, at: 0)
        #expect(editor.cursor.index == 6)
    }

    @Test func pasteCleansLineEndingsTabsAndEscapes() {
        var editor = AnswerEditor(width: 40, height: 5)
        editor.perform(.insert("a\r\nb\rc\td\u{1B}[31me\u{202E}f\u{7}"), at: 0)
        #expect(editor.text == "a\nb\nc    d[31mef")
        #expect(editor.lineCount == 3)
        #expect(editor.cursor == TextPosition(paragraph: 2, index: 12))
    }

    @Test func pasteStopsAtCapacity() {
        var editor = AnswerEditor(width: 40, height: 5, capacity: 10)
        editor.perform(.insert("가나다라마바사아자차카타"), at: 0)
        #expect(editor.characterCount == 10)
        #expect(editor.perform(.insert("x"), at: 0) == nil)
    }

    @Test func resizingKeepsTheCursorOnTheSameCharacter() {
        var editor = typed("딥러닝 모델의 과적합을 막는 방법", width: 11)
        editor.perform(.wordLeft, at: 0)
        let before = editor.cursor
        editor.resize(width: 30, height: 5)
        #expect(editor.cursor == before)
        #expect(editor.visibleLines == ["딥러닝 모델의 과적합을 막는 ", "방법"])
        #expect(editor.cursorOnScreen.row == 1 && editor.cursorOnScreen.column == 0)
    }

    @Test func theViewScrollsToKeepTheCursorVisible() {
        var editor = typed((1...9).map(String.init).joined(separator: "\n"), width: 20, height: 3)
        #expect(editor.visibleLines == ["7", "8", "9"])
        #expect(editor.cursorOnScreen.row == 2)
        editor.perform(.documentStart, at: 0)
        #expect(editor.visibleLines == ["1", "2", "3"])
        editor.perform(.pageDown, at: 0)
        #expect(editor.cursor.paragraph == 2)
        #expect(editor.scrollTop == 0)
    }

    @Test func editsCarryTheCallersTime() {
        var editor = AnswerEditor()
        let edit = editor.perform(.insert("네"), at: 12.5)
        #expect(edit == TextEdit(time: 12.5, offset: 0, removed: 0, inserted: "네"))
        #expect(editor.perform(.left, at: 13) == nil)
        #expect(editor.perform(.deleteForward, at: 14) == TextEdit(time: 14, offset: 0, removed: 1, inserted: ""))
    }
}
