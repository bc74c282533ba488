/// What can be wrong with a sampling frame. Messages name the file and line(s).
public enum FrameError: SeveralProblems, Equatable {
    /// A column the command needs is absent; `suggestion` is the closest existing name.
    case missingColumn(source: String, line: Int, column: String, option: String, suggestion: String?)
    /// A station without an id.
    case emptyIdentifier(source: String, line: Int, column: String)
    /// The same id on two lines.
    case duplicateIdentifier(source: String, id: String, firstLine: Int, secondLine: Int)
    /// A size that is not a non-negative whole number.
    case invalidSize(source: String, line: Int, column: String, value: String)
    /// A size above ``SamplingFrame/maximumSize``.
    case sizeTooLarge(source: String, line: Int, column: String, value: String)
    /// A station without a value in the stratification column.
    case emptyStratum(source: String, line: Int, column: String)
    /// The frame has a header but no station.
    case noStations(source: String)
    /// Two values of `column` (ids or strata) that are the same text in different Unicode
    /// spellings (canonically equivalent, e.g. é as one code point and as e + ◌́), which a
    /// reader could merge or keep apart; sbo refuses them rather than depend on row order.
    case unicodeVariants(source: String, column: String, value: String, firstLine: Int, secondLine: Int)
    /// Several of the problems above in one file, in the order of their lines: every finding
    /// of a check, so that one run lists them all.
    case several(source: String, problems: [FrameError])

    public var kind: FailureKind { .badData }

    public var description: String {
        switch self {
        case let .missingColumn(source, line, column, option, suggestion):
            let hint = suggestion.map { "; did you mean '\($0)'? (\(option) \($0))" } ?? "; name the column with \(option)"
            return "\(source):\(line): no column '\(column)' in the header\(hint)"
        case let .emptyIdentifier(source, line, column):
            return "\(source):\(line): empty \(column); every polling station needs an id"
        case let .duplicateIdentifier(source, id, firstLine, secondLine):
            return "\(source):\(secondLine): \(Self.quoted(id)) appears twice (lines \(firstLine) and \(secondLine)); station ids must be unique"
        case let .invalidSize(source, line, column, value):
            return "\(source):\(line): \(column) must be a non-negative whole number, got \(Self.quoted(value))"
        case let .sizeTooLarge(source, line, column, value):
            return "\(source):\(line): \(column) must be at most \(SamplingFrame.maximumSize) at one polling station, got \(Self.quoted(value)); check the column for a wrong value"
        case let .emptyStratum(source, line, column):
            return "\(source):\(line): empty \(column); every station needs a stratum (fill it in, or stratify by another column)"
        case let .noStations(source):
            return "\(source):2: the frame has a header but no polling stations"
        case let .unicodeVariants(source, column, value, firstLine, secondLine):
            return "\(source):\(secondLine): \(column) \(Self.quoted(value)) is spelt with other Unicode code points than the same-looking value on line \(firstLine); write both the same way (e.g. both NFC)"
        case let .several(source, problems):
            return "\(source): \(problems.count) problems (each listed below)"
        }
    }

    var severalProblems: [FrameError]? {
        if case let .several(_, problems) = self { return problems }
        return nil
    }

    /// The line the problem is on, when it has one.
    var line: Int? {
        switch self {
        case let .missingColumn(_, line, _, _, _), let .emptyIdentifier(_, line, _), let .invalidSize(_, line, _, _),
             let .sizeTooLarge(_, line, _, _), let .emptyStratum(_, line, _):
            return line
        case let .duplicateIdentifier(_, _, _, line), let .unicodeVariants(_, _, _, _, line): return line
        case .noStations: return 2
        case .several: return nil
        }
    }

    /// A value shown in a message: quoted, and cut short if long.
    static func quoted(_ value: String) -> String {
        let shown = value.count > 40 ? String(value.prefix(40)) + "…" : value
        return "'\(shown)'"
    }
}
