import RLCore
import RLHomework

// Part 7 — helpers of your learners (not graded on their own). Put what your learners share here.

// TODO: your code here (then run `rlgrade hw6`).
// Your helpers, e.g. a rollout buffer with GAE (hw4's `gae`).
