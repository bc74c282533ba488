/// A cell of an indicator column that reads as neither yes nor no.
public struct UnreadableAnswer: Sendable, Equatable, Hashable, CustomStringConvertible {
    /// The file's name in messages.
    public let source: String
    /// The 1-based line of the row.
    public let line: Int
    /// The column's name as in the file.
    public let column: String
    /// The cell, trimmed.
    public let value: String
    /// The closest yes/no word, for "did you mean"; nil when none is close.
    public let suggestion: String?

    public init(source: String, line: Int, column: String, value: String, suggestion: String?) {
        self.source = source
        self.line = line
        self.column = column
        self.value = value
        self.suggestion = suggestion
    }

    /// The finding in `m`'s words.
    public func text(_ m: DataQualityMessages) -> String {
        m.unreadableAnswer(source, String(line), column, value, suggestion)
    }

    /// `FILE:LINE: COLUMN 'VALUE' is not a yes/no answer (did you mean 'yes'?)`.
    public var description: String { text(.english) }
}
