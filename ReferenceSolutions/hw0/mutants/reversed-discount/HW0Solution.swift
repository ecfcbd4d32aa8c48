import RLHomework

/// Mutant: discounts from the end of the episode (γ^(T−1−k)) instead of from its start.
struct HW0Solution: DiscountedReturnHomework {
    func discountedReturn(rewards: [Double], gamma: Double) throws -> Double {
        var total = 0.0
        var discount = 1.0
        for reward in rewards.reversed() {
            total += discount * reward
            discount *= gamma
        }
        return total
    }
}
