import RLCore

/// Whether a learner's returned learning curve (the return of every finished training episode) is
/// one its environment can produce within the budget — the learner rule's curve test reads it, so a
/// fabricated curve must not pass for a real one (`Grading/README.md`, "Learner checks").
///
/// Each environment bounds what one episode can return and how many steps it took (the bounds come
/// from RLCore's environments, the ones the learners train on):
/// - CartPole-v1: +1 per step, at most `maxEpisodeSteps` (500) steps, so an episode's return is the
///   number of steps it took and the returns add up to at most the budget. A return outside 0 … 500
///   is impossible. A curve of rewards scaled down, or discounted, still passes: the rule is against
///   fabrication, not a style of bookkeeping.
/// - Pendulum-v1: `maxEpisodeSteps` (200) steps per episode (it never terminates), each reward at
///   least `Pendulum.reward` at θ = π, θ̇ = `maxSpeed`, u = `maxTorque` (−16.27…), so a return lies in
///   [−3,254.7…, 0] and the number of episodes times 200 is at most the budget.
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
            let longest = Double(CartPole().maxEpisodeSteps)
            if let k = returns.firstIndex(where: { $0 < 0 || $0 > longest }) {
                return "training episode \(k + 1)'s return is \(Show.number(returns[k])), which no CartPole-v1 episode returns (+1 per step, at most \(Show.number(longest)) steps)"
            }
            let used = returns.reduce(0, +)
            if used > Double(budget) {
                return "your finished training episodes add up to \(Show.number(used)) steps (+1 reward per step), more than the budget of \(budget) environment steps"
            }
        case .pendulum:
            let length = Pendulum().maxEpisodeSteps
            let worstStep = Pendulum.reward(theta: .pi, thetaDot: Pendulum.maxSpeed, torque: Pendulum.maxTorque)
            let worst = worstStep * Double(length)
            if let k = returns.firstIndex(where: { $0 > 0 || $0 < worst * (1 + 1e-12) }) {
                return "training episode \(k + 1)'s return is \(Show.number(returns[k])), outside what a \(length)-step Pendulum-v1 episode can return (\(Show.number((worst * 100).rounded(.up) / 100)) to 0)"
            }
            if returns.count * length > budget {
                return "you returned \(returns.count) finished training episodes of \(length) steps each, \(returns.count * length) steps, more than the budget of \(budget) environment steps"
            }
        }
        return nil
    }

    /// The hint for a curve with a problem.
    static let hint = "Return the return of every training episode that finished within setup.environmentSteps, in the order they finished, as the environment gave them (the sum of its rewards); count every env.step of every environment toward the budget."
}
