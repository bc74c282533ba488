/// A column of an export that is not used, and why.
public struct UnusedColumn: Sendable, Equatable, Hashable {
    /// Why a column is not used: one case per rule, so that people read the reason in their
    /// language (``DataQualityMessages``) and programs in English (``description``, JSON
    /// `reason`).
    public enum Reason: Sendable, Equatable, Hashable, CustomStringConvertible {
        /// The codebook says `ignore`.
        case markedIgnore(codebook: String)
        /// A count other than ballots cast, registered voters and votes: named so by the
        /// codebook (no line), or found to hold counts (the first line that shows it).
        case count(line: Int?, value: String?)
        /// The codebook names a second time column; `time` is the one used.
        case secondTimeColumn(time: String)
        /// A submission-time column whose cells do not read as times.
        case unreadableTimes(line: Int, value: String)
        /// Form metadata (KoboToolbox, ODK).
        case formMetadata
        /// Neither yes/no answers nor counts.
        case notYesNo(line: Int, value: String)
        /// An indicator left out by `--indicators`.
        case notAmongIndicators
        /// A column of OFFICIAL.csv that the forensics do not read.
        case notAnOfficialCount(column: String)

        /// The reason in `m`'s words (line numbers as they are).
        public func text(_ m: DataQualityMessages) -> String {
            switch self {
            case let .markedIgnore(codebook): m.reasonMarkedIgnore(codebook)
            case let .count(line, value): m.reasonCount(line.map(String.init), value)
            case let .secondTimeColumn(time): m.reasonSecondTime(time)
            case let .unreadableTimes(line, value): m.reasonUnreadableTimes(String(line), value)
            case .formMetadata: m.reasonMetadata
            case let .notYesNo(line, value): m.reasonNotYesNo(String(line), value)
            case .notAmongIndicators: m.reasonNotAmongIndicators
            case let .notAnOfficialCount(column): m.reasonNotAnOfficialCount(column)
            }
        }

        /// In English, as JSON's `reason` gives it (`form metadata (KoboToolbox/ODK), not an observation`).
        public var description: String { text(.english) }
    }

    /// The column's name as in the file.
    public let column: String
    /// Why it is not used.
    public let kind: Reason
    /// Why, in English, as a phrase (`form metadata (KoboToolbox/ODK), not an observation`).
    public var reason: String { kind.description }

    public init(column: String, reason: Reason) {
        self.column = column
        self.kind = reason
    }
}
