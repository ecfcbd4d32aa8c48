import RLCore
import RLHomework

/// Your solution of hw3. The functions are split over four files:
///
/// - `HW3Prediction.swift`: Monte-Carlo and TD(0) prediction;
/// - `HW3Updates.swift`: ε-greedy selection and the one-step SARSA / Q-learning / Expected SARSA updates;
/// - `HW3Training.swift`: the SARSA and Q-learning training loops.
///
/// See Assignments/hw3/README.md for the formulas, the checks and how to run them.
struct HW3Solution: ModelFreeHomework {}
