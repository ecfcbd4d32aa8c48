/// Number formatting for the HTML pages (deterministic: no locale, no clock); escaping is `MarkupEscaping`.
enum HTMLText {
    /// A value for a table cell or a grid cell: three significant figures at most, "−" for minus
    /// ("−13.9", "0.542", "−100", "1.2e-07").
    static func value(_ x: Double) -> String {
        if x.isNaN { return "NaN" }
        if x.isInfinite { return x > 0 ? "+∞" : "−∞" }
        let a = abs(x)
        let text: String
        if a == 0 { text = "0" }
        else if a >= 1e6 || a < 1e-3 { text = Show.number(Double(String(format: "%.2e", a)) ?? a) }
        else if a >= 100 { text = SVGWriter.number(a.rounded()) }
        else if a >= 10 { text = SVGWriter.number((a * 10).rounded() / 10) }
        else if a >= 1 { text = SVGWriter.number(a) }
        else { text = trimmed(a, decimals: 3) }
        return (x < 0 && text != "0" ? "−" : "") + text
    }

    /// `x` ≥ 0 with `decimals` decimals, trailing zeros removed.
    static func trimmed(_ x: Double, decimals: Int) -> String {
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let n = Int64((x * scale).rounded())
        let whole = String(n / Int64(scale))
        var fraction = String(n % Int64(scale))
        fraction = String(repeating: "0", count: max(0, decimals - fraction.count)) + fraction
        while fraction.hasSuffix("0") { fraction.removeLast() }
        return fraction.isEmpty ? whole : whole + "." + fraction
    }

    /// Points as the report shows them ("7.5", "15").
    static func points(_ x: Double) -> String { Show.number(x) }

    /// A percentage with no decimals ("83%").
    static func percent(_ fraction: Double) -> String {
        fraction.isFinite ? String(Int((fraction * 100).rounded())) + "%" : "–"
    }

    /// A fragment identifier made of `id` (letters, digits, `-`, `_`, `.` kept; others `_`).
    static func anchor(_ id: String) -> String {
        String(id.map { $0.isLetter || $0.isNumber || "-_.".contains($0) ? $0 : "_" })
    }
}

import Foundation
