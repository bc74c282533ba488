import Foundation
import SBO

/// A synthetic India-sized sampling frame for the scale workloads: N polling stations in the
/// 36 states and union territories of India, 20 districts each, 300–1,500 registered voters
/// per station.
///
/// Every value comes from `Philox4x32(seed: "sbo-bench-scale", stream: N)`, so a size always
/// gives the same bytes. Station i belongs to state h with probability (41 − h)/Σ(41 − h),
/// h = 1…36 (the largest state about eight times the smallest, as Uttar Pradesh against the
/// smaller states; only the names are real), to one of its 20 districts uniformly, is urban with
/// probability 0.3 and has 300 + U{0…1200} registered voters. A row looks like
/// `IN-0000001,Uttar Pradesh,Uttar Pradesh D07,rural,1234` (about 48 bytes; the
/// 1,000,000-station file is 48 MB).
struct ScaleFrame {
    static let states = [
        "Uttar Pradesh", "Maharashtra", "West Bengal", "Bihar", "Tamil Nadu", "Madhya Pradesh",
        "Karnataka", "Gujarat", "Rajasthan", "Andhra Pradesh", "Odisha", "Telangana", "Kerala",
        "Jharkhand", "Assam", "Punjab", "Chhattisgarh", "Haryana", "NCT of Delhi",
        "Jammu and Kashmir", "Uttarakhand", "Himachal Pradesh", "Tripura", "Meghalaya", "Manipur",
        "Nagaland", "Goa", "Arunachal Pradesh", "Puducherry", "Mizoram", "Chandigarh", "Sikkim",
        "Dadra and Nagar Haveli and Daman and Diu", "Andaman and Nicobar Islands", "Ladakh",
        "Lakshadweep",
    ]
    static let districtsPerState = 20

    /// N, the number of stations.
    let stations: Int
    /// The CSV text.
    let bytes: [UInt8]

    init(stations: Int) {
        self.stations = stations
        var generator = Philox4x32(seed: "sbo-bench-scale", stream: UInt64(stations))
        let weights = Self.states.indices.map { 40 - $0 }
        let totalWeight = UInt64(weights.reduce(0, +))
        var cumulative = [Int]()
        var running = 0
        for weight in weights {
            running += weight
            cumulative.append(running)
        }
        var text = [UInt8]()
        text.reserveCapacity(stations * 48 + 64)
        text += Array("station_id,state,district,urban,registered_voters\n".utf8)
        let stateBytes = Self.states.map { Array($0.utf8) }
        for i in 1...stations {
            let pick = Int(boundedRandom(below: totalWeight, using: &generator))
            let h = cumulative.firstIndex { pick < $0 }!
            let district = Int(boundedRandom(below: UInt64(Self.districtsPerState), using: &generator)) + 1
            let urban = uniformDouble(using: &generator) < 0.3
            let voters = 300 + Int(boundedRandom(below: 1201, using: &generator))
            text += Array("IN-".utf8)
            Self.append(i, width: 7, to: &text)
            text.append(UInt8(ascii: ","))
            text += stateBytes[h]
            text.append(UInt8(ascii: ","))
            text += stateBytes[h]
            text += Array(" D".utf8)
            Self.append(district, width: 2, to: &text)
            text += Array((urban ? ",urban," : ",rural,").utf8)
            Self.append(voters, width: 1, to: &text)
            text.append(UInt8(ascii: "\n"))
        }
        bytes = text
    }

    /// Appends the decimal digits of `value`, zero-padded to `width`.
    private static func append(_ value: Int, width: Int, to text: inout [UInt8]) {
        let digits = Array(String(value).utf8)
        if digits.count < width { text += Array(repeating: UInt8(ascii: "0"), count: width - digits.count) }
        text += digits
    }

    /// Writes the frame to a fresh temporary file and returns its path.
    func write() throws -> String {
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("sbo-bench-scale-\(stations)-\(getpid()).csv").path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }
}
