import Foundation
import Testing
@testable import SBO

/// OBS.csv joined to SAMPLE.csv: column kinds, join errors, and the README's embedding snippet.
@Suite struct ObservationsTests {
    static let sampleCSV = """
        station_id,region,registered_voters,stratum,stratum_size,role,order,inclusion_probability,weight
        A1,n,100,a,10,primary,1,0.2,5
        A2,n,200,a,10,primary,2,0.2,5
        A3,n,300,a,10,reserve,3,0.2,5
        B1,s,400,b,10,primary,1,0.2,5
        B2,s,500,b,10,primary,2,0.2,5

        """

    static func observations(_ csv: String) throws -> Observations {
        let sample = try SampleDesign(table: CSVReader.parse(Array(sampleCSV.utf8), source: "SAMPLE.csv"))
        return try Observations(table: CSVReader.parse(Array(csv.utf8), source: "OBS.csv"), sample: sample)
    }

    static func error(_ csv: String) -> ObservationError? {
        do { _ = try observations(csv); return nil } catch { return error as? ObservationError }
    }

    /// The answers per reporting station do not depend on the order of OBS.csv's rows: two
    /// rows swapped before the last one (every row kept, the last in place) and the rows as in
    /// SAMPLE.csv give the same answers, in SAMPLE.csv's order.
    @Test func answersFollowTheSampleWhateverTheRowOrder() throws {
        let ordered = try Self.observations("station_id,late\nA1,yes\nA2,no\nB1,no\nB2,yes\n")
        let swapped = try Self.observations("station_id,late\nA2,no\nA1,yes\nB1,no\nB2,yes\n")
        #expect(swapped.observationRows == [1, 0, 2, 3])
        #expect(try swapped.answers(of: "late") == [true, false, false, true])
        #expect(try ordered.answers(of: "late") == [true, false, false, true])
    }

    @Test func columnsAreClassifiedAndJoinedInSampleOrder() throws {
        let obs = try Self.observations("""
            station_id,late,note,queue,ballots_cast,votes_x
            B1,Yes,ok,0,300,10
            A3,N,,12,90,
            A1,na,-,3,50,20

            """)
        #expect(obs.sampleRows == [0, 2, 3])
        #expect(obs.observationRows == [2, 1, 0])
        #expect(obs.columns.map(\.kind) == [
            .indicator, .text(line: 2, value: "ok"), .count(line: 3, value: "12"), .count(line: 2, value: "300"),
            .count(line: 2, value: "10"),
        ])
        #expect(obs.indicatorNames == ["late"])
        #expect(obs.ignoredColumns.map(\.name) == ["note", "queue"])
        #expect(obs.candidateColumns == ["votes_x"])
        #expect(try obs.answers(of: "late") == [nil, false, true])
        #expect(obs.registeredVoters == [100, 300, 400])  // from SAMPLE.csv's frame column
        #expect(obs.counts(of: "votes_x") == [20, nil, 10])
        #expect(try obs.domains(of: "region") == ["n", "n", "s"])
        #expect(obs.design.emptyStrata == [])
        #expect(obs.design.weights == [5, 5, 10])
        #expect(throws: ObservationError.notAnIndicator(source: "OBS.csv", line: 2, column: "note", value: "ok")) {
            try obs.answers(of: "note")
        }
        #expect(throws: ObservationError.unknownIndicator(source: "OBS.csv", column: "lat", suggestion: "late")) {
            try obs.answers(of: "lat")
        }
        #expect(throws: ObservationError.unknownDomainColumn(column: "regon", sample: "SAMPLE.csv", observations: "OBS.csv", suggestion: "region")) {
            try obs.domains(of: "regon")
        }
    }

    /// What `progress` and the report build on: submission times per row of OBS.csv, the
    /// account of rows and columns, and answers in other languages.
    @Test func submissionTimesAndDataQuality() throws {
        let obs = try Self.observations("""
            station_id,late,_submission_time,_uuid
            A1,yes,2024-02-07T10:00:00,u1
            B1,нет,2024-02-07 11:00:00,u2
            A1,Yes,2024-02-07T10:30:00,u3

            """)
        #expect(obs.timeColumn == "_submission_time")
        #expect(obs.submissionTimes == [
            Timestamp(parsing: "2024-02-07T10:00:00"), Timestamp(parsing: "2024-02-07T11:00:00"),
            Timestamp(parsing: "2024-02-07T10:30:00"),
        ])
        #expect(obs.observationRows == [0, 1])
        #expect(try obs.answers(of: "late") == [true, false])
        #expect(obs.dataQuality == DataQuality(
            source: "OBS.csv", rowsRead: 3, stations: 2,
            duplicates: [DuplicateSubmission(
                source: "OBS.csv", station: "A1", keptLine: 2, droppedLines: [4], resolution: .identical,
                differingColumns: [])],
            columnsNotUsed: [UnusedColumn(column: "_uuid", reason: .formMetadata)],
            answersTreatedAsMissing: [], excludedCounts: []))
        // Bounds over the 4 primaries (A3 is a reserve that did not report), each of weight
        // N_h/n_h = 10/2 = 5: yes at A1 (5) of 20; unknown A2 and B2: high = (5 + 10) / 20.
        let late = try #require(try obs.report().indicators.first)
        #expect(late.bounds == NonResponseBounds(low: 5.0 / 20, high: 15.0 / 20))
        #expect(late.label == "late" && late.polarity == .irregularity)
    }

    @Test(arguments: [
        ("station_id,x\nA1,1\nZZZ99,0\n",
         "OBS.csv:3: station 'ZZZ99' is not in SAMPLE.csv; observations must come from sampled stations: correct the id or remove the row"),
        ("station_id,x\nA1,1\nA 2,0\n",
         "OBS.csv:3: station 'A 2' is not in SAMPLE.csv (did you mean 'A2'?); observations must come from sampled stations: correct the id or remove the row"),
        ("station_id,x\nA1,1\nB1,0\nA1,0\n",
         "OBS.csv:2: station 'A1' was submitted 2 times (lines 2, 4) with different x; keep one row, or run with --duplicates latest (or first)"),
        ("station_id,ballots_cast\nA1,12.5\n",
         "OBS.csv:2: ballots_cast '12.5' is not a whole number of at least 0; write counts as digits only (missing: empty, NA, N/A, ., -)"),
        ("station_id,x\n,1\n", "OBS.csv:2: the station_id cell is empty; every row needs its station's id"),
        ("station_id,x\n", "OBS.csv:2: the file has a header but no stations; one row per station is needed"),
        ("station,x\nA1,1\n",
         "OBS.csv:1: there is no column named \"station_id\" (did you mean 'station'?); rename the column"),
    ])
    func joinErrorsNameTheLine(csv: String, message: String) {
        let error = Self.error(csv)
        #expect(error?.description == message)
        #expect(error?.kind == .badData)
    }

    /// "Did you mean" is looked for only for the unknown stations an error lists (the first 20):
    /// an export of another sample's stations lists them with suggestions and counts the rest.
    @Test func onlyListedUnknownStationsGetASuggestion() throws {
        let rows = (1...25).map { "A \($0),1" }.joined(separator: "\n")
        guard case let .several(_, problems)? = Self.error("station_id,x\n" + rows + "\n") else {
            Issue.record("expected several problems")
            return
        }
        let suggestions = problems.map { problem -> String?? in
            if case let .unknownStation(_, _, _, _, suggestion) = problem { return suggestion }
            return nil
        }
        #expect(suggestions.count == 25)
        #expect(suggestions.prefix(20).allSatisfy { $0 != nil && $0! != nil })
        #expect(suggestions.dropFirst(20).allSatisfy { $0 != nil && $0! == nil })
        #expect(Self.error("station_id,x\n" + rows + "\n")?.detailLines.last == "and 5 more")
    }

    /// The README snippet (SBO as a library), compiled and run here as written.
    @Test func readmeSnippetRuns() throws {
        let directory = NSTemporaryDirectory() + "sbo-readme-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        _ = FileManager.default.createFile(atPath: directory + "/sample.csv", contents: Data(Self.sampleCSV.utf8))
        _ = FileManager.default.createFile(
            atPath: directory + "/observations.csv",
            contents: Data("station_id,ballot_stuffing,ballots_cast\nA1,yes,60\nA2,no,150\nB1,no,200\nB2,1,300\n".utf8))
        var printed: [String] = []
        func print(_ items: Any...) { printed.append(items.map { "\($0)" }.joined(separator: " ")) }

        // README snippet begins
        let sample = try SampleDesign(table: CSVReader.read(path: directory + "/sample.csv"))
        let observations = try Observations(
            table: CSVReader.read(path: directory + "/observations.csv"), sample: sample)
        let report = try observations.report(confidence: 0.95, method: .wilson, by: "region")
        for row in report.indicators where row.domain == nil {
            let share = row.share
            print(row.name, share.estimate ?? .nan,
                  share.interval?.lower ?? .nan, share.interval?.upper ?? .nan)
        }
        for row in report.ratios where row.domain == nil {
            print(row.name, row.ratio.estimate ?? .nan, row.ratio.standardError ?? .nan)
        }
        // README snippet ends

        #expect(printed.count == 2)
        #expect(printed[0].hasPrefix("ballot_stuffing 0.5 "))
        // turnout = Σ w·b / Σ w·r with equal weights 5: (60+150+200+300)/(100+200+400+500)
        #expect(printed[1].hasPrefix("turnout \(710.0 / 1200.0) "))
    }
}
