#!/usr/bin/env python3
"""Write frame.csv: a synthetic polling-station frame for Azerbaijan's early
presidential election of 7 February 2024.

Real: the national totals (6,537 stations = 6,319 permanent + 218 temporary,
49 of the temporary ones abroad, 26 stations in the territories regained since
2020, 6,478,623 registered voters) and the 125 constituencies (numbers, names,
economic regions; see Data/README.md for which names are confirmed and which
are reconstructed). Synthetic: every station row (how many stations each
constituency has, their sizes, urban/rural, temporary placement).

Standard library only, deterministic: the same SEED gives a byte-identical
file with any Python 3. Randomness comes only from random.Random(SEED).random();
normal deviates are made here with the Box-Muller transform, so no library
sampler whose algorithm could change between Python versions is involved.

Usage: python3 Data/azerbaijan-2024/generate_frame.py [--out PATH]
"""

import argparse
import csv
import math
import os
import random
import sys

SEED = 20240207  # election day

TOTAL_STATIONS = 6537
PERMANENT_STATIONS = 6319
TEMPORARY_STATIONS = 218
ABROAD_STATIONS = 49
REGAINED_STATIONS = 26
REGISTERED_VOTERS = 6478623

# The constituency that carries the stations abroad (see README: a simplification).
ABROAD_CONSTITUENCY = 29

# (number, name, economic region, kind, confirmed)
# kind drives the synthetic station sizes:
#   baku      Baku city: large urban stations
#   city      other cities: mostly urban stations
#   town      a town with its rural hinterland
#   rural     a rural district with its district centre
#   mountain  mountain districts: many small village stations
#   idp       Karabakh / East Zangezur constituencies whose voters are mostly
#             internally displaced people registered where they live now
#   small     Khankendi: few voters
# confirmed: True when number and name were found in a 2024 source (README).
CONSTITUENCIES = [
    (1, "Sharur-Sadarak", "Nakhchivan", "rural", True),
    (2, "Sharur-Kangarli", "Nakhchivan", "rural", True),
    (3, "Babek-Shahbuz-Kangarli", "Nakhchivan", "rural", True),
    (4, "Nakhchivan City", "Nakhchivan", "city", True),
    (5, "Babek-Julfa", "Nakhchivan", "rural", False),
    (6, "Ordubad-Julfa", "Nakhchivan", "mountain", False),
    (7, "Binagadi-1", "Baku", "baku", False),
    (8, "Binagadi-2", "Baku", "baku", False),
    (9, "Binagadi-3", "Baku", "baku", False),
    (10, "Garadagh", "Baku", "baku", False),
    (11, "Binagadi-Garadagh", "Baku", "baku", True),
    (12, "Khazar-1", "Baku", "baku", True),
    (13, "Khazar-2", "Baku", "baku", True),
    (14, "Pirallahi-Khazar", "Baku", "baku", False),
    (15, "Yasamal-1", "Baku", "baku", True),
    (16, "Yasamal-2", "Baku", "baku", False),
    (17, "Yasamal-3", "Baku", "baku", False),
    (18, "Narimanov-Nizami-Binagadi", "Baku", "baku", True),
    (19, "Narimanov-1", "Baku", "baku", True),
    (20, "Narimanov-2", "Baku", "baku", False),
    (21, "Nasimi", "Baku", "baku", False),
    (22, "Nasimi-Yasamal", "Baku", "baku", True),
    (23, "Nasimi-Sabail", "Baku", "baku", True),
    (24, "Nizami-1", "Baku", "baku", True),
    (25, "Nizami-2", "Baku", "baku", False),
    (26, "Sabunchu-1", "Baku", "baku", False),
    (27, "Sabunchu-2", "Baku", "baku", False),
    (28, "Sabunchu-3", "Baku", "baku", False),
    (29, "Sabail", "Baku", "baku", False),
    (30, "Surakhani-1", "Baku", "baku", False),
    (31, "Surakhani-2", "Baku", "baku", True),
    (32, "Surakhani-3", "Baku", "baku", False),
    (33, "Khatai-1", "Baku", "baku", True),
    (34, "Khatai-2", "Baku", "baku", True),
    (35, "Khatai-3", "Baku", "baku", False),
    (36, "Khatai-Surakhani", "Baku", "baku", True),
    (37, "Khatai-4", "Baku", "baku", False),
    (38, "Ganja-1", "Ganja-Dashkasan", "city", True),
    (39, "Ganja-2", "Ganja-Dashkasan", "city", False),
    (40, "Ganja-3", "Ganja-Dashkasan", "city", False),
    (41, "Ganja-Samukh-Goranboy", "Ganja-Dashkasan", "town", True),
    (42, "Sumgayit-1", "Absheron-Khizi", "city", True),
    (43, "Sumgayit-2", "Absheron-Khizi", "city", True),
    (44, "Sumgayit-3", "Absheron-Khizi", "city", True),
    (45, "Sumgayit-4", "Absheron-Khizi", "city", True),
    (46, "Sumgayit-5", "Absheron-Khizi", "city", True),
    (47, "Sumgayit-Absheron-Garadagh", "Absheron-Khizi", "town", True),
    (48, "Absheron-1", "Absheron-Khizi", "town", True),
    (49, "Absheron-2", "Absheron-Khizi", "town", False),
    (50, "Mingachevir", "Central Aran", "city", False),
    (51, "Yevlakh-Mingachevir", "Central Aran", "town", False),
    (52, "Yevlakh", "Central Aran", "town", True),
    (53, "Khachmaz City", "Guba-Khachmaz", "town", False),
    (54, "Khachmaz-Shabran", "Guba-Khachmaz", "rural", False),
    (55, "Siyazan-Guba-Khizi", "Guba-Khachmaz", "rural", True),
    (56, "Khachmaz Rural", "Guba-Khachmaz", "rural", False),
    (57, "Shabran", "Guba-Khachmaz", "rural", False),
    (58, "Guba-Khachmaz", "Guba-Khachmaz", "rural", False),
    (59, "Guba", "Guba-Khachmaz", "mountain", True),
    (60, "Gusar-Guba", "Guba-Khachmaz", "mountain", False),
    (61, "Gusar", "Guba-Khachmaz", "mountain", True),
    (62, "Shamakhi", "Mountainous Shirvan", "mountain", False),
    (63, "Agsu-Shamakhi-Gobustan", "Mountainous Shirvan", "rural", False),
    (64, "Hajigabul-Kurdamir", "Shirvan-Salyan", "rural", False),
    (65, "Salyan-Bilasuvar-Neftchala", "Shirvan-Salyan", "rural", True),
    (66, "Salyan", "Shirvan-Salyan", "rural", False),
    (67, "Neftchala", "Shirvan-Salyan", "rural", False),
    (68, "Sabirabad-Shirvan", "Mil-Mughan", "town", True),
    (69, "Sabirabad", "Mil-Mughan", "rural", False),
    (70, "Saatly", "Mil-Mughan", "rural", False),
    (71, "Jalilabad City", "Lankaran-Astara", "town", False),
    (72, "Jalilabad Rural", "Lankaran-Astara", "rural", False),
    (73, "Jalilabad-Masally-Bilasuvar", "Lankaran-Astara", "rural", False),
    (74, "Masally City", "Lankaran-Astara", "town", False),
    (75, "Masally Rural", "Lankaran-Astara", "rural", False),
    (76, "Yardimli-Masally", "Lankaran-Astara", "mountain", False),
    (77, "Lankaran City", "Lankaran-Astara", "city", True),
    (78, "Lankaran Rural", "Lankaran-Astara", "rural", True),
    (79, "Astara-Lankaran", "Lankaran-Astara", "rural", False),
    (80, "Lerik-Astara", "Lankaran-Astara", "mountain", True),
    (81, "Imishli", "Mil-Mughan", "rural", True),
    (82, "Imishli-Saatly", "Mil-Mughan", "rural", True),
    (83, "Beylagan", "Mil-Mughan", "rural", True),
    (84, "Aghjabadi", "Karabakh", "rural", False),
    (85, "Aghjabadi-Fuzuli", "Karabakh", "rural", False),
    (86, "Fuzuli", "Karabakh", "idp", False),
    (87, "Agsu-Ismayilli", "Mountainous Shirvan", "rural", False),
    (88, "Ismayilli", "Mountainous Shirvan", "mountain", False),
    (89, "Kurdamir", "Central Aran", "rural", False),
    (90, "Zardab-Ujar", "Central Aran", "rural", False),
    (91, "Ujar", "Central Aran", "rural", False),
    (92, "Goychay-Aghdash", "Central Aran", "rural", True),
    (93, "Goychay", "Central Aran", "town", False),
    (94, "Aghdash", "Central Aran", "rural", False),
    (95, "Goygol-Dashkasan", "Ganja-Dashkasan", "mountain", False),
    (96, "Goranboy", "Ganja-Dashkasan", "rural", True),
    (97, "Tartar-Naftalan-Goranboy", "Karabakh", "rural", True),
    (98, "Barda-Tartar", "Karabakh", "rural", True),
    (99, "Barda", "Karabakh", "town", True),
    (100, "Barda-Aghjabadi", "Karabakh", "rural", False),
    (101, "Shamkir City", "Gazakh-Tovuz", "town", False),
    (102, "Shamkir Rural", "Gazakh-Tovuz", "rural", False),
    (103, "Shamkir-Dashkasan", "Gazakh-Tovuz", "rural", False),
    (104, "Gadabay", "Gazakh-Tovuz", "mountain", True),
    (105, "Tovuz", "Gazakh-Tovuz", "rural", False),
    (106, "Tovuz-Gazakh-Aghstafa", "Gazakh-Tovuz", "rural", False),
    (107, "Gazakh", "Gazakh-Tovuz", "rural", False),
    (108, "Aghstafa", "Gazakh-Tovuz", "rural", False),
    (109, "Balakan", "Sheki-Zagatala", "rural", False),
    (110, "Zagatala-Balakan", "Sheki-Zagatala", "rural", False),
    (111, "Zagatala", "Sheki-Zagatala", "rural", False),
    (112, "Gakh", "Sheki-Zagatala", "mountain", False),
    (113, "Sheki-Oghuz", "Sheki-Zagatala", "rural", False),
    (114, "Sheki City", "Sheki-Zagatala", "city", True),
    (115, "Sheki Rural", "Sheki-Zagatala", "rural", True),
    (116, "Gabala", "Sheki-Zagatala", "rural", False),
    (117, "Oghuz-Gabala", "Sheki-Zagatala", "mountain", False),
    (118, "Aghdam City", "Karabakh", "idp", True),
    (119, "Aghdam Rural", "Karabakh", "idp", True),
    (120, "Jabrayil-Gubadli", "East Zangezur", "idp", True),
    (121, "Lachin", "East Zangezur", "idp", True),
    (122, "Khankendi", "Karabakh", "small", True),
    (123, "Kalbajar", "East Zangezur", "idp", True),
    (124, "Shusha-Aghdam-Khojaly-Khojavend", "Karabakh", "idp", True),
    (125, "Zangilan-Gubadli", "East Zangezur", "idp", True),
]

# Stations in the territories regained since 2020, per constituency
# (synthetic split of the published 26); urban when the station is in a town.
REGAINED = {86: (2, True), 118: (2, False), 120: (2, False), 121: (4, True),
            122: (4, True), 123: (3, False), 124: (5, True), 125: (4, False)}

# Per kind: mean registered voters per regular permanent station (sets how
# many stations a constituency gets), share of its stations that are urban,
# and the weight it gets when the domestic temporary stations are placed.
KIND_MEAN_SIZE = {"baku": 1400, "city": 1200, "town": 900, "rural": 800,
                  "mountain": 560, "idp": 950, "small": 450}
KIND_URBAN_SHARE = {"baku": 1.0, "city": 0.95, "town": 0.55, "rural": 0.3,
                    "mountain": 0.12, "idp": 0.5, "small": 0.5}
KIND_TEMPORARY_WEIGHT = {"baku": 1.0, "city": 1.4, "town": 1.2, "rural": 1.0,
                         "mountain": 1.0, "idp": 0.6, "small": 0.0}
# Military units and border posts: regions with more temporary stations.
REGION_TEMPORARY_FACTOR = {"Nakhchivan": 2.5, "Gazakh-Tovuz": 2.0,
                           "Karabakh": 1.6, "East Zangezur": 1.6,
                           "Lankaran-Astara": 1.3}


class Source:
    """Deterministic deviates from random.Random(seed).random() only."""

    def __init__(self, seed):
        self.generator = random.Random(seed)

    def uniform(self):
        return self.generator.random()

    def normal(self):
        # Box-Muller; 1 - u keeps the logarithm's argument in (0, 1].
        u1 = 1.0 - self.generator.random()
        u2 = self.generator.random()
        return math.sqrt(-2.0 * math.log(u1)) * math.cos(2.0 * math.pi * u2)

    def lognormal(self, median, sigma):
        return median * math.exp(sigma * self.normal())


def largest_remainder(weights, total, minimum=0):
    """Integers proportional to weights, each >= minimum, summing to total.
    Ties go to the earlier index."""
    count = len(weights)
    spare = total - minimum * count
    if spare < 0:
        raise ValueError("total too small for the minimum")
    weight_sum = sum(weights)
    quotas = [spare * w / weight_sum for w in weights]
    result = [minimum + math.floor(q) for q in quotas]
    remainders = sorted(range(count), key=lambda i: (-(quotas[i] - math.floor(quotas[i])), i))
    for i in remainders[: total - sum(result)]:
        result[i] += 1
    return result


def build_frame(seed):
    source = Source(seed)
    numbers = [c[0] for c in CONSTITUENCIES]
    assert numbers == list(range(1, 126)), "constituencies must be numbered 1-125"

    # Abroad: 49 temporary stations at embassies and consulates.
    abroad_sizes = [min(2400, max(12, round(source.lognormal(230, 0.85))))
                    for _ in range(ABROAD_STATIONS)]
    domestic_voters = REGISTERED_VOTERS - sum(abroad_sizes)

    # Registered voters per constituency: about equal (the Election Code's
    # average representation norm), with some spread; Khankendi small.
    voter_weights = []
    for number, _, _, kind, _ in CONSTITUENCIES:
        base = 7000.0 if kind == "small" else 51800.0
        voter_weights.append(base * math.exp(0.09 * source.normal()))
    constituency_voters = largest_remainder(voter_weights, domestic_voters)

    # Domestic temporary stations (hospitals, military units): 218 - 49.
    temporary_weights = [KIND_TEMPORARY_WEIGHT[kind] * REGION_TEMPORARY_FACTOR.get(region, 1.0)
                         * (0.5 + source.uniform())
                         for _, _, region, kind, _ in CONSTITUENCIES]
    temporary_counts = largest_remainder(temporary_weights,
                                         TEMPORARY_STATIONS - ABROAD_STATIONS)

    # Regular permanent stations: all permanent ones but the regained 26.
    regained_total = sum(n for n, _ in REGAINED.values())
    assert regained_total == REGAINED_STATIONS
    regular_weights = [constituency_voters[i] / KIND_MEAN_SIZE[c[3]]
                       for i, c in enumerate(CONSTITUENCIES)]
    regular_counts = largest_remainder(regular_weights,
                                       PERMANENT_STATIONS - REGAINED_STATIONS, minimum=8)

    rows = []
    for index, (number, name, region, kind, _) in enumerate(CONSTITUENCIES):
        label = f"{name} ({number})"
        temporary = [("rural" if source.uniform() < 0.35 else "urban",
                      min(650, max(15, round(source.lognormal(120, 0.65)))))
                     for _ in range(temporary_counts[index])]
        regained_count, regained_urban = REGAINED.get(number, (0, False))
        regained = [("urban" if regained_urban else "rural",
                     min(700, max(20, round(source.lognormal(160, 0.6)))))
                    for _ in range(regained_count)]
        fixed = sum(size for _, size in temporary) + sum(size for _, size in regained)

        urban_share = KIND_URBAN_SHARE[kind]
        count = regular_counts[index]
        settlements = sorted(("urban" if source.uniform() < urban_share else "rural"
                              for _ in range(count)), key=lambda s: s != "urban")
        weights = [min(1.5, max(0.5, source.lognormal(1.0, 0.25))) if s == "urban"
                   else min(0.85, max(0.03, source.lognormal(0.33, 0.8)))
                   for s in settlements]
        sizes = largest_remainder(weights, constituency_voters[index] - fixed, minimum=1)

        stations = list(zip(settlements, sizes, ["permanent"] * count))
        stations += [(s, v, "permanent") for s, v in regained]
        stations += [(s, v, "temporary") for s, v in temporary]
        for position, (settlement, size, kind_of_station) in enumerate(stations, start=1):
            rows.append([f"{number:03d}-{position:03d}", label, region, settlement,
                         kind_of_station, size])
        if number == ABROAD_CONSTITUENCY:
            for offset, size in enumerate(abroad_sizes, start=len(stations) + 1):
                rows.append([f"{number:03d}-{offset:03d}", label, "Abroad", "urban",
                             "temporary", size])
    return rows


def check(rows):
    ids = [r[0] for r in rows]
    assert len(rows) == TOTAL_STATIONS, len(rows)
    assert len(set(ids)) == len(ids), "station ids must be unique"
    assert sum(r[5] for r in rows) == REGISTERED_VOTERS
    assert sum(r[4] == "permanent" for r in rows) == PERMANENT_STATIONS
    assert sum(r[4] == "temporary" for r in rows) == TEMPORARY_STATIONS
    assert sum(r[2] == "Abroad" for r in rows) == ABROAD_STATIONS
    assert len({r[1] for r in rows}) == 125
    assert all(r[5] >= 1 for r in rows)


def summary(rows):
    def describe(sizes):
        sizes = sorted(sizes)
        n = len(sizes)
        return (f"n={n} min={sizes[0]} median={sizes[n // 2]} "
                f"p90={sizes[(9 * n) // 10]} max={sizes[-1]} mean={sum(sizes) / n:.0f}")
    groups = {
        "Baku permanent": [r[5] for r in rows if r[2] == "Baku" and r[4] == "permanent"],
        "other urban permanent": [r[5] for r in rows if r[2] not in ("Baku", "Abroad")
                                  and r[3] == "urban" and r[4] == "permanent"],
        "rural permanent": [r[5] for r in rows if r[3] == "rural" and r[4] == "permanent"],
        "temporary domestic": [r[5] for r in rows if r[4] == "temporary" and r[2] != "Abroad"],
        "abroad": [r[5] for r in rows if r[2] == "Abroad"],
    }
    for name, sizes in groups.items():
        print(f"{name:22s} {describe(sizes)}", file=sys.stderr)
    per_constituency = {}
    for r in rows:
        per_constituency[r[1]] = per_constituency.get(r[1], 0) + 1
    print(f"stations per constituency: {describe(list(per_constituency.values()))}",
          file=sys.stderr)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=os.path.join(here, "frame.csv"))
    arguments = parser.parse_args()
    rows = build_frame(SEED)
    check(rows)
    with open(arguments.out, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["station_id", "constituency", "region", "urban", "type",
                         "registered_voters"])
        writer.writerows(rows)
    summary(rows)
    print(f"wrote {len(rows)} stations, {sum(r[5] for r in rows)} voters to {arguments.out}",
          file=sys.stderr)


if __name__ == "__main__":
    main()
