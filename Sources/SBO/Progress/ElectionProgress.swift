/// Estimates as reports arrive: at checkpoints through election night, every estimate from
/// the reports received by then, and the representativeness check of the stations that have
/// reported against the sampled stations still outstanding (``RepresentativenessTest``).
///
/// Checkpoints, with n primary stations in the sample, K checkpoints and the stations sorted
/// by the time of their first report (a resubmission does not count twice): for j = 1 … K,
/// the time at which the ⌈j·n/K⌉-th station reported, when that many have, and always the
/// time of the last report; equal times are one checkpoint. A
/// checkpoint includes every report received at or before its time, so its estimates are
/// those of `sbo estimate --as-of TIME` (the ``Observations`` of the rows received by then,
/// built by the caller's function from OBS.csv's rows, so that the two agree exactly).
///
/// ```swift
/// let times = try SubmissionTimes(table: table)
/// let progress = try ElectionProgress(
///     times: times, sample: sample, sizeColumn: "registered_voters", confidence: 0.95, method: .wilson
/// ) { rows in try Observations(table: table.rows(rows), sample: sample) }
/// for checkpoint in progress.checkpoints { print(checkpoint.time, checkpoint.representativeness.verdict) }
/// ```
/// Tests: `ElectionProgressTests`, `ProgressCommandTests`.
public struct ElectionProgress: Sendable {
    /// K by default: each tenth of the sample.
    public static let defaultCheckpointCount = 10

    /// The column the submission times came from.
    public let timeColumn: String
    /// The sample's primary stations.
    public let primaryCount: Int
    /// The checkpoints, in time order.
    public let checkpoints: [ProgressCheckpoint]
    /// The covariates compared at every checkpoint (those that vary).
    public let covariates: [String]
    /// B, the relabellings of each checkpoint's representativeness test.
    public let permutations: Int

    /// Runs every checkpoint.
    ///
    /// - Parameters:
    ///   - times: the submission times of OBS.csv's rows.
    ///   - stations: the station id of each row of OBS.csv.
    ///   - sample: the sample design.
    ///   - sizeColumn: the size column of SAMPLE.csv (registered voters).
    ///   - checkpointCount: K ≥ 1.
    ///   - confidence: 1 − α of the intervals.
    ///   - method: the shares' interval method.
    ///   - permutations: B of the representativeness test.
    ///   - observations: builds the ``Observations`` of OBS.csv's rows at the given indices
    ///     (``CSVTable/rows(_:)``).
    /// - Throws: what `observations` throws, and ``ObservationError`` from the estimates.
    public init(
        times: SubmissionTimes, stations: [String], sample: SampleDesign, sizeColumn: String,
        checkpointCount: Int = defaultCheckpointCount, confidence: Double, method: IntervalMethod,
        permutations: Int = RepresentativenessTest.defaultPermutations,
        observations: ([Int]) throws -> Observations
    ) throws {
        precondition(checkpointCount >= 1, "at least one checkpoint")
        let primaries = sample.primaryRows
        let test = RepresentativenessTest(
            covariates: sample.covariates(sizeColumn: sizeColumn), permutations: permutations)
        var firstReport: [String: Timestamp] = [:]
        for (station, time) in zip(stations, times.times) {
            firstReport[station.trimmingBlanks] = min(firstReport[station.trimmingBlanks] ?? time, time)
        }
        var estimates: [(time: Timestamp, stations: Int, report: EstimationReport)] = []
        var reporting: [[Bool]] = []
        for time in Self.checkpointTimes(
            arrivals: firstReport.values.sorted(), lastReport: times.times.max(),
            primaryCount: primaries.count, count: checkpointCount) {
            let received = try observations(times.rows(receivedBy: time))
            let reportingRows = Set(received.sampleRows)
            estimates.append((time, received.design.stationCount, try received.report(confidence: confidence, method: method)))
            reporting.append(primaries.map(reportingRows.contains))
        }
        // The checkpoints' tests are independent (each draws from its own seed): side by side.
        let tests = WorkerPool.shared.map(reporting.count) { [reporting] in test.test(reporting: reporting[$0]) }
        let checkpoints = zip(estimates, tests).map { estimate, representativeness in
            ProgressCheckpoint(
                time: estimate.time, stationsReporting: estimate.stations,
                fractionReporting: Double(estimate.stations) / Double(primaries.count),
                report: estimate.report, representativeness: representativeness)
        }
        self.timeColumn = times.column
        self.primaryCount = primaries.count
        self.checkpoints = checkpoints
        self.covariates = test.covariates.map(\.name)
        self.permutations = permutations
    }

    /// The checkpoint times (see the type's description): `arrivals` the stations' first
    /// reports sorted ascending, `lastReport` the latest submission (nil: none).
    public static func checkpointTimes(
        arrivals: [Timestamp], lastReport: Timestamp?, primaryCount n: Int, count k: Int
    ) -> [Timestamp] {
        guard let last = lastReport else { return [] }
        var times: [Timestamp] = []
        for j in 1...k {
            let target = (j * n + k - 1) / k
            if target >= 1, target <= arrivals.count { times.append(arrivals[target - 1]) }
        }
        times.append(last)
        var unique: [Timestamp] = []
        for time in times where unique.last != time { unique.append(time) }
        return unique
    }
}
