import KkoriScenario

extension HistoryKeyMap {
    private static func l(_ ko: String, _ en: String) -> Localized { Localized(ko: ko, en: en) }

    private static let scrolling: Set<HistoryKeyContext> = [.progress, .help]

    /// Every history key, in the order of the hints line and the help overlay (first binding of a key
    /// wins). Keys follow the rest of kkori: arrows and vi keys, Enter opens, `q`/Esc back, `?` help.
    public static let bindings: [HistoryBinding] = listBindings + replayBindings + sharedBindings

    static let listBindings: [HistoryBinding] = [
        HistoryBinding([.up, .character("k")], .up, [.list, .picker], l("이동", "move"), l("위로.", "Move up."),
                       hintKeys: "↑↓"),
        HistoryBinding([.down, .character("j")], .down, [.list, .picker], l("아래", "down"), l("아래로.", "Move down."),
                       inHints: false),
        HistoryBinding([.enter], .open, [.list], l("다시 보기", "replay"),
                       l("선택한 세션을 다시 봅니다.", "Replay the selected session.")),
        HistoryBinding([.enter], .open, [.picker], l("이동", "go"), l("선택한 질문으로 이동합니다.", "Go to the selected question.")),
        HistoryBinding([.character("r")], .resume, [.list], l("이어하기", "resume"),
                       l("중단된 세션을 이어서 합니다.", "Resume the selected interrupted session.")),
        HistoryBinding([.character("d"), .delete], .delete, [.list], l("삭제", "delete"),
                       l("선택한 세션을 삭제합니다 (먼저 묻습니다).", "Delete the selected session (asks first).")),
        HistoryBinding([.character("s")], .sort, [.list], l("정렬", "sort"),
                       l("정렬 기준을 바꿉니다: 날짜, 점수, 시간, 시나리오.", "Sort by date, score, time or scenario.")),
        HistoryBinding([.character("o")], .reverse, [.list], l("순서", "order"),
                       l("정렬 순서를 뒤집습니다.", "Reverse the order."), inHints: false),
        HistoryBinding([.character("f")], .filterRound, [.list], l("라운드", "round"),
                       l("라운드로 거릅니다.", "Show only sessions with a round (cycles).")),
        HistoryBinding([.character("F")], .filterScenario, [.list], l("시나리오", "scenario"),
                       l("시나리오로 거릅니다.", "Show only one scenario (cycles)."), inHints: false),
        HistoryBinding([.character("t")], .filterPeriod, [.list], l("기간", "period"),
                       l("기간으로 거릅니다: 7일, 30일, 1년.", "Show only the last 7, 30 or 365 days (cycles).")),
        HistoryBinding([.character(" ")], .mark, [.list], l("표시", "mark"),
                       l("비교할 세션으로 표시합니다.", "Mark a session to compare with another."), inHints: false),
        HistoryBinding([.character("c")], .compare, [.list], l("비교", "compare"),
                       l("이 세션과 표시한 세션(없으면 이전 세션)의 같은 질문 답변을 나란히 봅니다.",
                         "Compare this session's answers with the marked session's (or the previous one's).")),
        HistoryBinding([.character("p")], .progress, [.list], l("성장", "progress"),
                       l("주제별 점수와 깊이의 변화를 봅니다.", "Scores and depth over time.")),
    ]

    static let replayBindings: [HistoryBinding] = [
        HistoryBinding([.left, .character("h")], .stepBack, [.replay], l("이벤트", "step"),
                       l("이전 이벤트로.", "One event back."), hintKeys: "←→"),
        HistoryBinding([.right, .character("l")], .stepForward, [.replay], l("다음", "next"),
                       l("다음 이벤트로.", "One event on."), inHints: false),
        HistoryBinding([.character(" ")], .playPause, [.replay], l("재생", "play"),
                       l("기록된 속도 그대로 재생하거나 멈춥니다.", "Play back in real time, or stop.")),
        HistoryBinding([.character("1")], .speed(1), [.replay], l("속도", "speed"), l("1배속.", "Play at 1×."),
                       hintKeys: "1248"),
        HistoryBinding([.character("2")], .speed(2), [.replay], l("2배속", "2×"), l("2배속.", "Play at 2×."), inHints: false),
        HistoryBinding([.character("4")], .speed(4), [.replay], l("4배속", "4×"), l("4배속.", "Play at 4×."), inHints: false),
        HistoryBinding([.character("8")], .speed(8), [.replay], l("8배속", "8×"), l("8배속.", "Play at 8×."), inHints: false),
        HistoryBinding([.character("+"), .character(">")], .faster, [.replay], l("빠르게", "faster"),
                       l("더 빠르게.", "Faster."), inHints: false),
        HistoryBinding([.character("-"), .character("<")], .slower, [.replay], l("느리게", "slower"),
                       l("더 느리게.", "Slower."), inHints: false),
        HistoryBinding([.character("g")], .jump, [.replay], l("질문", "jump"),
                       l("질문을 골라 이동합니다.", "Pick a question to jump to.")),
        HistoryBinding([.character("/")], .search, [.replay], l("검색", "search"),
                       l("질문, 답변, 피드백에서 찾습니다.", "Search questions, answers and feedback.")),
        HistoryBinding([.character("c")], .compare, [.replay], l("비교", "compare"),
                       l("이 질문에 대한 다른 세션의 답변과 나란히 봅니다.", "Compare with another session's answer to this question.")),
        HistoryBinding([.character("n")], .nextMatch, [.replay], l("다음 찾기", "next match"),
                       l("다음 검색 결과.", "Next match."), inHints: false),
        HistoryBinding([.character("N")], .previousMatch, [.replay], l("이전 찾기", "previous match"),
                       l("이전 검색 결과.", "Previous match."), inHints: false),
        HistoryBinding([.up, .character("k")], .up, scrolling.union([.replay]), l("스크롤", "scroll"),
                       l("위로 스크롤합니다.", "Scroll up."), inHints: false),
        HistoryBinding([.down, .character("j")], .down, scrolling.union([.replay]), l("아래", "down"),
                       l("아래로 스크롤합니다.", "Scroll down."), inHints: false),
        HistoryBinding([.home], .top, [.replay, .list], l("처음", "first"), l("처음으로.", "To the first."), inHints: false),
        HistoryBinding([.end], .bottom, [.replay, .list], l("끝", "last"), l("끝으로.", "To the last."), inHints: false),
    ]

    static let sharedBindings: [HistoryBinding] = [
        HistoryBinding([.pageUp], .pageUp, scrolling.union([.list, .replay, .picker, .compare]), l("위 페이지", "page up"),
                       l("한 화면 위로.", "One page up."), inHints: false),
        HistoryBinding([.pageDown], .pageDown, scrolling.union([.list, .replay, .picker, .compare]), l("아래 페이지", "page down"),
                       l("한 화면 아래로.", "One page down."), inHints: false),
        HistoryBinding([.up, .character("k")], .up, [.compare], l("질문", "question"), l("이전 질문.", "Previous question."),
                       hintKeys: "↑↓"),
        HistoryBinding([.down, .character("j")], .down, [.compare], l("다음 질문", "next question"),
                       l("다음 질문.", "Next question."), inHints: false),
        HistoryBinding([.enter], .open, [.search], l("찾기", "find"), l("검색합니다.", "Search.")),
        HistoryBinding([.character("y"), .enter], .confirm, [.confirmDelete], l("삭제", "delete"),
                       l("삭제합니다.", "Delete it.")),
        HistoryBinding([.character("n"), .escape], .cancel, [.confirmDelete], l("취소", "keep"),
                       l("삭제하지 않습니다.", "Keep it.")),
        HistoryBinding([.escape], .cancel, [.search], l("취소", "cancel"), l("검색을 닫습니다.", "Close the search.")),
        HistoryBinding([.escape, .character("q")], .cancel, [.picker], l("취소", "cancel"),
                       l("고르지 않고 닫습니다.", "Close without jumping.")),
        HistoryBinding([.character("?"), .function(1)], .help, [.list, .replay, .compare, .progress, .help],
                       l("도움말", "help"), l("키 도움말을 열거나 닫습니다.", "Open or close this help.")),
        HistoryBinding([.character("q"), .escape], .back, [.list, .replay, .compare, .progress, .help],
                       l("뒤로", "back"), l("이전 화면으로 돌아갑니다.", "Back to the previous screen.")),
    ]
}
