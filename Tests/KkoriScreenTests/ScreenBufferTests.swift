import Testing
@testable import KkoriScreen

/// The cell grid: clipping by display width, wide characters kept whole, and diffs that hold exactly
/// the changed cells.
struct ScreenBufferTests {
    @Test func textIsClippedByColumnsAndAWideCharacterNeverSplits() {
        var buffer = ScreenBuffer(width: 10, height: 2)
        let end = buffer.put("가나다라마바", row: 0, column: 1, limit: 6)
        #expect(end == 7)
        #expect(buffer.textLines[0] == " 가나다")
        let edge = buffer.put("ab가", row: 1, column: 7)
        #expect(buffer.textLines[1] == "       ab")
        #expect(edge == 10)
        #expect(buffer[1, 9].width == 1)
    }

    @Test func overwritingHalfAWideCharacterBlanksTheOtherHalf() {
        var buffer = ScreenBuffer(width: 6, height: 1)
        buffer.put("가나다", row: 0, column: 0)
        buffer.put("x", row: 0, column: 1)          // second half of 가
        #expect(buffer.textLines[0] == " x나다")
        buffer.put("y", row: 0, column: 2)          // first half of 나
        #expect(buffer.textLines[0] == " xy 다")
        #expect(buffer[0, 3].width == 1 && !buffer[0, 3].isContinuation)
    }

    @Test func controlCharactersAreNeverStored() {
        var buffer = ScreenBuffer(width: 20, height: 1)
        buffer.put("a\u{1B}[31mb\u{7}c\td", row: 0, column: 0)
        #expect(buffer.textLines[0] == "a[31mbc d")
        #expect(!buffer.cells.contains { $0.code < 0x20 || (0x7F..<0xA0).contains($0.code) })
    }

    @Test func decomposedHangulIsDrawnComposed() {
        var buffer = ScreenBuffer(width: 6, height: 1)
        buffer.put("\u{1112}\u{1161}\u{11AB}글", row: 0, column: 0)
        #expect(buffer.textLines[0] == "한글")
        #expect(buffer.clusters.isEmpty)
    }

    @Test func clustersKeepTheirMarksAndCompareByText() {
        var a = ScreenBuffer(width: 8, height: 1)
        var b = ScreenBuffer(width: 8, height: 1)
        b.put("👍🏽", row: 0, column: 4)                  // interns a cluster first in b
        b.put("q\u{307}\u{323}", row: 0, column: 0)
        a.put("q\u{307}\u{323}", row: 0, column: 0)
        #expect(a.text(of: a[0, 0]) == "q\u{307}\u{323}")
        #expect(a[0, 0].code != b[0, 0].code)              // different table slots …
        #expect(a.sameCell(a[0, 0], as: b[0, 0], in: b))   // … same character
    }

    @Test func theDiffHoldsExactlyTheChangedCells() {
        var before = ScreenBuffer(width: 20, height: 3)
        before.put("hello 세계", row: 1, column: 2)
        var after = before
        after.put("J", row: 1, column: 2)
        after.put("X", row: 2, column: 19)
        #expect(after.changes(since: before) == [ChangedRun(row: 1, columns: 2..<3), ChangedRun(row: 2, columns: 19..<20)])
        #expect(before.changes(since: before).isEmpty)
        #expect(after.changes(since: nil).count == 3)
        #expect(after.changes(since: ScreenBuffer(width: 21, height: 3)).count == 3)
    }

    @Test func aChangeInsideAWideCharacterRedrawsTheWholeCharacter() {
        var before = ScreenBuffer(width: 10, height: 1)
        before.put("ab세계", row: 0, column: 0)
        var after = before
        after.put("세", row: 0, column: 4, style: Style(.bad))   // restyle 계
        let runs = after.changes(since: before)
        #expect(runs == [ChangedRun(row: 0, columns: 4..<6)])
    }

    @Test func barsShowTheFractionInEighths() {
        var buffer = ScreenBuffer(width: 10, height: 1)
        buffer.bar(row: 0, column: 0, length: 10, fraction: 0.55, style: .plain)
        #expect(buffer.textLines[0] == "█████▌░░░░")
        buffer.bar(row: 0, column: 0, length: 10, fraction: .nan, style: .plain)
        #expect(buffer.textLines[0] == "░░░░░░░░░░")
    }

    @Test func snapshotsShowTextCursorAndStyles() {
        var buffer = ScreenBuffer(width: 4, height: 1)
        buffer.put("가", row: 0, column: 0, style: Style(.good, .bold))
        buffer.cursor = Position(row: 0, column: 2)
        #expect(buffer.snapshot == "size 4x1\n+----+\n|가  |\n+----+\ncursor 0,2\nstyles\n  0 GG   | bb\n")
    }
}
