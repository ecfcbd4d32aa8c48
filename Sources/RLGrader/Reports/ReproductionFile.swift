/// `--reproduce`: a small Swift program that rebuilds the exact input a check failed on (every
/// vector, the whole MDP with its terminal rows, as the grader sent it) and calls the student's
/// function with it, so they can debug it with prints or a debugger.
public enum ReproductionFile {
    /// The program's source (a `main.swift`), for `check`'s failing input.
    public static func source(check: CheckResult, input: RecordedInput, homework: HomeworkDescriptor) -> String {
        let described = input.description.map { " (\($0))" } ?? ""
        let json = input.json.replacingOccurrences(of: "\"\"\"#", with: "\"\"\" #")
        return """
            // Reproduces the input on which \(check.id) failed\(described).
            // Written by `rlgrade \(homework.id) --only \(check.id) --reproduce`. Run it, with your homework:
            //     .build/debug/rlgrade run \(homework.id) Reproduce/\(check.id).swift
            // Add prints to your code (or here) and run it again; it is never graded.
            //
            // What the check said: \(oneLine(check.feedback.summary))\(check.feedback.expected.map { "\n// Expected: " + oneLine($0) } ?? "")\(check.feedback.observed.map { "\n// Observed: " + oneLine($0) } ?? "")
            import RLCore
            import RLHomework

            // The input exactly as the grader sent it to \(input.function) (JSON of \(input.inputType)).
            let inputJSON = #\"\"\"
            \(json)
            \"\"\"#
            let input = try WireCoding.decode(\(input.inputType).self, from: inputJSON)
            print("input:", input)

            let output = try \(input.exerciseType).run(\(homework.solutionType)(), input)
            print("your \(input.function) returned:", output)

            """
    }

    static func oneLine(_ s: String) -> String { s.replacingOccurrences(of: "\n", with: " ") }
}
