import Testing
@testable import SBO

@Suite struct TextEncodingCheckTests {
    private func isValid(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { TextEncodingCheck.firstProblem(in: $0, rejectingNUL: false) == nil }
    }

    private func standardLibraryAccepts(_ bytes: [UInt8]) -> Bool {
        String(validating: bytes, as: UTF8.self) != nil
    }

    @Test func agreesWithTheStandardLibraryOnEveryShortSequence() {
        for first in 0...255 {
            #expect(isValid([UInt8(first)]) == standardLibraryAccepts([UInt8(first)]))
            for second in 0...255 {
                let bytes = [UInt8(first), UInt8(second)]
                #expect(isValid(bytes) == standardLibraryAccepts(bytes), "\(bytes)")
            }
        }
    }

    @Test func agreesWithTheStandardLibraryOnRandomBytes() {
        // SplitMix64 (Steele, Lea, Flood 2014), seeded; bytes biased to the interesting range.
        var state: UInt64 = 20_240_601
        func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        let interesting: [UInt8] = [0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF,
                                    0xE0, 0xE1, 0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xFF]
        for _ in 0..<20_000 {
            let length = Int(next() % 6) + 1
            let bytes = (0..<length).map { _ in interesting[Int(next() % UInt64(interesting.count))] }
            #expect(isValid(bytes) == standardLibraryAccepts(bytes), "\(bytes)")
        }
    }

    @Test func reportsTheOffsetOfTheFirstProblem() {
        let bytes: [UInt8] = Array("ok é ".utf8) + [0xC3] + Array("x".utf8) + [0]
        bytes.withUnsafeBufferPointer { buffer in
            #expect(TextEncodingCheck.firstProblem(in: buffer, rejectingNUL: true) == .invalidUTF8(offset: 6))
            #expect(TextEncodingCheck.firstProblem(in: buffer, from: 7, rejectingNUL: true) == .nul(offset: 8))
            #expect(TextEncodingCheck.firstProblem(in: buffer, from: 7, rejectingNUL: false) == nil)
        }
    }

    @Test func recognisesUTF16() {
        func check(_ bytes: [UInt8]) -> Bool { bytes.withUnsafeBufferPointer(TextEncodingCheck.looksLikeUTF16) }
        #expect(check([0xFF, 0xFE]))
        #expect(check([0xFE, 0xFF, 0, 0x41]))
        #expect(check(Array("région,x".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }))
        #expect(!check(Array("plain ascii, text\n".utf8)))
        #expect(!check(Array("a".utf8) + [0]))
        #expect(!check([0xEF, 0xBB, 0xBF] + Array("a,b".utf8)))
    }

    @Test func physicalLinesCountCRLFOnce() {
        let bytes = Array("a\r\nb\rc\nd\n\re".utf8)
        bytes.withUnsafeBufferPointer { buffer in
            // Offsets: a0 \r1 \n2 b3 \r4 c5 \n6 d7 \n8 \r9 e10
            let expected = [1, 1, 1, 2, 2, 3, 3, 4, 4, 5, 6, 6]
            for offset in 0...buffer.count {
                #expect(PhysicalLines.line(ofOffset: offset, in: buffer) == expected[offset], "offset \(offset)")
            }
        }
    }
}
