import Testing
@testable import RLCore

@Suite struct PendulumEnvTests {
    @Test func constants() {
        #expect(Pendulum.maxSpeed == 8 && Pendulum.maxTorque == 2 && Pendulum.dt == 0.05)
        #expect(Pendulum.g == 10 && Pendulum.m == 1 && Pendulum.l == 1)
        #expect(Pendulum().actionCount == nil)
    }

    @Test func singleStepMatchesTheEquations() {
        let (th, thdot, u) = (1.0, 0.5, 1.5)
        var env = Pendulum(theta: th, thetaDot: thdot)
        let r = env.step(u)
        // Gymnasium: newthdot = thdot + (3g/(2l) sin θ + 3/(m l²) u) dt; newth = th + newthdot dt.
        let newthdot = thdot + (3 * 10.0 / (2 * 1.0) * _sin(th) + 3.0 / (1.0 * 1.0) * u) * 0.05
        let newth = th + newthdot * 0.05
        #expect(env.theta == newth && env.thetaDot == newthdot)
        #expect(r.observation == [_cos(newth), _sin(newth), newthdot])
        // Cost on the state before the update, with angle_normalize(1) = ((1 + π) mod 2π) − π.
        let a = (th + Double.pi).truncatingRemainder(dividingBy: 2 * Double.pi) - Double.pi
        #expect(r.reward == -(a * a + 0.1 * (thdot * thdot) + 0.001 * (u * u)))
        #expect(abs(r.reward - -(1 + 0.025 + 0.00225)) < 1e-14)
        #expect(!r.terminated && !r.truncated)
        // Numerically: 0.5 + (15 sin 1 + 4.5) · 0.05.
        #expect(abs(newthdot - (0.5 + (15 * 0.8414709848078965 + 4.5) * 0.05)) < 1e-15)
    }

    @Test func clippingOfTorqueAndSpeed() {
        var a = Pendulum(theta: 0.3, thetaDot: -0.2)
        var b = Pendulum(theta: 0.3, thetaDot: -0.2)
        // angle_normalize(0.3) = ((0.3 + π) mod 2π) − π, which is 0.3 only up to rounding.
        let a03 = (0.3 + Double.pi).truncatingRemainder(dividingBy: 2 * Double.pi) - Double.pi
        let ra = a.step(5)
        let rb = b.step(2)
        #expect(ra == rb)
        #expect(ra.reward == -(a03 * a03 + 0.1 * (0.2 * 0.2) + 0.001 * (2.0 * 2.0)))
        var c = Pendulum(theta: 0.3, thetaDot: -0.2)
        #expect(c.step(-7).reward == -(a03 * a03 + 0.1 * (0.2 * 0.2) + 0.001 * (2.0 * 2.0)))
        // Speed: 7.9 + (15 + 6) · 0.05 = 8.95 → clipped to 8, and θ uses the clipped speed.
        var fast = Pendulum(theta: Double.pi / 2, thetaDot: 7.9)
        let f = fast.step(2)
        #expect(fast.thetaDot == 8)
        #expect(fast.theta == Double.pi / 2 + 8 * 0.05)
        #expect(f.observation[2] == 8)
        var slow = Pendulum(theta: -Double.pi / 2, thetaDot: -7.9)
        _ = slow.step(-2)
        #expect(slow.thetaDot == -8)
    }

    @Test func angleNormalizeIsPythonModulo() {
        let pi = Double.pi
        #expect(Pendulum.angleNormalize(0) == 0)
        #expect(abs(Pendulum.angleNormalize(1.5 * pi) - -0.5 * pi) < 1e-15)
        #expect(abs(Pendulum.angleNormalize(-1.5 * pi) - 0.5 * pi) < 1e-15)
        #expect(Pendulum.angleNormalize(pi) == -pi)
        #expect(abs(Pendulum.angleNormalize(7) - (7 - 2 * pi)) < 1e-15)
        #expect(abs(Pendulum.angleNormalize(-7) - (-7 + 2 * pi)) < 1e-15)
        // Reward of the hanging-down state at full speed and torque is the minimum −16.2736…
        let worst = Pendulum.reward(theta: pi, thetaDot: 8, torque: 2)
        #expect(abs(worst - -(pi * pi + 6.4 + 0.004)) < 1e-12)
        #expect(abs(worst - -16.2736044) < 1e-7)
        // Unwrapped angles cost the same as their wrapped equivalents.
        #expect(abs(Pendulum.reward(theta: 0.4 + 4 * pi, thetaDot: 1, torque: 0)
                    - Pendulum.reward(theta: 0.4, thetaDot: 1, torque: 0)) < 1e-12)
    }

    @Test func truncatesAt200NeverTerminates() {
        var env = Pendulum()
        for seed: UInt64 in 0..<3 {
            let start = env.reset(seed: seed)
            #expect(abs(start[0] * start[0] + start[1] * start[1] - 1) < 1e-15)
            #expect(abs(env.theta) <= Double.pi && abs(env.thetaDot) <= 1)
            for t in 1...200 {
                let r = env.step(t % 2 == 0 ? 2 : -2)
                #expect(!r.terminated)
                #expect(r.truncated == (t == 200))
                #expect(r.reward <= 0 && r.reward >= -16.2736045)
            }
            #expect(env.needsReset && env.elapsedSteps == 200)
        }
    }

    @Test func sameSeedSameEpisode() {
        func episode(_ seed: UInt64) -> [StepResult<[Double]>] {
            var env = Pendulum()
            _ = env.reset(seed: seed)
            return (0..<200).map { t in env.step(Double(t % 5) - 2) }
        }
        #expect(episode(3) == episode(3))
        #expect(episode(3) != episode(4))
        var env = Pendulum()
        _ = env.reset(seed: 8)
        var rng = SeededGenerator(seed: 8)
        #expect(env.theta == rng.uniform(-Double.pi, Double.pi))
        #expect(env.thetaDot == rng.uniform(-1, 1))
    }
}
