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

    /// A sentence naming the station, the lines and what was done, in `m`'s words.
    public func text(_ m: DataQualityMessages) -> String {
        let dropped = droppedLines.map(String.init)
        switch resolution {
        case .identical:
            return m.duplicateIdentical(source, String(keptLine), station, dropped)
        case .latest, .first:
            return m.duplicateResolved(source, String(keptLine), station, differingColumns, resolution == .latest, dropped)
        }
    }

    /// The sentence in English.
    public var description: String { text(.english) }
}
