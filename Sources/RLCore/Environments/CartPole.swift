/// CartPole-v1, with Gymnasium's exact constants and equations.
///
/// A pole is hinged on a cart that moves along a frictionless track; push the cart left or right
/// to keep the pole upright.
///
/// - **Observation** (`[Double]`, 4 numbers): `[x, ẋ, θ, θ̇]` — cart position (m), cart velocity,
///   pole angle (rad, 0 = upright, positive = leaning right), pole angular velocity.
///   (Gymnasium returns float32; we return the exact Double state.)
/// - **Actions** (2): `0` push left, `1` push right, with a force of 10 N.
/// - **Dynamics**: Gymnasium's equations with explicit Euler integration, τ = 0.02 s
///   (see ``dynamics(state:action:)``); gravity 9.8, cart mass 1.0, pole mass 0.1,
///   half pole length 0.5.
/// - **Reward**: +1 on **every** step, including the one that terminates.
/// - **Termination**: when |x| > 2.4 or |θ| > 12° (12·2π/360 ≈ 0.2095 rad) after the step.
/// - **Truncation**: after ``maxEpisodeSteps`` steps (500, as in CartPole-v1) if not terminated;
///   never both. A truncated state is not terminal: bootstrap from it.
/// - **Start**: ``reset(seed:)`` draws x, ẋ, θ, θ̇ (in that order) uniformly in [−0.05, 0.05)
///   from `SeededGenerator(seed: seed)`.
/// - **γ**: CartPole has no γ of its own; algorithms choose one (0.99 is usual).
///
/// Set an exact state with ``init(state:maxEpisodeSteps:)`` or ``setState(_:)`` (tests, debugging).
public struct CartPole: Environment, Sendable {
    public typealias Observation = [Double]
    public typealias Action = Int

    /// Gravity (m/s²).
    public static let gravity = 9.8
    /// Mass of the cart (kg).
    public static let massCart = 1.0
    /// Mass of the pole (kg).
    public static let massPole = 0.1
    /// Cart + pole mass.
    public static let totalMass = massPole + massCart
    /// **Half** the pole's length (m).
    public static let length = 0.5
    /// Pole mass × half length.
    public static let poleMassLength = massPole * length
    /// The magnitude of the push (N).
    public static let forceMag = 10.0
    /// The time step (s).
    public static let tau = 0.02
    /// The pole angle beyond which the episode terminates: 12° in radians.
    public static let thetaThresholdRadians = 12 * 2 * Double.pi / 360
    /// The cart position beyond which the episode terminates (m).
    public static let xThreshold = 2.4

    /// The number of actions (2).
    public var actionCount: Int? { 2 }
    /// The time limit (500 for CartPole-v1).
    public let maxEpisodeSteps: Int

    /// Cart position.
    public private(set) var x = 0.0
    /// Cart velocity.
    public private(set) var xDot = 0.0
    /// Pole angle (rad).
    public private(set) var theta = 0.0
    /// Pole angular velocity (rad/s).
    public private(set) var thetaDot = 0.0
    /// The number of steps taken in the current episode.
    public private(set) var elapsedSteps = 0
    /// True before the first reset and after the episode ended.
    public private(set) var needsReset = true

    /// The current state `[x, ẋ, θ, θ̇]`.
    public var state: [Double] { [x, xDot, theta, thetaDot] }

    /// Creates the environment; call ``reset(seed:)`` before stepping.
    public init(maxEpisodeSteps: Int = 500) {
        precondition(maxEpisodeSteps > 0, "maxEpisodeSteps must be positive")
        self.maxEpisodeSteps = maxEpisodeSteps
    }

    /// Creates the environment with an episode already started in the exact state `state`
    /// (`[x, ẋ, θ, θ̇]`), with 0 steps taken. For tests and debugging.
    public init(state: [Double], maxEpisodeSteps: Int = 500) {
        self.init(maxEpisodeSteps: maxEpisodeSteps)
        setState(state)
    }

    /// Starts (or restarts) an episode in the exact state `state` (`[x, ẋ, θ, θ̇]`), with 0 steps taken.
    public mutating func setState(_ state: [Double]) {
        precondition(state.count == 4, "a CartPole state has 4 numbers [x, ẋ, θ, θ̇], got \(state.count)")
        x = state[0]; xDot = state[1]; theta = state[2]; thetaDot = state[3]
        elapsedSteps = 0
        needsReset = false
    }

    /// Starts an episode in a state drawn uniformly from [−0.05, 0.05)⁴.
    public mutating func reset(seed: UInt64) -> [Double] {
        var rng = SeededGenerator(seed: seed)
        x = rng.uniform(-0.05, 0.05)
        xDot = rng.uniform(-0.05, 0.05)
        theta = rng.uniform(-0.05, 0.05)
        thetaDot = rng.uniform(-0.05, 0.05)
        elapsedSteps = 0
        needsReset = false
        return [x, xDot, theta, thetaDot]
    }

    /// Pushes the cart left (`0`) or right (`1`) for one time step.
    public mutating func step(_ action: Int) -> StepResult<[Double]> {
        precondition(!needsReset, "step(_:) called before reset(seed:) or after the episode ended")
        precondition(action == 0 || action == 1, "CartPole actions are 0 (left) and 1 (right), got \(action)")
        (x, xDot, theta, thetaDot) = CartPole.euler(x, xDot, theta, thetaDot, action: action)
        elapsedSteps += 1
        let terminated = CartPole.isOutside(x: x, theta: theta)
        let truncated = !terminated && elapsedSteps >= maxEpisodeSteps
        needsReset = terminated || truncated
        return StepResult(observation: [x, xDot, theta, thetaDot], reward: 1.0,
                          terminated: terminated, truncated: truncated)
    }

    /// The next state after taking `action` in `state` (`[x, ẋ, θ, θ̇]`): one Euler step of
    /// Gymnasium's equations. A pure function.
    ///
    /// ```
    /// F        = +10 if action == 1 else −10
    /// temp     = (F + poleMassLength · θ̇² · sin θ) / totalMass
    /// θacc     = (g · sin θ − cos θ · temp) / (length · (4/3 − massPole · cos²θ / totalMass))
    /// xacc     = temp − poleMassLength · θacc · cos θ / totalMass
    /// x'  = x + τ ẋ,   ẋ' = ẋ + τ xacc,   θ' = θ + τ θ̇,   θ̇' = θ̇ + τ θacc
    /// ```
    public static func dynamics(state: [Double], action: Int) -> [Double] {
        precondition(state.count == 4, "a CartPole state has 4 numbers [x, ẋ, θ, θ̇], got \(state.count)")
        let next = euler(state[0], state[1], state[2], state[3], action: action)
        return [next.0, next.1, next.2, next.3]
    }

    /// True when `state` is outside the allowed region (|x| > 2.4 or |θ| > 12°): the episode
    /// terminates on reaching such a state.
    public static func isTerminal(_ state: [Double]) -> Bool {
        precondition(state.count == 4, "a CartPole state has 4 numbers [x, ẋ, θ, θ̇], got \(state.count)")
        return isOutside(x: state[0], theta: state[2])
    }

    @inline(__always)
    static func isOutside(x: Double, theta: Double) -> Bool {
        x < -xThreshold || x > xThreshold || theta < -thetaThresholdRadians || theta > thetaThresholdRadians
    }

    /// One Euler step, evaluated in the same order as Gymnasium's Python code.
    @inline(__always)
    static func euler(_ x: Double, _ xDot: Double, _ theta: Double, _ thetaDot: Double,
                      action: Int) -> (Double, Double, Double, Double) {
        let force = action == 1 ? forceMag : -forceMag
        let cosTheta = Elementary.cos(theta)
        let sinTheta = Elementary.sin(theta)
        let temp = (force + poleMassLength * (thetaDot * thetaDot) * sinTheta) / totalMass
        let thetaAcc = (gravity * sinTheta - cosTheta * temp)
            / (length * (4.0 / 3.0 - massPole * (cosTheta * cosTheta) / totalMass))
        let xAcc = temp - poleMassLength * thetaAcc * cosTheta / totalMass
        return (x + tau * xDot, xDot + tau * xAcc, theta + tau * thetaDot, thetaDot + tau * thetaAcc)
    }
}
