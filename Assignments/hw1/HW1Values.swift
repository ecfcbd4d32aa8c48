import RLCore
import RLHomework

extension HW1Solution {
    func stateValues(mdp: TabularMDP, policy: [[Double]]) throws -> [Double] {
        // TODO: your code here (then run `rlgrade hw1`).
        throw NotImplemented("stateValues(mdp:policy:)")
    }

    func actionValues(mdp: TabularMDP, policy: [[Double]]) throws -> [[Double]] {
        // TODO: your code here (then run `rlgrade hw1`).
        throw NotImplemented("actionValues(mdp:policy:)")
    }
}
