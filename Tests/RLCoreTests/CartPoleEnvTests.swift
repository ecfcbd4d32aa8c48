import Testing
@testable import RLCore

@Suite struct CartPoleEnvTests {
    /// Gymnasium's CartPole-v1 step, written out here independently of the implementation.
    static func gymnasiumStep(_ s: [Double], _ action: Int) -> [Double] {
        let gravity = 9.8, masscart = 1.0, masspole = 0.1
        let totalMass = masspole + masscart
        let length = 0.5
        let polemassLength = masspole * length
        let forceMag = 10.0, tau = 0.02
        let (x, xDot, theta, thetaDot) = (s[0], s[1], s[2], s[3])
        let force = action == 1 ? forceMag : -forceMag
        let costheta = _cos(theta), sintheta = _sin(theta)
        let temp = (force + polemassLength * (thetaDot * thetaDot) * sintheta) / totalMass
        let thetaacc = (gravity * sintheta - costheta * temp)
            / (length * (4.0 / 3.0 - masspole * (costheta * costheta) / totalMass))
        let xacc = temp - polemassLength * thetaacc * costheta / totalMass
        return [x + tau * xDot, xDot + tau * xacc, theta + tau * thetaDot, thetaDot + tau * thetaacc]
    }

    @Test func constants() {
        #expect(CartPole.gravity == 9.8 && CartPole.massCart == 1.0 && CartPole.massPole == 0.1)
        #expect(CartPole.length == 0.5 && CartPole.forceMag == 10 && CartPole.tau == 0.02)
        #expect(CartPole.thetaThresholdRadians == 12 * 2 * Double.pi / 360)
        #expect(abs(CartPole.thetaThresholdRadians - 0.20943951023931953) < 1e-16)
        #expect(CartPole.xThreshold == 2.4)
        #expect(CartPole().actionCount == 2)
    }

    @Test func singleStepsMatchTheEquations() {
        // From rest pushing right: exact values 8/41 and −12/41 (temp = 100/11, θacc = −600/41).
        let fromRest = CartPole.dynamics(state: [0, 0, 0, 0], action: 1)
        #expect(fromRest[0] == 0 && fromRest[2] == 0)
        #expect(abs(fromRest[1] - 8.0 / 41) < 1e-15)
        #expect(abs(fromRest[3] - -12.0 / 41) < 1e-15)
        let pushedLeft = CartPole.dynamics(state: [0, 0, 0, 0], action: 0)
        #expect(pushedLeft[1] == -fromRest[1] && pushedLeft[3] == -fromRest[3])

        for (state, action) in [([0.01, -0.02, 0.03, 0.04], 1), ([0.01, -0.02, 0.03, 0.04], 0),
                                ([-1.3, 0.7, -0.15, 1.9], 1), ([2.0, -1.1, 0.2, -2.5], 0)] {
            let expected = CartPoleEnvTests.gymnasiumStep(state, action)
            #expect(CartPole.dynamics(state: state, action: action) == expected)
            var env = CartPole(state: state)
            #expect(env.state == state)
            let r = env.step(action)
            #expect(r.observation == expected)
            #expect(env.state == expected)
            #expect(r.reward == 1)
        }
    }

    @Test func terminationAndReward() {
        // |x| > 2.4 after the step terminates, with reward 1.
        var env = CartPole(state: [2.39, 1.0, 0, 0])
        let r = env.step(1)
        #expect(r.observation[0] > 2.4)
        #expect(r.terminated && !r.truncated && r.reward == 1)
        #expect(env.needsReset)
        // Pole angle beyond 12°.
        var tilt = CartPole(state: [0, 0, 0.2, 1.0])
        let t = tilt.step(1)
        #expect(t.terminated && t.reward == 1)
        // Exactly at the angle is not beyond it... and θ = 0.2 is inside.
        var inside = CartPole(state: [0, 0, 0.2, 0])
        #expect(!inside.step(0).isDone)
        #expect(CartPole.isTerminal([0, 0, -0.21, 0]) && !CartPole.isTerminal([2.4, 0, 0, 0]))
        // A terminating step at the time limit is terminated, not truncated.
        var both = CartPole(state: [2.39, 1.0, 0, 0], maxEpisodeSteps: 1)
        let b = both.step(1)
        #expect(b.terminated && !b.truncated)
        var cut = CartPole(state: [0, 0, 0, 0], maxEpisodeSteps: 1)
        let c = cut.step(1)
        #expect(!c.terminated && c.truncated)
    }

    @Test func alwaysRightTerminatesAfterAboutNineSteps() {
        var lengths: [Int] = []
        for seed: UInt64 in 0..<20 {
            var env = CartPole()
            let start = env.reset(seed: seed)
            #expect(start.count == 4 && start.allSatisfy { $0 >= -0.05 && $0 < 0.05 })
            var n = 0
            while true {
                n += 1
                let r = env.step(1)
                #expect(r.reward == 1 && !r.truncated)
                if r.isDone {
                    #expect(r.terminated && r.observation[2] < -CartPole.thetaThresholdRadians)
                    break
                }
            }
            lengths.append(n)
        }
        // Seeds 0..<20 give 8–11 steps, 9.45 on average.
        #expect(lengths.allSatisfy { (8...11).contains($0) })
        let mean = Double(lengths.reduce(0, +)) / Double(lengths.count)
        #expect(mean >= 9 && mean <= 10)
    }

    @Test func truncatesAtExactly500() {
        for seed: UInt64 in 0..<3 {
            var env = CartPole()
            var o = env.reset(seed: seed)
            var total = 0.0
            for t in 1...500 {
                // A simple balancing controller: push towards the side the pole is falling to.
                let r = env.step(o[2] + 0.5 * o[3] > 0 ? 1 : 0)
                o = r.observation
                total += r.reward
                #expect(!r.terminated)
                #expect(r.truncated == (t == 500))
                #expect(!(r.terminated && r.truncated))
            }
            #expect(total == 500)
            #expect(env.elapsedSteps == 500 && env.needsReset)
        }
    }

    @Test func sameSeedSameEpisode() {
        func episode(_ seed: UInt64) -> [[Double]] {
            var env = CartPole()
            var obs = [env.reset(seed: seed)]
            var t = 0
            while true {
                let r = env.step((t / 3) % 2)
                obs.append(r.observation)
                t += 1
                if r.isDone { break }
            }
            return obs
        }
        #expect(episode(5) == episode(5))
        #expect(episode(5) != episode(6))
        var a = CartPole(), b = CartPole()
        #expect(a.reset(seed: 11) == b.reset(seed: 11))
        // The reset draws x, ẋ, θ, θ̇ in that order from SeededGenerator(seed:).
        var rng = SeededGenerator(seed: 11)
        #expect(a.state == (0..<4).map { _ in rng.uniform(-0.05, 0.05) })
    }
}
