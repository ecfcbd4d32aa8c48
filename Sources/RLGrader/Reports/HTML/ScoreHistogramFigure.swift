/// The SVG of the class's score histogram: ten bins of the fraction of the maximum (0–10 %, …,
/// 90–100 %, full marks counted in the last), one bar each (class `hist-bar`, `data-bars` on the root).
enum ScoreHistogramFigure {
    static func bins(_ fractions: [Double]) -> [Int] {
        var bins = Array(repeating: 0, count: 10)
        for f in fractions where f.isFinite { bins[min(9, max(0, Int(f * 10)))] += 1 }
        return bins
    }

    static func svg(_ fractions: [Double], title: String) -> String {
        let counts = bins(fractions)
        let width = 440.0, height = 230.0
        let (yTicks, yRange) = PlotFrame.ticks(0, Double(max(counts.max() ?? 1, 1)) * 1.12, count: 4)
        let frame = PlotFrame(left: 56, top: 14, width: 368, height: 162, xRange: (0, 10), yRange: yRange)
        var svg = SVGWriter(width: width, height: height)
        frame.drawAxes(&svg, xTicks: [0, 2, 4, 6, 8, 10], yTicks: yTicks.filter { $0 == $0.rounded() },
                       xLabel: "score (share of the maximum)", yLabel: "submissions",
                       xFormat: { HTMLText.percent($0 / 10) })
        for (i, count) in counts.enumerated() {
            let x = frame.x(Double(i)) + 3, w = frame.x(Double(i + 1)) - frame.x(Double(i)) - 6
            let colour = i >= 9 ? FigurePalette.passed : (i >= 5 ? "#d4a72c" : FigurePalette.failed)
            svg.rect(x: x, y: frame.y(Double(count)), width: w, height: frame.y(0) - frame.y(Double(count)),
                     fill: colour, radius: 2, cls: "hist-bar",
                     tooltip: "\(i * 10)–\(i * 10 + 10)%: \(count) submission\(count == 1 ? "" : "s")")
            if count > 0 {
                svg.text(String(count), x: x + w / 2, y: frame.y(Double(count)) - 4, size: 11, anchor: .middle, fill: FigurePalette.axis)
            }
        }
        return svg.finish(label: title, attributes: [
            ("class", "figure histogram"), ("style", "max-width: \(SVGWriter.number(width))px"), ("data-bars", "10"),
        ])
    }
}
