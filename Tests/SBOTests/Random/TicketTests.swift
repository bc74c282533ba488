import Testing
@testable import SBO

@Suite("Consistent-sampling tickets (Rivest's sha256_uniform)")
struct TicketTests {
    /// Rivest's definition written naively: SHA-256 hex → decimal by repeated long division of
    /// the big-endian digest bytes by 10, zero-padded to 64 digits, reversed, "0." in front.
    static func naiveSHA256Uniform(_ text: String) -> String {
        var number = SHA256.digest(text)
        var digits: [UInt8] = []  // least significant first
        while number.contains(where: { $0 != 0 }) {
            var remainder = 0
            for i in number.indices {
                let current = remainder * 256 + Int(number[i])
                number[i] = UInt8(current / 10)
                remainder = current % 10
            }
            digits.append(UInt8(remainder))
        }
        while digits.count < 64 { digits.append(0) }
        return "0." + String(decoding: digits.map { $0 + UInt8(ascii: "0") }, as: UTF8.self)
    }

    /// Numeric comparison of two "0.ddd" strings: pad the shorter with trailing zeros, then
    /// compare the digits lexicographically.
    static func numericallyLess(_ a: String, _ b: String) -> Bool {
        var x = Array(a.utf8.dropFirst(2)), y = Array(b.utf8.dropFirst(2))
        let length = max(x.count, y.count)
        x += Array(repeating: UInt8(ascii: "0"), count: length - x.count)
        y += Array(repeating: UInt8(ascii: "0"), count: length - y.count)
        return x.lexicographicallyPrecedes(y)
    }

    @Test("SPEC reference values")
    func specReferenceValues() {
        #expect(Ticket.sha256Uniform("abc").decimalString
            == "0.56998071861792858926477341561059638840106636224182943832566300809078486324348")
        #expect(TicketIssuer(seed: "01382438112797316654").ticket(for: "AB-130").decimalString
            == "0.26299714122838008416507544297546663599715395525154425586041245287750224561854")
    }

    /// Python, with `hx(s) = hashlib.sha256(s.encode()).hexdigest()` and
    /// `su(s) = "0." + "{:064d}".format(int(hx(s), 16))[::-1]`:
    /// `su(hx("01382438112797316654") + id)`; the digests have 77, 78 and 75 digits.
    @Test("Tickets of various lengths agree with Python", arguments: [
        ("AB-1", "0.38283294176638413183088616955370675845986022481766484401715552248584911705438"),
        ("AB-2", "0.637846299667250276117795088519969294687937776343849266733659685401575632424111"),
    ])
    func pythonValues(id: String, expected: String) {
        #expect(TicketIssuer(seed: "01382438112797316654").ticket(for: id).decimalString == expected)
    }

    /// Python: `su("short-18")`; the digest is below 10⁷⁵ (75 digits), the first such
    /// "short-k".
    @Test("A short digest keeps its own length")
    func shortDigest() {
        #expect(Ticket.sha256Uniform("short-18").decimalString
            == "0.219447725399511454263773327152457150933454057252260432556635565524477048217")
    }

    /// Python: `sorted(ids, key=lambda i: Fraction(su(hx(seed) + i)[2:]) / 10**len(su(hx(seed) + i)[2:]))`
    /// with seed "01382438112797316654" and ids AB-1…AB-8.
    @Test("Ordering agrees with exact rational comparison in Python")
    func knownOrdering() {
        let issuer = TicketIssuer(seed: "01382438112797316654")
        let ids = (1...8).map { "AB-\($0)" }
        let sorted = ids.sorted { issuer.ticket(for: $0) < issuer.ticket(for: $1) }
        #expect(sorted == ["AB-6", "AB-1", "AB-5", "AB-3", "AB-8", "AB-2", "AB-7", "AB-4"])
    }

    @Test("Tickets of many ids agree with the naive computation, in value and in order")
    func agreesWithNaive() throws {
        let seed = "sbo test seed ⚄⚂⚅"
        let issuer = TicketIssuer(seed: seed)
        let seedHex = SHA256.hex(seed)
        let ids = (0..<600).map { "station-\($0)-" + String(repeating: "x", count: $0 % 70) }
        var pairs: [(ticket: Ticket, text: String)] = []
        for id in ids {
            let ticket = issuer.ticket(for: id)
            let text = Self.naiveSHA256Uniform(seedHex + id)
            #expect(ticket.decimalString == text, "id \(id)")
            #expect(ticket == Ticket.sha256Uniform(seedHex + id))
            let leading = try #require(UInt64(String(text.dropFirst(2).prefix(19))))
            #expect(ticket.leadingDigits == leading)
            pairs.append((ticket, text))
        }
        for i in 1..<pairs.count {
            let (a, b) = (pairs[i - 1], pairs[i])
            #expect((a.ticket < b.ticket) == Self.numericallyLess(a.text, b.text))
            #expect((b.ticket < a.ticket) == Self.numericallyLess(b.text, a.text))
        }
    }

    @Test("Extreme digests: zero, small, all ones")
    func extremes() {
        let zero = Ticket(digestWords: (0, 0, 0, 0, 0, 0, 0, 0))
        #expect(zero.decimalString == "0." + String(repeating: "0", count: 64))
        #expect(zero.leadingDigits == 0)
        // x = 5 → "0.5" then 63 zeros; x = 50 → "0.05" then 62 zeros.
        let five = Ticket(digestWords: (0, 0, 0, 0, 0, 0, 0, 5))
        let fifty = Ticket(digestWords: (0, 0, 0, 0, 0, 0, 0, 50))
        #expect(five.decimalString == "0.5" + String(repeating: "0", count: 63))
        #expect(fifty.decimalString == "0.05" + String(repeating: "0", count: 62))
        #expect(five.leadingDigits == 5_000_000_000_000_000_000)
        #expect(zero < fifty && fifty < five && five != fifty)
        // Equal first chunks, different second chunks: x = 10¹⁹ + 7 → 0.7 0…0 1 (digit 20 is 1),
        // x = 2·10¹⁹ + 7 → 0.7 0…0 2; 10¹⁹ = 0x8AC7230489E80000, 2·10¹⁹ = 0x1158E460913D00000.
        let low = Ticket(digestWords: (0, 0, 0, 0, 0, 0, 0x8AC7_2304, 0x89E8_0007))
        let high = Ticket(digestWords: (0, 0, 0, 0, 0, 1, 0x158E_4609, 0x13D0_0007))
        #expect(low.leadingDigits == high.leadingDigits)
        #expect(low < high && !(high < low))
        #expect(low.decimalString == "0.7" + String(repeating: "0", count: 18) + "1" + String(repeating: "0", count: 44))
        // x = 2²⁵⁶ − 1 = 115792089237316195423570985008687907853269984665640564039457584007913129639935
        // (Python: str(2**256 - 1)); reversed, 78 digits.
        let max = UInt32.max
        let ones = Ticket(digestWords: (max, max, max, max, max, max, max, max))
        let decimal = "115792089237316195423570985008687907853269984665640564039457584007913129639935"
        #expect(ones.decimalString == "0." + String(decimal.reversed()))
    }

    @Test("Equal tickets hash equally; a Set of tickets deduplicates")
    func hashing() {
        let issuer = TicketIssuer(seed: "s")
        let tickets = Set(["a", "b", "a", "c", "b"].map { issuer.ticket(for: $0) })
        #expect(tickets.count == 3)
        #expect(issuer.ticket(for: "a") == TicketIssuer(seed: "s").ticket(for: "a"))
        #expect(issuer.ticket(for: "a") != TicketIssuer(seed: "t").ticket(for: "a"))
    }
}
