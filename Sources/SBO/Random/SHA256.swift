import CSHA256

/// The SHA-256 hash function of FIPS 180-4, streaming, written for speed: no allocation per
/// block, the compression function works on 32-bit words through unsafe pointers.
///
/// ```swift
/// var hasher = SHA256()
/// hasher.update("ab")
/// hasher.update("c")
/// SHA256.hexString(of: hasher.finalize())
/// // "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
/// SHA256.hex("abc")   // the same
/// ```
///
/// The message is padded with one `1` bit, zeros up to 448 mod 512 bits and the message
/// length in bits as a 64-bit big-endian integer, then processed in 512-bit blocks. For each
/// block, with the message schedule
/// ```
/// W_t = M_t                                                     0 ≤ t ≤ 15
/// W_t = σ1(W_{t−2}) + W_{t−7} + σ0(W_{t−15}) + W_{t−16}         16 ≤ t ≤ 63
/// σ0(x) = ROTR7(x) ⊕ ROTR18(x) ⊕ SHR3(x),  σ1(x) = ROTR17(x) ⊕ ROTR19(x) ⊕ SHR10(x)
/// ```
/// and working variables a…h initialised from the hash value H, 64 rounds compute
/// ```
/// T1 = h + Σ1(e) + Ch(e, f, g) + K_t + W_t,   T2 = Σ0(a) + Maj(a, b, c)
/// h = g, g = f, f = e, e = d + T1, d = c, c = b, b = a, a = T1 + T2
/// Σ0(a) = ROTR2(a) ⊕ ROTR13(a) ⊕ ROTR22(a),   Σ1(e) = ROTR6(e) ⊕ ROTR11(e) ⊕ ROTR25(e)
/// Ch(e, f, g) = (e ∧ f) ⊕ (¬e ∧ g),           Maj(a, b, c) = (a ∧ b) ⊕ (a ∧ c) ⊕ (b ∧ c)
/// ```
/// and H_i += a…h. All additions are modulo 2³²; K_t are the first 32 bits of the fractional
/// parts of the cube roots of the first 64 primes, H⁽⁰⁾ those of the square roots of the
/// first 8 primes. The digest is H₀…H₇ written big-endian.
///
/// Where the CPU has the x86 SHA extensions (`sha_ni` in /proc/cpuinfo: Intel since Goldmont and
/// Ice Lake, AMD since Zen), blocks are compressed by them (the C target `CSHA256`, chosen at
/// run time by CPUID); elsewhere by the Swift code below. Both give the same digests.
///
/// Agrees with Python's `hashlib.sha256` and with the NIST example vectors for every message
/// length from 0 to 130 bytes and for one million "a" (see `SHA256Tests`).
///
/// Reference: [FIPS 180-4], *Secure Hash Standard*, §4.1.2, §4.2.2, §5.1.1, §6.2.
///
/// [FIPS 180-4]: https://doi.org/10.6028/NIST.FIPS.180-4
public struct SHA256: Sendable {
    /// Whether this CPU has the SHA extensions.
    static let hardwareAvailable = sbo_sha256_hardware_available() != 0
    /// Whether this hasher compresses with the SHA extensions.
    let usesHardware: Bool
    /// The hash value H₀…H₇ after the blocks compressed so far.
    private var state: (UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32)
    /// Bytes of the current, incomplete block (64 bytes of storage).
    private var pending: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64)
    /// How many bytes of `pending` are filled, 0..<64.
    private var pendingCount: Int
    /// Total message length in bytes so far.
    private var messageLength: UInt64

    /// The length of a block in bytes.
    static let blockByteCount = 64

    /// A hasher that has seen no bytes yet, using the SHA extensions when the CPU has them.
    public init() {
        self.init(hardware: true)
    }

    /// A hasher that has seen no bytes yet; `hardware: false` keeps to the portable
    /// compression (tests compare both).
    init(hardware: Bool) {
        usesHardware = hardware && Self.hardwareAvailable
        state = (
            0x6a09_e667, 0xbb67_ae85, 0x3c6e_f372, 0xa54f_f53a,
            0x510e_527f, 0x9b05_688c, 0x1f83_d9ab, 0x5be0_cd19
        )
        pending = (0, 0, 0, 0, 0, 0, 0, 0)
        pendingCount = 0
        messageLength = 0
    }

    /// Appends bytes to the message.
    public mutating func update(_ bytes: UnsafeRawBufferPointer) {
        guard var input = bytes.baseAddress, bytes.count > 0 else { return }
        var remaining = bytes.count
        messageLength &+= UInt64(remaining)
        if pendingCount > 0 {
            let taken = min(remaining, Self.blockByteCount - pendingCount)
            let filled = pendingCount
            withUnsafeMutableBytes(of: &pending) { buffer in
                buffer.baseAddress!.advanced(by: filled).copyMemory(from: input, byteCount: taken)
            }
            pendingCount += taken
            input += taken
            remaining -= taken
            guard pendingCount == Self.blockByteCount else { return }
            let block = pending
            withUnsafeBytes(of: block) { compress($0.baseAddress!, blocks: 1) }
            pendingCount = 0
        }
        if remaining >= Self.blockByteCount {
            let blocks = remaining / Self.blockByteCount
            compress(input, blocks: blocks)
            input += blocks * Self.blockByteCount
            remaining -= blocks * Self.blockByteCount
        }
        if remaining > 0 {
            withUnsafeMutableBytes(of: &pending) { buffer in
                buffer.baseAddress!.copyMemory(from: input, byteCount: remaining)
            }
            pendingCount = remaining
        }
    }

    /// Appends bytes to the message.
    public mutating func update(_ bytes: some Collection<UInt8>) {
        let done: Void? = bytes.withContiguousStorageIfAvailable { update(UnsafeRawBufferPointer($0)) }
        if done == nil {
            Array(bytes).withUnsafeBytes { update($0) }
        }
    }

    /// Appends the UTF-8 encoding of `text` to the message.
    public mutating func update(_ text: String) {
        update(text.utf8)
    }

    /// The 32-byte digest of the message so far. The hasher itself is unchanged, so more bytes
    /// may be appended afterwards.
    public func finalize() -> [UInt8] {
        let words = finalizedWords()
        var digest = [UInt8](repeating: 0, count: 32)
        withUnsafeBytes(of: words) { source in
            for i in 0..<8 {
                let word = source.load(fromByteOffset: 4 * i, as: UInt32.self)
                digest[4 * i] = UInt8(truncatingIfNeeded: word >> 24)
                digest[4 * i + 1] = UInt8(truncatingIfNeeded: word >> 16)
                digest[4 * i + 2] = UInt8(truncatingIfNeeded: word >> 8)
                digest[4 * i + 3] = UInt8(truncatingIfNeeded: word)
            }
        }
        return digest
    }

    /// The digest as the eight words H₀…H₇ (the digest is these written big-endian), without
    /// allocating.
    func finalizedWords() -> (UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32) {
        var copy = self
        let bitLength = messageLength &* 8
        // 0x80, then zeros until the length is 56 mod 64, then the 64-bit big-endian bit length.
        let zeroCount = (pendingCount < 56 ? 55 : 119) - pendingCount
        var padding: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0)
        withUnsafeMutableBytes(of: &padding) { buffer in
            buffer[0] = 0x80
            buffer.storeBytes(of: bitLength.bigEndian, toByteOffset: 1 + zeroCount, as: UInt64.self)
            copy.update(UnsafeRawBufferPointer(rebasing: buffer[0..<(9 + zeroCount)]))
        }
        return copy.state
    }

    /// The digest words of the message so far followed by `bytes`, the hasher unchanged: one
    /// compression of one block built in place when the message so far is whole blocks and
    /// `bytes` leaves room for the padding (at most 55 bytes; a ticket's id after the 64 bytes
    /// of the seed's hex), else ``update(_:)-(UnsafeRawBufferPointer)`` on a copy and
    /// `finalizedWords()`.
    func finalizedWords(appending bytes: UnsafeRawBufferPointer) -> (UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32) {
        var copy = self
        guard pendingCount == 0 && bytes.count <= 55 else {
            copy.update(bytes)
            return copy.finalizedWords()
        }
        // The bytes, 0x80, zeros, then the 64-bit big-endian bit length (FIPS 180-4 §5.1.1).
        var block: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0, 0, 0, 0, 0)
        withUnsafeMutableBytes(of: &block) { raw in
            if let source = bytes.baseAddress { raw.baseAddress!.copyMemory(from: source, byteCount: bytes.count) }
            raw[bytes.count] = 0x80
            raw.storeBytes(of: ((messageLength &+ UInt64(bytes.count)) &* 8).bigEndian, toByteOffset: 56, as: UInt64.self)
            copy.compress(raw.baseAddress!, blocks: 1)
        }
        return copy.state
    }

    /// The SHA-256 digest (32 bytes) of `bytes`.
    public static func digest(_ bytes: some Collection<UInt8>) -> [UInt8] {
        var hasher = SHA256()
        hasher.update(bytes)
        return hasher.finalize()
    }

    /// The SHA-256 digest (32 bytes) of the UTF-8 encoding of `text`.
    public static func digest(_ text: String) -> [UInt8] {
        digest(text.utf8)
    }

    /// The lowercase hexadecimal SHA-256 digest (64 characters) of the UTF-8 encoding of
    /// `text`: Python's `hashlib.sha256(text.encode("utf-8")).hexdigest()`.
    public static func hex(_ text: String) -> String {
        hexString(of: digest(text))
    }

    /// `bytes` written as lowercase hexadecimal, two characters per byte.
    public static func hexString(of bytes: some Sequence<UInt8>) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var text = [UInt8]()
        text.reserveCapacity(bytes.underestimatedCount * 2)
        for byte in bytes {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0f)])
        }
        return String(decoding: text, as: UTF8.self)
    }

    /// The round constants K₀…K₆₃ (FIPS 180-4 §4.2.2), from the C target that also uses them.
    private static let roundConstants: [UInt32] = withUnsafeBytes(of: sbo_sha256_round_constants) {
        Array($0.bindMemory(to: UInt32.self))
    }

    /// Compresses `blocks` 64-byte blocks at `data` into `state`, with the SHA extensions when
    /// this hasher uses them.
    private mutating func compress(_ data: UnsafeRawPointer, blocks: Int) {
        if usesHardware {
            withUnsafeMutableBytes(of: &state) { words in
                sbo_sha256_compress_hardware(
                    words.baseAddress!.assumingMemoryBound(to: UInt32.self),
                    data.assumingMemoryBound(to: UInt8.self), blocks)
            }
        } else {
            for block in 0..<blocks { Self.compress(&state, data + block * Self.blockByteCount) }
        }
    }

    /// Compresses one 64-byte block at `block` into `state` (FIPS 180-4 §6.2.2). The message
    /// schedule W₀…W₆₃ lives in a stack buffer, expanded eight words ahead of the rounds; the
    /// rounds run eight at a time with the working variables renamed instead of shifted
    /// (`round` updates only d and h).
    private static func compress(
        _ state: inout (UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32),
        _ block: UnsafeRawPointer
    ) {
        roundConstants.withUnsafeBufferPointer { k in
            withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 64) { w in
                for t in 0..<16 {
                    w[t] = UInt32(bigEndian: block.loadUnaligned(fromByteOffset: 4 * t, as: UInt32.self))
                }
                var a = state.0, b = state.1, c = state.2, d = state.3
                var e = state.4, f = state.5, g = state.6, h = state.7
                for t in stride(from: 0, to: 64, by: 8) {
                    // Expanding the next eight schedule words here lets the processor overlap
                    // their dependency chain with the previous eight rounds.
                    if t >= 16 {
                        for s in t..<(t + 8) {
                            let w2 = w[s - 2], w15 = w[s - 15]
                            let s0 = rotr(w15, 7) ^ rotr(w15, 18) ^ (w15 >> 3)
                            let s1 = rotr(w2, 17) ^ rotr(w2, 19) ^ (w2 >> 10)
                            w[s] = s1 &+ w[s - 7] &+ s0 &+ w[s - 16]
                        }
                    }
                    round(a, b, c, &d, e, f, g, &h, k[t] &+ w[t])
                    round(h, a, b, &c, d, e, f, &g, k[t + 1] &+ w[t + 1])
                    round(g, h, a, &b, c, d, e, &f, k[t + 2] &+ w[t + 2])
                    round(f, g, h, &a, b, c, d, &e, k[t + 3] &+ w[t + 3])
                    round(e, f, g, &h, a, b, c, &d, k[t + 4] &+ w[t + 4])
                    round(d, e, f, &g, h, a, b, &c, k[t + 5] &+ w[t + 5])
                    round(c, d, e, &f, g, h, a, &b, k[t + 6] &+ w[t + 6])
                    round(b, c, d, &e, f, g, h, &a, k[t + 7] &+ w[t + 7])
                }
                state.0 &+= a; state.1 &+= b; state.2 &+= c; state.3 &+= d
                state.4 &+= e; state.5 &+= f; state.6 &+= g; state.7 &+= h
            }
        }
    }

    /// One round with the working variables in their current roles: adds T1 to d and makes h
    /// the new a (T1 + T2); `kw` is K_t + W_t. The caller renames the roles for the next round.
    @inline(__always)
    private static func round(
        _ a: UInt32, _ b: UInt32, _ c: UInt32, _ d: inout UInt32,
        _ e: UInt32, _ f: UInt32, _ g: UInt32, _ h: inout UInt32, _ kw: UInt32
    ) {
        let t1 = h &+ (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) &+ ((e & f) ^ (~e & g)) &+ kw
        let t2 = (rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) &+ ((a & b) ^ (a & c) ^ (b & c))
        d &+= t1
        h = t1 &+ t2
    }

    /// Rotation right by `n` bits, 0 < n < 32.
    @inline(__always)
    private static func rotr(_ x: UInt32, _ n: UInt32) -> UInt32 {
        (x >> n) | (x << (32 &- n))
    }
}
