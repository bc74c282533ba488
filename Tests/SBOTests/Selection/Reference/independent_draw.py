#!/usr/bin/env python3
"""An independent re-implementation of sbo's equal-probability stratified draw, from the SPEC
alone (standard library only), to produce the golden SAMPLE.csv that SampleDrawerTests pins.

    python3 independent_draw.py FRAME.csv SEED STRATUM_COLUMN SIZE RESERVES

Tickets: sha256_uniform(sha256_hex(seed) + station_id), as R. L. Rivest's consistent_sampler
defines it; proportional allocation with at least min(2, N_h) per stratum and largest-remainder
rounding (ties to the stratum name first in byte order). Handles only the case where no stratum
hits a bound after the minimum is applied, which is what the golden test uses.
"""
import csv, hashlib, sys
from fractions import Fraction

def sha256_hex(text):
    return hashlib.sha256(text.encode("utf-8")).hexdigest()

def sha256_uniform(text):
    return Fraction("0." + "{:064d}".format(int(sha256_hex(text), 16))[::-1])

frame_path, seed, column, size, reserves = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), int(sys.argv[5])
with open(frame_path, newline="", encoding="utf-8") as f:
    rows = list(csv.DictReader(f))
header = list(rows[0].keys())
strata = {}
for row in rows:
    strata.setdefault(row[column], []).append(row)
names = sorted(strata, key=lambda s: s.encode("utf-8"))
N = len(rows)
exact = {h: Fraction(size * len(strata[h]), N) for h in names}
assert all(x >= 2 for x in exact.values()), "golden case must not hit the minimum"
alloc = {h: int(exact[h]) for h in names}
left = size - sum(alloc.values())
order = sorted(names, key=lambda h: (-(exact[h] - alloc[h]), h.encode("utf-8")))
for h in order[:left]:
    alloc[h] += 1
key = sha256_hex(seed)
out = csv.writer(sys.stdout, lineterminator="\n")
out.writerow(header + ["stratum", "stratum_size", "role", "order", "inclusion_probability", "weight"])
for h in names:
    members = sorted(strata[h], key=lambda r: sha256_uniform(key + r["station_id"]))
    n, Nh = alloc[h], len(members)
    for i, row in enumerate(members[: n + reserves]):
        role = "primary" if i < n else "reserve"
        out.writerow([row[c] for c in header] + [h, Nh, role, i + 1, repr(n / Nh), repr(Nh / n)])
