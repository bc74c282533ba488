import Testing
@testable import SBO

@Suite("Ticket order: partial selection equals a full sort")
struct TicketOrderTests {
    @Test func firstEqualsSortedPrefix() {
        let issuer = TicketIssuer(seed: "partial")
        let ids = (0..<5000).map { "st-\($0)" }
        let order = TicketOrder(tickets: ids.map(issuer.ticket(for:)), ids: ids)
        var random = SplitMix64(seed: 11)
        for _ in 0..<40 {
            let rows = (0..<ids.count).filter { _ in random.next() % 3 != 0 }
            let count = random.next(below: rows.count / 4)
            #expect(order.first(count, of: rows) == Array(order.sorted(rows).prefix(count)))
        }
        #expect(order.first(0, of: [3, 1, 2]).isEmpty)
        #expect(order.first(3, of: [3, 1, 2]) == order.sorted([3, 1, 2]))
    }
}
