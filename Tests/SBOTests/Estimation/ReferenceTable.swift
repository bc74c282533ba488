@testable import SBO

/// A small data set written as CSV text (comma-separated, `NA` for missing), exactly as the
/// R scripts in `R/` read it, with the designs those scripts build.
struct ReferenceTable {
    let header: [String]
    let rows: [[String]]

    init(_ text: String) {
        let lines = text.split(separator: "\n").map(String.init).filter { !$0.isEmpty }
        header = lines[0].split(separator: ",").map(String.init)
        rows = lines.dropFirst().map {
            $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        }
    }

    func strings(_ name: String) -> [String] {
        let column = header.firstIndex(of: name)!
        return rows.map { $0[column] }
    }

    func numbers(_ name: String) -> [Double?] {
        strings(name).map { $0 == "NA" ? nil : Double($0)! }
    }

    func indicators(_ name: String) -> [Bool?] {
        numbers(name).map { $0.map { $0 == 1 } }
    }

    /// Every station's total of two count columns (nil when either is missing), as R's
    /// `votes_a + votes_b`.
    func sum(_ first: String, _ second: String) -> [Double?] {
        zip(numbers(first), numbers(second)).map { a, b in
            guard let a, let b else { return nil }
            return a + b
        }
    }

    /// `svydesign(ids=~1, strata=~stratum, fpc=~N, data=...)`, plus any `extraStrata`
    /// in which nobody reported.
    func simpleRandomDesign(extraStrata: [DesignStratum] = []) throws -> EstimationDesign {
        let names = strings("stratum")
        let sizes = numbers("N")
        var strata: [DesignStratum] = []
        for (name, size) in zip(names, sizes) where !strata.contains(where: { $0.name == name }) {
            strata.append(DesignStratum(
                name: name, populationSize: Int(size!), selection: .simpleRandom))
        }
        return try EstimationDesign(
            strata: strata + extraStrata,
            stations: names.map { ReportingStation(stratum: $0) })
    }

    /// `svydesign(ids=~1, strata=~stratum, probs=~pi, data=...)`; `simpleRandom` names
    /// strata taken as simple random samples of the given size instead (the mixed design).
    func proportionalDesign(
        probabilityScale: Double = 1, simpleRandom: [String: Int] = [:]
    ) throws -> EstimationDesign {
        let names = strings("stratum")
        var strata: [DesignStratum] = []
        for name in names where !strata.contains(where: { $0.name == name }) {
            if let size = simpleRandom[name] {
                strata.append(DesignStratum(name: name, populationSize: size, selection: .simpleRandom))
            } else {
                strata.append(DesignStratum(
                    name: name, populationSize: 1_000, selection: .proportionalToSize))
            }
        }
        let stations = zip(names, numbers("pi")).map {
            ReportingStation(stratum: $0, inclusionProbability: $1! * probabilityScale)
        }
        return try EstimationDesign(strata: strata, stations: stations)
    }
}
