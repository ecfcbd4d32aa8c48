/// The reasons a check failed across a class, grouped: summaries that differ only in their numbers
/// ("Only 2 of 5 seeds …" and "Only 3 of 5 seeds …") are one reason.
struct FailureReason: Equatable {
    /// The summary with every number replaced by `#` (the grouping key).
    var pattern: String
    /// The first student's summary, as an example.
    var example: String
    /// The students with this reason, sorted.
    var students: [String]
}

enum FailureReasons {
    /// The grouped reasons of the non-passing results of `checkID`, most frequent first (then by
    /// pattern), over `reports` (sorted by student first, so the example is deterministic).
    static func group(checkID: String, reports: [(student: String, report: Report)]) -> [FailureReason] {
        var groups: [String: FailureReason] = [:]
        for (student, report) in reports.sorted(by: { $0.student < $1.student }) {
            guard let result = report.checks.first(where: { $0.id == checkID }), result.status != .passed else { continue }
            let key = pattern(result.feedback.summary)
            groups[key, default: FailureReason(pattern: key, example: result.feedback.summary, students: [])].students.append(student)
        }
        return groups.values.sorted { a, b in
            a.students.count != b.students.count ? a.students.count > b.students.count : a.pattern < b.pattern
        }
    }

    /// `text` with each run of digits (with its decimal point, exponent and sign) replaced by `#`.
    static func pattern(_ text: String) -> String {
        var out = ""
        var inNumber = false
        for ch in text {
            let numeric = ch.isASCII && ch.isNumber
            let continues = inNumber && (ch == "." || ch == "e" || ch == "-" || ch == "+")
            if numeric || continues {
                if !inNumber { out.append("#"); inNumber = true }
            } else {
                inNumber = false
                out.append(ch)
            }
        }
        return out
    }
}
