import Testing
@testable import SBO

/// SAMPLE.csv read as a design: SRS and PPS detection, and every validation error with its
/// FILE:LINE message, all of a file's listed at once.
@Suite struct SampleDesignTests {
    static let header = "station_id,region,stratum,stratum_size,role,order,inclusion_probability,weight\n"

    static func design(_ rows: String, idColumn: String = "station_id") throws(SampleDesignError) -> SampleDesign {
        let table = try! CSVReader.parse(Array((header + rows).utf8), source: "SAMPLE.csv")
        return try SampleDesign(table: table, idColumn: idColumn)
    }

    static func error(_ rows: String) -> SampleDesignError? {
        do { _ = try design(rows); return nil } catch { return error }
    }

    @Test func simpleRandomAndPPSStrataAreTold() throws {
        let sample = try Self.design("""
            A1,n,a,10,primary,1,0.2,5
            A2,n,a,10,primary,2,0.2,5
            A3,n,a,10,reserve,3,0.2,5
            B1,s,b,10,primary,1,0.3,3.3333333333333335
            B2,s,b,10,primary,2,0.1,10
            C1,s,c,5,primary,1,1,1
            C2,s,c,5,primary,2,1,1
            D1,s,d,2,primary,1,1,1
            D2,s,d,2,primary,2,1,1

            """)
        // a: π·N = 0.2·10 = 2 = primaries → SRS; b: unequal π → PPS;
        // c: π = 1 but N = 5 > 2 primaries → certainty stations, PPS; d: π·N = 2 = n → SRS census.
        #expect(sample.strata.map(\.selection) == [.simpleRandom, .proportionalToSize, .proportionalToSize, .simpleRandom])
        #expect(sample.strata.map(\.populationSize) == [10, 10, 5, 2])
        #expect(sample.primaryCount == 8 && sample.reserveCount == 1)
        #expect(sample.row(ofStation: "B2") == 4)
        #expect(sample.stations[2].role == .reserve && sample.stations[2].line == 4)
        // Reporting A1, A3 (a reserve) and B1: SRS weights N_h/n_h = 10/2; PPS 1/π scaled to
        // the stratum's sampled weight 1/0.3 + 1/0.1 = 13.33, which B1 alone now carries.
        let design = sample.estimationDesign(reportingRows: [0, 2, 3])
        #expect(design.weights == [5, 5, 13.333333333333334])
        #expect(design.emptyStrata == ["c", "d"])
    }

    /// A weight written by another tool with seven significant digits (1/0.3 as 3.333333) is
    /// 1/π within the 10⁻⁶ tolerance; a weight one part in 10⁵ off is not.
    @Test func weightsToSevenDigitsAreTheInverse() throws {
        let sample = try Self.design("B1,s,b,10,primary,1,0.3,3.333333\nB2,s,b,10,primary,2,0.1,10\n")
        #expect(sample.stations.map(\.inclusionProbability) == [0.3, 0.1])
        #expect(Self.error("B1,s,b,10,primary,1,0.3,3.33330\nB2,s,b,10,primary,2,0.1,10\n") != nil)
    }

    @Test func idColumnCanBeRenamed() throws {
        let table = try CSVReader.parse(
            Array("code,stratum,stratum_size,role,order,inclusion_probability,weight\nX,a,4,primary,1,0.25,4\n".utf8),
            source: "s.csv")
        let sample = try SampleDesign(table: table, idColumn: "code")
        #expect(sample.stations.map(\.id) == ["X"])
        #expect(throws: SampleDesignError.missingColumn(source: "s.csv", line: 1, column: "station_id", suggestion: nil)) {
            try SampleDesign(table: table)
        }
    }

    @Test(arguments: [
        ("A1,n,a,10,primary,1,0.2,5\nA1,n,a,10,primary,2,0.2,5\n",
         "SAMPLE.csv:3: station 'A1' is listed again (first on line 2); each station appears once in a sample"),
        ("A1,n,a,10,leader,1,0.2,5\n", "SAMPLE.csv:2: role 'leader' is neither 'primary' nor 'reserve'"),
        ("A1,n,a,10,primary,1,0,5\n",
         "SAMPLE.csv:2: inclusion_probability 0.0 is outside (0, 1]; a sampled station's probability must be above 0 and at most 1"),
        ("A1,n,a,10,primary,1,1.5,5\n",
         "SAMPLE.csv:2: inclusion_probability 1.5 is outside (0, 1]; a sampled station's probability must be above 0 and at most 1"),
        ("A1,n,a,10,primary,1,abc,5\n",
         "SAMPLE.csv:2: inclusion_probability 'abc' is not a number; write it in decimal notation, as 'sbo sample' does"),
        ("A1,n,a,ten,primary,1,0.2,5\n",
         "SAMPLE.csv:2: stratum_size 'ten' is not a number; write it in decimal notation, as 'sbo sample' does"),
        ("A1,n,a,10,primary,1,0.2,-5\n", "SAMPLE.csv:2: weight -5.0 is not positive; it is 1/inclusion_probability"),
        ("A1,n,,10,primary,1,0.2,5\n", "SAMPLE.csv:2: the stratum cell is empty; every station needs one"),
        ("A1,n,a,10,primary,1,0.2,5\nA2,n,a,12,primary,2,0.2,5\n",
         "SAMPLE.csv:3: stratum 'a' has stratum_size 12 here but 10 on line 2; a stratum has one size"),
        ("A1,n,a,1,primary,1,1,1\nA2,n,a,1,reserve,2,1,1\n",
         "SAMPLE.csv:3: stratum 'a' lists 2 stations but its stratum_size is 1; stratum_size counts the frame's stations in the stratum"),
        ("A1,n,a,4,reserve,1,0.25,4\n",
         "SAMPLE.csv:2: stratum 'a' has reserve stations but no primary; each stratum needs its primary stations"),
        ("A1,n,a,0,primary,1,0.25,4\n",
         "SAMPLE.csv:2: stratum 'a' has stratum_size 0; it is the number of frame stations in the stratum, at least 1"),
        ("", "SAMPLE.csv:2: the sample has a header but no stations; give the SAMPLE.csv that 'sbo sample' wrote"),
    ])
    func invalidSamplesAreRejectedWithTheirLine(rows: String, message: String) {
        let error = Self.error(rows)
        #expect(error?.description == message)
        #expect(error?.kind == .badData)
    }

    /// Every row's problem in one run, in line order (each repeat of a station against its
    /// first row); the strata's own checks follow once every row could be read.
    @Test func everyRowsProblemIsListed() {
        #expect(Self.error("""
            A1,n,a,10,primary,1,0.2,5
            A2,n,a,10,leader,2,0.2,5
            A1,n,a,10,primary,3,0.2,5
            A3,n,a,10,primary,4,abc,5
            A1,n,a,10,primary,5,0.2,5

            """) == .several(source: "SAMPLE.csv", problems: [
                .invalidRole(source: "SAMPLE.csv", line: 3, value: "leader"),
                .duplicateStation(source: "SAMPLE.csv", id: "A1", firstLine: 2, secondLine: 4),
                .notANumber(source: "SAMPLE.csv", line: 5, column: "inclusion_probability", value: "abc"),
                .duplicateStation(source: "SAMPLE.csv", id: "A1", firstLine: 2, secondLine: 6),
            ]))
        #expect(Self.error("A1,n,a,1,primary,1,1,1\nA2,n,a,1,reserve,2,1,1\nB1,n,b,4,reserve,1,0.25,4\n")
            == .several(source: "SAMPLE.csv", problems: [
                .moreStationsThanStratumSize(source: "SAMPLE.csv", line: 3, stratum: "a", stations: 2, size: 1),
                .noPrimaryStation(source: "SAMPLE.csv", line: 4, stratum: "b"),
            ]))
    }

    @Test func missingDesignColumnSuggestsTheClosest() {
        let table = try! CSVReader.parse(Array("station_id,stratum,stratum_size,rol,order,inclusion_probability,weight\n".utf8), source: "S.csv")
        #expect(throws: SampleDesignError.missingColumn(source: "S.csv", line: 1, column: "role", suggestion: "rol")) {
            try SampleDesign(table: table)
        }
    }
}
