# Shared helpers for the reference scripts: every value printed at full precision.
suppressMessages(library(survey))
p <- function(label, x) cat(sprintf("%-40s %.17g\n", label, as.numeric(x)))
expit <- function(x) 1 / (1 + exp(-x))

# Wilson (survey >= 4.5 svyciprop method="wilson"), written out because Debian's survey
# 4.1 lacks it: n.eff = p(1-p)/v; t = qt(1-alpha/2, df).
wilson <- function(est, v, df, level) {
  t <- qt(1 - (1 - level) / 2, df)
  n.eff <- est * (1 - est) / v
  denom <- 1 + t^2 / n.eff
  root <- sqrt(4 * n.eff * est * (1 - est) + t^2)
  c((est + t^2 / (2 * n.eff) - t / (2 * n.eff) * root) / denom,
    (est + t^2 / (2 * n.eff) + t / (2 * n.eff) * root) / denom)
}

# Everything sbo reports for one share: estimate, SE, df, deff, and the four intervals.
share <- function(label, formula, design, level = 0.95) {
  m <- svymean(formula, design, na.rm = TRUE, deff = TRUE)
  est <- coef(m)[1]; v <- vcov(m)[1, 1]; df <- degf(design)
  p(paste(label, "estimate"), est)
  p(paste(label, "se"), sqrt(v))
  p(paste(label, "df"), df)
  p(paste(label, "deff"), deff(m))
  for (method in c("mean", "logit", "beta")) {
    ci <- confint(svyciprop(formula, design, method = method, level = level, na.rm = TRUE))
    p(paste(label, method, "lower"), ci[1]); p(paste(label, method, "upper"), ci[2])
  }
  t <- qt(1 - (1 - level) / 2, df)
  closed <- expit(log(est / (1 - est)) + c(-1, 1) * t * sqrt(v) / (est * (1 - est)))
  p(paste(label, "logit closed-form lower"), closed[1])
  p(paste(label, "logit closed-form upper"), closed[2])
  w <- wilson(est, v, df, level)
  p(paste(label, "wilson lower"), w[1]); p(paste(label, "wilson upper"), w[2])
}

ratio <- function(label, num, den, design, level = 0.95) {
  r <- svyratio(num, den, design, na.rm = TRUE)
  ci <- confint(r, level = level, df = degf(design))
  p(paste(label, "estimate"), coef(r)); p(paste(label, "se"), SE(r))
  p(paste(label, "df"), degf(design))
  p(paste(label, "lower"), ci[1]); p(paste(label, "upper"), ci[2])
  # sbo's interval for a ratio that is a share: the delta method on logit(r), t with the
  # design's df (svyciprop's "logit" construction; R has no svyciprop for ratios).
  est <- coef(r)[1]; t <- qt(1 - (1 - level) / 2, degf(design))
  logit <- expit(qlogis(est) + c(-1, 1) * t * SE(r)[1] / (est * (1 - est)))
  p(paste(label, "logit lower"), logit[1]); p(paste(label, "logit upper"), logit[2])
}
