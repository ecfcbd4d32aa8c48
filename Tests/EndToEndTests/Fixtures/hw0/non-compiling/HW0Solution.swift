import RLHomework

struct HW0Solution: DiscountedReturnHomework {
    func discountedReturn(rewards: [Double], gamma: Double) throws -> Double {
        var total = 0
        for r in rewards { total += r }   // Int += Double: a type error
        return total
    }
}
