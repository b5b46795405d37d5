import KkoriEngine
import KkoriScenario
import KkoriScoring

/// Every line-mode message, per language.
struct LineStrings {
    let language: Language

    private func pick(_ ko: String, _ en: String) -> String { language == .ko ? ko : en }

    var answerHelp: String {
        pick("(답변을 입력하고 '.'만 있는 줄로 마칩니다. 명령: /dontknow 모름, /skip 건너뛰기, /repeat 다시 듣기, /pause 일시정지, /quit 저장 후 종료)",
             "(Type your answer and end it with a line holding only '.'. Commands: /dontknow, /skip, /repeat, /pause, /quit)")
    }
    var paused: String { pick("일시정지되었습니다. 계속하려면 /resume 을 입력하세요.", "Paused. Type /resume to continue.") }
    var resumed: String { pick("다시 시작합니다.", "Resumed.") }
    var followUpLabel: String { pick("꼬리 질문", "Follow-up") }
    var covered: String { pick("짚은 핵심", "Covered") }
    var missed: String { pick("놓친 핵심", "Missed") }
    var misconceptions: String { pick("오개념", "Misconceptions") }
    var modelAnswer: String { pick("모범 답안", "Model answer") }
    var honest: String {
        pick("모른다고 솔직하게 말한 것은 좋은 태도입니다. 다음 질문으로 넘어갑니다.",
             "Saying you don't know is the honest call; moving on.")
    }
    var nextProbe: String { pick("다음 꼬리 질문이 이어집니다", "A follow-up comes next") }
    var report: String { pick("면접 결과", "Interview report") }
    var overall: String { pick("종합 점수", "Overall") }
    var recommendationLabel: String { pick("판정", "Recommendation") }
    var strongest: String { pick("가장 좋았던 답변", "Strongest answers") }
    var weakest: String { pick("보완할 답변", "Weakest answers") }
    var studyNext: String { pick("다음에 보완할 점", "Study next") }
    var depthLabel: String { pick("꼬리 질문 깊이", "Depth reached") }
    var taskCommands: String {
        pick("코딩 과제: 풀이 파일 경로를 입력하면 모든 케이스로 채점해 제출합니다. /run 경로 는 공개 예제만 실행합니다 (점수에 들어가지 않음). /skip 건너뛰기.",
             "Coding task: type the path of your solution file to grade it on every case and submit it; /run PATH runs the visible cases only (not scored); /skip skips.")
    }

    var skipTask: String {
        pick("코딩 과제: 풀이 파일 경로를 입력하면 채점합니다 (/skip 건너뛰기).",
             "Coding task: type the path of your solution file to grade it (/skip to skip).")
    }

    func savedResumable(_ path: String) -> String {
        pick("세션을 저장했습니다: \(path)\n이어서 하려면: kkori resume \(path)",
             "Session saved: \(path)\nContinue with: kkori resume \(path)")
    }

    func saved(_ path: String) -> String { pick("기록 저장: \(path)", "Transcript: \(path)") }

    func roundName(_ kind: RoundKind) -> String {
        switch kind {
        case .technical: pick("기술 면접", "Technical round")
        case .project: pick("프로젝트 면접", "Project round")
        case .personality: pick("인성 면접", "Personality round")
        case .coding: pick("코딩 과제", "Coding round")
        }
    }

    func roundEnded(_ summary: RoundSummary) -> String {
        let timeUp = summary.ending == .timeLimit ? pick(" (시간 종료)", " (time up)") : ""
        return pick("\(roundName(summary.round)) 종료\(timeUp): 평균 \(percent(summary.score)), \(summary.attempted)문항",
                    "\(roundName(summary.round)) finished\(timeUp): \(percent(summary.score)) over \(summary.attempted) questions")
    }

    func recommendation(_ r: Recommendation) -> String {
        switch r {
        case .strongHire: pick("적극 채용", "Strong hire")
        case .hire: pick("채용", "Hire")
        case .leanNoHire: pick("보류 (불합격 쪽)", "Lean no hire")
        case .noHire: pick("불합격", "No hire")
        }
    }

    func competency(_ c: Competency) -> String {
        switch c {
        case .mlFundamentals: pick("ML 기초", "ML fundamentals")
        case .csFundamentals: pick("CS 기초", "CS fundamentals")
        case .projectDepth: pick("프로젝트 깊이", "Project depth")
        case .communication: pick("커뮤니케이션", "Communication")
        case .cultureFit: pick("컬처 핏", "Culture fit")
        case .coding: pick("코딩", "Coding")
        }
    }

    func percent(_ score: Double) -> String { "\(Int((score * 100).rounded()))%" }
}
