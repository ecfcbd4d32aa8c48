import RLHomework

/// Your solution of hw0. Implement the function below; see Assignments/hw0/README.md.
struct HW0Solution: DiscountedReturnHomework {
    func discountedReturn(rewards: [Double], gamma: Double) throws -> Double {
        // TODO: your code here (then run `rlgrade hw0`).
        throw NotImplemented("discountedReturn(rewards:gamma:)")
    }
}
