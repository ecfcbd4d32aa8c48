import RLCore
import RLHomework

/// Your solution of hw1. Implement the functions below and in the other files of this folder;
/// see Assignments/hw1/README.md.
struct HW1Solution: BellmanEquationsHomework {
    func discountedReturn(rewards: [Double], gamma: Double, from t: Int) throws -> Double {
        // TODO: your code here (then run `rlgrade hw1`).
        throw NotImplemented("discountedReturn(rewards:gamma:from:)")
    }

    func rewardToGo(rewards: [Double], gamma: Double) throws -> [Double] {
        // TODO: your code here (then run `rlgrade hw1`).
        throw NotImplemented("rewardToGo(rewards:gamma:)")
    }
}
