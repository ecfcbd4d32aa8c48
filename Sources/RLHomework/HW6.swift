import RLCore

/// hw6 — trust-region and proximal policy optimisation: the PPO-clip objective and its gradient,
/// value clipping, the full PPO loss, PPO-penalty and its adaptive β, the natural-gradient pieces of
/// TRPO (Fisher-vector product, conjugate gradient, step size, backtracking line search), diagonal
/// Gaussian policies, A3C's asynchronous updates, ACKTR's Kronecker-factored step, and three
/// learners (PPO-clip and TRPO on CartPole-v1, PPO on Pendulum-v1).
///
/// Write `struct HW6Solution: TrustRegionHomework` in `Assignments/hw6/` and run `rlgrade hw6`.
/// The handout `Assignments/hw6/README.md` has the formulas, the conventions and the checks.
///
/// Notation (chapter 9 of the course, Algorithms 5.21–5.25): π_old = π_θold is the policy that
/// collected the data, π_θ the policy being optimised; the importance ratio of step t is
/// ℓ_t(θ) = π_θ(a_t|s_t) / π_old(a_t|s_t) = exp(log π_θ(a_t|s_t) − log π_old(a_t|s_t)); Â_t is the
/// advantage estimate of step t (a constant: no gradient flows through it); ε is the clip range;
/// KL(π_old‖π_θ) = Σ_a π_old(a|s) (log π_old(a|s) − log π_θ(a|s)). Means 𝔼_t are over the N steps.
public protocol TrustRegionHomework {
    // MARK: PPO-clip

    /// The PPO-clip surrogate of a batch, its gradient with respect to the log-probabilities, and the
    /// diagnostics a PPO implementation logs.
    ///
    /// With ℓ_t = exp(`logProbs[t]` − `oldLogProbs[t]`) and Â_t = `advantages[t]`:
    ///
    ///     L^CLIP   = (1/N) Σ_t min(ℓ_t Â_t, clip(ℓ_t, 1−ε, 1+ε) Â_t)
    ///     ∂L^CLIP/∂ log π_θ(a_t|s_t) = ℓ_t Â_t / N   where the unclipped term ℓ_t Â_t is the minimum
    ///                                  0            where the clipped term is strictly smaller
    ///
    /// so the gradient is 0 exactly when (Â_t > 0 and ℓ_t > 1+ε) or (Â_t < 0 and ℓ_t < 1−ε): the
    /// objective stops rewarding a move that already went far enough. Everywhere else — including
    /// Â_t > 0 with ℓ_t < 1−ε, and Â_t < 0 with ℓ_t > 1+ε — the unclipped gradient ℓ_t Â_t / N applies.
    /// (∂ℓ_t/∂ log π_θ(a_t|s_t) = ℓ_t.)
    ///
    /// Diagnostics (means over the N steps):
    ///
    ///     clip fraction = (1/N) #{t : |ℓ_t − 1| > ε}
    ///     approx KL     = (1/N) Σ_t ((ℓ_t − 1) − log ℓ_t)     (≥ 0, the low-variance estimator "k3")
    ///     naive KL      = (1/N) Σ_t (− log ℓ_t)               (the plain estimator "k1"; can be < 0)
    ///
    /// both estimating KL(π_old‖π_θ) from actions sampled by π_old.
    ///
    /// - Returns: the N ratios, L^CLIP, the N gradient entries, and the three diagnostics.
    func clipObjective(_ batch: HW6.ClipBatch) throws -> HW6.ClipResult

    /// The clipped value loss (as in the PPO implementations the course follows) and its gradient with
    /// respect to the new values V_φ(s_t).
    ///
    /// With V_t = `values[t]` (the critic being trained), V_t^old = `oldValues[t]` (the critic that
    /// collected the data), R_t = `targets[t]`, and the clip range ε:
    ///
    ///     V_t^clip = V_t^old + clip(V_t − V_t^old, −ε, ε)
    ///     L^VF     = (1/N) Σ_t max((V_t − R_t)², (V_t^clip − R_t)²)
    ///     ∂L^VF/∂V_t = 2 (V_t − R_t) / N   when (V_t − R_t)² ≥ (V_t^clip − R_t)²,   0 otherwise
    ///
    /// The clip is around the **old** value: the new prediction may move at most ε from V_t^old before the
    /// loss stops pulling it further.
    ///
    /// - Returns: L^VF and the N gradient entries.
    func clippedValueLoss(_ batch: HW6.ValueClipBatch) throws -> HW6.ValueLoss

    /// The full PPO loss of a categorical policy and a critic, at the level of the networks' outputs.
    ///
    /// For each step t: π_θ(·|s_t) = softmax(z_t) with z_t = `logits[t]`, ℓ_t = exp(log π_θ(a_t|s_t) −
    /// `oldLogProbs[t]`), H_t = −Σ_a π_θ(a|s_t) log π_θ(a|s_t). With the terms above,
    ///
    ///     L_policy = −L^CLIP
    ///     L_value  = L^VF  if `clipValues`,  else (1/N) Σ_t (V_t − R_t)²
    ///     L        = L_policy + c₁ L_value − c₂ (1/N) Σ_t H_t
    ///
    /// (the course's L^TOTAL = −(L^CLIP − c₁ L^VF + c₂ S), minimised; no extra ½ in L_value). Â_t, R_t,
    /// V_t^old and the old log-probabilities are constants. Return ∂L/∂z_t (one row of |A| numbers per
    /// step) and ∂L/∂V_t; backpropagating them through the networks gives the parameter gradients.
    /// Do not normalise the advantages here.
    func ppoLoss(_ batch: HW6.PPOBatch) throws -> HW6.PPOLoss

    // MARK: PPO-penalty (Algorithm 5.23)

    /// The PPO-penalty objective (to maximise) of a categorical policy, and its gradient.
    ///
    /// With π_θ(·|s_t) = softmax(`logits[t]`), π_old(·|s_t) = softmax(`oldLogits[t]`),
    /// ℓ_t = π_θ(a_t|s_t) / π_old(a_t|s_t) and β = `beta`:
    ///
    ///     d  = (1/N) Σ_t KL(π_old(·|s_t) ‖ π_θ(·|s_t))
    ///     J  = (1/N) Σ_t ℓ_t Â_t − β d
    ///     ∂J/∂z_t = (1/N) [ ℓ_t Â_t (onehot(a_t) − π_θ(·|s_t)) − β (π_θ(·|s_t) − π_old(·|s_t)) ]
    ///
    /// Mind the direction of the KL: the old policy is the first argument (the derivative of
    /// KL(π_old‖π_θ) with respect to the new logits is π_θ − π_old).
    ///
    /// - Returns: J, d and ∂J/∂z_t for every step.
    func klPenaltyObjective(_ batch: HW6.PenaltyBatch) throws -> HW6.PenaltyResult

    /// The adaptive KL coefficient of PPO-penalty, after one policy update measured KL d:
    ///
    ///     β ← β / 2   if d < d_targ / 1.5
    ///     β ← β × 2   if d > d_targ × 1.5
    ///     β unchanged otherwise (d = d_targ/1.5 and d = 1.5 d_targ included)
    ///
    /// - Returns: the new β.
    func adaptKLCoefficient(_ query: HW6.KLCoefficientQuery) throws -> Double

    // MARK: The natural gradient and TRPO (Algorithm 5.22)

    /// The damped Fisher-vector product (F + λI) v of a categorical MLP policy at its current parameters.
    ///
    /// F is the Hessian of the mean KL d(θ') = (1/N) Σ_t KL(π_θ(·|s_t) ‖ π_θ'(·|s_t)) at θ' = θ, which
    /// is the Fisher information matrix:
    ///
    ///     F = (1/N) Σ_t J_tᵀ (diag(p_t) − p_t p_tᵀ) J_t
    ///
    /// with p_t = softmax(z_t), z_t = `policy.forward(states[t])`, and J_t = ∂z_t/∂θ the |A| × P Jacobian
    /// of the logits (P = `policy.parameterCount`, MLP parameter order). λ = `damping`.
    /// Tip: J_tᵀ u is `policy.backward(cache, outputGradient: u)`; row k of J_t is the same with u = e_k.
    ///
    /// - Returns: (F + λI) v, P numbers.
    func fisherVectorProduct(_ query: HW6.FisherQuery) throws -> [Double]

    /// The conjugate-gradient solve of H x = g for a symmetric positive-definite H.
    ///
    /// Start from x₀ = 0, r₀ = g, p₀ = r₀. For k = 0, 1, …:
    ///
    ///     α_k = r_kᵀr_k / p_kᵀ H p_k,   x_{k+1} = x_k + α_k p_k,   r_{k+1} = r_k − α_k H p_k
    ///     β_k = r_{k+1}ᵀr_{k+1} / r_kᵀr_k,   p_{k+1} = r_{k+1} + β_k p_k
    ///
    /// Do at most `iterations` iterations, and stop as soon as ‖r‖ ≤ `residualTolerance` (r = g − Hx).
    /// In exact arithmetic CG is exact after n iterations on an n × n system, and after one iteration
    /// x₁ = (gᵀg / gᵀHg) g. Use H only through products H p (TRPO has only Fisher-vector products).
    ///
    /// - Returns: x (n numbers).
    func conjugateGradient(_ system: HW6.LinearSystem) throws -> [Double]

    /// The TRPO full step along the search direction x ≈ H⁻¹g (Equation 5.30 of the course):
    ///
    ///     s = √(2δ / (xᵀHx)) · x
    ///
    /// so that the quadratic model of the KL, ½ sᵀHs, equals δ. `hx` is H x.
    ///
    /// - Returns: s (the same length as x).
    func trpoStep(_ query: HW6.StepQuery) throws -> [Double]

    /// The backtracking line search of TRPO (Algorithm 5.22, Equation 5.33).
    ///
    /// For a categorical MLP policy with parameters θ_old = `problem.policy.parameters`, the surrogate
    /// and the mean KL of parameters θ on the batch are
    ///
    ///     L(θ) = (1/N) Σ_t ℓ_t(θ) Â_t,   ℓ_t(θ) = π_θ(a_t|s_t) / π_old(a_t|s_t)
    ///     d(θ) = (1/N) Σ_t KL(π_old(·|s_t) ‖ π_θ(·|s_t))
    ///
    /// Try θ_j = θ_old + α^j s for j = 0, 1, …, K (α = `backtrackCoefficient`, K = `maxBacktracks`,
    /// s = `fullStep`) and accept the **first** j with d(θ_j) ≤ δ and L(θ_j) > L(θ_old) (= mean Â).
    /// If no j qualifies, keep the old parameters.
    ///
    /// - Returns: the parameters after the search and the accepted j (nil when none was accepted).
    func lineSearch(_ problem: HW6.LineSearchProblem) throws -> HW6.LineSearchResult

    // MARK: Diagonal Gaussian policies (Pendulum)

    /// The terms of a diagonal Gaussian policy N(μ, diag(σ²)) (d dimensions) that PPO on a continuous
    /// task needs, for one action a sampled by the old policy N(μ_old, diag(σ_old²)):
    ///
    ///     log π(a)   = Σ_i [ −½ ((a_i − μ_i)/σ_i)² − log σ_i − ½ log 2π ]
    ///     ℓ          = exp(log π_θ(a) − log π_old(a))
    ///     ∂ℓ/∂μ_i    = ℓ (a_i − μ_i) / σ_i²          ∂ℓ/∂log σ_i = ℓ (((a_i − μ_i)/σ_i)² − 1)
    ///     H          = Σ_i [ log σ_i + ½ (1 + log 2π) ]                       (of π_θ)
    ///     KL(π_old‖π_θ) = Σ_i [ log σ_i − log σ_old,i + (σ_old,i² + (μ_old,i − μ_i)²) / (2σ_i²) − ½ ]
    ///
    /// Action bounds: the environment clips its torque to ±`actionBound`, but the probabilities are those
    /// of the action **as sampled** — never clip `action` here (the ratio of a clipped action is wrong
    /// and its log-probability is not the one the sample had).
    ///
    /// - Returns: log π_θ(a), log π_old(a), ℓ, ∂ℓ/∂μ, ∂ℓ/∂log σ, H(π_θ) and KL(π_old‖π_θ).
    func gaussianTerms(_ query: HW6.GaussianQuery) throws -> HW6.GaussianTerms

    // MARK: A3C (Algorithm 5.21), made deterministic

    /// The global parameters after a schedule of asynchronous A3C worker events.
    ///
    /// There is one global parameter vector θ (start: `initialParameters`) and one local copy θ_w per
    /// worker (start: equal to the initial global), each with a pending gradient g_w (start: 0).
    /// Worker w's loss is the quadratic L_w(θ) = ½ Σ_i h_{w,i} (θ_i − c_{w,i})² (a stand-in for its A2C
    /// loss on its own rollout), so ∇L_w(θ) = h_w ⊙ (θ − c_w). Process `events` in order:
    ///
    ///     pull(w):     θ_w ← θ                 (copy the global parameters)
    ///     compute(w):  g_w ← ∇L_w(θ_w)         (on the worker's own, possibly stale, copy)
    ///     push(w):     θ ← θ − η g_w           (the master applies it to the global parameters)
    ///
    /// A gradient computed before other workers pushed is stale; it is applied anyway — that is A3C.
    ///
    /// - Returns: the final global θ.
    func a3cSchedule(_ problem: HW6.A3CProblem) throws -> [Double]

    // MARK: ACKTR (Algorithm 5.25) — extra credit

    /// The K-FAC natural-gradient step of one dense layer x_out = W x_in (W is d_out × d_in, no bias).
    ///
    /// From N samples of the layer's input a_n = `inputs[n]` (d_in) and of the gradient with respect to
    /// its output s_n = `outputGradients[n]` (d_out), with damping λ:
    ///
    ///     A = (1/N) Σ_n a_n a_nᵀ + λ I     (d_in × d_in)
    ///     S = (1/N) Σ_n s_n s_nᵀ + λ I     (d_out × d_out)
    ///     ΔW = S⁻¹ G A⁻¹                   (d_out × d_in)
    ///
    /// for the layer's gradient G = `gradient`. This is (A ⊗ S)⁻¹ vec(G) with column-stacking vec, the
    /// Kronecker-factored approximation of the Fisher block of this layer, without ever forming the
    /// (d_in·d_out)² matrix (`Matrix.solve` or `LUDecomposition` solve the small systems).
    ///
    /// - Returns: ΔW.
    func kfacStep(_ layer: HW6.KFACLayer) throws -> Matrix

    // MARK: Learners (train on the relabelled environments)

    /// PPO-clip (Algorithm 5.24, with GAE, value and entropy terms and minibatch epochs) on CartPole-v1.
    ///
    /// Train on `RelabelledEnvironment(CartPole(), relabelling: setup.relabelling)` — the grader
    /// evaluates your actor on CartPoles relabelled the same way, with its own seeds, greedy actions
    /// (the larger logit), 20 episodes. Build the actor with `MLP(layerSizes: setup.actorLayerSizes,
    /// seed: …)`. Stop after `setup.environmentSteps` environment steps in all. All randomness from
    /// `SeededGenerator(seed: setup.seed)`.
    ///
    /// - Returns: the actor's flat parameters and the return of every finished training episode in order.
    func ppoCartPole(_ setup: HW6.CartPoleSetup) throws -> HW6.LearnerResult

    /// TRPO (Algorithm 5.22: GAE, `fisherVectorProduct`, `conjugateGradient`, `trpoStep`, `lineSearch`,
    /// a critic fitted by Adam) on CartPole-v1, relabelled as for ``ppoCartPole(_:)``.
    ///
    /// - Returns: the actor's flat parameters and the return of every finished training episode in order.
    func trpoCartPole(_ setup: HW6.TRPOSetup) throws -> HW6.LearnerResult

    /// PPO-clip with a diagonal Gaussian policy on Pendulum-v1, trained on
    /// `RelabelledEnvironment(Pendulum(), relabelling: setup.relabelling)`.
    ///
    /// The actor `MLP(layerSizes: setup.actorLayerSizes, …)` outputs the mean μ(s) of the torque;
    /// log σ is a separate, state-independent parameter. Sample a ~ N(μ(s), σ²), send the clipped torque
    /// clip(a, −2, 2) to the environment, and use the unclipped a in the ratio (see ``gaussianTerms(_:)``).
    /// The grader plays 10 episodes with the clipped mean action clip(μ(s), −2, 2).
    ///
    /// - Returns: the actor's flat parameters (the mean network; not log σ) and the episode returns.
    func ppoPendulum(_ setup: HW6.PendulumSetup) throws -> HW6.LearnerResult
}
