import KkoriEngine

extension HistoryStrings {
    /// The English history interface.
    static let english = HistoryStrings(
        language: .en, ui: .english,
        historyTitle: "History",
        sessionsCount: { $0 == 1 ? "1 session" : "\($0) sessions" },
        interruptedCount: { "\($0) interrupted" },
        damagedCount: { "\($0) damaged" },
        columnDate: "Date", columnScenario: "Scenario", columnRounds: "Rounds", columnTime: "Time",
        columnScore: "Score", columnState: "State",
        roundShort: { kind in
            switch kind {
            case .technical: "Tech"
            case .project: "Proj"
            case .personality: "Pers"
            case .coding: "Code"
            }
        },
        stateFinished: "finished", stateInterrupted: "interrupted", stateDamaged: "damaged",
        stateFuture: "newer kkori", stateUnreadable: "unreadable",
        empty: "No past sessions yet. Start an interview and it will be listed here.",
        noMatch: "No session matches the filters (f round, F scenario, t period).",
        sortLabel: "sort",
        sortName: { sort in
            switch sort {
            case .date: "date"
            case .score: "score"
            case .duration: "time"
            case .scenario: "scenario"
            }
        },
        allRounds: "all rounds", allScenarios: "all scenarios",
        periodName: { period in
            switch period {
            case .all: "any date"
            case .week: "last 7 days"
            case .month: "last 30 days"
            case .year: "last year"
            }
        },
        deleteTitle: "Delete this session?",
        deleteBody: "Its transcript file is removed for good; replay and progress lose it.",
        deleteKeys: "y delete · n keep",
        deleted: { "Deleted \($0)." },
        marked: "Marked. Select another session and press c to compare the two.",
        notResumable: "Only an interrupted, undamaged session can be resumed.",
        notReplayable: "This transcript cannot be replayed (see its state).",
        noComparison: "No other session answered any of the same questions.",
        resumeHint: { "Continue an interrupted session: kkori resume \($0)" },
        replayTitle: "Replay",
        playing: "▶ playing", stopped: "❚❚ stopped",
        stepOf: { "event \($0)/\($1)" },
        answerLabel: "Answer",
        typing: "typing…",
        typedIn: { "answered in \($0)" },
        notAnswered: "(not answered)",
        kindLabel: { kind in
            switch kind {
            case .answer: "answer"
            case .dontKnow: "\"I don't know\""
            case .skip: "skipped"
            case .timeout: "time ran out"
            }
        },
        next: "Next",
        nextQuestion: { "follow-up: \($0)" },
        treeEnds: "this question tree ends",
        sessionStarted: { "Session started · \($0)" },
        pausedNote: "Paused (the clocks stopped).",
        resumedNote: "Resumed.",
        quitNote: "Quit: the session was saved to be resumed.",
        reopenedNote: "Continued from where it stopped.",
        repeatedNote: "The question was shown again.",
        taskNote: { "Coding task \($0)" },
        taskGradedNote: {
            "Task \($0.taskID), \($0.visibleOnly ? "visible cases tried" : "submitted"): \($0.verdict) \($0.passed)/\($0.total)"
        },
        tasksTitle: "Coding tasks",
        taskRunKind: { $0 ? "try (visible cases)" : "submission" },
        timeAgainstKernel: { "\(Format.multiple($0))× kkori's kernel" },
        searchPrompt: "Search: ",
        searchMiss: { "No match for “\($0)”." },
        jumpTitle: "Jump to a question",
        damagedNote: { "Damaged transcript: \($0). Everything before the damage replays." },
        endOfSession: "End of the session.",
        followUpLabel: "follow-up",
        evidence: "words",
        compareTitle: "Compare attempts",
        gained: "Gained", lost: "Lost",
        sameQuestions: { $0 == 1 ? "1 question in common" : "\($0) questions in common" },
        noAttempt: "(not asked in this session)",
        progressTitle: "Progress",
        overTime: { "over \($0) sessions" },
        byTopic: "By topic",
        weakestQuestions: "Weakest questions",
        depthOverTime: "Depth reached in each question tree (sessions oldest → newest)",
        attempts: { $0 == 1 ? "1 attempt" : "\($0) attempts" },
        noProgress: "No scored answers yet: progress appears after your first session.",
        latest: "latest",
        keysTitle: "Keys")
}
