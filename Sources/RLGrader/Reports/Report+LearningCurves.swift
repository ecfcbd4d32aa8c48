extension Report {
    /// The `learning-curve-*` series of every check that has some (check id → series name → values),
    /// or nil when no check has any: what `rlgrade record` keeps of the reference's report.
    public var learningCurves: [String: [String: [Double]]]? {
        var curves: [String: [String: [Double]]] = [:]
        for check in checks {
            let series = (check.data ?? [:]).filter { LearningCurves.isCurveKey($0.key) }
            if !series.isEmpty { curves[check.id] = series }
        }
        return curves.isEmpty ? nil : curves
    }
}
