import RLHomework

/// Wrong on purpose, and in a way that depends on Set iteration order (Swift seeds its hasher per
/// process): the grader must make such code answer the same on every run.
struct HW0Solution: DiscountedReturnHomework {
    func discountedReturn(rewards: [Double], gamma: Double) throws -> Double {
        let names: Set<String> = ["alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india", "juliet"]
        return Double(names.first!.count) + Double(names.map(\.count).prefix(3).reduce(0, *))
    }
}
