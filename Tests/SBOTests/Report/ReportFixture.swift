import Foundation
@testable import SBO

/// A small observation with hostile names, as CSV text read through the real readers:
/// strata A (N = 100; 12 primaries, the last of which did not report, and one reserve that
/// did) and B (N = 40; 8 primaries), a `region` column whose odd stations carry a hostile
/// domain name, the indicators `ballot_stuffing` (yes at every fourth station), a column with
/// a hostile name (yes at every third) and `late_opening` (never: a 0% estimate), turnout and
/// two candidates; official results that inflate turnout at three stations.
enum ReportFixture {
    static let hostile = "<script>alert(\"x\")</script> & 'q'"
    static let hostileDomain = "<b>&\"south'</b>"

    /// CSV-quoted cell.
    static func cell(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// (id, stratum, role, order, probability, weight, N_h) of every sampled station.
    static var stations: [(id: String, stratum: String, role: String, order: Int, probability: Double, size: Int)] {
        (1...13).map { ("A\($0)", "A", $0 <= 12 ? "primary" : "reserve", $0, 0.12, 100) }
            + (1...8).map { ("B\($0)", "B", "primary", $0, 0.2, 40) }
    }

    static var sampleCSV: String {
        var text = "station_id,region,registered_voters,stratum,stratum_size,role,order,inclusion_probability,weight\n"
        for (index, s) in stations.enumerated() {
            let region = index % 2 == 0 ? "north" : cell(hostileDomain)
            text += "\(s.id),\(region),\(800 + index * 5),\(s.stratum),\(s.size),\(s.role),\(s.order),\(s.probability),\(1 / s.probability)\n"
        }
        return text
    }

    /// The stations that reported: all but A12.
    static var reporting: [Int] { Array(stations.indices).filter { stations[$0].id != "A12" } }

    static var observationsCSV: String {
        var text = "station_id,ballot_stuffing,\(cell(hostile)),late_opening,ballots_cast,votes_a,votes_b\n"
        for index in reporting {
            let yes = { (condition: Bool) in condition ? "yes" : "no" }
            let ballots = 500 + index * 10
            text += "\(stations[index].id),\(yes(index % 4 == 0)),\(yes(index % 3 == 0)),no,\(ballots),\(ballots * 2 / 3),\(ballots - ballots * 2 / 3)\n"
        }
        return text
    }

    /// Official results for the sampled stations and 20 others; stations 2, 5 and 9 get
    /// turnout inflated to 100%.
    static var officialCSV: String {
        var text = "station_id,registered_voters,ballots_cast,votes_a,votes_b\n"
        for (index, s) in stations.enumerated() {
            let registered = 800 + index * 5
            let ballots = [2, 5, 9].contains(index) ? registered : 500 + index * 10
            text += "\(s.id),\(registered),\(ballots),\(ballots * 3 / 4),\(ballots - ballots * 3 / 4)\n"
        }
        for other in 1...20 {
            text += "X\(other),900,850,700,150\n"
        }
        return text
    }

    static func observations() throws -> Observations {
        let sample = try SampleDesign(table: CSVReader.parse(Array(sampleCSV.utf8), source: "sample.csv"))
        return try Observations(table: CSVReader.parse(Array(observationsCSV.utf8), source: "obs.csv"), sample: sample)
    }

    static func comparison(_ observations: Observations) throws -> OfficialComparison {
        let official = try OfficialResults(table: CSVReader.parse(Array(officialCSV.utf8), source: "official.csv"))
        return try OfficialComparison(observations: observations, official: official, threshold: 0.2)
    }

    /// The whole report: title hostile, domains by region, official results compared.
    static func htmlReport(byRegion: Bool = true, official: Bool = true) throws -> (HTMLReport, EstimationReport) {
        let observations = try observations()
        let estimates = try observations.report(confidence: 0.95, method: .wilson, by: byRegion ? "region" : nil)
        let report = HTMLReport(
            title: "Findings " + hostile, estimates: estimates,
            methodology: ReportMethodology(observations: observations, report: estimates, manifest: nil),
            domainColumn: byRegion ? "region" : nil,
            comparison: official ? try comparison(observations) : nil,
            provenance: ReportProvenance(
                files: [.init(role: "sample", path: "dir/" + hostile + ".csv", sha256: String(repeating: "ab", count: 32))],
                manifest: nil, toolVersion: SBOVersion.current,
                command: "sbo report --title '" + hostile + "' --out r.html"))
        return (report, estimates)
    }
}
