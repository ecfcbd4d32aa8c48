/// Escaping for every page and file of markup the grader writes (the HTML report, the similarity
/// pages, JUnit XML): feedback and source text can contain anything a student's code made the
/// grader quote, so everything shown goes through here.
enum MarkupEscaping {
    /// `text` with `&`, `<`, `>`, `"` and `'` as entities — safe in element content and in quoted
    /// attribute values of HTML and XML alike — and the control characters XML 1.0 forbids (all
    /// below U+0020 but tab, newline and carriage return) as `?`.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 { out += "?" } else { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }
}
