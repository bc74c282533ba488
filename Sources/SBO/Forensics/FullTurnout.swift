/// Stations whose official turnout is at or above 99 % and at or above 100 % of the
/// registered voters: in a free election with a full voter list these are rare outside small
/// special stations (hospitals, military units), and above 100 % impossible without
/// additional voters who are not on the list.
///
/// ```
/// at_least_99  = #{i : 100·b_i ≥ 99·r_i}       at_least_100 = #{i : b_i ≥ r_i}
/// ```
/// over the stations with r_i > 0 (b = ballots cast, r = registered voters), counted exactly
/// in integers.
public struct FullTurnout: Sendable, Equatable {
    /// The `--by` group, nil for all stations.
    public let domain: String?
    /// Stations with registered voters.
    public let stations: Int
    /// Stations at 99 % turnout or above.
    public let atLeast99: Int
    /// Stations at 100 % turnout or above.
    public let atLeast100: Int

    /// Counts over the stations `rows` of `official`.
    public init(official: OfficialResults, rows: [Int], domain: String? = nil) {
        var stations = 0, high = 0, full = 0
        for row in rows where official.registeredVoters[row] > 0 {
            let b = official.ballotsCast[row], r = official.registeredVoters[row]
            stations += 1
            if 100 * b >= 99 * r { high += 1 }
            if b >= r { full += 1 }
        }
        self.domain = domain
        self.stations = stations
        self.atLeast99 = high
        self.atLeast100 = full
    }
}
