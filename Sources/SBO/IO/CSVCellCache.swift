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
/// An open-addressing table (linear probing, FNV-1a 64-bit hashes) of at most
/// ``distinctLimit`` cells; a column with more distinct cells than that (ids, counts) turns its
/// cache off and makes every later cell's string directly. Entries point into the file's bytes,
/// which outlive the parse; cells that are not a plain slice of them (unescaped quotes) bypass
/// the cache.
///
/// Reference: G. Fowler, L. C. Noll, K.-P. Vo, D. Eastlake, *The FNV Non-Cryptographic Hash
/// Algorithm*, draft-eastlake-fnv (IETF).
struct CSVCellCache {
    private struct Entry {
        var hash: UInt64
        var start: Int
        var count: Int
        var text: String
    }

    /// The most distinct cells a column caches before it stops caching.
    static let distinctLimit = 256
    private static let slotCount = 512  // a power of two, twice the limit
    private var slots: [Entry?] = []
    private var distinct = 0
    private(set) var isEnabled = true

    /// The string of `bytes[start..<start + count]`, made once per distinct cell.
    mutating func text(of bytes: UnsafeBufferPointer<UInt8>, start: Int, count: Int) -> String {
        let cell = UnsafeBufferPointer(rebasing: bytes[start..<start + count])
        guard isEnabled else { return String(decoding: cell, as: UTF8.self) }
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in cell { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        if slots.isEmpty { slots = Array(repeating: nil, count: Self.slotCount) }
        var slot = Int(truncatingIfNeeded: hash ^ (hash >> 32)) & (Self.slotCount - 1)
        while let entry = slots[slot] {
            if entry.hash == hash && entry.count == count
                && (count == 0 || memcmp(bytes.baseAddress! + entry.start, cell.baseAddress!, count) == 0) {
                return entry.text
            }
            slot = (slot + 1) & (Self.slotCount - 1)
        }
        let text = String(decoding: cell, as: UTF8.self)
        guard distinct < Self.distinctLimit else {
            isEnabled = false
            slots = []
            return text
        }
        slots[slot] = Entry(hash: hash, start: start, count: count, text: text)
        distinct += 1
        return text
    }
}
