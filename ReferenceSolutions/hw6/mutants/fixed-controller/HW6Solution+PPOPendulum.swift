import RLCore
import RLHomework

// Mutant: a hand-written damping controller for the plain Pendulum, μ = −2 tanh(2 sin θ + θ̇).

extension HW6Solution {
    func ppoPendulum(_ setup: HW6.PendulumSetup) throws -> HW6.LearnerResult {
        let sizes = setup.actorLayerSizes
        var net = MLP(layerSizes: sizes, parameters: [Double](repeating: 0, count: zip(sizes, sizes.dropFirst()).reduce(0) { $0 + $1.0 * $1.1 + $1.1 }))
        var p = net.parameters
        let w1 = net.weightRange(layer: 0).lowerBound
        p[w1 + 1] = 2   // sin θ
        p[w1 + 2] = 1   // θ̇
        p[net.weightRange(layer: 1).lowerBound] = -2
        net.parameters = p
        return HW6.LearnerResult(actorParameters: net.parameters, episodeReturns: madeUpCurve(100, from: -1400, to: -150))
    }
}
