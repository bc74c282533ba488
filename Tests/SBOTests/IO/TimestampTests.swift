import Foundation
import Testing
@testable import SBO

@Suite struct TimestampTests {
    /// Each form against Foundation's ISO 8601 reading of the same instant (an independent
    /// route): Kobo, ODK Central, a spreadsheet, offsets in every spelling.
    @Test func formsTheExportsWrite() throws {
        let cases: [(text: String, utc: String, hasOffset: Bool)] = [
            ("2024-02-07T11:04:05", "2024-02-07T11:04:05Z", false),
            ("2024-02-07T15:04:05.123+04:00", "2024-02-07T11:04:05.123Z", true),
            ("2024-02-07T11:04:05.123Z", "2024-02-07T11:04:05.123Z", true),
            ("2024-02-07 15:04:05", "2024-02-07T15:04:05Z", false),
            ("2024-02-07 15:04", "2024-02-07T15:04:00Z", false),
            (" 2024-02-07T15:04:05+0400 ", "2024-02-07T11:04:05Z", true),
            ("2024-02-07T15:04:05+04", "2024-02-07T11:04:05Z", true),
            ("2024-02-07T01:04:05-05:30", "2024-02-07T06:34:05Z", true),
            ("2024-02-07", "2024-02-07T00:00:00Z", false),
            ("2024-02-29T23:59:59.999Z", "2024-02-29T23:59:59.999Z", true),
            ("1969-12-31T23:59:59Z", "1969-12-31T23:59:59Z", true),
        ]
        let reference = ISO8601DateFormatter()
        reference.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        let plain = ISO8601DateFormatter()
        for item in cases {
            let time = try #require(Timestamp(parsing: item.text), "\(item.text)")
            let date = try #require(reference.date(from: item.utc) ?? plain.date(from: item.utc))
            #expect(abs(time.secondsSinceEpoch - date.timeIntervalSince1970) < 1e-6, "\(item.text)")
            #expect(time.hasOffset == item.hasOffset, "\(item.text)")
        }
    }

    @Test func rejectsWhatIsNotATime() {
        for text in [
            "", "NA", "07/02/2024 15:04", "2024-2-7", "2024-02-30", "2023-02-29", "2024-13-01",
            "2024-02-07T24:00", "2024-02-07T12:60", "2024-02-07T12:00:61", "2024-02-07T12",
            "2024-02-07T12:00:00+25:00", "2024-02-07T12:00:00.", "2024-02-07T12:00:00 x",
            "45329.627", "2024-02-07\u{1B}[2K",
        ] {
            #expect(Timestamp(parsing: text) == nil, "\(text)")
        }
    }

    @Test func ordersAndPrintsInUTC() throws {
        let early = try #require(Timestamp(parsing: "2024-02-07T15:04:05+04:00"))
        let late = try #require(Timestamp(parsing: "2024-02-07T11:04:06Z"))
        #expect(early < late)
        #expect(early.description == "2024-02-07T11:04:05Z")
        #expect(Timestamp(parsing: "2024-02-07 15:04:05.25")?.description == "2024-02-07T15:04:05.250")
        #expect(Timestamp(parsing: "1969-12-31T23:59:59.5Z")?.description == "1969-12-31T23:59:59.500Z")
        #expect(Timestamp(parsing: "2024-02-07T11:04:05Z") == Timestamp(parsing: "2024-02-07T15:04:05+04:00"))
    }

    /// Hinnant's day count round-trips over four centuries either side of 1970.
    @Test func civilDaysRoundTrip() {
        for days in stride(from: -146_097 * 2, through: 146_097 * 2, by: 37) {
            let date = Timestamp.civilFromDays(days)
            #expect(Timestamp.daysFromCivil(year: date.year, month: date.month, day: date.day) == days)
        }
        #expect(Timestamp.daysFromCivil(year: 2024, month: 2, day: 7) == 19_760)
    }
}
