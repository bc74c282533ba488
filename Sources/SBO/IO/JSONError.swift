/// Why JSON text could not be parsed. Messages are `FILE:LINE: what is wrong`.
public enum JSONError: ReportableError, Equatable {
    /// The text is not well-formed UTF-8 on `line`.
    case invalidUTF8(source: String, line: Int)
    /// The text ends on `line` where `expected` should follow.
    case unexpectedEnd(source: String, line: Int, expected: String)
    /// `found` stands on `line` where `expected` should.
    case unexpectedCharacter(source: String, line: Int, found: String, expected: String)
    /// A number on `line` is malformed or out of the range of a double.
    case invalidNumber(source: String, line: Int, text: String)
    /// A string on `line` holds a bad escape, a raw control character or a lone surrogate.
    case invalidString(source: String, line: Int, problem: String)
    /// An object on `line` has the key `key` twice.
    case duplicateKey(source: String, line: Int, key: String)
    /// Arrays and objects are nested deeper than `limit` on `line`.
    case nestingTooDeep(source: String, line: Int, limit: Int)

    public var kind: FailureKind { .badData }

    public var description: String {
        switch self {
        case let .invalidUTF8(source, line):
            "\(source):\(line): bytes that are not valid UTF-8; JSON must be UTF-8 text"
        case let .unexpectedEnd(source, line, expected):
            "\(source):\(line): the JSON text ends where \(expected) should follow; is the file cut short?"
        case let .unexpectedCharacter(source, line, found, expected):
            "\(source):\(line): found \(found) where \(expected) should be"
        case let .invalidNumber(source, line, text):
            "\(source):\(line): \"\(text)\" is not a valid JSON number"
        case let .invalidString(source, line, problem):
            "\(source):\(line): bad string: \(problem)"
        case let .duplicateKey(source, line, key):
            "\(source):\(line): the key \"\(key)\" appears twice in one object; keep one"
        case let .nestingTooDeep(source, line, limit):
            "\(source):\(line): arrays and objects are nested more than \(limit) deep"
        }
    }
}
