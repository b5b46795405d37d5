import KkoriScenario

/// Every message of the coding tasks, per language.
struct TaskStrings {
    let language: Language

    private func pick(_ ko: String, _ en: String) -> String { language == .ko ? ko : en }

    func unknownTask(_ id: String) -> String { pick("알 수 없는 과제: \(id)", "unknown task: \(id)") }
    func suggested(_ minutes: Int) -> String { pick("권장 시간 \(minutes)분", "suggested time \(minutes) min") }
    func caseCounts(visible: Int, hidden: Int) -> String {
        pick("공개 케이스 \(visible)개, 비공개 \(hidden)개", "\(visible) visible and \(hidden) hidden cases")
    }
    func perCase(_ seconds: String) -> String { pick("케이스당 \(seconds)초", "\(seconds) s per case") }
    func tolerance(_ rtol: String, _ atol: String) -> String {
        pick("허용 오차 rtol \(rtol), atol \(atol)", "tolerance rtol \(rtol), atol \(atol)")
    }
    func starterHint(_ id: String) -> String {
        pick("시작 파일: kkori task starter \(id) > \(id).py", "Starter file: kkori task starter \(id) > \(id).py")
    }
    var visible: String { pick("공개", "visible") }
    var hidden: String { pick("비공개", "hidden") }
    func passed(_ passed: Int, _ total: Int) -> String { pick("\(total)개 중 \(passed)개 통과", "\(passed)/\(total) passed") }
    func inputs(_ list: String) -> String { pick("입력: \(list)", "inputs: \(list)") }
    func speed(candidate: String, reference: String, ratio: String) -> String {
        pick("속도: 내 풀이 \(candidate), kkori 커널 \(reference) (\(ratio))",
             "speed: your solution \(candidate), kkori's kernel \(reference) (\(ratio))")
    }
    func slower(_ factor: String) -> String { pick("\(factor)배 느림", "\(factor)x slower") }
    func faster(_ factor: String) -> String { pick("\(factor)배 빠름", "\(factor)x faster") }
    func warning(_ text: String) -> String { pick("주의: \(text)", "warning: \(text)") }
    func cannotGrade(_ reason: String) -> String {
        pick("채점할 수 없습니다: \(reason)", "solutions cannot be graded here: \(reason)")
    }
    var noTasks: String { pick("이 시나리오에는 코딩 과제가 없습니다.", "This scenario has no coding tasks.") }
    func problems(_ count: Int) -> String {
        pick("과제 파일 \(count)곳에 문제가 있어 빠졌습니다. kkori scenarios validate 로 확인하세요.",
             "\(count) problem(s) in task files left tasks out; run `kkori scenarios validate`")
    }
}
