import Foundation
import RLGrader

/// `rlgrade bench`: speed figures, printed (never asserted).
enum BenchCommand {
    static func run() throws(GraderError) -> Int32 {
        let workspace = try Workspace.locate()
        let toolchain = try Toolchain.locate()
        let stubs = try StubModules.prepare(workspace: workspace, toolchain: toolchain)
        print("rlgrade bench — \(ProcessInfo.processInfo.activeProcessorCount) cores; figures, not assertions")
        let figures = try Benchmark.runCoreBenchmark(workspace: workspace, toolchain: toolchain, stubs: stubs)
        for (name, value, unit) in figures { print("  \(name): \(format(value)) \(unit)") }
        let isolation = try Benchmark.isolationOverhead(workspace: workspace)
        for (name, value, unit) in isolation { print("  \(name): \(format(value)) \(unit)") }
        return 0
    }

    static func format(_ x: Double) -> String {
        x >= 100 ? String(Int(x.rounded())) : String(format: "%.3g", x)
    }
}
