/// How an error that holds several problems of one file lists them (SPEC: "Every check
/// reports all of its findings in one run (the first 20 lines, then how many more)"): in the
/// order of their lines, the first ``listed`` each on a line of its own, then how many more.
/// `ObservationError` and `FrameError` list their problems this way.
enum ProblemList {
    /// How many problems an error lists.
    static let listed = 20

    /// `problems` as one error: nil for none, the problem itself for one, else `several` of
    /// them in the order of their lines in the file (stable; problems without a line last).
    static func combined<Problem>(
        _ problems: [Problem], line: (Problem) -> Int?, several: ([Problem]) -> Problem
    ) -> Problem? {
        let ordered = problems.enumerated().sorted { a, b in
            (line(a.element) ?? Int.max, a.offset) < (line(b.element) ?? Int.max, b.offset)
        }.map(\.element)
        return ordered.count <= 1 ? ordered.first : several(ordered)
    }

    /// The lines an error prints after its first: the first ``listed`` problems' messages, then
    /// "and N more".
    static func detailLines(_ messages: [String]) -> [String] {
        var lines = Array(messages.prefix(listed))
        if messages.count > listed { lines.append("and \(messages.count - listed) more") }
        return lines
    }
}
