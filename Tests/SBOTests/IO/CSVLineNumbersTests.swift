import Testing
@testable import SBO

/// Line numbers kept as runs of consecutive lines, or one by one once runs would cost more,
/// read back as they were given.
@Suite struct CSVLineNumbersTests {
    @Test(arguments: [0, 1, 3, 50])
    func readBackAsGiven(gapsPerHundred: Int) {
        var random = SplitMix64(seed: UInt64(gapsPerHundred))
        var line = 2
        let lines = (0..<3000).map { _ in
            line += random.next() % 100 < UInt64(gapsPerHundred) ? 2 + Int(random.next() % 3) : 1
            return line
        }
        let numbers = CSVLineNumbers(lines)
        #expect(Array(numbers) == lines)
        #expect(numbers.count == lines.count)
        #expect(numbers == CSVLineNumbers(lines))
        #expect(numbers != CSVLineNumbers(Array(lines.dropLast())))
    }

    @Test func smallCases() {
        #expect(Array(CSVLineNumbers([])) == [])
        let numbers: CSVLineNumbers = [2, 3, 4, 6, 7, 10]
        #expect(Array(numbers) == [2, 3, 4, 6, 7, 10])
        #expect(numbers[3] == 6 && numbers[5] == 10)
    }
}
