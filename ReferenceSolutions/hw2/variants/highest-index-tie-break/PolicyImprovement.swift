import RLCore
import RLHomework

/// Variant: breaks ties towards the highest action index (`>=`), computing all of Q(s,·) first.
extension HW2Solution {
    func policyImprovement(mdp: TabularMDP, values: [Double]) throws -> [Int] {
        (0..<mdp.stateCount).map { s in
            if mdp.isTerminal[s] { return mdp.actionCount(s) - 1 }
            let q = (0..<mdp.actionCount(s)).map { a in lookAhead(mdp, s, a, values) }
            var best = 0
            for a in q.indices where q[a] >= q[best] { best = a }
            return best
        }
    }
}
