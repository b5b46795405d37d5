import KkoriEngine
import KkoriScenario

extension UIStrings {
    /// The Korean interface.
    static let korean = UIStrings(
        language: .ko,
        appTitle: "kkori 꼬리",
        tagline: "아는 것의 끝까지 꼬리 질문으로 파고드는 모의 면접",
        startFull: "전체 면접 시작",
        startFullDetail: "모든 라운드: ",
        roundOnly: { kind in
            switch kind {
            case .technical: "기술 면접만"
            case .project: "프로젝트 면접만"
            case .personality: "인성 면접만"
            case .coding: "코딩 과제만"
            }
        },
        resume: "이어서 하기",
        resumeDetail: { "멈춘 곳에서 계속합니다: \($0)" },
        history: "지난 기록",
        historyDetail: "지난 세션과 점수를 봅니다.",
        settingLanguage: "언어",
        settingMode: "모드",
        settingScenario: "시나리오",
        settingGuidance: "답변 시간 안내",
        help: "도움말",
        quit: "종료",
        on: "켜짐",
        off: "꺼짐",
        modeName: { $0 == .practice ? "연습" : "실전" },
        modeDetail: { mode in
            mode == .practice ? "연습: 답변마다 피드백과 모범 답안을 봅니다."
                : "실전: 실제 면접처럼 마지막 결과 화면까지 피드백이 없습니다."
        },
        languageName: { $0 == .ko ? "한국어" : "English" },
        roundName: { kind in
            switch kind {
            case .technical: "기술 면접"
            case .project: "프로젝트 면접"
            case .personality: "인성 면접"
            case .coding: "코딩 과제"
            }
        },
        roundDetail: { count, time in "꼬리 질문이 붙는 \(count)문항 · 답변당 약 \(time)" },
        questionOf: { "\($1)문항 중 \($0)번" },
        answerLabel: "답변",
        answerPlaceholder: "여기에 답변을 입력하세요. Enter는 줄바꿈, ^D는 제출입니다.",
        answerClock: "답변",
        roundClock: "라운드",
        paused: "일시정지",
        pausedDetail: "시계가 멈췄습니다. ^P 또는 Enter로 계속합니다.",
        emptyAnswer: "답변이 비어 있습니다. 입력하거나 ^N으로 '모르겠습니다'를 고르세요.",
        repeated: "질문을 다시 보여 드립니다.",
        followUp: "꼬리 질문",
        feedbackTitle: "피드백",
        score: "점수",
        covered: "짚은 핵심",
        missed: "놓친 핵심",
        misconceptions: "오개념",
        honesty: "모른다고 솔직하게 말한 것은 좋은 선택입니다. 면접관은 얼버무리는 답보다 이를 더 높이 평가합니다.",
        advice: "조언",
        modelAnswer: "모범 답안",
        modelAnswerHidden: "m을 누르면 모범 답안을 봅니다.",
        nextProbe: "다음",
        nextDeeper: { $0.isEmpty ? "더 깊이 파고드는 꼬리 질문" : "더 깊이 파고드는 꼬리 질문: \($0)" },
        nextMissed: { "빠진 부분을 확인하는 꼬리 질문: \($0)" },
        nextEasier: "같은 주제의 더 쉬운 질문",
        nextOther: "같은 주제의 꼬리 질문",
        treeEnds: "이 질문은 여기서 끝나고 새 질문으로 넘어갑니다.",
        flagNote: { flag in
            switch flag {
            case "bluff": "길지만 핵심을 하나도 짚지 못했습니다. 아는 것을 짧고 정확하게 말하세요."
            case "blame": "전 회사나 동료를 탓하지 말고 배운 점을 말하세요."
            case "self-blame": "스스로를 지나치게 탓하지 마세요. 실수와 그 뒤에 바꾼 점을 말하세요."
            case "absolute": "'절대', '한 번도' 같은 단정은 외운 답처럼 들립니다. 실제 사례를 드세요."
            case "no-own-role": "팀이 한 일뿐 아니라 본인이 직접 한 일을 말하세요."
            case "too-short": "판단하기에 너무 짧습니다. 설명하고, 예를 들고, 장단점을 덧붙이세요."
            default: nil
            }
        },
        roundEnded: { "\($0) 종료" },
        timeUp: "시간 종료",
        questionsCount: { "\($0)문항" },
        reportTitle: "면접 결과",
        overall: "종합",
        recommendation: "판정",
        recommendationName: { r in
            switch r {
            case .strongHire: "적극 채용"
            case .hire: "채용"
            case .leanNoHire: "보류 (불합격 쪽)"
            case .noHire: "불합격"
            }
        },
        byRound: "라운드별",
        byCompetency: "역량별",
        competencyName: { c in
            switch c {
            case .mlFundamentals: "ML 기초"
            case .csFundamentals: "CS 기초"
            case .projectDepth: "프로젝트 깊이"
            case .communication: "커뮤니케이션"
            case .cultureFit: "컬처 핏"
            case .coding: "코딩"
            }
        },
        depth: "꼬리 질문 깊이 (● 잘 답함  ◐ 질문받음  ○ 도달 못 함)",
        strongest: "가장 좋았던 답변",
        weakest: "보완할 답변",
        nextTime: "다음에 공부할 것",
        tasks: "코딩 과제",
        solutionFile: "풀이 파일",
        grading: "채점 중…",
        noGrader: "이 시나리오의 과제는 채점할 수 없습니다.",
        taskResult: { visibleOnly, verdict, passed, total in
            (visibleOnly ? "공개 예제: " : "제출, 전체 케이스: ") + "\(total)개 중 \(passed)개 통과 (\(verdict))"
        },
        timeLeft: "남은 시간",
        taskTimeUp: "시간이 끝나 마지막으로 저장된 파일을 제출했습니다.",
        noEditor: "편집기를 실행하지 못했습니다. EDITOR를 설정하고(예: `export EDITOR=nano`) e를 다시 누르세요.",
        timeAgainstKernel: { "시간: kkori 커널의 \(Format.multiple($0))배" },
        gradingCases: { $0 ? "공개 예제 실행 중" : "숨은 테스트로 채점 중" },
        taskModes: { $0 == .practice ? "학습: 틀린 숨은 테스트 공개" : "시험: 숨은 테스트는 개수만" },
        helpTitle: "도움말",
        helpContext: { context in
            switch context {
            case .home: "홈"
            case .interview, .paused: "답변 중"
            case .feedback: "피드백"
            case .summary: "라운드 요약"
            case .report: "결과"
            case .help: "도움말"
            case .confirmQuit: "종료"
            case .task: "코딩 과제"
            case .taskDone: "코딩 과제 결과"
            }
        },
        quitTitle: "kkori를 종료할까요?",
        quitBody: "입력한 답변과 세션은 저장됩니다. 나중에 `kkori resume`으로 이어서 할 수 있습니다.",
        enlarge: "터미널 창을 키워 주세요.",
        enlargeShort: "창을 키워 주세요",
        enlargeSize: { width, height, minWidth, minHeight in "지금 \(width)×\(height), 최소 \(minWidth)×\(minHeight)" },
        savedTo: { "기록 파일: \($0)" })
}
