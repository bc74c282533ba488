/// A station whose counts are impossible, and what is wrong with them.
public struct ExcludedCount: Sendable, Equatable, Hashable, CustomStringConvertible {
    /// The file's name in messages.
    public let source: String
    /// The 1-based line of the row.
    public let line: Int
    /// The station's id.
    public let station: String
    /// What is impossible, in the order found.
    public let problems: [CountProblem]

    public init(source: String, line: Int, station: String, problems: [CountProblem]) {
        self.source = source
        self.line = line
        self.station = station
        self.problems = problems
    }

    /// What is impossible, in English, as JSON's `problem` gives it (`ballots_cast 8400 is
    /// more than its 1519 registered voters`).
    public var problem: String { problems.map(\.description).joined(separator: "; ") }

    /// The station and its problems in `m`'s words, counts written by `count`.
    public func text(_ m: DataQualityMessages, count: (Int) -> String) -> String {
        m.impossibleCount(source, String(line), station, problems.map { $0.text(m, count: count) })
    }

    /// `FILE:LINE: station 'ID': PROBLEM`.
    public var description: String { text(.english, count: String.init) }
}
