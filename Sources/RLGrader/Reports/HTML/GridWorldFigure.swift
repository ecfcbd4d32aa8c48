/// The SVG of a ``GridFigure``: two heatmaps of the grid on one colour scale, the student's values
/// and actions on the left, the expected ones on the right. Cells whose values differ are outlined
/// in pink on the student's side; the student's arrows that are not among the expected actions are
/// pink too, their cells outlined with a dashed line; the student's greedy route, when the check
/// followed one, is an orange path. Walls, holes and the cliff have their own dark fills.
///
/// The root carries `data-cells` (cells drawn, both panels) and `data-mismatches`; each cell has the
/// class `cell`, each outline `mismatch`: the browser test counts them.
enum GridWorldFigure {
    static func svg(_ figure: GridFigure) -> String {
        let rows = figure.rows, cols = figure.cols
        let cell = max(24, min(56, 440 / Double(max(cols, 1))))
        let panelW = Double(cols) * cell, panelH = Double(rows) * cell
        let labelH = 22.0, gap = 28.0, legendH = 46.0
        let width = 2 * panelW + gap + 2
        let height = labelH + panelH + legendH

        // One colour scale for both panels: the finite values of either side.
        let shown = (figure.observedValues ?? []) + (figure.expectedValues ?? [])
        let finite = shown.enumerated().filter { $0.element.isFinite && !"#".contains(figure.cell($0.offset % max(1, rows * cols))) }
            .map(\.element)
        let low = finite.min() ?? 0, high = finite.max() ?? 1
        func t(_ v: Double) -> Double { high > low ? (v - low) / (high - low) : 0.5 }
        // One font size for every value of the figure, from its longest label.
        let longest = shown.map { HTMLText.value($0).count }.max() ?? 1
        let valueSize = min(16, cell * (longest <= 3 ? 0.3 : (longest == 4 ? 0.26 : 0.22)))

        var svg = SVGWriter(width: width, height: height)
        let panels: [(label: String, values: [Double]?, policy: [[Int]]?, observed: Bool)] = [
            (figure.observedLabel, figure.observedValues ?? figure.expectedValues, figure.observedPolicy.map { $0.map { [$0] } }, true),
            (figure.expectedLabel, figure.expectedValues, figure.expectedPolicy, false),
        ]
        var cellsDrawn = 0
        for (k, panel) in panels.enumerated() {
            let x0 = 1 + Double(k) * (panelW + gap)
            let y0 = 0.0
            svg.text(panel.label, x: x0, y: y0 + 15, size: min(13, panelW / (0.58 * Double(max(panel.label.count, 1)))), weight: "600")
            let top = y0 + labelH
            for s in 0..<(rows * cols) {
                let cx = x0 + Double(s % cols) * cell, cy = top + Double(s / cols) * cell
                let kind = figure.cell(s)
                let v = panel.values?.element(at: s)
                let fill: String
                var dark = false
                switch kind {
                case "#": fill = "#3d444d"
                case "H": fill = "#0d1b2a"
                case "C": fill = "#7d2a2a"
                default:
                    if let v { fill = FigurePalette.value(t(v)); dark = FigurePalette.needsDarkText(t(v)) } else { fill = "#e6e9ee"; dark = true }
                }
                let ink = dark ? "#1f2328" : "#ffffff"
                svg.rect(x: cx, y: cy, width: cell, height: cell, fill: fill, stroke: "#ffffff", strokeWidth: 1,
                         cls: "cell", tooltip: tooltip(figure, s, value: v, observed: panel.observed))
                cellsDrawn += 1
                switch kind {
                case "#": break
                case "H": svg.text("hole", x: cx + cell / 2, y: cy + cell / 2 + 4, size: cell * 0.22, anchor: .middle, fill: "#9fb3c8")
                case "C": svg.text("cliff", x: cx + cell / 2, y: cy + cell / 2 + 4, size: cell * 0.22, anchor: .middle, fill: "#f4c7c7")
                default:
                    if let v {
                        svg.text(HTMLText.value(v), x: cx + cell / 2, y: cy + cell * 0.38, size: valueSize, anchor: .middle,
                                 fill: ink, weight: "600")
                    }
                    if kind == "G" || kind == "S" {
                        svg.text(kind == "G" ? "goal" : "start", x: cx + 3, y: cy + cell - 4, size: cell * 0.18, fill: ink)
                    }
                }
                if !figure.isTerminal(s) && kind != "C", let actions = panel.policy?.element(at: s) {
                    let wrong = panel.observed && figure.policyMismatches.contains(s)
                    for a in actions where a >= 0 && a < figure.actions.count {
                        arrow(&svg, direction: figure.actions[a], cx: cx + cell / 2, cy: cy + cell * 0.66, length: cell * (wrong ? 0.25 : 0.2),
                              colour: wrong ? FigurePalette.mismatch : ink, cls: wrong ? "arrow arrow-wrong" : "arrow")
                    }
                }
            }
            if panel.observed, let route = figure.route, route.count > 1 {
                let points = route.filter { $0 >= 0 && $0 < rows * cols }.map { s in
                    (x0 + (Double(s % cols) + 0.5) * cell, top + (Double(s / cols) + 0.5) * cell)
                }
                svg.polyline(points, stroke: FigurePalette.route, width: max(3, cell * 0.12), opacity: 0.7, cls: "route")
                if let first = points.first { svg.circle(cx: first.0, cy: first.1, r: max(3, cell * 0.12), fill: FigurePalette.route) }
            }
            if panel.observed {
                for s in figure.policyMismatches where s >= 0 && s < rows * cols && !figure.valueMismatches.contains(s) {
                    svg.rect(x: x0 + Double(s % cols) * cell + 2.5, y: top + Double(s / cols) * cell + 2.5,
                             width: cell - 5, height: cell - 5, fill: "none", stroke: FigurePalette.mismatch,
                             strokeWidth: 2, dash: "4 3", cls: "policy-mismatch")
                }
                for s in figure.valueMismatches where s >= 0 && s < rows * cols {
                    svg.rect(x: x0 + Double(s % cols) * cell + 2, y: top + Double(s / cols) * cell + 2,
                             width: cell - 4, height: cell - 4, fill: "none", stroke: FigurePalette.mismatch,
                             strokeWidth: 3, cls: "mismatch")
                }
            }
        }
        legend(&svg, x: 1, y: height - legendH + 10, width: min(width - 2, 300), low: low, high: high, figure: figure)
        return svg.finish(label: figure.title, attributes: [
            ("class", "figure grid-world"), ("style", "max-width: \(SVGWriter.number(width))px"), ("data-cells", String(cellsDrawn)),
            ("data-mismatches", String(figure.valueMismatches.count + figure.policyMismatches.count)),
        ])
    }

    static func tooltip(_ figure: GridFigure, _ s: Int, value: Double?, observed: Bool) -> String {
        var text = "state \(s) (row \(s / figure.cols), column \(s % figure.cols))"
        if let value { text += ": \(HTMLText.value(value))" }
        if observed, let e = figure.expectedValues?.element(at: s), figure.observedValues != nil { text += ", expected \(HTMLText.value(e))" }
        return text
    }

    /// An arrow from the centre (cx, cy) towards `direction` (`up`, `right`, `down`, `left`).
    static func arrow(_ svg: inout SVGWriter, direction: String, cx: Double, cy: Double, length: Double, colour: String, cls: String) {
        let (dx, dy): (Double, Double)
        switch direction {
        case "up": (dx, dy) = (0, -1)
        case "right": (dx, dy) = (1, 0)
        case "down": (dx, dy) = (0, 1)
        default: (dx, dy) = (-1, 0)
        }
        let tipX = cx + dx * length, tipY = cy + dy * length
        let head = length * 0.55
        svg.line(x1: cx + dx * length * 0.15, y1: cy + dy * length * 0.15, x2: tipX - dx * head * 0.6, y2: tipY - dy * head * 0.6,
                 stroke: colour, width: max(1.5, length * 0.16), cls: cls)
        let bx = tipX - dx * head, by = tipY - dy * head
        svg.polygon([(tipX, tipY), (bx - dy * head * 0.6, by + dx * head * 0.6), (bx + dy * head * 0.6, by - dx * head * 0.6)],
                    fill: colour)
    }

    /// The colour scale, and what the outlines mean.
    static func legend(_ svg: inout SVGWriter, x: Double, y: Double, width: Double, low: Double, high: Double, figure: GridFigure) {
        let steps = 24
        let barW = min(width, 180.0)
        for i in 0..<steps {
            svg.rect(x: x + Double(i) * barW / Double(steps), y: y, width: barW / Double(steps) + 0.5, height: 10,
                     fill: FigurePalette.value((Double(i) + 0.5) / Double(steps)))
        }
        svg.text(HTMLText.value(low), x: x, y: y + 24, size: 11, fill: FigurePalette.axis)
        svg.text(HTMLText.value(high), x: x + barW, y: y + 24, size: 11, anchor: .end, fill: FigurePalette.axis)
        let mismatches = figure.valueMismatches.count + figure.policyMismatches.count
        if let route = figure.route {
            svg.text("orange: your greedy route, \(max(0, route.count - 1)) steps", x: x + barW + 16, y: y + 9, size: 11.5,
                     fill: "#b35c00", weight: "600")
            return
        }
        let note = mismatches == 0
            ? "every cell and arrow agrees"
            : "pink: \(figure.valueMismatches.count) value\(figure.valueMismatches.count == 1 ? "" : "s") (solid) and \(figure.policyMismatches.count) action\(figure.policyMismatches.count == 1 ? "" : "s") (dashed) differ"
        svg.text(note, x: x + barW + 16, y: y + 9, size: 11.5, fill: mismatches == 0 ? FigurePalette.passed : FigurePalette.mismatch, weight: "600")
    }
}
