/// A hash index from byte strings (cells, as ``CSVCellBytes`` gives them) to numbers 0, 1, 2, …,
/// for telling a million station ids apart, or grouping stations by stratum, without making a
/// `String` per cell or hashing one by Unicode rules.
///
/// The index stores numbers, not keys: the caller keeps each number's bytes (an id's row, a
/// stratum's first row) and says whether a key matches a stored number. Open addressing with
/// linear probing in a power-of-two table kept at most half full; a slot holds
/// ```
/// slot = tag << 40 | (number + 1)      tag = the hash's lowest 24 bits; 0 = an empty slot
/// ```
/// so that a probe compares bytes only when the tags agree (a 2⁻²⁴ chance for different keys),
/// and the slot is chosen by the hash's highest bits. The hash reads eight bytes at a time,
/// multiply–xorshift with the golden-ratio constant (Knuth's multiplicative hashing, TAOCP
/// vol. 3, §6.4). Keys are compared as bytes: two spellings of one text in different Unicode
/// code points are different keys, which callers that care check for themselves
/// (``SamplingFrame``). Tested in `ByteKeyIndexTests`, colliding hashes included.
struct ByteKeyIndex {
    private static let multiplier: UInt64 = 0x9E37_79B9_7F4A_7C15
    private static let numberMask: UInt64 = 1 << 40 - 1
    private var slots: [UInt64]
    /// log₂ of the slot count.
    private var bits: Int
    /// The numbers stored.
    private(set) var count = 0

    /// An index with room for `expected` numbers before it grows.
    init(expected: Int) {
        bits = 4
        while 1 << bits < 2 * expected { bits += 1 }
        slots = Array(repeating: 0, count: 1 << bits)
    }

    /// The 64-bit hash of `key`.
    static func hash(_ key: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash = UInt64(key.count) &* multiplier
        var offset = 0
        if let base = UnsafeRawPointer(key.baseAddress) {
            while offset + 8 <= key.count {
                hash = (hash ^ base.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) &* multiplier
                hash ^= hash >> 29
                offset += 8
            }
        }
        // The last 0–7 bytes, four, two and one at a time.
        var tail: UInt64 = 0
        if let base = UnsafeRawPointer(key.baseAddress) {
            if offset + 4 <= key.count {
                tail = UInt64(base.loadUnaligned(fromByteOffset: offset, as: UInt32.self))
                offset += 4
            }
            if offset + 2 <= key.count {
                tail = tail << 16 | UInt64(base.loadUnaligned(fromByteOffset: offset, as: UInt16.self))
                offset += 2
            }
            if offset < key.count { tail = tail << 8 | UInt64(key[offset]) }
        }
        hash = (hash ^ tail) &* multiplier
        return hash ^ hash >> 32
    }

    /// The number already stored whose key has hash `hash` and for which `matches` holds; else
    /// stores `number` (which must be `count`, the next number) and returns nil.
    ///
    /// - Parameters:
    ///   - matches: whether the key being looked up equals the key of a stored number.
    ///   - hashOfNumber: the hash of a stored number's key (below `number`), for growing the
    ///     table.
    mutating func find(
        hash: UInt64, orInsert number: Int, matches: (Int) -> Bool, hashOfNumber: (Int) -> UInt64
    ) -> Int? {
        precondition(number == count && UInt64(number) < Self.numberMask, "numbers are stored in order")
        if 2 * (count + 1) > slots.count { grow(hashOfNumber: hashOfNumber) }
        let tag = Self.tag(hash)
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash >> (64 - bits))
        while true {
            let entry = slots[slot]
            if entry == 0 { break }
            if entry & ~Self.numberMask == tag {
                let stored = Int(truncatingIfNeeded: entry & Self.numberMask) - 1
                if matches(stored) { return stored }
            }
            slot = (slot + 1) & mask
        }
        slots[slot] = tag | UInt64(number + 1)
        count += 1
        return nil
    }

    private static func tag(_ hash: UInt64) -> UInt64 {
        (hash & 0xFF_FFFF) << 40
    }

    /// Doubles the table and places every number again.
    private mutating func grow(hashOfNumber: (Int) -> UInt64) {
        bits += 1
        slots = Array(repeating: 0, count: 1 << bits)
        let mask = slots.count - 1
        for number in 0..<count {
            let hash = hashOfNumber(number)
            var slot = Int(truncatingIfNeeded: hash >> (64 - bits))
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Self.tag(hash) | UInt64(number + 1)
        }
    }
}
