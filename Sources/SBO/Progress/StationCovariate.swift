/// One column of the sample on which the stations that reported are compared with those
/// still outstanding (``RepresentativenessTest``): its value at each sampled primary station.
public struct StationCovariate: Sendable, Equatable {
    /// A covariate's values, one per station.
    public enum Values: Sendable, Equatable {
        /// The level of each station, `0..<levelCount`; a missing cell is a level of its own.
        case categorical(levels: [Int], levelCount: Int)
        /// A number per station (registered voters); nil where the cell is missing.
        case numeric([Double?])
    }

    /// The column's name (`stratum` for the design's strata).
    public let name: String
    /// The values, one per station in the test's order.
    public let values: Values

    public init(name: String, values: Values) {
        self.name = name
        self.values = values
    }

    /// The number of stations.
    public var count: Int {
        switch values {
        case let .categorical(levels, _): levels.count
        case let .numeric(numbers): numbers.count
        }
    }

    /// A categorical covariate from text cells (trimmed; every missing spelling one level),
    /// levels numbered in order of first appearance.
    public static func categorical(name: String, cells: [String]) -> StationCovariate {
        var levelOf: [String: Int] = [:]
        let levels = cells.map { cell in
            let key = CellValue.isMissing(cell) ? "" : cell.trimmingBlanks
            if let level = levelOf[key] { return level }
            levelOf[key] = levelOf.count
            return levelOf.count - 1
        }
        return StationCovariate(name: name, values: .categorical(levels: levels, levelCount: levelOf.count))
    }

    /// Whether the covariate takes more than one value (a constant cannot tell reporting
    /// stations from outstanding ones and is not tested).
    public var varies: Bool {
        switch values {
        case let .categorical(_, levelCount): return levelCount > 1
        case let .numeric(numbers):
            let present = numbers.compactMap { $0 }
            return present.contains { $0 != present[0] }
        }
    }
}
