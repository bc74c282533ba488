/// A small strict JSON parser (RFC 8259) for sbo's own files, such as sample manifests.
///
/// Grammar (RFC 8259 §2–§7), `ws` being space, tab, LF and CR:
/// ```
/// text   = ws value ws
/// value  = "null" | "true" | "false" | number | string | array | object
/// number = ["-"] ("0" | [1-9][0-9]*) ["." [0-9]+] [("e"|"E") ["+"|"-"] [0-9]+]
/// string = '"' *(unescaped | "\" ( '"' | "\" | "/" | b | f | n | r | t | u hex4 )) '"'
/// array  = "[" ws [value *(ws "," ws value)] ws "]"
/// object = "{" ws [string ws ":" ws value *(ws "," ws string ws ":" ws value)] ws "}"
/// ```
/// Strict where RFC 8259 leaves room: a duplicate key, a lone surrogate escape, a number
/// outside the range of a double, and nesting deeper than ``depthLimit`` are errors; a
/// leading byte-order mark is skipped (§8.1 allows it). A number without fraction or exponent
/// that fits `Int` becomes `.integer`, any other `.number`.
/// Tests: `JSONValueTests` (round trips, every error case).
struct JSONParser {
    /// The deepest nesting of arrays and objects accepted, so that hostile input cannot exhaust
    /// the stack.
    static let depthLimit = 512

    private let bytes: UnsafeBufferPointer<UInt8>
    private let source: String
    private var index = 0
    private var depth = 0

    init(bytes: UnsafeBufferPointer<UInt8>, source: String) {
        self.bytes = bytes
        self.source = source
    }

    /// Parses the whole buffer as one JSON text.
    mutating func parseDocument() throws(JSONError) -> JSONValue {
        if bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF { index = 3 }
        if case let .invalidUTF8(offset) = TextEncodingCheck.firstProblem(
            in: bytes, from: index, rejectingNUL: false)
        {
            throw .invalidUTF8(source: source, line: line(at: offset))
        }
        skipWhitespace()
        let value = try parseValue()
        skipWhitespace()
        guard index == bytes.count else { throw unexpected(expected: "the end of the text") }
        return value
    }

    private mutating func parseValue() throws(JSONError) -> JSONValue {
        guard index < bytes.count else {
            throw .unexpectedEnd(source: source, line: line(at: index), expected: "a value")
        }
        switch bytes[index] {
        case UInt8(ascii: "{"): return try parseObject()
        case UInt8(ascii: "["): return try parseArray()
        case UInt8(ascii: "\""): return .string(try parseString())
        case UInt8(ascii: "t"): try expectWord("true"); return .bool(true)
        case UInt8(ascii: "f"): try expectWord("false"); return .bool(false)
        case UInt8(ascii: "n"): try expectWord("null"); return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try parseNumber()
        default: throw unexpected(expected: "a value")
        }
    }

    private mutating func parseObject() throws(JSONError) -> JSONValue {
        try enterContainer()
        var members: [(String, JSONValue)] = []
        var keys = Set<String>()
        skipWhitespace()
        if consumeIfPresent(UInt8(ascii: "}")) {
            depth -= 1
            return .object(members)
        }
        repeat {
            skipWhitespace()
            guard index < bytes.count else {
                throw .unexpectedEnd(source: source, line: line(at: index), expected: "a key")
            }
            guard bytes[index] == UInt8(ascii: "\"") else { throw unexpected(expected: "a key in quotes") }
            let keyLine = line(at: index)
            let key = try parseString()
            guard keys.insert(key).inserted else {
                throw .duplicateKey(source: source, line: keyLine, key: key)
            }
            skipWhitespace()
            try expect(UInt8(ascii: ":"), described: "\":\"")
            skipWhitespace()
            members.append((key, try parseValue()))
            skipWhitespace()
        } while consumeIfPresent(UInt8(ascii: ","))
        try expect(UInt8(ascii: "}"), described: "\",\" or \"}\"")
        depth -= 1
        return .object(members)
    }

    private mutating func parseArray() throws(JSONError) -> JSONValue {
        try enterContainer()
        var elements: [JSONValue] = []
        skipWhitespace()
        if consumeIfPresent(UInt8(ascii: "]")) {
            depth -= 1
            return .array(elements)
        }
        repeat {
            skipWhitespace()
            elements.append(try parseValue())
            skipWhitespace()
        } while consumeIfPresent(UInt8(ascii: ","))
        try expect(UInt8(ascii: "]"), described: "\",\" or \"]\"")
        depth -= 1
        return .array(elements)
    }

    /// Steps over the opening bracket or brace and counts the depth.
    private mutating func enterContainer() throws(JSONError) {
        depth += 1
        guard depth <= Self.depthLimit else {
            throw .nestingTooDeep(source: source, line: line(at: index), limit: Self.depthLimit)
        }
        index += 1
    }

    /// Parses a string starting at its opening quote.
    private mutating func parseString() throws(JSONError) -> String {
        index += 1
        var text: [UInt8] = []
        while true {
            let start = index
            while index < bytes.count {
                let byte = bytes[index]
                if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte < 0x20 { break }
                index += 1
            }
            text.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<index]))
            guard index < bytes.count else {
                throw .unexpectedEnd(source: source, line: line(at: index), expected: "the closing quote of a string")
            }
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                index += 1
                return String(decoding: text, as: UTF8.self)
            }
            if byte < 0x20 {
                throw .invalidString(
                    source: source, line: line(at: index),
                    problem: "a raw control character (byte \(byte)); write it as an escape such as \\n")
            }
            try parseEscape(into: &text)
        }
    }

    /// Parses the escape at `index` (a backslash) and appends its UTF-8 bytes.
    private mutating func parseEscape(into text: inout [UInt8]) throws(JSONError) {
        let escapeLine = line(at: index)
        index += 1
        guard index < bytes.count else {
            throw .unexpectedEnd(source: source, line: escapeLine, expected: "an escape")
        }
        let letter = bytes[index]
        index += 1
        let simple: UInt8?
        switch letter {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): simple = letter
        case UInt8(ascii: "b"): simple = 0x08
        case UInt8(ascii: "f"): simple = 0x0C
        case UInt8(ascii: "n"): simple = 0x0A
        case UInt8(ascii: "r"): simple = 0x0D
        case UInt8(ascii: "t"): simple = 0x09
        case UInt8(ascii: "u"): simple = nil
        default:
            throw .invalidString(
                source: source, line: escapeLine,
                problem: "unknown escape \\\(Character(Unicode.Scalar(letter)))")
        }
        if let simple {
            text.append(simple)
            return
        }
        var value = try parseHex4(line: escapeLine)
        if (0xDC00...0xDFFF).contains(value) {
            throw .invalidString(source: source, line: escapeLine, problem: "a lone low surrogate escape")
        }
        if (0xD800...0xDBFF).contains(value) {
            let isPair = index + 1 < bytes.count && bytes[index] == UInt8(ascii: "\\")
                && bytes[index + 1] == UInt8(ascii: "u")
            guard isPair else {
                throw .invalidString(source: source, line: escapeLine, problem: "a lone high surrogate escape")
            }
            index += 2
            let low = try parseHex4(line: escapeLine)
            guard (0xDC00...0xDFFF).contains(low) else {
                throw .invalidString(source: source, line: escapeLine, problem: "a lone high surrogate escape")
            }
            value = 0x10000 + ((value - 0xD800) << 10) + (low - 0xDC00)
        }
        text.append(contentsOf: String(Character(Unicode.Scalar(value)!)).utf8)
    }

    private mutating func parseHex4(line escapeLine: Int) throws(JSONError) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard index < bytes.count else {
                throw .unexpectedEnd(source: source, line: escapeLine, expected: "four hex digits")
            }
            let byte = bytes[index]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default:
                throw .invalidString(source: source, line: escapeLine, problem: "\\u needs four hex digits")
            }
            value = value << 4 | UInt32(digit)
            index += 1
        }
        return value
    }

    private mutating func parseNumber() throws(JSONError) -> JSONValue {
        let start = index
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "+"),
                 UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E"):
                index += 1
                continue
            default: break
            }
            break
        }
        let run = UnsafeBufferPointer(rebasing: bytes[start..<index])
        let text = String(decoding: run, as: UTF8.self)
        guard let isInteger = Self.numberShape(run) else {
            throw .invalidNumber(source: source, line: line(at: start), text: text)
        }
        if isInteger, let value = Int(text) { return .integer(value) }
        guard let value = Double(text), value.isFinite else {
            throw .invalidNumber(source: source, line: line(at: start), text: text)
        }
        return .number(value)
    }

    /// Whether `run` matches the number grammar: nil if not, else whether it has neither
    /// fraction nor exponent.
    private static func numberShape(_ run: UnsafeBufferPointer<UInt8>) -> Bool? {
        var position = 0
        func digits() -> Int {
            let first = position
            while position < run.count && run[position] >= UInt8(ascii: "0") && run[position] <= UInt8(ascii: "9") {
                position += 1
            }
            return position - first
        }
        func skip(_ byte: UInt8) -> Bool {
            guard position < run.count && run[position] == byte else { return false }
            position += 1
            return true
        }
        _ = skip(UInt8(ascii: "-"))
        let integerStart = position
        let integerDigits = digits()
        guard integerDigits > 0, integerDigits == 1 || run[integerStart] != UInt8(ascii: "0") else { return nil }
        var isInteger = true
        if skip(UInt8(ascii: ".")) {
            isInteger = false
            guard digits() > 0 else { return nil }
        }
        if skip(UInt8(ascii: "e")) || skip(UInt8(ascii: "E")) {
            isInteger = false
            if !skip(UInt8(ascii: "+")) { _ = skip(UInt8(ascii: "-")) }
            guard digits() > 0 else { return nil }
        }
        return position == run.count ? isInteger : nil
    }

    private mutating func expectWord(_ word: StaticString) throws(JSONError) {
        let length = word.utf8CodeUnitCount
        let expected = UnsafeBufferPointer(start: word.utf8Start, count: length)
        guard index + length <= bytes.count,
              UnsafeBufferPointer(rebasing: bytes[index..<index + length]).elementsEqual(expected)
        else { throw unexpected(expected: "a value") }
        index += length
    }

    private mutating func expect(_ byte: UInt8, described: String) throws(JSONError) {
        guard index < bytes.count else {
            throw .unexpectedEnd(source: source, line: line(at: index), expected: described)
        }
        guard bytes[index] == byte else { throw unexpected(expected: described) }
        index += 1
    }

    private mutating func consumeIfPresent(_ byte: UInt8) -> Bool {
        guard index < bytes.count && bytes[index] == byte else { return false }
        index += 1
        return true
    }

    private mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0A, 0x0D: index += 1
            default: return
            }
        }
    }

    /// The error for an unexpected byte at `index` (or the end of the text).
    private func unexpected(expected: String) -> JSONError {
        guard index < bytes.count else {
            return .unexpectedEnd(source: source, line: line(at: index), expected: expected)
        }
        let byte = bytes[index]
        let found: String
        if byte >= 0x21 && byte < 0x7F {
            found = "'\(Character(Unicode.Scalar(byte)))'"
        } else if byte < 0x80 {
            found = "the control or space byte \(byte)"
        } else {
            let scalar = String(decoding: UnsafeBufferPointer(rebasing: bytes[index...]).prefix(4), as: UTF8.self)
                .unicodeScalars.first!
            found = "U+\(String(scalar.value, radix: 16, uppercase: true))"
        }
        return .unexpectedCharacter(source: source, line: line(at: index), found: found, expected: expected)
    }

    private func line(at offset: Int) -> Int {
        PhysicalLines.line(ofOffset: offset, in: bytes)
    }
}
