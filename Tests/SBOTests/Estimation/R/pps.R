# PPS strata: weights 1/pi, with-replacement variance, no fpc. Then a design mixing a simple
# random stratum (fpc = N, probs = n_h/N_h) with a PPS stratum (fpc = Inf, probs = pi).
# Run: Rscript pps.R. Values are pasted into PPSEstimationTests.
source("helpers.R")
reporting <- read.csv(text = "
id,stratum,pi,y,ballots,registered
u1,urban,0.30,1,610,1200
u2,urban,0.12,0,220,480
u3,urban,0.25,1,505,1000
u4,urban,0.18,0,350,720
u5,urban,0.40,1,790,1600
r1,rural,0.05,0,95,210
r2,rural,0.11,1,240,460
r3,rural,0.08,0,150,330
r4,rural,0.02,1,40,90
")
design <- svydesign(ids = ~1, strata = ~stratum, probs = ~pi, data = reporting)
share("pps y", ~y, design)
ratio("pps turnout", ~ballots, ~registered, design)

# Mixed: rural becomes a simple random stratum of N = 50 (4 reporting: weight 12.5).
mixed <- reporting
mixed$N <- ifelse(mixed$stratum == "rural", 50, Inf)
mixed$prob <- ifelse(mixed$stratum == "rural", 4 / 50, mixed$pi)
mdesign <- svydesign(ids = ~1, strata = ~stratum, fpc = ~N, probs = ~prob, data = mixed)
share("mixed y", ~y, mdesign)
ratio("mixed turnout", ~ballots, ~registered, mdesign)
