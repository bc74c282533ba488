import Foundation
import Testing
@testable import SBO

@Suite("Student t distribution")
struct StudentTDistributionTests {
    /// The critical values the estimators use: Rscript -e 'sprintf("%.17g", qt(0.975, df))'
    static let criticalValues: [(degreesOfFreedom: Double, expected: Double)] = [
        (1, 12.706204736174694),  // qt(0.975, 1)
        (2, 4.3026527297494619),  // qt(0.975, 2)
        (3, 3.1824463052837078),  // qt(0.975, 3)
        (5, 2.5705818356363137),  // qt(0.975, 5)
        (10, 2.2281388519862739),  // qt(0.975, 10)
        (30, 2.0422724563012378),  // qt(0.975, 30)
        (100, 1.9839715185235516),  // qt(0.975, 100)
        (104, 1.9830375264837257),  // qt(0.975, 104)
        (1000, 1.9623390808264076),  // qt(0.975, 1000)
        (1e+06, 1.9599663568141066),  // qt(0.975, 1e+06)
    ]

    /// Rscript -e 'sprintf("%.17g", qt(p, df))'. Upper tails for ν < 1 are left out: there
    /// R's qt is off by up to 2e−6 relative (qt(1 - 1e-10, 0.5) = 1.0284926989044548e+19;
    /// scipy and mpmath give 1.02849098612088e+19, as sbo does). R's qt(0.4999, df) rows are
    /// 4e−13 from the 50-digit root (mpmath), within the tolerance.
    static let quantiles: [(degreesOfFreedom: Double, p: Double, expected: Double)] = [
        (0.5, 1e-20, -1.0284911563163571e+39),  // qt(1e-20, 0.5)
        (0.5, 1e-10, -1.0284911563163566e+19),  // qt(1e-10, 0.5)
        (0.5, 1e-04, -10284911.563163277),  // qt(1e-04, 0.5)
        (0.5, 0.025, -164.55767348049446),  // qt(0.025, 0.5)
        (0.5, 0.3, -1.0095258786071923),  // qt(0.3, 0.5)
        (0.5, 0.4999, -0.00037081496095429933),  // qt(0.4999, 0.5)
        (1, 1e-20, -3.1830988618379071e+19),  // qt(1e-20, 1)
        (1, 1e-10, -3183098861.8379064),  // qt(1e-10, 1)
        (1, 1e-04, -3183.0987571181508),  // qt(1e-04, 1)
        (1, 0.025, -12.706204736174707),  // qt(0.025, 1)
        (1, 0.3, -0.72654252800536101),  // qt(0.3, 1)
        (1, 0.4999, -0.00031415927569453578),  // qt(0.4999, 1)
        (1, 0.6, 0.32491969623290634),  // qt(0.6, 1)
        (1, 0.975, 12.706204736174694),  // qt(0.975, 1)
        (1, 0.999999, 318309.88617359026),  // qt(0.999999, 1)
        (1.5, 1e-20, -11245005997832.137),  // qt(1e-20, 1.5)
        (1.5, 1e-10, -2422663.1011343938),  // qt(1e-10, 1.5)
        (1.5, 1e-04, -242.26409884650633),  // qt(1e-04, 1.5)
        (1.5, 0.025, -6.0166631044279324),  // qt(0.025, 1.5)
        (1.5, 0.3, -0.65179548260235731),  // qt(0.3, 1.5)
        (1.5, 0.4999, -0.00029348322856183638),  // qt(0.4999, 1.5)
        (1.5, 0.6, 0.30074539256979543),  // qt(0.6, 1.5)
        (1.5, 0.975, 6.0166631044279288),  // qt(0.975, 1.5)
        (1.5, 0.999999, 5219.4693246068873),  // qt(0.999999, 1.5)
        (2, 1e-20, -7071067811.8654757),  // qt(1e-20, 2)
        (2, 1e-10, -70710.678108048145),  // qt(1e-10, 2)
        (2, 1e-04, -70.700071074964271),  // qt(1e-04, 2)
        (2, 0.025, -4.3026527297494637),  // qt(0.025, 2)
        (2, 0.3, -0.61721339984836765),  // qt(0.3, 2)
        (2, 0.4999, -0.00028284271813144228),  // qt(0.4999, 2)
        (2, 0.6, 0.28867513459481314),  // qt(0.6, 2)
        (2, 0.975, 4.3026527297494619),  // qt(0.975, 2)
        (2, 0.999999, 707.10572051576708),  // qt(0.999999, 2)
        (2.5, 1e-20, -87654378.82280007),  // qt(1e-20, 2.5)
        (2.5, 1e-10, -8765.4377713645972),  // qt(1e-10, 2.5)
        (2.5, 1e-04, -34.867969321114863),  // qt(1e-04, 2.5)
        (2.5, 0.025, -3.5746548420036932),  // qt(0.025, 2.5)
        (2.5, 0.3, -0.59730773825231553),  // qt(0.3, 2.5)
        (2.5, 0.4999, -0.00027638913918016244),  // qt(0.4999, 2.5)
        (2.5, 0.6, 0.28145951274854752),  // qt(0.6, 2.5)
        (2.5, 0.975, 3.5746548420036919),  // qt(0.975, 2.5)
        (2.5, 0.999999, 220.17342917570477),  // qt(0.999999, 2.5)
        (7.3, 1e-20, -1136.4586291033759),  // qt(1e-20, 7.3)
        (7.3, 1e-10, -48.427203034637948),  // qt(1e-10, 7.3)
        (7.3, 1e-04, -6.8503813203122954),  // qt(1e-04, 7.3)
        (7.3, 0.025, -2.3450667365477034),  // qt(0.025, 7.3)
        (7.3, 0.3, -0.54806289794217755),  // qt(0.3, 7.3)
        (7.3, 0.4999, -0.00025936867024039503),  // qt(0.4999, 7.3)
        (7.3, 0.6, 0.26275680525071937),  // qt(0.6, 7.3)
        (7.3, 0.975, 2.3450667365477025),  // qt(0.975, 7.3)
        (7.3, 0.999999, 13.493523060689594),  // qt(0.999999, 7.3)
        (104, 1e-20, -11.583381310540743),  // qt(1e-20, 104)
        (104, 1e-10, -7.0531413864641248),  // qt(1e-10, 104)
        (104, 1e-04, -3.8559381346483979),  // qt(1e-04, 104)
        (104, 0.025, -1.9830375264837261),  // qt(0.025, 104)
        (104, 0.3, -0.52601166212706152),  // qt(0.3, 104)
        (104, 0.4999, -0.00025126610050515725),  // qt(0.4999, 104)
        (104, 0.6, 0.25399617903068528),  // qt(0.6, 104)
        (104, 0.975, 1.9830375264837257),  // qt(0.975, 104)
        (104, 0.999999, 5.036893066070105),  // qt(0.999999, 104)
        (1e+05, 1e-20, -9.264350176279418),  // qt(1e-20, 1e+05)
        (1e+05, 1e-10, -6.3620004198436906),  // qt(1e-10, 1e+05)
        (1e+05, 1e-04, -3.7191543826413436),  // qt(1e-04, 1e+05)
        (1e+05, 0.025, -1.959987707534609),  // qt(0.025, 1e+05)
        (1e+05, 0.3, -0.52440218423354557),  // qt(0.3, 1e+05)
        (1e+05, 0.4999, -0.0002506634567459054),  // qt(0.4999, 1e+05)
        (1e+05, 0.6, 0.25334777715717988),  // qt(0.6, 1e+05)
        (1e+05, 0.975, 1.9599877075346088),  // qt(0.975, 1e+05)
        (1e+05, 0.999999, 4.7537047163854771),  // qt(0.999999, 1e+05)
    ]

    /// Where R's qt is itself inaccurate, 50-digit roots from mpmath 1.3.0:
    /// `findroot(lambda lx: log(betainc(nu/2, 1/2, 0, exp(lx), regularized=True)) - log(2*p), lx0)`
    /// then t = −√(ν (1 − x)/x). R gives qt(1e-300, 1.5) = −5.2718512491096077e+199 (1 % off)
    /// and qt(1e-300, 3) = −1.0331108439132092e+100 (8e−9 off).
    static let farTailQuantiles: [(degreesOfFreedom: Double, p: Double, expected: Double)] = [
        (1, 1e-300, -3.1830988618379066356e+299),  // −1/tan(π·1e−300), the Cauchy quantile
        (1.5, 1e-300, -5.2194694273446363294e+199),
        (3, 1e-300, -1.0331108360446529009e+100),
        (5, 1e-300, -1.5683925590993378011e+60),
        (10, 1e-300, -2.5645257189481978216e+30),
        (0.5, 1e-100, -1.0284911563163399707e+199),
        (0.5, 1e-20, -1.0284911563163401247e+39),
    ]

    /// Rscript -e 'sprintf("%.17g", pt(t, df))'
    static let cdfs: [(degreesOfFreedom: Double, t: Double, expected: Double)] = [
        (0.5, -1e+05, 0.0010141455301389999),  // pt(-1e+05, 0.5)
        (0.5, -300, 0.018515664018786515),  // pt(-300, 0.5)
        (0.5, -8, 0.11325254640378932),  // pt(-8, 0.5)
        (0.5, -1.96, 0.22486148886918958),  // pt(-1.96, 0.5)
        (0.5, -0.1, 0.47316581056430318),  // pt(-0.1, 0.5)
        (0.5, 1e-05, 0.50000269676300579),  // pt(1e-05, 0.5)
        (0.5, 1, 0.69887838915867795),  // pt(1, 0.5)
        (0.5, 2.5, 0.79951473547335339),  // pt(2.5, 0.5)
        (0.5, 40, 0.94929510003525275),  // pt(40, 0.5)
        (1, -1e+05, 3.1830988617318035e-06),  // pt(-1e+05, 1)
        (1, -300, 0.0010610290242204859),  // pt(-300, 1)
        (1, -8, 0.039583424160565539),  // pt(-8, 1)
        (1, -1.96, 0.15017144588801654),  // pt(-1.96, 1)
        (1, -0.1, 0.46827448256944643),  // pt(-0.1, 1)
        (1, 1e-05, 0.50000318309886171),  // pt(1e-05, 1)
        (1, 1, 0.75000000000000022),  // pt(1, 1)
        (1, 2.5, 0.87888105840915665),  // pt(2.5, 1)
        (1, 40, 0.99204391008797421),  // pt(40, 1)
        (2, -1e+05, 4.99999999925e-11),  // pt(-1e+05, 2)
        (2, -300, 5.5554629646776081e-06),  // pt(-300, 2)
        (2, -8, 0.0076340360826690698),  // pt(-8, 2)
        (2, -1.96, 0.094528654800866113),  // pt(-1.96, 2)
        (2, -0.1, 0.46473271920707004),  // pt(-0.1, 2)
        (2, 1e-05, 0.50000353553390586),  // pt(1e-05, 2)
        (2, 1, 0.78867513459481287),  // pt(1, 2)
        (2, 2.5, 0.9351941398892446),  // pt(2.5, 2)
        (2, 40, 0.99968779266390762),  // pt(40, 2)
        (3.7, -1e+05, 6.9019087779199928e-19),  // pt(-1e+05, 3.7)
        (3.7, -300, 1.4913972487291044e-09),  // pt(-300, 3.7)
        (3.7, -8, 0.00091254548133736662),  // pt(-8, 3.7)
        (3.7, -1.96, 0.063641520629765011),  // pt(-1.96, 3.7)
        (3.7, -0.1, 0.46276263373509513),  // pt(-0.1, 3.7)
        (3.7, 1e-05, 0.5000037316154945),  // pt(1e-05, 3.7)
        (3.7, 1, 0.81092930011977371),  // pt(1, 3.7)
        (3.7, 2.5, 0.96408898854408664),  // pt(2.5, 3.7)
        (3.7, 40, 0.9999974306875089),  // pt(40, 3.7)
        (30, -1e+05, 1.0364534200732955e-129),  // pt(-1e+05, 30)
        (30, -300, 5.0096675035800892e-54),  // pt(-300, 30)
        (30, -8, 3.1329112378503861e-09),  // pt(-8, 30)
        (30, -1.96, 0.029671156448025263),  // pt(-1.96, 30)
        (30, -0.1, 0.46050480589513554),  // pt(-0.1, 30)
        (30, 1e-05, 0.50000395632184891),  // pt(1e-05, 30)
        (30, 1, 0.83734569228698508),  // pt(1, 30)
        (30, 2.5, 0.99094217546596663),  // pt(2.5, 30)
        (30, 40, 1),  // pt(40, 30)
        (104, -1e+05, 0),  // pt(-1e+05, 104)
        (104, -300, 6.7707601228323175e-155),  // pt(-300, 104)
        (104, -8, 9.2074699220831888e-13),  // pt(-8, 104)
        (104, -1.96, 0.026335747453799425),  // pt(-1.96, 104)
        (104, -0.1, 0.46026842021659875),  // pt(-0.1, 104)
        (104, 1e-05, 0.50000397984450984),  // pt(1e-05, 104)
        (104, 1, 0.84018422619211697),  // pt(1, 104)
        (104, 2.5, 0.99300907093355983),  // pt(2.5, 104)
        (104, 40, 1),  // pt(40, 104)
        (1e+06, -1e+05, 0),  // pt(-1e+05, 1e+06)
        (1e+06, -300, 0),  // pt(-300, 1e+06)
        (1e+06, -8, 6.2275317166012665e-16),  // pt(-8, 1e+06)
        (1e+06, -1.96, 0.024998033792634898),  // pt(-1.96, 1e+06)
        (1e+06, -0.1, 0.46017217274602162),  // pt(-0.1, 1e+06)
        (1e+06, 1e-05, 0.50000398942180657),  // pt(1e-05, 1e+06)
        (1e+06, 1, 0.84134462508321095),  // pt(1, 1e+06)
        (1e+06, 2.5, 0.9937902552489184),  // pt(2.5, 1e+06)
        (1e+06, 40, 1),  // pt(40, 1e+06)
    ]

    @Test("qt(0.975, df) for the estimators' degrees of freedom, to 1e-13 relative")
    func criticalValuesMatchR() {
        for (ν, expected) in Self.criticalValues {
            let t = StudentTDistribution(degreesOfFreedom: ν).quantile(0.975)
            #expect(relativeError(t, expected) <= 1e-13, "qt(0.975, \(ν)) = \(expected), got \(t)")
        }
    }

    @Test("quantile agrees with R's qt to 1e-12 relative, ν from 0.5 to 1e5, p from 1e-20")
    func quantileMatchesR() {
        for (ν, p, expected) in Self.quantiles {
            let t = StudentTDistribution(degreesOfFreedom: ν).quantile(p)
            #expect(relativeError(t, expected) <= 1e-12, "qt(\(p), \(ν)) = \(expected), got \(t)")
        }
    }

    @Test("far-tail quantiles agree with 50-digit mpmath to 1e-13 relative")
    func farTailQuantiles() {
        for (ν, p, expected) in Self.farTailQuantiles {
            let t = StudentTDistribution(degreesOfFreedom: ν).quantile(p)
            #expect(relativeError(t, expected) <= 1e-13, "ν = \(ν), p = \(p): \(expected), got \(t)")
        }
        // qt(1e-300, 0.75) is about −2.1e+399 (mpmath): beyond Double, so −∞.
        #expect(StudentTDistribution(degreesOfFreedom: 0.75).quantile(1e-300) == -.infinity)
    }

    @Test("cdf agrees with R's pt to 1e-12 relative, ν from 0.5 to 1e6")
    func cdfMatchesR() {
        for (ν, t, expected) in Self.cdfs {
            let p = StudentTDistribution(degreesOfFreedom: ν).cdf(t)
            #expect(relativeError(p, expected) <= 1e-12, "pt(\(t), \(ν)) = \(expected), got \(p)")
        }
    }

    @Test("closed forms: ν = 1 is Cauchy, ν = 2 has t = (2p − 1)/√(2p(1 − p))")
    func closedForms() {
        let cauchy = StudentTDistribution(degreesOfFreedom: 1)
        let two = StudentTDistribution(degreesOfFreedom: 2)
        for p in [1e-200, 1e-12, 1e-5, 0.01, 0.2, 0.45, 0.5, 0.55, 0.8, 0.99, 1 - 1e-9] {
            // F⁻¹(p) = tan(π (p − ½)) = −cot(π p) = cot(π (1 − p)), the last two written
            // without the cancellation of π (p − ½) near p = 0 and p = 1.
            let cauchyQuantile = p == 0.5 ? 0 : (p < 0.5 ? -1 / tan(Double.pi * p) : 1 / tan(Double.pi * (1 - p)))
            let twoQuantile = (2 * p - 1) / (2 * p * (1 - p)).squareRoot()
            #expect(relativeError(cauchy.quantile(p), cauchyQuantile) <= 1e-12, "ν = 1, p = \(p)")
            #expect(relativeError(two.quantile(p), twoQuantile) <= 1e-12, "ν = 2, p = \(p)")
        }
        for t in [-1e8, -30, -1, -1e-3, 0, 0.7, 5, 1e4] {
            // F(t) = ½ + atan(t)/π for ν = 1; ½ + t / (2√(2 + t²)) for ν = 2.
            #expect(isClose(cauchy.cdf(t), 0.5 + atan(t) / Double.pi, tolerance: 1e-15), "t = \(t)")
            #expect(isClose(two.cdf(t), 0.5 + t / (2 * (2 + t * t).squareRoot()), tolerance: 1e-15))
        }
    }

    @Test("cdf(quantile(p)) = p to 1e-12 relative over a grid of ν and p")
    func roundTrip() {
        for ν in [0.5, 0.9, 1, 1.5, 2, 3, 4.5, 9, 29, 104, 1000, 12345.6, 1e6, 1e9] {
            let distribution = StudentTDistribution(degreesOfFreedom: ν)
            for p in [1e-250, 1e-40, 1e-9, 1e-4, 0.003, 0.05, 0.2, 0.35, 0.49] {
                let t = distribution.quantile(p)
                guard t.isFinite else { continue }
                #expect(relativeError(distribution.cdf(t), p) <= 1e-12, "ν = \(ν), p = \(p), t = \(t)")
                // Odd symmetry: the upper quantile of 1 − p is −t (1 − (1 − p) is its tail).
                let q = 1 - p
                let mirrored = -distribution.quantile(1 - q)
                #expect(relativeError(distribution.quantile(q), mirrored) <= 1e-12, "ν = \(ν), 1 − p = \(q)")
            }
        }
    }

    /// 2,000 draws: ν log-uniform from 0.5 to 10⁷, p from 1e−300 (lower tail) or up to
    /// 1 − 1e−16 (upper tail).
    @Test("seeded sweep of ν and p: cdf(quantile(p)) = p to 1e-12 in the smaller tail")
    func seededSweep() {
        var uniform = SeededUniform(seed: 2024)
        for _ in 0..<2000 {
            let ν = pow(10, -0.3 + 7.3 * uniform.next())
            let u = uniform.next()
            let p = uniform.next() < 0.5 ? pow(10, -300 * u * u * u) : 1 - pow(10, -16 * u)
            let distribution = StudentTDistribution(degreesOfFreedom: ν)
            let t = distribution.quantile(p)
            guard t.isFinite else {
                // p rounded to 1, or a lower quantile beyond Double (heavy tails, ν < 1)
                #expect(p == 1 ? t == .infinity : t == -.infinity && ν < 1, "ν = \(ν), p = \(p)")
                continue
            }
            let smallerTail = p < 0.5 ? distribution.cdf(t) : 1 - distribution.cdf(t)
            #expect(relativeError(smallerTail, min(p, 1 - p)) <= 1e-12, "ν = \(ν), p = \(p), t = \(t)")
        }
    }

    @Test("huge ν approaches the normal; ν = ∞ is the normal")
    func manyDegreesOfFreedom() {
        let normal = StudentTDistribution(degreesOfFreedom: .infinity)
        for p in [1e-300, 1e-10, 0.025, 0.5, 0.975] {
            #expect(normal.quantile(p) == NormalDistribution.quantile(p))
        }
        for t in [-37.0, -8, -1.96, 0, 3] {
            #expect(normal.cdf(t) == NormalDistribution.cdf(t))
        }
        // Either side of the switch to the 1/ν expansion (ν = 1e12) the two routes agree:
        // F_ν(t) − Φ(t) = −φ(t)(t³ + t)/(4ν) + O(ν⁻²).
        for ν in [1e11, 1e12, 1.0000001e12, 1e13] {
            let t = StudentTDistribution(degreesOfFreedom: ν)
            for x in [-8.0, -1.96, 0.5] {
                let expansion = NormalDistribution.cdf(x)
                    - exp(-x * x / 2) / (2 * Double.pi).squareRoot() * (x * x * x + x) / (4 * ν)
                #expect(relativeError(t.cdf(x), expansion) <= 1e-13, "ν = \(ν), t = \(x)")
            }
            let z = NormalDistribution.quantile(0.975)
            #expect(relativeError(t.quantile(0.975), z + (z * z * z + z) / (4 * ν)) <= 1e-14)
        }
        #expect(StudentTDistribution(degreesOfFreedom: 1e300).quantile(0.975)
            == NormalDistribution.quantile(0.975))
    }

    @Test("edges: p = 0, ½, 1 and NaN; t = ±∞, 0 and NaN")
    func edges() {
        for ν in [0.5, 1, 7, 1e6, 1e15, .infinity] {
            let t = StudentTDistribution(degreesOfFreedom: ν)
            #expect(t.quantile(0) == -.infinity)
            #expect(t.quantile(1) == .infinity)
            #expect(t.quantile(0.5) == 0)
            #expect(t.quantile(.nan).isNaN)
            #expect(t.cdf(-.infinity) == 0)
            #expect(t.cdf(.infinity) == 1)
            #expect(t.cdf(0) == 0.5)
            #expect(t.cdf(.nan).isNaN)
        }
    }
}
