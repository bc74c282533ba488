#!/usr/bin/env python3
"""Write a clean synthetic election for contrast with Data/azerbaijan-2024: frame.csv and
official.csv of 4,000 polling stations in 8 regions, where every station's counts are drawn
honestly (binomial turnout, multinomial votes) and nothing is planted.

Standard library only and deterministic: the only random source is
random.Random(seed).random(), through Data/azerbaijan-2024/generate_frame.py's Source (normal
deviates by Box-Muller; binomial counts here as sums of Bernoulli draws), so the same --seed
gives byte-identical files.

Usage:
  python3 Data/clean-synthetic/generate.py [--out-dir Data/clean-synthetic] [--seed 20260101] [--force]
"""

import argparse
import math
import os
import sys

sys.dont_write_bytecode = True  # keep Data/ free of __pycache__
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "azerbaijan-2024"))
from generate_frame import Source  # noqa: E402  (random.Random(seed).random(), Box-Muller)
from generate_results import write_csv  # noqa: E402  (temporary file, then rename)

SEED = 20260101
STATIONS = 4000
REGIONS = [  # (name, share of stations, mean turnout, logit shift of the first candidate)
    ("North", 0.16, 0.62, 0.3), ("South", 0.14, 0.66, -0.2), ("East", 0.12, 0.58, 0.1),
    ("West", 0.12, 0.64, -0.3), ("Capital", 0.18, 0.55, -0.5), ("Coast", 0.10, 0.68, 0.2),
    ("Hills", 0.10, 0.70, 0.4), ("Islands", 0.08, 0.61, 0.0),
]
CANDIDATES = ["votes_rivera", "votes_okafor", "votes_lindqvist", "votes_haddad"]
SHARES = [0.47, 0.33, 0.12, 0.08]


def binomial(source, n, p):
    """Binomial(n, p) as a sum of n Bernoulli draws from the source's uniforms."""
    return sum(1 for _ in range(n) if source.uniform() < p)


def election(seed):
    source = Source(seed)
    frame, official = [], []
    counts = [round(STATIONS * share) for _, share, _, _ in REGIONS]
    counts[0] += STATIONS - sum(counts)
    number = 0
    for (region, _, turnout, shift), count in zip(REGIONS, counts):
        for _ in range(count):
            number += 1
            station = f"S{number:05d}"
            urban = "urban" if source.uniform() < (0.8 if region == "Capital" else 0.4) else "rural"
            size = 900 if urban == "urban" else 450
            registered = max(120, min(2500, round(size * math.exp(0.45 * source.normal()))))
            rate = min(0.95, max(0.2, turnout + 0.05 * source.normal()))
            ballots = binomial(source, registered, rate)
            valid = ballots - binomial(source, ballots, 0.015)
            logits = [math.log(s) for s in SHARES]
            logits[0] += shift
            logits = [x + 0.25 * source.normal() for x in logits]
            weights = [math.exp(x) for x in logits]
            remaining, left = valid, sum(weights)
            votes = []
            for w in weights[:-1]:
                v = binomial(source, remaining, w / left) if left > 0 else 0
                votes.append(v)
                remaining -= v
                left -= w
            votes.append(remaining)
            frame.append([station, region, urban, registered])
            official.append([station, region, urban, registered, ballots] + votes)
    return frame, official


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out-dir", default=here)
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--force", action="store_true")
    arguments = parser.parse_args()
    frame, official = election(arguments.seed)
    for row in official:
        assert sum(row[5:]) <= row[4] <= row[3]
    outputs = [os.path.join(arguments.out_dir, name) for name in ("frame.csv", "official.csv")]
    for path in outputs:
        if os.path.exists(path) and not arguments.force:
            print(f"error: {path}: exists; pass --force to overwrite it", file=sys.stderr)
            sys.exit(73)
    write_csv(outputs[0], ["station_id", "region", "urban", "registered_voters"], frame)
    write_csv(outputs[1],
              ["station_id", "region", "urban", "registered_voters", "ballots_cast"] + CANDIDATES,
              official)
    registered = sum(r[3] for r in official)
    ballots = sum(r[4] for r in official)
    print(f"clean-synthetic: {len(official)} stations, {registered} registered, "
          f"turnout {100 * ballots / registered:.2f}%", file=sys.stderr)


if __name__ == "__main__":
    main()
