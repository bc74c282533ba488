/// A station whose official turnout differs from what its observers counted.
public struct StationDiscrepancy: Sendable, Equatable, Hashable {
    /// The station's id.
    public let id: String
    /// Observers' ballots cast / registered voters.
    public let observedTurnout: Double
    /// Official ballots cast / official registered voters.
    public let officialTurnout: Double

    public init(id: String, observedTurnout: Double, officialTurnout: Double) {
        self.id = id
        self.observedTurnout = observedTurnout
        self.officialTurnout = officialTurnout
    }

    /// Official minus observed turnout (positive: more ballots officially than observed).
    public var gap: Double { officialTurnout - observedTurnout }
}
