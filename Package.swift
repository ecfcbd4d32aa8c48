// swift-tools-version:6.0
// rlgrade: the autograder for the reinforcement-learning course.
// Toolchain only: no package dependencies (students build offline).
import PackageDescription

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
        .target(name: "RLCore"),
        .target(name: "RLHomework", dependencies: ["RLCore"]),
        .target(name: "RLGrader", dependencies: ["RLHomework", "RLCore"]),
        .executableTarget(name: "rlgrade", dependencies: ["RLGrader"]),
        .executableTarget(name: "RLSandbox", path: "Sources/RLSandbox"),
        .testTarget(name: "RLCoreTests", dependencies: ["RLCore"]),
        .testTarget(name: "RLGraderTests", dependencies: ["RLGrader", "RLHomework", "RLCore"]),
        .testTarget(name: "EndToEndTests", dependencies: ["RLGrader", "rlgrade", "RLSandbox"], exclude: ["Fixtures"]),
    ],
    swiftLanguageModes: [.v6]
)
