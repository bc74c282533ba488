@testable import SBO

/// A stratified sample for election-night tests, as CSV text read through the real readers:
/// 120 primary stations in four strata of 30 (N_h = 300 each), 48 of them `urban` (every
/// fifth station from index 0 and 3 in each ten: 0, 3, 5, 8 → 4 in 10), urban stations with
/// 1,000–1,900 registered voters and rural ones with 150–1,000, a `district` column with 120
/// distinct values (too many to be compared), and one reserve per stratum.
/// Observations carry `_submission_time`, a minute apart in the arrival order asked for.
enum ProgressFixture {
    static let primaryCount = 120
    static let strata = ["north", "south", "east", "west"]

    static func isUrban(_ station: Int) -> Bool { [0, 3, 5, 8].contains(station % 10) }

    static func registeredVoters(_ station: Int) -> Int {
        isUrban(station) ? 1000 + (station * 37) % 900 : 150 + (station * 53) % 850
    }

    static var sampleCSV: String {
        var text = "station_id,district,urban,registered_voters,stratum,stratum_size,role,order,inclusion_probability,weight\n"
        for station in 0..<(primaryCount + strata.count) {
            let isPrimary = station < primaryCount
            let stratum = strata[isPrimary ? station % strata.count : station - primaryCount]
            let order = isPrimary ? station / strata.count + 1 : 31
            text += "S\(station),D\(station),\(isUrban(station) ? "urban" : "rural"),\(registeredVoters(station)),"
            text += "\(stratum),300,\(isPrimary ? "primary" : "reserve"),\(order),0.1,10\n"
        }
        return text
    }

    static func sample() throws -> SampleDesign {
        try SampleDesign(table: CSVReader.parse(Array(sampleCSV.utf8), source: "sample.csv"))
    }

    /// The time of the k-th report (k from 0): 2024-02-07 16:00 UTC plus k minutes.
    static func time(_ k: Int) -> String {
        let minutes = 16 * 60 + k
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "2024-02-07T\(two(minutes / 60)):\(two(minutes % 60)):00Z"
    }

    /// OBS.csv with the stations of `order` arriving in that order (rows in station order,
    /// so that the file's order is not the arrival order): `ballot_stuffing` at urban
    /// stations with an odd index, turnout higher in rural stations.
    static func observationsCSV(order: [Int]) -> String {
        var arrival: [Int: Int] = [:]
        for (k, station) in order.enumerated() { arrival[station] = k }
        var text = "station_id,ballot_stuffing,late_opening,ballots_cast,votes_a,votes_b,_submission_time\n"
        for station in arrival.keys.sorted() {
            let voters = registeredVoters(station)
            let cast = voters * (isUrban(station) ? 55 : 75) / 100
            let a = cast * (isUrban(station) ? 40 : 70) / 100
            text += "S\(station),\(isUrban(station) && station % 2 == 1 ? "yes" : "no"),\(station % 7 == 0 ? "yes" : "no"),"
            text += "\(cast),\(a),\(cast - a),\(time(arrival[station]!))\n"
        }
        return text
    }

    static func observationsTable(order: [Int]) throws -> CSVTable {
        try CSVReader.parse(Array(observationsCSV(order: order).utf8), source: "obs.csv")
    }

    /// The primaries in a random order drawn with `seed`.
    static func randomOrder(seed: UInt64) -> [Int] {
        var generator = SplitMix64(seed: seed)
        var order = Array(0..<primaryCount)
        for i in order.indices.dropLast() {
            order.swapAt(i, i + generator.next(below: order.count - i))
        }
        return order
    }

    /// Urban primaries first (in station order), then rural ones.
    static var urbanFirstOrder: [Int] {
        (0..<primaryCount).filter(isUrban) + (0..<primaryCount).filter { !isUrban($0) }
    }
}
