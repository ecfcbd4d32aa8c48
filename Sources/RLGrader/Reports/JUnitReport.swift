/// JUnit XML: one testcase per check, failures carry the feedback.
public enum JUnitReport {
    public static func render(_ report: Report) -> String {
        let failures = report.checks.filter { $0.status != .passed && $0.status != .skipped }.count
        let skipped = report.checks.filter { $0.status == .skipped }.count
        var xml = #"<?xml version="1.0" encoding="UTF-8"?>"# + "\n"
        xml += #"<testsuites name="rlgrade" tests="\#(report.checks.count)" failures="\#(failures)">"# + "\n"
        xml += #"  <testsuite name="\#(escape(report.homework))" tests="\#(report.checks.count)" failures="\#(failures)" skipped="\#(skipped)">"# + "\n"
        if report.build.status != "ok" {
            xml += "    <system-err>\(escape(report.build.message ?? ""))</system-err>\n"
        }
        for check in report.checks {
            xml += #"    <testcase classname="\#(escape(report.homework))" name="\#(escape(check.id))">"#
            let text = escape(check.feedback.lines.joined(separator: "\n"))
            switch check.status {
            case .passed: break
            case .skipped: xml += #"<skipped message="\#(escape(check.feedback.summary))"/>"#
            default:
                xml += "\n      "
                xml += #"<failure message="\#(escape(check.feedback.summary))" type="\#(check.status.rawValue)">\#(text)</failure>"#
                xml += "\n    "
            }
            xml += "</testcase>\n"
        }
        xml += "  </testsuite>\n</testsuites>\n"
        return xml
    }

    static func escape(_ s: String) -> String {
        var out = ""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            default:
                // XML 1.0 forbids most control characters.
                if scalar.value < 0x20 && scalar != "\n" && scalar != "\t" && scalar != "\r" { out += "?" } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }
}
