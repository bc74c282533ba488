#!/usr/bin/env python3
"""Python peers of sbo's bootstrap, timed on the data file that sbo-bench writes.

Usage: bootstrap_baselines.py DATA REPLICATES RUNS SCHEME

DATA: first line "n k H", then one line per station: stratum index, weight, and k digits 0/1.
SCHEME: "iid" (one stratum, n of n) or "rao-wu" (n_h - 1 of n_h within strata, rescaled).
Prints one JSON object: for "scipy" and "numpy", the run times in seconds and the standard
errors of the k shares (scipy: null for rao-wu, which it cannot do).

scipy: scipy.stats.bootstrap(vectorized=True, method="percentile") with its fastest batch
among a few tried. numpy: what a competent user writes, multinomial counts times the data
matrix (B x n counts @ n x k indicators), the counts made by one bincount of uniform indices
(much faster than rng.multinomial row by row), in batches that keep memory near 100 MB.
"""
import json
import sys
import time

import numpy as np


def load(path):
    with open(path) as handle:
        n, k, strata = (int(v) for v in handle.readline().split())
        stratum = np.empty(n, dtype=np.int64)
        weight = np.empty(n)
        data = np.empty((n, k))
        for i, line in enumerate(handle):
            h, w, digits = line.split()
            stratum[i], weight[i] = int(h), float(w)
            data[i] = [int(c) for c in digits]
    return stratum, weight, data, strata


def multinomial_counts(rng, draws, cells, size):
    """size x cells counts of `draws` uniform draws with replacement among `cells`."""
    rows = np.arange(size)[:, None] * cells
    flat = (rows + rng.integers(0, cells, size=(size, draws))).ravel()
    return np.bincount(flat, minlength=size * cells).reshape(size, cells).astype(np.float64)


def numpy_iid(data, replicates, rng):
    n, k = data.shape
    batch = max(1, min(replicates, 12_000_000 // (n * 8)))
    out = np.empty((replicates, k))
    for start in range(0, replicates, batch):
        size = min(batch, replicates - start)
        out[start:start + size] = multinomial_counts(rng, n, n, size) @ data / n
    return out


def numpy_rao_wu(stratum, weight, data, strata, replicates, rng):
    n, k = data.shape
    numerators = np.zeros((replicates, k))
    denominators = np.zeros(replicates)
    for h in range(strata):
        rows = stratum == h
        nh = int(rows.sum())
        if nh < 2:
            numerators += (weight[rows, None] * data[rows]).sum(axis=0)
            denominators += weight[rows].sum()
            continue
        w = weight[rows][0] * nh / (nh - 1)
        batch = max(1, min(replicates, 12_000_000 // (nh * 8)))
        for start in range(0, replicates, batch):
            size = min(batch, replicates - start)
            counts = multinomial_counts(rng, nh - 1, nh, size)
            numerators[start:start + size] += w * (counts @ data[rows])
        denominators += w * (nh - 1)
    return numerators / denominators[:, None]


def timed(function, runs):
    function()  # warm-up
    times, result = [], None
    for _ in range(runs):
        start = time.perf_counter()
        result = function()
        times.append(time.perf_counter() - start)
    return times, result


def scipy_bootstrap(data, replicates, runs, rng):
    """Times scipy.stats.bootstrap (vectorized, percentile interval) on the n x k matrix `data`
    at its fastest batch among a few tried; returns the times, the batch, scipy's version, the
    k standard errors and the k percentile intervals."""
    import scipy
    from scipy import stats
    sample = data.T  # k x n: resampled along the last axis, the same indices for all k

    def run(batch):
        return stats.bootstrap(
            (sample,), np.mean, n_resamples=replicates, batch=batch, vectorized=True,
            axis=-1, method="percentile", random_state=rng)

    n = data.shape[0]
    candidates = [b for b in (100, 300, 1000, 3000, 10000) if b * n * data.shape[1] * 8 <= 400_000_000]
    best, best_time = None, float("inf")
    for batch in candidates or [100]:
        start = time.perf_counter()
        run(batch)
        elapsed = time.perf_counter() - start
        if elapsed < best_time:
            best, best_time = batch, elapsed
    times, result = timed(lambda: run(best), runs)
    return {
        "times": times, "batch": best, "version": scipy.__version__,
        "standard_errors": np.asarray(result.standard_error).tolist(),
        "ci_low": np.asarray(result.confidence_interval.low).tolist(),
        "ci_high": np.asarray(result.confidence_interval.high).tolist(),
    }


def main():
    path, replicates, runs, scheme = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
    stratum, weight, data, strata = load(path)
    rng = np.random.default_rng(20240207)
    report = {}
    if scheme == "iid":
        numpy_function = lambda: numpy_iid(data, replicates, rng).std(axis=0, ddof=1)
    else:
        numpy_function = lambda: numpy_rao_wu(stratum, weight, data, strata, replicates, rng).std(axis=0, ddof=1)
    times, se = timed(numpy_function, runs)
    report["numpy"] = {"times": times, "standard_errors": se.tolist()}
    try:
        import scipy  # noqa: F401
    except ImportError:
        report["scipy"] = {"missing": "scipy is not installed: pip install numpy scipy"}
    else:
        if scheme != "iid":
            report["scipy"] = {"unsupported": "scipy.stats.bootstrap has no strata (iid only)"}
        else:
            report["scipy"] = scipy_bootstrap(data, replicates, runs, rng)
    json.dump(report, sys.stdout)


if __name__ == "__main__":
    main()
