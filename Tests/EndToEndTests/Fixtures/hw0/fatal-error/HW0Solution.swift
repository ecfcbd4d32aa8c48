import RLHomework

struct HW0Solution: DiscountedReturnHomework {
    func discountedReturn(rewards: [Double], gamma: Double) throws -> Double {
        if rewards.count == 3 { fatalError("I did not expect three rewards") }
        var total = 0.0
        var discount = 1.0
        for r in rewards { total += discount * r; discount *= gamma }
        return total
    }
}
