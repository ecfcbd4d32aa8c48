/// `gradebook.csv`: one row per student (sorted by id), points per check in rubric order, total,
/// maximum, status, and `unseeded_randomness`: the checks (`;`-separated) whose stochastic exercise gave
/// two different outputs for one input (they scored 0; empty for nearly everyone). Built only from stored results, so a resumed batch gives the same file.
public enum Gradebook {
    public static func csv(rubric: Rubric, reports: [(student: String, report: Report)]) -> String {
        let ids = rubric.entries.map(\.id)
        var lines = [(["student_id"] + ids + ["total", "max", "status", "unseeded_randomness"]).map(field).joined(separator: ",")]
        for (student, report) in reports.sorted(by: { $0.student < $1.student }) {
            var row = [student]
            for id in ids {
                row.append(report.checks.first { $0.id == id }.map { Show.number($0.points) } ?? "")
            }
            row += [Show.number(report.points), Show.number(report.maxPoints), report.status,
                    report.checks.filter { $0.unseededRandomness != nil }.map(\.id).joined(separator: ";")]
            lines.append(row.map(field).joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// RFC 4180 quoting.
    static func field(_ s: String) -> String {
        s.contains(where: { ",\"\n\r".contains($0) }) ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s
    }
}
