import Testing
@testable import SBO

private func parse(_ text: String) throws(JSONError) -> JSONValue {
    try JSONValue.parse(Array(text.utf8), source: "m.json")
}

@Suite struct JSONValueTests {
    private let sample: JSONValue = .object([
        ("confidence", .number(0.95)),
        ("method", .string("logit")),
        ("design", .object([("strata", .integer(3)), ("pps", .bool(false)), ("seed", .null)])),
        ("indicators", .array([.object([("name", .string("late_opening")), ("ci", .array([.number(0.1), .number(0.25)]))])])),
        ("empty", .array([])),
        ("none", .object([])),
    ])

    // MARK: Serialisation

    @Test func compactTextKeepsKeyOrder() {
        #expect(sample.serialized(pretty: false) == #"{"confidence":0.95,"method":"logit","design":{"strata":3,"pps":false,"seed":null},"indicators":[{"name":"late_opening","ci":[0.1,0.25]}],"empty":[],"none":{}}"#)
    }

    @Test func prettyTextIndentsByTwoSpaces() {
        #expect(sample.serialized(pretty: true) == """
            {
              "confidence": 0.95,
              "method": "logit",
              "design": {
                "strata": 3,
                "pps": false,
                "seed": null
              },
              "indicators": [
                {
                  "name": "late_opening",
                  "ci": [
                    0.1,
                    0.25
                  ]
                }
              ],
              "empty": [],
              "none": {}
            }
            """)
    }

    @Test func doublesUseShortestRoundTripTextAndNonFiniteBecomesNull() {
        let cases: [(Double, String)] = [
            (0.31, "0.31"), (3, "3.0"), (1e-5, "1e-05"), (1e20, "1e+20"), (-0.0, "-0.0"),
            (0.1 + 0.2, "0.30000000000000004"), (.leastNonzeroMagnitude, "5e-324"), (.greatestFiniteMagnitude, "1.7976931348623157e+308"),
            (.infinity, "null"), (-.infinity, "null"), (.nan, "null"),
        ]
        for (value, text) in cases {
            #expect(JSONValue.number(value).serialized(pretty: false) == text)
        }
        #expect(JSONValue.integer(Int.min).serialized(pretty: false) == "-9223372036854775808")
    }

    @Test func stringsAreEscapedPerRFC8259() {
        let value = JSONValue.string("q\" b\\ s/ \u{0}\u{1F}\u{08}\u{0C}\n\r\t é 🗳 \u{2028}\u{2029}\u{7F}")
        #expect(value.serialized(pretty: false)
            == #""q\" b\\ s/ \u0000\u001f\b\f\n\r\t é 🗳 \u2028\u2029"# + "\u{7F}\"")
    }

    @Test func serialisedTextParsesBackToTheSameValue() throws {
        let strings = ["", "\u{0}", "\"\\/", "line\nbreak", "é🗳\u{2028}", "\u{FFFF}", "\u{10FFFF}"]
        let value: JSONValue = .object([
            ("strings", .array(strings.map(JSONValue.string))),
            ("numbers", .array([0.1, 1e-300, 123_456_789.125, -2.5e17, .leastNonzeroMagnitude].map(JSONValue.number))),
            ("integers", .array([0, -1, Int.max, Int.min].map(JSONValue.integer))),
            ("nested", .array([.array([.array([])]), .object([("k", .null)])])),
            ("flags", .array([.bool(true), .bool(false)])),
        ])
        for pretty in [false, true] {
            #expect(try JSONValue.parse(Array(value.serialized(pretty: pretty).utf8), source: "x") == value)
        }
    }

    // MARK: Equality and access

    @Test func equalityRespectsCasesAndKeyOrder() {
        #expect(JSONValue.integer(1) != .number(1))
        #expect(JSONValue.object([("a", .integer(1)), ("b", .integer(2))]) != .object([("b", .integer(2)), ("a", .integer(1))]))
        #expect(JSONValue.object([("a", .array([.null]))]) == .object([("a", .array([.null]))]))
        #expect(JSONValue.number(.nan) != .number(.nan))
    }

    @Test func accessors() {
        #expect(sample["design"]?["strata"]?.integerValue == 3)
        #expect(sample["design"]?["strata"]?.doubleValue == 3)
        #expect(sample["confidence"]?.doubleValue == 0.95)
        #expect(sample["confidence"]?.integerValue == nil)
        #expect(sample["method"]?.stringValue == "logit")
        #expect(sample["design"]?["pps"]?.boolValue == false)
        #expect(sample["indicators"]?.arrayValue?.count == 1)
        #expect(sample["none"]?.objectValue?.isEmpty == true)
        #expect(sample["missing"] == nil)
        #expect(JSONValue.array([])["x"] == nil)
    }

    // MARK: Parsing

    @Test func parsesTheRFC8259Example() throws {
        // RFC 8259 §13, first example.
        let text = """
            {
                  "Image": {
                      "Width":  800,
                      "Height": 600,
                      "Title":  "View from 15th Floor",
                      "Thumbnail": {
                          "Url":    "http://www.example.com/image/481989943",
                          "Height": 125,
                          "Width":  100
                      },
                      "Animated" : false,
                      "IDs": [116, 943, 234, 38793]
                    }
                }
            """
        let image = try parse(text)["Image"]
        #expect(image?["Width"] == .integer(800))
        #expect(image?["Title"] == .string("View from 15th Floor"))
        #expect(image?["Thumbnail"]?["Url"] == .string("http://www.example.com/image/481989943"))
        #expect(image?["Animated"] == .bool(false))
        #expect(image?["IDs"] == .array([116, 943, 234, 38793].map(JSONValue.integer)))
    }

    @Test func parsesScalarsAndEscapes() throws {
        #expect(try parse(" 42 ") == .integer(42))
        #expect(try parse("-0") == .integer(0))
        #expect(try parse("1E2") == .number(100))
        #expect(try parse("-1.5e-3") == .number(-0.0015))
        #expect(try parse("12345678901234567890") == .number(1.2345678901234567e19))
        #expect(try parse("true") == .bool(true))
        #expect(try parse("null") == .null)
        #expect(try parse(#""\"\\\/\b\f\n\r\t\u00e9\ud83d\uddf3\u0000""#) == .string("\"\\/\u{08}\u{0C}\n\r\t\u{E9}🗳\u{0}"))
        #expect(try JSONValue.parse([0xEF, 0xBB, 0xBF] + Array("[]".utf8), source: "m.json") == .array([]))
    }

    @Test func malformedTextGetsAnErrorNamingTheLine() {
        let cases: [(String, JSONError)] = [
            ("", .unexpectedEnd(source: "m.json", line: 1, expected: "a value")),
            ("[1,\n2,\n]", .unexpectedCharacter(source: "m.json", line: 3, found: "']'", expected: "a value")),
            ("{\"a\":1,}", .unexpectedCharacter(source: "m.json", line: 1, found: "'}'", expected: "a key in quotes")),
            ("{\"a\" 1}", .unexpectedCharacter(source: "m.json", line: 1, found: "'1'", expected: "\":\"")),
            ("[1 2]", .unexpectedCharacter(source: "m.json", line: 1, found: "'2'", expected: "\",\" or \"]\"")),
            ("{'a':1}", .unexpectedCharacter(source: "m.json", line: 1, found: "'''", expected: "a key in quotes")),
            ("True", .unexpectedCharacter(source: "m.json", line: 1, found: "'T'", expected: "a value")),
            ("nul", .unexpectedCharacter(source: "m.json", line: 1, found: "'n'", expected: "a value")),
            ("{}\n{}", .unexpectedCharacter(source: "m.json", line: 2, found: "'{'", expected: "the end of the text")),
            ("[1", .unexpectedEnd(source: "m.json", line: 1, expected: "\",\" or \"]\"")),
            ("\"abc", .unexpectedEnd(source: "m.json", line: 1, expected: "the closing quote of a string")),
            ("01", .invalidNumber(source: "m.json", line: 1, text: "01")),
            ("\n1.", .invalidNumber(source: "m.json", line: 2, text: "1.")),
            ("-", .invalidNumber(source: "m.json", line: 1, text: "-")),
            ("+1", .unexpectedCharacter(source: "m.json", line: 1, found: "'+'", expected: "a value")),
            ("1e400", .invalidNumber(source: "m.json", line: 1, text: "1e400")),
            ("\"a\nb\"", .invalidString(source: "m.json", line: 1, problem: "a raw control character (byte 10); write it as an escape such as \\n")),
            (#""\x""#, .invalidString(source: "m.json", line: 1, problem: "unknown escape \\x")),
            (#""\ud800""#, .invalidString(source: "m.json", line: 1, problem: "a lone high surrogate escape")),
            (#""\udc00""#, .invalidString(source: "m.json", line: 1, problem: "a lone low surrogate escape")),
            (#""\u12g4""#, .invalidString(source: "m.json", line: 1, problem: "\\u needs four hex digits")),
            ("{\"k\":1,\n\"k\":2}", .duplicateKey(source: "m.json", line: 2, key: "k")),
            ("[\u{A0}]", .unexpectedCharacter(source: "m.json", line: 1, found: "U+A0", expected: "a value")),
        ]
        for (text, error) in cases {
            #expect(throws: error, "\(text)") { try parse(text) }
        }
        #expect(throws: JSONError.invalidUTF8(source: "m.json", line: 2)) {
            try JSONValue.parse(Array("[\n\"".utf8) + [0xFF] + Array("\"]".utf8), source: "m.json")
        }
        #expect(JSONError.duplicateKey(source: "m.json", line: 2, key: "k").description
            == "m.json:2: the key \"k\" appears twice in one object; keep one")
        #expect(JSONError.duplicateKey(source: "m.json", line: 2, key: "k").kind == .badData)
    }

    @Test func hostileNestingIsRefusedNotACrash() throws {
        let limit = JSONParser.depthLimit
        let deepest = String(repeating: "[", count: limit) + String(repeating: "]", count: limit)
        #expect(try parse(deepest) != .null)
        #expect(throws: JSONError.nestingTooDeep(source: "m.json", line: 1, limit: limit)) {
            try parse(String(repeating: "[", count: 100_000))
        }
    }
}
