/// A manifest that cannot be used. Messages are `FILE:LINE: what is wrong`.
public enum ManifestError: ReportableError, Equatable {
    /// Not JSON; `detail` is the ``JSONError``'s message, which names file and line.
    case malformed(detail: String)
    /// `field` is missing or of the wrong type; `line` is where it (or its parent) stands.
    case missingField(source: String, line: Int, field: String)
    /// `field` holds `value`, which no sample can have been drawn with; `expected` says what can.
    case invalidValue(source: String, line: Int, field: String, value: String, expected: String)

    public var kind: FailureKind { .badData }

    public var description: String {
        switch self {
        case let .malformed(detail):
            "\(detail) (not a valid sbo manifest)"
        case let .missingField(source, line, field):
            "\(source):\(line): the manifest lacks '\(field)' or it has the wrong type; was it written by sbo sample?"
        case let .invalidValue(source, line, field, value, expected):
            "\(source):\(line): the manifest's '\(field)' is \(value), but it must be \(expected); was it written by sbo sample?"
        }
    }
}
