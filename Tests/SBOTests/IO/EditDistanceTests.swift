import Testing
@testable import SBO

@Suite struct EditDistanceTests {
    @Test func agreesWithR() {
        // R: adist("kitten", "sitting") → 3
        #expect(EditDistance.between("kitten", "sitting") == 3)
        // R: adist("station_id", "Station ID", ignore.case = TRUE) → 1
        #expect(EditDistance.between("station_id", "Station ID") == 1)
        // R: adist("registered_voters", "registred_voter") → 2
        #expect(EditDistance.between("registered_voters", "registred_voter") == 2)
        // R: adist("", "abc") → 3
        #expect(EditDistance.between("", "abc") == 3)
        #expect(EditDistance.between("abc", "") == 3)
        // R: adist("région", "REGION", ignore.case = TRUE) → 1 (characters, not bytes)
        #expect(EditDistance.between("région", "REGION") == 1)
    }

    @Test func closestNameIsSuggestedOnlyWhenClose() {
        let names = ["station_id", "registered_voters", "region"]
        #expect(EditDistance.closest(to: "Station_ID", among: names) == "station_id")
        #expect(EditDistance.closest(to: "registred_voters", among: names) == "registered_voters")
        #expect(EditDistance.closest(to: "regoin", among: names) == "region")
        #expect(EditDistance.closest(to: "ballots_cast", among: names) == nil)
    }

    /// Issue 11: a 4 MB unknown station id against short ids returns at once, and a name far
    /// shorter than every candidate is skipped by length alone.
    @Test func hugeNamesCostNothing() {
        let huge = String(repeating: "029-04", count: 700_000)
        let started = ContinuousClock.now
        #expect(EditDistance.closest(to: huge, among: (0..<500).map { "029-\($0)" }) == nil)
        #expect(EditDistance.closest(to: String(repeating: "x", count: EditDistance.longestName), among: [String(repeating: "x", count: 999)]) != nil)
        #expect(EditDistance.closest(to: "ab", among: [String(repeating: "a", count: 10_000)]) == nil)
        #expect(ContinuousClock.now - started < .seconds(5))
    }
}
