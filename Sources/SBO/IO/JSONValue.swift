/// A JSON value whose objects keep their keys in order, so that sbo's JSON output is the same
/// text on every run and platform.
///
/// ```swift
/// let result: JSONValue = .object([("method", .string("logit")), ("estimate", .number(0.31))])
/// print(result.serialized(pretty: false))   // {"method":"logit","estimate":0.31}
/// ```
/// Integers and doubles are kept apart (`.integer(3)` writes `3`, `.number(3)` writes `3.0`),
/// and values compare equal only when their cases, contents and key order are equal.
///
/// Reference: T. Bray (ed.), *The JavaScript Object Notation (JSON) Data Interchange Format*,
/// RFC 8259 (2017). Tests: `JSONValueTests`.
public enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case integer(Int)
    case number(Double)
    case string(String)
    case array([JSONValue])
    /// Members in the order they are written; keys should be unique.
    case object([(String, JSONValue)])

    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): true
        case let (.bool(a), .bool(b)): a == b
        case let (.integer(a), .integer(b)): a == b
        case let (.number(a), .number(b)): a == b
        case let (.string(a), .string(b)): a == b
        case let (.array(a), .array(b)): a == b
        case let (.object(a), .object(b)):
            a.count == b.count && zip(a, b).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
        default: false
        }
    }

    /// The JSON text of this value, without a final newline.
    ///
    /// Compact (`pretty: false`): no spaces at all. Pretty: two-space indentation, one member
    /// or element per line, `"key": value`; empty arrays and objects stay `[]` and `{}`.
    /// Doubles are written with Swift's shortest round-trip `description` (`0.31`, `1e-05`,
    /// `3.0`), which JSON's number grammar accepts; NaN and infinities, which JSON cannot hold,
    /// become `null`. Strings are escaped as RFC 8259 §7 requires (`"`, `\`, and U+0000–U+001F,
    /// using `\b \f \n \r \t` where they exist and `\u00XX` otherwise); U+2028 and U+2029 are
    /// escaped too, so that the text can be embedded in a `<script>` element.
    public func serialized(pretty: Bool) -> String {
        var output: [UInt8] = []
        write(to: &output, pretty: pretty, depth: 0)
        return String(decoding: output, as: UTF8.self)
    }

    /// Parses JSON text strictly (RFC 8259, see ``JSONParser``); `source` names it in messages.
    public static func parse(_ bytes: [UInt8], source: String) throws(JSONError) -> JSONValue {
        let result: Result<JSONValue, JSONError> = bytes.withUnsafeBufferPointer { buffer in
            Result { () throws(JSONError) in
                var parser = JSONParser(bytes: buffer, source: source)
                return try parser.parseDocument()
            }
        }
        return try result.get()
    }

    private func write(to output: inout [UInt8], pretty: Bool, depth: Int) {
        switch self {
        case .null: output.append(contentsOf: "null".utf8)
        case let .bool(value): output.append(contentsOf: (value ? "true" : "false").utf8)
        case let .integer(value): output.append(contentsOf: String(value).utf8)
        case let .number(value):
            output.append(contentsOf: (value.isFinite ? value.description : "null").utf8)
        case let .string(value): Self.writeString(value, to: &output)
        case let .array(elements):
            Self.writeContainer(
                elements, open: UInt8(ascii: "["), close: UInt8(ascii: "]"), to: &output,
                pretty: pretty, depth: depth
            ) { element, output in
                element.write(to: &output, pretty: pretty, depth: depth + 1)
            }
        case let .object(members):
            Self.writeContainer(
                members, open: UInt8(ascii: "{"), close: UInt8(ascii: "}"), to: &output,
                pretty: pretty, depth: depth
            ) { member, output in
                Self.writeString(member.0, to: &output)
                output.append(UInt8(ascii: ":"))
                if pretty { output.append(UInt8(ascii: " ")) }
                member.1.write(to: &output, pretty: pretty, depth: depth + 1)
            }
        }
    }

    private static func writeContainer<Item>(
        _ items: [Item], open: UInt8, close: UInt8, to output: inout [UInt8], pretty: Bool,
        depth: Int, writeItem: (Item, inout [UInt8]) -> Void
    ) {
        output.append(open)
        for (offset, item) in items.enumerated() {
            if offset > 0 { output.append(UInt8(ascii: ",")) }
            if pretty { newline(to: &output, depth: depth + 1) }
            writeItem(item, &output)
        }
        if pretty && !items.isEmpty { newline(to: &output, depth: depth) }
        output.append(close)
    }

    private static func newline(to output: inout [UInt8], depth: Int) {
        output.append(0x0A)
        output.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * depth))
    }

    private static func writeString(_ text: String, to output: inout [UInt8]) {
        let hexDigits = Array("0123456789abcdef".utf8)
        output.append(UInt8(ascii: "\""))
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output.append(contentsOf: #"\""#.utf8)
            case "\\": output.append(contentsOf: #"\\"#.utf8)
            case "\u{08}": output.append(contentsOf: #"\b"#.utf8)
            case "\u{0C}": output.append(contentsOf: #"\f"#.utf8)
            case "\n": output.append(contentsOf: #"\n"#.utf8)
            case "\r": output.append(contentsOf: #"\r"#.utf8)
            case "\t": output.append(contentsOf: #"\t"#.utf8)
            case "\u{00}"..."\u{1F}", "\u{2028}", "\u{2029}":
                output.append(contentsOf: #"\u"#.utf8)
                for shift in stride(from: 12, through: 0, by: -4) {
                    output.append(hexDigits[Int(scalar.value >> UInt32(shift)) & 0xF])
                }
            default: output.append(contentsOf: String(scalar).utf8)
            }
        }
        output.append(UInt8(ascii: "\""))
    }
}
