import RLCore
import RLHomework

// Variant: the targets of a whole minibatch from one batched forward pass per network.

extension HW5Solution {
    func dqnTargets(_ batch: HW5.TargetBatch) throws -> [Double] {
        if batch.transitions.isEmpty { return [] }
        let next = batch.target.forward(batch: Matrix(rows: batch.transitions.map(\.nextState)))
        return batch.transitions.enumerated().map { k, e in
            let notDone: Double = e.terminated ? 0 : 1
            return e.reward + batch.gamma * notDone * next.row(k).max()!
        }
    }

    func doubleDQNTargets(_ batch: HW5.TargetBatch) throws -> [Double] {
        if batch.transitions.isEmpty { return [] }
        let states = Matrix(rows: batch.transitions.map(\.nextState))
        let online = batch.online.forward(batch: states), target = batch.target.forward(batch: states)
        return batch.transitions.enumerated().map { k, e in
            let chosen = ActionSelection.greedyAction(online.row(k))
            let notDone: Double = e.terminated ? 0 : 1
            return e.reward + batch.gamma * notDone * target[k, chosen]
        }
    }
}
