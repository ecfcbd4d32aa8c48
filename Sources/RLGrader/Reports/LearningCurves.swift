/// The learning curves of one learner check, read from its result's `data`: every series whose name
/// starts with `learning-curve` (`learning-curve-seed-3` is seed 3's episode returns, downsampled by
/// the check), and the optional `threshold` series (one value: the line the check measures against).
///
/// Curves of different lengths are compared on a common x axis, the **training progress** in [0, 1]:
/// point i of n stands for the fraction (i + ½)/n of the run.
struct LearningCurves: Equatable {
    struct Curve: Equatable {
        /// The seed as the key names it ("3"), or the rest of the key.
        var seed: String
        var values: [Double]
    }

    static let prefix = "learning-curve"

    var curves: [Curve]
    var threshold: Double?

    /// The curves of `data`, sorted by seed (numerically where the seeds are numbers); nil when there
    /// are none.
    init?(data: [String: [Double]]?) {
        guard let data else { return nil }
        let keys = data.keys.filter(Self.isCurveKey)
        guard !keys.isEmpty else { return nil }
        curves = keys.map { key in Curve(seed: Self.seed(of: key), values: data[key]!) }
            .filter { !$0.values.isEmpty }
            .sorted { a, b in
                switch (UInt64(a.seed), UInt64(b.seed)) {
                case let (x?, y?): return x != y ? x < y : a.seed < b.seed
                default: return a.seed < b.seed
                }
            }
        guard !curves.isEmpty else { return nil }
        threshold = data["threshold"]?.first.flatMap { $0.isFinite ? $0 : nil }
    }

    static func isCurveKey(_ key: String) -> Bool { key.hasPrefix(prefix) }

    static func seed(of key: String) -> String {
        var rest = Substring(key.dropFirst(prefix.count))
        if rest.hasPrefix("-") { rest = rest.dropFirst() }
        if rest.hasPrefix("seed-") { rest = rest.dropFirst(5) }
        return rest.isEmpty ? "run" : String(rest)
    }

    /// The x of point `i` of `n`: (i + ½)/n.
    static func progress(_ i: Int, of n: Int) -> Double { (Double(i) + 0.5) / Double(max(n, 1)) }

    /// A centred moving average over ±max(1, n/20) points (shorter at the ends); NaNs are skipped.
    static func smoothed(_ values: [Double]) -> [Double] {
        let n = values.count
        let k = max(1, n / 20)
        return (0..<n).map { i in
            let window = values[max(0, i - k)...min(n - 1, i + k)].filter(\.isFinite)
            return window.isEmpty ? .nan : window.reduce(0, +) / Double(window.count)
        }
    }

    /// `values` linearly interpolated at the progress points of a curve of `points` points.
    static func resampled(_ values: [Double], points: Int) -> [Double] {
        let n = values.count
        guard n > 1 else { return Array(repeating: values.first ?? .nan, count: points) }
        return (0..<points).map { j in
            let u = progress(j, of: points) * Double(n) - 0.5  // fractional index into values
            if u <= 0 { return values[0] }
            if u >= Double(n - 1) { return values[n - 1] }
            let i = Int(u)
            let f = u - Double(i)
            return values[i] + (values[i + 1] - values[i]) * f
        }
    }

    /// The run's final performance: the mean of its last 10 % of points (at least one).
    static func finalPerformance(_ values: [Double]) -> Double {
        let tail = values.suffix(max(1, values.count / 10)).filter(\.isFinite)
        return tail.isEmpty ? .nan : tail.reduce(0, +) / Double(tail.count)
    }
}

/// The spread of several runs' smoothed curves at common progress points: lowest, median and highest
/// (min–max over the runs), as the report draws the reference's band.
struct CurveBand: Equatable {
    static let points = 60

    var progress: [Double]
    var low: [Double]
    var median: [Double]
    var high: [Double]
    /// Each run's final performance (``LearningCurves/finalPerformance(_:)``), sorted.
    var finals: [Double]

    init?(_ curves: LearningCurves?) {
        guard let curves else { return nil }
        let runs = curves.curves.map { LearningCurves.resampled(LearningCurves.smoothed($0.values), points: Self.points) }
        progress = (0..<Self.points).map { LearningCurves.progress($0, of: Self.points) }
        var low: [Double] = [], median: [Double] = [], high: [Double] = []
        for j in 0..<Self.points {
            let column = runs.map { $0[j] }.filter(\.isFinite).sorted()
            guard !column.isEmpty else { return nil }
            low.append(column[0])
            high.append(column[column.count - 1])
            let m = column.count / 2
            median.append(column.count % 2 == 1 ? column[m] : (column[m - 1] + column[m]) / 2)
        }
        self.low = low
        self.median = median
        self.high = high
        finals = curves.curves.map { LearningCurves.finalPerformance($0.values) }.filter(\.isFinite).sorted()
    }
}
