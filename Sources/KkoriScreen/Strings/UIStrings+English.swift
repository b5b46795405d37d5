import KkoriEngine
import KkoriScenario
import KkoriScoring

extension UIStrings {
    /// The English interface.
    static let english = UIStrings(
        language: .en,
        appTitle: "kkori",
        tagline: "Mock interviews that follow up until you reach the edge of what you know.",
        startFull: "Start a full interview",
        startFullDetail: "Every round: ",
        roundOnly: { kind in
            switch kind {
            case .technical: "Technical round only"
            case .project: "Project round only"
            case .personality: "Personality round only"
            case .coding: "Coding round only"
            }
        },
        resume: "Resume last session",
        resumeDetail: { "Continue where you stopped: \($0)" },
        history: "History",
        historyDetail: "Past sessions and their scores.",
        settingLanguage: "Language",
        settingMode: "Mode",
        settingScenario: "Scenario",
        settingGuidance: "Answer-time guidance",
        help: "Help",
        quit: "Quit",
        on: "on",
        off: "off",
        modeName: { $0 == .practice ? "practice" : "real" },
        modeDetail: { mode in
            mode == .practice ? "Practice: feedback and the model answer after every answer."
                : "Real: no feedback until the final report, as in a real interview."
        },
        languageName: { $0 == .ko ? "한국어" : "English" },
        roundName: { kind in
            switch kind {
            case .technical: "Technical"
            case .project: "Project"
            case .personality: "Personality"
            case .coding: "Coding"
            }
        },
        roundDetail: { count, time in "\(count) questions with follow-ups · about \(time) per answer" },
        questionOf: { "question \($0) of \($1)" },
        answerLabel: "Your answer",
        answerPlaceholder: "Type your answer here. Enter starts a new line; ^D submits.",
        answerClock: "answer",
        roundClock: "round",
        paused: "Paused",
        pausedDetail: "The clocks are stopped. ^P or Enter to go on.",
        emptyAnswer: "The answer is empty: type something, or ^N for \"I don't know\".",
        repeated: "The question again, as asked.",
        followUp: "follow-up",
        feedbackTitle: "Feedback",
        score: "Score",
        covered: "Covered",
        missed: "Missed",
        misconceptions: "Misconceptions",
        honesty: "Saying you don't know is the right call: interviewers respect it more than a bluff.",
        advice: "Advice",
        modelAnswer: "Model answer",
        modelAnswerHidden: "Press m to see the model answer.",
        nextProbe: "Next",
        nextDeeper: { $0.isEmpty ? "a follow-up that goes deeper." : "a follow-up that goes deeper into: \($0)" },
        nextMissed: { "a follow-up that probes what was missing: \($0)" },
        nextEasier: "an easier question on the same topic.",
        nextOther: "a follow-up on the same topic.",
        treeEnds: "this question is done; the next one starts fresh.",
        flagNote: { flag in
            switch flag {
            case "bluff": "Long, but it covered none of the key points: say less, and say what you know."
            case "blame": "Avoid blaming a former company or colleagues; say what you learned."
            case "self-blame": "Be fair to yourself: describe the mistake and what you changed."
            case "absolute": "Absolutes (\"never\", \"always\") sound rehearsed; give a real example."
            case "no-own-role": "Say what you did yourself, not only what the team did."
            case "too-short": "Too short to judge: explain, give an example, mention a trade-off."
            default: nil
            }
        },
        roundEnded: { "\($0) round finished" },
        timeUp: "time is up",
        questionsCount: { $0 == 1 ? "1 question" : "\($0) questions" },
        reportTitle: "Interview report",
        overall: "Overall",
        recommendation: "Recommendation",
        recommendationName: { r in
            switch r {
            case .strongHire: "Strong hire"
            case .hire: "Hire"
            case .leanNoHire: "Lean no hire"
            case .noHire: "No hire"
            }
        },
        byRound: "By round",
        byCompetency: "By competency",
        competencyName: { c in
            switch c {
            case .mlFundamentals: "ML fundamentals"
            case .csFundamentals: "CS fundamentals"
            case .projectDepth: "Project depth"
            case .communication: "Communication"
            case .cultureFit: "Culture fit"
            case .coding: "Coding"
            }
        },
        depth: "Depth reached (● answered well  ◐ asked  ○ not reached)",
        strongest: "Strongest answers",
        weakest: "Weakest answers",
        nextTime: "Study next",
        tasks: "Coding tasks",
        solutionFile: "Solution file",
        grading: "Grading…",
        noGrader: "This scenario has no grader for its tasks.",
        taskResult: { visibleOnly, verdict, passed, total in
            (visibleOnly ? "Visible cases: " : "Submitted, all cases: ") + "\(passed)/\(total) passed (\(verdict))"
        },
        timeLeft: "time left",
        taskTimeUp: "Time is up: the last saved file was submitted.",
        noEditor: "No editor could be started: set EDITOR (for example `export EDITOR=nano`) and press e again.",
        timeAgainstKernel: { "time: \(Format.multiple($0))× kkori's kernel" },
        gradingCases: { $0 ? "Running the visible cases" : "Grading on the hidden cases" },
        taskModes: { $0 == .practice ? "study: failing hidden cases shown" : "exam: hidden cases as counts" },
        helpTitle: "Help",
        helpContext: { context in
            switch context {
            case .home: "Home"
            case .interview, .paused: "Answering"
            case .feedback: "Feedback"
            case .summary: "Round summary"
            case .report: "Report"
            case .help: "Help"
            case .confirmQuit: "Quit"
            case .task: "Coding task"
            case .taskDone: "Coding task results"
            }
        },
        quitTitle: "Quit kkori?",
        quitBody: "Your answer and the session are saved; continue later with `kkori resume`.",
        enlarge: "Please enlarge the terminal.",
        enlargeShort: "Enlarge",
        enlargeSize: { width, height, minWidth, minHeight in "\(width)×\(height), needs \(minWidth)×\(minHeight)" },
        savedTo: { "Transcript: \($0)" })
}
