/// A manifest that cannot be used.
public enum ManifestError: ReportableError, Equatable {
    case malformed(source: String, detail: String)
    case missingField(source: String, field: String)

    public var kind: FailureKind { .badData }

    public var description: String {
        switch self {
        case let .malformed(source, detail):
            "\(source): not a valid sbo manifest: \(detail)"
        case let .missingField(source, field):
            "\(source): the manifest lacks '\(field)' or it has the wrong type; was it written by sbo sample?"
        }
    }
}
