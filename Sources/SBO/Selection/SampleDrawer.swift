/// Draws a sample from a frame by consistent sampling, so that anyone holding the frame and
/// the seed can draw it again — with sbo or with an independent implementation.
///
/// Every station gets a ticket, a number in [0, 1):
/// ```
/// ticket(id) = sha256_uniform(sha256_hex(SEED) + id)
/// ```
/// where sha256_hex is the lowercase hexadecimal SHA-256 of the UTF-8 text and sha256_uniform
/// reads the SHA-256 digest of its text as an integer, writes it in decimal (zero-padded to 64
/// digits), reverses the digits and puts "0." in front — R. L. Rivest's `consistent_sampler`
/// (github.com/ron-rivest/consistent_sampler), the sampler that VotingWorks' Arlo uses.
///
/// Then, within each stratum (strata in byte order of their names):
/// - equal probability: the stations in ascending ticket order; the first n_h are the
///   primaries (π = n_h/N_h, weight N_h/n_h), the next K the reserves;
/// - probability proportional to size (`ppsColumn`): systematic πps over the stations in
///   ascending ticket order, see `SystematicPPS`.
///
/// n_h comes from `Allocator`. The result does not depend on the order of the frame's rows.
public enum SampleDrawer {
    public static func draw(
        from frame: SamplingFrame, request: SampleRequest
    ) throws -> DrawnSample {
        let stratification = try frame.stratification(by: request.stratifyBy)
        var warnings: [String] = []
        let proportions: [Double]?
        if request.allocation == .neyman {
            if let given = request.proportions {
                proportions = try stratification.names.map { name throws(AllocationError) in
                    guard let p = given[name] else { throw .missingProportion(stratum: name) }
                    return p
                }
            } else {
                proportions = nil
                warnings.append(
                    "Neyman allocation without --stratum-proportions cannot differ from proportional allocation; it was allocated proportionally")
            }
        } else {
            proportions = nil
        }
        let allocation = try Allocator.allocate(
            total: request.size, populations: stratification.populations,
            names: stratification.names, method: request.allocation, proportions: proportions)
        let sizes = try request.ppsColumn.map { column throws(FrameError) in
            try frame.wholeNumbers(in: column, option: "--pps")
        }
        let issuer = TicketIssuer(seed: request.seed)
        let order = TicketOrder(issuer: issuer, frame: frame)

        var strata: [DrawnSample.Stratum] = []
        var stations: [DrawnSample.Station] = []
        for (h, members) in stratification.members.enumerated() {
            let name = stratification.names[h]
            let picks: StratumSelection
            if let sizes, let column = request.ppsColumn {
                picks = try SystematicPPS.select(
                    count: allocation[h], reserves: request.reserves,
                    ordered: order.sorted(members), sizes: sizes,
                    start: issuer.ppsStartTicket(stratum: name), stratum: name, column: column)
            } else {
                picks = StratumSelection.equalProbability(
                    count: allocation[h], reserves: request.reserves, population: members.count,
                    ordered: order.first(allocation[h] + request.reserves, of: members))
            }
            if picks.reserves.count < request.reserves {
                warnings.append(
                    "stratum '\(name)' has only \(picks.reserves.count) stations left for reserves, not \(request.reserves)")
            }
            for (index, pick) in (picks.primaries + picks.reserves).enumerated() {
                stations.append(
                    DrawnSample.Station(
                        row: pick.row, stratum: h,
                        role: index < picks.primaries.count ? .primary : .reserve,
                        order: index + 1, inclusionProbability: pick.probability,
                        weight: pick.weight))
            }
            strata.append(
                DrawnSample.Stratum(
                    name: name, population: members.count, allocated: allocation[h],
                    reserves: picks.reserves.count, certainties: picks.certainties))
        }
        return DrawnSample(request: request, strata: strata, stations: stations, warnings: warnings)
    }
}
