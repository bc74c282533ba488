/// An error that sbo reports to a person: one line saying what is wrong and where
/// (`FILE:LINE: what is wrong` when a place in a file is known), and what kind of failure it is.
///
/// Every domain error enum of the library (`CSVError`, `FrameError`, ...) conforms.
public protocol ReportableError: Error, CustomStringConvertible, Sendable {
    /// The failure class, which decides the exit status.
    var kind: FailureKind { get }
    /// Further lines, printed each on its own line after the first (a list of every
    /// problem found in one pass); empty for most errors.
    var detailLines: [String] { get }
}

extension ReportableError {
    public var detailLines: [String] { [] }
}
