import RLCore
import RLHomework

extension HW3Solution {
    func sarsa(environment: HW3.EnvironmentSpec, settings: HW3.ControlSettings) throws -> [[Double]] {
        // TODO: your code here (then run `rlgrade hw3`).
        throw NotImplemented("sarsa(environment:settings:)")
    }

    func qLearning(environment: HW3.EnvironmentSpec, settings: HW3.ControlSettings) throws -> [[Double]] {
        // TODO: your code here (then run `rlgrade hw3`).
        throw NotImplemented("qLearning(environment:settings:)")
    }
}
