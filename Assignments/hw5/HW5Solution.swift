import RLCore
import RLHomework

/// Your solution of hw5. The functions are spread over the files `HW5Solution+*.swift` of this folder,
/// one topic each; see Assignments/hw5/README.md for the formulas, the conventions and the checks.
///
/// Later functions may (and should) call earlier ones: `dqnCartPole` uses your targets, `tdLoss`,
/// `epsilon`, `updateTarget` and your replay buffer.
struct HW5Solution: DeepQHomework {}
