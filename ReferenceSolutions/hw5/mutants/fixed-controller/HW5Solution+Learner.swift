import RLCore
import RLHomework

// Mutant: no learning at all. A hand-written controller for CartPole (push right when θ + 0.5 θ̇ > 0),
// composed with the inverse of the relabelling it was handed, returned as the network's parameters.

extension HW5Solution {
    func dqnCartPole(_ setup: HW5.DQNSetup) throws -> HW5.DQNResult {
        let relabelling = setup.relabelling
        let gains = [0.0, 0.0, 1.0, 0.5]  // on the true (x, ẋ, θ, θ̇)
        var net = MLP(layerSizes: setup.layerSizes, hiddenActivation: setup.hiddenActivation, parameters:
                      [Double](repeating: 0, count: MLP(layerSizes: setup.layerSizes, seed: 0).parameterCount))
        // Hidden unit 0 = tanh(10 u), u in terms of what the learner sees: true[perm[i]] = sign[i] · seen[i].
        let w0 = net.weightRange(layer: 0).lowerBound
        for i in 0..<4 { net.parameters[w0 + i] = 10 * gains[relabelling.observationPermutation[i]] * relabelling.observationSigns[i] }
        // The logit of the chosen action that makes the environment push right is +h₀, the other −h₀.
        let right = relabelling.chosenAction(forTrueAction: 1)
        let w1 = net.weightRange(layer: 1).lowerBound, hidden = setup.layerSizes[1]
        net.parameters[w1 + right * hidden] = 1
        net.parameters[w1 + (1 - right) * hidden] = -1
        var fakeCurve: [Double] = []  // a rising curve within the budget
        while fakeCurve.reduce(0, +) + Double(10 + fakeCurve.count) <= Double(setup.environmentSteps) / 2 {
            fakeCurve.append(Double(10 + fakeCurve.count))
        }
        return HW5.DQNResult(parameters: net.parameters, episodeReturns: fakeCurve)
    }
}
