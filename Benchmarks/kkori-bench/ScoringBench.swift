import Foundation
import KkoriScenario
import KkoriScoring

/// Prints the scoring figures: answers scored per second on one core, for 150-word answers (Korean
/// and English, strong to off-topic) against a 5-point rubric with misconceptions and synonyms.
func scoringBench(_ args: [String]) {
    let seconds = args.first.flatMap(Double.init) ?? 2
    let question = ScoringBenchData.question
    let scorer = RubricScorer(synonyms: ScoringBenchData.synonyms)
    let compiled = scorer.compile(question)
    let answers = ScoringBenchData.answers()
    let words = answers.map { $0.split(whereSeparator: \.isWhitespace).count }
    print("answers: \(answers.count), words each: \(words.min() ?? 0)-\(words.max() ?? 0), rubric points: \(question.rubric.points.count)")
    var checksum = 0.0
    for answer in answers { checksum += scorer.assess(answer, to: compiled, language: .ko).score }   // warm-up
    // Timed in short batches of this thread's CPU time: on a shared machine other work inflates
    // some batches (cache and core contention), so the median and the fastest tenth are both shown.
    var batches: [Double] = []
    let start = threadCPUSeconds()
    while threadCPUSeconds() - start < seconds {
        let batchStart = threadCPUSeconds()
        for _ in 0..<10 {
            for answer in answers { checksum += scorer.assess(answer, to: compiled, language: .ko).score }
        }
        batches.append((threadCPUSeconds() - batchStart) / Double(10 * answers.count))
    }
    batches.sort()
    let median = batches[batches.count / 2], fast = batches[batches.count / 10]
    print(String(format: "scoring: %.0f answers/s on one core (median batch, %.1f µs per answer); %.0f/s in the fastest tenth of batches",
                 1 / median, median * 1e6, 1 / fast))
    print(String(format: "(%d batches of %d answers; checksum %.3f)", batches.count, 10 * answers.count,
                 checksum / Double((batches.count * 10 + 1) * answers.count)))
    let compileStart = DispatchTime.now().uptimeNanoseconds
    let fresh = RubricScorer(synonyms: ScoringBenchData.synonyms)
    _ = fresh.compile(question)
    let compileMicros = Double(DispatchTime.now().uptimeNanoseconds - compileStart) / 1e3
    print(String(format: "compiling the rubric (once per question): %.0f µs", compileMicros))
}

/// CPU seconds used by the calling thread.
private func threadCPUSeconds() -> Double {
    var spec = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &spec)
    return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
}

/// The benchmark's rubric and answers, written for it.
enum ScoringBenchData {
    static let synonyms: [[String]] = [
        ["KL 발산", "KL divergence", "쿨백-라이블러 발산", "kullback-leibler divergence", "상대 엔트로피", "relative entropy"],
        ["교차 엔트로피", "크로스 엔트로피", "cross-entropy", "cross entropy"],
        ["확률 분포", "probability distribution", "분포", "distribution"],
        ["과적합", "오버피팅", "overfitting"],
        ["손실 함수", "로스 함수", "loss function"],
    ]

    static func point(_ id: String, _ weight: Double, _ aspect: Aspect, ko: [String], en: [String]) -> KeyPoint {
        KeyPoint(id: id, weight: weight, conveys: Localized(ko: "\(id) 설명", en: "explains \(id)"),
                 phrases: PhraseSet(ko: ko, en: en), aspect: aspect)
    }

    static let question = Question(
        id: "bench-kl", round: .technical, topic: "probability",
        text: Localized(ko: "KL 발산이 무엇인지 설명해 주세요.", en: "What does KL divergence mean?"),
        rubric: Rubric(points: [
            point("difference", 3, .definition, ko: ["두 분포의 차이", "분포 사이의 차이", "얼마나 다른지", "분포 & 차이"],
                  en: ["difference between two distributions", "how different", "distance between distributions"]),
            point("asymmetric", 2, .intuition, ko: ["비대칭", "대칭이 아니다", "순서를 바꾸면 값이 달라"],
                  en: ["asymmetric", "not symmetric", "order matters"]),
            point("non-negative", 1, .definition, ko: ["항상 0 이상", "음수가 아니", "0보다 크거나 같"],
                  en: ["always non-negative", "never negative", "greater than or equal to zero"]),
            point("formula", 2, .formula, ko: ["p log p/q", "log(p/q)", "로그 비율의 기댓값"],
                  en: ["p log p/q", "log(p/q)", "expected log ratio"]),
            point("cross-entropy", 1, .beyond, ko: ["교차 엔트로피 & 엔트로피", "교차 엔트로피에서 엔트로피를 뺀"],
                  en: ["cross-entropy minus entropy", "cross-entropy & entropy"]),
        ], misconceptions: [
            Misconception(id: "symmetric", says: Localized(ko: "대칭이다", en: "it is symmetric"),
                          phrases: PhraseSet(ko: ["kl & 대칭"], en: ["kl & symmetric"])),
            Misconception(id: "metric", says: Localized(ko: "거리 함수다", en: "it is a metric"),
                          phrases: PhraseSet(ko: ["거리 함수"], en: ["a true metric", "distance metric"])),
        ]),
        followUps: [], modelAnswer: Localized(ko: "KL 발산은 두 확률 분포의 차이를 재는 값입니다.",
                                              en: "KL divergence measures how one distribution differs from another."))

    static let koreanSentences = [
        "KL 발산은 두 확률 분포 P와 Q가 얼마나 다른지를 나타내는 값으로 정보 이론에서 자주 쓰입니다.",
        "수식으로는 P에 대한 log(P/Q)의 기댓값이고 이산 분포라면 합으로 계산합니다.",
        "중요한 성질은 비대칭이라는 점인데 P와 Q의 순서를 바꾸면 값이 달라지기 때문에 거리 함수로 보기는 어렵습니다.",
        "또한 깁스 부등식에 의해 항상 0 이상이며 두 분포가 같을 때만 0이 됩니다.",
        "실무에서는 교차 엔트로피에서 엔트로피를 뺀 값과 같기 때문에 분류 모델의 손실 함수를 최소화하는 것과 연결됩니다.",
        "예를 들어 VAE에서는 근사 사후 분포와 사전 분포 사이의 KL 항을 정규화처럼 사용해서 과적합을 줄이는 효과도 있습니다.",
        "저는 이 개념을 공부하면서 엔트로프와 교차 엔트로피를 함께 정리했는데 직관적으로는 Q로 P를 부호화할 때 더 드는 비트 수라고 이해했습니다.",
        "하지만 Q가 0인데 P가 양수인 곳이 있으면 값이 무한대로 발산하는 문제가 있어서 스무딩을 하기도 합니다.",
    ]

    static let englishSentences = [
        "KL divergence tells us how different two probability distributions P and Q are, and it comes from information theory.",
        "Formally it is the expectation under P of log(P/Q), which becomes a sum for discrete distributions.",
        "An important property is that it is not symmetric, so swapping P and Q changes the value and it is not a true distance.",
        "By Gibbs' inequality it is always non-negative and it is zero only when the two distributions are equal.",
        "In practice it equals cross-entropy minus entropy, so minimising the cross-entropy loss function of a classifier minimises it too.",
        "For example a variational autoencoder uses a KL term between the approximate posterior and the prior as a regulariser against overfitting.",
        "Intuitively it is the number of extra bits needed to encode samples from P with a code built for Q, which I find easy to remember.",
        "However if Q is zero where P is positive the divergence becomes infinite, so people often smooth the estimates in practice.",
    ]

    static let offTopicSentences = [
        "I have always been interested in building products that many people use every day at large companies.",
        "Our team worked hard on many projects and we learned a lot about communication and planning together.",
        "저는 다양한 프로젝트를 경험하면서 협업과 소통의 중요성을 많이 배웠고 앞으로도 꾸준히 성장하고 싶습니다.",
        "회사 생활을 하면서 여러 사람과 함께 일하는 방법과 일정 관리의 중요성을 느꼈습니다.",
    ]

    /// Eight answers of 150 words each: Korean and English, full, partial (rotated sentences),
    /// a misconception, and off-topic talk.
    static func answers() -> [String] {
        var result: [String] = []
        for (pool, rotation) in [(koreanSentences, 0), (koreanSentences, 3), (englishSentences, 0), (englishSentences, 5),
                                 (offTopicSentences, 0), (offTopicSentences, 2)] {
            result.append(words(150, from: Array(pool[rotation...] + pool[..<rotation])))
        }
        result.append(words(150, from: ["KL 발산은 대칭이고 거리 함수라서 두 분포 사이의 거리를 잽니다."] + koreanSentences.suffix(3)))
        result.append(words(150, from: ["KL divergence is symmetric and a true metric between distributions."] + englishSentences.suffix(3)))
        return result
    }

    /// Exactly `count` space-separated words, cycling through `sentences`.
    static func words(_ count: Int, from sentences: [String]) -> String {
        var out: [Substring] = []
        var index = 0
        while out.count < count {
            out += sentences[index % sentences.count].split(separator: " ")
            index += 1
        }
        return out.prefix(count).joined(separator: " ")
    }
}
