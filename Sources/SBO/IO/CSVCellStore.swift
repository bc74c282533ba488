/// The start and count of each cell of a ``CSVCells``, in memory of its own: appending a
/// cell is two stores, without the uniqueness and capacity checks of two arrays, which cost
/// a tenth of reading a million-row frame.
///
/// A reference type, written only while ``CSVParser`` (or a table built from strings) fills
/// it, before any ``CSVTable`` holds it; from then on it is only read, so tables that share it
/// may be sent between threads.
final class CSVCellStore: @unchecked Sendable {
    private(set) var starts: UnsafeMutablePointer<UInt32>
    private(set) var counts: UnsafeMutablePointer<UInt16>
    /// The cells stored.
    private(set) var count = 0
    private var capacity: Int

    /// An empty store with room for `capacity` cells before it grows.
    init(capacity: Int) {
        self.capacity = max(capacity, 16)
        starts = .allocate(capacity: self.capacity)
        counts = .allocate(capacity: self.capacity)
        HugePages.advise(starts, byteCount: self.capacity * MemoryLayout<UInt32>.stride)
        HugePages.advise(counts, byteCount: self.capacity * MemoryLayout<UInt16>.stride)
    }

    deinit {
        starts.deallocate()
        counts.deallocate()
    }

    /// Appends a cell's start and count.
    @inline(__always)
    func append(start: UInt32, count cellCount: UInt16) {
        if count == capacity { grow() }
        starts[count] = start
        counts[count] = cellCount
        count += 1
    }

    /// Removes the last `removed` cells.
    func removeLast(_ removed: Int) {
        precondition(removed <= count, "removing more cells than stored")
        count -= removed
    }

    /// The room from cell `offset` to the end of the allocation, for a second writer that
    /// fills a later part of the store while the first appends below `offset` (``CSVParser``
    /// reading a file's halves at once); written cells join the store by ``appendRegion(from:count:)``.
    func region(from offset: Int) -> (starts: UnsafeMutablePointer<UInt32>, counts: UnsafeMutablePointer<UInt16>, room: Int) {
        (starts + offset, counts + offset, max(0, capacity - offset))
    }

    /// Appends the `moved` cells written from cell `offset` on (``region(from:)``), moving them
    /// down next to the stored ones.
    func appendRegion(from offset: Int, count moved: Int) {
        precondition(offset >= count && offset + moved <= capacity, "a region above the stored cells")
        if offset > count {
            // Overlapping regions: `copyMemory` moves (memmove).
            UnsafeMutableRawPointer(starts + count).copyMemory(from: starts + offset, byteCount: moved * 4)
            UnsafeMutableRawPointer(counts + count).copyMemory(from: counts + offset, byteCount: moved * 2)
        }
        count += moved
    }

    /// Doubles the room.
    private func grow() {
        capacity *= 2
        let newStarts = UnsafeMutablePointer<UInt32>.allocate(capacity: capacity)
        let newCounts = UnsafeMutablePointer<UInt16>.allocate(capacity: capacity)
        HugePages.advise(newStarts, byteCount: capacity * MemoryLayout<UInt32>.stride)
        HugePages.advise(newCounts, byteCount: capacity * MemoryLayout<UInt16>.stride)
        newStarts.update(from: starts, count: count)
        newCounts.update(from: counts, count: count)
        starts.deallocate()
        counts.deallocate()
        starts = newStarts
        counts = newCounts
    }
}
