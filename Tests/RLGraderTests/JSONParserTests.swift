import Testing
@testable import RLGrader

@Suite struct JSONParserTests {
    @Test func parsesValuesWithLines() throws {
        let root = try JSONParser.parse("{\n  \"a\": [1, 2.5e3, -3],\n  \"b\": {\"c\": \"x\\ny\\u00e9\"},\n  \"d\": [true, false, null]\n}")
        guard case .array(let a) = root.value["a"]?.value else { Issue.record("a is not an array"); return }
        #expect(a.map(\.value) == [.number(1), .number(2500), .number(-3)])
        #expect(root.value["a"]?.line == 2)
        #expect(root.value["b"]?.value["c"]?.value == .string("x\nyé"))
        #expect(root.value["d"]?.line == 4)
    }

    @Test func errorsNameTheLine() {
        for (text, line) in [("{\n\"a\": 1,\n}", 3), ("[1,\n2\n", 3), ("{\"a\" 1}", 1), ("\"abc", 1), ("{} x", 1), ("[01x]", 1)] {
            do {
                _ = try JSONParser.parse(text)
                Issue.record("\(text) parsed")
            } catch { #expect(error.line == line, "\(text): \(error)") }
        }
    }
}
