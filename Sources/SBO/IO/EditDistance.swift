/// Levenshtein distance between names, for "did you mean" suggestions.
///
/// The distance is the least number of single-character insertions, deletions and
/// substitutions that turn one string into the other, computed by the Wagner–Fischer dynamic
/// programme over Unicode characters, compared without regard to letter case:
/// ```
/// d(i, 0) = i,   d(0, j) = j
/// d(i, j) = min( d(i−1, j) + 1, d(i, j−1) + 1, d(i−1, j−1) + [a_i ≠ b_j] )
/// ```
/// where a_i is the i-th character of the first string and b_j the j-th of the second.
/// Agrees with R's `adist(a, b, ignore.case = TRUE)` (see `EditDistanceTests`).
///
/// Reference: R. A. Wagner and M. J. Fischer, "The string-to-string correction problem",
/// *Journal of the ACM* 21(1), 168–173 (1974), doi:10.1145/321796.321811.
public enum EditDistance {
    /// Names longer than this many characters get no suggestion.
    public static let longestName = 1_000

    /// The Levenshtein distance between `a` and `b`, ignoring letter case.
    public static func between(_ a: String, _ b: String) -> Int {
        let first = Array(a.lowercased()), second = Array(b.lowercased())
        guard !first.isEmpty else { return second.count }
        guard !second.isEmpty else { return first.count }
        var previous = Array(0...second.count)
        var current = [Int](repeating: 0, count: second.count + 1)
        for i in 1...first.count {
            current[0] = i
            for j in 1...second.count {
                let substitution = previous[j - 1] + (first[i - 1] == second[j - 1] ? 0 : 1)
                current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
            }
            swap(&previous, &current)
        }
        return previous[second.count]
    }

    /// The candidate closest to `name`, or nil when none is close.
    ///
    /// A candidate is close when its distance is at most `max(2, name.count / 3)`; among equally
    /// close candidates the first wins. An exact match (distance 0, e.g. differing only in case)
    /// is returned too. The cost is bounded whatever the input:
    /// - a name longer than ``longestName`` characters gets no suggestion (no one mistypes a
    ///   kilobyte; a 4 MB unknown station id stalled `estimate` for a minute, issue 11);
    /// - a candidate whose length differs from the name's by more than `limit` is at least that
    ///   many edits away and is skipped after looking at `name.count + limit + 1` of its
    ///   characters, so that a 50 MB column name costs nothing
    ///   (`HostileInputTests.hugeHeaderNameAndMissingColumn`).
    public static func closest(to name: String, among candidates: [String]) -> String? {
        guard name.utf8.count <= longestName || name.count <= longestName else { return nil }
        let limit = max(2, name.count / 3)
        let longest = name.count + limit
        let shortest = name.count - limit
        var best: (candidate: String, distance: Int)?
        for candidate in candidates {
            let length = candidate.prefix(longest + 1).count
            guard length <= longest && length >= shortest else { continue }
            let distance = between(name, candidate)
            if distance <= limit && distance < (best?.distance ?? Int.max) {
                best = (candidate, distance)
            }
        }
        return best?.candidate
    }
}
