/// What `ResamplingPlan.resample` computes once per run rather than once per range of
/// replicates: each resampled group's pass in plain values, the totals columns of every
/// statistic, and for a single complete integer group the table of its shares' values.
struct ResamplingKernel: Sendable {
    /// The resampled groups, in order.
    let passes: [Pass]
    /// The numerator and denominator columns of every statistic (`ResamplingPlan.columns`).
    let columns: [(numerator: Int, denominator: Int)]
    /// Whether the run is one group drawn as integer rows only (every `iid` run without
    /// ratios or PPS weights), which `ResamplingPlan.resampleCounts` draws in batches of
    /// replicates.
    let countsOnly: Bool
    /// Whether every group adds integer rows only and all the groups' draws fit one chunk
    /// (`ResamplingPlan.chunkDraws`): then a replicate draws all its groups' indices with one
    /// call and adds all their rows with another (stratified SRS without ratios, like W6).
    let rowsAtOnce: Bool
    /// m + 1 when `table` is used, else 0.
    let tableRows: Int
    /// With complete answers every share of a counts-only run has the denominator
    /// base_k + λ(n/m)w · m, so share j takes at most m + 1 values: a table of them, formed by
    /// the same expression as the quotients, replaces the quotients when it holds at most 2¹⁶
    /// values (share j of count c at table[j (m + 1) + c]).
    let table: [Float]
    /// Whether the replicates are stored as table entries, one byte each (the count c of share
    /// j's value table[j (m + 1) + c]) rather than as `Float`s (`ReplicateValues`): when the
    /// table is used and m + 1 ≤ 256.
    var storesEntries: Bool { tableRows > 0 && tableRows <= 256 }

    /// The kernel of `plan`; `generalOnly` forces the double path everywhere, for the test that
    /// both paths give the same replicates.
    init(plan: ResamplingPlan, generalOnly: Bool) {
        let passes = plan.groups.filter { $0.draws > 0 }.map { Pass(group: $0, plan: plan, generalOnly: generalOnly) }
        self.passes = passes
        columns = (0..<plan.statisticCount).map { plan.columns(of: $0) }
        let countsOnly = passes.count == 1 && passes[0].countsRows && !passes[0].drawsDoubles
        self.countsOnly = countsOnly
        rowsAtOnce = passes.count > 1 && passes.allSatisfy { $0.countsRows && !$0.drawsDoubles }
            && passes.reduce(0) { $0 + $1.draws } <= ResamplingPlan.chunkDraws
        let k = plan.indicatorCount
        let tableRows = countsOnly && !plan.hasMissingAnswers && (passes[0].draws + 1) * k <= 1 << 16 ? passes[0].draws + 1 : 0
        self.tableRows = tableRows
        var table = [Float]()
        if tableRows > 0 {
            let factor = passes[0].rowFactor, common = plan.base[k] + factor * Double(passes[0].draws)
            table = (0..<(tableRows * k)).map { entry in
                let (j, count) = entry.quotientAndRemainder(dividingBy: tableRows)
                return Float(ResamplingPlan.quotient(plan.base[j] + factor * Double(count), common))
            }
        }
        self.table = table
    }

    /// What `resample` needs of a resampled group, in plain values.
    struct Pass: Sendable {
        /// The group's first station and its draws m_g.
        let start, draws: Int
        /// The bound of its indices: n_g, or 2 for a single station resampled by sign.
        let bound: PhiloxStream.Bound
        /// Whether its stations share a weight, so that their rows are added as integers.
        let usesRows: Bool
        /// Whether it adds rows (it uses them and has some).
        let countsRows: Bool
        /// Whether it draws doubles: answers times weights without common weight, ratio counts.
        let drawsDoubles: Bool
        /// The left shift from an index to a byte offset (0 for the double path).
        let shift: UInt32
        /// λ_g (n_g/m_g), and λ_g (n_g/m_g) w_g for the integer rows.
        let drawScale, rowFactor: Double

        init(group: ResamplingPlan.Group, plan: ResamplingPlan, generalOnly: Bool) {
            start = group.start
            draws = group.draws
            bound = PhiloxStream.Bound(UInt32(group.bound))
            let weight = generalOnly ? nil : group.commonWeight
            usesRows = weight != nil
            countsRows = usesRows && plan.rowStride > 0
            drawsDoubles = !usesRows || plan.ratioCount > 0
            shift = usesRows ? plan.rowShift : 0
            drawScale = group.drawScale
            rowFactor = group.drawScale * (weight ?? 0)
        }
    }
}
