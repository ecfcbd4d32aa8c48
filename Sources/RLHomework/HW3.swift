import RLCore

/// hw3 — model-free prediction and control: Monte-Carlo, TD(0), ε-greedy, SARSA, Q-learning.
///
/// Write `struct HW3Solution: ModelFreeHomework` in `Assignments/hw3/` and run `rlgrade hw3`.
///
/// Conventions (the course's, lectures 4–5):
/// - value tables are indexed by state, `v[s]` = V(s); action-value tables by state then action,
///   `q[s][a]` = Q(s, a), with one row per state and one entry per action of that state;
/// - a terminal state has value 0 and an update never bootstraps past it (the target is just r);
///   a time limit (`truncated`) is **not** a terminal state: bootstrap from the next state;
/// - all randomness comes from the `SeededGenerator` the grader gives you (or seeds), and all
///   experience from the episodes or the environment it gives you. The grader picks the seeds,
///   the numbers of episodes and the step sizes.
public protocol ModelFreeHomework {
    // MARK: Prediction

    /// Monte-Carlo prediction of V^π from complete episodes of π (lecture 4).
    ///
    /// For every episode, compute the returns backwards,
    ///
    ///     G_t = R_{t+1} + γ R_{t+2} + … + γ^{T−t−1} R_T = R_{t+1} + γ G_{t+1},   G_T = 0,
    ///
    /// and update the value of S_t with G_t:
    ///
    /// - `alpha == nil`: the incremental mean, N(S_t) ← N(S_t) + 1,
    ///   V(S_t) ← V(S_t) + (1/N(S_t)) (G_t − V(S_t)), with every N(s) starting at 0 in this call
    ///   (so V(s) ends as the plain average of the returns used for s);
    /// - `alpha == α`: the constant-step update V(S_t) ← V(S_t) + α (G_t − V(S_t)).
    ///
    /// `firstVisit == true`: in each episode only the **first** occurrence of a state is used;
    /// `firstVisit == false` (every-visit): every occurrence is used.
    ///
    /// Process the episodes in the order given; the values change only after an episode has ended.
    /// (With constant α and every-visit, the grader never repeats a state inside an episode, so the
    /// order of the updates within an episode does not matter.) States never visited keep their
    /// initial values.
    ///
    /// - Parameters:
    ///   - episodes: complete (terminated) episodes; see ``HW3/Episode`` for the indexing.
    ///   - initialValues: V before the first episode, one entry per state.
    ///   - gamma: the discount γ ∈ [0, 1].
    ///   - firstVisit: first-visit (true) or every-visit (false) Monte-Carlo.
    ///   - alpha: the constant step size α, or `nil` for the incremental mean 1/N(s).
    /// - Returns: V after the last episode, one entry per state.
    func monteCarloPrediction(
        episodes: [HW3.Episode], initialValues: [Double], gamma: Double, firstVisit: Bool, alpha: Double?
    ) throws -> [Double]

    /// One TD(0) update (lecture 4):
    ///
    ///     V(S_t) ← V(S_t) + α (R_{t+1} + γ V(S_{t+1}) − V(S_t)),
    ///
    /// with the TD target R_{t+1} + γ V(S_{t+1}) replaced by R_{t+1} when S_{t+1} is terminal
    /// (`transition.terminated`). Only V(S_t) changes.
    ///
    /// - Parameters:
    ///   - values: V before the update, one entry per state.
    ///   - transition: (S_t, R_{t+1}, S_{t+1}); its action is 0.
    ///   - alpha: the step size α.
    ///   - gamma: the discount γ ∈ [0, 1].
    /// - Returns: V after the update.
    func tdZeroUpdate(values: [Double], transition: HW3.Transition, alpha: Double, gamma: Double) throws -> [Double]

    /// TD(0) prediction over recorded episodes: starting from `initialValues`, apply the TD(0)
    /// update of ``tdZeroUpdate(values:transition:alpha:gamma:)`` online, after every step, in the
    /// order of the steps and of the episodes.
    ///
    /// The last step of a terminated episode does not bootstrap; the last step of a truncated one
    /// (`terminated == false`) does, from V(S_T). `HW3.Episode.transitions` lists the steps.
    ///
    /// - Returns: V after the last episode.
    func tdZeroPrediction(episodes: [HW3.Episode], initialValues: [Double], alpha: Double, gamma: Double) throws -> [Double]

    // MARK: Control

    /// ε-greedy action selection from one row of Q (lecture 5):
    ///
    ///     a = argmax_a Q(s, a)   with probability 1 − ε,
    ///     a ~ U(0, |A|)          with probability ε  (uniform over ALL actions, greedy one included).
    ///
    /// So a greedy action a* has probability 1 − ε + ε/|A| and every other action ε/|A|.
    /// With ε = 0 the choice is always greedy; with ε = 1 it is uniform.
    ///
    /// **Ties.** When several actions share the maximum, pick any one of them (the lowest index, or
    /// one at random): the grader checks that the tied actions *together* get
    /// 1 − ε + k·ε/|A| (k tied actions) and every other action ε/|A|.
    ///
    /// - Parameters:
    ///   - q: Q(s, ·), one value per action (at least one).
    ///   - epsilon: ε ∈ [0, 1].
    ///   - rng: the only source of randomness you may use.
    /// - Returns: an action in `0..<q.count`.
    func epsilonGreedy(q: [Double], epsilon: Double, using rng: inout SeededGenerator) throws -> Int

    /// One SARSA update (on-policy TD control, lecture 5):
    ///
    ///     Q(s, a) ← Q(s, a) + α (r + γ Q(s′, a′) − Q(s, a)),
    ///
    /// where a′ is the action the policy actually takes next (`nextAction`). When s′ is terminal
    /// (`transition.terminated`) the target is just r (and `nextAction` is meaningless).
    /// Only Q(s, a) changes.
    ///
    /// - Returns: Q after the update, same shape as `q`.
    func sarsaUpdate(q: [[Double]], transition: HW3.Transition, nextAction: Int, alpha: Double, gamma: Double) throws -> [[Double]]

    /// One Q-learning update (off-policy TD control, lecture 5):
    ///
    ///     Q(s, a) ← Q(s, a) + α (r + γ max_{a′} Q(s′, a′) − Q(s, a)),
    ///
    /// with the target r alone when s′ is terminal. Only Q(s, a) changes.
    ///
    /// - Returns: Q after the update, same shape as `q`.
    func qLearningUpdate(q: [[Double]], transition: HW3.Transition, alpha: Double, gamma: Double) throws -> [[Double]]

    /// One Expected SARSA update: the SARSA update with Q(s′, a′) replaced by its expectation under
    /// the ε-greedy policy of Q in s′,
    ///
    ///     Q(s, a) ← Q(s, a) + α (r + γ Σ_{a′} π(a′|s′) Q(s′, a′) − Q(s, a)),
    ///     π(·|s′) ε-greedy:  Σ_{a′} π(a′|s′) Q(s′, a′) = (1 − ε) max_{a′} Q(s′, a′) + ε · mean_{a′} Q(s′, a′),
    ///
    /// with the target r alone when s′ is terminal. Only Q(s, a) changes.
    ///
    /// - Returns: Q after the update, same shape as `q`.
    func expectedSarsaUpdate(
        q: [[Double]], transition: HW3.Transition, epsilon: Double, alpha: Double, gamma: Double
    ) throws -> [[Double]]

    /// Trains SARSA with an ε-greedy policy and returns the learned Q.
    ///
    /// ```
    /// var rng = SeededGenerator(seed: settings.seed)
    /// var env = try environment.makeEnvironment()      // γ = env.model.gamma
    /// Q(s, a) = 0 for every s, a
    /// repeat settings.episodes times:
    ///     s = env.reset(seed: rng.next());  a = ε-greedy(Q(s, ·))
    ///     loop:
    ///         step a → r, s′, terminated, truncated
    ///         if terminated:  Q(s, a) += α (r − Q(s, a));  end the episode
    ///         a′ = ε-greedy(Q(s′, ·));  Q(s, a) += α (r + γ Q(s′, a′) − Q(s, a))
    ///         if truncated:  end the episode          (after the update: s′ is not terminal)
    ///         s, a = s′, a′
    /// ```
    ///
    /// α for the n-th update of a pair (s, a) is `settings.stepSize(update: n)` = α₀ / n^ω.
    /// **Never step an environment whose episode has ended** (terminated *or* truncated): reset it.
    /// Use only `rng` for randomness (the seeds of `reset` included); any way of drawing from it is
    /// accepted — the grader judges the learned Q, not your random draws.
    ///
    /// - Returns: Q, `q[s][a]`, one row per state of `env.model` with `env.model.actionCount(s)`
    ///   entries (terminal rows stay 0).
    func sarsa(environment: HW3.EnvironmentSpec, settings: HW3.ControlSettings) throws -> [[Double]]

    /// Trains Q-learning with an ε-greedy behaviour policy and returns the learned Q.
    ///
    /// As ``sarsa(environment:settings:)``, but the update uses the greedy target:
    ///
    ///     Q(s, a) += α (r + γ max_{a′} Q(s′, a′) − Q(s, a))     (r alone if s′ is terminal),
    ///
    /// and each action is chosen ε-greedily from the current Q in the state where it is taken.
    /// A truncated episode ends after its (bootstrapping) update; never step past it.
    ///
    /// - Returns: Q, `q[s][a]` (terminal rows stay 0).
    func qLearning(environment: HW3.EnvironmentSpec, settings: HW3.ControlSettings) throws -> [[Double]]
}
