import Testing
@testable import RLGrader

@Suite struct StarterGeneratorTests {
    @Test func replacesSolutionBlocksWithTheirStub() throws {
        let reference = """
            struct S {
                func f() throws -> Int {
                    // BEGIN SOLUTION throw NotImplemented("f()")
                    let secret = 42
                    return secret
                    // END SOLUTION
                }
            }
            """
        let starter = try StarterGenerator.starter(from: reference, file: "S.swift", homework: "hw9")
        #expect(starter == """
            struct S {
                func f() throws -> Int {
                    // TODO: your code here (then run `rlgrade hw9`).
                    throw NotImplemented("f()")
                }
            }
            """)
        #expect(!starter.contains("secret"))
    }

    @Test func markerErrorsNameTheLine() {
        #expect(throws: StarterGenerator.MarkerError.self) {
            try StarterGenerator.starter(from: "a\n// BEGIN SOLUTION x\nb", file: "F.swift", homework: "hw1")
        }
        do {
            _ = try StarterGenerator.starter(from: "a\n// END SOLUTION", file: "F.swift", homework: "hw1")
        } catch { #expect(error.description == "F.swift:2: END SOLUTION without BEGIN SOLUTION") }
        do {
            _ = try StarterGenerator.starter(from: "// BEGIN SOLUTION\n// END SOLUTION", file: "F.swift", homework: "hw1")
        } catch { #expect(error.description.hasPrefix("F.swift:1: BEGIN SOLUTION must name the stub")) }
    }

    @Test func theRepositoryStartersAreCurrent() throws {
        let workspace = Workspace(root: TestPaths.root)
        for homework in Homeworks.all.map(\.id) where workspace.hasReference(homework) {
            #expect(try StarterGenerator.sync(workspace: workspace, homework: homework, check: true) == [])
        }
    }
}
