import Foundation
import Testing
@testable import SBO

/// Every statistic of the forensics on the bundled data against the independent numpy/scipy
/// computation in `Reference/forensics_reference.py`, whose outputs are pinned beside it
/// (`azerbaijan-2024.json`, `clean-synthetic.json`; the commands that made them are in the
/// script's docstring).
///
/// Deterministic figures (ratios, standard errors, intervals, expected counts, chi-square and
/// Benjamini–Hochberg p-values, Welch's test) agree to 1e-9 relative. Monte Carlo p-values
/// cannot agree exactly: the permutation p (B = 2,000 here, 4,000 in the script) must be within
/// 4 combined Monte Carlo standard errors √(p(1−p)/B₁ + p(1−p)/B₂) plus the resolution
/// 1/(B+1); the simulated integer-percent p within the same bound of the script's exact
/// Poisson-binomial tail. When python3 with numpy and scipy is installed, the script is also
/// run and must reproduce the pinned files (skipped, and said so, otherwise).
@Suite struct ForensicsReferenceTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let reference = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Reference")
    static let draws = 2000

    static func read(_ path: String) throws -> CSVTable { try CSVReader.read(path: root.appendingPathComponent(path).path) }

    static func pinned(_ name: String) throws -> JSONValue {
        let bytes = try [UInt8](Data(contentsOf: reference.appendingPathComponent(name)))
        return try JSONValue.parse(bytes, source: name)
    }

    static func analysis(_ folder: String, observations: Bool) throws -> ForensicsAnalysis {
        let sample = try SampleDesign(table: read("Data/\(folder)/sample.csv"))
        let official = try OfficialResults(table: read("Data/\(folder)/official.csv"))
        let joined = try observations ? Observations(table: read("Data/\(folder)/observations.csv"), sample: sample) : nil
        return try ForensicsAnalysis(official: official, sample: sample, observations: joined, seed: "reference", simulations: draws)
    }

    static func monteCarloBound(_ p: Double, _ b1: Int, _ b2: Int?) -> Double {
        let v = p * (1 - p) / Double(b1) + (b2.map { p * (1 - p) / Double($0) } ?? 0)
        return 4 * v.squareRoot() + 1 / Double(b1 + 1) + (b2.map { 1 / Double($0 + 1) } ?? 0)
    }

    func check(_ analysis: ForensicsAnalysis, against json: JSONValue) throws {
        let national = { (domain: String?) in domain == nil }
        // Observer effect.
        for expected in json["observer_effect"]?.arrayValue ?? [] {
            let name = try #require(expected["figure"]?.stringValue)
            let effect = try #require(analysis.observerEffects.first { $0.figure == name && national($0.domain) })
            for (key, value) in [("observed", effect.observed), ("unobserved", effect.unobserved),
                                 ("difference", effect.difference), ("standard_error", effect.standardError),
                                 ("ci_low", effect.ciLow), ("ci_high", effect.ciHigh)] {
                #expect(isClose(try #require(value), try #require(expected[key]?.doubleValue), tolerance: 1e-9), "\(name) \(key)")
            }
            #expect(effect.degreesOfFreedom == expected["degrees_of_freedom"]?.integerValue)
            let p = try #require(expected["p_permutation"]?.doubleValue)
            let bound = Self.monteCarloBound(p, Self.draws, expected["permutations"]?.integerValue)
            #expect(abs(try #require(effect.pValue) - p) <= bound, "\(name) permutation p \(effect.pValue!) vs \(p)")
        }
        // Integer percentages.
        for (expected, test) in zip(try #require(json["integer_percent"]?.arrayValue), analysis.integerPercent.filter { national($0.domain) }) {
            #expect(test.figure == expected["figure"]?.stringValue)
            #expect(test.stationsTested == expected["stations"]?.integerValue)
            #expect(test.stationsAtInteger == expected["stations_at_integer"]?.integerValue)
            #expect(isClose(test.expected, try #require(expected["expected"]?.doubleValue), tolerance: 1e-9))
            let p = try #require(expected["p_exact"]?.doubleValue)
            #expect(abs(try #require(test.pValue) - p) <= Self.monteCarloBound(p, Self.draws, nil), "\(test.figure): \(test.pValue!) vs exact \(p)")
        }
        // Full turnout.
        let full = try #require(analysis.fullTurnout.first { national($0.domain) })
        #expect(full.atLeast99 == json["full_turnout"]?["at_least_99"]?.integerValue)
        #expect(full.atLeast100 == json["full_turnout"]?["at_least_100"]?.integerValue)
        // Last digits.
        for (expected, test) in zip(try #require(json["last_digit"]?.arrayValue), analysis.lastDigits.filter { national($0.domain) }) {
            #expect(test.figure == expected["figure"]?.stringValue)
            for (key, value) in [("chi_square", test.chiSquare), ("p_value", test.pValue), ("p_adjusted", test.pAdjusted)] {
                if let reference = expected[key]?.doubleValue {
                    #expect(isClose(try #require(value), reference, tolerance: 1e-9), "\(test.figure) \(key)")
                } else {
                    #expect(value == nil, "\(test.figure) \(key) should not be tested")
                }
            }
        }
        // Cross-check.
        if let expected = json["cross_check"] {
            let check = try #require(analysis.crossChecks.first { national($0.domain) })
            #expect(check.stations.count == expected["stations"]?.integerValue)
            for (key, value) in [("mean_gap", check.meanGap), ("mean_gap_yes", check.meanGapWithYes),
                                 ("mean_gap_no", check.meanGapWithNo), ("difference", check.difference), ("p_value", check.pValue)] {
                #expect(isClose(try #require(value), try #require(expected[key]?.doubleValue), tolerance: 1e-9), "cross-check \(key)")
            }
        }
        if let column = json["stratum_column"]?.stringValue {
            #expect(analysis.observedSet?.stratificationColumn == column)
        }
    }

    @Test func azerbaijanAgreesWithTheReference() throws {
        try check(Self.analysis("azerbaijan-2024", observations: true), against: Self.pinned("azerbaijan-2024.json"))
    }

    @Test func cleanSyntheticAgreesWithTheReference() throws {
        try check(Self.analysis("clean-synthetic", observations: false), against: Self.pinned("clean-synthetic.json"))
    }

    /// The planted findings of Data/azerbaijan-2024 show, and the clean election shows none.
    @Test func plantedFindingsShowAndTheCleanElectionIsClean() throws {
        let planted = try Self.analysis("azerbaijan-2024", observations: true)
        #expect(planted.observerEffects.first { $0.figure == "turnout" }!.ciLow! > 0)
        #expect(planted.observerEffects.first { $0.figure == "votes_aliyev" }!.pValue! < 0.01)
        #expect(planted.integerPercent.allSatisfy { $0.pValue! < 0.01 })
        #expect(planted.fullTurnout[0].atLeast100 >= 30)
        let clean = try Self.analysis("clean-synthetic", observations: false)
        #expect(clean.observerEffects.allSatisfy { $0.pValue! > 0.05 })
        #expect(clean.integerPercent.allSatisfy { $0.pValue! > 0.05 })
        #expect(clean.fullTurnout[0].atLeast99 == 0)
        #expect(clean.lastDigits.allSatisfy { ($0.pAdjusted ?? 1) > 0.05 })
    }

    /// Runs the script and checks it reproduces the pinned files (numbers to 1e-12).
    @Test func scriptReproducesThePinnedOutputs() throws {
        let check = Process()
        check.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        check.arguments = ["python3", "-c", "import numpy, scipy"]
        check.standardError = FileHandle.nullDevice
        guard (try? check.run()) != nil else {
            print("ForensicsReferenceTests: python3 not found; the pinned reference values were still checked")
            return
        }
        check.waitUntilExit()
        guard check.terminationStatus == 0 else {
            print("ForensicsReferenceTests: python3 without numpy/scipy; skipped re-running the reference script")
            return
        }
        for (name, arguments) in [
            ("clean-synthetic.json", ["Data/clean-synthetic/official.csv", "Data/clean-synthetic/sample.csv"]),
            ("azerbaijan-2024.json", ["Data/azerbaijan-2024/official.csv", "Data/azerbaijan-2024/sample.csv",
                                      "Data/azerbaijan-2024/observations.csv"]),
        ] {
            let run = Process()
            run.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            run.currentDirectoryURL = Self.root
            run.arguments = ["python3", Self.reference.appendingPathComponent("forensics_reference.py").path] + arguments
            let pipe = Pipe()
            run.standardOutput = pipe
            try run.run()
            let output = pipe.fileHandleForReading.readDataToEndOfFile()
            run.waitUntilExit()
            #expect(run.terminationStatus == 0)
            let fresh = try JSONValue.parse([UInt8](output), source: "forensics_reference.py")
            #expect(Self.flatten(fresh).count == Self.flatten(try Self.pinned(name)).count)
            for (a, b) in zip(Self.flatten(fresh), Self.flatten(try Self.pinned(name))) {
                #expect(a.0 == b.0 && (a.1 == b.1 || isClose(a.1, b.1, tolerance: 1e-12)), "\(name): \(a) vs \(b)")
            }
        }
    }

    /// Every number of a JSON document with its path.
    static func flatten(_ value: JSONValue, _ path: String = "") -> [(String, Double)] {
        if let items = value.arrayValue {
            return items.enumerated().flatMap { flatten($0.1, path + "[\($0.0)]") }
        }
        if let fields = value.objectValue {
            return fields.flatMap { flatten($0.1, path + "." + $0.0) }
        }
        return value.doubleValue.map { [(path, $0)] } ?? []
    }
}
