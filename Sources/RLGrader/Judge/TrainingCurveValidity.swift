/// Whether a learner's returned learning curve (the return of every finished training episode) is
/// one its environment can produce within the budget — the learner rule's curve test reads it, so a
/// fabricated curve must not pass for a real one (`Grading/README.md`, "Learner checks").
///
/// Each environment bounds what one episode can return and how many steps it took:
/// - CartPole-v1: +1 per step, 1 … 500 steps, so an episode's return is the number of steps it took
///   and the returns add up to at most the budget. A return outside 0 … 500 is impossible (a curve
///   of rewards scaled down, or discounted, still passes: the rule is after fabrication, not style).
/// - Pendulum-v1: 200 steps per episode (truncation; it never terminates), each reward in
///   [−(π² + 0.1 · 8² + 0.001 · 2²), 0], so a return lies in [−3,254.72…, 0] and the number of
///   episodes times 200 is at most the budget.
enum TrainingCurveValidity {
    /// The environment whose returns the curve holds.
    enum Task: Sendable {
        case cartPole
        case pendulum
    }

    /// The problem with `returns` for `task` within `budget` environment steps, if there is one.
    static func problem(_ returns: [Double], task: Task, budget: Int) -> String? {
        if let k = returns.firstIndex(where: { !$0.isFinite }) {
            return "training episode \(k + 1)'s return is \(Show.number(returns[k])); every return must be a finite number"
        }
        switch task {
        case .cartPole:
            if let k = returns.firstIndex(where: { $0 < 0 || $0 > 500 }) {
                return "training episode \(k + 1)'s return is \(Show.number(returns[k])), which no CartPole-v1 episode returns (+1 per step, at most 500 steps)"
            }
            let used = returns.reduce(0, +)
            if used > Double(budget) {
                return "your finished training episodes add up to \(Show.number(used)) steps (+1 reward per step), more than the budget of \(budget) environment steps"
            }
        case .pendulum:
            let worst = -(Double.pi * Double.pi + 0.1 * 64 + 0.001 * 4) * 200
            if let k = returns.firstIndex(where: { $0 > 0 || $0 < worst - 1e-9 }) {
                return "training episode \(k + 1)'s return is \(Show.number(returns[k])), outside what a 200-step Pendulum-v1 episode can return (\(Show.number((worst * 100).rounded(.up) / 100)) to 0)"
            }
            if returns.count * 200 > budget {
                return "you returned \(returns.count) finished training episodes of 200 steps each, \(returns.count * 200) steps, more than the budget of \(budget) environment steps"
            }
        }
        return nil
    }

    /// The hint for a curve with a problem.
    static let hint = "Return the return of every training episode that finished within setup.environmentSteps, in the order they finished, as the environment gave them (the sum of its rewards); count every env.step of every environment toward the budget."
}
