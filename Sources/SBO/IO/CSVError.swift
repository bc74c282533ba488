/// Why a CSV file cannot be read as a table.
///
/// Every message is one line, `FILE:LINE: what is wrong` (only `FILE:` when the file cannot be
/// opened), and says how to fix the file. The command-line tool prefixes `error: ` and maps
/// ``kind`` to the exit status.
public enum CSVError: SeveralProblems, Equatable {
    /// The file cannot be opened or read; `reason` is the system's explanation.
    case unreadable(source: String, reason: String)
    /// The file is UTF-16 (or UTF-32) text, as Excel's "Unicode Text" export writes.
    case utf16(source: String)
    /// Bytes on `line` are not well-formed UTF-8.
    case invalidUTF8(source: String, line: Int)
    /// A NUL byte on `line`: binary data, or UTF-16 text that was not recognised as such.
    case nulByte(source: String, line: Int)
    /// The file is empty or holds only blank lines, so it has no header row.
    case missingHeader(source: String)
    /// Header column `column` (1-based) has an empty name and is not a trailing empty column.
    case unnamedColumn(source: String, line: Int, column: Int)
    /// Header columns `first` and `second` (1-based) have the same `name`.
    case duplicateColumn(source: String, line: Int, name: String, first: Int, second: Int)
    /// The row starting on `line` has `found` fields where the header has `expected`.
    case fieldCount(source: String, line: Int, expected: Int, found: Int, delimiter: UInt8)
    /// Several problems of one file, in file order: every row with another field count than the
    /// header's (``fieldCount``), and the grammar error that ended the read, if one did.
    case several(source: String, problems: [CSVError])
    /// A quoted field opened on `line` is never closed.
    case unterminatedQuote(source: String, line: Int)
    /// Field `column` (1-based) on `line` has text after its closing quote.
    case textAfterClosingQuote(source: String, line: Int, column: Int)
    /// The table has no column `name`; `suggestion` is the closest column name, if any is close.
    case missingColumn(source: String, line: Int, name: String, suggestion: String?)

    public var kind: FailureKind {
        switch self {
        case .unreadable: .unreadableInput
        default: .badData
        }
    }

    public var description: String {
        switch self {
        case let .unreadable(source, reason):
            return "\(source): cannot read the file (\(reason)); check the path and its permissions"
        case let .utf16(source):
            return "\(source):1: the file is UTF-16 text; save it as UTF-8"
                + " (in Excel: Save As, \"CSV UTF-8 (Comma delimited)\")"
        case let .invalidUTF8(source, line):
            return "\(source):\(line): bytes that are not valid UTF-8;"
                + " save the file as UTF-8 (in Excel: \"CSV UTF-8\"), not in a legacy encoding"
        case let .nulByte(source, line):
            return "\(source):\(line): a NUL byte; a CSV file must be UTF-8 text, not binary data"
        case let .missingHeader(source):
            return "\(source):1: the file is empty or holds only blank lines;"
                + " its first line must be a header row naming the columns"
        case let .unnamedColumn(source, line, column):
            return "\(source):\(line): header column \(column) has no name; give every column a name"
        case let .duplicateColumn(source, line, name, first, second):
            return "\(source):\(line): header columns \(first) and \(second) are both named"
                + " \"\(name)\"; rename one of them"
        case let .fieldCount(source, line, expected, found, delimiter):
            return "\(source):\(line): the row has \(found) field\(found == 1 ? "" : "s") but the header has \(expected);"
                + " the delimiter is \(Self.name(ofDelimiter: delimiter)), so a field that contains"
                + " it must be quoted (\"...\")"
        case let .several(source, problems):
            return "\(source): \(problems.count) problems (each listed below)"
        case let .unterminatedQuote(source, line):
            return "\(source):\(line): a quoted field starts here but its closing quote is missing;"
                + " write a quote inside a quoted field as \"\""
        case let .textAfterClosingQuote(source, line, column):
            return "\(source):\(line): field \(column) has text after its closing quote;"
                + " quote the whole field and write a quote inside it as \"\""
        case let .missingColumn(source, line, name, suggestion):
            let hint = suggestion.map { " (did you mean \"\($0)\"?)" } ?? ""
            return "\(source):\(line): there is no column named \"\(name)\"\(hint);"
                + " rename the column or name another one"
        }
    }

    var severalProblems: [CSVError]? {
        if case let .several(_, problems) = self { return problems }
        return nil
    }

    /// The line the problem is on, when it has one.
    var line: Int? {
        switch self {
        case let .invalidUTF8(_, line), let .nulByte(_, line), let .unnamedColumn(_, line, _),
             let .duplicateColumn(_, line, _, _, _), let .fieldCount(_, line, _, _, _), let .unterminatedQuote(_, line),
             let .textAfterClosingQuote(_, line, _), let .missingColumn(_, line, _, _):
            return line
        case .utf16, .missingHeader: return 1
        case .unreadable, .several: return nil
        }
    }

    /// How a delimiter byte is named in messages.
    static func name(ofDelimiter delimiter: UInt8) -> String {
        switch delimiter {
        case UInt8(ascii: ","): "a comma"
        case UInt8(ascii: ";"): "a semicolon"
        case UInt8(ascii: "\t"): "a tab"
        default: "\"\(Character(Unicode.Scalar(delimiter)))\""
        }
    }
}
