import Foundation
import Testing
@testable import SBO

@Suite("SHA-256 (FIPS 180-4)")
struct SHA256Tests {
    /// The test message of length n: byte i is (31 i + 7) mod 251.
    /// Python: `bytes((i*31+7)%251 for i in range(n))`.
    static func message(_ n: Int) -> [UInt8] {
        (0..<n).map { UInt8((31 * $0 + 7) % 251) }
    }

    @Test("NIST example vectors (FIPS 180-4 examples, SHA256.pdf)")
    func nistVectors() {
        #expect(SHA256.hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SHA256.hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        // 448-bit message
        #expect(SHA256.hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
            == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        // 896-bit message
        #expect(SHA256.hex(
            "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu"
        ) == "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1")
    }

    @Test("One million \"a\", fed in uneven pieces")
    func millionA() {
        let piece = [UInt8](repeating: UInt8(ascii: "a"), count: 999)
        var hasher = SHA256()
        var fed = 0
        while fed < 1_000_000 {
            let count = min(piece.count, 1_000_000 - fed)
            hasher.update(piece[0..<count])
            fed += count
        }
        #expect(SHA256.hexString(of: hasher.finalize())
            == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    /// Python: `hashlib.sha256(bytes((i*31+7)%251 for i in range(n))).hexdigest()`.
    static let boundaryVectors = [
        (0, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        (1, "ca358758f6d27e6cf45272937977a748fd88391db679ceda7dc7bf1f005ee879"),
        (55, "e40272620990d5f772101e014a0fe168d9ab13215739a04bdcb4b9cadc303c75"),
        (56, "5b3154594d65c2a11e797576e2b4ece47f48373d8acfc0ae2cc3b87ca7adaedc"),
        (57, "bd73274967a968a1d4353b4096741c1c880d2356d44c63f0e7916c8efe59bccc"),
        (63, "2caeed71c024d190f2f9633bdac2b8f283b1cb86dfe7709023ab70f11f747a1b"),
        (64, "3483dc12a3fea6618642162f88124ea56e797597a97483d5ba597a42d98aaf6b"),
        (65, "3a513663aae909c328f43e2d74265dc5ec35495c99dfde7b8f9dd37f297dfa40"),
        (119, "c06b1fcfb8d206bb4fe8e8cde10de7af236f619ff29c720de0083f7377491fd9"),
        (120, "f425d2567f5c636c99335e5e8bb04669475b3b8b6f7523bbabbd11115cef8550"),
        (127, "2388ace1b8d638348c6720ec543c3dc1a2db3d73bf5c5f029536827b27b9b45f"),
        (128, "43a42610c7b657d1ce21bf0255e86be7ea01aa9dddf0701f596e99a4c6f61001"),
        (129, "35b3c29046f207cfca0f9e23b9ed7f9fd19084699c413286eadbc80833f374b6"),
        (130, "9cf8983df570fda8f00976c10d564a37955b580dc6c789ea37823695254058c9"),
    ]

    @Test("Lengths around the padding boundaries agree with Python hashlib", arguments: boundaryVectors)
    func boundaryLengths(length: Int, expected: String) {
        #expect(SHA256.hexString(of: SHA256.digest(Self.message(length))) == expected)
    }

    /// Every length 0...130 at once: the SHA-256 of the concatenated 131 digests.
    /// Python: `h = hashlib.sha256(); [h.update(hashlib.sha256(msg(n)).digest()) for n in range(131)];
    /// h.hexdigest()` with `msg` as in `message(_:)`.
    @Test("Every length 0...130 agrees with Python hashlib")
    func everyLength() {
        var outer = SHA256()
        for n in 0...130 { outer.update(SHA256.digest(Self.message(n))) }
        #expect(SHA256.hexString(of: outer.finalize())
            == "ac93978103eb19ad91bf58bb4190c776812130bca7055445ca1b9818aa6a1a68")
    }

    /// The portable Swift compression and the SHA extensions give the same digests: every
    /// vector above through a hasher of each kind. On a CPU without SHA extensions
    /// (`SHA256.hardwareAvailable` false) both runs use the portable compression.
    @Test("Portable and SHA-extension compressions agree on every vector", arguments: [false, true])
    func bothCompressions(hardware: Bool) {
        func hex(_ bytes: some Collection<UInt8>) -> String {
            var hasher = SHA256(hardware: hardware)
            #expect(hasher.usesHardware == (hardware && SHA256.hardwareAvailable))
            hasher.update(bytes)
            return SHA256.hexString(of: hasher.finalize())
        }
        #expect(hex("abc".utf8) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8)
            == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        for (length, expected) in Self.boundaryVectors {
            #expect(hex(Self.message(length)) == expected, "length \(length)")
        }
        // Many blocks in one call, then a tail: one million "a" in pieces of 999 bytes.
        var hasher = SHA256(hardware: hardware)
        let piece = [UInt8](repeating: UInt8(ascii: "a"), count: 999)
        var fed = 0
        while fed < 1_000_000 {
            hasher.update(piece[0..<min(piece.count, 1_000_000 - fed)])
            fed += min(piece.count, 1_000_000 - fed)
        }
        #expect(SHA256.hexString(of: hasher.finalize())
            == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
        var whole = SHA256(hardware: hardware)
        whole.update([UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000))
        #expect(SHA256.hexString(of: whole.finalize())
            == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test("Streaming with any split point equals hashing at once")
    func splitPoints() {
        let message = Self.message(130)
        let whole = SHA256.digest(message)
        for split in 0...message.count {
            var hasher = SHA256()
            hasher.update(message[0..<split])
            hasher.update(message[split...])
            #expect(hasher.finalize() == whole, "split at \(split)")
        }
        var byteByByte = SHA256()
        for byte in message { byteByByte.update(CollectionOfOne(byte)) }
        #expect(byteByByte.finalize() == whole)
    }

    /// The one-block finish a ticket uses equals update then finalize, for every prefix that is
    /// whole blocks or not and every tail length around the 55-byte limit, in both compressions.
    @Test("Finishing with a last piece in one block equals update then finalize", arguments: [false, true])
    func finishingInOneBlock(hardware: Bool) {
        let message = Self.message(200)
        for prefix in [0, 3, 64, 128] {
            var hasher = SHA256(hardware: hardware)
            hasher.update(message[0..<prefix])
            for tail in 0...70 {
                var reference = hasher
                reference.update(message[prefix..<(prefix + tail)])
                let words = message[prefix..<(prefix + tail)].withUnsafeBytes { hasher.finalizedWords(appending: $0) }
                let expected = reference.finalizedWords()
                #expect(withUnsafeBytes(of: words) { Array($0) } == withUnsafeBytes(of: expected) { Array($0) },
                        "prefix \(prefix), tail \(tail)")
            }
        }
    }

    @Test("finalize leaves the hasher usable; strings hash as UTF-8")
    func finalizeAndUTF8() {
        var hasher = SHA256()
        hasher.update("ab")
        _ = hasher.finalize()
        hasher.update("c")
        #expect(SHA256.hexString(of: hasher.finalize()) == SHA256.hex("abc"))
        // Python: hashlib.sha256("Łódź – élection".encode()).hexdigest()
        #expect(SHA256.hex("Łódź – élection")
            == "3b41f8e193804eaab2859699f632ad1cfbc56424cc7bc20ef71872ce6801e11d")
        #expect(SHA256.digest("Łódź – élection") == SHA256.digest(Array("Łódź – élection".utf8)))
    }

    @Test("A file's digest equals the digest of its bytes; a missing file throws")
    func fileDigest() throws {
        let directory = FileManager.default.temporaryDirectory
        let path = directory.appendingPathComponent("sbo-sha256-\(getpid()).bin").path
        // 200,000 bytes: more than three 64 KiB chunks.
        let bytes = (0..<200_000).map { UInt8(truncatingIfNeeded: $0 &* 7 &+ $0 >> 9) }
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(try SHA256.hexDigest(ofFileAt: path) == SHA256.hexString(of: SHA256.digest(bytes)))

        let missing = directory.appendingPathComponent("sbo-no-such-file-\(getpid())").path
        #expect(throws: DigestError.self) { try SHA256.hexDigest(ofFileAt: missing) }
        do {
            _ = try SHA256.hexDigest(ofFileAt: missing)
        } catch {
            #expect(error.kind == .unreadableInput)
            #expect(error.description.hasPrefix("\(missing): cannot read"))
        }
    }
}
