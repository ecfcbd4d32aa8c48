/// `hw0.discounted-return.long-episodes`: episodes of 100,000–200,000 steps compared with the
/// reference (a solution that recurses once per step overflows the stack here).
struct DiscountedReturnLongEpisodes: Check {
    let id = "hw0.discounted-return.long-episodes"
    let title = "Discounted return on very long episodes"
    let summary = "G₀ of episodes with up to 200,000 steps agrees with the reference (no recursion limits)."

    func run(_ context: CheckContext) throws -> CheckVerdict {
        try RandomEpisodeComparison(checkID: id, maxLength: 200_000).run(context)
    }
}
