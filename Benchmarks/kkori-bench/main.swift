// kkori-bench: prints the speed figures of each part (run it from a release build).
//   swift run -c release kkori-bench [scenario|engine|transcript|scoring|kernel|grading|screen|history|all]

let args = Array(CommandLine.arguments.dropFirst())
let which = args.first ?? "all"
let benches: [(String, ([String]) -> Void)] = [
    ("scenario", scenarioBench), ("engine", engineBench), ("transcript", transcriptBench),
    ("scoring", scoringBench), ("kernel", kernelBench), ("grading", gradingBench),
    ("screen", screenBench), ("history", historyBench),
]
var ran = false
for (name, run) in benches where which == "all" || which == name {
    print("== \(name)")
    run(Array(args.dropFirst()))
    ran = true
}
if !ran {
    print("unknown benchmark '\(which)'; choose one of: \(benches.map(\.0).joined(separator: ", ")), all")
}
