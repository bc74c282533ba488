extension TicketIssuer {
    /// The ticket that places the systematic start of a PPS stratum (`SystematicPPS`):
    /// `sha256_uniform(sha256_hex(SEED) + "/pps-start/" + STRATUM)`.
    func ppsStartTicket(stratum: String) -> Ticket {
        ticket(for: "/pps-start/" + stratum)
    }

    /// Every station's ticket, in the order of `ids`.
    func tickets(for ids: [String]) -> [Ticket] {
        ids.map(ticket(for:))
    }
}
