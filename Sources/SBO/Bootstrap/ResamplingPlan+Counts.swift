extension ResamplingPlan {
    /// `resample` for a counts-only run (`ResamplingKernel.countsOnly`: one group, drawn as
    /// integer rows only — every `iid` run without ratios or PPS weights), with the same
    /// replicates.
    ///
    /// A replicate's statistics are then functions of its column counts c alone:
    /// ```
    /// share_j = (base_j + f · c_j) / (base_d + f · c_d),   f = λ (n/m) w
    /// ```
    /// with c_d = m (the draws) for complete indicators — the expressions `resample` evaluates.
    /// Replicates are drawn in batches of up to `chunkDraws / m` (all of a batch's indices
    /// first, then all of its rows), so that the calls and their set-up are paid per batch
    /// rather than per replicate; a group of more than `chunkDraws` draws takes one replicate
    /// at a time, `chunkDraws` draws at a time. With complete answers each share is looked up
    /// in the kernel's table of its m + 1 values; otherwise the counts of up to
    /// `blockReplicates` replicates are kept column by column and the quotients formed per
    /// block in one vectorised loop per statistic. A share looked up in the table is also
    /// counted in `valueCounts` (`resample`), and stored as its count c, one byte, when the
    /// kernel stores entries.
    func resampleCounts(
        replicates: Range<Int>, key: PhiloxKey, into output: UnsafeMutableRawPointer,
        replicateCount: Int, kernel: ResamplingKernel, valueCounts: UnsafeMutablePointer<UInt32>
    ) {
        let entries = output.assumingMemoryBound(to: UInt8.self), values = output.assumingMemoryBound(to: Float.self)
        let pass = kernel.passes[0], draws = pass.draws, factor = pass.rowFactor
        let span = Self.blockReplicates, stride = countColumns, tableRows = kernel.tableRows
        let batch = draws <= Self.chunkDraws ? Self.chunkDraws / draws : 1
        let offsets = UnsafeMutablePointer<UInt32>.allocate(capacity: Self.chunkDraws + PhiloxStream.bufferValues)
        let counts = UnsafeMutablePointer<UInt32>.allocate(capacity: batch * stride)
        let words = UnsafeMutableRawPointer.allocate(byteCount: PhiloxStream.bufferBytes, alignment: 16)
        // Count c of replicate `place` of the block is countBlock[c · span + place].
        let countBlock = UnsafeMutablePointer<UInt32>.allocate(capacity: tableRows > 0 ? 0 : byteColumns * span)
        defer { offsets.deallocate(); counts.deallocate(); words.deallocate(); countBlock.deallocate() }
        let rows = self.rows.baseAddress
        withUnsafePointer(to: key) { key in
        kernel.table.withUnsafeBufferPointer { table in
        base.withUnsafeBufferPointer { base in
            var first = replicates.lowerBound
            while first < replicates.upperBound {
                let size = min(batch, replicates.upperBound - first)
                for replicate in 0..<size { clearCounts(counts + replicate * stride) }
                if draws <= Self.chunkDraws {
                    PhiloxStream.fill(
                        streams: first..<(first + size), count: draws, bound: pass.bound, shift: pass.shift,
                        key: key, words: words, into: offsets)
                    addRows(rows, offsets: offsets, items: size, countStride: stride, into: counts) { _ in (pass.start, draws) }
                } else {
                    var stream = PhiloxStream(stream: UInt64(first))
                    var remaining = draws
                    while remaining > 0 {
                        let chunk = min(remaining, Self.chunkDraws)
                        remaining -= chunk
                        stream.fill(chunk, bound: pass.bound, shift: pass.shift, key: key, words: words, into: offsets)
                        addRows(rows, offsets: offsets, into: counts) { _ in (pass.start, chunk) }
                    }
                }
                for member in 0..<size {
                    let replicate = first + member, row = counts + member * stride
                    if kernel.storesEntries {
                        for j in 0..<indicatorCount {
                            entries[j &* replicateCount &+ replicate] = UInt8(truncatingIfNeeded: row[j])
                            valueCounts[j &* tableRows &+ Int(row[j])] &+= 1
                        }
                        continue
                    }
                    if tableRows > 0 {
                        for j in 0..<indicatorCount {
                            let entry = j &* tableRows &+ Int(row[j])
                            values[j &* replicateCount &+ replicate] = table[entry]
                            valueCounts[entry] &+= 1
                        }
                        continue
                    }
                    let place = (replicate - replicates.lowerBound) % span
                    for column in 0..<byteColumns { countBlock[column &* span &+ place] = row[column] }
                    guard place == span - 1 || replicate == replicates.upperBound - 1 else { continue }
                    // The block's quotients, statistic by statistic.
                    let k = indicatorCount, start = replicate - place
                    let common = k > 0 ? base[k] + factor * Double(draws) : 0
                    for (index, (numerator, denominator)) in kernel.columns.enumerated() {
                        let numerators = countBlock + numerator * span, offset = base[numerator]
                        let target = values + index * replicateCount + start
                        if hasMissingAnswers {
                            let denominators = countBlock + denominator * span, shift = base[denominator]
                            for place in 0...place {
                                target[place] = Float(Self.quotient(
                                    offset + factor * Double(numerators[place]), shift + factor * Double(denominators[place])))
                            }
                        } else {
                            for place in 0...place {
                                target[place] = Float(Self.quotient(offset + factor * Double(numerators[place]), common))
                            }
                        }
                    }
                }
                first += size
            }
        }
        }
        }
    }
}
