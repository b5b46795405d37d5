import KkoriScenario

extension KeyMap {
    private static func l(_ ko: String, _ en: String) -> Localized { Localized(ko: ko, en: en) }

    private static let lists: Set<KeyContext> = [.home, .feedback, .report, .help, .summary]
    private static let answering: Set<KeyContext> = [.interview]

    /// Every key of kkori. Order matters: it is the order of the hints line and of the help screen,
    /// and the first binding of a key wins.
    public static let bindings: [KeyBinding] = interviewBindings + taskBindings + editorBindings + screenBindings
        + quitBindings

    /// A coding task: the solution is written in the user's own editor, then tried and submitted.
    /// No text is typed on this screen, so plain letters are safe.
    static let taskBindings: [KeyBinding] = [
        KeyBinding([.character("e")], .editSolution, [.task], hint: l("편집", "edit"),
                   help: l("풀이 파일을 편집기($VISUAL, $EDITOR, 없으면 vi, nano)로 엽니다.",
                           "Open the solution file in your editor ($VISUAL, $EDITOR, else vi, then nano).")),
        KeyBinding([.character("r")], .runVisibleCases, [.task], hint: l("예제 실행", "run"),
                   help: l("공개된 예제로만 풀이를 실행해 봅니다 (점수에 들어가지 않습니다).",
                           "Run the solution on the visible cases only (not scored).")),
        KeyBinding([.character("s")], .submit, [.task], hint: l("제출", "submit"),
                   help: l("마지막으로 저장한 파일을 숨은 테스트로 채점합니다. 시간이 다 되면 자동으로 제출됩니다.",
                           "Grade the last saved file on the hidden cases; at time-up it is submitted for you.")),
        KeyBinding([.control("o")], .skip, [.task], hint: l("건너뛰기", "skip"),
                   help: l("이 과제를 건너뜁니다 (0점).", "Skip this task (scores zero).")),
        KeyBinding([.enter, .character(" ")], .proceed, [.taskDone], hint: l("계속", "continue"),
                   help: l("다음으로 넘어갑니다.", "Go on.")),
        KeyBinding([.up, .character("k")], .up, [.task, .taskDone], hint: l("스크롤", "scroll"),
                   help: l("위로 스크롤합니다.", "Scroll up."), inHints: false),
        KeyBinding([.down, .character("j")], .down, [.task, .taskDone], hint: l("스크롤", "scroll"),
                   help: l("아래로 스크롤합니다.", "Scroll down."), inHints: false),
        KeyBinding([.pageUp], .pageUp, [.task, .taskDone], hint: l("위 페이지", "page up"),
                   help: l("한 화면 위로.", "One page up."), inHints: false),
        KeyBinding([.pageDown], .pageDown, [.task, .taskDone], hint: l("아래 페이지", "page down"),
                   help: l("한 화면 아래로.", "One page down."), inHints: false),
        KeyBinding([.function(1), .character("?")], .help, [.task, .taskDone], hint: l("도움말", "help"),
                   help: l("키 도움말을 엽니다.", "Open this help.")),
    ]

    /// Ctrl-C asks before quitting everywhere (but in the dialog it opens). Last in the table so each
    /// screen's own hints come first; hinted only where a session runs (elsewhere `q` is the hint).
    static let quitBindings: [KeyBinding] = [
        KeyBinding([.control("c")], .quit, [.interview, .paused, .feedback, .summary, .task, .taskDone], hint: l("종료", "quit"),
                   help: l("종료할지 묻습니다. 입력한 내용과 세션은 저장되어 이어서 할 수 있습니다.",
                           "Ask to quit; what you typed and the session are saved and can be resumed.")),
        KeyBinding([.control("c")], .quit, [.home, .report, .help], hint: l("종료", "quit"),
                   help: l("종료할지 묻습니다.", "Ask to quit."), inHints: false),
    ]

    /// Answering: the commands a candidate needs under pressure. Submitting is Ctrl-D ("done"), a key
    /// no typing or pasting produces, and an empty answer is never submitted.
    static let interviewBindings: [KeyBinding] = [
        KeyBinding([.control("d")], .submit, answering, hint: l("제출", "submit"),
                   help: l("답변을 제출합니다 (빈 답변은 제출되지 않습니다).", "Submit the answer (an empty answer is not submitted).")),
        KeyBinding([.control("n")], .dontKnow, answering, hint: l("모름", "don't know"),
                   help: l("솔직하게 '모르겠습니다'라고 답합니다.", "Answer honestly: \"I don't know\".")),
        KeyBinding([.control("o")], .skip, answering, hint: l("건너뛰기", "skip"),
                   help: l("이 질문을 건너뜁니다 (0점).", "Skip this question (scores zero).")),
        KeyBinding([.control("r")], .repeatQuestion, answering, hint: l("다시 듣기", "repeat"),
                   help: l("질문을 다시 보여 줍니다.", "Show the question again.")),
        KeyBinding([.control("p")], .pause, [.interview, .paused], hint: l("일시정지", "pause"),
                   help: l("시계를 멈추고 답변을 가립니다. 다시 누르면 이어집니다.",
                           "Stop the clocks and hide the answer; press again to go on.")),
        KeyBinding([.enter], .pause, [.paused], hint: l("계속", "resume"),
                   help: l("일시정지를 풉니다.", "Resume the interview."), inHints: false),
        KeyBinding([.function(1), .control("g")], .help, [.interview, .paused], hint: l("도움말", "help"),
                   help: l("키 도움말을 엽니다.", "Open this help.")),
    ]

    /// Editing keys of the answer editor (shown in help only).
    static let editorBindings: [KeyBinding] = [
        edit([.enter], .newline, l("줄을 바꿉니다.", "Start a new line.")),
        edit([.backspace], .deleteBackward, l("앞 글자를 지웁니다 (한 글자 전체).", "Delete the character before the cursor.")),
        edit([.delete], .deleteForward, l("커서의 글자를 지웁니다.", "Delete the character under the cursor.")),
        edit([.left], .left, l("한 글자 왼쪽으로.", "One character left.")),
        edit([.right], .right, l("한 글자 오른쪽으로.", "One character right.")),
        edit([.up], .up, l("한 줄 위로.", "One row up.")),
        edit([.down], .down, l("한 줄 아래로.", "One row down.")),
        edit([.control("a"), .home], .lineStart, l("줄의 처음으로 (두 번: 문단의 처음).", "Start of the row (twice: of the line).")),
        edit([.control("e"), .end], .lineEnd, l("줄의 끝으로 (두 번: 문단의 끝).", "End of the row (twice: of the line).")),
        edit([.wordLeft, .alt("b")], .wordLeft, l("앞 단어로.", "Previous word.")),
        edit([.wordRight, .alt("f")], .wordRight, l("다음 단어로.", "Next word.")),
        edit([.control("k")], .killToLineEnd, l("커서부터 줄 끝까지 지웁니다.", "Delete to the end of the line.")),
        edit([.control("u")], .killToLineStart, l("줄 처음부터 커서까지 지웁니다.", "Delete to the start of the line.")),
        edit([.control("w")], .deleteWordBackward, l("앞 단어를 지웁니다.", "Delete the previous word.")),
        edit([.pageUp], .pageUp, l("한 화면 위로.", "One page up.")),
        edit([.pageDown], .pageDown, l("한 화면 아래로.", "One page down.")),
    ]

    private static func edit(_ keys: [Key], _ command: EditorCommand, _ help: Localized) -> KeyBinding {
        KeyBinding(keys, .edit(command), answering, hint: help, help: help, inHints: false)
    }

    /// Menus, feedback, report and help: arrows and vi keys, `q`/Esc back, `?` help.
    static let screenBindings: [KeyBinding] = [
        KeyBinding([.up, .character("k")], .up, [.home], hint: l("이동", "move"), help: l("위로.", "Move up."),
                   hintKeys: "↑↓"),
        KeyBinding([.up, .character("k")], .up, [.feedback, .report, .help, .summary], hint: l("스크롤", "scroll"),
                   help: l("위로 스크롤합니다.", "Scroll up."), hintKeys: "↑↓"),
        KeyBinding([.down, .character("j")], .down, lists, hint: l("아래", "down"), help: l("아래로.", "Move or scroll down."),
                   inHints: false),
        KeyBinding([.pageUp], .pageUp, lists, hint: l("위 페이지", "page up"), help: l("한 화면 위로.", "One page up."),
                   inHints: false),
        KeyBinding([.pageDown, .character(" ")], .pageDown, [.report, .help], hint: l("아래 페이지", "page down"),
                   help: l("한 화면 아래로.", "One page down."), inHints: false),
        KeyBinding([.left, .character("h")], .previousValue, [.home], hint: l("설정", "setting"),
                   help: l("선택한 설정의 값을 바꿉니다.", "Change the selected setting."), hintKeys: "←→"),
        KeyBinding([.right, .character("l")], .nextValue, [.home], hint: l("값 변경", "change"),
                   help: l("선택한 설정의 값을 바꿉니다.", "Change the selected setting."), inHints: false),
        KeyBinding([.enter], .select, [.home], hint: l("선택", "select"),
                   help: l("선택한 항목을 실행합니다.", "Choose the selected item.")),
        KeyBinding([.enter, .character(" ")], .proceed, [.feedback, .summary], hint: l("계속", "continue"),
                   help: l("다음 질문으로 넘어갑니다.", "Go on to the next question.")),
        KeyBinding([.character("m")], .toggleModelAnswer, [.feedback], hint: l("모범 답안", "model answer"),
                   help: l("모범 답안을 보이거나 숨깁니다.", "Show or hide the model answer.")),
        KeyBinding([.character("y"), .enter], .confirm, [.confirmQuit], hint: l("종료", "quit"),
                   help: l("저장하고 종료합니다.", "Save and quit.")),
        KeyBinding([.character("n"), .escape], .cancel, [.confirmQuit], hint: l("계속하기", "stay"),
                   help: l("종료하지 않고 계속합니다.", "Stay and go on.")),
        KeyBinding([.character("?"), .function(1)], .help, lists, hint: l("도움말", "help"),
                   help: l("키 도움말을 열거나 닫습니다.", "Open or close this help.")),
        KeyBinding([.character("q"), .escape], .back, [.home], hint: l("종료", "quit"),
                   help: l("kkori를 종료합니다.", "Quit kkori.")),
        KeyBinding([.character("q"), .escape], .back, [.report, .help], hint: l("뒤로", "back"),
                   help: l("이전 화면으로 돌아갑니다.", "Back to the previous screen.")),
    ]
}
