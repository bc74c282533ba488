import CPhilox

/// One replicate's stream of uniform station indices: Philox4x32-10 blocks computed in SIMD
/// lanes, each 32-bit word turned into one to four indices by Lemire's multiply-shift with its
/// exact rejection step, rejected words replaced from a separate spare sequence.
///
/// Blocks. Stream r of a seed is the Philox4x32-10 sequence of blocks with counter
/// (c₀, c₁, c₂, c₃) = (b mod 2³², ⌊b / 2³²⌋, r mod 2³², ⌊r / 2³²⌋), b = 0, 1, 2, …, under the
/// key that `Philox4x32(seed:stream:)` derives from the seed's SHA-256 (`PhiloxKey`): the
/// blocks of the scalar `Philox4x32` of stream r, computed in lanes (`PhiloxStreamTests`).
///
/// Digits. A group draws from s = n_g stations. Each word x gives e indices at once (e from 1
/// to 4, `Bound`): with S = s^e ≤ 2³² and t = 2³² mod S,
/// ```
/// p₁ = x · s,  i₁ = ⌊p₁ / 2³²⌋;   p_j = (p_{j−1} mod 2³²) · s,  i_j = ⌊p_j / 2³²⌋  (j ≤ e)
/// the word is rejected when (p_e mod 2³²) < t
/// ```
/// Since x · S = (i₁ s^{e−1} + … + i_e) · 2³² + (p_e mod 2³²), this is Lemire's method for the
/// bound S: an accepted word gives a value uniform on `0..<S` whose base-s digits i₁ … i_e are
/// independent and uniform on `0..<s` (Brackett-Rozinsky and Lemire's batched draws). Fewer
/// bits per index means fewer Philox rounds per draw: 8 bits for s = 105 rather than 16.
///
/// Buffers. `fill` draws a group's m indices from buffers of β consecutive blocks, β = 8, 4
/// or 2: with q = ⌈(m − done)/(4e)⌉ the blocks still needed, β = 8 when q ≥ 7, 4 when q ≥ 3,
/// else 2 — the fewest blocks, in steps of two, that hold the group's draws. With x_w[l] word
/// w of the buffer's l-th block, a buffer's words are taken in the order x₀[0…β−1],
/// x₁[0…β−1], x₂[0…β−1], x₃[0…β−1] (lane order, which the vector code produces without a
/// transpose), and each run of four consecutive words y₀ … y₃ gives the 4e indices
/// i₁(y₀), i₁(y₁), i₁(y₂), i₁(y₃), i₂(y₀), …, i_e(y₃) (digit by digit, as the vector code
/// forms them). A group uses the first (m − done) indices of its last buffer and drops the
/// rest.
///
/// Spares. The digits of a rejected word (probability t/2³² ≤ 1/32) that gave one of the
/// indices the group uses are replaced, word by word in buffer order, by those of the next
/// accepted word of the stream's spare sequence: spare blocks j = 0, 1, 2, … with counter
/// (j mod 2³², 2³¹ + ⌊j / 2³²⌋, r mod 2³², ⌊r / 2³²⌋) — disjoint from the main blocks, whose
/// c₁ stays below 2³¹ — each giving the words x₀ … x₃ in order, the sequence running on across
/// the stream's groups. Every index remains uniform and independent of the others.
///
/// References: J. K. Salmon, M. A. Moraes, R. O. Dror, D. E. Shaw, "Parallel random numbers:
/// as easy as 1, 2, 3", SC '11, [doi:10.1145/2063384.2063405]; D. Lemire, "Fast random integer
/// generation in an interval", ACM TOMACS 29(1), 2019, [doi:10.1145/3230636]; N.
/// Brackett-Rozinsky, D. Lemire, "Batched ranged random integer generation", Software:
/// Practice and Experience (2024), [doi:10.1002/spe.3369], arXiv:2408.06213.
///
/// [doi:10.1145/2063384.2063405]: https://doi.org/10.1145/2063384.2063405
/// [doi:10.1145/3230636]: https://doi.org/10.1145/3230636
/// [doi:10.1002/spe.3369]: https://doi.org/10.1002/spe.3369
struct PhiloxStream {
    /// Indices a buffer writes at most (eight blocks of four words of four digits): `fill`
    /// needs this much room beyond its count.
    static let bufferValues = 128

    /// The scratch bytes `fill` needs for a buffer's words and their remainders.
    static let bufferBytes = 256

    /// The stream number r, as the counter's upper words (c₂, c₃).
    private let stream2, stream3: UInt32
    /// The index of the next main block.
    private var nextBlock: UInt64 = 0
    /// The index of the next spare block.
    private var nextSpareBlock: UInt64 = 0
    /// The current spare block's words, and how many of them are not yet used.
    private var spare = SIMD4<UInt32>()
    private var spareLeft = 0

    /// Stream `stream` (the replicate's number) of a seed.
    init(stream: UInt64) {
        stream2 = UInt32(truncatingIfNeeded: stream)
        stream3 = UInt32(truncatingIfNeeded: stream >> 32)
    }

    /// Draws a group's `count` indices below `bound` and writes them, each shifted left by
    /// `shift` bits (a station's byte offset when its rows are 2^shift bytes apart), to
    /// `target`, which has room for `count + bufferValues` values; `words` is scratch space
    /// for a buffer's words (`bufferBytes`, 16-byte aligned).
    @inline(never)  // its own function, so that its loops get the vector registers to themselves
    mutating func fill(
        _ count: Int, bound: Bound, shift: UInt32, key: UnsafePointer<PhiloxKey>, words: UnsafeMutableRawPointer,
        into target: UnsafeMutablePointer<UInt32>
    ) {
        draw(count, bound: bound, shift: shift, key: key, words: words, into: target)
    }

    /// `fill` for the first group of each of the streams `streams` (replicates): stream r's
    /// `count` indices at `target + (r − streams.lowerBound) · count`; `target` has room for
    /// `streams.count · count + bufferValues` values. One call for a batch of replicates.
    @inline(never)
    static func fill(
        streams: Range<Int>, count: Int, bound: Bound, shift: UInt32, key: UnsafePointer<PhiloxKey>,
        words: UnsafeMutableRawPointer, into target: UnsafeMutablePointer<UInt32>
    ) {
        for stream in streams {
            var replicate = PhiloxStream(stream: UInt64(stream))
            replicate.draw(count, bound: bound, shift: shift, key: key, words: words,
                           into: target + (stream &- streams.lowerBound) &* count)
        }
    }

    /// `fill` for several groups of one stream in turn: group g's indices (its count and bound
    /// from `group(g)`) right after group g − 1's in `target`, which has room for all of them
    /// plus `bufferValues`. One call for all the groups of a replicate.
    @inline(never)
    mutating func fill(
        groups: Int, shift: UInt32, key: UnsafePointer<PhiloxKey>, words: UnsafeMutableRawPointer,
        into target: UnsafeMutablePointer<UInt32>, group: (Int) -> (count: Int, bound: Bound)
    ) {
        var place = 0
        for index in 0..<groups {
            let (count, bound) = group(index)
            draw(count, bound: bound, shift: shift, key: key, words: words, into: target + place)
            place &+= count
        }
    }

    /// The body of `fill`.
    @inline(__always)
    private mutating func draw(
        _ count: Int, bound: Bound, shift: UInt32, key: UnsafePointer<PhiloxKey>, words: UnsafeMutableRawPointer,
        into target: UnsafeMutablePointer<UInt32>
    ) {
        let perBlock = 4 &* bound.digits
        var done = 0
        while done < count {
            // q ≥ 7 blocks still needed when more than 6 blocks' indices remain, q ≥ 3 when
            // more than 2 blocks'.
            let remaining = count &- done
            let blocks = remaining > 6 &* perBlock ? 8 : remaining > 2 &* perBlock ? 4 : 2
            let used = min(remaining, blocks &* perBlock)
            // Main blocks nextBlock ..< nextBlock + blocks, x_w[l] as word w · blocks + l of the
            // buffer, mapped to indices four words at a time digit by digit (the type's
            // description), each word's last remainder p_e mod 2³² stored in `words`: eight
            // lanes at a time, with AVX2 where the CPU has it (the C target CPhilox).
            let rejected = sbo_philox_draw(
                blocks, nextBlock, stream2, stream3, key.pointee.key.0, key.pointee.key.1, Int32(bound.digits),
                bound.bound, bound.threshold, shift, target + done,
                (words + Self.remainders).assumingMemoryBound(to: UInt32.self))
            nextBlock &+= UInt64(blocks)
            if rejected != 0 {
                replaceRejected(used, of: words, blocks: blocks, bound: bound, shift: shift, key: key, in: target + done)
            }
            done &+= used
        }
    }

    /// Where `draw` stores the remainders in the scratch space.
    private static let remainders = 128

    /// The slow path: replaces the digits of every rejected word among those that gave one of
    /// the first `used` indices by the next accepted spare word's, finding them four words at a
    /// time from the remainders `map` stored.
    private mutating func replaceRejected(
        _ used: Int, of words: UnsafeRawPointer, blocks: Int, bound: Bound, shift: UInt32,
        key: UnsafePointer<PhiloxKey>, in target: UnsafeMutablePointer<UInt32>
    ) {
        let t = SIMD4<UInt32>(repeating: bound.threshold)
        let digits = bound.digits
        for chunk in 0..<blocks {
            let remainder = words.load(fromByteOffset: Self.remainders &+ 16 &* chunk, as: SIMD4<UInt32>.self)
            let rejected = remainder .< t
            guard any(rejected) else { continue }
            for lane in 0..<4 where rejected[lane] {
                // Word 4c + l of the buffer gave the indices at 4ec + 4j + l, j < e.
                let first = 4 &* digits &* chunk &+ lane
                guard first < used else { continue }
                let replacement = nextSpare(bound: bound, key: key)
                for digit in 0..<digits where first &+ 4 &* digit < used {
                    target[first &+ 4 &* digit] = replacement[digit] << shift
                }
            }
        }
    }

    /// The digits of the next accepted word of the spare sequence.
    private mutating func nextSpare(bound: Bound, key: UnsafePointer<PhiloxKey>) -> SIMD4<UInt32> {
        while true {
            if spareLeft == 0 {
                let block = Philox4x32.block(
                    counter: (UInt32(truncatingIfNeeded: nextSpareBlock),
                              0x8000_0000 | UInt32(truncatingIfNeeded: nextSpareBlock >> 32), stream2, stream3),
                    key: key.pointee.key)
                spare = SIMD4(block.0, block.1, block.2, block.3)
                nextSpareBlock &+= 1
                spareLeft = 4
            }
            let word = spare[4 - spareLeft]
            spareLeft -= 1
            if let digits = bound.digits(of: word) { return digits }
        }
    }
}
