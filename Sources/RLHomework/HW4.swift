import RLCore

/// hw4 — policy gradient and actor-critic: linear value-function approximation, the softmax policy
/// and its score function, REINFORCE (with and without a baseline), n-step returns, GAE, the A2C
/// loss, and two learners (REINFORCE on the short corridor, A2C on CartPole-v1).
///
/// Write `struct HW4Solution: PolicyGradientHomework` in `Assignments/hw4/` and run `rlgrade hw4`.
/// The handout `Assignments/hw4/README.md` has the formulas, the conventions and the checks.
///
/// Notation (the course's A2C notation): r_t is the reward received for taking a_t in s_t, so one
/// step is (s_t, a_t, r_t, s_{t+1}); G_t = Σ_{k≥t} γ^{k−t} r_k; δ_t = r_t + γ V(s_{t+1}) − V(s_t).
public protocol PolicyGradientHomework {
    // MARK: Linear value-function approximation

    /// Semi-gradient TD(0) with a linear value function v̂(s, θ) = θᵀx(s).
    ///
    /// Start from θ = `input.initialWeights`. For each episode in order, for t = 0 … T−1 in order:
    ///
    ///     δ_t = r_t + γ v̂(s_{t+1}, θ) − v̂(s_t, θ)
    ///     θ  ← θ + α δ_t x(s_t)
    ///
    /// The target r_t + γ v̂(s_{t+1}, θ) is treated as a constant: the update moves θ along x(s_t)
    /// only ("semi-gradient"; do not differentiate through the target). When the episode
    /// `terminated`, its last state s_T is terminal and v̂(s_T) = 0 (do not evaluate θᵀx(s_T)); when
    /// it did not (a time limit), bootstrap from θᵀx(s_T) as usual.
    ///
    /// With one-hot features x(s) = e_s this is exactly tabular TD(0).
    ///
    /// - Returns: θ after the last update (d numbers).
    func linearTD0(_ input: HW4.LinearPrediction) throws -> [Double]

    /// Gradient Monte-Carlo prediction with a linear value function v̂(s, θ) = θᵀx(s).
    ///
    /// Start from θ = `input.initialWeights`. For each episode in order (all of them terminate):
    /// compute the returns G_t = Σ_{k=t}^{T−1} γ^{k−t} r_k, then for t = 0 … T−1 in order
    ///
    ///     θ ← θ + α (G_t − θᵀx(s_t)) x(s_t)
    ///
    /// (every visit; each update uses the current θ). With one-hot features this is tabular
    /// every-visit constant-α Monte-Carlo.
    ///
    /// - Returns: θ after the last update.
    func gradientMonteCarlo(_ input: HW4.LinearPrediction) throws -> [Double]

    // MARK: Softmax policy with linear preferences

    /// The action probabilities of a softmax policy with linear preferences h(s,a,θ) = θᵀx(s,a):
    ///
    ///     π_θ(a|s) = exp(h(s,a,θ)) / Σ_b exp(h(s,b,θ))
    ///
    /// Compute it stably: subtract max_b h(s,b,θ) before exponentiating (preferences of ±1000 must
    /// work).
    ///
    /// - Parameters:
    ///   - features: `features[a]` = x(s,a), one vector of length d per action.
    ///   - theta: θ (d numbers).
    ///
    /// - Returns: one probability per action (`features.count` numbers, summing to 1).
    func actionProbabilities(features: [[Double]], theta: [Double]) throws -> [Double]

    /// The score function of the softmax policy, ∇_θ log π_θ(a|s) for a = `action`:
    ///
    ///     ∇_θ log π_θ(a|s) = x(s,a) − Σ_b π_θ(b|s) x(s,b)
    ///
    /// (the features of the action taken minus their expectation under π_θ). Its expectation over
    /// a ~ π_θ(·|s) is the zero vector.
    ///
    /// - Returns: d numbers.
    func scoreFunction(features: [[Double]], theta: [Double], action: Int) throws -> [Double]

    // MARK: REINFORCE

    /// The reward-to-go of every step of one episode:
    ///
    ///     G_t = Σ_{k=t}^{T−1} γ^{k−t} r_k = r_t + γ G_{t+1},   G_T = 0
    ///
    /// (`rewards[t]` is r_t). G_0 is the return of the whole episode; G_{T−1} = r_{T−1}.
    ///
    /// - Returns: T numbers, `[G_0, G_1, …, G_{T−1}]` (empty for an empty episode).
    func rewardToGo(rewards: [Double], gamma: Double) throws -> [Double]

    /// The REINFORCE estimate of ∇_θ J(θ) from a batch of N episodes sampled with π_θ (softmax,
    /// linear preferences θᵀx(s,a)):
    ///
    ///     ĝ = (1/N) Σ_{n=1}^{N} Σ_{t=0}^{T_n−1} (G_t^n − b(s_t^n)) ∇_θ log π_θ(a_t^n | s_t^n)
    ///
    /// with G_t^n the reward-to-go of episode n (discount γ) and b(s) = `batch.baseline[s]`, or b = 0
    /// when `batch.baseline` is nil. The baseline depends on the state only, never on the action.
    /// (As in the course there is no extra γ^t factor; with γ = 1 the estimate is unbiased.)
    ///
    /// - Returns: ĝ (d numbers).
    func reinforceGradient(_ batch: HW4.ReinforceBatch) throws -> [Double]

    // MARK: Returns and advantages on rollout segments

    /// n-step returns on a rollout segment, bootstrapped from the critic:
    ///
    ///     G_t^(n) = r_t + γ r_{t+1} + … + γ^{m−1} r_{t+m−1} + γ^m V(s_{t+m})
    ///
    /// where m ≤ n is cut short when the episode ends or the segment ends: m is the smallest of n,
    /// the number of steps left in the segment (T − t), and the number of steps until (and including)
    /// the first step t+k ≥ t that is terminated or truncated. The bootstrap V(s_{t+m}) is
    /// `nextValues[t+m−1]`, except that it is 0 when step t+m−1 is `terminated` (never bootstrap past
    /// a terminal state). A truncated step still bootstraps from its `nextValues`.
    ///
    /// n = 1 gives the TD target r_t + γ V(s_{t+1}); n ≥ T gives the A2C returns of the segment.
    ///
    /// - Returns: T numbers.
    func nStepReturns(_ rollout: HW4.Rollout, gamma: Double, n: Int) throws -> [Double]

    /// Generalized advantage estimation over a rollout segment, from the last step backwards:
    ///
    ///     δ_t = r_t + γ (1 − terminated_t) nextValues[t] − values[t]
    ///     Â_t = δ_t + γλ (1 − done_t) Â_{t+1},   done_t = terminated_t or truncated_t,   Â_T = 0
    ///
    /// so Â_t = Σ_b (γλ)^b δ_{t+b} summed until the episode or the segment ends. A truncated step
    /// bootstraps in δ_t but stops the sum. λ = 0 gives Â_t = δ_t; λ = 1 gives Â_t = G_t − V(s_t) with
    /// the segment's n-step returns. The value targets are Â_t + V(s_t).
    ///
    /// - Returns: the T advantages and the T value targets.
    func gae(_ rollout: HW4.Rollout, gamma: Double, lambda: Double) throws -> HW4.Advantages

    // MARK: A2C

    /// The A2C loss of a batch of segments, and its gradient with respect to both networks.
    ///
    /// For every step t of every segment (B steps in all): the logits z_t = actor(s_t) give
    /// π_θ(·|s_t) = softmax(z_t); the critic gives V(s_t) = critic(s_t)[0] and
    /// V(s_{t+1}) = critic(nextStates[t])[0]. Per segment, `gae` with (γ, λ) gives Â_t and the value
    /// targets R_t = Â_t + V(s_t). Â_t and R_t are then **constants** (no gradient flows through
    /// them). With means over the B steps:
    ///
    ///     L_policy  = −(1/B) Σ log π_θ(a_t|s_t) Â_t
    ///     L_value   =  (1/B) Σ (R_t − V_φ(s_t))²
    ///     L_entropy = −(1/B) Σ H(π_θ(·|s_t)),   H(p) = −Σ_a p_a log p_a
    ///     L         = L_policy + c₁ L_value + c₂ L_entropy
    ///
    /// Minimising L raises the probability of actions with Â_t > 0, fits V_φ to the targets and
    /// (through −H) keeps the policy exploring. Return the four losses, ∂L/∂θ (actor) and ∂L/∂φ
    /// (critic) in the networks' flat parameter order: use `MLP.forwardCached` / `MLP.backward`
    /// (or `MLP.gradient(inputs:outputGradients:)`) with ∂L/∂z_t and ∂L/∂V(s_t); `Categorical`
    /// gives ∂ log p_a/∂z and ∂H/∂z. Do not normalise the advantages here.
    func a2cLoss(_ batch: HW4.A2CBatch) throws -> HW4.A2CLoss

    // MARK: Learners

    /// REINFORCE with a baseline (Algorithm 5.18) on the short corridor with switched actions
    /// (Sutton & Barto, Example 13.1; `MDPEnvironment.shortCorridor()`).
    ///
    /// Every state looks the same to the agent: π_θ(a) = softmax over a of θᵀ`actionFeatures[a]`,
    /// the same in every state (never look at the state index). Play on
    /// `RelabelledEnvironment(corridor, relabelling: setup.relabelling)` (its two actions may be
    /// swapped; the grader computes P(right) through the same relabelling). Play `setup.episodes` episodes
    /// (cut at `setup.maxEpisodeSteps` steps); after each, update θ with the REINFORCE gradient of
    /// that episode, Σ_t (G_t − b) ∇_θ log π_θ(a_t), and a step size that decays linearly from
    /// `alphaTheta` to 0 over the episodes. For the baseline b, learn a scalar w
    /// (w ← w + α_w (G_t − w)) or use the mean of the returns seen so far.
    ///
    /// The best such policy has P(right) = 2 − √2 ≈ 0.586. All randomness from
    /// `SeededGenerator(seed: setup.seed)`.
    ///
    /// - Returns: the final θ and the return of every episode (the learning curve).
    func reinforceShortCorridor(_ setup: HW4.ShortCorridorSetup) throws -> HW4.ShortCorridorResult

    /// A2C on CartPole-v1 (`CartPole()`, 500-step limit) with RLCore networks, trained on
    /// `RelabelledEnvironment(CartPole(), relabelling: setup.relabelling)`.
    ///
    /// Build the actor with `MLP(layerSizes: setup.actorLayerSizes, seed: …)` and a critic, step
    /// `setup.environments` CartPoles side by side, collect `setup.stepsPerUpdate` steps from each
    /// (a ``HW4/Segment`` each; after an episode ends, record its return and reset that environment),
    /// then update both networks with `a2cLoss` (GAE with γ, λ; c₁, c₂), clipping each network's
    /// gradient norm to `maxGradientNorm` (`GradientClipping.clipNorm`) and stepping one `Adam` per
    /// network whose learning rate decays linearly from `learningRate` to 0 over the budget. Stop after
    /// `setup.environmentSteps` environment steps in all.
    ///
    /// The grader rebuilds your actor from the returned parameters and plays 20 episodes on its own
    /// CartPoles, wrapped with the same relabelling, with the **greedy** action (the larger logit);
    /// full credit when the mean return averaged over the seeds reaches 170. It also runs your learner
    /// twice with a tiny budget, which must not be enough. All randomness from
    /// `SeededGenerator(seed: setup.seed)` (the grader runs one input twice and compares).
    ///
    /// - Returns: the actor's flat parameters and the return of every finished training episode.
    func a2cCartPole(_ setup: HW4.CartPoleSetup) throws -> HW4.CartPoleResult
}

/// The exercises of hw4, as the grader calls them.
public enum HW4 {
    /// Calls ``PolicyGradientHomework/linearTD0(_:)``.
    public enum LinearTD: Exercise {
        public static let name = "hw4.linear-td"
        public static let function = "linearTD0(_:)"
        public static func run(_ solution: any PolicyGradientHomework, _ input: LinearPrediction) throws -> [Double] {
            try solution.linearTD0(input)
        }
    }

    /// Calls ``PolicyGradientHomework/gradientMonteCarlo(_:)``.
    public enum GradientMC: Exercise {
        public static let name = "hw4.gradient-mc"
        public static let function = "gradientMonteCarlo(_:)"
        public static func run(_ solution: any PolicyGradientHomework, _ input: LinearPrediction) throws -> [Double] {
            try solution.gradientMonteCarlo(input)
        }
    }

    /// Calls ``PolicyGradientHomework/actionProbabilities(features:theta:)``.
    public enum ActionProbabilities: Exercise {
        public static let name = "hw4.action-probabilities"
        public static let function = "actionProbabilities(features:theta:)"
        public static func run(_ solution: any PolicyGradientHomework, _ input: SoftmaxQuery) throws -> [Double] {
            try solution.actionProbabilities(features: input.features, theta: input.theta)
        }
    }

    /// Calls ``PolicyGradientHomework/scoreFunction(features:theta:action:)``.
    public enum ScoreFunction: Exercise {
        public static let name = "hw4.score-function"
        public static let function = "scoreFunction(features:theta:action:)"
        public static func run(_ solution: any PolicyGradientHomework, _ input: SoftmaxQuery) throws -> [Double] {
            try solution.scoreFunction(features: input.features, theta: input.theta, action: input.action)
        }
    }

    /// Calls ``PolicyGradientHomework/rewardToGo(rewards:gamma:)``.
    public enum RewardToGo: Exercise {
        public static let name = "hw4.reward-to-go"
        public static let function = "rewardToGo(rewards:gamma:)"
        public static func run(_ solution: any PolicyGradientHomework, _ input: RewardsQuery) throws -> [Double] {
            try solution.rewardToGo(rewards: input.rewards, gamma: input.gamma)
        }
    }

    /// Calls ``PolicyGradientHomework/reinforceGradient(_:)``.
    public enum ReinforceGradient: Exercise {
        public static let name = "hw4.reinforce-gradient"
        public static let function = "reinforceGradient(_:)"
        public static func run(_ solution: any PolicyGradientHomework, _ input: ReinforceBatch) throws -> [Double] {
            try solution.reinforceGradient(input)
        }
    }

    /// Calls ``PolicyGradientHomework/nStepReturns(_:gamma:n:)``.
    public enum NStepReturns: Exercise {
        public static let name = "hw4.n-step-returns"
        public static let function = "nStepReturns(_:gamma:n:)"
        public static func run(_ solution: any PolicyGradientHomework, _ input: NStepQuery) throws -> [Double] {
            try solution.nStepReturns(input.rollout, gamma: input.gamma, n: input.n)
        }
    }

    /// Calls ``PolicyGradientHomework/gae(_:gamma:lambda:)``.
    public enum GAE: Exercise {
        public static let name = "hw4.gae"
        public static let function = "gae(_:gamma:lambda:)"
        public static func run(_ solution: any PolicyGradientHomework, _ input: GAEQuery) throws -> Advantages {
            try solution.gae(input.rollout, gamma: input.gamma, lambda: input.lambda)
        }
    }

    /// Calls ``PolicyGradientHomework/a2cLoss(_:)``.
    public enum A2CLossExercise: Exercise {
        public static let name = "hw4.a2c-loss"
        public static let function = "a2cLoss(_:)"
        public static func run(_ solution: any PolicyGradientHomework, _ input: A2CBatch) throws -> A2CLoss {
            try solution.a2cLoss(input)
        }
    }

    /// Calls ``PolicyGradientHomework/reinforceShortCorridor(_:)``.
    public enum ReinforceShortCorridor: Exercise {
        public static let isStochastic = true
        public static let name = "hw4.reinforce-short-corridor"
        public static let function = "reinforceShortCorridor(_:)"
        public static func run(_ solution: any PolicyGradientHomework, _ input: ShortCorridorSetup) throws -> ShortCorridorResult {
            try solution.reinforceShortCorridor(input)
        }
    }

    /// Calls ``PolicyGradientHomework/a2cCartPole(_:)``.
    public enum A2CCartPole: Exercise {
        public static let isStochastic = true
        public static let name = "hw4.a2c-cartpole"
        public static let function = "a2cCartPole(_:)"
        public static func run(_ solution: any PolicyGradientHomework, _ input: CartPoleSetup) throws -> CartPoleResult {
            try solution.a2cCartPole(input)
        }
    }

    /// Every exercise of hw4, for the runner.
    public static var exercises: [ExerciseEntry<any PolicyGradientHomework>] {
        [
            ExerciseEntry(LinearTD.self), ExerciseEntry(GradientMC.self),
            ExerciseEntry(ActionProbabilities.self), ExerciseEntry(ScoreFunction.self),
            ExerciseEntry(RewardToGo.self), ExerciseEntry(ReinforceGradient.self),
            ExerciseEntry(NStepReturns.self), ExerciseEntry(GAE.self), ExerciseEntry(A2CLossExercise.self),
            ExerciseEntry(ReinforceShortCorridor.self), ExerciseEntry(A2CCartPole.self),
        ]
    }
}
