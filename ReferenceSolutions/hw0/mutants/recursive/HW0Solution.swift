import RLHomework

/// Mutant: correct, but recursive on the array slice, so long episodes overflow the stack.
struct HW0Solution: DiscountedReturnHomework {
    func discountedReturn(rewards: [Double], gamma: Double) throws -> Double {
        returnFrom(rewards[...], gamma)
    }

    private func returnFrom(_ rewards: ArraySlice<Double>, _ gamma: Double) -> Double {
        guard let first = rewards.first else { return 0 }
        return first + gamma * returnFrom(rewards.dropFirst(), gamma)
    }
}
