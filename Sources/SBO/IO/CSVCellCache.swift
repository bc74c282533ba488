#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The strings already made from one column's cells, keyed by their bytes, so that a repeated
/// cell (`0`, `yes`, `primary`, a region's name) costs a hash and a byte comparison instead of
/// a validated copy, and equal cells share one string's storage (a million-row frame's state
/// names are 36 strings, not a million).
///
/// An open-addressing table (linear probing) of at most ``distinctLimit`` cells, hashed eight
/// bytes at a time by multiply–xorshift with the golden-ratio constant (Knuth's multiplicative
/// hashing, TAOCP vol. 3, §6.4); a column with more distinct cells than that (ids, counts) turns
/// its cache off and makes every later cell's string directly. Entries point into the file's
/// bytes, which outlive the parse; cells that are not a plain slice of them (unescaped quotes)
/// bypass the cache.
///
/// A table takes about 20 KiB once its column's first cell arrives, so a file with more than
/// ``columnLimit`` columns caches none (a hostile header of a million columns would otherwise
/// take 20 GiB).
struct CSVCellCache {
    /// The most distinct cells a column caches before it stops caching.
    static let distinctLimit = 256
    /// The most columns a file may have for its columns to be cached.
    static let columnLimit = 4096
    private static let slotCount = 512  // a power of two, twice the limit
    private static let multiplier: UInt64 = 0x9E37_79B9_7F4A_7C15
    /// `hashes[s]`: the hash of slot s's cell with its lowest bit set; 0 for an empty slot.
    private var hashes: [UInt64] = []
    private var starts: [Int] = []
    private var counts: [Int] = []
    private var texts: [String] = []
    private var distinct = 0
    private var isEnabled: Bool

    /// A cache for one of a file's `columns` columns: off when they exceed ``columnLimit``.
    init(columns: Int) {
        isEnabled = columns <= Self.columnLimit
    }

    /// The string of `bytes[start..<start + count]`, made once per distinct cell.
    mutating func text(of bytes: UnsafeBufferPointer<UInt8>, start: Int, count: Int) -> String {
        let cell = UnsafeBufferPointer(rebasing: bytes[start..<start + count])
        guard isEnabled else { return String(decoding: cell, as: UTF8.self) }
        let hash = Self.hash(cell)
        if hashes.isEmpty {
            hashes = Array(repeating: 0, count: Self.slotCount)
            starts = Array(repeating: 0, count: Self.slotCount)
            counts = Array(repeating: 0, count: Self.slotCount)
            texts = Array(repeating: "", count: Self.slotCount)
        }
        var slot = Int(truncatingIfNeeded: hash >> 40) & (Self.slotCount - 1)
        while hashes[slot] != 0 {
            if hashes[slot] == hash && counts[slot] == count
                && (count == 0 || memcmp(bytes.baseAddress! + starts[slot], cell.baseAddress!, count) == 0) {
                return texts[slot]
            }
            slot = (slot + 1) & (Self.slotCount - 1)
        }
        let text = String(decoding: cell, as: UTF8.self)
        guard distinct < Self.distinctLimit else {
            isEnabled = false
            hashes = []
            starts = []
            counts = []
            texts = []
            return text
        }
        hashes[slot] = hash
        starts[slot] = start
        counts[slot] = count
        texts[slot] = text
        distinct += 1
        return text
    }

    /// A 64-bit hash of `cell` with its lowest bit set (so never 0).
    private static func hash(_ cell: UnsafeBufferPointer<UInt8>) -> UInt64 {
        let base = UnsafeRawPointer(cell.baseAddress!)
        var hash = UInt64(cell.count) &* multiplier
        var offset = 0
        while offset + 8 <= cell.count {
            hash = (hash ^ base.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) &* multiplier
            hash ^= hash >> 29
            offset += 8
        }
        var tail: UInt64 = 0
        while offset < cell.count {
            tail = tail << 8 | UInt64(cell[offset])
            offset += 1
        }
        hash = (hash ^ tail) &* multiplier
        return (hash ^ hash >> 32) | 1
    }
}
