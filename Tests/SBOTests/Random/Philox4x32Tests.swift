import Testing
@testable import SBO

@Suite("Philox4x32-10 counter-based generator")
struct Philox4x32Tests {
    typealias Block = (UInt32, UInt32, UInt32, UInt32)

    /// Random123 `tests/kat_vectors` (github.com/DEShawResearch/random123, commit 9545ff6),
    /// lines 27–29, columns CTR (4 words), KEY (2 words), EXPECTED (4 words):
    /// ```
    /// philox4x32 10 00000000 00000000 00000000 00000000 00000000 00000000   6627e8d5 e169c58d bc57ac4c 9b00dbd8
    /// philox4x32 10 ffffffff ffffffff ffffffff ffffffff ffffffff ffffffff   408f276d 41c83b0e a20bc7c6 6d5451fd
    /// philox4x32 10 243f6a88 85a308d3 13198a2e 03707344 a4093822 299f31d0   d16cfe09 94fdcceb 5001e420 24126ea1
    /// ```
    @Test("Random123 known answers, 10 rounds")
    func knownAnswers() {
        #expect(Philox4x32.block(counter: (0, 0, 0, 0), key: (0, 0))
            == (0x6627_e8d5, 0xe169_c58d, 0xbc57_ac4c, 0x9b00_dbd8))
        let ones = UInt32.max
        #expect(Philox4x32.block(counter: (ones, ones, ones, ones), key: (ones, ones))
            == (0x408f_276d, 0x41c8_3b0e, 0xa20b_c7c6, 0x6d54_51fd))
        #expect(Philox4x32.block(
            counter: (0x243f_6a88, 0x85a3_08d3, 0x1319_8a2e, 0x0370_7344), key: (0xa409_3822, 0x299f_31d0))
            == (0xd16c_fe09, 0x94fd_cceb, 0x5001_e420, 0x2412_6ea1))
    }

    /// The same file, lines 24–26 (7 rounds): they check the key schedule at another depth.
    @Test("Random123 known answers, 7 rounds")
    func knownAnswersSevenRounds() {
        #expect(Philox4x32.block(counter: (0, 0, 0, 0), key: (0, 0), rounds: 7)
            == (0x5f6f_b709, 0x0d89_3f64, 0x4f12_1f81, 0x4f73_0a48))
        let ones = UInt32.max
        #expect(Philox4x32.block(counter: (ones, ones, ones, ones), key: (ones, ones), rounds: 7)
            == (0x5207_ddc2, 0x4516_5e59, 0x4d8e_e751, 0x8c52_f662))
        #expect(Philox4x32.block(
            counter: (0x243f_6a88, 0x85a3_08d3, 0x1319_8a2e, 0x0370_7344), key: (0xa409_3822, 0x299f_31d0),
            rounds: 7) == (0x4dfc_caba, 0x190a_87f0, 0xc473_62ba, 0xb6b5_242a))
    }

    /// Golden outputs from an independent Python implementation written from the paper (it
    /// reproduces the six Random123 vectors above): key = SHA-256("sbo-philox:" + seed) bytes
    /// 0–3, 4–7 big-endian; block b of stream s uses counter (b mod 2³², ⌊b/2³²⌋, s mod 2³²,
    /// ⌊s/2³²⌋); outputs x₁·2³² + x₀, then x₃·2³² + x₂. Key for "sbo": (0x34cf806c, 0x6ac681d8).
    @Test("Golden first outputs of seeded streams", arguments: [
        (UInt64(0), [0xa6f2_e73b_07d5_0124, 0x6596_0c25_b5dc_494c, 0x669a_bda8_1b6a_0f75,
                     0xb6fd_134a_d64c_059c, 0xe537_a3a0_aaa7_7a46] as [UInt64]),
        (UInt64(1), [0x28f1_7f5a_08e2_9cfe, 0xf2aa_b355_29d4_2d5e, 0x2df0_681c_6aca_3b14,
                     0x60c2_6d70_4653_0e6a, 0x7796_4c9a_c042_7ef2]),
        (UInt64(1 << 40 + 5), [0x1e92_6d31_5259_6863, 0xe899_7703_ee82_3da5, 0x4683_aa7f_c63d_bba9,
                               0xf107_6601_10ac_e9f9, 0xdb1f_37f5_a90a_1ea4]),
    ])
    func goldenStreams(stream: UInt64, expected: [UInt64]) {
        var generator = Philox4x32(seed: "sbo", stream: stream)
        #expect((0..<5).map { _ in generator.next() } == expected)
    }

    @Test("next() returns each block's words in order and carries the 128-bit counter")
    func counterAndWordOrder() {
        let key: (UInt32, UInt32) = (0x1234_5678, 0x9abc_def0)
        let ones = UInt32.max
        var generator = Philox4x32(key: key, counter: (ones, ones, ones, 0))
        let first = Philox4x32.block(counter: (ones, ones, ones, 0), key: key)
        let second = Philox4x32.block(counter: (0, 0, 0, 1), key: key)
        #expect(generator.next() == UInt64(first.1) << 32 | UInt64(first.0))
        #expect(generator.next() == UInt64(first.3) << 32 | UInt64(first.2))
        #expect(generator.next() == UInt64(second.1) << 32 | UInt64(second.0))
        #expect(generator.next() == UInt64(second.3) << 32 | UInt64(second.2))
    }

    @Test("Distinct streams and seeds give distinct outputs; a seed is reproducible")
    func streamsDiffer() {
        func draws(_ seed: String, _ stream: UInt64) -> [UInt64] {
            var generator = Philox4x32(seed: seed, stream: stream)
            return (0..<1000).map { _ in generator.next() }
        }
        let base = draws("election 2026", 0)
        #expect(draws("election 2026", 0) == base)
        #expect(Set(base).isDisjoint(with: draws("election 2026", 1)))
        #expect(Set(base).isDisjoint(with: draws("election 2027", 0)))
    }
}
