import Testing
@testable import RLGrader

/// The crash-log digest students see: the message, the frames, and the student's call site.
@Suite("Crash logs")
struct CrashLogTests {
    @Test("A precondition inside RLCore keeps its message and names the student's call site")
    func rlCoreCrashWithStudentFrame() {
        let stderr = """
        RLCore/MLP.swift:172: Precondition failed: MLP.forward: input has 3 entries, expected 4

        *** Program crashed: Illegal instruction at 0x00007f2444cf9361 ***

        Thread 0 "runner" crashed:

          0      0x00007f2444cf9361 _assertionFailure(_:_:file:line:flags:) + 225 in libswiftCore.so
          1 [ra] 0x00005565c8c4ba78 MLP.forward(_:) + 631 in runner
          2 [ra] 0x00005565c8c4bb00 Matrix.multiply(_:) + 31 in runner
          3 [ra] 0x00005565c8c4bc00 closure #1 in A.b() + 31 in runner
          4 [ra] 0x00005565c8c4bd00 A.c() + 31 in runner
          5 [ra] 0x00005565c8c4be00 A.d() + 31 in runner
          6 [ra] 0x00005565c8c4bf00 A.e() + 31 in runner
          7 [ra] 0x00005565c8c4c000 specialized HW0Solution.helper(_:_:) + 40 in runner at /tmp/x/staging/src/HW0Solution.swift:13:23
          8 [ra] 0x00005565c8c4c100 ExerciseEntry.init<A>(_:) + 40 in runner at /tmp/x/RunnerMain.swift:3:1
        """
        let log = SubmissionClient.crashLog(stderr)
        #expect(log.contains("Precondition failed: MLP.forward: input has 3 entries, expected 4"))
        #expect(log.contains("  MLP.forward(_:)"))
        #expect(log.contains("called from your code at HW0Solution.helper(_:_:) at HW0Solution.swift:13:23"))
        #expect(!log.contains("0x") && !log.contains("[ra]") && !log.contains("RunnerMain"))
    }

    @Test("When the backtrace stops inside RLCore the log says so")
    func rlCoreCrashWithoutStudentFrame() {
        let stderr = """
        RLCore/MLP.swift:172: Precondition failed: MLP.forward: input has 3 entries, expected 4
        *** Program crashed: Illegal instruction at 0x00007f2444cf9361 ***
          0      0x00007f2444cf9361 _assertionFailure(_:_:file:line:flags:) + 225 in libswiftCore.so
          1 [ra] 0x00005565c8c4ba78 MLP.forward(_:) + 631 in runner
        ...
        """
        let log = SubmissionClient.crashLog(stderr)
        #expect(log.contains("the backtrace stops inside RLCore: look for your call of MLP.forward(_:)"))
    }

    @Test("A crash in the student's own code shows its frame first and no RLCore note")
    func studentCrash() {
        let stderr = """
        Fatal error: Index out of range
        *** Program crashed: Illegal instruction at 0x00007f2444cf9361 ***
          0 0x000055 specialized HW0Solution.f(x:) + 194 in runner at /tmp/a/src/HW0Solution.swift:7:65
        """
        let log = SubmissionClient.crashLog(stderr)
        #expect(log.contains("Fatal error: Index out of range"))
        #expect(log.contains("  HW0Solution.f(x:) at HW0Solution.swift:7:65"))
        #expect(!log.contains("called from") && !log.contains("stops inside RLCore"))
    }
}
