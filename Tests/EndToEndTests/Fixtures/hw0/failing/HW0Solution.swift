import RLHomework

/// Mutant: forgets γ and returns the plain sum of rewards.
struct HW0Solution: DiscountedReturnHomework {
    func discountedReturn(rewards: [Double], gamma: Double) throws -> Double {
        rewards.reduce(0, +)
    }
}
