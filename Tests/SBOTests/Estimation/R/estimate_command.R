# The numbers of SBOCommandLineTests/EstimateCommandTests: `sbo estimate` end to end on a small
# stratified sample (3 regions, N_h = 20, 5 primaries + 1 reserve each; S005 did not report and
# its reserve S059 did; S006 left `stuffing` blank; `late` is all 0).
# Run: Rscript estimate_command.R. Pinned in ReferenceOutputs.estimateCommand (SBOTests) and
# copied, with their labels, into EstimateCommandTests.
source("helpers.R")
d <- read.csv(text = "
station_id,region,urban,registered_voters,stratum,stratum_size,stuffing,late,ballots_cast,votes_a,votes_b
S008,east,urban,156,east,20,1,0,120,70,45
S014,east,urban,198,east,20,0,0,150,100,44
S047,east,rural,429,east,20,1,0,300,150,140
S053,east,rural,471,east,20,1,0,390,200,180
S059,east,rural,513,east,20,0,0,400,300,95
S045,north,rural,415,north,20,0,0,260,120,130
S006,north,urban,142,north,20,NA,0,110,60,45
S033,north,rural,331,north,20,1,0,250,125,120
S039,north,rural,373,north,20,0,0,300,200,90
S000,north,urban,100,north,20,0,0,80,40,38
S025,south,rural,275,south,20,1,0,200,100,95
S052,south,urban,464,south,20,0,0,330,200,120
S043,south,rural,401,south,20,1,NA,300,150,140
S016,south,urban,212,south,20,0,0,150,80,65
")
d$total <- d$votes_a + d$votes_b
des <- svydesign(ids = ~1, strata = ~stratum, fpc = ~stratum_size, data = d)
share("stuffing", ~stuffing, des)
ratio("turnout", ~ballots_cast, ~registered_voters, des)
ratio("votes_a", ~votes_a, ~total, des)
ratio("votes_b", ~votes_b, ~total, des)
by <- svyby(~stuffing, ~urban, des, svyciprop, method = "beta", na.rm = TRUE, df = degf(des),
            vartype = "ci")
for (u in rownames(by)) {
  p(paste("stuffing by urban", u, "estimate"), by[u, "stuffing"])
  p(paste("stuffing by urban", u, "beta lower"), by[u, "ci_l"])
  p(paste("stuffing by urban", u, "beta upper"), by[u, "ci_u"])
}
