/// A station submitted more than once: which row was kept and which were dropped.
public struct DuplicateSubmission: Sendable, Equatable, Hashable, CustomStringConvertible {
    /// Why one row could be kept.
    public enum Resolution: String, Sendable, Hashable {
        /// The rows agree in every used column.
        case identical
        /// The rows differ; the latest by submission time was kept (`--duplicates latest`).
        case latest
        /// The rows differ; the first by submission time was kept (`--duplicates first`).
        case first
    }

    /// The file's name in messages.
    public let source: String
    /// The station's id.
    public let station: String
    /// The line of the row kept.
    public let keptLine: Int
    /// The lines of the rows dropped.
    public let droppedLines: [Int]
    /// Why.
    public let resolution: Resolution
    /// The used columns in which the rows differ (empty when identical).
    public let differingColumns: [String]

    public init(
        source: String, station: String, keptLine: Int, droppedLines: [Int], resolution: Resolution,
        differingColumns: [String]
    ) {
        self.source = source
        self.station = station
        self.keptLine = keptLine
        self.droppedLines = droppedLines
        self.resolution = resolution
        self.differingColumns = differingColumns
    }

    /// A sentence naming the station, the lines and what was done.
    public var description: String {
        let dropped = droppedLines.map(String.init).joined(separator: ", ")
        let s = droppedLines.count == 1 ? "" : "s"
        switch resolution {
        case .identical:
            return "\(source):\(keptLine): station '\(station)' was submitted again with the same answers "
                + "(line\(s) \(dropped)); kept once"
        case .latest, .first:
            return "\(source):\(keptLine): station '\(station)' was submitted again with different "
                + "\(differingColumns.joined(separator: ", ")); kept the \(resolution.rawValue) submission "
                + "(line \(keptLine)), dropped line\(s) \(dropped) (--duplicates \(resolution.rawValue))"
        }
    }
}
