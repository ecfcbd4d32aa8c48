import Foundation

/// JUnit XML: one testcase per check with its `time`; a failure's message gives the points earned
/// (partial credit) and its text the check's own feedback, or the compiler's message when the
/// submission did not build.
public enum JUnitReport {
    public static func render(_ report: Report) -> String {
        let failures = report.checks.filter { $0.status != .passed && $0.status != .skipped }.count
        let skipped = report.checks.filter { $0.status == .skipped }.count
        var xml = #"<?xml version="1.0" encoding="UTF-8"?>"# + "\n"
        xml += #"<testsuites name="rlgrade" tests="\#(report.checks.count)" failures="\#(failures)">"# + "\n"
        xml += #"  <testsuite name="\#(MarkupEscaping.escape(report.homework))" tests="\#(report.checks.count)" failures="\#(failures)" skipped="\#(skipped)">"# + "\n"
        if report.build.status != "ok" {
            xml += "    <system-err>\(MarkupEscaping.escape(report.build.message ?? ""))</system-err>\n"
        }
        for check in report.checks {
            let time = check.seconds.map { String(format: "%.3f", $0) } ?? "0"
            xml += #"    <testcase classname="\#(MarkupEscaping.escape(report.homework))" name="\#(MarkupEscaping.escape(check.id))" time="\#(time)">"#
            // A check that did not run because the build failed carries the compiler's message itself.
            var body = check.feedback.lines.joined(separator: "\n")
            if report.build.status != "ok", let message = report.build.message { body = message + "\n\n" + body }
            let text = MarkupEscaping.escape(body)
            let points = "\(Show.number(check.points))/\(Show.number(check.maxPoints)) points"
            switch check.status {
            case .passed: break
            case .skipped: xml += #"<skipped message="\#(MarkupEscaping.escape(check.feedback.summary))"/>"#
            default:
                xml += "\n      "
                xml += #"<failure message="\#(MarkupEscaping.escape(points + ": " + check.feedback.summary))" type="\#(check.status.rawValue)">\#(text)</failure>"#
                xml += "\n    "
            }
            xml += "</testcase>\n"
        }
        xml += "  </testsuite>\n</testsuites>\n"
        return xml
    }

}
