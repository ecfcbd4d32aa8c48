import RLHomework

/// hw0 reference: G₀ = Σ_k γ^k r_{k+1}, accumulated forward with a running discount.
struct HW0Solution: DiscountedReturnHomework {
    func discountedReturn(rewards: [Double], gamma: Double) throws -> Double {
        // TODO: implement, then run `rlgrade hw0`.
        throw NotImplemented("discountedReturn(rewards:gamma:)")
    }
}
