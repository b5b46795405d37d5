import CNcursesw
import Glibc
import KkoriScreen
import Testing
@testable import KkoriTerminal

/// ncurses run headless (output to /dev/null, input from a pipe): frames are read back from curses'
/// own screen to prove the back end draws what the grid says, and typed bytes come back as events.
@Suite(.serialized)
struct CursesTerminalTests {
    /// A terminal of a known type and size whose input is the bytes given.
    final class Headless {
        let terminal: CursesTerminal
        let output: UnsafeMutablePointer<FILE>
        let input: UnsafeMutablePointer<FILE>
        let writer: Int32

        init(width: Int, height: Int, input bytes: [UInt8] = []) throws {
            _ = setlocale(LC_ALL, "C.UTF-8")
            var fds: [Int32] = [0, 0]
            #expect(pipe(&fds) == 0)
            writer = fds[1]
            _ = bytes.withUnsafeBytes { write(fds[1], $0.baseAddress, $0.count) }
            output = try #require(fopen("/dev/null", "w"))
            input = try #require(fdopen(fds[0], "r"))
            let screen = try #require(newterm("xterm-256color", output, input))
            terminal = CursesTerminal(screen: screen, output: output, allowColor: false)
            _ = resizeterm(Int32(height), Int32(width))
        }

        /// Bytes arriving at the terminal's input, as if typed.
        func feed(_ bytes: [UInt8]) {
            _ = bytes.withUnsafeBytes { write(writer, $0.baseAddress, $0.count) }
        }

        deinit {
            close(writer)
            terminal.close()
            fclose(output)
            fclose(input)
        }
    }

    /// Every row curses holds, trailing blanks removed, wide characters once.
    /// Events until input runs dry (three timeouts in a row), resizes from the test set-up left out.
    func drain(_ terminal: CursesTerminal) -> [InputEvent] {
        var events: [InputEvent] = []
        var idle = 0
        while idle < 3 {
            guard let event = terminal.readEvent(timeout: 20) else {
                idle += 1
                continue
            }
            idle = 0
            if case .resized = event { continue }
            events.append(event)
        }
        return events
    }

    func screenText(_ terminal: CursesTerminal) -> [String] {
        (0..<terminal.size.height).map { row in
            var text = terminal.readBack(row: row).text
            while text.last == " " { text.removeLast() }
            return text
        }
    }

    func frame(width: Int, height: Int, _ lines: [(String, Style)]) -> ScreenBuffer {
        var buffer = ScreenBuffer(width: width, height: height)
        for (row, line) in lines.enumerated() { buffer.put(line.0, row: row, column: 0, style: line.1) }
        return buffer
    }

    @Test func drawsWhatTheGridHoldsIncludingWideAndCombiningCharacters() throws {
        let headless = try Headless(width: 30, height: 5)
        let buffer = frame(width: 30, height: 5, [
            ("kkori 꼬리 질문", .plain), ("中文 😀 e\u{301}", .plain), ("ㄱ\u{1100}\u{1161}\u{11A8}", .plain),
        ])
        headless.terminal.draw(buffer)
        #expect(screenText(headless.terminal) == buffer.textLines.map { line in
            String(line.map { $0.composed })
        })
    }

    @Test func laterFramesReplaceWideCharactersCleanly() throws {
        let headless = try Headless(width: 20, height: 3)
        headless.terminal.draw(frame(width: 20, height: 3, [("가나다라", .plain), ("abcdef", .plain)]))
        let second = frame(width: 20, height: 3, [("가xy라", .plain), ("a한글f", .plain)])
        headless.terminal.draw(second)
        #expect(screenText(headless.terminal) == second.textLines)
        let third = frame(width: 20, height: 3, [("", .plain), ("a한글f", .plain)])
        headless.terminal.draw(third)
        #expect(screenText(headless.terminal) == third.textLines)
    }

    @Test func stylesArriveAsAttributesWithoutColour() throws {
        let headless = try Headless(width: 20, height: 2)
        var buffer = ScreenBuffer(width: 20, height: 2)
        buffer.put("bold", row: 0, column: 0, style: Style(.normal, .bold))
        buffer.put("rev", row: 0, column: 5, style: Style(.normal, .reverse))
        buffer.put("bad", row: 1, column: 0, style: Style(.bad))
        headless.terminal.draw(buffer)
        let first = headless.terminal.readBack(row: 0).attributes
        #expect(first[0] & kk_a_bold() != 0)
        #expect(first[5] & kk_a_reverse() != 0)
        #expect(first[4] & (kk_a_bold() | kk_a_reverse()) == 0)
        #expect(headless.terminal.readBack(row: 1).attributes[0] & kk_a_underline() != 0)
    }

    @Test func typedBytesBecomeKeysAndPastesStayText() throws {
        var bytes = Array("a가".utf8) + [0x04, 0x7F, 0x0D, 0x1B, UInt8(ascii: "b")]
        bytes += Array("\u{1B}[200~x\u{04}y\r\n\u{1B}[201~".utf8)
        bytes += Array("\u{1B}[A\u{1B}[1;5D".utf8)
        let headless = try Headless(width: 20, height: 5, input: bytes)
        let events = drain(headless.terminal)
        #expect(events == [
            .key(.character("a")), .key(.character("가")), .key(.control("d")), .key(.backspace), .key(.enter),
            .key(.alt("b")), .paste("x\u{04}y\r\n"), .key(.up), .key(.wordLeft),
        ])
    }

    @Test func invalidBytesAreDroppedAndTypingGoesOn() throws {
        let headless = try Headless(width: 20, height: 5)
        for bad: [UInt8] in [[0xFF], [0xC3], [0xB0, 0xA1], [0xC3, 0x28]] {    // stray, truncated, EUC-KR, broken
            headless.feed(bad)
            #expect(drain(headless.terminal).allSatisfy { if case .key(.character) = $0 { false } else { true } })
            headless.feed(Array("ok가".utf8))
            #expect(drain(headless.terminal) == [.key(.character("o")), .key(.character("k")), .key(.character("가"))])
        }
    }
}
