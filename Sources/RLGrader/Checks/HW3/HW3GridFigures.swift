import RLCore
import RLHomework

/// The report's pictures of the hw3 grid-world control checks: max_a Q of the student's table with
/// its greedy actions and greedy route, next to V* and the optimal actions of the same grid. For
/// comparison only: the checks judge the route (SARSA's safe route is longer than the optimal one by
/// design), so nothing here is marked as wrong.
enum HW3GridFigures {
    /// The grid behind a control environment, if it is one.
    static func world(_ environment: HW3.EnvironmentSpec) -> GridWorld? {
        switch environment {
        case .windyGridworld(let limit): return .windyGridworld(maxEpisodeSteps: limit)
        case .cliffWalking(let limit): return .cliffWalking(maxEpisodeSteps: limit)
        default: return nil
        }
    }

    /// A picture of a trained Q (`q[s][a]`, one row per state) and its greedy `route`.
    static func trained(_ q: [[Double]], route: [Int], environment: HW3.EnvironmentSpec, title: String) -> [GridFigure] {
        guard let world = world(environment), q.count == world.rows * world.cols,
              q.allSatisfy({ $0.count == world.actions.count }) else { return [] }
        let values = q.map { $0.max() ?? 0 }
        let greedy = q.map { row in ActionSelection.maximizingActions(row).first ?? 0 }
        let optimal = MDPJudge.optimalValues(world.model)
        var figure = GridFigure(
            world: world, title: title,
            observedLabel: "max_a Q(s, a) of your Q, greedy actions and route", observedValues: values, observedPolicy: greedy,
            expectedLabel: "V* and the optimal actions (for comparison)", expectedValues: optimal,
            expectedPolicy: GridFigure.greedyActions(world.model, values: optimal), tolerance: Tolerance(absolute: .infinity))
        figure.valueMismatches = []
        figure.policyMismatches = []
        figure.route = route
        return [figure]
    }
}
