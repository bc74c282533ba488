import Testing
@testable import SBO

/// `ByteKeyIndex` numbers distinct byte strings as a dictionary would, also when every key has
/// the same hash (so that probing, tags and byte comparison are all exercised) and as it grows.
@Suite struct ByteKeyIndexTests {
    /// Numbers `keys` with the index (hashing with `hash`), returning each key's number.
    static func number(_ keys: [[UInt8]], expected: Int, hash: ([UInt8]) -> UInt64) -> [Int] {
        var index = ByteKeyIndex(expected: expected)
        var distinct: [[UInt8]] = []
        return keys.map { key in
            let found = index.find(
                hash: hash(key), orInsert: distinct.count,
                matches: { distinct[$0] == key }, hashOfNumber: { hash(distinct[$0]) })
            if let found { return found }
            distinct.append(key)
            return distinct.count - 1
        }
    }

    /// The same numbering by a Swift dictionary.
    static func reference(_ keys: [[UInt8]]) -> [Int] {
        var numbers: [[UInt8]: Int] = [:]
        return keys.map { key in
            if let number = numbers[key] { return number }
            numbers[key] = numbers.count
            return numbers.count - 1
        }
    }

    static func randomKeys(count: Int, alphabet: Int, seed: UInt64) -> [[UInt8]] {
        var random = SplitMix64(seed: seed)
        return (0..<count).map { _ in
            (0..<Int(random.next() % 20)).map { _ in UInt8(random.next() % UInt64(alphabet)) + 0x41 }
        }
    }

    static func byteHash(_ key: [UInt8]) -> UInt64 {
        key.withUnsafeBufferPointer(ByteKeyIndex.hash)
    }

    @Test(arguments: [(2, 1 as UInt64), (3, 2), (26, 3)])
    func numbersKeysAsADictionaryDoes(alphabet: Int, seed: UInt64) {
        // Small alphabets give many repeated keys, large ones mostly distinct keys; starting
        // from room for 1 makes the index grow many times.
        let keys = Self.randomKeys(count: 5000, alphabet: alphabet, seed: seed)
        #expect(Self.number(keys, expected: 1, hash: Self.byteHash) == Self.reference(keys))
        #expect(Self.number(keys, expected: keys.count, hash: Self.byteHash) == Self.reference(keys))
    }

    @Test func collidingHashesAreToldApartByTheirBytes() {
        let keys = Self.randomKeys(count: 600, alphabet: 3, seed: 4)
        for hash in [{ (_: [UInt8]) in UInt64(0) }, { (_: [UInt8]) in UInt64.max }, { (key: [UInt8]) in UInt64(key.count) << 40 }] {
            #expect(Self.number(keys, expected: 1, hash: hash) == Self.reference(keys))
        }
    }

    @Test func hashReadsEveryByte() {
        // Keys that differ in one byte, at every position of words and tails, and in length.
        let base = [UInt8](repeating: 0x61, count: 19)
        var keys = (0...19).map { Array(base.prefix($0)) }
        for position in 0..<19 {
            var key = base
            key[position] = 0x62
            keys.append(key)
        }
        #expect(Set(keys.map(Self.byteHash)).count == keys.count)
    }
}
