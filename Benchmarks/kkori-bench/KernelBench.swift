import Foundation
import KkoriKernel

/// Prints the kernel figures: the median milliseconds of each op on the workloads of the speed targets.
///
///   kkori-bench kernel [--threads N] [--rounds R] [--only op,op] [--cpu-clock] [--json]
/// `--cpu-clock` times with the calling thread's CPU clock instead of the wall clock: with one thread it
/// leaves out the time other processes hold the core, which steadies figures on a shared machine.
/// `--json` prints one object {"threads": N, "ms": {op: median}, "best": {op: min}, "spread": {op: (max-min)/median}}
/// for Benchmarks/kernel-vs-numpy.py, which runs NumPy on the same workloads and prints the ratios.
func kernelBench(_ args: [String]) {
    let options = KernelBenchOptions(args)
    let clock = options.cpuClock ? threadCPUNanoseconds : wallNanoseconds
    let results = Kernel.$threadLimit.withValue(options.threads) {
        kernelWorkloads().filter { options.only.isEmpty || options.only.contains($0.name) }
            .map { ($0.name, kernelTiming(rounds: options.rounds, clock: clock, $0.run)) }
    }
    if options.json {
        let ms = results.map { "\"\($0.0)\": \(kernelFigure($0.1.median))" }.joined(separator: ", ")
        let best = results.map { "\"\($0.0)\": \(kernelFigure($0.1.best))" }.joined(separator: ", ")
        let spread = results.map { "\"\($0.0)\": \(kernelFigure($0.1.spread))" }.joined(separator: ", ")
        print("{\"threads\": \(options.threads), \"ms\": {\(ms)}, \"best\": {\(best)}, \"spread\": {\(spread)}}")
        return
    }
    print("kernel ops, \(options.threads == 0 ? "all" : String(options.threads)) thread(s), median of \(options.rounds)")
    for (name, timing) in results {
        let padded = name.padding(toLength: 14, withPad: " ", startingAt: 0)
        let detail = "best \(kernelFigure(timing.best)), spread \(Int(timing.spread * 100))%"
        print("  \(padded) \(kernelFigure(timing.median)) ms  (\(detail))")
    }
}

/// Command-line options of the kernel benchmark.
struct KernelBenchOptions {
    var threads = 0, rounds = 15, json = false, cpuClock = false
    var only: Set<String> = []

    init(_ args: [String]) {
        var rest = args[...]
        while let arg = rest.popFirst() {
            switch arg {
            case "--threads": threads = Int(rest.popFirst() ?? "") ?? 0
            case "--rounds": rounds = max(1, Int(rest.popFirst() ?? "") ?? 15)
            case "--only": only = Set((rest.popFirst() ?? "").split(separator: ",").map(String.init))
            case "--json": json = true
            case "--cpu-clock": cpuClock = true
            default: print("kernel: ignoring unknown option \(arg)")
            }
        }
    }
}

/// A named benchmark body.
struct KernelWorkload {
    let name: String
    let run: () -> Void
}

/// The workloads of the speed targets, with inputs from a fixed seed.
func kernelWorkloads() -> [KernelWorkload] {
    var random = SeededRandom(seed: 2024)
    let a = random.normal(shape: [512, 512]), b = random.normal(shape: [512, 512])
    let x = random.normal(shape: [8, 16, 32, 32]), w = random.normal(shape: [32, 16, 3, 3], std: 0.1)
    let bias = random.normal(shape: [32])
    let rows = random.normal(shape: [256, 512]), gamma = random.normal(shape: [512]), beta = random.normal(shape: [512])
    let pool = random.normal(shape: [8, 32, 32, 32])
    let q = random.normal(shape: [4, 8, 128, 64]), k = random.normal(shape: [4, 8, 128, 64])
    let v = random.normal(shape: [4, 8, 128, 64])
    let tokens = random.normal(shape: [4, 128, 256])
    let params = kernelEncoderParams(&random, d: 256, hidden: 1024)
    var sink: Float = 0
    return [
        KernelWorkload(name: "matmul") { sink += Kernel.matmul(a, b).data[0] },
        KernelWorkload(name: "conv2d") { sink += Kernel.conv2d(x, w, bias, stride: 1, padding: 1).data[0] },
        KernelWorkload(name: "softmax") { sink += Kernel.softmax(rows).data[0] },
        KernelWorkload(name: "layer_norm") { sink += Kernel.layerNorm(rows, gamma: gamma, beta: beta).data[0] },
        KernelWorkload(name: "max_pool2d") { sink += Kernel.maxPool2d(pool).data[0] },
        KernelWorkload(name: "attention") { sink += Kernel.attention(q: q, k: k, v: v).data[0] },
        KernelWorkload(name: "encoder_block") { sink += Kernel.encoderBlock(tokens, params: params, heads: 8).data[0] },
    ]
}

/// Random encoder-block parameters with the usual 1/√fan-in scale.
func kernelEncoderParams(_ random: inout SeededRandom, d: Int, hidden: Int) -> [String: Tensor] {
    var params: [String: Tensor] = [:]
    let scale = 1 / Float(d).squareRoot()
    for name in ["wq", "wk", "wv", "wo"] { params["attn." + name] = random.normal(shape: [d, d], std: scale) }
    for name in ["bq", "bk", "bv", "bo"] { params["attn." + name] = random.normal(shape: [d], std: 0.02) }
    params["ffn.w1"] = random.normal(shape: [d, hidden], std: scale)
    params["ffn.b1"] = random.normal(shape: [hidden], std: 0.02)
    params["ffn.w2"] = random.normal(shape: [hidden, d], std: 1 / Float(hidden).squareRoot())
    params["ffn.b2"] = random.normal(shape: [d], std: 0.02)
    for name in ["ln1", "ln2"] {
        params[name + ".gamma"] = random.uniform(shape: [d], low: 0.8, high: 1.2)
        params[name + ".beta"] = random.normal(shape: [d], std: 0.02)
    }
    return params
}

/// Median, fastest and relative spread of `rounds` timed batches; each batch repeats the body for at
/// least ~20 ms.
func kernelTiming(rounds: Int, clock: () -> UInt64, _ body: () -> Void)
    -> (median: Double, best: Double, spread: Double) {
    for _ in 0..<3 { body() }
    let start = clock()
    body()
    let once = max(1, clock() - start)
    let repeats = max(1, Int(20_000_000 / once))
    var samples: [Double] = []
    for _ in 0..<rounds {
        let begin = clock()
        for _ in 0..<repeats { body() }
        samples.append(Double(clock() - begin) / 1e6 / Double(repeats))
    }
    samples.sort()
    let median = samples[samples.count / 2]
    let best = samples.first ?? median
    return (median, best, ((samples.last ?? median) - best) / median)
}

func wallNanoseconds() -> UInt64 {
    DispatchTime.now().uptimeNanoseconds
}

func threadCPUNanoseconds() -> UInt64 {
    var now = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now)
    return UInt64(now.tv_sec) * 1_000_000_000 + UInt64(now.tv_nsec)
}

func kernelFigure(_ value: Double) -> String {
    String(Double((value * 10000).rounded()) / 10000)
}
