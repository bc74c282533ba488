import Testing
@testable import SBO

@Suite("Ticket order: partial selection equals a full sort")
struct TicketOrderTests {
    static func frame(ids: [String]) throws -> SamplingFrame {
        try SamplingFrame(table: CSVTable(
            source: "t.csv", header: ["station_id"], columns: [ids], lineNumbers: Array(2..<(ids.count + 2))))
    }

    @Test func firstEqualsSortedPrefix() throws {
        let issuer = TicketIssuer(seed: "partial")
        let ids = (0..<5000).map { "st-\($0)" }
        let order = TicketOrder(issuer: issuer, frame: try Self.frame(ids: ids))
        var random = SplitMix64(seed: 11)
        for _ in 0..<40 {
            let rows = (0..<ids.count).filter { _ in random.next() % 3 != 0 }
            let count = random.next(below: rows.count / 4)
            #expect(order.first(count, of: rows) == Array(order.sorted(rows).prefix(count)))
        }
        #expect(order.first(0, of: [3, 1, 2]).isEmpty)
        #expect(order.first(3, of: [3, 1, 2]) == order.sorted([3, 1, 2]))
    }

    /// Keeping only the first 19 digits of each ticket orders as the whole tickets do; with
    /// every station's first digits made equal, the whole tickets decide alone.
    @Test func leadingDigitsOrderAsWholeTickets() throws {
        let issuer = TicketIssuer(seed: "leading")
        let ids = (0..<2000).map { "P-\($0 * 7919 % 2000)" }
        let frame = try Self.frame(ids: ids)
        let byWholeTicket = ids.indices.sorted { issuer.ticket(for: ids[$0]) < issuer.ticket(for: ids[$1]) }
        let order = TicketOrder(issuer: issuer, frame: frame)
        #expect(order.sorted(Array(ids.indices)) == byWholeTicket)
        let tied = ids.indices.map { TicketOrder.Keyed(leading: 7, row: $0) }
        #expect(order.sorted(tied) == byWholeTicket)
        #expect(order.first(50, of: tied) == Array(byWholeTicket.prefix(50)))
        #expect(order.leading == ids.map { issuer.ticket(for: $0).leadingDigits })
        // More ids than one chunk, so the digits are computed on several threads.
        let many = (0..<40_000).map { "M\($0)" }
        #expect(TicketOrder(issuer: issuer, frame: try Self.frame(ids: many)).leading == many.map { issuer.ticket(for: $0).leadingDigits })
    }

    /// The first digits from three base-10⁸ groups equal those of the whole ticket.
    @Test func leadingDigitsFromThreeGroups() {
        var random = SplitMix64(seed: 19)
        var digests: [(UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32)] = [
            (0, 0, 0, 0, 0, 0, 0, 0), (.max, .max, .max, .max, .max, .max, .max, .max), (0, 0, 0, 0, 0, 0, 0, 1),
        ]
        for _ in 0..<5000 {
            let w = (0..<8).map { _ in UInt32(truncatingIfNeeded: random.next()) }
            digests.append((w[0], w[1], w[2], w[3], w[4], w[5], w[6], w[7]))
        }
        for digest in digests {
            #expect(Ticket.leadingDigits(digestWords: digest) == Ticket(digestWords: digest).leadingDigits)
        }
    }
}
