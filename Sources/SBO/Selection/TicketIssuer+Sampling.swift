import Dispatch

extension TicketIssuer {
    /// The ticket that places the systematic start of a PPS stratum (`SystematicPPS`):
    /// `sha256_uniform(sha256_hex(SEED) + "/pps-start/" + STRATUM)`.
    func ppsStartTicket(stratum: String) -> Ticket {
        ticket(for: "/pps-start/" + stratum)
    }

    /// The first 19 digits (``Ticket/leadingDigits``) of the ticket of every id in `column` of
    /// `table`, in row order, computed from the cells' bytes in chunks on all cores. Each
    /// ticket depends only on the seed and its id, so the result does not depend on how the
    /// work is split.
    func leadingDigits(ofIDsIn table: CSVTable, column: Int) -> [UInt64] {
        let count = table.rowCount
        let chunkSize = 16_384
        let chunks = (count + chunkSize - 1) / chunkSize
        return [UInt64](unsafeUninitializedCapacity: count) { buffer, initialized in
            nonisolated(unsafe) let output = buffer
            let fill = { @Sendable (chunk: Int) in
                table.withCellBytes { cells in
                    for row in chunk * chunkSize..<min(count, (chunk + 1) * chunkSize) {
                        output.initializeElement(at: row, to: leadingDigits(forUTF8: cells[row, column]))
                    }
                }
            }
            if chunks > 1 {
                DispatchQueue.concurrentPerform(iterations: chunks, execute: fill)
            } else if chunks == 1 {
                fill(0)
            }
            initialized = count
        }
    }
}
