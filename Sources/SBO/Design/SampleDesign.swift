/// A sample of polling stations as SAMPLE.csv describes it: every sampled station (primaries
/// and reserves) with its stratum, stratum size N_h, role, draw order, inclusion probability
/// and weight, and every other column of the file kept for domains (`--by region`) and for
/// the frame's registered voters.
///
/// SAMPLE.csv alone fixes the design (SPEC `sbo sample`). A stratum h with N_h frame stations
/// and n_h primaries whose inclusion probabilities are π_i is
/// ```
/// simple random (SRS)  when every primary has the same π and π·N_h = n_h (1e-9 relative)
/// PPS                  otherwise: weights 1/π_i, with-replacement variance
/// ```
/// so that a stratum whose primaries were all taken with certainty (π = 1) but that holds
/// more frame stations than primaries is not mistaken for a simple random census.
///
/// A SAMPLE.csv that contradicts itself is refused (SPEC "Seeds, commitments and
/// verification"): a weight w that is not 1/π,
/// ```
/// |w·π − 1| > 10⁻⁶
/// ```
/// (sbo writes π = a/b and w = b/a, each rounded once and written in the shortest text that
/// reads back as the same double, so |w·π − 1| ≤ 2⁻⁵² for its own files; the tolerance admits
/// a design written by another tool with seven significant digits, and estimates use π, never
/// w, so it cannot move a figure), a probability outside
/// (0, 1], or more rows in a stratum than its stratum_size. ``table(readingSampleAt:)`` also
/// refuses a file whose SHA-256 differs from the manifest beside it. Ids are matched after
/// trimming spaces and tabs, as the frame's reader and the observations' reader match them.
///
/// ```swift
/// let sample = try SampleDesign(table: CSVReader.read(path: "sample.csv"))
/// let observations = try Observations(table: CSVReader.read(path: "obs.csv"), sample: sample)
/// let report = try observations.report(confidence: 0.95, method: .wilson)
/// ```
/// Tests: `SampleDesignTests`.
public struct SampleDesign: Sendable {
    /// The id column's default name.
    public static let defaultIDColumn = "station_id"

    /// The file as read; its columns other than the design columns serve `--by`.
    public let table: CSVTable
    /// The name of the id column.
    public let idColumn: String
    /// One entry per row of ``table``, in file order.
    public let stations: [SampledStation]
    /// Every stratum, in the order of its first row in the file.
    public let strata: [DesignStratum]
    /// Per row of ``table``, the index in ``strata`` of the station's stratum.
    public let stratumIndices: [Int]
    /// ``strata`` with each PPS stratum's sampled weight W_h = Σ 1/π_i over its primaries
    /// (``DesignStratum/init(name:populationSize:primaryProbabilities:)``), for estimation.
    let sampledStrata: [DesignStratum]
    /// The row of each station id.
    let idIndex: StationIDIndex

    /// The largest |w·π − 1| accepted (see the type's description).
    static let inverseTolerance = 1e-6

    /// SAMPLE.csv at `path` as a table (the formula guard sbo's writer added removed), after
    /// checking that its SHA-256 is the one recorded by the manifest beside it, when there is
    /// a readable one: the loader every command that reads SAMPLE.csv uses.
    ///
    /// - Throws: ``SampleDesignError/changedSinceDrawn(source:manifest:recorded:actual:)``,
    ///   and the errors of ``CSVReader/read(path:removingFormulaGuard:)``.
    public static func table(readingSampleAt path: String) throws -> CSVTable {
        let bytes = try InputFile.bytes(at: path)
        let manifestPath = SampleManifest.path(forSample: path)
        if let manifestBytes = try? InputFile.bytes(at: manifestPath),
           let manifest = try? SampleManifest(parsing: manifestBytes, source: manifestPath) {
            let actual = SHA256.hexString(of: SHA256.digest(bytes))
            guard actual == manifest.sampleSHA256 else {
                throw SampleDesignError.changedSinceDrawn(
                    source: path, manifest: manifestPath, recorded: manifest.sampleSHA256, actual: actual)
            }
        }
        return try CSVReader.parse(bytes, source: path)
    }

    /// Reads and validates a sample design.
    ///
    /// - Parameters:
    ///   - table: SAMPLE.csv as read by ``CSVReader``.
    ///   - idColumn: the name of the id column (the manifest's `frame.id_column`).
    /// - Throws: ``SampleDesignError`` naming the file and line: a missing column, no rows,
    ///   an empty or duplicate id, a number that does not parse, a role other than
    ///   primary/reserve, a probability outside (0, 1], a non-positive weight, a stratum size
    ///   below 1, different sizes within a stratum, more stations than the stratum size, or a
    ///   stratum without primaries.
    public init(table: CSVTable, idColumn: String = defaultIDColumn) throws(SampleDesignError) {
        func column(_ name: String) throws(SampleDesignError) -> Int {
            guard let index = table.columnIndex(name) else {
                throw .missingColumn(
                    source: table.source, line: table.headerLineNumber, column: name,
                    suggestion: table.closestColumnName(to: name))
            }
            return index
        }
        let ids = try column(idColumn)
        let stratumNames = try column("stratum")
        let sizes = try column("stratum_size")
        let roles = try column("role")
        let orders = try column("order")
        let probabilities = try column("inclusion_probability")
        let weights = try column("weight")
        guard table.rowCount > 0 else { throw .noStations(source: table.source) }
        let source = table.source
        let lineNumbers = Array(table.lineNumbers)

        var stations: [SampledStation] = []
        stations.reserveCapacity(table.rowCount)
        stations.withUnsafeMutableBufferPointer { storage in
            HugePages.advise(storage.baseAddress, byteCount: table.rowCount * MemoryLayout<SampledStation>.stride)
        }
        let idIndex = StationIDIndex(table: table, column: ids)
        var stratumOrder: [(name: String, size: Int, line: Int)] = []
        var indexOfStratum: [String: Int] = [:]
        var stratumIndices: [Int] = []
        stratumIndices.reserveCapacity(table.rowCount)
        // Per stratum: its rows so far, the line of the first row beyond its size, and its
        // primaries' probabilities in file order.
        var memberCounts: [Int] = []
        var firstLineBeyondSize: [Int?] = []
        var primaryProbabilities: [[Double]] = []
        // The cells are read as bytes; a string is made for the id, for a stratum cell unlike
        // the row before's, and for a value named in an error.
        // Each row's first problem is noted and the row skipped, so that one run lists every
        // row's; the strata are checked only when every row could be read.
        var problems: [SampleDesignError] = []
        table.withCellBytes { (cells: CSVCellBytes) in
            var previousStratum: UnsafeBufferPointer<UInt8>?
            func read(_ row: Int) throws(SampleDesignError) {
                let line = lineNumbers[row]
                /// The cell's text as messages show it (trimmed of spaces and tabs).
                func shown(_ column: Int) -> String { String(decoding: cells[row, column], as: UTF8.self).trimmingBlanks }
                func filled(_ column: Int, _ name: String) throws(SampleDesignError) -> UnsafeBufferPointer<UInt8> {
                    let bytes = cells[row, column]
                    guard !CellValue.isBlank(bytes) else { throw .emptyCell(source: source, line: line, column: name) }
                    return bytes
                }
                func whole(_ column: Int, _ name: String) throws(SampleDesignError) -> Int {
                    guard let number = CellValue.nonNegativeInteger(try filled(column, name)) else {
                        throw .notANumber(source: source, line: line, column: name, value: shown(column))
                    }
                    return number
                }
                func real(_ column: Int, _ name: String) throws(SampleDesignError) -> Double {
                    guard let number = CellValue.number(try filled(column, name)), number.isFinite else {
                        throw .notANumber(source: source, line: line, column: name, value: shown(column))
                    }
                    return number
                }
                let idBytes = try filled(ids, idColumn)
                if idIndex.firstRepeat != nil, let first = idIndex.row(ofCell: idBytes, expected: row, cells: cells),
                   first != row {
                    throw .duplicateStation(
                        source: source, id: String(decoding: idBytes, as: UTF8.self),
                        firstLine: lineNumbers[first], secondLine: line)
                }
                // Rows of a stratum usually follow each other: a cell with the same bytes as
                // the row before's is the same stratum.
                let stratumBytes = try filled(stratumNames, "stratum")
                let size = try whole(sizes, "stratum_size")
                let h: Int
                if let last = stratumIndices.last, let previousStratum, stratumBytes.hasSameBytes(as: previousStratum) {
                    h = last
                } else {
                    let stratum = shown(stratumNames)
                    if let known = indexOfStratum[stratum] {
                        h = known
                    } else {
                        h = stratumOrder.count
                        indexOfStratum[stratum] = h
                        stratumOrder.append((stratum, size, line))
                        memberCounts.append(0)
                        firstLineBeyondSize.append(nil)
                        primaryProbabilities.append([])
                    }
                }
                previousStratum = stratumBytes
                let stratum = stratumOrder[h].name
                guard size >= 1 else {
                    throw .stratumSizeNotPositive(source: source, line: line, stratum: stratum, size: size)
                }
                let known = stratumOrder[h]
                guard known.size == size else {
                    throw .inconsistentStratumSize(
                        source: source, stratum: stratum, firstLine: known.line,
                        firstSize: known.size, secondLine: line, secondSize: size)
                }
                stratumIndices.append(h)
                memberCounts[h] += 1
                if memberCounts[h] == size + 1 { firstLineBeyondSize[h] = line }
                let roleBytes = try filled(roles, "role")
                let role: DrawnSample.Role
                if CellValue.equalsIgnoringCase(roleBytes, "primary") {
                    role = .primary
                } else if CellValue.equalsIgnoringCase(roleBytes, "reserve") {
                    role = .reserve
                } else {
                    throw .invalidRole(source: source, line: line, value: shown(roles))
                }
                let order = try whole(orders, "order")
                let probability = try real(probabilities, "inclusion_probability")
                guard probability > 0, probability <= 1 else {
                    throw .probabilityOutOfRange(source: source, line: line, value: probability)
                }
                let weight = try real(weights, "weight")
                guard weight > 0 else { throw .weightNotPositive(source: source, line: line, value: weight) }
                guard abs(weight * probability - 1) <= Self.inverseTolerance else {
                    throw .weightNotInverseOfProbability(
                        source: source, line: line, weight: weight, probability: probability)
                }
                if role == .primary { primaryProbabilities[h].append(probability) }
                stations.append(SampledStation(
                    id: String(decoding: idBytes, as: UTF8.self), stratum: stratum, role: role, order: order,
                    inclusionProbability: probability, weight: weight, line: line))
            }
            for row in 0..<table.rowCount {
                do throws(SampleDesignError) { try read(row) } catch { problems.append(error) }
            }
        }
        if problems.isEmpty {
            for (h, (name, size, line)) in stratumOrder.enumerated() {
                if let beyond = firstLineBeyondSize[h] {
                    problems.append(.moreStationsThanStratumSize(
                        source: source, line: beyond, stratum: name, stations: memberCounts[h], size: size))
                }
                if primaryProbabilities[h].isEmpty {
                    problems.append(.noPrimaryStation(source: source, line: line, stratum: name))
                }
            }
        }
        if let problem = SampleDesignError.combined(problems, source: source) { throw problem }
        let sampledStrata = stratumOrder.indices.map { h in
            DesignStratum(name: stratumOrder[h].name, populationSize: stratumOrder[h].size, primaryProbabilities: primaryProbabilities[h])
        }
        self.table = table
        self.idColumn = idColumn
        self.stations = stations
        self.strata = sampledStrata.map { DesignStratum(name: $0.name, populationSize: $0.populationSize, selection: $0.selection) }
        self.sampledStrata = sampledStrata
        self.stratumIndices = stratumIndices
        self.primaryCount = primaryProbabilities.reduce(0) { $0 + $1.count }
        self.idIndex = idIndex
    }

    /// How a stratum of N_h stations whose primaries have the inclusion probabilities π_i was
    /// sampled (the rule in the type's description): simple random when every π_i equals the
    /// first and π·N_h = n_h, both to 1e-9 relative; PPS otherwise. `DesignSimulation` uses
    /// the same rule for its simulated samples.
    /// - Precondition: at least one primary.
    public static func selection(
        primaryProbabilities probabilities: [Double], populationSize: Int
    ) -> StratumSampling {
        precondition(!probabilities.isEmpty, "a stratum has at least one primary")
        let pi = probabilities[0]
        let isSimpleRandom = probabilities.allSatisfy { agree($0, pi) }
            && agree(pi * Double(populationSize), Double(probabilities.count))
        return isSimpleRandom ? .simpleRandom : .proportionalToSize
    }

    /// Whether a and b agree to 1e-9 relative.
    private static func agree(_ a: Double, _ b: Double) -> Bool {
        abs(a - b) <= 1e-9 * max(abs(a), abs(b))
    }

    /// The number of primary stations (the stations observers were sent to).
    public let primaryCount: Int

    /// The number of reserve stations.
    public var reserveCount: Int { stations.count - primaryCount }

    /// The row of the station with this id (compared after trimming spaces and tabs), or nil.
    public func row(ofStation id: String) -> Int? { idIndex.row(of: id) }

    /// The sampled station id closest to `id` (for "did you mean"), or nil when none is close.
    public func closestStationID(to id: String) -> String? {
        EditDistance.closest(to: id, among: stations.map(\.id))
    }
}
