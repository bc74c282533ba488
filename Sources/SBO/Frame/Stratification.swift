/// A partition of a frame's stations into strata, named by the values of one column.
///
/// Strata are ordered by their names in byte order (UTF-8, as C's `strcmp`), which is the order
/// of SAMPLE.csv and the tie-break of largest-remainder allocation: it does not depend on the
/// order of the frame's rows, the platform or the locale.
public struct Stratification: Sendable, Equatable {
    /// The column that defines the strata, or nil for the single stratum `all`.
    public let column: String?
    /// Stratum names in byte order.
    public let names: [String]
    /// For each stratum, the frame rows of its stations in frame order.
    public let members: [[Int]]

    /// The name of the single stratum of an unstratified design (SPEC).
    public static let singleStratumName = "all"

    /// The number of stations in each stratum, N_h.
    public var populations: [Int] { members.map(\.count) }

    /// Byte-order comparison of two names.
    public static func byteOrder(_ a: String, _ b: String) -> Bool {
        a.utf8.lexicographicallyPrecedes(b.utf8)
    }
}
