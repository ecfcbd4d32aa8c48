import RLCore
import RLHomework

extension HW3Solution {
    func monteCarloPrediction(
        episodes: [HW3.Episode], initialValues: [Double], gamma: Double, firstVisit: Bool, alpha: Double?
    ) throws -> [Double] {
        // TODO: your code here (then run `rlgrade hw3`).
        throw NotImplemented("monteCarloPrediction(episodes:initialValues:gamma:firstVisit:alpha:)")
    }

    func tdZeroUpdate(values: [Double], transition: HW3.Transition, alpha: Double, gamma: Double) throws -> [Double] {
        // TODO: your code here (then run `rlgrade hw3`).
        throw NotImplemented("tdZeroUpdate(values:transition:alpha:gamma:)")
    }

    func tdZeroPrediction(episodes: [HW3.Episode], initialValues: [Double], alpha: Double, gamma: Double) throws -> [Double] {
        // TODO: your code here (then run `rlgrade hw3`).
        throw NotImplemented("tdZeroPrediction(episodes:initialValues:alpha:gamma:)")
    }
}
