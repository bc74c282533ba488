/// A point in time read from a submission-time cell or a `--as-of` option.
///
/// Accepted, after trimming spaces and tabs (SPEC "Election night"):
/// ```
/// date            YYYY-MM-DD
/// date-time       date ("T" | " ") hh:mm [":" ss ["." fraction]] [offset]
/// offset          "Z" | "z" | ("+" | "-") hh [[":"] mm]
/// ```
/// These are the forms the observers' exports write: KoboToolbox's `_submission_time`
/// (`2024-02-07T11:04:05`, UTC without an offset) and its `start`/`end`
/// (`2024-02-07T15:04:05.123+04:00`), ODK Central's `SubmissionDate`
/// (`2024-02-07T11:04:05.123Z`), and a spreadsheet's "yyyy-mm-dd hh:mm[:ss]". A time written
/// without an offset is read as UTC, so that two such times compare as they are written.
///
/// Edge cases: a date alone is its midnight; `ss` may be 60 (a leap second, read as the
/// next minute's start); fractions of any length are kept to double precision. Day-first
/// and month-first forms (`07/02/2024`) are not accepted: they cannot be told apart.
///
/// The calendar arithmetic is Howard Hinnant's `days_from_civil` (proleptic Gregorian):
/// <https://howardhinnant.github.io/date_algorithms.html#days_from_civil>.
/// Tests: `TimestampTests`.
public struct Timestamp: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Seconds since 1970-01-01T00:00:00Z; a time written without an offset is read as UTC.
    public let secondsSinceEpoch: Double
    /// Whether the text carried an offset or `Z`.
    public let hasOffset: Bool

    /// The time `secondsSinceEpoch` seconds after 1970-01-01T00:00:00Z.
    public init(secondsSinceEpoch: Double, hasOffset: Bool = true) {
        self.secondsSinceEpoch = secondsSinceEpoch
        self.hasOffset = hasOffset
    }

    /// Reads `text` in one of the forms above; nil when it is not one of them or names a
    /// day, hour, minute or second that does not exist.
    public init?(parsing text: String) {
        var scanner = Scanner(Array(text.utf8))
        scanner.skipBlanks()
        guard let year = scanner.digits(exactly: 4), scanner.take("-"),
              let month = scanner.digits(exactly: 2), scanner.take("-"),
              let day = scanner.digits(exactly: 2),
              (1...12).contains(month), (1...Self.daysIn(month: month, year: year)).contains(day)
        else { return nil }
        var seconds = Double(Self.daysFromCivil(year: year, month: month, day: day)) * 86_400
        var hasOffset = false
        if scanner.take("T") || scanner.take("t") || scanner.take(" ") {
            guard let hour = scanner.digits(exactly: 2), scanner.take(":"),
                  let minute = scanner.digits(exactly: 2), hour < 24, minute < 60
            else { return nil }
            seconds += Double(hour * 3600 + minute * 60)
            if scanner.take(":") {
                guard let second = scanner.digits(exactly: 2), second <= 60 else { return nil }
                seconds += Double(second)
                if scanner.take(".") || scanner.take(",") {
                    guard let fraction = scanner.fraction() else { return nil }
                    seconds += fraction
                }
            }
            if scanner.take("Z") || scanner.take("z") {
                hasOffset = true
            } else if let sign = scanner.sign() {
                guard let hours = scanner.digits(exactly: 2), hours <= 18 else { return nil }
                _ = scanner.take(":")
                let minutes = scanner.digits(exactly: 2) ?? 0
                guard minutes < 60 else { return nil }
                seconds -= Double(sign * (hours * 3600 + minutes * 60))
                hasOffset = true
            }
        }
        scanner.skipBlanks()
        guard scanner.atEnd else { return nil }
        self.init(secondsSinceEpoch: seconds, hasOffset: hasOffset)
    }

    /// The time in UTC as ISO 8601, `2024-02-07T11:04:05Z` (milliseconds when the time has
    /// a fraction; no `Z` when the text had no offset).
    public var description: String {
        let milliseconds = (secondsSinceEpoch * 1000).rounded()
        let wholeSeconds = Int((milliseconds / 1000).rounded(.down))
        let millisecond = Int(milliseconds - Double(wholeSeconds) * 1000)
        let days = Int((Double(wholeSeconds) / 86_400).rounded(.down))
        let secondOfDay = wholeSeconds - days * 86_400
        let (year, month, day) = Self.civilFromDays(days)
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        var text = "\(year)-\(two(month))-\(two(day))T\(two(secondOfDay / 3600)):\(two(secondOfDay / 60 % 60)):\(two(secondOfDay % 60))"
        if millisecond != 0 {
            text += "." + String(String(millisecond + 1000).dropFirst())
        }
        return hasOffset ? text + "Z" : text
    }

    public static func < (lhs: Timestamp, rhs: Timestamp) -> Bool {
        lhs.secondsSinceEpoch < rhs.secondsSinceEpoch
    }

    public static func == (lhs: Timestamp, rhs: Timestamp) -> Bool {
        lhs.secondsSinceEpoch == rhs.secondsSinceEpoch
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(secondsSinceEpoch)
    }

    /// Days from 1970-01-01 to the given proleptic Gregorian date (Hinnant).
    static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The proleptic Gregorian date `days` days after 1970-01-01 (Hinnant's `civil_from_days`).
    static func civilFromDays(_ days: Int) -> (year: Int, month: Int, day: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Reads the UTF-8 bytes of a timestamp left to right.
    private struct Scanner {
        let bytes: [UInt8]
        var index = 0

        init(_ bytes: [UInt8]) { self.bytes = bytes }

        var atEnd: Bool { index == bytes.count }

        mutating func skipBlanks() {
            while index < bytes.count, bytes[index] == UInt8(ascii: " ") || bytes[index] == UInt8(ascii: "\t") {
                index += 1
            }
        }

        /// Consumes `character` (ASCII) when it is next.
        mutating func take(_ character: Unicode.Scalar) -> Bool {
            guard index < bytes.count, bytes[index] == UInt8(ascii: character) else { return false }
            index += 1
            return true
        }

        /// +1 or −1 for a leading `+`, `-` or `−` (U+2212), consumed.
        mutating func sign() -> Int? {
            if take("+") { return 1 }
            if take("-") { return -1 }
            let minus: [UInt8] = [0xE2, 0x88, 0x92]
            if bytes.count - index >= 3, Array(bytes[index..<index + 3]) == minus {
                index += 3
                return -1
            }
            return nil
        }

        /// The value of exactly `count` ASCII digits, consumed; nil (nothing consumed) otherwise.
        mutating func digits(exactly count: Int) -> Int? {
            guard bytes.count - index >= count else { return nil }
            var value = 0
            for byte in bytes[index..<index + count] {
                guard byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") else { return nil }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
            }
            index += count
            return value
        }

        /// The value of one or more digits after a decimal point, as a fraction of one.
        mutating func fraction() -> Double? {
            let start = index
            while index < bytes.count, bytes[index] >= UInt8(ascii: "0") && bytes[index] <= UInt8(ascii: "9") {
                index += 1
            }
            guard index > start else { return nil }
            return Double("0." + String(decoding: bytes[start..<index], as: UTF8.self))
        }
    }
}
