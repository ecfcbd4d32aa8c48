/// One gradable function of a homework: its name on the wire, its input and output, and how to call
/// the student's solution with it.
///
/// The grader (parent process) sends an `Input` to the submission's runner (child process), which
/// calls ``run(_:_:)`` and sends the `Output` back. Inputs and outputs are plain data (`Codable`), so
/// nothing but the outputs being judged ever crosses from student code to the grader.
public protocol Exercise {
    /// The homework protocol the student's solution conforms to.
    associatedtype Solution
    associatedtype Input: Codable & Sendable
    associatedtype Output: Codable & Sendable

    /// The wire name, e.g. `"hw2.value-iteration"`.
    static var name: String { get }

    /// The protocol requirement it calls, as students know it, e.g. `valueIteration(mdp:theta:)`.
    static var function: String { get }

    /// Calls the student's implementation.
    static func run(_ solution: Solution, _ input: Input) throws -> Output

    /// True when the function samples (episodes, actions, network initialisations): all of its
    /// randomness must then come from the generator its input seeds, so that the same input always
    /// gives the same output. The grader runs such an exercise's first input twice, in two separate
    /// processes, and compares the outputs exactly.
    static var isStochastic: Bool { get }
}

extension Exercise {
    /// Most exercises are deterministic functions of their input.
    public static var isStochastic: Bool { false }
}

/// A type-erased ``Exercise`` the runner can look up by name.
public struct ExerciseEntry<Solution> {
    public let name: String
    /// Decodes a whole request line; returns its index and the call of the student's function that
    /// answers it (the response line). Throws when the line is not a request of this exercise.
    let decode: (String) throws -> (index: Int, answer: (Solution) throws -> String)

    public init<E: Exercise>(_ exercise: E.Type) where E.Solution == Solution {
        name = E.name
        decode = { inputJSON in
            let request = try WireCoding.decodeRequest(WireRequest<E.Input>.self, from: inputJSON)
            return (request.index, { solution in
                let output = try E.run(solution, request.input)
                return try WireCoding.encode(WireResponse<E.Output>(index: request.index, status: .ok, output: output))
            })
        }
    }
}
