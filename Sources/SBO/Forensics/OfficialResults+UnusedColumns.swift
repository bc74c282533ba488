extension OfficialResults {
    /// The columns of OFFICIAL.csv that the forensics do not read, each with its reason, so
    /// that none is passed over silently (SPEC "Observation exports": every column used or
    /// listed). Read are the station id, `registered_voters`, `ballots_cast`, every
    /// candidate's `votes_*` (group paths removed, as ``init(table:idColumn:)`` reads them)
    /// and the columns in `alsoRead` (the one holding the sample's strata, the `--by` column).
    ///
    /// Tests: `ForensicsCommandTests.unusedOfficialColumnsAreListed`.
    public func columnsNotRead(idColumn: String, alsoRead: [String]) -> [UnusedColumn] {
        let paths = GroupPaths(header: table.header)
        return table.header.compactMap { header -> UnusedColumn? in
            if header == idColumn || paths.header(header, means: idColumn) || alsoRead.contains(header) {
                return nil
            }
            switch ExportLayout.namedMeaning(of: header, paths: paths) {
            case .ballotsCast?, .registeredVoters?, .votes?:
                return nil
            default:
                return UnusedColumn(column: header, reason: .notAnOfficialCount(column: header))
            }
        }
    }
}
