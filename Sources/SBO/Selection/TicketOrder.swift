/// The stations of a stratum in ascending ticket order — all of them, or only the first m.
///
/// The order is total: by ticket, then (for the practically impossible equal tickets) by
/// station id in byte order. Only each ticket's first 19 digits are kept (eight bytes a
/// station); two stations whose first digits agree are compared by their whole tickets,
/// recomputed from their ids. Taking the first m uses a quickselect partition
/// (median-of-three pivots, Hoare 1961, *CACM* 4(7):321, doi:10.1145/366622.366647) and sorts
/// only those m, so drawing 10,000 stations from a million does not sort the million. The
/// result is the same as sorting everything and keeping the first m (tested in
/// `SampleDrawerTests`).
struct TicketOrder {
    let issuer: TicketIssuer
    let frame: SamplingFrame
    /// ``Ticket/leadingDigits`` of every station's ticket.
    let leading: [UInt64]

    func precedes(_ a: Int, _ b: Int) -> Bool {
        leading[a] != leading[b] ? leading[a] < leading[b] : precedesByWholeTicket(a, b)
    }

    /// Whether station `a` comes before `b` by their whole tickets, then their ids' bytes.
    private func precedesByWholeTicket(_ a: Int, _ b: Int) -> Bool {
        frame.table.withCellBytes { cells in
            let idA = cells[a, frame.idColumn], idB = cells[b, frame.idColumn]
            let ticketA = issuer.ticket(forUTF8: idA), ticketB = issuer.ticket(forUTF8: idB)
            return ticketA != ticketB ? ticketA < ticketB : idA.lexicographicallyPrecedes(idB)
        }
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

extension TicketOrder {
    /// The order of `frame`'s stations under `issuer`'s seed.
    init(issuer: TicketIssuer, frame: SamplingFrame) {
        self.init(issuer: issuer, frame: frame, leading: issuer.leadingDigits(ofIDsIn: frame.table, column: frame.idColumn))
    }
}
