/// The generic cue words, per signal, in both languages. They describe how people talk, not what a
/// particular rubric wants, so they hold for any question; rubric phrases stay in the scenario files.
extension CueLexicon {
    /// Honest "I don't know". Only read when the answer covers no key point, and only where the cue
    /// is about the candidate's own knowledge (see `admitsIgnorance`), so a broad cue such as 모르
    /// (모르겠습니다, 잘 모르지만) can't cost a real answer anything.
    static let dontKnowWords = [
        "모르", "모릅", "몰라", "몰랐", "기억이 안", "기억이 잘 안", "기억나지", "기억이 나지", "생각이 안 나", "생각이 잘 안 나", "생각나지",
        "생각이 나지", "공부를 못", "공부하지 못", "공부가 부족", "공부를 안", "공부해 본 적이 없", "배운 적이 없",
        "배우지 못", "들어본 적", "처음 들어", "확실하지 않", "자신이 없", "알지 못", "아는 바가 없", "답변하기 어렵",
        "답하기 어렵", "답변드리기 어렵", "답변을 못", "헷갈",
        "don't know", "do not know", "dont know", "dunno", "not sure", "no idea", "not familiar", "unfamiliar with",
        "haven't studied", "have not studied", "didn't study", "never studied", "don't remember", "do not remember",
        "can't remember", "cannot remember", "can't recall", "cannot recall", "don't recall", "do not recall",
        "not certain", "never learned", "haven't learned", "never heard", "i forgot", "i forget", "no clue",
        "not confident", "pass on this", "i'm not aware", "can't answer", "cannot answer", "unable to answer",
        "don't really know", "beyond what i know", "out of my depth",
    ]

    static let hedgeWords = [
        "아마", "것 같", "듯합니다", "듯해", "추측", "확실하지는", "확실하진", "확실치", "정확하진", "잘은 모르", "기억으로는",
        "잘 모르지만", "정확하지 않지만", "들었습니다", "알고 있습니다",
        "i think", "probably", "maybe", "i guess", "i believe", "might be", "perhaps", "if i remember", "not sure",
        "i suppose", "if i recall", "i heard", "as far as i know",
    ]

    static let definitionWords = [
        "정의", "의미합니다", "의미하는", "뜻합니다", "뜻하는", "말합니다", "말하는 것", "가리킵니다", "나타냅니다", "나타내는 값",
        "is defined", "defined as", "refers to", "means that", "is a measure", "measures how", "definition",
        "is a way", "is a technique", "is a data structure",
    ]

    static let intuitionWords = [
        "직관", "쉽게 말해", "쉽게 말하면", "비유", "다시 말해", "왜냐하면", "때문에", "때문입니다", "그래서", "따라서", "즉",
        "결국", "이유는", "원리",
        "intuitively", "intuition", "in other words", "think of", "because", "the reason", "that is why", "this means",
        "which means", "so that", "therefore", "the idea is", "roughly",
    ]

    static let exampleWords = [
        "예를 들어", "예를 들면", "예시", "예로", "가령", "사례", "예컨대", "이를테면",
        "for example", "for instance", "e.g", "such as", "say we", "imagine", "like when", "an example",
    ]

    static let formulaWords = [
        "=", "sum", "log", "exp", "^", "수식", "공식", "formula", "equation", "o(", "기댓값", "expectation",
    ]

    static let tradeOffWords = [
        "반면", "하지만", "그러나", "단점", "장점", "트레이드오프", "트레이드 오프", "대신", "오버헤드", "한계", "비용이",
        "주의할 점", "문제는", "trade-off", "tradeoff", "however", "whereas", "on the other hand", "downside", "drawback",
        "overhead", "at the cost", "advantage", "disadvantage", "limitation", "but", "the cost", "the price",
    ]

    static let beyondWords = [
        "실무", "실제로", "참고로", "추가로", "덧붙이", "관련해서", "응용", "최근에는", "in practice", "additionally",
        "related", "moreover", "furthermore", "in production", "beyond", "a related", "in real",
    ]

    static let ownRoleWords = [
        "제가", "저는", "제 역할", "저 혼자", "내가", "직접", "담당했", "담당하", "맡았", "맡아", "주도했", "주도하",
        "my role", "i was responsible", "i was in charge", "my responsibility", "i owned", "i led", "i built",
        "i designed", "i implemented", "i wrote", "i developed", "i proposed", "i trained", "i created", "i made",
        "i added", "i found", "i analyzed", "i analysed", "i decided", "i set up", "i ran", "i handled", "i personally",
        "i myself", "i started",
    ]

    static let weWords = ["저희", "우리", "we", "our team", "our", "the team"]

    static let teamWords = [
        "팀원", "팀 구성", "명으로", "명이", "명의", "백엔드", "프론트엔드", "데이터 엔지니어", "기획자", "디자이너", "연구원", "pm",
        "team of", "engineers", "backend", "frontend", "designer", "researcher", "product manager", "data engineer",
        "members", "people on", "teammates",
    ]

    static let problemWords = [
        "문제", "어려움", "어려웠", "이슈", "병목", "장애", "한계", "과제", "도전", "갈등", "부딪", "의견이 달", "실패",
        "실수", "마감", "놓쳤",
        "problem", "challenge", "issue", "bottleneck", "difficult", "struggle", "hard part", "obstacle", "bug",
        "conflict", "disagreed", "disagreement", "failed", "mistake", "deadline", "went wrong",
    ]

    static let actionWords = [
        "해결", "적용", "도입", "구현", "개발", "설계", "바꿔", "바꾸", "시도", "분석", "제안", "개선하기 위해", "추가",
        "대화", "이야기를 나눠", "논의", "정했", "공유", "요청", "설득", "조율", "나눠서", "정리해",
        "implemented", "introduced", "applied", "built", "designed", "switched", "tried", "solved", "fixed", "added",
        "replaced", "proposed", "developed", "analyzed", "analysed", "rewrote", "trained", "tuned", "deployed",
        "talked", "discussed", "agreed", "asked", "shared", "measured", "rolled back", "set up", "wrote down",
    ]

    static let resultWords = [
        "결과", "성과", "향상", "개선", "감소", "증가", "줄였", "줄어", "높였", "올랐", "올렸", "단축", "절감", "달성",
        "그 후로", "그 뒤로", "이후로", "덕분에", "결국", "마칠 수", "합의",
        "result", "improved", "reduced", "increased", "achieved", "cut", "raised", "boosted", "dropped", "went from",
        "saved", "lowered", "outcome", "led to", "since then", "in the end", "afterwards", "shipped", "we agreed",
    ]

    static let skillWords = [
        "bert", "gpt", "llm", "transformer", "트랜스포머", "cnn", "rnn", "lstm", "gru", "xgboost", "lightgbm", "catboost",
        "random forest", "랜덤 포레스트", "resnet", "yolo", "unet", "u-net", "vit", "pytorch", "파이토치", "tensorflow",
        "텐서플로", "keras", "sklearn", "scikit", "kubernetes", "쿠버네티스", "docker", "도커", "spark", "스파크", "airflow",
        "kafka", "faiss", "onnx", "triton", "tensorrt", "fastapi", "redis", "pandas", "numpy", "임베딩", "embedding",
        "attention", "어텐션", "fine-tun", "파인튜닝", "미세 조정", "lora", "rag", "강화학습", "reinforcement learning",
        "two-tower", "투타워", "협업 필터링", "collaborative filtering", "증강", "augmentation", "양자화", "quantization",
        "distillation", "증류", "a/b 테스트", "a/b test", "feature engineering", "피처 엔지니어링", "회귀", "regression",
        "classifier", "분류기", "gradient boosting", "그래디언트 부스팅", "word2vec", "diffusion", "gan", "mlflow", "sql",
    ]

    static let concreteWords = [
        "당시", "그때", "한 번은", "작년", "재작년", "입사", "프로젝트", "예를 들어", "실제로", "첫 회사", "이전 회사에서",
        "적이 있", "예전에", "지난", "대학교 때", "학교 때",
        "at the time", "once", "last year", "when i was", "in my previous", "on a project", "for example", "back then",
        "at my last", "in my first", "one time", "last quarter", "in my first year", "a few years ago",
    ]

    static let growthWords = [
        "성장", "배웠", "배운", "배움", "배우", "발전", "극복", "교훈", "깨달", "개선하", "보완", "노력",
        "learn", "grow", "growth", "improve", "develop myself", "overcame", "lesson", "realized", "realised",
        "became better", "work on",
    ]

    static let passionWords = [
        "열정", "관심", "흥미", "좋아", "재미", "즐기", "즐겁", "꿈", "매력", "설레",
        "passion", "excited", "love", "enjoy", "curious", "fascinat", "interest", "motivated", "eager",
    ]

    static let companyWords = [
        "귀사", "이 회사", "회사의 서비스", "서비스", "제품", "미션", "비전", "네이버", "카카오", "라인", "쿠팡", "배민",
        "배달의민족", "토스", "당근", "이 팀", "지원한",
        "your company", "your team", "your product", "your service", "this company", "mission", "naver", "kakao",
        "coupang", "toss", "baemin", "your users", "this team", "this role",
    ]

    static let blameTargetWords = [
        "회사", "상사", "팀장", "동료", "팀원", "매니저", "리더", "경영진", "그 사람", "그분", "윗사람", "사수", "대표",
        "manager", "boss", "company", "colleague", "coworker", "co-worker", "team lead", "management", "teammate",
        "they", "he", "she", "the team", "my lead", "leadership",
    ]

    static let blameNegativeWords = [
        "무능", "탓", "엉망", "최악", "답답", "이상한", "이상해", "불합리", "비합리", "말이 안", "어이없", "짜증", "게으",
        "책임감이 없", "수준이 낮", "수준이 떨어", "비전이 없", "인정을 안", "무시", "갑질", "꼰대", "때문에 망",
        "incompetent", "terrible", "toxic", "awful", "worst", "useless", "lazy", "stupid", "fault", "horrible",
        "clueless", "a mess", "unfair", "never listened", "didn't care", "ruined", "blame", "idiot", "no vision",
    ]

    static let selfBlameWords = [
        "제가 무능", "저는 무능", "제 탓", "한심", "쓸모없", "저는 부족한 사람", "저는 항상 실패", "제가 멍청", "자격이 없",
        "all my fault", "i'm useless", "i am useless", "i'm stupid", "i am stupid", "i'm terrible", "i am terrible",
        "i'm a failure", "i am a failure", "i'm hopeless", "i am hopeless", "i'm not good enough", "i am worthless",
    ]

    static let absoluteWords = [
        "스트레스를 받지 않", "스트레스를 안 받", "스트레스를 전혀", "스트레스가 없", "실패한 적이 없", "실패해 본 적이 없",
        "실패한 적은 없", "단점이 없", "약점이 없", "갈등이 없", "갈등이 생긴 적이 없", "갈등은 없", "한 번도 실패",
        "한 번도 없", "절대 실수",
        "never get stressed", "never stressed", "don't get stressed", "do not get stressed", "never failed",
        "have never failed", "no weaknesses", "don't have any weaknesses", "never had a conflict", "never had conflicts",
        "never had any conflict", "never make mistakes", "never fail", "i don't have weaknesses", "never been stressed",
    ]

    /// Units and words that make a number a result (30%, 120ms, 3배, 10억 원, 2x).
    static let unitWords = [
        "%", "퍼센트", "배", "ms", "밀리초", "초", "분", "시간", "일", "주", "개월", "명", "건", "원", "억", "만", "천", "달러",
        "포인트", "점", "x", "k", "m", "gb", "mb", "tb", "qps", "rps", "fps", "p", "pt", "percent", "points", "times",
        "users", "requests", "hours", "days", "weeks", "seconds", "minutes", "sec", "s", "dollars", "usd",
    ]

    /// Metric names that make a nearby number a result.
    static let metricWords = [
        "accuracy", "정확도", "f1", "auc", "precision", "recall", "정밀도", "재현율", "latency", "지연", "throughput",
        "처리량", "revenue", "매출", "cost", "비용", "conversion", "전환율", "ctr", "클릭률", "mae", "rmse", "mape",
        "bleu", "rouge", "map", "ndcg", "wer", "cer", "loss", "손실", "retention", "리텐션", "이탈률", "error rate",
        "오류율", "에러율", "top-1", "top-5", "mrr", "hit rate", "응답 시간", "response time", "p99", "p95",
    ]
}
