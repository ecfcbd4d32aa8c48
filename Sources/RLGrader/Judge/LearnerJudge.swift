import RLCore
import RLHomework

/// The shared judge of every learner check (the learner rule of `Grading/README.md`, "Learner checks").
///
/// A learner check describes its exercise with a ``LearnerPlan``: one full-budget input per rubric
/// seed, one tiny-budget probe input, and how to measure a returned output (the parent evaluates
/// the returned parameters in its own environments, wrapped with the setup's ``Relabelling``, with
/// its own seeds). The judge then
/// 1. runs the probes first (two tiny-budget runs on seeds of their own; the first is also the input
///    the engine runs twice to catch unseeded randomness); when every probe already earns more than
///    `probe_max` of the credit, the learner did not learn from its data: the check scores 0 and says so. A probe that crashes, times out or returns
///    something invalid also gives 0 (a learner must not be able to dodge it);
/// 2. runs the full-budget seeds, each in its own child, in parallel where the request has cores;
/// 3. rejects a seed whose learning curve does not improve: the mean of its last quarter must exceed
///    the mean of its first `curve_head` episodes (default: the first fiftieth) by `min_curve_gain`;
/// 4. scores the **mean over seeds** of the measured quantity on a linear ramp from `zero_at`
///    (0 credit) to `full_at` (full credit): partial credit grows with the quantity, no cliff.
///    A seed that crashed, returned something invalid or did not improve counts as `zero_at`; a seed
///    worse than `zero_at` counts as what it measured (so that one lucky seed cannot lift the mean of
///    seeds that failed). `data["measured"]` holds each seed's counted value, `data["probe"]` the probes' values
///    (`Grading/learner-false-fail.sh` reads both).
///
/// Every number is a rubric parameter a TA can adjust; the defaults come from the plan.
struct LearnerJudge {
    /// What one returned output measured to.
    enum Measurement {
        /// The measured quantity (in the plan's units), the learning curve, a one-line summary and,
        /// when the quantity is short of full credit, the feedback explaining it.
        case measured(value: Double, curve: [Double], line: String, shortfall: Feedback?)
        /// The output cannot be evaluated (wrong shape, not finite, over budget).
        case invalid(Feedback)
    }

    /// A credit ramp: 0 at `zeroAt`, 1 at `fullAt`, linear in between (either direction).
    struct Ramp: Equatable {
        var zeroAt: Double
        var fullAt: Double

        func credit(_ value: Double) -> Double {
            guard value.isFinite else { return 0 }
            let t = (value - zeroAt) / (fullAt - zeroAt)
            return min(1, max(0, t))
        }

        var higherIsBetter: Bool { fullAt > zeroAt }
    }

    /// The part of a learner check that differs between exercises.
    struct LearnerPlan<E: Exercise> {
        /// One full-budget input per rubric seed.
        var inputs: [E.Input]
        /// The same learner with a tiny budget (about 2 % of the full one), on a seed of its own.
        var probe: E.Input
        /// A second probe on another seed: the check gives 0 only when **every** probe is already
        /// good, so a correct learner that happens to be quick once cannot lose its points.
        var secondProbe: E.Input? = nil
        /// A description of input `i` for feedback; `nil` for the probe, −1 for the second probe.
        var describe: (Int?) -> String
        /// The quantity's name and unit for messages, e.g. "mean greedy return".
        var quantity: String
        /// The default credit ramp (rubric `zero_at`, `full_at` override it).
        var ramp: Ramp
        /// The default `probe_max`: the largest credit fraction the probe may earn.
        var probeMax: Double
        /// The default `min_curve_gain`: how much the mean of the curve's last quarter must exceed the
        /// mean of its first fiftieth (in the curve's units, returns).
        var minCurveGain: Double
        /// The default `curve_head`: how many first episodes the curve test averages (nil: the first
        /// fiftieth, at least 5).
        var curveHead: Int? = nil
        /// Measures a returned output (index `i`, or `nil` for the probe, −1 for the second probe).
        var measure: (E.Output, Int?) -> Measurement
        /// The hint shown when the probe is already good.
        var probeHint: String
    }

    let context: CheckContext

    /// The relabelling of a learner run: `Relabelling.random` from a stream of the rubric seed.
    static func relabelling(rubricSeed: UInt64, checkID: String, observationSize: Int, actionCount: Int?) -> Relabelling {
        Relabelling.random(seed: SeededGenerator(seed: rubricSeed).child(checkID).child("relabelling").seed,
                           observationSize: observationSize, actionCount: actionCount)
    }

    /// True when the mean of the curve's last quarter exceeds the mean of its first `head` episodes
    /// (default: the first fiftieth, at least 5) by `gain`. The start is short because a good learner
    /// improves quickly.
    static func improves(_ curve: [Double], by gain: Double, head: Int? = nil) -> (ok: Bool, first: Double, last: Double) {
        guard curve.count >= 10 else { return (false, .nan, .nan) }
        let head = min(head ?? max(5, curve.count / 50), curve.count / 2), quarter = curve.count / 4
        let first = curve.prefix(head).reduce(0, +) / Double(head)
        let last = curve.suffix(quarter).reduce(0, +) / Double(quarter)
        return (last - first >= gain, first, last)
    }

    /// `values` averaged over consecutive buckets so that at most `points` remain (learning curves).
    static func downsample(_ values: [Double], points: Int = 100) -> [Double] {
        guard values.count > points else { return values }
        let size = (values.count + points - 1) / points
        return stride(from: 0, to: values.count, by: size).map { start in
            let chunk = values[start..<min(start + size, values.count)]
            return chunk.reduce(0, +) / Double(chunk.count)
        }
    }

    /// `x` rounded for a message: to `digits` (a power of ten), and to 4 decimals when |x| < 1.
    static func rounded(_ x: Double, _ digits: Double = 100) -> String {
        let d = abs(x) < 1 ? max(digits, 10_000) : digits
        return Show.number((x * d).rounded() / d)
    }

    func judge<E: Exercise & SendableMetatype>(_ exercise: E.Type, _ plan: LearnerPlan<E>) throws -> CheckVerdict {
        let ramp = Ramp(zeroAt: context.parameter("zero_at", plan.ramp.zeroAt),
                        fullAt: context.parameter("full_at", plan.ramp.fullAt))
        let probeMax = context.parameter("probe_max", plan.probeMax)
        let minGain = context.parameter("min_curve_gain", plan.minCurveGain)
        let head = context.entry.parameters["curve_head"].map { Int($0) } ?? plan.curveHead
        var data: [String: [Double]] = [:]

        // 1. The probes: a tiny budget must not be enough (one child; the first probe is also the
        //    input the engine runs twice).
        let probeOutcomes = try context.callAllowingFailures(exercise, [plan.probe] + (plan.secondProbe.map { [$0] } ?? []))
        var probeValues: [Double] = []
        for (k, probeOutcome) in probeOutcomes.enumerated() {
        let which: Int? = k == 0 ? nil : -1
        switch probeOutcome {
        case .failure(let failure):
            // Also a crash or a timeout: a learner that dodges the probe cannot be judged.
            var feedback = failure.feedback(function: exercise.function, input: plan.describe(which))
            if case .notImplemented = failure {} else {
                feedback.summary = "The tiny-budget probe run failed, so this check gives 0. " + feedback.summary
            }
            return .fail(feedback)
        case .success(let output):
            switch plan.measure(output, which) {
            case .invalid(let feedback):
                // Over the probe's budget or malformed: the probe cannot vouch for the learner.
                var feedback = feedback
                feedback.summary = "The tiny-budget probe run is invalid, so this check gives 0. " + feedback.summary
                return .fail(feedback, data: data)
            case .measured(let value, _, _, _):
                probeValues.append(value)
            }
        }
        }
        data["probe"] = probeValues
        if probeValues.allSatisfy({ ramp.credit($0) > probeMax }) {
            return .fail(Feedback(
                "Your learner was already good with a tiny budget: it did not learn from its data, so this check gives 0.",
                expected: "with the probe's small budget, a \(plan.quantity) that earns at most \(Show.number(probeMax * 100)) % of the credit on at least one of \(probeValues.count) probe seeds (a learner needs its data)",
                observed: "\(plan.quantity) \(probeValues.map { Self.rounded($0) }.joined(separator: " and ")) (that much would earn \(probeValues.map { Show.number((ramp.credit($0) * 100).rounded()) + " %" }.joined(separator: " and ")))",
                input: plan.describe(nil) + (probeValues.count > 1 ? "; and a second probe on another seed" : ""),
                hint: plan.probeHint), data: data)
        }

        // 2. The full-budget seeds, each in its own child, in parallel where there are cores; the
        //    parent measures each output as soon as it arrives.
        let results = LockedBox([(Result<E.Output, CallFailure>, Measurement?)?](repeating: nil, count: plan.inputs.count))
        let errors = LockedBox<Error?>(nil)
        let shared = UncheckedBox((plan, context))
        parallelFor(plan.inputs.count, width: context.parallelism) { i in
            let (plan, context) = shared.value
            do {
                let outcome = try context.callAllowingFailures(exercise, [plan.inputs[i]])[0]
                var measurement: Measurement?
                if case .success(let output) = outcome { measurement = plan.measure(output, i) }
                results.withLock { $0[i] = (outcome, measurement) }
            } catch {
                errors.withLock { $0 = $0 ?? error }
            }
        }
        if let error = errors.snapshot { throw error }
        var values: [Double] = []
        var lines: [String] = []
        var firstProblem: Feedback?
        for (i, slot) in results.snapshot.enumerated() {
            let seed = context.seeds[i]
            let (outcome, measurement) = slot!
            switch outcome {
            case .failure(let failure):
                let feedback = failure.feedback(function: exercise.function, input: plan.describe(i))
                if case .notImplemented = failure { return .fail(feedback) }  // the same on every seed
                values.append(ramp.zeroAt)
                lines.append("seed \(seed): \(feedback.summary)")
                firstProblem = firstProblem ?? feedback
            case .success:
                switch measurement! {
                case .invalid(let feedback):
                    values.append(ramp.zeroAt)
                    lines.append("seed \(seed): \(feedback.summary)")
                    firstProblem = firstProblem ?? feedback
                case .measured(let value, let curve, let line, let shortfall):
                    data["learning-curve-seed-\(seed)"] = Self.downsample(curve)
                    let trend = Self.improves(curve, by: minGain, head: head)
                    if !trend.ok {
                        values.append(ramp.zeroAt)
                        lines.append("seed \(seed): \(line), but the learning curve does not improve")
                        firstProblem = firstProblem ?? Feedback(
                            "Your learning curve does not improve, so this seed counts as not learned.",
                            expected: "the mean return of the last quarter of your training episodes ≥ the first \(head.map { "\($0) episodes'" } ?? "fiftieth's") + \(Show.number(minGain))",
                            observed: curve.count < 10
                                ? "\(curve.count) training episode returns (need at least 10)"
                                : "first \(head.map { "\($0) episodes" } ?? "fiftieth") \(Self.rounded(trend.first)), last quarter \(Self.rounded(trend.last)) over \(curve.count) episodes",
                            input: plan.describe(i),
                            hint: "Return the return of every training episode, in the order they finished; they should get better as the policy learns.")
                        continue
                    }
                    values.append(value)
                    lines.append("seed \(seed): \(line)")
                    if ramp.credit(value) < 1 { firstProblem = firstProblem ?? shortfall }
                }
            }
        }
        return Self.verdict(
            counted: values, ramp: ramp, quantity: plan.quantity, seedLines: lines,
            firstProblem: firstProblem ?? Feedback("The learner did not reach full credit."), data: data)
    }

    /// The verdict of every learner check: credit on `ramp` from the mean of the per-seed values
    /// `counted` (kept in `data["measured"]`), with the per-seed lines as details, and
    /// `firstProblem` as the feedback when the credit is not full.
    static func verdict(
        counted: [Double], ramp: Ramp, quantity: String, seedLines: [String], firstProblem: Feedback,
        data: [String: [Double]]
    ) -> CheckVerdict {
        var data = data
        data["measured"] = counted
        let mean = counted.reduce(0, +) / Double(max(counted.count, 1))
        let credit = ramp.credit(mean)
        let band = "\(quantity) averaged over the \(counted.count) seeds: \(rounded(mean)) (full credit at \(Show.number(ramp.fullAt)), none at \(Show.number(ramp.zeroAt)))"
        let summaryLine = seedLines.joined(separator: "; ")
        if credit >= 1 {
            return .pass("\(band[band.startIndex].uppercased())\(band.dropFirst()): \(summaryLine).", data: data)
        }
        var feedback = firstProblem
        feedback.summary = "\(Show.number((credit * 100).rounded())) % of the credit: \(band). " + feedback.summary
        feedback.details = summaryLine
        return CheckVerdict(score: credit, feedback: feedback, data: data)
    }
}
