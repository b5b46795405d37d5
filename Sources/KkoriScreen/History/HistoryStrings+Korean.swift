import KkoriEngine

extension HistoryStrings {
    /// The Korean history interface.
    static let korean = HistoryStrings(
        language: .ko, ui: .korean,
        historyTitle: "지난 기록",
        sessionsCount: { "세션 \($0)개" },
        interruptedCount: { "중단 \($0)" },
        damagedCount: { "손상 \($0)" },
        columnDate: "날짜", columnScenario: "시나리오", columnRounds: "라운드", columnTime: "시간",
        columnScore: "점수", columnState: "상태",
        roundShort: { kind in
            switch kind {
            case .technical: "기술"
            case .project: "프로젝트"
            case .personality: "인성"
            case .coding: "코딩"
            }
        },
        stateFinished: "완료", stateInterrupted: "중단됨", stateDamaged: "손상됨",
        stateFuture: "새 버전 형식", stateUnreadable: "읽을 수 없음",
        empty: "아직 지난 기록이 없습니다. 면접을 하면 여기에 쌓입니다.",
        noMatch: "조건에 맞는 세션이 없습니다 (f 라운드, F 시나리오, t 기간).",
        sortLabel: "정렬",
        sortName: { sort in
            switch sort {
            case .date: "날짜"
            case .score: "점수"
            case .duration: "시간"
            case .scenario: "시나리오"
            }
        },
        allRounds: "모든 라운드", allScenarios: "모든 시나리오",
        periodName: { period in
            switch period {
            case .all: "전체 기간"
            case .week: "최근 7일"
            case .month: "최근 30일"
            case .year: "최근 1년"
            }
        },
        deleteTitle: "이 세션을 삭제할까요?",
        deleteBody: "기록 파일이 완전히 지워지고, 다시 보기와 성장 기록에서도 빠집니다.",
        deleteKeys: "y 삭제 · n 취소",
        deleted: { "\($0) 삭제했습니다." },
        marked: "표시했습니다. 다른 세션을 고르고 c를 누르면 둘을 비교합니다.",
        notResumable: "중단되었고 손상되지 않은 세션만 이어서 할 수 있습니다.",
        notReplayable: "이 기록은 다시 볼 수 없습니다 (상태를 확인하세요).",
        noComparison: "같은 질문에 답한 다른 세션이 없습니다.",
        resumeHint: { "중단된 세션 이어서 하기: kkori resume \($0)" },
        replayTitle: "다시 보기",
        playing: "▶ 재생 중", stopped: "❚❚ 멈춤",
        stepOf: { "이벤트 \($0)/\($1)" },
        answerLabel: "답변",
        typing: "입력 중…",
        typedIn: { "\($0) 만에 답변" },
        notAnswered: "(답하지 않음)",
        kindLabel: { kind in
            switch kind {
            case .answer: "답변"
            case .dontKnow: "\"모르겠습니다\""
            case .skip: "건너뜀"
            case .timeout: "시간 종료"
            }
        },
        next: "다음",
        nextQuestion: { "꼬리 질문: \($0)" },
        treeEnds: "이 질문의 꼬리 질문이 끝났습니다",
        sessionStarted: { "세션 시작 · \($0)" },
        pausedNote: "일시정지 (시계가 멈췄습니다).",
        resumedNote: "다시 시작.",
        quitNote: "종료: 이어서 할 수 있게 저장되었습니다.",
        reopenedNote: "멈춘 곳에서 이어서 시작.",
        repeatedNote: "질문을 다시 보여 주었습니다.",
        taskNote: { "코딩 과제 \($0)" },
        taskGradedNote: {
            "과제 \($0.taskID) \($0.visibleOnly ? "공개 예제 실행" : "제출"): \($0.verdict) \($0.passed)/\($0.total)"
        },
        tasksTitle: "코딩 과제",
        taskRunKind: { $0 ? "연습 실행 (공개 예제)" : "제출" },
        timeAgainstKernel: { "kkori 커널의 \(Format.multiple($0))배" },
        searchPrompt: "검색: ",
        searchMiss: { "“\($0)”을(를) 찾지 못했습니다." },
        jumpTitle: "질문으로 이동",
        damagedNote: { "손상된 기록: \($0). 손상 전까지는 모두 다시 볼 수 있습니다." },
        endOfSession: "세션의 끝입니다.",
        followUpLabel: "꼬리 질문",
        evidence: "근거",
        compareTitle: "답변 비교",
        gained: "새로 짚은 핵심", lost: "놓친 핵심",
        sameQuestions: { "같은 질문 \($0)개" },
        noAttempt: "(이 세션에서는 묻지 않음)",
        progressTitle: "성장 기록",
        overTime: { "세션 \($0)개" },
        byTopic: "주제별",
        weakestQuestions: "약한 질문",
        depthOverTime: "질문별 꼬리 질문 깊이 (오래된 세션 → 최근 세션)",
        attempts: { "\($0)회" },
        noProgress: "아직 채점된 답변이 없습니다. 첫 세션을 마치면 성장 기록이 보입니다.",
        latest: "최근",
        keysTitle: "키")
}
