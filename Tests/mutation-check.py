#!/usr/bin/env python3
"""The mutation check of Tests/SBOTests/README.md: puts each deliberately wrong variant of an
estimator into the source (one str.replace), runs the named suites, reports which tests fail,
and restores the file. Run from anywhere: python3 Tests/mutation-check.py [M1 M2 ...]."""
import subprocess, sys, os
os.chdir(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
M = [
 ("M1 share: unweighted mean", "Sources/SBO/Estimation/EstimationDesign+Share.swift",
  "let p = answering.reduce(0.0) { $0 + weights[$1] * y[$1] } / totalWeight",
  "let p = answering.reduce(0.0) { $0 + y[$1] } / Double(answering.count)",
  "SBOTests.(ShareEstimationTests|PPSNonresponseTests)"),
 ("M2 variance: no finite-population correction", "Sources/SBO/Estimation/EstimationDesign+Variance.swift",
  "let f = finitePopulationFactor(ofStratum: h)", "let f = 1.0",
  "SBOTests.(ShareEstimationTests|ShareIntervalTests|RatioEstimationTests)"),
 ("M3 lonely stratum contributes 0 (analytic)", "Sources/SBO/Estimation/EstimationDesign+Variance.swift",
  "total += f * first * first", "total += 0 * first",
  "SBOTests.(EdgeCaseTests|RatioEstimationTests|BootstrapAgreementTests)"),
 ("M4 PPS non-response not re-weighted", "Sources/SBO/Design/EstimationDesign.swift",
  "scale = sampled / reportingWeight", "scale = 1",
  "SBOTests.PPSNonresponseTests"),
 ("M5 certainty stations not split off", "Sources/SBO/Design/EstimationDesign.swift",
  "guard stratum.selection == .proportionalToSize else { break }", "break",
  "SBOTests.PPSNonresponseTests"),
 ("M6 ratio interval always Wald", "Sources/SBO/Estimation/EstimationDesign+Ratio.swift",
  "if isShare && ratio > 0 && ratio < 1 && variance > 0 {", "if false {",
  "SBOTests.(RatioEstimationTests|DomainEstimationTests)"),
 ("M7 domain df = national df", "Sources/SBO/Estimation/EstimationDesign+Share.swift",
  "let degreesOfFreedom = degreesOfFreedom(of: domainStations)", "let degreesOfFreedom = self.degreesOfFreedom",
  "SBOTests.DomainEstimationTests"),
 ("M8 design effect without FPC in the SRS variance", "Sources/SBO/Estimation/EstimationDesign+Share.swift",
  "let simpleRandomVariance = n / (n - 1) * spread * (totalWeight - n) / (totalWeight * n)",
  "let simpleRandomVariance = n / (n - 1) * spread / n",
  "SBOTests.(ShareEstimationTests|PPSNonresponseTests)"),
 ("M9 bootstrap naive n-of-n within strata", "Sources/SBO/Bootstrap/ResamplingPlan.swift",
  "let draws = signed ? 1 : scheme == .iid ? count : count - 1", "let draws = signed ? 1 : count",
  "SBOTests.(BootstrapGoldenTests|BootstrapEngineTests)"),
 ("M10 bootstrap without fpc (lambda = 1)", "Sources/SBO/Bootstrap/ResamplingPlan.swift",
  "lambda = (1 - Double(stations.count) / Double(population)).squareRoot()", "lambda = population > 0 ? 1 : 0",
  "SBOTests.(BootstrapAgreementTests|BootstrapEngineTests|BootstrapGoldenTests)"),
 ("M11 BCa acceleration without (n-1)/n", "Sources/SBO/Bootstrap/ResamplingPlan+Jackknife.swift",
  "let influence = (n - 1) / n * (means[index] - thetas[index])", "let influence = (means[index] - thetas[index])",
  "SBOTests.StratifiedAccelerationTests"),
 ("M12 simulate ignores --response-rate", "Sources/SBO/Simulation/SimulationWorker.swift",
  "let rate = simulation.settings.responseRate", "let rate = 1.0",
  "SBOTests.SimulationModelStatisticsTests"),
 ("M13 simulate ignores --cluster-correlation", "Sources/SBO/Simulation/SimulationWorker.swift",
  "let rate = rho > 0", "let rate = rho > 2",
  "SBOTests.SimulationModelStatisticsTests"),
]
only = sys.argv[1:]
for name, path, old, new, flt in M:
    if only and name.split()[0] not in only: continue
    src = open(path).read()
    assert src.count(old) == 1, (name, src.count(old))
    open(path, 'w').write(src.replace(old, new))
    try:
        r = subprocess.run(["swift", "test", "--filter", flt], capture_output=True, text=True, timeout=900)
        out = r.stdout + r.stderr
        failed = sorted(set(l.split("Test ")[1].split("(")[0] for l in out.splitlines() if l.startswith("✘ Test ") and "recorded an issue" in l))
        build_error = "error:" in out and not failed
        print(f"{name}: {'BUILD ERROR' if build_error else ('CAUGHT by ' + ', '.join(failed) if failed else 'NOT CAUGHT')}", flush=True)
    finally:
        open(path, 'w').write(src)
