/// The names behind the group paths of an export's headers.
///
/// KoboToolbox (and ODK's XML paths) join a field's groups with `/`:
/// `checklist/ballot_stuffing` is the field `ballot_stuffing`. ODK Central and Briefcase
/// join them with `-` in their CSV exports (`station_info-station_id`, `meta-instanceID`).
/// Rules:
/// - `/`: a header whose segments are all names — field names, or the labels of a
///   "labels" export (`Station information/Station ID`): not empty, no blank at either end,
///   no markup character — has the name of its last segment; any other header
///   (`ballot stuffing / carousel`, `<b>/x`) is its own name.
/// - `-`, only in an ODK Central export (a `KEY` or `SubmissionDate` column): a header whose
///   first `-` segment is shared by at least two headers (a group) loses that segment, once;
///   and a header ending in `-NAME` matches a sought NAME (`station_id`, `ballots_cast`,
///   `votes_x`). Field names with their own `-` are kept whole beyond the group.
/// A field in a group named `votes` (`votes/aliyev`) is the candidate's votes (``ExportLayout``).
/// Two headers with the same name are resolved by the caller (an error, or a codebook).
struct GroupPaths {
    /// Whether the export separates groups with `-` (ODK Central).
    let dashSeparated: Bool
    /// The first `-` segments shared by two or more headers.
    private let dashGroups: Set<String>

    init(header: [String]) {
        dashSeparated = header.contains("KEY") || header.contains("SubmissionDate")
        var firstSegments: [String: Int] = [:]
        if dashSeparated {
            for name in header where name.contains("-") {
                firstSegments[String(name.prefix { $0 != "-" }), default: 0] += 1
            }
        }
        dashGroups = Set(firstSegments.filter { $0.value >= 2 }.keys)
    }

    /// The name of the field behind `header`.
    func name(of header: String) -> String {
        let segments = header.split(separator: "/", omittingEmptySubsequences: false)
        if segments.count > 1, segments.allSatisfy(Self.isElementName) { return String(segments.last!) }
        if dashSeparated, let dash = header.firstIndex(of: "-"), dashGroups.contains(String(header[..<dash])),
           header.index(after: dash) < header.endIndex {
            return String(header[header.index(after: dash)...])
        }
        return header
    }

    /// The group that directly holds the field behind `header` (`results/votes/aliyev` →
    /// `votes`); nil for a header without a group path.
    func group(of header: String) -> String? {
        let segments = header.split(separator: "/", omittingEmptySubsequences: false)
        if segments.count > 1, segments.allSatisfy(Self.isElementName) { return String(segments[segments.count - 2]) }
        if dashSeparated, name(of: header) != header, let dash = header.firstIndex(of: "-") {
            return String(header[..<dash])
        }
        return nil
    }

    /// Whether `header` stands for the field `name`.
    func header(_ header: String, means name: String) -> Bool {
        self.name(of: header) == name || (dashSeparated && header.hasSuffix("-" + name))
    }

    /// Whether `segment` can be a group's or field's name or label: not empty, no blank at
    /// either end, none of the markup characters `<`, `>`, `&`, `"`, `'`.
    private static func isElementName(_ segment: Substring) -> Bool {
        guard let first = segment.first, let last = segment.last else { return false }
        return !first.isWhitespace && !last.isWhitespace
            && !segment.contains { "<>&\"'".contains($0) }
    }
}
