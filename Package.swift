// swift-tools-version:6.0
import PackageDescription
import Foundation

// The compute kernel needs the host's vector units: without a target CPU, SIMD fused multiply-adds
// compile to per-lane library calls and matmul runs ~100x slower. `KKORI_PORTABLE=1` builds without it.
let portable = ProcessInfo.processInfo.environment["KKORI_PORTABLE"] == "1"
// KKORI_NATIVE tells the kernel that fused multiply-adds are single instructions in this build. Debug
// builds optimise the kernel too: unoptimised SIMD code is ~50x slower and the tests compute references.
let kernelFlags: [SwiftSetting] = [.unsafeFlags(["-O"], .when(configuration: .debug))] + (portable
    ? []
    : [.unsafeFlags(["-target-cpu", "native"], .when(configuration: .release)),
       .define("KKORI_NATIVE", .when(configuration: .release))])

let strict: [SwiftSetting] = [.swiftLanguageMode(.v6)]

let package = Package(
    name: "kkori",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "kkori", targets: ["kkori"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
    ],
    targets: [
        // MARK: system library (imported by KkoriTerminal only)
        .systemLibrary(name: "CNcursesw", pkgConfig: "ncursesw",
                       providers: [.apt(["libncursesw5-dev"])]),

        // MARK: pure core: no terminal, no files, no clock, no processes
        .target(name: "KkoriText", swiftSettings: strict),
        .target(name: "KkoriScenario", dependencies: ["KkoriText", .product(name: "Yams", package: "Yams")],
                swiftSettings: strict),
        .target(name: "KkoriScoring", dependencies: ["KkoriText", "KkoriScenario"], swiftSettings: strict),
        .target(name: "KkoriEngine", dependencies: ["KkoriScenario", "KkoriScoring"], swiftSettings: strict),
        .target(name: "KkoriTranscript", dependencies: ["KkoriEngine"], swiftSettings: strict),
        .target(name: "KkoriKernel", swiftSettings: strict + kernelFlags),
        .target(name: "KkoriCoding", dependencies: ["KkoriKernel", "KkoriScenario"],
                swiftSettings: strict + kernelFlags),
        .target(name: "KkoriScreen", dependencies: ["KkoriText", "KkoriEngine", "KkoriScoring", "KkoriTranscript"],
                swiftSettings: strict),

        // MARK: edges: terminal, files, processes, clock and environment
        .target(name: "KkoriPlatform", swiftSettings: strict),
        .target(name: "KkoriStore", dependencies: ["KkoriPlatform", "KkoriTranscript", "KkoriScenario", "KkoriScoring", "KkoriCoding"],
                swiftSettings: strict),
        .target(name: "KkoriRunner", dependencies: ["KkoriPlatform", "KkoriCoding", "KkoriKernel"],
                swiftSettings: strict),
        .target(name: "KkoriTerminal", dependencies: ["CNcursesw", "KkoriScreen", "KkoriText"],
                swiftSettings: strict),
        .target(name: "KkoriApp",
                dependencies: ["KkoriEngine", "KkoriScoring", "KkoriStore", "KkoriRunner", "KkoriTerminal",
                               "KkoriScreen", "KkoriTranscript", "KkoriPlatform", "KkoriCoding"],
                swiftSettings: strict),

        // MARK: executables: wiring only
        .executableTarget(name: "kkori",
                          dependencies: ["KkoriApp", .product(name: "ArgumentParser", package: "swift-argument-parser")],
                          swiftSettings: strict),
        .executableTarget(name: "kkori-bench",
                          dependencies: ["KkoriApp", "KkoriKernel", "KkoriScoring", "KkoriEngine", "KkoriStore"],
                          path: "Benchmarks/kkori-bench",
                          swiftSettings: strict + kernelFlags),

        // MARK: tests, one target per module
        .testTarget(name: "KkoriTextTests", dependencies: ["KkoriText"], swiftSettings: strict),
        .testTarget(name: "KkoriScenarioTests", dependencies: ["KkoriScenario"], swiftSettings: strict),
        .testTarget(name: "KkoriScoringTests", dependencies: ["KkoriScoring", "KkoriScenario"], swiftSettings: strict),
        .testTarget(name: "KkoriEngineTests", dependencies: ["KkoriEngine", "KkoriScenario", "KkoriScoring"],
                    swiftSettings: strict),
        .testTarget(name: "KkoriTranscriptTests", dependencies: ["KkoriTranscript", "KkoriEngine"], swiftSettings: strict),
        .testTarget(name: "KkoriKernelTests", dependencies: ["KkoriKernel"], swiftSettings: strict),
        .testTarget(name: "KkoriCodingTests", dependencies: ["KkoriCoding", "KkoriKernel"], swiftSettings: strict),
        .testTarget(name: "KkoriScreenTests", dependencies: ["KkoriScreen", "KkoriText", "KkoriEngine"],
                    swiftSettings: strict),
        .testTarget(name: "KkoriStoreTests", dependencies: ["KkoriStore", "KkoriTranscript", "KkoriPlatform"],
                    swiftSettings: strict),
        .testTarget(name: "KkoriRunnerTests", dependencies: ["KkoriRunner", "KkoriCoding", "KkoriKernel"],
                    swiftSettings: strict),
        .testTarget(name: "KkoriTerminalTests", dependencies: ["KkoriTerminal", "KkoriScreen"], swiftSettings: strict),
        .testTarget(name: "KkoriAppTests", dependencies: ["KkoriApp"], swiftSettings: strict),
    ]
)
