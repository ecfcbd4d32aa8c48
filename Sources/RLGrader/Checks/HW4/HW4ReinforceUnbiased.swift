import RLCore
import RLHomework

/// `hw4.reinforce.unbiased`: the mean of the student's REINFORCE estimates (no baseline) over many
/// batches sampled by the parent agrees with the exact ∇J(θ) of the policy gradient theorem
/// (occupancy measure × Q^π, from MDPJudge) within `z` standard errors, in every component.
struct HW4ReinforceUnbiased: Check {
    let id = "hw4.reinforce.unbiased"
    let title = "REINFORCE is an unbiased estimate of ∇J(θ)"
    let summary = "Averaged over many batches sampled by the grader, reinforceGradient (no baseline) matches the exact policy gradient Σ_s η(s) Σ_a π(a|s) Q^π(s,a) ∇log π(a|s)."

    func run(_ context: CheckContext) throws -> CheckVerdict {
        let z = context.parameter("z", 5)
        let problems = try context.seeds.map {
            try HW4ReinforceProblem(seed: $0, label: id, batchCount: context.intParameter("batches", 400),
                                    episodesPerBatch: context.intParameter("episodes", 10))
        }
        let inputs = problems.flatMap { $0.inputs(baseline: nil) }
        let perProblem = problems.first?.batches.count ?? 0
        let describe = { (i: Int) in "batch \(i % perProblem) of " + problems[i / perProblem].description + ", no baseline" }
        let outputs = try context.call(HW4.ReinforceGradient.self, inputs, describe: describe)
        var worstZ = 0.0
        for (p, problem) in problems.enumerated() {
            let estimates = Array(outputs[(p * perProblem)..<((p + 1) * perProblem)])
            if let feedback = problem.validate(estimates, describe: { describe(p * perProblem + $0) }) { return .fail(feedback) }
            let (mean, se, _) = HW4Judge.meanAndStandardError(estimates)
            if let (j, score) = HW4ReinforceProblem.worstDeviation(mean: mean, standardError: se, exact: problem.exactGradient, z: z) {
                return .fail(Feedback(
                    "The average of your REINFORCE estimates is not the policy gradient: the estimator is biased.",
                    expected: "∇J(θ) = \(Show.vector(problem.exactGradient, limit: 12)) (exact); component \(j) = \(Show.number(problem.exactGradient[j]))",
                    observed: "mean over \(perProblem) batches = \(Show.vector(mean, limit: 12)); component \(j) = \(Show.number(mean[j])) ± \(Show.number(se[j])) (standard error), \(score.isFinite ? Show.number((score * 10).rounded() / 10) : "∞") standard errors away (allowed \(Show.number(z)))",
                    input: problem.description + ", no baseline",
                    hint: "ĝ = (1/N) Σ_n Σ_t G_t ∇θ log π(a_t|s_t) with G_t the reward-to-go from step t to the END of the episode (not from its start), and the score of the action actually taken."))
            }
            worstZ = max(worstZ, HW4ReinforceProblem.maxZ(mean: mean, standardError: se, exact: problem.exactGradient))
        }
        return .pass("On \(problems.count) random MDP\(problems.count == 1 ? "" : "s") (\(perProblem) batches each), the mean estimate is within \(Show.number((worstZ * 100).rounded() / 100)) standard errors of the exact ∇J(θ) (allowed \(Show.number(z))).")
    }
}
