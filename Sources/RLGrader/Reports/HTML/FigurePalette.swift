/// The colours of the report's figures: a perceptually uniform scale for values (viridis), a
/// categorical palette for seeds and students, and the status colours of the pages.
enum FigurePalette {
    /// Viridis at 9 stops (matplotlib's), interpolated linearly.
    private static let viridis: [(Double, Double, Double)] = [
        (68, 1, 84), (71, 44, 122), (59, 81, 139), (44, 113, 142), (33, 144, 141),
        (39, 173, 129), (92, 200, 99), (170, 220, 50), (253, 231, 37),
    ]

    /// The colour of `t` ∈ [0, 1] on the value scale (dark purple → yellow); NaN is grey.
    static func value(_ t: Double) -> String {
        guard t.isFinite else { return "#9aa0a6" }
        let u = min(max(t, 0), 1) * Double(viridis.count - 1)
        let i = min(Int(u), viridis.count - 2)
        let f = u - Double(i)
        let a = viridis[i], b = viridis[i + 1]
        return hex(a.0 + (b.0 - a.0) * f, a.1 + (b.1 - a.1) * f, a.2 + (b.2 - a.2) * f)
    }

    /// True when text on `value(t)` should be dark (the light end of the scale).
    static func needsDarkText(_ t: Double) -> Bool { t.isFinite && t > 0.62 }

    /// Colours for up to 10 series (seeds), then repeating: Tableau 10.
    static let series = ["#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f",
                         "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac"]

    static func series(_ i: Int) -> String { series[((i % series.count) + series.count) % series.count] }

    /// The reference band and line.
    static let reference = "#8c959f"
    /// Outlines of cells and arrows that differ from the expected ones.
    static let mismatch = "#ff2d95"
    static let threshold = "#cf222e"
    /// The student's greedy route on a grid.
    static let route = "#ff8c1a"
    static let axis = "#57606a"
    static let grid = "#d8dee4"
    static let passed = "#1a7f37"
    static let failed = "#cf222e"
    static let partial = "#bf8700"
    static let other = "#8c959f"

    static func hex(_ r: Double, _ g: Double, _ b: Double) -> String {
        let digits = Array("0123456789abcdef")
        func two(_ x: Double) -> String {
            let v = Int(min(max(x, 0), 255).rounded())
            return String(digits[v / 16]) + String(digits[v % 16])
        }
        return "#" + two(r) + two(g) + two(b)
    }
}
