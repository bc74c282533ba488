# Edge cases. Run: Rscript edges.R. Values are pasted into EdgeCaseTests.
source("helpers.R")
options(survey.lonely.psu = "adjust")

# sbo's rule where R has no usable interval (p = 0 or 1, or v = 0): Korn-Graubard with the
# answering stations as effective sample size, times R's "beta" df factor.
kg_answering <- function(est, answering, nrows, df, level = 0.95) {
  alpha <- 1 - level
  n.eff <- answering * (qt(alpha / 2, nrows - 1) / qt(alpha / 2, df))^2
  c(if (est == 0) 0 else qbeta(alpha / 2, n.eff * est, n.eff * (1 - est) + 1),
    if (est == 1) 1 else qbeta(1 - alpha / 2, n.eff * est + 1, n.eff * (1 - est)))
}

# 1. A stratum with one reporting station ("solo", N = 10), lonely.psu = "adjust".
lonely <- read.csv(text = "
id,stratum,N,y,ballots,registered
a1,big,30,1,400,800
a2,big,30,0,380,760
a3,big,30,0,500,900
a4,big,30,1,300,610
s1,solo,10,1,450,870
")
ldesign <- svydesign(ids = ~1, strata = ~stratum, fpc = ~N, data = lonely)
share("lonely y", ~y, ldesign)
ratio("lonely turnout", ~ballots, ~registered, ldesign)

# 2. A census stratum ("tiny": 3 of N = 3 report) beside a sampled one.
census <- read.csv(text = "
id,stratum,N,y
a1,big,30,1
a2,big,30,0
a3,big,30,0
a4,big,30,1
a5,big,30,0
t1,tiny,3,1
t2,tiny,3,0
t3,tiny,3,1
")
cdesign <- svydesign(ids = ~1, strata = ~stratum, fpc = ~N, data = census)
share("census-stratum y", ~y, cdesign)
# The census stratum alone: variance 0.
tdesign <- svydesign(ids = ~1, strata = ~stratum, fpc = ~N, data = subset(census, stratum == "tiny"))
m <- svymean(~y, tdesign); p("census-only estimate", coef(m)); p("census-only se", SE(m))

# 3. Share 0: nobody saw it. R: estimate 0, se 0, svyciprop "beta" NaN.
zero <- data.frame(stratum = rep(c("a", "b"), c(6, 5)), N = rep(c(60, 40), c(6, 5)), y = 0)
zdesign <- svydesign(ids = ~1, strata = ~stratum, fpc = ~N, data = zero)
m <- svymean(~y, zdesign)
p("zero estimate", coef(m)); p("zero se", SE(m))
print(confint(svyciprop(~y, zdesign, method = "beta")))
kg <- kg_answering(0, 11, 11, degf(zdesign))
p("zero kg lower", kg[1]); p("zero kg upper", kg[2])
# Share 1 with one blank answer: 10 answering of 11 reporting.
one <- zero; one$y <- 1; one$y[2] <- NA
odesign <- svydesign(ids = ~1, strata = ~stratum, fpc = ~N, data = one)
kg <- kg_answering(1, 10, 11, degf(odesign))
p("one kg lower", kg[1]); p("one kg upper", kg[2])

# 4. v = 0 with 0 < p < 1: stratum a all yes, stratum b all no.
homog <- zero; homog$y <- ifelse(homog$stratum == "a", 1, 0)
hdesign <- svydesign(ids = ~1, strata = ~stratum, fpc = ~N, data = homog)
m <- svymean(~y, hdesign); p("homogeneous estimate", coef(m)); p("homogeneous se", SE(m))
kg <- kg_answering(coef(m), 11, 11, degf(hdesign))
p("homogeneous kg lower", kg[1]); p("homogeneous kg upper", kg[2])

# 7. Vote shares near 100 % and near 0 % in a domain of three stations (issue 12): Wald leaves
# [0, 1]; sbo's logit interval for a ratio that is a share stays inside (ratio() in helpers.R).
small <- read.csv(text = "
id,stratum,N,region,votes_a,votes_b
x1,all,200,X,420,12
x2,all,200,X,150,60
x3,all,200,X,610,5
o1,all,200,O,300,280
o2,all,200,O,250,240
o3,all,200,O,310,260
o4,all,200,O,280,300
o5,all,200,O,260,250
")
small$total <- small$votes_a + small$votes_b
sdesign <- svydesign(ids = ~1, strata = ~stratum, fpc = ~N, data = small)
ratio("small-domain votes_a", ~votes_a, ~total, subset(sdesign, region == "X"))
ratio("small-domain votes_b", ~votes_b, ~total, subset(sdesign, region == "X"))
