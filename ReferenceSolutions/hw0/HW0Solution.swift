import RLHomework

/// Your solution of hw0. Implement the function below; see Assignments/hw0/README.md.
struct HW0Solution: DiscountedReturnHomework {
    func discountedReturn(rewards: [Double], gamma: Double) throws -> Double {
        // BEGIN SOLUTION throw NotImplemented("discountedReturn(rewards:gamma:)")
        // G₀ = Σ_k γ^k r_{k+1}, accumulated forward with a running discount.
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
