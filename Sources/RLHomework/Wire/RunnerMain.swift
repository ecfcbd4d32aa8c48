import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The child side of grading: the `main` of every compiled submission calls ``serve(_:exercises:)``.
///
/// It first applies the resource limits the grader passed on the command line (before any student
/// code runs), then answers requests: one JSON request per line on stdin, one JSON response per line
/// on descriptor 3. Anything the student's code prints goes to stdout/stderr, which the grader
/// captures separately and never parses.
public enum RunnerMain {
    /// Serves requests until stdin ends, then exits.
    public static func serve<Solution>(_ solution: Solution, exercises: [ExerciseEntry<Solution>]) -> Never {
        #if os(Linux)
        // If the grader dies (even by kill -9), this process dies with it.
        _ = setParentDeathSignal(1 /* PR_SET_PDEATHSIG */, UInt(SIGKILL))
        #endif
        applyLimits(from: CommandLine.arguments)
        var table: [String: ExerciseEntry<Solution>] = [:]
        for entry in exercises { table[entry.name] = entry }
        let resultFD: Int32 = 3
        while let line = readLine(strippingNewline: true) {
            if line.isEmpty { continue }
            let response: String
            // A request line is parsed once: its exercise name is read from the line's start (the
            // grader sorts keys), and the whole request is decoded by that exercise's entry. Anything
            // else takes the general path below, which answers exactly as before.
            if let entry = leadingExercise(line).flatMap({ table[$0] }),
               let (index, answer) = try? entry.decode(line) {
                response = respond(index) { try answer(solution) }
            } else {
                do {
                    let header = try WireCoding.decode(WireRequestHeader.self, from: line)
                    if let entry = table[header.exercise] {
                        response = respond(header.index) { try entry.decode(line).answer(solution) }
                    } else {
                        print(inputMarker + String(header.index))
                        response = encodeStatus(header.index, .unknownExercise, "unknown exercise \(header.exercise)")
                    }
                } catch {
                    response = encodeStatus(-1, .badRequest, String(describing: error))
                }
            }
            writeAll(resultFD, response + "\n")
        }
        exit(0)
    }

    /// The line the runner prints before each input, so `--verbose` can say which input printed what.
    public static let inputMarker = "\u{1E}rlgrade-input "

    /// Marks input `index`'s printed lines, then runs `answer`: its response line, or the status
    /// line of the error it threw.
    private static func respond(_ index: Int, _ answer: () throws -> String) -> String {
        // Marks where this input's printed lines begin (the grader labels them; never graded).
        print(inputMarker + String(index))
        do {
            return try answer()
        } catch let missing as NotImplemented {
            return encodeStatus(index, .notImplemented, missing.description)
        } catch {
            return encodeStatus(index, .threw, String(describing: error))
        }
    }

    /// The exercise name of a request line as the grader writes it (`{"exercise":"hw2.x",…`), or nil.
    private static func leadingExercise(_ line: String) -> String? {
        let prefix = #"{"exercise":""#
        guard line.utf8.starts(with: prefix.utf8) else { return nil }
        let rest = line.utf8.dropFirst(prefix.utf8.count)
        guard let end = rest.firstIndex(where: { $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }),
              line.utf8[end] == UInt8(ascii: "\"") else { return nil }
        return String(decoding: line.utf8[rest.startIndex..<end], as: UTF8.self)
    }

    private static func encodeStatus(_ index: Int, _ status: WireStatus, _ message: String) -> String {
        (try? WireCoding.encode(WireResponseHeader(index: index, status: status, message: message)))
            ?? #"{"index":-1,"status":"badRequest"}"#
    }

    private static func writeAll(_ fd: Int32, _ text: String) {
        var bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeMutableBytes { buffer in
                write(fd, buffer.baseAddress! + offset, buffer.count - offset)
            }
            if n < 0 {
                if errno == EINTR { continue }
                exit(70)  // the grader closed the pipe: nothing left to do
            }
            offset += n
        }
    }

    /// Applies `--limit-as BYTES`, `--limit-cpu SECONDS`, `--limit-fsize BYTES` and `--limit-nproc N`
    /// as both soft and hard limits, so student code cannot raise them again, and `--workdir DIR`.
    private static func applyLimits(from arguments: [String]) {
        var i = 1
        while i + 1 < arguments.count {
            let value = rlim_t(arguments[i + 1]) ?? 0
            switch arguments[i] {
            case "--limit-as": setLimit(Resource.addressSpace, value)
            case "--limit-cpu": setLimit(Resource.cpu, value)
            case "--limit-fsize": setLimit(Resource.fileSize, value)
            case "--limit-nproc": setLimit(processCountResource, value)
            case "--workdir": _ = chdir(arguments[i + 1])
            default: i -= 1
            }
            i += 2
        }
    }

    /// The rlimit resources: an enum in glibc, plain `Int32` macros in Darwin.
    private enum Resource {
        #if canImport(Glibc)
        static let addressSpace = Int32(RLIMIT_AS.rawValue)
        static let cpu = Int32(RLIMIT_CPU.rawValue)
        static let fileSize = Int32(RLIMIT_FSIZE.rawValue)
        #else
        static let addressSpace = Int32(RLIMIT_AS)
        static let cpu = Int32(RLIMIT_CPU)
        static let fileSize = Int32(RLIMIT_FSIZE)
        #endif
    }

    #if os(Linux)
    private static let processCountResource: Int32 = 6  // RLIMIT_NPROC (a macro Swift cannot import)
    #else
    private static let processCountResource: Int32 = 7  // RLIMIT_NPROC on Darwin
    #endif

    private static func setLimit(_ resource: Int32, _ value: rlim_t) {
        var limit = rlimit(rlim_cur: value, rlim_max: value)
        #if canImport(Glibc)
        _ = setrlimit(__rlimit_resource_t(UInt32(resource)), &limit)
        #else
        _ = setrlimit(resource, &limit)
        #endif
    }
}

#if os(Linux)
/// prctl(2) is variadic in C, so Swift cannot import it; this binds the two-argument form.
@_silgen_name("prctl")
private func setParentDeathSignal(_ option: Int32, _ signal: UInt) -> Int32
#endif
