# Stratified case: three strata with non-reporting stations (only reporting rows are in the
# data), blank answers, a fourth stratum "west" (N = 20) where nobody reported.
# Run: Rscript stratified.R  (from this folder). Values are pasted into
# ShareEstimationTests, ShareIntervalTests, DomainEstimationTests, RatioEstimationTests.
source("helpers.R")
reporting <- read.csv(text = "
id,stratum,N,region,y,q,ballots,registered,votes_a,votes_b
n1,north,40,A,1,0,412,800,200,190
n2,north,40,A,0,1,380,760,150,220
n3,north,40,B,NA,0,501,900,260,230
n4,north,40,B,1,1,295,610,100,185
n5,north,40,A,0,0,450,870,240,200
n6,north,40,B,1,NA,333,700,NA,150
n7,north,40,A,0,0,420,820,210,205
s1,south,25,A,1,1,600,1000,310,280
s2,south,25,B,1,1,512,950,250,250
s3,south,25,B,0,1,480,890,NA,NA
s4,south,25,A,NA,0,390,800,200,180
s5,south,25,B,1,1,555,990,300,240
e1,east,60,A,0,0,210,500,100,105
e2,east,60,B,0,1,250,560,120,125
e3,east,60,B,1,0,NA,520,NA,NA
e4,east,60,A,0,0,230,540,110,115
")
reporting$total <- reporting$votes_a + reporting$votes_b
design <- svydesign(ids = ~1, strata = ~stratum, fpc = ~N, data = reporting)

share("y", ~y, design)
share("q", ~q, design)
share("y 90%", ~y, design, level = 0.90)
ratio("turnout", ~ballots, ~registered, design)
ratio("votes_a", ~votes_a, ~total, design)

# Domains: svyby with the full design's stratum sizes; the same numbers as the subsets.
for (r in c("A", "B")) {
  share(paste("y region", r), ~y, subset(design, region == r))
  ratio(paste("turnout region", r), ~ballots, ~registered, subset(design, region == r))
  ratio(paste("votes_a region", r), ~votes_a, ~total, subset(design, region == r))
}
print(svyby(~y, ~region, design, svyciprop, method = "beta", na.rm = TRUE,
            vartype = c("se", "ci")), digits = 15)
print(svyby(~y, ~region, design, svymean, na.rm = TRUE, deff = TRUE), digits = 15)
print(svyby(~ballots, ~region, design, svyratio, denominator = ~registered, na.rm = TRUE),
      digits = 15)
