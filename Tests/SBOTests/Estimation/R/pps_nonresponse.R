# PPS strata with non-response and certainty stations (issue 12).
# Run: Rscript pps_nonresponse.R. Its output is pinned in ReferenceOutputs.swift
# (`ppsNonresponse`) and compared with a fresh run by ReferenceScriptTests when Rscript exists.
#
# sbo's rule (EstimationDesign): in a PPS stratum h the reporting stations weigh
#   w_i = (1/pi_i) * W_h / sum_{j reporting in h} 1/pi_j,   W_h = sum over sampled primaries of 1/pi
# (the stratum keeps the total weight of its full sample, as N_h/n_h does in a simple random
# stratum); stations with pi = 1 are certainty stations: a stratum of their own per stratum,
# fpc = their number (no sampling variance). Simple random strata: N_h/n_h, fpc = N_h.
source("helpers.R")
sampled <- read.csv(text = "
id,stratum,N,pi,reported,y,ballots,registered
u1,urban,60,0.30,1,1,610,1200
u2,urban,60,0.12,1,0,220,480
u3,urban,60,0.25,0,NA,NA,NA
u4,urban,60,0.18,1,0,350,720
u5,urban,60,0.40,1,1,790,1600
u6,urban,60,1,1,1,1510,2900
u7,urban,60,1,1,0,1320,2750
u8,urban,60,0.05,0,NA,NA,NA
u9,urban,60,0.22,1,1,470,950
r1,rural,80,0.05,1,0,95,210
r2,rural,80,0.11,1,1,240,460
r3,rural,80,0.08,0,NA,NA,NA
r4,rural,80,0.02,1,1,40,90
r5,rural,80,1,0,NA,NA,NA
r6,rural,80,0.09,1,0,170,350
r7,rural,80,1,1,1,1900,3600
e1,east,30,0.2,1,0,310,700
e2,east,30,0.2,1,1,280,640
e3,east,30,0.2,0,NA,NA,NA
e4,east,30,0.2,1,0,330,690
e5,east,30,0.2,1,1,260,600
e6,east,30,0.2,1,0,300,660
")
pps <- sampled$stratum != "east"
sampled$W <- ave(1 / sampled$pi, sampled$stratum, FUN = sum)
rep <- subset(sampled, reported == 1)
rep$Wr <- ave(1 / rep$pi, rep$stratum, FUN = sum)
rep$n <- ave(rep$pi, rep$stratum, FUN = length)
rep$w <- ifelse(rep$stratum == "east", rep$N / rep$n, (1 / rep$pi) * rep$W / rep$Wr)
rep$part <- ifelse(rep$pi == 1, paste(rep$stratum, "(certainty)"), rep$stratum)
rep$fpc <- ifelse(rep$stratum == "east", rep$N,
                  ifelse(rep$pi == 1, ave(rep$pi, rep$part, FUN = length), Inf))
design <- svydesign(ids = ~1, strata = ~part, weights = ~w, fpc = ~fpc, data = rep)
for (s in c("urban", "rural", "east")) {
  p(paste("nr weight total", s), sum(rep$w[rep$stratum == s]))
  p(paste("nr sampled weight", s), sum(1 / sampled$pi[sampled$stratum == s]))
}
for (i in seq_len(nrow(rep))) p(paste("nr weight", rep$id[i]), rep$w[i])
share("nr y", ~y, design)
ratio("nr turnout", ~ballots, ~registered, design)

# Certainty stations alone carry no variance: the turnout SE with them counted as ordinary
# with-replacement units (what sbo did before issue 12), for the test that shows the change.
naive <- svydesign(ids = ~1, strata = ~stratum, weights = ~w,
                   fpc = ~ifelse(stratum == "east", N, Inf), data = rep)
p("nr turnout se, certainty as sampled", SE(svyratio(~ballots, ~registered, naive)))

# Every station reported, certainty stations present: weights stay 1/pi.
full <- subset(sampled, stratum == "urban")
full$part <- ifelse(full$pi == 1, "urban (certainty)", "urban")
full$fpc <- ifelse(full$pi == 1, 2, Inf)
full$y[is.na(full$y)] <- c(0, 1)
fdesign <- svydesign(ids = ~1, strata = ~part, probs = ~pi, fpc = ~fpc, data = full)
share("certainty y", ~y, fdesign)
