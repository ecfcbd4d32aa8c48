import RLHomework

/// hw0 reference: G₀ = Σ_k γ^k r_{k+1}, accumulated forward with a running discount.
struct HW0Solution: DiscountedReturnHomework {
    func discountedReturn(rewards: [Double], gamma: Double) throws -> Double {
        // BEGIN SOLUTION throw NotImplemented("discountedReturn(rewards:gamma:)")
        var total = 0.0
        var discount = 1.0
        for reward in rewards {
            total += discount * reward
            discount *= gamma
        }
        return total
        // END SOLUTION
    }
}
