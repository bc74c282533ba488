import Dispatch

extension TicketIssuer {
    /// The ticket that places the systematic start of a PPS stratum (`SystematicPPS`):
    /// `sha256_uniform(sha256_hex(SEED) + "/pps-start/" + STRATUM)`.
    func ppsStartTicket(stratum: String) -> Ticket {
        ticket(for: "/pps-start/" + stratum)
    }

    /// Every station's ticket, in the order of `ids`, computed in chunks on all cores. Each
    /// ticket depends only on the seed and its id, so the result does not depend on how the
    /// work is split.
    func tickets(for ids: [String]) -> [Ticket] {
        let chunkSize = 16_384
        guard ids.count > chunkSize else { return ids.map(ticket(for:)) }
        let chunks = (ids.count + chunkSize - 1) / chunkSize
        var tickets = [Ticket?](repeating: nil, count: ids.count)
        tickets.withUnsafeMutableBufferPointer { buffer in
            nonisolated(unsafe) let output = buffer
            DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
                for index in chunk * chunkSize..<min(ids.count, (chunk + 1) * chunkSize) {
                    output[index] = ticket(for: ids[index])
                }
            }
        }
        return tickets.map { $0! }
    }
}
