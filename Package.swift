// swift-tools-version:6.0
// rlgrade: the autograder for the reinforcement-learning course.
// Toolchain only: no package dependencies (students build offline).
import PackageDescription

// The libraries are optimized in debug builds too: students run `.build/debug/rlgrade`, whose own
// work (building inputs, judging, playing the returned policies on CartPole and Pendulum) is the
// parent's third of a learner homework's CPU at -Onone (hw4's student loop: about 1 s of 6.7 s of
// CPU, Grading/bench/README.md). Swift never contracts or reassociates floating point, so every
// number (and golden file) is the same; the test targets and `rlgrade` itself stay -Onone.
let optimizedInDebug: [SwiftSetting] = [.unsafeFlags(["-O"], .when(configuration: .debug))]

let package = Package(
    name: "rlgrade",
    products: [
        // What students may import: seeded RNG, MDPs, environments, numerics.
        .library(name: "RLCore", targets: ["RLCore"]),
        // The stub package: one protocol file per homework, plus the wire format.
        .library(name: "RLHomework", targets: ["RLHomework"]),
        // The trusted grader: checks, rubrics, sandbox, judge, reports.
        .library(name: "RLGrader", targets: ["RLGrader"]),
        .executable(name: "rlgrade", targets: ["rlgrade"]),
        // The trusted trampoline every student process starts through (C: syscalls Swift cannot call).
        .executable(name: "rlgrade-sandbox", targets: ["RLSandbox"]),
    ],
    targets: [
        .target(name: "RLCore", swiftSettings: optimizedInDebug),
        .target(name: "RLHomework", dependencies: ["RLCore"], swiftSettings: optimizedInDebug),
        .target(name: "RLGrader", dependencies: ["RLHomework", "RLCore"], swiftSettings: optimizedInDebug),
        .executableTarget(name: "rlgrade", dependencies: ["RLGrader"]),
        .executableTarget(name: "RLSandbox", path: "Sources/RLSandbox"),
        .testTarget(name: "RLCoreTests", dependencies: ["RLCore"]),
        .testTarget(name: "RLGraderTests", dependencies: ["RLGrader", "RLHomework", "RLCore"]),
        .testTarget(name: "EndToEndTests", dependencies: ["RLGrader", "rlgrade", "RLSandbox"], exclude: ["Fixtures"]),
    ],
    swiftLanguageModes: [.v6]
)
