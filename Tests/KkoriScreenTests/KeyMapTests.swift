import Testing
@testable import KkoriScreen

/// The one key table: no key means two things on one screen, and hints and help come from it.
struct KeyMapTests {
    @Test(arguments: KeyContext.allCases)
    func noKeyIsBoundTwiceInAContext(context: KeyContext) {
        let keys = KeyMap.help(for: context).flatMap(\.keys)
        #expect(Set(keys).count == keys.count, "\(context)")
    }

    @Test func answeringHasEveryCommandTheCandidateNeeds() {
        let commands = Set(KeyMap.hints(for: .interview).map(\.command))
        #expect(commands.isSuperset(of: [.submit, .dontKnow, .skip, .repeatQuestion, .pause, .help, .quit]))
    }

    @Test func printableKeysTypeWhileAnsweringButNotElsewhere() {
        #expect(KeyMap.command(for: .character("q"), in: .interview) == .edit(.insert("q")))
        #expect(KeyMap.command(for: .character("?"), in: .interview) == .edit(.insert("?")))
        #expect(KeyMap.command(for: .character("q"), in: .home) == .back)
        #expect(KeyMap.command(for: .character("x"), in: .home) == nil)
    }

    @Test func ctrlCAsksEverywhereButInItsOwnDialog() {
        for context in KeyContext.allCases where context != .confirmQuit {
            #expect(KeyMap.command(for: .control("c"), in: context) == .quit, "\(context)")
        }
        #expect(KeyMap.command(for: .control("c"), in: .confirmQuit) == nil)
    }

    @Test func theHintsLineShowsTheBindingsOfTheTable() {
        var buffer = ScreenBuffer(width: 200, height: 1)
        buffer.hints(row: 0, context: .interview, strings: .english)
        let line = buffer.textLines[0]
        for binding in KeyMap.hints(for: .interview) {
            #expect(line.contains("\(binding.hintLabel) \(binding.hint.en)"))
        }
    }

    @Test func aNarrowHintsLineKeepsTheHelpKey() {
        var buffer = ScreenBuffer(width: 30, height: 1)
        buffer.hints(row: 0, context: .interview, strings: .korean)
        #expect(buffer.textLines[0].contains("F1 도움말"))
        #expect(buffer.textLines[0].hasPrefix(" ^D 제출"))
    }

    @Test func helpListsEveryBindingOfTheScreenItWasOpenedFrom() {
        let doc = HelpView.document(context: .interview, strings: .english, width: 100)
        let text = doc.lines.map { $0.map { span -> String in
            if case .text(let text, _) = span { return text }
            return ""
        }.joined() }.joined(separator: "\n")
        for binding in KeyMap.help(for: .interview) { #expect(text.contains(binding.help.en)) }
    }
}
