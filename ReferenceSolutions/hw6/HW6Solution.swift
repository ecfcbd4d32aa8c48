import RLCore
import RLHomework

/// Your solution of hw6. The functions are spread over the files `HW6Solution+*.swift` of this folder,
/// one topic each; see Assignments/hw6/README.md for the formulas, the conventions and the checks.
///
/// Later functions may (and should) call earlier ones: `ppoLoss` uses `clipObjective` and
/// `clippedValueLoss`; the TRPO learner uses `fisherVectorProduct`, `conjugateGradient`, `trpoStep` and
/// `lineSearch`; the PPO learners use `ppoLoss` and `gaussianTerms`.
struct HW6Solution: TrustRegionHomework {}
