import RLGrader

let version = "rlgrade 0.1.0"

let usage = """
    rlgrade — the autograder of the reinforcement-learning course

    USAGE
      rlgrade hwN [PATH] [OPTIONS]               grade your homework with the public checks
                                                 (PATH defaults to Assignments/hwN of this working copy)
      rlgrade pack hwN [PATH]                    write hwN-submission.zip (the files that are graded)
                                                 and grade that zip as the TA will
      rlgrade run hwN FILE.swift [PATH]          compile FILE.swift (e.g. from --reproduce) with your
                                                 homework and run it
      rlgrade grade hwN --submission PATH [--out DIR] [OPTIONS]
                                                 a TA's grading run: public, hidden and after-due checks
      rlgrade batch hwN SUBMISSIONS_DIR --out DIR [--jobs N] [--shard I/N] [--student ID] [--force]
                                                 grade every subfolder (one per student, or a Gradescope
                                                 export); resumable; writes gradebook.csv, summary.md
                                                 and index.html (class dashboard)
                                                 (--student: regrade one; --force: ignore stored results)
      rlgrade merge SHARD_DIR... --out DIR       combine the outputs of --shard runs into one batch output
      rlgrade similarity hwN SUBMISSIONS_DIR --out DIR [--pages N] [--max-share F] [--no-export]
                                                 code similarity (starter removed): ranked pairs, HTML
                                                 pair pages, similarity.csv, MOSS and JPlag folders
      rlgrade list [hwN]                         homeworks and their checks
      rlgrade validate [--strict] [hwN ...]      CI: references score full marks, mutants are caught,
                                                 variants pass, reports are deterministic
      rlgrade record hwN                         record the reference's answers for the public checks
                                                 (Grading/golden/hwN.json, used where there is no reference)
      rlgrade gradescope hwN --out DIR           a Gradescope autograder folder (setup.sh, run_autograder)
      rlgrade release hwN --out DIR              what students get: no reference, no hidden checks
      rlgrade release --check                    Assignments/ match the references, and no release
                                                 of any homework would leak a hidden check
      rlgrade starters [--check] [hwN ...]       regenerate Assignments/hwN/*.swift from the references
                                                 BEGIN/END SOLUTION markers (--check: only compare)
      rlgrade doctor                             how student code is isolated on this machine
      rlgrade bench [--export-mdp FILE] [--tsv]  speed figures (environments, value iteration, networks)
      rlgrade --help | --version

    OPTIONS (hwN and grade)
      --only ID          run only this check (repeatable); a prefix (hw2.value-iteration) or a
                         function name (valueIteration) selects every check it names
      --reproduce        with one failing check: write a Swift file that rebuilds its failing input
                         and calls your function (run it with `rlgrade run hwN FILE`)
      --seed N           replace the rubric's seeds with N (exploration; the report says so)
      --json             print the JSON report instead of the table
      --junit FILE       also write JUnit XML
      --gradescope FILE  also write Gradescope results.json
      --markdown FILE    also write Markdown feedback
      --html FILE        also write the HTML report (learning curves, grid pictures)
      --verbose          show every line of feedback and compiler warnings
      --allow-weak-isolation
                         grade/batch: grade even without a filesystem isolation layer (see doctor)

    EXIT CODES
      0 all checks passed · 1 some check failed · 2 usage or configuration error · 3 internal error
    """

