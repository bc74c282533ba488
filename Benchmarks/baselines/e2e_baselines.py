#!/usr/bin/env python3
"""Python peers of whole sbo commands, timed in-process on the files that `sbo-bench --suite e2e`
writes (interpreter start-up and imports are not timed; sbo's figures are whole processes).

Usage:
  e2e_baselines.py estimate SAMPLE.csv OBS.csv RUNS
  e2e_baselines.py bootstrap OBS.csv REPLICATES RUNS
  e2e_baselines.py frame FRAME.csv RUNS
  e2e_baselines.py sample FRAME.csv SIZE OUT.csv RUNS

Prints one JSON object: "times" (seconds per timed run, after one warm-up) and "result" (what the
harness compares with sbo's output before it prints a ratio), or "missing" when pandas, numpy or
scipy is not installed (pip install pandas numpy scipy).

- estimate: pandas.read_csv of both files, an inner merge on station_id, then the stratified
  share and its linearised standard error per indicator column with numpy (weights N_h/n_h over
  the reporting stations, finite-population correction 1 - n_h/N_h; Cochran 1977, ch. 5):
      p = sum_h (N_h/N) ybar_h,   v(p) = sum_h (N_h/N)^2 (1 - n_h/N_h) s2_h / n_h
- bootstrap: scipy.stats.bootstrap (vectorized, percentile interval, fastest of a few batch
  sizes) on OBS.csv's 0/1 matrix, read before timing (bootstrap_baselines.scipy_bootstrap).
- frame: pandas.read_csv, then the station count and the total of registered_voters.
- sample: pandas.read_csv, DataFrame.groupby("state").sample(frac=SIZE/N), DataFrame.to_csv
  (pandas' draw cannot be re-drawn by anyone else: no published ticket rule).
"""
import json
import os
import sys
import time

try:
    import numpy as np
    import pandas as pd
except ImportError as error:
    json.dump({"missing": f"{error.name} is not installed: pip install pandas numpy scipy"}, sys.stdout)
    sys.exit(0)

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from bootstrap_baselines import scipy_bootstrap, timed  # noqa: E402


def estimate(sample_path, observations_path):
    sample = pd.read_csv(sample_path)
    observations = pd.read_csv(observations_path)
    joined = sample.merge(observations, on="station_id", how="inner")
    questions = [c for c in observations.columns if c != "station_id"]
    codes, strata = pd.factorize(joined["stratum"])
    y = joined[questions].to_numpy(dtype=np.float64)
    n_h = np.bincount(codes).astype(np.float64)
    N_h = np.zeros(len(strata))
    N_h[codes] = joined["stratum_size"].to_numpy(dtype=np.float64)
    sums = np.zeros((len(strata), y.shape[1]))
    np.add.at(sums, codes, y)
    means = sums / n_h[:, None]
    squares = np.zeros_like(sums)
    np.add.at(squares, codes, (y - means[codes]) ** 2)
    variances = squares / (n_h[:, None] - 1)
    share = N_h / N_h.sum()
    estimates = share @ means
    standard_errors = np.sqrt((share ** 2 * (1 - n_h / N_h) / n_h) @ variances)
    return {"names": questions, "estimates": estimates.tolist(), "standard_errors": standard_errors.tolist()}


def main():
    command, arguments = sys.argv[1], sys.argv[2:]
    if command == "estimate":
        times, result = timed(lambda: estimate(arguments[0], arguments[1]), int(arguments[2]))
    elif command == "bootstrap":
        try:
            import scipy  # noqa: F401
        except ImportError:
            json.dump({"missing": "scipy is not installed: pip install scipy"}, sys.stdout)
            return
        data = pd.read_csv(arguments[0]).drop(columns="station_id").to_numpy(dtype=np.float64)
        report = scipy_bootstrap(data, int(arguments[1]), int(arguments[2]), np.random.default_rng(20240207))
        times, result = report.pop("times"), report
    elif command == "frame":
        def frame():
            table = pd.read_csv(arguments[0])
            return {"stations": len(table), "registered_voters": int(table["registered_voters"].sum())}
        times, result = timed(frame, int(arguments[1]))
    elif command == "sample":
        size, out = int(arguments[1]), arguments[2]

        def sample():
            table = pd.read_csv(arguments[0])
            drawn = table.groupby("state").sample(frac=size / len(table), random_state=20240207)
            drawn.to_csv(out, index=False)
            return {"stations": len(drawn)}
        times, result = timed(sample, int(arguments[3]))
    else:
        sys.exit(f"unknown command {command}")
    json.dump({"times": times, "result": result}, sys.stdout)


if __name__ == "__main__":
    main()
