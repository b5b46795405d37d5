import Foundation
import Testing
@testable import KkoriApp
import KkoriEngine
import KkoriScreen

@Suite("Reports and recordings of past sessions")
struct HistoryExportTests {
    let session = HistorySample.session(HistorySample.records(answer: HistorySample.hostile))
    var strings: HistoryStrings { HistoryStrings.forLanguage(.en) }

    @Test("HTML is one self-contained page: inline SVG charts, no script, no outside resource, all text escaped")
    func html() {
        let page = ExportReport(session).html(strings: strings)
        #expect(page.hasPrefix("<!doctype html>"))
        #expect(page.contains("<svg") && page.contains("</svg>"))
        #expect(!page.contains("<script"))
        #expect(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(!page.unicodeScalars.contains("\u{1B}") && !page.unicodeScalars.contains("\u{7}"))
        #expect(!page.contains("]0;owned"), "the escape sequence is removed, not shown as text")
        let addresses = page.components(separatedBy: "://").dropFirst()
        #expect(!addresses.isEmpty && addresses.allSatisfy { $0.hasPrefix("www.w3.org/2000/svg\"") },
                "the only address is the SVG namespace: nothing outside the file is loaded")
        #expect(!page.contains("src=") && !page.contains("href="))
        #expect(page.contains("red"), "the answer's text is kept")
    }

    @Test("Markdown keeps the answer in a fence longer than any backtick run, and escapes the rest")
    func markdown() throws {
        let text = ExportReport(session).markdown(strings: strings)
        #expect(!text.unicodeScalars.contains("\u{1B}"))
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let open = try #require(lines.firstIndex { $0.hasPrefix("````") })
        #expect(lines[open] == "````", "three backticks in the answer need a four-backtick fence")
        #expect(lines[(open + 1)...].contains("````"))
        #expect(lines.contains("# head"), "inside the fence a '#' line is text, not a heading")
        #expect(MD.text("<b>x</b> *y* [z](u)") == "&lt;b&gt;x&lt;/b&gt; \\*y\\* \\[z\\](u)", "outside fences, nothing is markup")
        #expect(MD.text("# no heading") == "\\# no heading" && MD.text("12. no list") == "12\\. no list")
    }

    @Test("JSON is structured, parses, and holds clean text")
    func json() throws {
        let text = ExportReport(session).json()
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(object["format"] as? String == "kkori-report")
        #expect(object["overall"] as? Double == 0.8)
        let questions = try #require(object["questions"] as? [[String: Any]])
        #expect(questions.count == 1)
        let answer = try #require(questions[0]["answer"] as? String)
        #expect(answer.contains("<script>") && !answer.unicodeScalars.contains("\u{1B}"))
        #expect((questions[0]["covered"] as? [[String: Any]])?.first?["evidence"] as? [String] == ["ev"])
    }

    @Test("coding tasks: tries and submissions in every format, with the time against the kernel")
    func codingTasks() throws {
        var records = HistorySample.records(answer: "x", finished: false)
        records.append((.taskStarted(taskID: "conv2d", number: 1, total: 1), 30))
        records.append((.taskGraded(TaskOutcome(taskID: "conv2d", verdict: "wrong-answer", passed: 1, total: 2,
                                                candidateSeconds: 0.002, referenceSeconds: 0.001, visibleOnly: true)), 40))
        records.append((.taskGraded(TaskOutcome(taskID: "conv2d", verdict: "accepted", passed: 9, total: 9,
                                                candidateSeconds: 0.03, referenceSeconds: 0.01)), 50))
        let report = ExportReport(HistorySample.session(records))
        let markdown = report.markdown(strings: strings)
        #expect(markdown.contains("| conv2d | try (visible cases) | wrong-answer | 1/2 | 2\\.0× kkori's kernel |"))
        #expect(markdown.contains("| conv2d | submission | accepted | 9/9 | 3\\.0× kkori's kernel |"))
        let html = report.html(strings: strings)
        #expect(html.contains("<td>submission</td><td>accepted</td><td>9/9</td>"))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(report.json().utf8)) as? [String: Any])
        let tasks = try #require(object["tasks"] as? [[String: Any]])
        #expect(tasks.map { $0["submitted"] as? Bool } == [false, true])
    }

    @Test("asciicast v2: a header, then output events in time order carrying only kkori's own escapes")
    func asciicast() throws {
        let lines = AsciicastWriter(session).lines()
        let header = try #require(try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
        #expect(header["version"] as? Int == 2 && header["width"] as? Int == 100 && header["height"] as? Int == 30)
        var last = 0.0
        var output = ""
        for line in lines.dropFirst() {
            let event = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [Any])
            #expect(event.count == 3 && event[1] as? String == "o")
            let time = try #require(event[0] as? Double)
            #expect(time >= last)
            last = time
            output += try #require(event[2] as? String)
        }
        #expect(HistorySample.onlyOwnEscapes(output))
        #expect(!output.contains("]0;"))
        #expect(output.contains("<script>alert(1)</script>"), "the final answer is shown")
        #expect(output.contains("> ab"), "the typing is shown as it happened")
    }

    @Test("typing over a wrapped row is redrawn, not guessed: backspaces clear and reprint the answer")
    func castBackspaceAcrossRows() {
        var screen = CastScreen(width: 10)
        _ = screen.render(.prompt)
        _ = screen.render(.type("abcdefghij"))
        let out = screen.render(.type("\u{8}\u{8}"))
        #expect(out == "\r\u{1B}[1A\u{1B}[J> abcdefgh")
        #expect(CastScreen.rows("가나다라", width: 10) == 1 && CastScreen.rows("가나다라마", width: 10) == 2)
    }

    @Test("the plain replay prints every event with its time, the answer, the score, and no raw escapes")
    func plainReplay() {
        let lines = ReplayPrinter(HistorySample.session(HistorySample.records(answer: HistorySample.hostile),
                                                        problem: "line 9 was cut off mid-write")).lines()
        let text = lines.joined(separator: "\n")
        #expect(text.contains("Technical · Q1/1  ml-overfit"))
        #expect(text.contains("[0:20] Score 80%"))
        #expect(text.contains("✓ definition  “ev”"))
        #expect(text.contains("line 9 was cut off"))
        #expect(text.contains("== Overall 80% · Hire =="))
        #expect(!text.unicodeScalars.contains("\u{1B}") && !text.contains("]0;owned"))
    }
}
