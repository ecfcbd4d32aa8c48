import RLGrader

/// What a student release prints: the student's commands only.
let studentUsage = """
    rlgrade — checks your homework of the reinforcement-learning course

    USAGE
      rlgrade hwN [PATH] [OPTIONS]       run the public checks on Assignments/hwN (or PATH)
      rlgrade pack hwN [PATH]            write hwN-submission.zip with exactly the files that are graded,
                                         then grade that zip as the TA will: upload this zip
      rlgrade run hwN FILE.swift [PATH]  compile FILE.swift (e.g. from --reproduce) with your homework and run it
      rlgrade list [hwN]                 the checks, their points and what they verify
      rlgrade help | hwN --help | --version

    OPTIONS (hwN)
      --only ID          run only this check (repeatable); a prefix (hwN.topic) or a function name
                         (valueIteration) selects every check it names
      --verbose          every line of feedback, compiler warnings, and what your code printed
      --reproduce        with one failing check: write a Swift file that rebuilds its failing input
                         and calls your function (run it with `rlgrade run hwN FILE`)
      --seed N           replace the checks' seeds with N (exploration; not a grade)
      --json             print the JSON report instead of the table
      --junit FILE · --markdown FILE · --gradescope FILE   also write these reports

    EXIT CODES
      0 all checks passed · 1 some check failed · 2 usage or configuration error · 3 internal error
    """

/// `rlgrade hwN --help`.
func homeworkUsage(_ id: String) -> String {
    """
    rlgrade \(id) [PATH] [OPTIONS] — compile your \(id) (Assignments/\(id), or PATH) and run its public checks

      --only ID          run only this check (repeatable); a prefix or a function name selects every
                         check it names (see `rlgrade list \(id)`)
      --verbose          every line of feedback, compiler warnings, and what your code printed
      --reproduce        with one failing check: write a Swift file that rebuilds its failing input
      --seed N           replace the checks' seeds with N (exploration; not a grade)
      --json · --junit FILE · --markdown FILE · --gradescope FILE

    To submit: `rlgrade pack \(id)` writes \(id)-submission.zip with exactly the files that are graded.
    """
}
