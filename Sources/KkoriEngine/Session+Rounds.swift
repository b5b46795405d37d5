import KkoriScenario
import KkoriScoring

/// Drawing questions and moving through rounds.
extension Session {
    mutating func beginRound(_ index: Int, at t: Double, _ out: inout [SessionEffect]) {
        roundIndex = index
        guard let kind = currentRound else {
            finish(at: t, &out)
            return
        }
        let draw = scenario.round(kind)?.draw ?? 3
        let pool = kind == .coding ? config.codingTasks : scenario.roots[kind] ?? []
        queue = generator.shuffled(pool)
        queuePosition = 0
        roundNumber = 0
        roundTotal = min(draw, queue.count)
        roundStartActive = activeTime(at: t)
        nextRoot(at: t, &out)
    }

    /// Asks the next undrawn root (or opens the next task), or ends the round.
    mutating func nextRoot(at t: Double, _ out: inout [SessionEffect]) {
        guard let kind = currentRound else { return }
        while roundNumber < roundTotal, queuePosition < queue.count {
            let id = queue[queuePosition]
            queuePosition += 1
            guard !usedRoots.contains(id) else { continue }
            usedRoots.insert(id)
            roundNumber += 1
            if kind == .coding {
                phase = .coding(taskID: id, number: roundNumber, total: roundTotal)
                askedAtActive = activeTime(at: t)
                out.append(.record(.taskStarted(taskID: id, number: roundNumber, total: roundTotal), at: t))
                out.append(.presentTask(taskID: id, number: roundNumber, total: roundTotal,
                                        timeLimitSeconds: scenario.round(.coding)?.timeLimitSeconds))
            } else {
                ask(AskedQuestion(questionID: id, round: kind, depth: 0, number: roundNumber, total: roundTotal,
                                  chain: [id]), at: t, &out)
            }
            return
        }
        endRound(.completed, at: t, &out)
    }

    mutating func ask(_ asked: AskedQuestion, at t: Double, _ out: inout [SessionEffect]) {
        askedIDs.insert(asked.questionID)
        lastAsked = asked
        if scenario.questions[asked.questionID]?.isRoot == true { usedRoots.insert(asked.questionID) }
        askedAtActive = activeTime(at: t)
        phase = .asking(asked)
        out.append(.record(.asked(asked), at: t))
        out.append(.ask(asked))
    }

    /// After an answer's feedback: the chosen follow-up, else the next root.
    mutating func continueAfter(_ questionID: String, next: String?, at t: Double, _ out: inout [SessionEffect]) {
        guard let next, let previous = lastAsked, previous.questionID == questionID else {
            nextRoot(at: t, &out)
            return
        }
        let asked = AskedQuestion(questionID: next, round: previous.round, depth: previous.depth + 1,
                                  number: previous.number, total: previous.total, chain: previous.chain + [next])
        ask(asked, at: t, &out)
    }

    mutating func endRound(_ ending: RoundSummary.Ending, at t: Double, _ out: inout [SessionEffect]) {
        guard let kind = currentRound else { return }
        let summary = roundSummary(kind, ending: ending)
        summaries.append(summary)
        out.append(.record(.roundEnded(summary), at: t))
        out.append(.showRoundSummary(summary))
        beginRound(roundIndex + 1, at: t, &out)
    }

    func roundSummary(_ kind: RoundKind, ending: RoundSummary.Ending) -> RoundSummary {
        if kind == .coding {
            let graded = tasks.filter { !$0.visibleOnly }
            let score = graded.isEmpty ? 0 : graded.map(\.score).reduce(0, +) / Double(graded.count)
            return RoundSummary(round: kind, score: score, attempted: graded.count, ending: ending)
        }
        let trees = ReportBuilder.treeResults(items.filter { $0.round == kind }, scenario: scenario)
        let score = trees.isEmpty ? 0 : trees.map(\.score).reduce(0, +) / Double(trees.count)
        return RoundSummary(round: kind, score: score, attempted: trees.count, ending: ending)
    }

    mutating func finish(at t: Double, _ out: inout [SessionEffect]) {
        let report = ReportBuilder.build(items: items, tasks: tasks, rounds: summaries, scenario: scenario)
        phase = .finished(report)
        out.append(.record(.finished(report), at: t))
        out.append(.showReport(report))
    }
}
