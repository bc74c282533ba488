extension BootstrapInput {
    /// The most bytes of replicates a run may store (B × (k + R) × 4): 1 GiB.
    public static let maximumReplicateBytes = 1 << 30

    /// Draws `replicates` bootstrap replicates of every statistic under `scheme`.
    ///
    /// Replicate b uses stream b of `seed` only (`PhiloxStream`), so the result is the same on
    /// every platform and for any number of threads. Memory: the B × (k + R) replicates as
    /// `Float` (or one byte each, `ReplicateValues`), plus O(n·k) for the station rows;
    /// nothing of size B × n.
    ///
    /// - Parameters:
    ///   - replicates: B ≥ 1; at most `maximumReplicateBytes / (4 (k + R))`.
    ///   - seed: any text (dice rolls, a public beacon value).
    ///   - scheme: `.raoWu` (R survey's `subbootweights`), with or without the
    ///     finite-population correction, or `.iid`.
    ///   - threads: how many threads to use; `nil` chooses: one for runs under 250,000
    ///     station-draws (about a quarter of a millisecond, where waking a thread costs more than
    ///     it saves), else every processor. The output does not depend on it.
    /// - Throws: `BootstrapError` for B < 1, a B too large to store (checked before anything is
    ///   allocated), or a finite-population-corrected scheme without population sizes.
    public func bootstrap(
        replicates: Int, seed: String, scheme: BootstrapScheme = .raoWu, threads: Int? = nil
    ) throws(BootstrapError) -> BootstrapResult {
        try bootstrap(replicates: replicates, seed: seed, scheme: scheme, threads: threads, generalOnly: false)
    }

    /// `bootstrap(replicates:seed:scheme:threads:)`, with the byte kernel switched off when
    /// `generalOnly` (for the test that both kernels agree).
    func bootstrap(
        replicates: Int, seed: String, scheme: BootstrapScheme, threads: Int?, generalOnly: Bool
    ) throws(BootstrapError) -> BootstrapResult {
        guard replicates >= 1 else { throw .replicatesNotPositive(replicates) }
        let statistics = indicators.count + ratios.count
        let limit = Self.maximumReplicateBytes / (4 * statistics)
        guard replicates <= limit else { throw .tooManyReplicates(requested: replicates, limit: limit) }
        let plan = try ResamplingPlan(input: self, scheme: scheme)
        let key = PhiloxKey(seed: seed)
        let kernel = ResamplingKernel(plan: plan, generalOnly: generalOnly)
        let pool = WorkerPool.shared
        let work = replicates * max(1, plan.drawsPerReplicate)
        let parts = min(pool.maximumParts, max(1, threads ?? (work < 250_000 ? 1 : pool.maximumParts)))
        // Each part's counts of the shares' table entries (`ResamplingPlan.resample`).
        let entries = kernel.table.count
        var valueCounts = [UInt32](repeating: 0, count: max(1, parts * entries))
        /// The kernel's replicates, computed on `parts` threads into a fresh array of `Element`s.
        func computed<Element>(_: Element.Type) -> [Element] {
            [Element](unsafeUninitializedCapacity: replicates * statistics) { buffer, count in
                HugePages.advise(buffer.baseAddress, byteCount: buffer.count * MemoryLayout<Element>.stride)
                let schedule = ReplicateSchedule(
                    output: UnsafeMutableRawPointer(buffer.baseAddress!), total: replicates,
                    chunk: parts == 1 ? replicates : max(64, replicates / (16 * parts)))
                valueCounts.withUnsafeMutableBufferPointer { counts in
                    let counts = PartOutput(counts)
                    pool.run(parts: parts) { part in
                        while let range = schedule.nextRange() {
                            plan.resample(
                                replicates: range, key: key, into: schedule.output, replicateCount: replicates,
                                kernel: kernel, valueCounts: counts.base + part * entries)
                        }
                    }
                }
                count = replicates * statistics
            }
        }
        let storage = kernel.storesEntries
            ? ReplicateValues(
                entries: computed(UInt8.self), table: kernel.table, rows: kernel.tableRows, replicateCount: replicates)
            : ReplicateValues(values: computed(Float.self), replicateCount: replicates)
        // With the table, each share's replicates are its table entries counted above.
        let histograms: [ReplicateHistogram?] = entries == 0 ? [] : (0..<statistics).map { j in
            let rows = kernel.tableRows
            let counts = (0..<rows).map { c in (0..<parts).reduce(0) { $0 + Int(valueCounts[$1 * entries + j * rows + c]) } }
            return ReplicateHistogram(values: Array(kernel.table[(j * rows)..<((j + 1) * rows)]), counts: counts)
        }
        var full = [Double](repeating: 0, count: plan.totalsWidth)
        for total in plan.groupTotals { for column in full.indices { full[column] += total[column] } }
        let estimates: [Double?] = full.withUnsafeBufferPointer { totals in
            (0..<statistics).map { index in
                let value = plan.statistic(index, of: totals.baseAddress!)
                return value.isNaN ? nil : value
            }
        }
        return BootstrapResult(
            statisticNames: statisticNames, estimates: estimates, replicateCount: replicates,
            seed: seed, scheme: scheme, singleStationStrata: plan.singleStationGroups,
            accelerations: plan.accelerations(), drawsPerReplicate: plan.drawsPerReplicate,
            replicateValues: storage, histograms: histograms)
    }
}
