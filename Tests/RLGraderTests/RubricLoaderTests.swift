import Testing
@testable import RLGrader

@Suite struct RubricLoaderTests {
    static let good = """
        {
          "homework": "hw0",
          "defaults": { "time_limit_seconds": 7 },
          "checks": [
            { "id": "hw0.discounted-return.fixtures", "points": 2, "visibility": "public", "seeds": [0] },
            { "id": "hw0.discounted-return.random", "points": 1.5, "visibility": "hidden", "seeds": [1, 2],
              "tolerance": 1e-6, "time_limit_seconds": 3, "memory_limit_mib": 1024, "params": { "b": 2, "a": 1 } }
          ]
        }
        """

    func load(_ text: String) throws(GraderError) -> Rubric {
        try RubricLoader.parse(text, displayPath: "Grading/hw0.json", homework: .hw0)
    }

    /// The error message for `text`, which must fail to load.
    func message(_ text: String) -> String {
        do {
            _ = try load(text)
            return "loaded"
        } catch { return error.description }
    }

    func replacing(_ old: String, with new: String) -> String { Self.good.replacingOccurrences(of: old, with: new) }

    @Test func loadsAValidRubric() throws {
        let rubric = try load(Self.good)
        #expect(rubric.entries.count == 2)
        #expect(rubric.maxPoints == 3.5)
        #expect(rubric.entries[0].timeLimitSeconds == 7)
        #expect(rubric.entries[1].visibility == .hidden)
        #expect(rubric.entries[1].seeds == [1, 2])
        #expect(rubric.entries[1].tolerance == 1e-6)
        #expect(rubric.entries[1].memoryLimitMiB == 1024)
        #expect(rubric.entries[1].parameters == ["a": 1, "b": 2])
        #expect(rubric.entries[1].line == 6)
    }

    @Test("Extra credit adds to the score, not to the maximum")
    func extraCredit() throws {
        let rubric = try load(replacing(#""points": 1.5, "visibility""#, with: #""points": 1.5, "extra_credit": true, "visibility""#))
        #expect(rubric.entries[1].extraCredit && !rubric.entries[0].extraCredit)
        #expect(rubric.maxPoints == 2)
        #expect(message(replacing(#""points": 2, "#, with: #""points": 2, "extra_credit": "yes", "#))
            == #"Grading/hw0.json:5: checks[0].extra_credit: expected true or false, got "yes""#)
        var report = Report(
            homework: "hw0", title: "t", submission: "s", mode: "grading", build: BuildSummary(status: "ok", diagnostics: []),
            checks: [], points: 3.5, maxPoints: 2, status: "passed")
        report.checks = [
            CheckResult(id: "a", title: "A", visibility: .public, points: 2, maxPoints: 2, status: .passed, feedback: Feedback("ok")),
            CheckResult(id: "b", title: "B", visibility: .hidden, points: 1.5, maxPoints: 1.5, status: .passed, feedback: Feedback("ok"),
                        extraCredit: true),
        ]
        #expect(report.scoreText == "3.5 / 2 (1.5 of them extra credit)")
        #expect(try GradescopeReport.render(report).contains("b: B (extra credit)"))
        #expect(try JSONReport.render(report).contains("\"extraCredit\" : true"))
        report.checks[1].extraCredit = nil
        #expect(try !JSONReport.render(report).contains("extraCredit"))
    }

    @Test func syntaxErrorNamesTheLine() {
        #expect(message(replacing(#""points": 2,"#, with: #""points": 2"#)) == "Grading/hw0.json:5: expected ',' or '}' in an object")
    }

    @Test func negativePoints() {
        #expect(message(replacing(#""points": 2"#, with: #""points": -1"#))
            == "Grading/hw0.json:5: checks[0].points: expected a number ≥ 0, got -1.0")
    }

    @Test func pointsAsText() {
        #expect(message(replacing(#""points": 1.5"#, with: #""points": "five""#))
            == #"Grading/hw0.json:6: checks[1].points: expected a number ≥ 0, got "five""#)
    }

    @Test func missingPoints() {
        #expect(message(replacing(#""points": 2, "#, with: "")) == "Grading/hw0.json:5: checks[0].points: expected a number ≥ 0 (missing)")
    }

    @Test func unknownVisibility() {
        #expect(message(replacing(#""visibility": "hidden""#, with: #""visibility": "secret""#))
            == #"Grading/hw0.json:6: checks[1].visibility: expected one of "public", "hidden", "after_due", got "secret""#)
    }

    @Test func unknownCheckID() {
        #expect(message(replacing("hw0.discounted-return.fixtures", with: "hw0.nope")).hasPrefix(
            #"Grading/hw0.json:5: checks[0].id: unknown check id "hw0.nope"; known checks of hw0: hw0.discounted-return.fixtures"#))
    }

    @Test func duplicateCheckID() {
        #expect(message(replacing("hw0.discounted-return.random", with: "hw0.discounted-return.fixtures"))
            == #"Grading/hw0.json:6: checks[1].id: duplicate check id "hw0.discounted-return.fixtures" (first at line 5)"#)
    }

    @Test func unknownField() {
        #expect(message(replacing(#""points": 2,"#, with: #""pionts": 2, "points": 2,"#)).hasPrefix(
            "Grading/hw0.json:5: checks[0].pionts: unknown field; expected one of id, points"))
    }

    @Test func seedsMustBeNonNegativeIntegers() {
        #expect(message(replacing("[1, 2]", with: "[1, 2.5]")) == "Grading/hw0.json:6: checks[1].seeds[1]: expected a non-negative integer, got 2.5")
        #expect(message(replacing("[1, 2]", with: "[]")) == "Grading/hw0.json:6: checks[1].seeds: expected a non-empty array of integer seeds, got an array")
        #expect(message(replacing(#", "seeds": [0]"#, with: "")).hasPrefix("Grading/hw0.json:5: checks[0].seeds: missing"))
    }

    @Test func limitsAndTolerance() {
        #expect(message(replacing(#""tolerance": 1e-6"#, with: #""tolerance": 0"#)) == "Grading/hw0.json:7: checks[1].tolerance: expected a number > 0, got 0.0")
        #expect(message(replacing(#""memory_limit_mib": 1024"#, with: #""memory_limit_mib": 10"#))
            == "Grading/hw0.json:7: checks[1].memory_limit_mib: expected an integer number of MiB between 256 and 65536, got 10.0")
        #expect(message(replacing(#""time_limit_seconds": 7"#, with: #""time_limit_seconds": -7"#))
            == "Grading/hw0.json:3: defaults.time_limit_seconds: expected a number > 0, got -7.0")
    }

    @Test func wrongHomeworkAndShape() {
        #expect(message(replacing(#""homework": "hw0""#, with: #""homework": "hw9""#)) == #"Grading/hw0.json:2: homework: is "hw9" but this is the rubric of hw0"#)
        #expect(message("[]") == "Grading/hw0.json:1: (top level): expected an object")
        #expect(message(replacing(#""checks": ["#, with: #""checks": 3, "x": ["#)).hasPrefix("Grading/hw0.json:4: x: unknown field"))
        #expect(message(replacing(#""params": { "b": 2, "a": 1 }"#, with: #""params": { "b": "two" }"#))
            == #"Grading/hw0.json:7: checks[1].params.b: expected a number, got "two""#)
    }

    @Test func duplicateJSONMemberIsASyntaxError() {
        #expect(message(replacing(#""points": 2,"#, with: #""points": 2, "points": 3,"#)) == #"Grading/hw0.json:5: duplicate member "points""#)
    }

    @Test func theRepositoryRubricLoads() throws {
        let rubric = try RubricLoader.load(path: TestPaths.root + "/Grading/hw0.json", homework: .hw0)
        #expect(rubric.entries.map(\.id) == HomeworkDescriptor.hw0.checks.map(\.id))
    }
}
