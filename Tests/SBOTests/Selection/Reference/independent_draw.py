#!/usr/bin/env python3
"""An independent re-implementation of sbo's stratified draw, from the SPEC and README's "How the
sample is drawn" alone (standard library only), to produce the golden SAMPLE.csv files that
SampleDrawerTests and IndependentRedrawTests pin.

    python3 independent_draw.py FRAME.csv SEED STRATUM_COLUMN SIZE RESERVES [PPS_COLUMN]

The frame is read as written (no apostrophe removed: the ticket of an id such as '=x uses the
apostrophe); strata are the column's values without surrounding spaces and tabs.
Tickets: sha256_uniform(sha256_hex(seed) + station_id), as R. L. Rivest's consistent_sampler
defines it; proportional allocation with at least min(2, N_h) per stratum and largest-remainder
rounding (ties to the stratum name first in byte order). Handles only the case where no stratum
hits a bound after the minimum is applied, which is what the golden tests use.
With PPS_COLUMN: README §5, systematic πps over the stratum's stations in ticket order, with
certainty stations, stations of size 0 never selected, reserves the next unselected stations of
positive size in ticket order.
"""
import csv, hashlib, sys
from fractions import Fraction

def sha256_hex(text):
    return hashlib.sha256(text.encode("utf-8")).hexdigest()

def ticket_digits(text):
    return "{:064d}".format(int(sha256_hex(text), 16))[::-1]

def sha256_uniform(text):
    return Fraction("0." + ticket_digits(text))

def pps(members, n, reserves, size, start_digits):
    """README §5: (primaries, reserves, certainties) as lists of (row, probability, weight)."""
    positive = [r for r in members if size(r) > 0]
    certain = set()
    remaining, total = n, sum(size(r) for r in positive)
    changed = True
    while changed and remaining > 0:
        changed = False
        for i, r in enumerate(positive):
            if i not in certain and remaining * size(r) >= total:
                certain.add(i)
                changed = True
        remaining = n - len(certain)
        total = sum(size(r) for i, r in enumerate(positive) if i not in certain)
    point = start_digits * total // 10**19
    primaries, others, cumulative, selected = [], [], 0, 0
    for i, r in enumerate(positive):
        if i in certain:
            primaries.append((r, 1.0, 1.0))
            continue
        length = remaining * size(r)
        pick = (r, length / total, total / length)
        if selected < remaining and cumulative <= point < cumulative + length:
            primaries.append(pick)
            selected += 1
            point += total
        else:
            others.append(pick)
        cumulative += length
    assert len(primaries) == n
    return primaries, others[:reserves]

frame_path, seed, column, size, reserves = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), int(sys.argv[5])
pps_column = sys.argv[6] if len(sys.argv) > 6 else None
with open(frame_path, newline="", encoding="utf-8") as f:
    rows = list(csv.DictReader(f))
header = list(rows[0].keys())
strata = {}
for row in rows:
    strata.setdefault(row[column].strip(" \t"), []).append(row)
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
    members = sorted(strata[h], key=lambda r: (sha256_uniform(key + r["station_id"]), r["station_id"].encode("utf-8")))
    n, Nh = alloc[h], len(members)
    if pps_column:
        start = int(ticket_digits(key + "/pps-start/" + h)[:19])
        primaries, spares = pps(members, n, reserves, lambda r: int(r[pps_column]), start)
    else:
        primaries = [(r, n / Nh, Nh / n) for r in members[:n]]
        spares = [(r, n / Nh, Nh / n) for r in members[n:n + reserves]]
    for i, (row, probability, weight) in enumerate(primaries + spares):
        role = "primary" if i < len(primaries) else "reserve"
        out.writerow([row[c] for c in header] + [h, Nh, role, i + 1, repr(probability), repr(weight)])
