/// Issues the consistent-sampling ticket of each polling station under one seed:
/// ```
/// ticket(id) = sha256_uniform(sha256_hex(SEED) + id)
/// ```
/// where `sha256_hex` is the lowercase hexadecimal SHA-256 of the UTF-8 text and
/// `sha256_uniform` is `Ticket.sha256Uniform`. Within a stratum, stations are taken in
/// ascending ticket order, so the sample is a function of the seed and the station ids alone.
///
/// ```swift
/// let issuer = TicketIssuer(seed: "01382438112797316654")
/// issuer.ticket(for: "AB-130").decimalString
/// // "0.26299714122838008416507544297546663599715395525154425586041245287750224561854"
/// ```
///
/// Speed: `sha256_hex(SEED)` is exactly 64 ASCII bytes, one SHA-256 block, so the hash state
/// after that block is computed once here and each ticket costs only the compression of the
/// id's block(s) (one block for ids of up to 55 UTF-8 bytes) and a decimal conversion.
///
/// Agrees with R. L. Rivest's `consistent_sampler` (`first_fraction(id, seed)` =
/// `sha256_uniform(sha256_hex(seed) + str(id))`) on the SPEC's reference value and with a naive
/// recomputation for many ids (see `TicketTests`).
///
/// Reference: <https://github.com/ron-rivest/consistent_sampler>.
public struct TicketIssuer: Sendable {
    /// The seed, any text (dice rolls, a public beacon value).
    public let seed: String
    /// The SHA-256 state after absorbing the 64 bytes of `sha256_hex(seed)`.
    private let seeded: SHA256

    /// An issuer for `seed`.
    public init(seed: String) {
        self.seed = seed
        var hasher = SHA256()
        hasher.update(SHA256.hex(seed))
        seeded = hasher
    }

    /// The ticket of the station whose id is `stationID`.
    public func ticket(for stationID: String) -> Ticket {
        var hasher = seeded
        hasher.update(stationID)
        return Ticket(digestWords: hasher.finalizedWords())
    }

    /// The ticket of the station whose id has the UTF-8 bytes `stationID`.
    func ticket(forUTF8 stationID: UnsafeBufferPointer<UInt8>) -> Ticket {
        Ticket(digestWords: seeded.finalizedWords(appending: UnsafeRawBufferPointer(stationID)))
    }

    /// ``Ticket/leadingDigits`` of the ticket of the station whose id has the UTF-8 bytes
    /// `stationID`, without the rest of the ticket.
    func leadingDigits(forUTF8 stationID: UnsafeBufferPointer<UInt8>) -> UInt64 {
        Ticket.leadingDigits(digestWords: seeded.finalizedWords(appending: UnsafeRawBufferPointer(stationID)))
    }
}
