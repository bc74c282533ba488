# One stratum, simple random sample: 15 of N = 6537 stations reported.
# Run: Rscript srs.R. Values are pasted into ShareEstimationTests and RatioEstimationTests.
source("helpers.R")
reporting <- data.frame(
  id = sprintf("s%02d", 1:15), stratum = "all", N = 6537,
  y = c(1, 0, 0, 1, 0, 0, 0, 1, 0, 0, 1, 0, 0, 0, 0),
  ballots = c(410, 388, 502, 297, 455, 330, 421, 600, 515, 482, 391, 555, 212, 251, 233),
  registered = c(800, 760, 900, 610, 870, 700, 820, 1000, 950, 890, 800, 990, 500, 560, 540))
design <- svydesign(ids = ~1, strata = ~stratum, fpc = ~N, data = reporting)
share("srs y", ~y, design)
ratio("srs turnout", ~ballots, ~registered, design)
# The textbook SRS formula gives the same variance: (1 - n/N) * p(1-p)/(n-1).
n <- 15; N <- 6537; ph <- mean(reporting$y)
p("srs textbook se", sqrt((1 - n / N) * ph * (1 - ph) / (n - 1)))
