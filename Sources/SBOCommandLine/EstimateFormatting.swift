import SBO

/// How `estimate` and `compare` write estimates: for people as percentages with one decimal
/// (`ReportNumber`), for scripts as plain fractions, a missing value as null (JSON) or an
/// empty cell (CSV).
enum EstimateFormatting {
    /// A JSON number, or null.
    static func json(_ value: Double?) -> JSONValue {
        value.map(JSONValue.number) ?? .null
    }

    /// A plain CSV number (shortest round-trip text), or an empty cell.
    static func csv(_ value: Double?) -> String {
        value.map { "\($0)" } ?? ""
    }

    /// The name of an interval rule in JSON and CSV.
    static func ruleName(_ rule: IntervalRule?) -> String? {
        switch rule {
        case .standard?: "standard"
        case .kornGraubardAnsweringStations?: "korn-graubard-answering-stations"
        case .census?: "census"
        case let .bootstrap(interval)?: "bootstrap-\(interval.rawValue)"
        case nil: nil
        }
    }

    /// The method as the output names it: the `--method` value.
    static func methodName(_ report: EstimationReport) -> String {
        guard let bootstrap = report.bootstrap else { return report.method.commandLineName }
        return bootstrap.interval == .bca ? "bootstrap-bca" : "bootstrap"
    }
}
