import RLHomework

/// Variant: the backward recursion G_t = r_{t+1} + γ G_{t+1}, iterated from the end.
struct HW0Solution: DiscountedReturnHomework {
    func discountedReturn(rewards: [Double], gamma: Double) throws -> Double {
        var g = 0.0
        for reward in rewards.reversed() { g = reward + gamma * g }
        return g
    }
}
