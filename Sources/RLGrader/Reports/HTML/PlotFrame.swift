/// The axes of a chart: maps data coordinates to the figure's units and draws ticks, grid lines
/// and axis labels.
struct PlotFrame {
    /// The plot area in figure units (inside the axes).
    var left: Double, top: Double, width: Double, height: Double
    var xRange: (Double, Double)
    var yRange: (Double, Double)

    func x(_ value: Double) -> Double {
        let span = xRange.1 - xRange.0
        return left + (span > 0 ? (value - xRange.0) / span : 0.5) * width
    }

    func y(_ value: Double) -> Double {
        let span = yRange.1 - yRange.0
        return top + height - (span > 0 ? (value - yRange.0) / span : 0.5) * height
    }

    /// Grid lines and tick labels at `xTicks` / `yTicks`, the frame, and the axis titles.
    func drawAxes(_ svg: inout SVGWriter, xTicks: [Double], yTicks: [Double], xLabel: String, yLabel: String,
                  xFormat: (Double) -> String = HTMLText.value, yFormat: (Double) -> String = HTMLText.value) {
        for t in yTicks {
            svg.line(x1: left, y1: y(t), x2: left + width, y2: y(t), stroke: FigurePalette.grid)
            svg.text(yFormat(t), x: left - 6, y: y(t) + 4, size: 11, anchor: .end, fill: FigurePalette.axis)
        }
        for t in xTicks {
            svg.line(x1: x(t), y1: top + height, x2: x(t), y2: top + height + 4, stroke: FigurePalette.axis)
            svg.text(xFormat(t), x: x(t), y: top + height + 17, size: 11, anchor: .middle, fill: FigurePalette.axis)
        }
        svg.line(x1: left, y1: top + height, x2: left + width, y2: top + height, stroke: FigurePalette.axis)
        svg.line(x1: left, y1: top, x2: left, y2: top + height, stroke: FigurePalette.axis)
        svg.text(xLabel, x: left + width / 2, y: top + height + 34, size: 12, anchor: .middle, fill: FigurePalette.axis)
        svg.text(yLabel, x: left - 44, y: top + height / 2, size: 12, anchor: .middle, fill: FigurePalette.axis, rotate: true)
    }

    /// About `count` round tick values covering [low, high] (1, 2, 2.5 or 5 × 10ᵏ apart), and the
    /// range they span.
    static func ticks(_ low: Double, _ high: Double, count: Int = 5) -> (ticks: [Double], range: (Double, Double)) {
        var lo = low.isFinite ? low : 0, hi = high.isFinite ? high : 1
        if hi < lo { swap(&lo, &hi) }
        if hi - lo < 1e-12 { lo -= 1; hi += 1 }
        let raw = (hi - lo) / Double(max(count, 1))
        var magnitude = 1.0
        while magnitude * 10 <= raw { magnitude *= 10 }
        while magnitude > raw { magnitude /= 10 }
        let step = [1.0, 2, 2.5, 5, 10].map { $0 * magnitude }.first { $0 >= raw } ?? 10 * magnitude
        let first = (lo / step).rounded(.down) * step
        let last = (hi / step).rounded(.up) * step
        var ticks: [Double] = []
        var k = 0
        while first + Double(k) * step <= last + step * 1e-9 && k < 100 {
            let t = first + Double(k) * step
            ticks.append(abs(t) < step * 1e-9 ? 0 : t)
            k += 1
        }
        return (ticks, (first, last))
    }
}
