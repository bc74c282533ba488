/// The names behind the group paths of an export's headers.
///
/// KoboToolbox (and ODK's XML paths) join a field's groups with `/`:
/// `checklist/ballot_stuffing` is the field `ballot_stuffing`. ODK Central and Briefcase
/// join them with `-` in their CSV exports (`station_info-station_id`, `meta-instanceID`).
/// Rules:
/// - `/`: a header whose segments are all XML element names (letters, digits, `_`, `-`,
///   `.`) has the name of its last segment; any other header (`n/a count`, `<b>/x`) is its
///   own name.
/// - `-`, only in an ODK Central export (a `KEY` or `SubmissionDate` column): a header whose
///   first `-` segment is shared by at least two headers (a group) loses that segment, once;
///   and a header ending in `-NAME` matches a sought NAME (`station_id`, `ballots_cast`,
///   `votes_x`). Field names with their own `-` are kept whole beyond the group.
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

    /// Whether `header` stands for the field `name`.
    func header(_ header: String, means name: String) -> Bool {
        self.name(of: header) == name || (dashSeparated && header.hasSuffix("-" + name))
    }

    /// Whether `segment` is a non-empty run of letters, digits, `_`, `-` and `.`.
    private static func isElementName(_ segment: Substring) -> Bool {
        !segment.isEmpty && segment.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" || $0 == "." }
    }
}
