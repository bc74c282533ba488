extension ResamplingPlan {
    /// Draws per chunk: a byte lane sums at most 255 draws of 0/1 values without overflow.
    static let chunkDraws = 255

    /// Computes the statistics of replicates `replicates` and stores statistic j of replicate b
    /// at `output[j · replicateCount + b]`.
    ///
    /// Replicate b draws from stream b of `key` (`PhiloxStream`), group after group, m_g
    /// indices each, so its values depend on b and the seed only — not on which thread computes
    /// it or in which order. Nothing of size B × n is stored: each replicate's totals are
    /// accumulated as its stations are drawn.
    ///
    /// A group whose stations share one weight adds the byte rows of up to 255 draws into one
    /// byte vector, then widens the sums into 32-bit counts (`addRows`); other groups, and the
    /// ratio counts, add doubles per draw. `generalOnly` forces the double path everywhere, for
    /// the test that both paths give the same replicates.
    func resample(
        replicates: Range<Int>, key: (UInt32, UInt32), into output: UnsafeMutablePointer<Float>,
        replicateCount: Int, generalOnly: Bool = false
    ) {
        let k = indicatorCount, d = denominatorColumns, pairs = 2 * ratioCount
        let width = totalsWidth, statistics = statisticCount, stride = rowStride
        let indices = UnsafeMutablePointer<UInt32>.allocate(capacity: Self.chunkDraws)
        let counts = UnsafeMutablePointer<UInt32>.allocate(capacity: max(1, stride))
        let totals = UnsafeMutablePointer<Double>.allocate(capacity: width)
        let drawn = UnsafeMutablePointer<Double>.allocate(capacity: width)
        defer {
            indices.deallocate(); counts.deallocate(); totals.deallocate(); drawn.deallocate()
        }
        bytes.withUnsafeBytes { bytes in
        values.withUnsafeBufferPointer { values in
        weights.withUnsafeBufferPointer { weights in
            for replicate in replicates {
                var stream = PhiloxStream(key: key, stream: UInt64(replicate))
                for column in 0..<width { totals[column] = base[column] }
                for group in groups where group.draws > 0 {
                    let fast = group.commonWeight != nil && !generalOnly
                    counts.initialize(repeating: 0, count: stride)
                    drawn.initialize(repeating: 0, count: width)
                    let rows = bytes.baseAddress! + group.start * stride
                    var remaining = group.draws
                    stream.begin(bound: PhiloxStream.Bound(UInt32(group.count)))
                    while remaining > 0 {
                        let chunk = min(remaining, Self.chunkDraws)
                        remaining -= chunk
                        stream.fill(indices, count: chunk)
                        if fast {
                            addRows(rows, indices: indices, count: chunk, into: counts)
                        } else {
                            for draw in 0..<chunk {
                                let row = Int(indices[draw])
                                let weight = weights[group.start + row]
                                for column in 0..<byteColumns {
                                    drawn[column] += weight * Double(rows.load(
                                        fromByteOffset: row * stride + column, as: UInt8.self))
                                }
                                if !hasMissingAnswers && k > 0 { drawn[k] += weight }
                            }
                        }
                        if pairs > 0 {
                            for draw in 0..<chunk {
                                let row = (group.start + Int(indices[draw])) * pairs
                                for column in 0..<pairs { drawn[k + d + column] += values[row + column] }
                            }
                        }
                    }
                    if fast, let weight = group.commonWeight {
                        let factor = group.drawScale * weight
                        for column in 0..<byteColumns { totals[column] += factor * Double(counts[column]) }
                        if !hasMissingAnswers && k > 0 { totals[k] += factor * Double(group.draws) }
                    }
                    for column in 0..<width { totals[column] += group.drawScale * drawn[column] }
                }
                for index in 0..<statistics {
                    output[index * replicateCount + replicate] = Float(statistic(index, of: totals))
                }
            }
        }
        }
        }
    }

    /// Adds the byte rows of `count` ≤ 255 drawn stations into the 32-bit `counts`, choosing
    /// the vector width from the row stride.
    @inline(__always)
    private func addRows(
        _ rows: UnsafeRawPointer, indices: UnsafePointer<UInt32>, count: Int,
        into counts: UnsafeMutablePointer<UInt32>
    ) {
        // Rows are summed 64 bytes at a time (one pass for k ≤ 64 columns); the passes differ
        // only in the vector width, from 16 to 64 bytes.
        switch rowStride {
        case 16: Self.addRows(SIMD16<UInt8>.self, rows, stride: 16, indices: indices, count: count, into: counts)
        case 32: Self.addRows(SIMD32<UInt8>.self, rows, stride: 32, indices: indices, count: count, into: counts)
        default:
            for offset in Swift.stride(from: 0, to: rowStride, by: 64) {
                Self.addRows(
                    SIMD64<UInt8>.self, rows + offset, stride: rowStride, indices: indices,
                    count: count, into: counts + offset)
            }
        }
    }

    /// The byte kernel: one unaligned vector load and one vector add per draw, then one widening
    /// of the byte sums into `counts`. `Row` is SIMD16, SIMD32 or SIMD64 of `UInt8`; the sums use
    /// the stdlib's concrete `SIMD16<UInt8>` operations (the generic `SIMD` ones go lane by lane).
    @inline(__always)
    private static func addRows<Row: SIMD>(
        _: Row.Type, _ rows: UnsafeRawPointer, stride: Int, indices: UnsafePointer<UInt32>,
        count: Int, into counts: UnsafeMutablePointer<UInt32>
    ) where Row.Scalar == UInt8 {
        let vectors = Row.scalarCount / 16
        var s0 = SIMD16<UInt8>(), s1 = SIMD16<UInt8>(), s2 = SIMD16<UInt8>(), s3 = SIMD16<UInt8>()
        for draw in 0..<count {
            let row = rows + Int(indices[draw]) &* stride
            s0 &+= row.loadUnaligned(as: SIMD16<UInt8>.self)
            if vectors > 1 { s1 &+= row.loadUnaligned(fromByteOffset: 16, as: SIMD16<UInt8>.self) }
            if vectors > 2 {
                s2 &+= row.loadUnaligned(fromByteOffset: 32, as: SIMD16<UInt8>.self)
                s3 &+= row.loadUnaligned(fromByteOffset: 48, as: SIMD16<UInt8>.self)
            }
        }
        for (vector, sum) in [s0, s1, s2, s3].prefix(vectors).enumerated() {
            let wide = SIMD16<UInt32>(truncatingIfNeeded: sum)
            let target = UnsafeMutableRawPointer(counts + 16 * vector)
            target.storeBytes(of: target.loadUnaligned(as: SIMD16<UInt32>.self) &+ wide, as: SIMD16<UInt32>.self)
        }
    }
}
