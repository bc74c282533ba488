/// The election fingerprint (Klimek, Yegorov, Hanel & Thurner 2012): a two-dimensional
/// histogram of voters over stations' turnout (x) and the leader's share (y). In a clean
/// election it is one compact blob; ballot stuffing smears it towards the top right corner,
/// and a cluster at (100 %, 100 %) marks stations where everyone voted for the leader.
///
/// With B bins per axis (``bins``, 100: one per percentage point), station i adds its
/// voters (ballots cast b_i) to cell
/// ```
/// (⌊B · min(t_i, 1)⌋ ∧ (B − 1),  ⌊B · s_i⌋ ∧ (B − 1)),   t_i = b_i / r_i,  s_i = leader_i / valid_i
/// ```
/// Stations without registered voters or without valid votes are left out (``stationsLeftOut``);
/// turnout above 100 % falls in the last column.
///
/// Reference: P. Klimek, Y. Yegorov, R. Hanel, S. Thurner, "Statistical detection of
/// systematic election irregularities", PNAS 109(41):16469–16473, 2012,
/// [doi:10.1073/pnas.1210722109].
///
/// [doi:10.1073/pnas.1210722109]: https://doi.org/10.1073/pnas.1210722109
public struct Fingerprint: Sendable, Equatable {
    /// Bins per axis.
    public let bins: Int
    /// The leader's column.
    public let leader: String
    /// The `--by` group, nil for all stations.
    public let domain: String?
    /// Voters per cell, `voters[y * bins + x]`.
    public let voters: [Double]
    /// Stations without registered voters or valid votes.
    public let stationsLeftOut: Int

    /// The fingerprint of the stations `rows`; nil without candidates.
    public init?(official: OfficialResults, rows: [Int], domain: String? = nil, bins: Int = 100) {
        guard let leader = official.leaderIndex else { return nil }
        precondition(bins >= 1, "at least one bin")
        let valid = official.validVotes
        var cells = [Double](repeating: 0, count: bins * bins)
        var leftOut = 0
        for row in rows {
            let r = official.registeredVoters[row], v = valid[row]
            guard r > 0, v > 0 else {
                leftOut += 1
                continue
            }
            let b = official.ballotsCast[row]
            let x = min(bins - 1, Int(Double(bins) * min(1, Double(b) / Double(r))))
            let y = min(bins - 1, Int(Double(bins) * Double(official.votes[leader][row]) / Double(v)))
            cells[y * bins + x] += Double(b)
        }
        self.bins = bins
        self.leader = official.candidateColumns[leader]
        self.domain = domain
        self.voters = cells
        self.stationsLeftOut = leftOut
    }
}
