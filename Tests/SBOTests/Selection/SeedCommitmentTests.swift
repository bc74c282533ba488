import Testing
@testable import SBO

/// The seed commitment against Python's hashlib:
/// ```python
/// h = lambda t: hashlib.sha256(t.encode()).hexdigest()
/// h("0123456789abcdef" * 4 + h("4 1 6 2 5 3"))   # salted
/// h(h("4 1 6 2 5 3"))                            # unsalted, older manifests
/// ```
@Suite struct SeedCommitmentTests {
    @Test func saltedAndUnsaltedAgreeWithHashlib() {
        let salt = String(repeating: "0123456789abcdef", count: 4)
        #expect(SeedCommitment.value(seed: "4 1 6 2 5 3", salt: salt)
            == "2d78452dcf9805f295ba9acae037d545a6337df3c9d6c637c89fe89e9e651416")
        #expect(SeedCommitment.value(seed: "4 1 6 2 5 3", salt: nil)
            == "2d495ce8e7873a30d78c5053a021ff06b33ad58b82cbda48640082f711b1643f")
    }

    @Test func saltsAreFreshAnd256Bits() throws {
        let first = try #require(SeedCommitment.randomSalt())
        let second = try #require(SeedCommitment.randomSalt())
        #expect(SeedCommitment.isSalt(first) && SeedCommitment.isSalt(second))
        #expect(first != second)
        #expect(!SeedCommitment.isSalt(String(first.dropLast())))
        #expect(!SeedCommitment.isSalt(first.uppercased()))
    }
}
