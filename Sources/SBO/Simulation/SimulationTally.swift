/// Running sums of one (method, prevalence) cell of a design simulation.
///
/// Sums are added in run order within a block of runs and blocks are merged in block order,
/// so the floating-point totals — and everything derived from them — are the same whatever
/// the number of threads.
struct SimulationTally: Sendable, Equatable {
    /// Runs scored.
    var runs = 0
    /// Runs with an estimate p̂ (some station reported).
    var estimates = 0
    /// Runs with an interval.
    var intervals = 0
    /// Runs whose interval holds the run's true share.
    var covered = 0
    /// Runs whose interval lies above zero (lower bound > 0).
    var excludingZero = 0
    /// Σ (upper − lower) over runs with an interval.
    var widthSum = 0.0
    /// Σ (p̂ − truth) and Σ (p̂ − truth)² over runs with an estimate.
    var errorSum = 0.0
    var errorSquareSum = 0.0
    /// Σ truth over all runs.
    var truthSum = 0.0

    /// Adds one run: its estimate and interval (nil when there is none) and its true share.
    mutating func record(estimate: Double?, interval: ConfidenceInterval?, truth: Double) {
        runs += 1
        truthSum += truth
        if let estimate {
            estimates += 1
            errorSum += estimate - truth
            errorSquareSum += (estimate - truth) * (estimate - truth)
        }
        if let interval {
            intervals += 1
            widthSum += interval.upper - interval.lower
            if interval.lower <= truth && truth <= interval.upper { covered += 1 }
            if interval.lower > 0 { excludingZero += 1 }
        }
    }

    /// Adds the runs of `other`, which come after these.
    mutating func merge(_ other: SimulationTally) {
        runs += other.runs
        estimates += other.estimates
        intervals += other.intervals
        covered += other.covered
        excludingZero += other.excludingZero
        widthSum += other.widthSum
        errorSum += other.errorSum
        errorSquareSum += other.errorSquareSum
        truthSum += other.truthSum
    }
}
