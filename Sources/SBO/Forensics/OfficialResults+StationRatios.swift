/// The station-level figures that `sbo forensics` examines.
extension OfficialResults {
    /// Turnout: ballots cast out of registered voters, per station.
    public var turnoutRatio: StationRatio {
        StationRatio(name: "turnout", numerators: ballotsCast, denominators: registeredVoters)
    }

    /// All candidates' votes per station (the denominator of every share).
    public var validVotes: [Int] {
        var sums = [Int](repeating: 0, count: ids.count)
        for column in votes {
            for row in column.indices { sums[row] += column[row] }
        }
        return sums
    }

    /// Each candidate's share of all candidates' votes, per station, in
    /// ``candidateColumns`` order.
    public var shareRatios: [StationRatio] {
        let valid = validVotes
        return zip(candidateColumns, votes).map {
            StationRatio(name: $0.0, numerators: $0.1, denominators: valid)
        }
    }

    /// The candidate with the most votes nationally (the first in column order on a tie);
    /// nil without candidates.
    public var leaderIndex: Int? {
        let totals = votes.map { $0.reduce(0, +) }
        guard let best = totals.max() else { return nil }
        return totals.firstIndex(of: best)
    }
}
