/// Probability-proportional-to-size selection without replacement: systematic πps over the
/// stations of a stratum in ascending ticket order, with certainty stations, in exact integer
/// arithmetic so that the stated inclusion probabilities are exact.
///
/// For a stratum that must select n stations, with sizes x_i ≥ 0 (the `--pps` column):
/// 1. Certainty: with C the certainty set (initially empty), n' = n − |C| and
///    X' = Σ_{i∉C} x_i, every station with n'·x_i ≥ X' joins C (π_i = 1); repeat until none does.
/// 2. The other stations of positive size, in ascending ticket order, occupy consecutive
///    intervals of length n'·x_i on [0, n'·X'). With the start s = ⌊T·X'⌋, where T is the
///    first 19 decimal digits of the stratum's start ticket
///    `sha256_uniform(sha256_hex(SEED) + "/pps-start/" + STRATUM)` read as 0.d₁…d₁₉, the
///    points s, s + X', ..., s + (n' − 1)·X' select the stations whose intervals hold them.
///    As s is (to within 10⁻¹⁹) uniform on {0, ..., X' − 1}, a station is selected with
///    probability exactly π_i = n'·x_i / X' < 1, and exactly n' stations are selected.
/// 3. Reserves: the stations of positive size not selected, in ticket order, the first K;
///    each carries its own π_i.
/// Stations of size 0 have π = 0 and are never selected.
///
/// `DesignSimulation` runs the same steps with a uniformly random order of the stratum and a
/// uniformly random T (`select(count:reserves:ordered:sizes:startDigits:stratum:column:)`),
/// so its samples have the same inclusion probabilities.
///
/// Reference: Madow (1949), *Ann. Math. Statist.* 20(3):333–354, doi:10.1214/aoms/1177729988;
/// Särndal, Swensson & Wretman, *Model Assisted Survey Sampling* (1992), §3.6 (systematic πps
/// with a random order). Inclusion frequencies are checked by simulation in
/// `SampleDrawerStatisticsTests`.
enum SystematicPPS {
    static func select(
        count: Int, reserves: Int, ordered: [Int], sizes: [Int], start: Ticket, stratum: String,
        column: String
    ) throws(SelectionError) -> StratumSelection {
        try select(
            count: count, reserves: reserves, ordered: ordered, sizes: sizes,
            startDigits: start.leadingDigits, stratum: stratum, column: column)
    }

    /// The selection with the start T = `startDigits` · 10⁻¹⁹ (`startDigits` < 10¹⁹).
    static func select(
        count: Int, reserves: Int, ordered: [Int], sizes: [Int], startDigits: UInt64,
        stratum: String, column: String
    ) throws(SelectionError) -> StratumSelection {
        let positive = ordered.filter { sizes[$0] > 0 }
        guard positive.count >= count else {
            throw .tooFewSizedStations(
                stratum: stratum, needed: count, available: positive.count, column: column)
        }
        // Every product and running sum below is at most (n + 1)·X, X = Σx_i: check that it
        // fits, so that absurd sizes are refused instead of overflowing (found by
        // Fuzz/CSVFuzzTarget.swift, regression test in FuzzFindingsTests).
        var total = 0
        for row in positive {
            let (sum, overflow) = total.addingReportingOverflow(sizes[row])
            guard !overflow else { throw .sizesTooLarge(stratum: stratum, column: column) }
            total = sum
        }
        guard !total.multipliedReportingOverflow(by: count + 1).overflow else {
            throw .sizesTooLarge(stratum: stratum, column: column)
        }
        var certain = Set<Int>()
        var remaining = count
        var changed = true
        while changed && remaining > 0 {
            changed = false
            for row in positive where !certain.contains(row) && remaining * sizes[row] >= total {
                certain.insert(row)
                changed = true
            }
            remaining = count - certain.count
            total = positive.reduce(0) { certain.contains($1) ? $0 : $0 + sizes[$1] }
        }
        var primaries: [StratumSelection.Pick] = []
        var others: [StratumSelection.Pick] = []
        var point = Int(Self.scaledStart(total: total, digits: startDigits))
        var selectedCount = 0
        var cumulative = 0
        for row in positive {
            if certain.contains(row) {
                primaries.append(.init(row: row, probability: 1, weight: 1))
                continue
            }
            let length = remaining * sizes[row]
            let probability = Double(length) / Double(total)
            let weight = Double(total) / Double(length)
            let end = cumulative + length
            if selectedCount < remaining && point >= cumulative && point < end {
                primaries.append(.init(row: row, probability: probability, weight: weight))
                selectedCount += 1
                point += total
            } else {
                others.append(.init(row: row, probability: probability, weight: weight))
            }
            cumulative = end
        }
        precondition(primaries.count == count, "systematic selection must select n stations")
        return StratumSelection(
            primaries: primaries, reserves: Array(others.prefix(reserves)),
            certainties: certain.count)
    }

    /// ⌊digits · total / 10¹⁹⌋ in 128-bit arithmetic.
    private static func scaledStart(total: Int, digits: UInt64) -> UInt64 {
        let product = UInt64(total).multipliedFullWidth(by: digits)
        return UInt64(10_000_000_000_000_000_000).dividingFullWidth(product).quotient
    }
}
