#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The commitment to a sample's seed that is published before election day (SPEC "Seeds,
/// commitments and verification"):
/// ```
/// commitment = sha256_hex(SALT_HEX + sha256_hex(SEED))        salted (sbo ≥ issue 11)
/// commitment = sha256_hex(sha256_hex(SEED))                   unsalted (older manifests)
/// ```
/// where SALT_HEX is 64 lowercase hexadecimal digits of a 256-bit salt drawn from the
/// operating system's random source, and `+` joins texts. The tickets are keyed by
/// sha256_hex(SEED), which the commitment does not disclose. Unsalted, a seed of 20 dice rolls
/// (6²⁰ ≈ 2⁵² values) can be found from the commitment by trying every seed before election
/// day; salted, the search must cover the 2²⁵⁶ salts as well, so a short seed is safe while the
/// salt stays private (it is in the manifest, published with the seed after election day).
///
/// Checked by hand in `SeedCommitmentTests` against Python's `hashlib`.
public enum SeedCommitment {
    /// The commitment to `seed` with `salt` (SALT_HEX), or the unsalted one when `salt` is nil.
    public static func value(seed: String, salt: String?) -> String {
        SHA256.hex((salt ?? "") + SHA256.hex(seed))
    }

    /// Whether `text` is a salt as sbo writes it: 64 lowercase hexadecimal digits.
    public static func isSalt(_ text: String) -> Bool {
        text.utf8.count == 64 && text.utf8.allSatisfy { (0x30...0x39).contains($0) || (0x61...0x66).contains($0) }
    }

    /// A new 256-bit salt from the operating system's random source (`getentropy(3)`), as
    /// SALT_HEX; nil if the system cannot give one.
    public static func randomSalt() -> String? {
        var bytes = [UInt8](repeating: 0, count: 32)
        let status = bytes.withUnsafeMutableBytes { getentropy($0.baseAddress, $0.count) }
        guard status == 0 else { return nil }
        return SHA256.hexString(of: bytes)
    }
}
