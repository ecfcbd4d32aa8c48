import RLCore
import RLHomework

/// `hw6.kl-penalty.beta-rule`: adaptKLCoefficient on a table of KL values around d_targ/1.5 and
/// 1.5·d_targ, the two boundaries included (they leave β unchanged). The targets are 3·2⁻ᵏ, so
/// d_targ/1.5 and 1.5·d_targ are exact in floating point and any correct way of writing the
/// comparisons gives the same answer.
struct HW6KLPenaltyBetaRule: Check {
    let id = "hw6.kl-penalty.beta-rule"
    let title = "PPO-penalty: the adaptive β"
    let summary = "adaptKLCoefficient halves β when d < d_targ/1.5, doubles it when d > 1.5·d_targ, and leaves it unchanged in between (boundaries included)."

    static func expected(_ q: HW6.KLCoefficientQuery) -> Double {
        q.kl < q.target / 1.5 ? q.beta / 2 : (q.kl > q.target * 1.5 ? q.beta * 2 : q.beta)
    }

    func run(_ context: CheckContext) throws -> CheckVerdict {
        var inputs: [HW6.KLCoefficientQuery] = []
        for (target, beta) in [(0.0234375, 1.0), (0.75, 3.0), (0.01171875, 0.5)] {
            let low = target / 1.5, high = target * 1.5
            for kl in [0, low * 0.5, low.nextDown, low, low.nextUp, target, high.nextDown, high, high.nextUp, high * 3] {
                inputs.append(HW6.KLCoefficientQuery(beta: beta, kl: kl, target: target))
            }
        }
        let describe = { (i: Int) -> String in
            let q = inputs[i]
            let where_ = q.kl == q.target / 1.5 ? " (exactly d_targ/1.5)" : (q.kl == q.target * 1.5 ? " (exactly 1.5·d_targ)" : "")
            return "β = \(Show.number(q.beta)), d = \(Show.number(q.kl))\(where_), d_targ = \(Show.number(q.target))"
        }
        let outputs = try context.call(HW6.AdaptKLCoefficient.self, inputs, describe: describe)
        var passed = 0, firstFailure: Feedback?
        for (i, o) in outputs.enumerated() {
            let e = Self.expected(inputs[i])
            if o == e { passed += 1; continue }
            firstFailure = firstFailure ?? Feedback(
                "adaptKLCoefficient returned the wrong β.", expected: Show.number(e), observed: Show.number(o), input: describe(i),
                hint: "A small KL means the penalty is too strong: halve β when d < d_targ/1.5; a large KL means it is too weak: double β when d > 1.5·d_targ; keep β otherwise (the two boundaries included).")
        }
        return .fraction(passed: passed, of: inputs.count, passSummary: "All \(inputs.count) KL values give the right β.", failure: firstFailure)
    }
}
