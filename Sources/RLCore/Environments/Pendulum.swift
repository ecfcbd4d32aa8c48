/// Pendulum-v1, with Gymnasium's exact constants and equations.
///
/// Swing a pendulum up and keep it upright by applying a torque at its pivot.
///
/// - **State**: angle θ (rad, 0 = upright, not wrapped) and angular velocity θ̇ (rad/s, |θ̇| ≤ 8).
/// - **Observation** (`[Double]`, 3 numbers): `[cos θ, sin θ, θ̇]`.
///   (Gymnasium returns float32; we compute everything in Double.)
/// - **Action** (`Double`, continuous): the torque u, clipped to [−2, 2] (``maxTorque``).
/// - **Dynamics** (g = 10, m = 1, l = 1, dt = 0.05), from the state *before* the step:
///   ```
///   θ̇' = clip(θ̇ + (3g/(2l) · sin θ + 3/(m l²) · u) · dt, −8, 8)
///   θ'  = θ + θ̇' · dt
///   ```
/// - **Reward**: −(angleNormalize(θ)² + 0.1 θ̇² + 0.001 u²), computed on the state **before**
///   the update with the clipped torque; in [−16.2736, 0].
/// - **Termination**: never (`terminated` is always false).
/// - **Truncation**: after ``maxEpisodeSteps`` steps (200, as in Pendulum-v1).
/// - **Start**: ``reset(seed:)`` draws θ uniformly in [−π, π) then θ̇ uniformly in [−1, 1) from
///   `SeededGenerator(seed: seed)`.
/// - **γ**: Pendulum has no γ of its own; algorithms choose one (0.99 is usual).
///
/// Set an exact state with ``init(theta:thetaDot:maxEpisodeSteps:)`` or ``setState(theta:thetaDot:)``.
public struct Pendulum: Environment, Sendable {
    public typealias Observation = [Double]
    public typealias Action = Double

    /// The largest angular speed (rad/s); θ̇ is clipped to ±8.
    public static let maxSpeed = 8.0
    /// The largest torque; actions are clipped to ±2.
    public static let maxTorque = 2.0
    /// The time step (s).
    public static let dt = 0.05
    /// Gravity.
    public static let g = 10.0
    /// Mass of the pendulum.
    public static let m = 1.0
    /// Length of the pendulum.
    public static let l = 1.0

    /// `nil`: the action space is continuous.
    public var actionCount: Int? { nil }
    /// The time limit (200 for Pendulum-v1).
    public let maxEpisodeSteps: Int

    /// The angle θ (rad, not wrapped; 0 = upright).
    public private(set) var theta = 0.0
    /// The angular velocity θ̇ (rad/s).
    public private(set) var thetaDot = 0.0
    /// The number of steps taken in the current episode.
    public private(set) var elapsedSteps = 0
    /// True before the first reset and after the episode ended.
    public private(set) var needsReset = true

    /// The current observation `[cos θ, sin θ, θ̇]`.
    public var observation: [Double] { [Elementary.cos(theta), Elementary.sin(theta), thetaDot] }

    /// Creates the environment; call ``reset(seed:)`` before stepping.
    public init(maxEpisodeSteps: Int = 200) {
        precondition(maxEpisodeSteps > 0, "maxEpisodeSteps must be positive")
        self.maxEpisodeSteps = maxEpisodeSteps
    }

    /// Creates the environment with an episode already started in the exact state (θ, θ̇),
    /// with 0 steps taken. For tests and debugging.
    public init(theta: Double, thetaDot: Double, maxEpisodeSteps: Int = 200) {
        self.init(maxEpisodeSteps: maxEpisodeSteps)
        setState(theta: theta, thetaDot: thetaDot)
    }

    /// Starts (or restarts) an episode in the exact state (θ, θ̇), with 0 steps taken.
    public mutating func setState(theta: Double, thetaDot: Double) {
        self.theta = theta
        self.thetaDot = thetaDot
        elapsedSteps = 0
        needsReset = false
    }

    /// Starts an episode with θ uniform in [−π, π) and θ̇ uniform in [−1, 1).
    public mutating func reset(seed: UInt64) -> [Double] {
        var rng = SeededGenerator(seed: seed)
        theta = rng.uniform(-Double.pi, Double.pi)
        thetaDot = rng.uniform(-1, 1)
        elapsedSteps = 0
        needsReset = false
        return observation
    }

    /// Applies the torque `action` (clipped to [−2, 2]) for one time step.
    public mutating func step(_ action: Double) -> StepResult<[Double]> {
        precondition(!needsReset, "step(_:) called before reset(seed:) or after the episode ended")
        precondition(!action.isNaN, "the torque must be a number, got NaN")
        let u = Pendulum.clipTorque(action)
        let reward = Pendulum.reward(theta: theta, thetaDot: thetaDot, torque: u)
        (theta, thetaDot) = Pendulum.dynamics(theta: theta, thetaDot: thetaDot, torque: u)
        elapsedSteps += 1
        let truncated = elapsedSteps >= maxEpisodeSteps
        needsReset = truncated
        return StepResult(observation: observation, reward: reward, terminated: false, truncated: truncated)
    }

    /// The torque actually applied: `action` clipped to [−2, 2].
    @inline(__always)
    public static func clipTorque(_ action: Double) -> Double { min(max(action, -maxTorque), maxTorque) }

    /// The angle wrapped to [−π, π): `((x + π) mod 2π) − π` with Python's (floored) modulo.
    public static func angleNormalize(_ x: Double) -> Double {
        let period = 2 * Double.pi
        var r = (x + Double.pi).truncatingRemainder(dividingBy: period)
        if r != 0 && r < 0 { r += period }
        if r == 0 { r = 0 }  // Python's floored modulo returns +0.0 for a positive divisor
        return r - Double.pi
    }

    /// The next (θ, θ̇) after applying torque `torque` (clipped to [−2, 2]) in (θ, θ̇). A pure function.
    public static func dynamics(theta: Double, thetaDot: Double, torque: Double) -> (theta: Double, thetaDot: Double) {
        let u = clipTorque(torque)
        var newThetaDot = thetaDot + (3 * g / (2 * l) * Elementary.sin(theta) + 3.0 / (m * l * l) * u) * dt
        newThetaDot = min(max(newThetaDot, -maxSpeed), maxSpeed)
        let newTheta = theta + newThetaDot * dt
        return (newTheta, newThetaDot)
    }

    /// The reward of applying torque `torque` (clipped to [−2, 2]) in (θ, θ̇):
    /// −(angleNormalize(θ)² + 0.1 θ̇² + 0.001 u²).
    public static func reward(theta: Double, thetaDot: Double, torque: Double) -> Double {
        let u = clipTorque(torque)
        let a = angleNormalize(theta)
        return -(a * a + 0.1 * (thetaDot * thetaDot) + 0.001 * (u * u))
    }
}
