/// Reading values out of parsed JSON, for sbo's manifests:
/// `manifest["design"]?["seed"]?.stringValue`.
extension JSONValue {
    /// The value of the first member named `key` of an object; nil for a missing key or a
    /// value that is not an object.
    public subscript(key: String) -> JSONValue? {
        guard case let .object(members) = self else { return nil }
        return members.first { $0.0 == key }?.1
    }

    /// The text of a `.string`, else nil.
    public var stringValue: String? {
        if case let .string(value) = self { value } else { nil }
    }

    /// The value of a `.bool`, else nil.
    public var boolValue: Bool? {
        if case let .bool(value) = self { value } else { nil }
    }

    /// The value of an `.integer`, else nil (a `.number` is not converted).
    public var integerValue: Int? {
        if case let .integer(value) = self { value } else { nil }
    }

    /// The value of a `.number`, or of an `.integer` as a double; else nil.
    public var doubleValue: Double? {
        switch self {
        case let .number(value): value
        case let .integer(value): Double(value)
        default: nil
        }
    }

    /// The elements of an `.array`, else nil.
    public var arrayValue: [JSONValue]? {
        if case let .array(value) = self { value } else { nil }
    }

    /// The members of an `.object`, in order, else nil.
    public var objectValue: [(String, JSONValue)]? {
        if case let .object(value) = self { value } else { nil }
    }
}
