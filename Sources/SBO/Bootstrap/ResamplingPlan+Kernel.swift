extension ResamplingPlan {
    /// Replicates whose totals are kept before their statistics are formed.
    static let blockReplicates = 64

    /// Draws generated at a time, before their rows are added: a multiple of every full
    /// buffer's indices (32, 64, 96 or 128), so that drawing a group chunk by chunk takes the
    /// same buffers as drawing it at once (`PhiloxStream`).
    static let chunkDraws = 1536

    /// Computes the statistics of replicates `replicates` and stores statistic j of replicate b
    /// at place j · replicateCount + b of `output`: a `Float`, or its table entry's byte when the
    /// kernel stores entries (`ResamplingKernel.storesEntries`).
    ///
    /// Replicate b draws from stream b of `key` (`PhiloxStream`), group after group, m_g
    /// indices each, so its values depend on b and the seed only — not on which thread
    /// computes it or in which order. Nothing of size B × n is stored: each replicate's totals
    /// are accumulated as its stations are drawn, up to `chunkDraws` at a time.
    ///
    /// A group whose stations share one weight w_g adds the packed rows of its draws as small
    /// integers (`addRows`): its totals are t* += λ_g (n_g/m_g) w_g · (column counts), and
    /// the denominator of complete indicators gains λ_g (n_g/m_g) w_g · m_g. Other groups (PPS
    /// weights), and the ratio counts, add doubles per draw (`ResamplingKernel` says which
    /// groups take which path, and holds what is computed once per run).
    ///
    /// The totals of up to `blockReplicates` consecutive replicates are kept column by column,
    /// so that each statistic's quotients are formed in one vectorised loop per block and
    /// written to consecutive places of `output`.
    ///
    /// When the kernel has a table of each share's values (`ResamplingKernel.table`), each
    /// replicate also adds one to `valueCounts[j · tableRows + c]` for share j's table entry c,
    /// so that the percentile step finds the replicates' distinct values without reading them
    /// (`ReplicateHistogram(values:counts:)`).
    func resample(
        replicates: Range<Int>, key: PhiloxKey, into output: UnsafeMutableRawPointer,
        replicateCount: Int, kernel: ResamplingKernel, valueCounts: UnsafeMutablePointer<UInt32>
    ) {
        let k = indicatorCount, d = denominatorColumns, pairs = 2 * ratioCount
        let width = totalsWidth, span = Self.blockReplicates
        if kernel.countsOnly {
            resampleCounts(
                replicates: replicates, key: key, into: output, replicateCount: replicateCount, kernel: kernel,
                valueCounts: valueCounts)
            return
        }
        let output = output.assumingMemoryBound(to: Float.self)
        let offsets = UnsafeMutablePointer<UInt32>.allocate(capacity: Self.chunkDraws + PhiloxStream.bufferValues)
        let counts = UnsafeMutablePointer<UInt32>.allocate(capacity: countColumns * max(1, kernel.passes.count))
        // A replicate's totals t*, contiguous while its groups add to them (vector loops).
        let totals = UnsafeMutablePointer<Double>.allocate(capacity: width)
        let drawn = UnsafeMutablePointer<Double>.allocate(capacity: width)
        // Column c of replicate `place` of the block is block[c · span + place].
        let block = UnsafeMutablePointer<Double>.allocate(capacity: width * span)
        let words = UnsafeMutableRawPointer.allocate(byteCount: PhiloxStream.bufferBytes, alignment: 16)
        let columns = kernel.columns
        defer {
            offsets.deallocate(); counts.deallocate(); totals.deallocate(); drawn.deallocate(); block.deallocate()
            words.deallocate()
        }
        withUnsafePointer(to: key) { key in
        answers.withUnsafeBufferPointer { answers in
        values.withUnsafeBufferPointer { values in
        weights.withUnsafeBufferPointer { weights in
        base.withUnsafeBufferPointer { base in
        kernel.passes.withUnsafeBufferPointer { passes in
            for replicate in replicates {
                let place = (replicate &- replicates.lowerBound) % span
                var stream = PhiloxStream(stream: UInt64(replicate))
                totals.update(from: base.baseAddress!, count: width)
                // t* += λ(n/m)w · (the group's column counts); complete indicators' denominator
                // gains λ(n/m)w · m.
                @inline(__always) func addCounts(_ pass: ResamplingKernel.Pass, _ counts: UnsafeMutablePointer<UInt32>) {
                    for column in 0..<byteColumns { totals[column] += pass.rowFactor * Double(counts[column]) }
                    if !hasMissingAnswers && k > 0 { totals[k] += pass.rowFactor * Double(pass.draws) }
                }
                if kernel.rowsAtOnce {
                    // All groups' indices with one call, all their rows with another.
                    for group in 0..<passes.count { clearCounts(counts + group &* countColumns) }
                    stream.fill(groups: passes.count, shift: rowShift, key: key, words: words, into: offsets) {
                        (passes[$0].draws, passes[$0].bound)
                    }
                    addRows(rows.baseAddress, offsets: offsets, items: passes.count, countStride: countColumns, into: counts) {
                        (passes[$0].start, passes[$0].draws)
                    }
                    for (group, pass) in passes.enumerated() { addCounts(pass, counts + group &* countColumns) }
                }
                for pass in passes where !kernel.rowsAtOnce {
                    if pass.countsRows { clearCounts(counts) }
                    if pass.drawsDoubles { drawn.initialize(repeating: 0, count: width) }
                    var remaining = pass.draws
                    while remaining > 0 {
                        let chunk = min(remaining, Self.chunkDraws)
                        remaining &-= chunk
                        stream.fill(chunk, bound: pass.bound, shift: pass.shift, key: key, words: words, into: offsets)
                        if pass.countsRows {
                            addRows(rows.baseAddress, offsets: offsets, into: counts) { _ in (pass.start, chunk) }
                        } else if !pass.usesRows {
                            // The double path: every column of every draw, times its weight.
                            for draw in 0..<chunk {
                                let station = pass.start &+ Int(offsets[draw])
                                let weight = weights[station]
                                for column in 0..<byteColumns {
                                    drawn[column] += weight * Double(answers[station &* byteColumns &+ column])
                                }
                                if !hasMissingAnswers && k > 0 { drawn[k] += weight }
                            }
                        }
                        if pairs > 0 {
                            for draw in 0..<chunk {
                                let station = pass.start &+ Int(offsets[draw] &>> pass.shift)
                                for column in 0..<pairs { drawn[k &+ d &+ column] += values[station &* pairs &+ column] }
                            }
                        }
                    }
                    if pass.usesRows { addCounts(pass, counts) }
                    if pass.drawsDoubles {
                        for column in 0..<width { totals[column] += pass.drawScale * drawn[column] }
                    }
                }
                for column in 0..<width { block[column &* span &+ place] = totals[column] }
                if place == span - 1 || replicate == replicates.upperBound - 1 {
                    let first = replicate - place
                    for (index, (numerator, denominator)) in columns.enumerated() {
                        let numerators = block + numerator * span
                        let denominators = block + denominator * span
                        let target = output + index * replicateCount + first
                        for offset in 0...place {
                            target[offset] = Float(Self.quotient(numerators[offset], denominators[offset]))
                        }
                    }
                }
            }
        }
        }
        }
        }
        }
        }
    }

    /// Adds drawn rows into 32-bit column counts, in the row packing of the plan
    /// (`ResamplingPlan`'s description), for `items` groups or replicates in turn: item i adds
    /// `item(i).count` rows, the stations at byte offsets taken from `offsets` (right after item
    /// i − 1's) from `rows + item(i).rowStart · rowStride`, into the counts at
    /// `counts + i · countStride`.
    @inline(never)  // its own function, so that its loops get the vector registers to themselves
    func addRows(
        _ rows: UnsafeRawPointer, offsets: UnsafePointer<UInt32>, items: Int = 1, countStride: Int = 0,
        into counts: UnsafeMutablePointer<UInt32>, item: (Int) -> (rowStart: Int, count: Int)
    ) {
        var offsets = offsets
        for index in 0..<items {
            let (rowStart, count) = item(index)
            let rows = rows + rowStart &* rowStride, counts = counts + index &* countStride
            if !packsNibbles {
                switch rowStride {
                case 1: Self.addBytes(1, rows, offsets: offsets, count: count, into: counts)
                case 4: Self.addBytes(4, rows, offsets: offsets, count: count, into: counts)
                case 8: Self.addBytes(8, rows, offsets: offsets, count: count, into: counts)
                default: Self.addBytes(16, rows, offsets: offsets, count: count, into: counts)
                }
            } else if rowStride == 16 {
                Self.addNibbles(1, rows, offsets: offsets, count: count, into: counts)
            } else {
                // Two vectors (64 columns) per pass over the offsets.
                for vector in stride(from: 0, to: rowStride / 16, by: 2) {
                    Self.addNibbles(2, rows + 16 * vector, offsets: offsets, count: count, into: counts + 32 * vector)
                }
            }
            offsets += count
        }
    }

    /// The 32-bit counts a replicate's row sums need: whole vectors of 16, at least 4 of them,
    /// so that the first 64 are cleared by four fixed stores (`clearCounts`).
    var countColumns: Int { 16 * max(4, ((packsNibbles ? 2 * rowStride : max(1, rowStride)) + 15) / 16) }

    /// Clears `countColumns` counts: the first 64 by four fixed vector stores, because a call to
    /// `memset` per replicate, which the optimiser makes of any clearing loop, cost 4–6 % of
    /// W2's time.
    @inline(__always)
    func clearCounts(_ counts: UnsafeMutablePointer<UInt32>) {
        let clear = UnsafeMutableRawPointer(counts)
        clear.storeBytes(of: .zero, toByteOffset: 0, as: SIMD16<UInt32>.self)
        clear.storeBytes(of: .zero, toByteOffset: 64, as: SIMD16<UInt32>.self)
        clear.storeBytes(of: .zero, toByteOffset: 128, as: SIMD16<UInt32>.self)
        clear.storeBytes(of: .zero, toByteOffset: 192, as: SIMD16<UInt32>.self)
        if countColumns > 64 { (counts + 64).initialize(repeating: 0, count: countColumns - 64) }
    }

    /// Draws between widenings of byte sums into 32-bit counts: no byte can pass 255.
    private static let byteRun = 240

    /// Byte rows of `width` bytes (1, 4, 8 or 16): per draw one load and one add — into a
    /// 32-bit word holding four byte lanes for widths 1 and 4 (no lane reaches 256 within a
    /// run, so no carry crosses a lane), else a vector of bytes — widened into `counts` every
    /// `byteRun` draws.
    @inline(__always)
    private static func addBytes(
        _ width: Int, _ rows: UnsafeRawPointer, offsets: UnsafePointer<UInt32>, count: Int,
        into counts: UnsafeMutablePointer<UInt32>
    ) {
        var start = 0
        while start < count {
            let end = min(count, start + byteRun)
            var word: UInt32 = 0, narrow = SIMD8<UInt8>(), wide = SIMD16<UInt8>()
            for draw in start..<end {
                let row = rows + Int(offsets[draw])
                switch width {
                case 1: word &+= UInt32(row.load(as: UInt8.self))
                case 4: word &+= UInt32(littleEndian: row.load(as: UInt32.self))
                case 8: narrow &+= row.load(as: SIMD8<UInt8>.self)
                default: wide &+= row.load(as: SIMD16<UInt8>.self)
                }
            }
            switch width {
            case 1: counts[0] &+= word
            case 4: for lane in 0..<4 { counts[lane] &+= word >> (8 * lane) & 0xFF }
            case 8: widen(narrow, into: counts)
            default: widen(wide, into: counts)
            }
            start = end
        }
    }

    /// Draws between flushes of nibble sums into byte sums: no nibble can pass 15.
    private static let nibbleRun = 15

    /// Nibble rows, `vectors` (1 or 2) 16-byte vectors at a time: per draw one load and one
    /// byte add per vector; every `nibbleRun` draws the low and high nibbles are split into
    /// byte sums (columns 0–15 and 16–31 of the vector), and those are widened into `counts`
    /// every `byteRun` draws.
    @inline(__always)
    private static func addNibbles(
        _ vectors: Int, _ rows: UnsafeRawPointer, offsets: UnsafePointer<UInt32>, count: Int,
        into counts: UnsafeMutablePointer<UInt32>
    ) {
        let mask = SIMD16<UInt8>(repeating: 0x0F)
        var start = 0
        while start < count {
            let end = min(count, start + byteRun)
            var low0 = SIMD16<UInt8>(), high0 = SIMD16<UInt8>(), low1 = SIMD16<UInt8>(), high1 = SIMD16<UInt8>()
            while start < end {
                var nibbles0 = SIMD16<UInt8>(), nibbles1 = SIMD16<UInt8>()
                @inline(__always) func add(_ draw: Int) {
                    let row = rows + Int(offsets[draw])
                    nibbles0 &+= row.load(as: SIMD16<UInt8>.self)
                    if vectors == 2 { nibbles1 &+= row.load(fromByteOffset: 16, as: SIMD16<UInt8>.self) }
                }
                if end - start >= nibbleRun {
                    // A full run: a loop of constant length, unrolled by the optimiser.
                    for draw in 0..<nibbleRun { add(start &+ draw) }
                    start += nibbleRun
                } else {
                    for draw in start..<end { add(draw) }
                    start = end
                }
                low0 &+= nibbles0 & mask
                high0 &+= nibbles0 &>> 4 & mask
                if vectors == 2 {
                    low1 &+= nibbles1 & mask
                    high1 &+= nibbles1 &>> 4 & mask
                }
            }
            widen(low0, into: counts)
            widen(high0, into: counts + 16)
            if vectors == 2 {
                widen(low1, into: counts + 32)
                widen(high1, into: counts + 48)
            }
        }
    }

    /// Adds 8 byte sums into 8 32-bit counts.
    @inline(__always)
    private static func widen(_ sums: SIMD8<UInt8>, into counts: UnsafeMutablePointer<UInt32>) {
        let target = UnsafeMutableRawPointer(counts)
        target.storeBytes(
            of: target.loadUnaligned(as: SIMD8<UInt32>.self) &+ SIMD8<UInt32>(truncatingIfNeeded: sums),
            as: SIMD8<UInt32>.self)
    }

    /// Adds 16 byte sums into 16 32-bit counts.
    @inline(__always)
    private static func widen(_ sums: SIMD16<UInt8>, into counts: UnsafeMutablePointer<UInt32>) {
        let target = UnsafeMutableRawPointer(counts)
        target.storeBytes(
            of: target.loadUnaligned(as: SIMD16<UInt32>.self) &+ SIMD16<UInt32>(truncatingIfNeeded: sums),
            as: SIMD16<UInt32>.self)
    }
}
