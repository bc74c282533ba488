extension ResamplingPlan {
    /// Replicates whose totals are kept before their statistics are formed.
    static let blockReplicates = 64

    /// Computes the statistics of replicates `replicates` and stores statistic j of replicate b
    /// at `output[j · replicateCount + b]`.
    ///
    /// Replicate b draws from stream b of `key` (`PhiloxStream`), group after group, m_g
    /// indices each, a buffer of up to 64 at a time, so its values depend on b and the seed
    /// only — not on which thread computes it or in which order. Nothing of size B × n is
    /// stored: each replicate's totals are accumulated as its stations are drawn.
    ///
    /// A group whose stations share one weight adds the byte rows of its draws into byte
    /// vectors, one load and one add per draw, and widens the sums into 32-bit counts before
    /// any byte can pass 255 (`addRows`); other groups, and the ratio counts, add doubles per
    /// draw. `generalOnly` forces the double path everywhere, for the test that both paths give
    /// the same replicates.
    ///
    /// The totals of up to `blockReplicates` consecutive replicates are kept column by column,
    /// so that each statistic's quotients are formed in one vectorised loop per block and
    /// written to consecutive places of `output`.
    func resample(
        replicates: Range<Int>, key: (UInt32, UInt32), into output: UnsafeMutablePointer<Float>,
        replicateCount: Int, generalOnly: Bool = false
    ) {
        let k = indicatorCount, d = denominatorColumns, pairs = 2 * ratioCount
        let width = totalsWidth, statistics = statisticCount, stride = rowStride
        let indices = UnsafeMutablePointer<UInt32>.allocate(capacity: PhiloxStream.bufferIndices)
        let counts = UnsafeMutablePointer<UInt32>.allocate(capacity: max(1, stride))
        let totals = UnsafeMutablePointer<Double>.allocate(capacity: width)
        let drawn = UnsafeMutablePointer<Double>.allocate(capacity: width)
        let block = UnsafeMutablePointer<Double>.allocate(capacity: width * Self.blockReplicates)
        defer {
            indices.deallocate(); counts.deallocate(); totals.deallocate(); drawn.deallocate()
            block.deallocate()
        }
        let columns = (0..<statistics).map { self.columns(of: $0) }
        let bounds = groups.map { PhiloxStream.Bound(UInt32(max(1, $0.count))) }
        let keys = PhiloxStream.roundKeys(key)
        bytes.withUnsafeBytes { bytes in
        values.withUnsafeBufferPointer { values in
        weights.withUnsafeBufferPointer { weights in
            for replicate in replicates {
                let place = (replicate - replicates.lowerBound) % Self.blockReplicates
                var stream = PhiloxStream(keys: keys, stream: UInt64(replicate))
                for column in 0..<width { totals[column] = base[column] }
                for (group, bound) in zip(groups, bounds) where group.draws > 0 {
                    let fast = group.commonWeight != nil && !generalOnly
                    let rows = bytes.baseAddress! + group.start * stride
                    // Doubles are drawn unless the byte kernel covers every column.
                    let usesDoubles = !fast || pairs > 0
                    if usesDoubles { drawn.initialize(repeating: 0, count: width) }
                    if fast {
                        counts.initialize(repeating: 0, count: stride)
                        addRows(rows, draws: group.draws, bound: bound, stream: &stream, indices: indices, into: counts) { chunk in
                            guard pairs > 0 else { return }
                            for draw in 0..<chunk {
                                let row = (group.start + Int(indices[draw])) * pairs
                                for column in 0..<pairs { drawn[k + d + column] += values[row + column] }
                            }
                        }
                    }
                    var remaining = fast ? 0 : group.draws
                    while remaining > 0 {
                        let chunk = min(remaining, stream.nextBuffer(bound: bound, into: indices))
                        remaining -= chunk
                        for draw in 0..<chunk {
                            let row = Int(indices[draw])
                            let weight = weights[group.start + row]
                            for column in 0..<byteColumns {
                                drawn[column] += weight * Double(rows.load(
                                    fromByteOffset: row * stride + column, as: UInt8.self))
                            }
                            if !hasMissingAnswers && k > 0 { drawn[k] += weight }
                            for column in 0..<pairs {
                                drawn[k + d + column] += values[(group.start + row) * pairs + column]
                            }
                        }
                    }
                    if fast, let weight = group.commonWeight {
                        let factor = group.drawScale * weight
                        for column in 0..<byteColumns { totals[column] += factor * Double(counts[column]) }
                        if !hasMissingAnswers && k > 0 { totals[k] += factor * Double(group.draws) }
                    }
                    if usesDoubles {
                        for column in 0..<width { totals[column] += group.drawScale * drawn[column] }
                    }
                }
                for column in 0..<width { block[column * Self.blockReplicates + place] = totals[column] }
                if place == Self.blockReplicates - 1 || replicate == replicates.upperBound - 1 {
                    let first = replicate - place
                    for (index, (numerator, denominator)) in columns.enumerated() {
                        let numerators = block + numerator * Self.blockReplicates
                        let denominators = block + denominator * Self.blockReplicates
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

    /// Draws `draws` stations below `bound` from `stream`, a buffer at a time, and adds their
    /// byte rows into the 32-bit `counts`; `each(chunk)` sees every buffer's indices (the first
    /// `chunk` of `indices`) after they are added. The row stride picks the vector width.
    @inline(__always)
    private func addRows(
        _ rows: UnsafeRawPointer, draws: Int, bound: PhiloxStream.Bound, stream: inout PhiloxStream,
        indices: UnsafeMutablePointer<UInt32>, into counts: UnsafeMutablePointer<UInt32>,
        each: (Int) -> Void
    ) {
        switch rowStride {
        case 0: Self.addRows(0, rows, stride: 0, draws: draws, bound: bound, stream: &stream, indices: indices, into: counts, each: each)
        case 1: Self.addRows(1, rows, stride: 1, draws: draws, bound: bound, stream: &stream, indices: indices, into: counts, each: each)
        case 4: Self.addRows(4, rows, stride: 4, draws: draws, bound: bound, stream: &stream, indices: indices, into: counts, each: each)
        case 8: Self.addRows(8, rows, stride: 8, draws: draws, bound: bound, stream: &stream, indices: indices, into: counts, each: each)
        case 16: Self.addRows(16, rows, stride: 16, draws: draws, bound: bound, stream: &stream, indices: indices, into: counts, each: each)
        case 32: Self.addRows(32, rows, stride: 32, draws: draws, bound: bound, stream: &stream, indices: indices, into: counts, each: each)
        default: Self.addRows(64, rows, stride: rowStride, draws: draws, bound: bound, stream: &stream, indices: indices, into: counts, each: each)
        }
    }

    /// Byte sums of drawn rows: four 16-byte vectors, one 8-byte vector for rows of 8 bytes, or
    /// a 32-bit word for rows of 4 bytes (four byte lanes, added as one integer: no lane
    /// reaches 256, so no carry crosses a lane) or of 1 byte.
    typealias ByteSums = (SIMD16<UInt8>, SIMD16<UInt8>, SIMD16<UInt8>, SIMD16<UInt8>, SIMD8<UInt8>, UInt32)

    /// The byte kernel: per draw one unaligned load and one vector add for each `width` bytes
    /// of the row (`width` 1, 4, 8, 16, 32, or 64 for rows of any multiple of 64 bytes, summed
    /// 64 columns at a time; 0 for no indicator, where only `each` sees the draws); the byte
    /// sums are widened into `counts` at most every 255 draws.
    @inline(__always)
    private static func addRows(
        _ width: Int, _ rows: UnsafeRawPointer, stride: Int, draws: Int, bound: PhiloxStream.Bound,
        stream: inout PhiloxStream, indices: UnsafeMutablePointer<UInt32>,
        into counts: UnsafeMutablePointer<UInt32>, each: (Int) -> Void
    ) {
        var sums: ByteSums = (.zero, .zero, .zero, .zero, .zero, 0)
        var remaining = draws, pending = 0
        while remaining > 0 {
            let chunk = min(remaining, stream.nextBuffer(bound: bound, into: indices))
            remaining -= chunk
            if stride > 64 {
                // Wide rows: each 64-column block is summed and widened per buffer.
                for offset in Swift.stride(from: 0, to: stride, by: 64) {
                    add(width, rows + offset, stride: stride, indices: indices, count: chunk, to: &sums)
                    widen(width, &sums, into: counts + offset)
                }
            } else {
                if pending + chunk > 255 {
                    widen(width, &sums, into: counts)
                    pending = 0
                }
                add(width, rows, stride: stride, indices: indices, count: chunk, to: &sums)
                pending += chunk
            }
            each(chunk)
        }
        if stride <= 64 { widen(width, &sums, into: counts) }
    }

    /// Adds the rows `indices[0..<count]` to the byte sums.
    @inline(__always)
    private static func add(
        _ width: Int, _ rows: UnsafeRawPointer, stride: Int, indices: UnsafeMutablePointer<UInt32>,
        count: Int, to sums: inout ByteSums
    ) {
        var (s0, s1, s2, s3, narrow, word) = sums
        for draw in 0..<count {
            let row = rows + Int(truncatingIfNeeded: indices[draw]) &* stride
            if width == 0 { continue }
            if width == 1 {
                word &+= UInt32(row.load(as: UInt8.self))
                continue
            }
            if width == 4 {
                word &+= UInt32(littleEndian: row.loadUnaligned(as: UInt32.self))
                continue
            }
            if width == 8 {
                narrow &+= row.loadUnaligned(as: SIMD8<UInt8>.self)
                continue
            }
            s0 &+= row.loadUnaligned(as: SIMD16<UInt8>.self)
            if width > 16 { s1 &+= row.loadUnaligned(fromByteOffset: 16, as: SIMD16<UInt8>.self) }
            if width > 32 {
                s2 &+= row.loadUnaligned(fromByteOffset: 32, as: SIMD16<UInt8>.self)
                s3 &+= row.loadUnaligned(fromByteOffset: 48, as: SIMD16<UInt8>.self)
            }
        }
        sums = (s0, s1, s2, s3, narrow, word)
    }

    /// Adds the byte sums into the 32-bit `counts` and clears them.
    @inline(__always)
    private static func widen(_ width: Int, _ sums: inout ByteSums, into counts: UnsafeMutablePointer<UInt32>) {
        let target = UnsafeMutableRawPointer(counts)
        if width == 1 {
            counts[0] &+= sums.5
        } else if width == 4 {
            for lane in 0..<4 { counts[lane] &+= sums.5 >> (8 * lane) & 0xFF }
        } else if width == 8 {
            target.storeBytes(
                of: target.loadUnaligned(as: SIMD8<UInt32>.self) &+ SIMD8<UInt32>(truncatingIfNeeded: sums.4),
                as: SIMD8<UInt32>.self)
        } else if width >= 16 {
            widen(sums.0, into: target)
            if width > 16 { widen(sums.1, into: target + 64) }
            if width > 32 {
                widen(sums.2, into: target + 128)
                widen(sums.3, into: target + 192)
            }
        }
        sums = (.zero, .zero, .zero, .zero, .zero, 0)
    }

    /// Adds 16 byte sums into 16 32-bit counts at `target`.
    @inline(__always)
    private static func widen(_ sum: SIMD16<UInt8>, into target: UnsafeMutableRawPointer) {
        target.storeBytes(
            of: target.loadUnaligned(as: SIMD16<UInt32>.self) &+ SIMD16<UInt32>(truncatingIfNeeded: sum),
            as: SIMD16<UInt32>.self)
    }
}
