#!/usr/bin/env python3
"""Independent reference values for `sbo forensics` (ForensicsReferenceTests).

Computes, with numpy and scipy and without sbo's code, every statistic of the forensics on
an official results file, optionally with SAMPLE.csv and OBS.csv:
  observer effect  stratified unobserved - observed ratio difference, Neyman variance of the
                   linearised ratios, t interval (df = observed - strata), and a permutation
                   p-value from numpy's generator (compared within Monte Carlo error);
  integer percent  stations within half a vote of a whole percentage, expected count from
                   scipy.stats.binom.pmf summed over every count, and the exact upper tail of
                   the Poisson-binomial count by direct convolution;
  full turnout     counts at >= 99 % and >= 100 %;
  last digit       scipy.stats.chisquare of the digits of counts >= 10, for candidates whose
                   median count is >= 50 with >= 50 counts; scipy.stats.false_discovery_control;
  cross-check      official - observed turnout, Welch's t test (scipy.stats.ttest_ind).
Prints one JSON object with full-precision numbers.

Usage: forensics_reference.py OFFICIAL.csv [SAMPLE.csv [OBS.csv]]

The pinned outputs beside this script came from
  forensics_reference.py Data/azerbaijan-2024/official.csv Data/azerbaijan-2024/sample.csv \
      Data/azerbaijan-2024/observations.csv > azerbaijan-2024.json
  forensics_reference.py Data/clean-synthetic/official.csv Data/clean-synthetic/sample.csv \
      > clean-synthetic.json
(Python 3.x, numpy 2.4.6, scipy 1.17.1).
"""

import csv
import json
import sys

import numpy as np
from scipy import stats


def read(path):
    with open(path, newline="", encoding="utf-8-sig") as handle:
        return list(csv.DictReader(handle))


def is_whole(v, n):
    r = (100 * v) % n
    return min(r, n - r) < 50


def whole_probability(n, p):
    if p <= 0 or p >= 1:
        return 1.0
    k = np.arange(n + 1)
    r = (100 * k) % n
    mask = np.minimum(r, n - r) < 50
    return float(stats.binom.pmf(k[mask], n, p).sum())


def poisson_binomial_tail(ps, k):
    """P(sum of independent Bernoulli(p_i) >= k), exactly, by convolving one station at a
    time (in place, from the top)."""
    dist = np.zeros(len(ps) + 1)
    dist[0] = 1.0
    for j, p in enumerate(ps):
        dist[1:j + 2] = dist[1:j + 2] * (1 - p) + dist[:j + 1] * p
        dist[0] *= 1 - p
    return float(dist[k:].sum())


def integer_percent(name, num, den):
    rows = [i for i in range(len(num)) if den[i] > 100 and num[i] <= den[i]]
    ps = [whole_probability(den[i], num[i] / den[i]) for i in rows]
    observed = sum(is_whole(num[i], den[i]) for i in rows)
    return {"figure": name, "stations": len(rows), "stations_at_integer": observed,
            "expected": float(sum(ps)), "p_exact": poisson_binomial_tail(ps, observed)}


def last_digits(columns):
    out = []
    for name, counts in columns.items():
        kept = [c for c in counts if c >= 10]
        digits = np.bincount(np.array(kept, dtype=int) % 10, minlength=10)
        tested = len(kept) >= 50 and float(np.median(counts)) >= 50
        if tested:
            chi2, p = stats.chisquare(digits)
            out.append({"figure": name, "chi_square": float(chi2), "p_value": float(p)})
        else:
            out.append({"figure": name, "chi_square": None, "p_value": None})
    present = [d["p_value"] for d in out if d["p_value"] is not None]
    adjusted = iter(stats.false_discovery_control(present, method="bh")) if present else iter([])
    for d in out:
        d["p_adjusted"] = float(next(adjusted)) if d["p_value"] is not None else None
    return out


def observer_effect(figures, strata, observed, permutations=4000, seed=15):
    names = sorted(set(strata))
    members = {h: [i for i in range(len(strata)) if strata[i] == h] for h in names}
    used = [h for h in names if 0 < sum(observed[i] for i in members[h]) < len(members[h])]
    df = max(1, sum(sum(observed[i] for i in members[h]) for h in used) - len(used))
    t = stats.t.ppf(0.975, df)
    results = []

    def contrast(y, x, obs):
        o = u = w = 0.0
        for h in used:
            idx = np.array(members[h])
            mask = obs[idx]
            xo, xu = x[idx][mask].sum(), x[idx][~mask].sum()
            if xo <= 0 or xu <= 0:
                continue
            o += len(idx) * y[idx][mask].sum() / xo
            u += len(idx) * y[idx][~mask].sum() / xu
            w += len(idx)
        return (o / w, u / w) if w > 0 else None

    rng = np.random.default_rng(seed)
    obs = np.array(observed)
    # Re-drawn observed sets as a boolean matrix, one row per permutation.
    draws = np.zeros((permutations, len(obs)), dtype=bool)
    for h in used:
        idx = np.array(members[h])
        n = int(obs[idx].sum())
        keys = rng.random((permutations, len(idx)))
        chosen = np.argsort(keys, axis=1)[:, :n]
        draws[np.arange(permutations)[:, None], idx[chosen]] = True

    def permuted(y, x):
        o = np.zeros(permutations)
        u = np.zeros(permutations)
        w = np.zeros(permutations)
        for h in used:
            idx = np.array(members[h])
            d = draws[:, idx]
            yo, xo = d @ y[idx], d @ x[idx]
            yu, xu = y[idx].sum() - yo, x[idx].sum() - xo
            ok = (xo > 0) & (xu > 0)
            o += np.where(ok, len(idx) * yo / np.where(ok, xo, 1), 0)
            u += np.where(ok, len(idx) * yu / np.where(ok, xu, 1), 0)
            w += np.where(ok, len(idx), 0)
        return u / w - o / w

    for name, (y, x) in figures.items():
        y, x = np.array(y, dtype=float), np.array(x, dtype=float)
        o, u = contrast(y, x, obs)
        variance = weight = 0.0
        for h in used:
            idx = np.array(members[h])
            mask = obs[idx]
            if x[idx][mask].sum() <= 0 or x[idx][~mask].sum() <= 0:
                continue
            parts = []
            for group in (mask, ~mask):
                yy, xx = y[idx][group], x[idx][group]
                r = yy.sum() / xx.sum()
                e = yy - r * xx
                parts.append((np.var(e, ddof=1) if len(e) > 1 else None, len(e), xx.mean()))
            (so, no, xo), (su, nu, xu) = parts
            so = so if so is not None else su
            su = su if su is not None else so
            variance += len(idx) ** 2 * (so / (no * xo * xo) + su / (nu * xu * xu))
            weight += len(idx)
        se = np.sqrt(variance) / weight
        d = u - o
        extreme = int((np.abs(permuted(y, x)) >= abs(d) * (1 - 1e-12)).sum())
        results.append({"figure": name, "observed": o, "unobserved": u, "difference": d,
                        "standard_error": float(se), "ci_low": float(d - t * se),
                        "ci_high": float(d + t * se), "degrees_of_freedom": df,
                        "p_permutation": (1 + extreme) / (1 + permutations),
                        "permutations": permutations})
    return results


def main():
    official = read(sys.argv[1])
    ids = [r["station_id"] for r in official]
    reg = [int(r["registered_voters"]) for r in official]
    bal = [int(r["ballots_cast"]) for r in official]
    candidates = [c for c in official[0] if c.startswith("votes_")]
    votes = {c: [int(r[c]) for r in official] for c in candidates}
    valid = [sum(votes[c][i] for c in candidates) for i in range(len(ids))]
    leader = max(candidates, key=lambda c: (sum(votes[c]), -candidates.index(c)))
    out = {
        "integer_percent": [integer_percent("turnout", bal, reg),
                            integer_percent(leader, votes[leader], valid)],
        "full_turnout": {"at_least_99": sum(100 * b >= 99 * r for b, r in zip(bal, reg) if r > 0),
                         "at_least_100": sum(b >= r for b, r in zip(bal, reg) if r > 0)},
        "last_digit": last_digits(votes),
    }
    if len(sys.argv) > 2:
        sample = read(sys.argv[2])
        observations = read(sys.argv[3]) if len(sys.argv) > 3 else None
        # The official file's column whose values are the sampled stations' strata.
        column = next(c for c in official[0] if c != "station_id" and c in sample[0]
                      and all(r[c] == r["stratum"] for r in sample))
        strata = [r[column] for r in official]
        reporting = ({r["station_id"] for r in observations} if observations is not None
                     else {r["station_id"] for r in sample if r["role"] == "primary"})
        observed = [i in reporting for i in ids]
        figures = {"turnout": (bal, reg)}
        figures.update({c: (votes[c], valid) for c in candidates})
        out["observer_effect"] = observer_effect(figures, strata, observed)
        out["stratum_column"] = column
    if len(sys.argv) > 3:
        row_of = {s: i for i, s in enumerate(ids)}
        gaps, yes, no = [], [], []
        for r in observations:
            i = row_of[r["station_id"]]
            g = bal[i] / reg[i] - int(r["ballots_cast"]) / int(r["registered_voters"])
            gaps.append(g)
            (yes if r["ballot_stuffing"] == "yes" else no).append(g)
        welch = stats.ttest_ind(yes, no, equal_var=False)
        out["cross_check"] = {"stations": len(gaps), "mean_gap": float(np.mean(gaps)),
                              "mean_gap_yes": float(np.mean(yes)), "mean_gap_no": float(np.mean(no)),
                              "difference": float(np.mean(yes) - np.mean(no)),
                              "p_value": float(welch.pvalue)}
    print(json.dumps(out, indent=1))


if __name__ == "__main__":
    main()
