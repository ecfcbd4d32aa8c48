/// Every figure of the HTML report as CSV, for people who plot themselves (written next to the JSON
/// report by `rlgrade grade --out DIR`, under `DIR/figures/`). Numbers are printed exactly as in the
/// JSON (Swift's shortest round-trip form); the files are deterministic.
public enum FigureCSV {
    /// The CSV files of `report`: (file name, contents), in check order.
    public static func files(_ report: Report, referenceCurves: [String: [String: [Double]]]? = nil) -> [(name: String, text: String)] {
        var files: [(String, String)] = []
        for check in report.checks {
            let base = HTMLText.anchor(check.id)
            if let curves = LearningCurves(data: check.data) {
                files.append((base + ".learning-curves.csv",
                              learningCurves(curves, reference: LearningCurves(data: referenceCurves?[check.id]))))
            }
            for (k, figure) in (check.figures ?? []).enumerated() {
                files.append((base + ".grid-\(k + 1).csv", grid(figure)))
            }
        }
        return files
    }

    /// Long format, one row per point: `run,seed,point,progress,return` (`run` is `yours` or
    /// `reference`; `progress` is (point + ½)/points, the x of the report's chart).
    static func learningCurves(_ curves: LearningCurves, reference: LearningCurves?) -> String {
        var csv = "run,seed,point,progress,return\n"
        for (run, set) in [("yours", curves), ("reference", reference)] {
            for c in set?.curves ?? [] {
                for (i, v) in c.values.enumerated() {
                    csv += "\(run),\(field(c.seed)),\(i),\(number(LearningCurves.progress(i, of: c.values.count))),\(number(v))\n"
                }
            }
        }
        return csv
    }

    /// One row per cell: state, position, kind, both values and actions, whether they differ, and
    /// the step at which the student's greedy route first visits the cell (empty: not on it).
    static func grid(_ f: GridFigure) -> String {
        var csv = "state,row,col,cell,observed_value,expected_value,observed_action,expected_actions,value_differs,action_differs,route_step\n"
        for s in 0..<(f.rows * f.cols) {
            func name(_ a: Int) -> String { f.actions.element(at: a) ?? String(a) }
            let observedAction = f.observedPolicy?.element(at: s).map(name) ?? ""
            let expectedActions = f.expectedPolicy?.element(at: s)?.map(name).joined(separator: " ") ?? ""
            csv += "\(s),\(s / f.cols),\(s % f.cols),\(field(String(f.cell(s)))),"
            csv += "\(f.observedValues?.element(at: s).map(number) ?? ""),\(f.expectedValues?.element(at: s).map(number) ?? ""),"
            csv += "\(observedAction),\(field(expectedActions)),"
            csv += "\(f.valueMismatches.contains(s) ? 1 : 0),\(f.policyMismatches.contains(s) ? 1 : 0),"
            csv += "\(f.route?.firstIndex(of: s).map(String.init) ?? "")\n"
        }
        return csv
    }

    static func number(_ x: Double) -> String {
        if x.isNaN { return "nan" }
        if x.isInfinite { return x > 0 ? "inf" : "-inf" }
        return "\(x)"
    }

    /// A CSV field, quoted when it holds a comma, a quote or a line break.
    static func field(_ s: String) -> String {
        guard s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" }) else { return s }
        return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

import Foundation
