/// A figure that every station of the official results reports as a count out of a count:
/// turnout (ballots cast out of registered voters) or a candidate's share (the candidate's
/// votes out of all candidates' votes).
///
/// For a set of stations G the figure is the ratio of sums (each station weighted by its
/// denominator, as the national figure is):
/// ```
/// R_G = Σ_{i∈G} y_i / Σ_{i∈G} x_i        y = numerators, x = denominators
/// ```
public struct StationRatio: Sendable, Equatable {
    /// `turnout` or the candidate's column (`votes_x`).
    public let name: String
    /// y_i per station of the official file, in file order.
    public let numerators: [Int]
    /// x_i per station of the official file, in file order.
    public let denominators: [Int]

    public init(name: String, numerators: [Int], denominators: [Int]) {
        precondition(numerators.count == denominators.count, "one numerator per denominator")
        self.name = name
        self.numerators = numerators
        self.denominators = denominators
    }

    /// R over the stations `rows`; nil when their denominators sum to 0.
    public func ratio(over rows: some Sequence<Int>) -> Double? {
        var y = 0.0, x = 0.0
        for row in rows {
            y += Double(numerators[row])
            x += Double(denominators[row])
        }
        return x > 0 ? y / x : nil
    }
}
