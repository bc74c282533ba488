/// The stations of a stratum in ascending ticket order — all of them, or only the first m.
///
/// The order is total: by ticket, then (for the practically impossible equal tickets) by
/// station id in byte order. Only each ticket's first 19 digits (``Ticket/leadingDigits``)
/// are kept, eight bytes a station, computed from the ids' bytes in row order (so that the
/// file is read front to back); a stratum's stations are paired with them for selecting, and
/// two stations whose first digits agree are compared by their whole tickets, recomputed.
/// Taking the first m uses a quickselect
/// partition (median-of-three pivots, Hoare 1961, *CACM* 4(7):321, doi:10.1145/366622.366647)
/// and sorts only those m, so drawing 10,000 stations from a million does not sort the
/// million. The result is the same as sorting everything and keeping the first m (tested in
/// `TicketOrderTests` and `SampleDrawerTests`).
struct TicketOrder {
    let issuer: TicketIssuer
    let frame: SamplingFrame
    /// ``Ticket/leadingDigits`` of every station's ticket, in row order.
    let leading: [UInt64]

    /// The order of `frame`'s stations under `issuer`'s seed.
    init(issuer: TicketIssuer, frame: SamplingFrame) {
        self.issuer = issuer
        self.frame = frame
        leading = issuer.leadingDigits(ofIDsIn: frame.table, column: frame.idColumn)
    }

    /// A station of the stratum being ordered, with its ticket's first digits.
    struct Keyed {
        let leading: UInt64
        let row: Int
    }

    /// All of `rows` in ticket order.
    func sorted(_ rows: [Int]) -> [Int] {
        sorted(keyed(rows))
    }

    /// The first `count` of `rows` in ticket order.
    func first(_ count: Int, of rows: [Int]) -> [Int] {
        first(count, of: keyed(rows))
    }

    /// `rows` with their tickets' first digits.
    func keyed(_ rows: [Int]) -> [Keyed] {
        rows.map { Keyed(leading: leading[$0], row: $0) }
    }

    func precedes(_ a: Keyed, _ b: Keyed) -> Bool {
        a.leading != b.leading ? a.leading < b.leading : precedesByWholeTicket(a.row, b.row)
    }

    /// Whether station `a` comes before `b` by their whole tickets, then their ids' bytes.
    private func precedesByWholeTicket(_ a: Int, _ b: Int) -> Bool {
        frame.table.withCellBytes { cells in
            let idA = cells[a, frame.idColumn], idB = cells[b, frame.idColumn]
            let ticketA = issuer.ticket(forUTF8: idA), ticketB = issuer.ticket(forUTF8: idB)
            return ticketA != ticketB ? ticketA < ticketB : idA.lexicographicallyPrecedes(idB)
        }
    }

    /// The rows of `keyed` in ticket order.
    func sorted(_ keyed: [Keyed]) -> [Int] {
        keyed.sorted(by: precedes).map(\.row)
    }

    /// The rows of the first `count` of `keyed` in ticket order.
    func first(_ count: Int, of keyed: [Keyed]) -> [Int] {
        guard count < keyed.count / 4 else { return Array(sorted(keyed).prefix(count)) }
        var rows = keyed
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
        return sorted(Array(rows.prefix(count)))
    }
}
