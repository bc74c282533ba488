import Foundation

/// Each stratum's expected share P_h of stations where the event happens, for Neyman
/// allocation: a CSV with columns `stratum` and `proportion` (e.g. a past election's rates).
public enum StratumProportions {
    /// The proportions by stratum name (trimmed of spaces and tabs, as the frame's strata are);
    /// each must be a number in [0, 1], each stratum once; every row that is not is listed.
    public static func read(_ table: CSVTable) throws(SelectionError) -> [String: Double] {
        guard let names = table.column("stratum"), let values = table.column("proportion") else {
            throw .badProportion(
                source: table.source, line: 1,
                message: "needs the columns 'stratum' and 'proportion'")
        }
        var result: [String: Double] = [:]
        var problems: [SelectionError] = []
        for row in 0..<table.rowCount {
            let line = table.lineNumbers[row]
            let text = values[row].trimmingCharacters(in: .whitespaces)
            guard let p = Double(text), (0...1).contains(p) else {
                problems.append(.badProportion(
                    source: table.source, line: line,
                    message: "proportion must be a number from 0 to 1, got '\(values[row])'"))
                continue
            }
            let name = SamplingFrame.trimmed(names[row])
            if name.isEmpty {
                problems.append(.badProportion(
                    source: table.source, line: line, message: "the stratum cell is empty; name the stratum as the frame does"))
            } else if result.updateValue(p, forKey: name) != nil {
                problems.append(.badProportion(
                    source: table.source, line: line, message: "stratum '\(names[row])' appears twice"))
            }
        }
        guard problems.count <= 1 else { throw .badProportions(source: table.source, problems: problems) }
        if let problem = problems.first { throw problem }
        return result
    }
}
