import Testing
@testable import SBO

/// Domain estimates (`--by region`) against R survey 4.1-1 (R/stratified.R): each domain as
/// `svyby(~y, ~region, design, svyciprop, method=..., na.rm=TRUE)`, which equals the subset
/// design `subset(design, region == r)` (both printed by the script): the full design's
/// stratum sizes and reporting counts stay in the variance.
@Suite struct DomainEstimationTests {
    let data = ReferenceData.stratified

    func domain(_ region: String) -> [Bool] { data.strings("region").map { $0 == region } }

    @Test func shareInRegionAMatchesR() throws {
        let design = try data.simpleRandomDesign()
        let a = design.estimateShare(of: data.indicators("y"), in: domain("A"), method: .clopperPearson)
        #expect(a.answering == 7)        // region A minus s4 (blank)
        #expect(a.reporting == 8)
        #expect(a.degreesOfFreedom == 5) // degf(subset(design, region == "A"))
        // svyby(~y, ~region, design, svyciprop, method="beta", na.rm=TRUE, vartype=c("se","ci"))
        #expect(isClose(try #require(a.estimate), 0.18518518518518517))
        #expect(isClose(try #require(a.standardError), 0.11808673399902453))
        // svyby(~y, ~region, design, svymean, na.rm=TRUE, deff=TRUE): DEff.y
        #expect(isClose(try #require(a.designEffect), 0.63080240608330462))
        let interval = try #require(a.interval)
        #expect(isClose(interval.lower, 0.017465428912136455, tolerance: 1e-8))
        #expect(isClose(interval.upper, 0.55935630400349057, tolerance: 1e-8))
    }

    /// Every method in both regions: share("y region r", ~y, subset(design, region == r)).
    @Test func everyMethodInBothRegionsMatchesR() throws {
        let design = try data.simpleRandomDesign()
        let expected: [String: [IntervalMethod: (Double, Double)]] = [
            "A": [.wald: (-0.11836642826232441, 0.48873679863269476),
                  .logit: (0.02950278492096042, 0.62950988409375552),
                  .clopperPearson: (0.017465428912136455, 0.55935630400349057),
                  .wilson: (0.037232625799154699, 0.57185347787532936)],
            "B": [.wald: (0.054669044669228062, 1.2364701958371009),
                  .logit: (0.12101224564011552, 0.96015590532466377),
                  .clopperPearson: (0.1181319475704552, 0.98088547701491757),
                  .wilson: (0.17557951733738389, 0.93967746292805165)],
        ]
        for (region, bounds) in expected {
            for (method, (lower, upper)) in bounds {
                let share = design.estimateShare(
                    of: data.indicators("y"), in: domain(region), method: method)
                let interval = try #require(share.interval)
                #expect(isClose(interval.lower, lower, tolerance: 1e-8), "\(region) \(method)")
                #expect(isClose(interval.upper, upper, tolerance: 1e-8), "\(region) \(method)")
            }
        }
        let b = design.estimateShare(of: data.indicators("y"), in: domain("B"))
        #expect(b.degreesOfFreedom == 5)
        #expect(isClose(try #require(b.estimate), 0.64556962025316456))
        #expect(isClose(try #require(b.standardError), 0.22987036140697961))
        #expect(isClose(try #require(b.designEffect), 1.5818459234136328))
    }

    /// Domain ratios: ratio("turnout region r", ~ballots, ~registered, subset(design, region == r))
    /// with the logit interval on degf(subset) (R/helpers.R; svyby(~ballots, ~region, design,
    /// svyratio, denominator=~registered, na.rm=TRUE) prints the same estimates and SEs).
    @Test func ratiosInRegionsMatchR() throws {
        let design = try data.simpleRandomDesign()
        let r = ReferenceOutputs.stratified
        let cases: [(String, String, [Double?], [Double?])] = [
            ("A", "turnout", data.numbers("ballots"), data.numbers("registered")),
            ("B", "turnout", data.numbers("ballots"), data.numbers("registered")),
            ("A", "votes_a", data.numbers("votes_a"), data.sum("votes_a", "votes_b")),
            ("B", "votes_a", data.numbers("votes_a"), data.sum("votes_a", "votes_b")),
        ]
        for (region, name, numerator, denominator) in cases {
            let label = "\(name) region \(region)"
            let ratio = design.estimateRatio(
                numerator: numerator, denominator: denominator, in: domain(region))
            #expect(ratio.degreesOfFreedom == Int(r["\(label) df"]))
            #expect(isClose(try #require(ratio.estimate), r["\(label) estimate"], tolerance: 1e-12), "\(label)")
            #expect(isClose(try #require(ratio.standardError), r["\(label) se"], tolerance: 1e-12), "\(label)")
            let interval = try #require(ratio.interval)
            #expect(isClose(interval.lower, r["\(label) logit lower"], tolerance: 1e-10), "\(label)")
            #expect(isClose(interval.upper, r["\(label) logit upper"], tolerance: 1e-10), "\(label)")
        }
    }

    /// Independent route: the domain estimate equals z computed on the whole design with
    /// y set to 0 outside the domain and the domain indicator as denominator.
    @Test func domainShareIsRatioOfDomainTotals() throws {
        let design = try data.simpleRandomDesign()
        let inA = domain("A")
        let answers = data.indicators("y")
        let numerator = answers.indices.map { i -> Double? in
            answers[i].map { inA[i] && $0 ? 1 : 0 } }
        let denominator = answers.indices.map { i -> Double? in
            answers[i].map { _ in inA[i] ? 1 : 0 } }
        let ratio = design.estimateRatio(numerator: numerator, denominator: denominator)
        let share = design.estimateShare(of: answers, in: inA)
        #expect(isClose(try #require(ratio.estimate), try #require(share.estimate), tolerance: 1e-14))
        #expect(isClose(try #require(ratio.variance), try #require(share.variance), tolerance: 1e-12))
    }
}
