import Testing

/// Every reference script is run again when its interpreter is installed, and must print the
/// numbers the tests pin (`ReferenceOutputs`): the same labels, in the same order, each value
/// equal to 1e-10 relative (NaN to NaN). Without the interpreter the test is skipped and says
/// so; CI (`.ci/run`) installs R and Python so that it runs there.
@Suite struct ReferenceScriptTests {
    static let hasR = ReferenceScript.locate("Rscript") != nil
    static let hasPython = ReferenceScript.locate("python3") != nil

    @Test(.enabled(if: hasR, "Rscript is not installed: the R reference scripts are not re-run"),
          arguments: ReferenceOutputs.all.filter { $0.interpreter == "Rscript" }.map(\.path))
    func rScriptPrintsThePinnedNumbers(path: String) throws {
        try check(ReferenceOutputs.all.first { $0.path == path }!)
    }

    @Test(.enabled(if: hasPython, "python3 is not installed: the Python reference scripts are not re-run"),
          arguments: ReferenceOutputs.all.filter { $0.interpreter == "python3" }.map(\.path))
    func pythonScriptPrintsThePinnedNumbers(path: String) throws {
        try check(ReferenceOutputs.all.first { $0.path == path }!)
    }

    private func check(_ script: ReferenceScript) throws {
        let fresh = try script.run()
        #expect(fresh.map(\.label) == script.labels, "\(script.path): labels differ from the pinned output")
        for (label, value) in fresh {
            guard let pinned = script.pinned[label] else { continue }
            let agrees = (value.isNaN && pinned.isNaN) || isClose(value, pinned, tolerance: 1e-10)
            #expect(agrees, "\(script.path): '\(label)' prints \(value), pinned \(pinned)")
        }
    }
}
