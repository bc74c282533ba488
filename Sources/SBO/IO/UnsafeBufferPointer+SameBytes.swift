import Foundation

extension UnsafeBufferPointer<UInt8> {
    /// Whether `self` and `other` hold the same bytes, compared by `memcmp` (the generic
    /// `elementsEqual` goes byte by byte): for cells compared on a hot path, such as a
    /// station id against the sample's.
    func hasSameBytes(as other: UnsafeBufferPointer<UInt8>) -> Bool {
        guard count == other.count else { return false }
        guard count > 0, let base = baseAddress, let otherBase = other.baseAddress else { return true }
        return memcmp(base, otherBase, count) == 0
    }
}
