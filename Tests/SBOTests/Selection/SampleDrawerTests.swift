import Foundation
import Testing
@testable import SBO

@Suite("Drawing samples: golden output, reproducibility, structure")
struct SampleDrawerTests {
    static let seed = "dice 3 1 4 1 5 9 2 6"

    // Produced independently of sbo, from the SPEC alone, by
    //   python3 Tests/SBOTests/Selection/Reference/independent_draw.py frame.csv \
    //       "dice 3 1 4 1 5 9 2 6" region 13 1
    // on the frame of unevenFrameCSV(). Allocation: 13·(25, 10, 25)/60 = (5.417, 2.167, 5.417)
    // → floors (5, 2, 5), one left; east and south tie on the remainder → "east" sorts first.
    static let golden = """
        station_id,region,urban,registered_voters,stratum,stratum_size,role,order,inclusion_probability,weight
        S055,east,rural,485,east,25,primary,1,0.24,4.166666666666667
        S049,east,rural,443,east,25,primary,2,0.24,4.166666666666667
        S039,east,rural,373,east,25,primary,3,0.24,4.166666666666667
        S057,east,rural,499,east,25,primary,4,0.24,4.166666666666667
        S043,east,rural,401,east,25,primary,5,0.24,4.166666666666667
        S059,east,rural,513,east,25,primary,6,0.24,4.166666666666667
        S038,east,urban,366,east,25,reserve,7,0.24,4.166666666666667
        S006,north,urban,142,north,10,primary,1,0.2,5.0
        S004,north,urban,128,north,10,primary,2,0.2,5.0
        S002,north,urban,114,north,10,reserve,3,0.2,5.0
        S023,south,rural,261,south,25,primary,1,0.2,5.0
        S013,south,rural,191,south,25,primary,2,0.2,5.0
        S026,south,urban,282,south,25,primary,3,0.2,5.0
        S033,south,rural,331,south,25,primary,4,0.2,5.0
        S010,south,urban,170,south,25,primary,5,0.2,5.0
        S016,south,urban,212,south,25,reserve,6,0.2,5.0

        """

    static let request = SampleRequest(size: 13, seed: seed, stratifyBy: "region", reserves: 1)

    @Test func goldenSampleByteForByte() throws {
        let frame = try frame(unevenFrameCSV())
        let csv = try SampleTable.csv(for: SampleDrawer.draw(from: frame, request: Self.request), frame: frame)
        #expect(String(decoding: csv, as: UTF8.self) == Self.golden)
    }

    // The same bytes whatever the order of the frame's rows (and its delimiter and line endings).
    @Test func independentOfRowOrderAndDialect() throws {
        var random = SplitMix64(seed: 99)
        var order = Array(0..<60)
        for i in stride(from: order.count - 1, to: 0, by: -1) {
            order.swapAt(i, random.next(below: i + 1))
        }
        let shuffled = unevenFrameCSV(order: order)
            .replacingOccurrences(of: ",", with: ";").replacingOccurrences(of: "\n", with: "\r\n")
        let frame = try frame("\u{FEFF}" + shuffled)
        let csv = try SampleTable.csv(for: SampleDrawer.draw(from: frame, request: Self.request), frame: frame)
        #expect(String(decoding: csv, as: UTF8.self) == Self.golden)
    }

    @Test func allocationSumsAndReservesAreDisjoint() throws {
        let frame = try frame(unevenFrameCSV())
        for size in [6, 13, 30, 57] {
            let sample = try SampleDrawer.draw(
                from: frame, request: SampleRequest(size: size, seed: "s\(size)", stratifyBy: "region", reserves: 3))
            #expect(sample.strata.reduce(0) { $0 + $1.allocated } == size)
            let primaries = Set(sample.stations.filter { $0.role == .primary }.map(\.row))
            let reserves = Set(sample.stations.filter { $0.role == .reserve }.map(\.row))
            #expect(primaries.count == size)
            #expect(primaries.isDisjoint(with: reserves))
            #expect(reserves.count == sample.strata.reduce(0) { $0 + $1.reserves })
            for stratum in sample.strata {
                #expect(stratum.reserves == min(3, stratum.population - stratum.allocated))
            }
        }
    }

    // Consistent sampling: a larger sample from the same seed contains the smaller one.
    @Test func samplesAreNested() throws {
        let frame = try frame(unevenFrameCSV())
        let small = try SampleDrawer.draw(from: frame, request: SampleRequest(size: 5, seed: "nest"))
        let large = try SampleDrawer.draw(from: frame, request: SampleRequest(size: 20, seed: "nest"))
        let smallRows = Set(small.stations.map(\.row))
        #expect(smallRows.isSubset(of: Set(large.stations.map(\.row))))
        #expect(small.strata.map(\.name) == ["all"])
    }

    @Test func ppsProbabilitiesAreExactAndCertaintiesTaken() throws {
        // One huge station (10,000 of 10,000 + 30·100 voters) must be taken with certainty.
        var text = "station_id,registered_voters\nBIG,10000\n"
        for i in 0..<30 { text += "s\(i),100\n" }
        text += "empty,0\n"
        let frame = try frame(text)
        let sample = try SampleDrawer.draw(from: frame, request: SampleRequest(size: 4, seed: "pps", ppsColumn: "registered_voters", reserves: 2))
        let primaries = sample.stations.filter { $0.role == .primary }
        #expect(primaries.count == 4)
        #expect(sample.strata[0].certainties == 1)
        let big = try #require(primaries.first { frame.ids[$0.row] == "BIG" })
        #expect(big.inclusionProbability == 1 && big.weight == 1)
        // The others: n' = 3 of X' = 3,000 → π = 3·100/3000 = 0.1 exactly, weight 10.
        for station in sample.stations where frame.ids[station.row] != "BIG" {
            #expect(station.inclusionProbability == 0.1 && station.weight == 10)
            #expect(frame.ids[station.row] != "empty")
        }
    }

    @Test func errors() throws {
        let frame = try frame(unevenFrameCSV())
        #expect(throws: AllocationError.sizeTooLarge(size: 61, available: 60)) {
            try SampleDrawer.draw(from: frame, request: SampleRequest(size: 61, seed: "x"))
        }
        #expect(throws: AllocationError.sizeTooSmall(size: 5, minimum: 6, strata: 3)) {
            try SampleDrawer.draw(from: frame, request: SampleRequest(size: 5, seed: "x", stratifyBy: "region"))
        }
        #expect(throws: FrameError.missingColumn(source: "frame.csv", line: 1, column: "regoin", option: "--stratify-by", suggestion: "region")) {
            try SampleDrawer.draw(from: frame, request: SampleRequest(size: 5, seed: "x", stratifyBy: "regoin"))
        }
        let withStratum = try SBOTests.frame("station_id,stratum\na,x\nb,y\n")
        let sample = try SampleDrawer.draw(from: withStratum, request: SampleRequest(size: 2, seed: "x"))
        #expect(throws: SelectionError.reservedColumn(source: "frame.csv", column: "stratum")) {
            try SampleTable.csv(for: sample, frame: withStratum)
        }
    }
}
