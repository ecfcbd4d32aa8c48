import RLCore
import RLHomework

extension HW1Solution {
    func occupancyMeasure(mdp: TabularMDP, policy: [[Double]], start: [Double]) throws -> [[Double]] {
        // TODO: your code here (then run `rlgrade hw1`).
        throw NotImplemented("occupancyMeasure(mdp:policy:start:)")
    }

    func policyFromOccupancy(occupancy: [[Double]]) throws -> [[Double]] {
        // TODO: your code here (then run `rlgrade hw1`).
        throw NotImplemented("policyFromOccupancy(occupancy:)")
    }
}
