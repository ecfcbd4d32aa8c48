import RLCore
import RLHomework

/// Your solution of hw4. The functions are spread over the files `HW4Solution+*.swift` of this folder,
/// one topic each; see Assignments/hw4/README.md for the formulas, the conventions and the checks.
///
/// Later functions may (and should) call earlier ones: `gradientMonteCarlo` and `reinforceGradient`
/// use `rewardToGo`; `reinforceGradient` uses `scoreFunction`; `a2cLoss` uses `gae`; the two learners
/// use everything before them.
struct HW4Solution: PolicyGradientHomework {}
