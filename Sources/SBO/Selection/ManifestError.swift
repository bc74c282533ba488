/// A manifest that cannot be used.
public enum ManifestError: ReportableError, Equatable {
    case malformed(source: String, detail: String)
    case missingField(source: String, field: String)
    /// `field` holds `value`, which no sample can have been drawn with; `expected` says what can.
    case invalidValue(source: String, field: String, value: String, expected: String)

    public var kind: FailureKind { .badData }

    public var description: String {
        switch self {
        case let .malformed(source, detail):
            "\(source): not a valid sbo manifest: \(detail)"
        case let .missingField(source, field):
            "\(source): the manifest lacks '\(field)' or it has the wrong type; was it written by sbo sample?"
        case let .invalidValue(source, field, value, expected):
            "\(source): the manifest's '\(field)' is \(value), but it must be \(expected); was it written by sbo sample?"
        }
    }
}
