// swift-tools-version:6.0
// rlgrade: the autograder for the reinforcement-learning course.
// Toolchain only: no package dependencies (students build offline).
import PackageDescription

// RLCore and RLHomework are optimized in debug builds too: students run `.build/debug/rlgrade`,
// whose own work (building inputs, the wire's encoding, playing returned policies on CartPole and
// Pendulum) runs in them. hw4's student loop: 7.5 → 6.75 s of CPU (Grading/bench/README.md). Both
// are small, so the first `swift build` grows by seconds; RLGrader at -O as well would save another
// 0.45 s of CPU but add minutes to that build. Swift never contracts or reassociates floating point,
// so every number (and golden file) is the same; `rlgrade`, RLGrader and the tests stay -Onone.
// RLJudgeKernels (the judge's Bellman kernels, run in the student's grader too) is -O likewise.
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
        // The judge's Bellman kernels (Sources/RLJudgeKernels): trusted, optimized like RLCore.
        .target(name: "RLJudgeKernels", dependencies: ["RLCore"], swiftSettings: optimizedInDebug),
        .target(name: "RLGrader", dependencies: ["RLHomework", "RLCore", "RLJudgeKernels"]),
        .executableTarget(name: "rlgrade", dependencies: ["RLGrader"]),
        .executableTarget(name: "RLSandbox", path: "Sources/RLSandbox"),
        .testTarget(name: "RLCoreTests", dependencies: ["RLCore"]),
        .testTarget(name: "RLGraderTests", dependencies: ["RLGrader", "RLHomework", "RLCore"]),
        .testTarget(name: "EndToEndTests", dependencies: ["RLGrader", "rlgrade", "RLSandbox"], exclude: ["Fixtures"]),
    ],
    swiftLanguageModes: [.v6]
)
