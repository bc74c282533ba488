/// The stations of a stratum in ascending ticket order — all of them, or only the first m.
///
/// The order is total: by ticket, then (for the practically impossible equal tickets) by
/// station id in byte order. Taking the first m uses a quickselect partition (median-of-three
/// pivots, Hoare 1961, *CACM* 4(7):321, doi:10.1145/366622.366647) and sorts only those m, so
/// drawing 10,000 stations from a million does not sort the million. The result is the same
/// as sorting everything and keeping the first m (tested in `SampleDrawerTests`).
struct TicketOrder {
    let tickets: [Ticket]
    let ids: [String]

    func precedes(_ a: Int, _ b: Int) -> Bool {
        tickets[a] != tickets[b] ? tickets[a] < tickets[b] : Stratification.byteOrder(ids[a], ids[b])
    }

    /// All of `rows` in ticket order.
    func sorted(_ rows: [Int]) -> [Int] {
        rows.sorted(by: precedes)
    }

    /// The first `count` of `rows` in ticket order.
    func first(_ count: Int, of rows: [Int]) -> [Int] {
        guard count < rows.count / 4 else { return Array(sorted(rows).prefix(count)) }
        var rows = rows
        var low = 0
        var high = rows.count - 1
        // Invariant: the `count` smallest lie in rows[0..<count] once the loop ends.
        while low < high {
            let middle = low + (high - low) / 2
            if precedes(rows[middle], rows[low]) { rows.swapAt(middle, low) }
            if precedes(rows[high], rows[low]) { rows.swapAt(high, low) }
            if precedes(rows[high], rows[middle]) { rows.swapAt(high, middle) }
            let pivot = rows[middle]
            var i = low
            var j = high
            while i <= j {
                while precedes(rows[i], pivot) { i += 1 }
                while precedes(pivot, rows[j]) { j -= 1 }
                if i <= j {
                    rows.swapAt(i, j)
                    i += 1
                    j -= 1
                }
            }
            if count - 1 <= j {
                high = j
            } else if count - 1 >= i {
                low = i
            } else {
                break
            }
        }
        return Array(rows.prefix(count)).sorted(by: precedes)
    }
}
