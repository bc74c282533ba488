import Testing
@testable import SBO

@Suite struct ElectionProgressTests {
    static func progress(order: [Int], checkpoints: Int = 10, permutations: Int = 199) throws -> (ElectionProgress, CSVTable, SampleDesign) {
        let sample = try ProgressFixture.sample()
        let table = try ProgressFixture.observationsTable(order: order)
        let progress = try ElectionProgress(
            times: SubmissionTimes(table: table), stations: table.column("station_id")!, sample: sample,
            sizeColumn: "registered_voters", checkpointCount: checkpoints, confidence: 0.95,
            method: .wilson, permutations: permutations
        ) { rows in try Observations(table: table.rows(rows), sample: sample) }
        return (progress, table, sample)
    }

    /// n = 10 primaries, K = 4: targets ⌈10/4⌉ = 3, 5, ⌈30/4⌉ = 8, 10; with 7 arrivals the
    /// 3rd and 5th, then the last (7th). Equal times are one checkpoint.
    @Test func checkpointTimesFollowTheShareReporting() {
        let arrivals = (1...7).map { Timestamp(secondsSinceEpoch: Double($0)) }
        #expect(ElectionProgress.checkpointTimes(arrivals: arrivals, lastReport: arrivals.last, primaryCount: 10, count: 4).map(\.secondsSinceEpoch) == [3, 5, 7])
        let tied = [1, 2, 2, 2, 5].map { Timestamp(secondsSinceEpoch: Double($0)) }
        #expect(ElectionProgress.checkpointTimes(arrivals: tied, lastReport: tied.last, primaryCount: 5, count: 5).map(\.secondsSinceEpoch) == [1, 2, 5])
        // A resubmission after the last station's first report is the last checkpoint.
        #expect(ElectionProgress.checkpointTimes(arrivals: tied, lastReport: Timestamp(secondsSinceEpoch: 9), primaryCount: 5, count: 5).map(\.secondsSinceEpoch) == [1, 2, 5, 9])
        #expect(ElectionProgress.checkpointTimes(arrivals: [], lastReport: nil, primaryCount: 5, count: 5).isEmpty)
    }

    /// Ten checkpoints at each tenth (12 stations each); the last equals `estimate` on every
    /// report, and is complete.
    @Test func lastCheckpointEqualsTheEstimateOnAllReports() throws {
        let order = ProgressFixture.randomOrder(seed: 7)
        let (progress, table, sample) = try Self.progress(order: order)
        #expect(progress.timeColumn == "_submission_time")
        #expect(progress.checkpoints.map(\.stationsReporting) == (1...10).map { $0 * 12 })
        #expect(progress.covariates == ["stratum", "urban", "registered_voters"])
        let last = try #require(progress.checkpoints.last)
        #expect(last.report == (try Observations(table: table, sample: sample).report()))
        #expect(last.representativeness.verdict == .complete)
        #expect(last.fractionReporting == 1)
        #expect(last.time == Timestamp(parsing: ProgressFixture.time(119)))
    }

    /// A checkpoint's estimates equal those of the rows received by its time (what
    /// `estimate --as-of` computes), and a late subset that is not yet complete is tested.
    @Test func everyCheckpointEqualsItsAsOfRows() throws {
        let order = Array(ProgressFixture.randomOrder(seed: 11).prefix(70))
        let (progress, table, sample) = try Self.progress(order: order, checkpoints: 4)
        // targets 30, 60, 90 (not reached), 120 (not reached), and the last report (70th).
        #expect(progress.checkpoints.map(\.stationsReporting) == [30, 60, 70])
        let times = try SubmissionTimes(table: table)
        for checkpoint in progress.checkpoints {
            let rows = try times.nonEmptyRows(receivedBy: checkpoint.time)
            #expect(checkpoint.report == (try Observations(table: table.rows(rows), sample: sample).report()))
            #expect(checkpoint.representativeness.verdict == .similar)
        }
        #expect(abs(progress.checkpoints[2].fractionReporting - 70.0 / 120) < 1e-15)
    }

    /// A reserve that reports counts among the stations reporting (as in `sbo estimate`) but
    /// not in the check, which compares primaries only.
    @Test func reservesCountInEstimatesNotInTheCheck() throws {
        let order = Array(ProgressFixture.randomOrder(seed: 5).prefix(60)) + [ProgressFixture.primaryCount]
        let (progress, _, _) = try Self.progress(order: order, checkpoints: 2)
        #expect(progress.checkpoints.map(\.stationsReporting) == [60, 61])
        let last = try #require(progress.checkpoints.last)
        #expect(last.fractionReporting == 61.0 / 120)
        #expect(last.representativeness.reporting == 60 && last.representativeness.outstanding == 60)
    }

    @Test func urbanFirstIsCalledDifferent() throws {
        let (progress, _, _) = try Self.progress(order: ProgressFixture.urbanFirstOrder)
        #expect(progress.checkpoints.prefix(8).allSatisfy { $0.representativeness.verdict == .different })
    }
}

@Suite struct SubmissionTimesTests {
    static func table(_ csv: String) throws -> CSVTable {
        try CSVReader.parse(Array(csv.utf8), source: "obs.csv")
    }

    @Test func recognisedColumnsAndForms() throws {
        let kobo = try SubmissionTimes(table: Self.table("station_id,_submission_time\nA,2024-02-07T11:04:05\nB,2024-02-07 15:04:05.5+04:00\n"))
        #expect(kobo.column == "_submission_time")
        #expect(kobo.times[0] == Timestamp(parsing: "2024-02-07T11:04:05Z"))
        #expect(kobo.times[1].secondsSinceEpoch - kobo.times[0].secondsSinceEpoch == 0.5)
        let odk = try SubmissionTimes(table: Self.table("SubmissionDate,station_id\n2024-02-07T11:04:05.123Z,A\n"))
        #expect(odk.column == "SubmissionDate")
        let named = try SubmissionTimes(table: Self.table("station_id,received\nA,2024-02-07T12:00:00Z\nB,2024-02-07T11:00:00Z\n"), column: "received")
        #expect(named.rows(receivedBy: Timestamp(parsing: "2024-02-07T11:30Z")!) == [1])
        #expect(throws: ProgressError.noReportsBy(
            time: Timestamp(parsing: "2024-02-07T10:00Z")!, source: "obs.csv", earliest: named.times[1])) {
            try named.nonEmptyRows(receivedBy: Timestamp(parsing: "2024-02-07T10:00Z")!)
        }
    }

    /// Every unreadable or missing time is listed, with its line.
    @Test func unreadableTimesAreAllListed() throws {
        let table = try Self.table("station_id,_submission_time\nA,2024-02-07T11:04:05\nB,07/02/2024 11:00\nC,\nD,NA\n")
        #expect(throws: ProgressError.unreadableTimes(source: "obs.csv", column: "_submission_time", cells: [
            .init(line: 3, value: "07/02/2024 11:00"), .init(line: 4, value: ""), .init(line: 5, value: "NA"),
        ])) { try SubmissionTimes(table: table) }
        let message = ProgressError.unreadableTimes(source: "obs.csv", column: "_submission_time", cells: [
            .init(line: 3, value: "07/02/2024 11:00"), .init(line: 4, value: ""),
        ]).description
        #expect(message.hasPrefix("2 rows of obs.csv have no readable _submission_time: obs.csv:3: '07/02/2024 11:00'; obs.csv:4: missing;"))
    }

    @Test func missingColumns() throws {
        let table = try Self.table("station_id,time_received\nA,2024-02-07T11:04:05\n")
        #expect(throws: ProgressError.noTimeColumn(source: "obs.csv", line: 1, suggestion: "time_received")) {
            try SubmissionTimes(table: table)
        }
        #expect(throws: ProgressError.unknownTimeColumn(source: "obs.csv", line: 1, column: "time_recieved", suggestion: "time_received")) {
            try SubmissionTimes(table: table, column: "time_recieved")
        }
    }
}
