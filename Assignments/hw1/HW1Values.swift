import RLCore
import RLHomework

extension HW1Solution {
    /// V^π: solve (I − γ P_π) V = R_π over the non-terminal states (RLCore's `Matrix.solve`);
    /// V^π = 0 at terminal states, whose rows in `mdp.outcomes` are ignored. README §2.
    func stateValues(mdp: TabularMDP, policy: [[Double]]) throws -> [Double] {
        // TODO: your code here (then run `rlgrade hw1`).
        throw NotImplemented("stateValues(mdp:policy:)")
    }

    /// Q^π(s,a) = r(s,a) + γ Σ_{s'} P(s'|s,a) V^π(s') (V^π(terminal) = 0); Q^π(terminal, ·) = 0. README §2.
    func actionValues(mdp: TabularMDP, policy: [[Double]]) throws -> [[Double]] {
        // TODO: your code here (then run `rlgrade hw1`).
        throw NotImplemented("actionValues(mdp:policy:)")
    }
}
