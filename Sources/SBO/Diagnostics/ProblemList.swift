/// How an error that holds several problems of one file lists them (SPEC: "Every check
/// reports all of its findings in one run (the first 20 lines, then how many more)"): in the
/// order of their lines, the first ``listed`` each on a line of its own, then how many more.
enum ProblemList {
    /// How many problems an error lists.
    static let listed = 20

    /// The lines an error prints after its first: the first ``listed`` problems' messages, then
    /// "and N more".
    static func detailLines(_ messages: [String]) -> [String] {
        var lines = Array(messages.prefix(listed))
        if messages.count > listed { lines.append("and \(messages.count - listed) more") }
        return lines
    }
}

/// An error enum with a case `several(source:problems:)` that stands for several of its
/// problems in one file (`FrameError`, `SampleDesignError`, `CodebookError`,
/// `ObservationError`): it prints "FILE: N problems (each listed below)", then the problems
/// (``ProblemList``).
protocol SeveralProblems: ReportableError {
    /// The error standing for `problems`, several problems of the file `source`.
    static func several(source: String, problems: [Self]) -> Self
    /// The problems this error stands for when it is `several`, else nil.
    var severalProblems: [Self]? { get }
    /// The line a single problem is on, when it has one.
    var line: Int? { get }
}

extension SeveralProblems {
    /// For `several`: the first 20 problems, then how many more.
    public var detailLines: [String] {
        guard let problems = severalProblems, problems.count > 1 else { return [] }
        return ProblemList.detailLines(problems.map(\.description))
    }

    /// `problems` as one error: nil for none, the problem itself for one, else `several` of
    /// them in the order of their lines in the file (stable; problems without a line last).
    static func combined(_ problems: [Self], source: String) -> Self? {
        let ordered = problems.enumerated().sorted { a, b in
            (a.element.line ?? Int.max, a.offset) < (b.element.line ?? Int.max, b.offset)
        }.map(\.element)
        return ordered.count <= 1 ? ordered.first : several(source: source, problems: ordered)
    }

    /// The problems this error stands for: those of `several`, else itself.
    var problems: [Self] { severalProblems ?? [self] }
}
