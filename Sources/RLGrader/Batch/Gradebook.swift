/// `gradebook.csv`: one row per student (sorted by id), points per check in rubric order, total,
/// maximum, status, and `unseeded_randomness`: the checks (`;`-separated) whose stochastic exercise
/// gave two different outputs for one input (they scored 0; empty for nearly everyone). Built only
/// from stored results, so a resumed batch gives the same file.
///
/// With a roster from a Gradescope export, the rows carry `name` and `email`, every member of a
/// group submission gets the group's row (with `submission` naming the graded id), and when the
/// rubric has a due date a `late_hours` column says how late it was submitted (the late policy
/// itself stays the TA's).
public enum Gradebook {
    public static func csv(rubric: Rubric, reports: [(student: String, report: Report)], roster: GradebookRoster? = nil) -> String {
        let ids = rubric.entries.map(\.id)
        let late = roster?.due != nil
        var header = ["student_id"]
        if roster != nil { header += ["name", "email", "submission"] }
        header += ids + ["total", "max", "status", "unseeded_randomness"]
        if late { header.append("late_hours") }
        var rows: [[String]] = []
        for (student, report) in reports {
            var scores: [String] = []
            for id in ids {
                scores.append(report.checks.first { $0.id == id }.map { Show.number($0.points) } ?? "")
            }
            scores += [Show.number(report.points), Show.number(report.maxPoints), report.status,
                       report.checks.filter { $0.unseededRandomness != nil }.map(\.id).joined(separator: ";")]
            if late {
                scores.append(GradescopeExport.lateHours(submitted: roster?.submittedAt[student], due: roster?.due).map(Show.number) ?? "")
            }
            guard let roster else {
                rows.append([student] + scores)
                continue
            }
            let members = roster.members[student] ?? [GradebookRoster.Member(id: student, name: "", email: "")]
            for m in members { rows.append([m.id, m.name, m.email, student] + scores) }
        }
        rows.sort { ($0[0], $0.count > 3 ? $0[3] : "") < ($1[0], $1.count > 3 ? $1[3] : "") }
        let lines = [header.map(field).joined(separator: ",")] + rows.map { $0.map(field).joined(separator: ",") }
        return lines.joined(separator: "\n") + "\n"
    }

    /// RFC 4180 quoting.
    static func field(_ s: String) -> String {
        s.contains(where: { ",\"\n\r".contains($0) }) ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s
    }
}
