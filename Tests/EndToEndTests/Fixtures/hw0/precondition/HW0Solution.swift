import RLHomework

struct HW0Solution: DiscountedReturnHomework {
    func discountedReturn(rewards: [Double], gamma: Double) throws -> Double {
        precondition(rewards.count != 3, "my solution handles at most two rewards, got \(rewards.count)")
        var total = 0.0
        var discount = 1.0
        for r in rewards { total += discount * r; discount *= gamma }
        return total
    }
}
