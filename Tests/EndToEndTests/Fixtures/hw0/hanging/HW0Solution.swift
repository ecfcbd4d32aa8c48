import RLHomework

struct HW0Solution: DiscountedReturnHomework {
    func discountedReturn(rewards: [Double], gamma: Double) throws -> Double {
        var total = 0.0
        var k = 0
        while true { if k < rewards.count { total += rewards[k] }; k &+= 1; if k == -1 { break } }
        return total
    }
}
