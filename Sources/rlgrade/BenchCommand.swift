import Foundation
import RLGrader

/// `rlgrade bench [--export-mdp FILE] [--tsv]`: speed figures, printed (never asserted).
/// `--export-mdp FILE` writes the value-iteration MDP (for `Grading/bench/side-by-side.sh`);
/// `--tsv` prints `name<TAB>value<TAB>unit` lines for scripts.
enum BenchCommand {
    static func run(_ arguments: [String] = []) throws(GraderError) -> Int32 {
        var list = ArgumentList(items: arguments)
        var benchArguments: [String] = []
        var tsv = false
        while !list.items.isEmpty {
            let item = list.items.removeFirst()
            switch item {
            case "--export-mdp": benchArguments += [item, absolute(try list.value(for: item))]
            case "--tsv": tsv = true
            default: throw .usage("bench takes --export-mdp FILE and --tsv, not \(item)")
            }
        }
        let workspace = try Workspace.locate()
        let toolchain = try Toolchain.locate()
        let stubs = try StubModules.prepare(workspace: workspace, toolchain: toolchain)
        let show: ((String, Double, String)) -> Void = { figure in
            print(tsv ? "\(figure.0)\t\(figure.1)\t\(figure.2)" : "  \(figure.0): \(format(figure.1)) \(figure.2)")
        }
        if !tsv { print("rlgrade bench — \(ProcessInfo.processInfo.activeProcessorCount) cores; figures, not assertions") }
        let figures = try Benchmark.runCoreBenchmark(workspace: workspace, toolchain: toolchain, stubs: stubs, arguments: benchArguments)
        figures.forEach(show)
        let isolation = try Benchmark.isolationOverhead(workspace: workspace)
        isolation.forEach(show)
        return 0
    }

    /// `path` made absolute against the current folder (the bench program runs elsewhere).
    static func absolute(_ path: String) -> String {
        path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
    }

    static func format(_ x: Double) -> String {
        x >= 100 ? String(Int(x.rounded())) : String(format: "%.3g", x)
    }
}
