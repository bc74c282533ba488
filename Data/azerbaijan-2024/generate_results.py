#!/usr/bin/env python3
"""Write official.csv and observations.csv for the Azerbaijan 2024 example from
frame.csv and a drawn sample (sbo's SAMPLE.csv).

official.csv: per-station official results for EVERY frame station. Each
candidate's column sums exactly to the announced final national total; each
station's ballots_cast = its valid votes + a few invalid ballots, never more
than its registered voters. Station-level figures are synthetic.

observations.csv: one row per sampled PRIMARY station: the indicator questions
of the EMDS preliminary statement of 8 February 2024, answered yes/no so that
the unweighted count of yes answers is the published share of the sampled
stations rounded to the nearest whole station, plus registered_voters,
ballots_cast and the candidates' votes (votes_*) as the observers counted them
(the protocol's opposition and invalid counts; the ballots added to the official
count are the ones missing from Aliyev's observed votes). At a set of sampled stations,
mostly those with ballot stuffing, the official turnout exceeds the observers'
count by more than 20 points.

Standard library only and deterministic: the same frame, sample and --seed
give byte-identical files (stations are processed in station_id order, so the
row order of the inputs does not matter).

Usage:
  python3 Data/azerbaijan-2024/generate_results.py --sample SAMPLE.csv \
      [--frame Data/azerbaijan-2024/frame.csv] [--out-dir Data/azerbaijan-2024] \
      [--seed 20240208] [--force]
"""

import argparse
import csv
import math
import os
import sys

sys.dont_write_bytecode = True  # keep Data/ free of __pycache__
from generate_frame import Source, largest_remainder  # noqa: E402  (same folder)

SEED = 20240208  # date of the EMDS preliminary statement

# Final results approved by the Constitutional Court, 13 February 2024.
CANDIDATES = [
    ("votes_aliyev", "Ilham Aliyev", 4567458),
    ("votes_oruj", "Zahid Oruj", 107632),
    ("votes_mustafa", "Fazil Mustafa", 98421),
    ("votes_hasanguliyev", "Gudrat Hasanguliyev", 85411),
    ("votes_nurullayev", "Razi Nurullayev", 39643),
    ("votes_musayev", "Elshad Musayev", 32885),
    ("votes_f_aliyev", "Fuad Aliyev", 26517),
]
VALID_VOTES = sum(total for _, _, total in CANDIDATES)  # 4,957,967

# EMDS preliminary statement, 8 Feb 2024: share (%) of observed stations.
# correlation: how strongly the answer follows a station's latent
# "irregularity" score; good=True for questions where yes is the good answer.
INDICATORS = [
    # (column, percent, correlation, good)
    ("unsigned_voter_list", 14, 0.4, False),
    ("no_ink_check", 46, 0.6, False),
    ("not_inked", 47, 0.6, False),
    ("unlisted_voters", 42, 0.6, False),
    ("group_voting", 45, 0.7, False),
    ("ballot_stuffing", 31, 0.85, False),
    ("multiple_voting", 42, 0.7, False),
    ("voter_incitement", 20, 0.5, False),
    ("count_not_open", 12, 0.5, False),
    ("protocol_incorrect", 43, 0.6, False),
    ("no_protocol_copy", 46, 0.5, False),
    ("observer_obstructed", 25, 0.6, False),
    ("box_not_shown_empty", 5, 0.3, False),
    ("registered_not_announced", 25, 0.4, False),
    ("equipment_ok", 98, 0.2, True),
    ("secrecy_ok", 91, 0.4, True),
    ("late_opening", 3, 0.1, False),
]

# Share of sampled primaries where official turnout exceeds the observers'
# count by more than 20 points, and how many of those had ballot stuffing.
DISCREPANCY_SHARE = 0.19
DISCREPANCY_WITH_STUFFING = 0.9
# Share of non-sampled stations with the same kind of inflated official turnout.
INFLATED_SHARE = 0.19


class InputError(Exception):
    pass


def nearest_count(percent, n):
    """percent of n rounded to the nearest whole number, halves up."""
    return (2 * percent * n + 100) // 200


def read_table(path):
    """Rows of a CSV file as dicts: UTF-8 with optional BOM, delimiter , ; or
    tab detected from the header, sbo's formula-escaping apostrophe removed."""
    try:
        with open(path, newline="", encoding="utf-8-sig") as handle:
            text = handle.read()
    except OSError as error:
        raise InputError(f"{path}: cannot read: {error.strerror}") from None
    header = text.split("\n", 1)[0]
    delimiter = max([",", ";", "\t"], key=header.count)
    rows = list(csv.reader(text.splitlines(), delimiter=delimiter))
    if not rows:
        raise InputError(f"{path}:1: empty file; expected a header row")

    def clean(cell):
        return cell[1:] if cell[:1] == "'" and cell[1:2] in ("=", "+", "-", "@") else cell

    names = [clean(c) for c in rows[0]]
    table = []
    for line, row in enumerate(rows[1:], start=2):
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != len(names):
            raise InputError(f"{path}:{line}: {len(row)} cells, header has {len(names)}")
        table.append((line, dict(zip(names, (clean(c) for c in row)))))
    return names, table


def require(path, names, columns):
    missing = [c for c in columns if c not in names]
    if missing:
        raise InputError(f"{path}:1: missing column(s) {', '.join(missing)}")


def load(frame_path, sample_path):
    names, frame_rows = read_table(frame_path)
    require(frame_path, names, ["station_id", "region", "urban", "type", "registered_voters"])
    stations = {}
    for line, row in frame_rows:
        station = row["station_id"]
        if station in stations:
            raise InputError(f"{frame_path}:{line}: station_id {station} appears twice")
        try:
            registered = int(row["registered_voters"])
        except ValueError:
            raise InputError(f"{frame_path}:{line}: registered_voters "
                             f"'{row['registered_voters']}' is not an integer") from None
        row["registered_voters"] = registered
        stations[station] = row

    names, sample_rows = read_table(sample_path)
    require(sample_path, names, ["station_id", "role"])
    primaries = []
    for line, row in sample_rows:
        if row["station_id"] not in stations:
            raise InputError(f"{sample_path}:{line}: station_id {row['station_id']} is not "
                             f"in {frame_path}; was the sample drawn from this frame?")
        if row["role"] == "primary":
            primaries.append(row["station_id"])
    if not primaries:
        raise InputError(f"{sample_path}: no row with role 'primary'")
    if len(set(primaries)) != len(primaries):
        raise InputError(f"{sample_path}: a primary station appears twice")
    return stations, sorted(primaries)


def answer_indicators(primaries, source):
    """yes/no answers with exact yes counts, correlated through a latent score."""
    n = len(primaries)
    latent = [source.normal() for _ in primaries]
    answers = {station: {} for station in primaries}
    for column, percent, correlation, good in INDICATORS:
        yes_count = nearest_count(percent, n)
        noise = math.sqrt(1.0 - correlation * correlation)
        score = [correlation * z + noise * source.normal() for z in latent]
        by_irregularity = sorted(range(n), key=lambda i: (-score[i], i))
        bad = set(by_irregularity[: n - yes_count] if good else by_irregularity[:yes_count])
        for i, station in enumerate(primaries):
            answers[station][column] = "yes" if (i in bad) != good else "no"
    return answers, latent


def choose_discrepancies(primaries, answers, latent):
    """Sampled stations whose official turnout will exceed the observers' count
    by more than 20 points: mostly stations with ballot stuffing."""
    total = round(DISCREPANCY_SHARE * len(primaries))
    stuffed = [i for i, s in enumerate(primaries) if answers[s]["ballot_stuffing"] == "yes"]
    clean = [i for i, s in enumerate(primaries) if answers[s]["ballot_stuffing"] == "no"]
    from_stuffed = min(len(stuffed), round(DISCREPANCY_WITH_STUFFING * total))
    pick = sorted(stuffed, key=lambda i: (-latent[i], i))[:from_stuffed]
    pick += sorted(clean, key=lambda i: (-latent[i], i))[: total - from_stuffed]
    return {primaries[i] for i in pick}


def capped_allocation(weights, caps, total):
    """Integers x_i <= caps[i], proportional to weights where no cap binds,
    summing to total (water-filling, then largest remainder)."""
    if sum(caps) < total:
        raise InputError(f"the frame has room for only {sum(caps)} valid votes, "
                         f"{total} are needed")
    amounts = [0.0] * len(weights)
    free = [i for i, w in enumerate(weights) if w > 0]
    remaining = float(total)
    while True:
        weight_sum = sum(weights[i] for i in free)
        over = [i for i in free if remaining * weights[i] / weight_sum > caps[i]]
        if not over:
            for i in free:
                amounts[i] = remaining * weights[i] / weight_sum
            break
        for i in over:
            amounts[i] = float(caps[i])
            remaining -= caps[i]
        free = [i for i in free if i not in set(over)]
    result = [min(caps[i], math.floor(a)) for i, a in enumerate(amounts)]
    order = sorted(range(len(amounts)),
                   key=lambda i: (-(amounts[i] - math.floor(amounts[i])), i))
    short = total - sum(result)
    for i in order:
        if short == 0:
            break
        if result[i] < caps[i]:
            result[i] += 1
            short -= 1
    assert short == 0
    return result


def split_votes(valid, aliyev_share, minor_mix):
    """Integer votes per station and candidate: row i sums to valid[i], column k
    to CANDIDATES[k]'s total. Expected shares are fitted to both margins by
    iterative proportional fitting, minor candidates are rounded down and their
    column shortfalls given to the largest remainders, Aliyev takes the rest."""
    stations = range(len(valid))
    expected = [[valid[i] * aliyev_share[i]]
                + [valid[i] * (1 - aliyev_share[i]) * m for m in minor_mix[i]]
                for i in stations]
    totals = [t for _, _, t in CANDIDATES]
    for _ in range(200):
        for k, target in enumerate(totals):
            column = sum(expected[i][k] for i in stations)
            for i in stations:
                expected[i][k] *= target / column
        for i in stations:
            row = sum(expected[i])
            if row > 0:
                expected[i] = [x * valid[i] / row for x in expected[i]]
    votes = [[0] + [math.floor(x) for x in expected[i][1:]] for i in stations]
    for k in range(1, len(CANDIDATES)):
        short = totals[k] - sum(votes[i][k] for i in stations)
        order = sorted(stations, key=lambda i: (-(expected[i][k] - math.floor(expected[i][k])), i))
        for i in order:
            if short == 0:
                break
            if sum(votes[i][1:]) < valid[i]:
                votes[i][k] += 1
                short -= 1
        assert short == 0
    for i in stations:
        votes[i][0] = valid[i] - sum(votes[i][1:])
        assert votes[i][0] >= 0
    return votes


def logistic(x):
    return 1.0 / (1.0 + math.exp(-x))


def official_results(stations, primaries, discrepancies, source):
    ids = sorted(stations)
    sampled = set(primaries)
    turnout, inflated = [], []
    for station in ids:
        row = stations[station]
        if row["region"] == "Abroad":
            flag, t = False, 0.55 + 0.3 * source.uniform()
        elif row["type"] == "temporary":
            flag, t = False, 0.88 + 0.12 * source.uniform()
        else:
            if station in sampled:
                flag = station in discrepancies
            else:
                rate = INFLATED_SHARE * (0.8 if row["region"] == "Baku" else 1.1)
                flag = source.uniform() < rate
            if flag:
                t = 0.90 + 0.09 * source.uniform()
            else:
                base = 0.66 if row["region"] == "Baku" else (0.72 if row["urban"] == "urban" else 0.76)
                t = min(0.95, max(0.35, base + 0.06 * source.normal()))
        turnout.append(t)
        inflated.append(flag)

    registered = [stations[s]["registered_voters"] for s in ids]
    invalid = [round(registered[i] * turnout[i] * (0.001 + 0.009 * source.uniform()))
               for i in range(len(ids))]
    caps = [registered[i] - invalid[i] for i in range(len(ids))]
    weights = [max(0.0, registered[i] * turnout[i] - invalid[i]) for i in range(len(ids))]
    valid = capped_allocation(weights, caps, VALID_VOTES)

    opposition = [t for _, _, t in CANDIDATES[1:]]
    opposition_sum = sum(opposition)
    aliyev_share, minor_mix = [], []
    base_logit = math.log(0.9212 / (1 - 0.9212))
    for i, station in enumerate(ids):
        row = stations[station]
        shift = 0.0
        if row["region"] == "Baku":
            shift -= 0.35
        elif row["urban"] == "rural":
            shift += 0.15
        if row["region"] == "Abroad":
            shift -= 0.2
        elif row["type"] == "temporary":
            shift += 1.0
        if inflated[i]:
            shift += 0.8
        aliyev_share.append(logistic(base_logit + shift + 0.35 * source.normal()))
        mix = [t / opposition_sum * source.lognormal(1.0, 0.35) for t in opposition]
        minor_mix.append([m / sum(mix) for m in mix])
    votes = split_votes(valid, aliyev_share, minor_mix)

    results = {}
    for i, station in enumerate(ids):
        results[station] = {
            "registered_voters": registered[i],
            "ballots_cast": valid[i] + invalid[i],
            "votes": votes[i],
        }
    return results


def observer_counts(results, primaries, discrepancies, source):
    counts = {}
    for station in primaries:
        official = results[station]
        registered = official["registered_voters"]
        if station in discrepancies:
            gap = math.ceil((0.21 + 0.21 * source.uniform()) * registered)
            ballots = max(0, official["ballots_cast"] - gap)
        else:
            difference = round((-0.01 + 0.06 * source.uniform()) * registered)
            ballots = min(registered, max(0, official["ballots_cast"] - difference))
        # The count as observed: the opposition candidates' votes as in the protocol, the
        # invalid ballots too, and the rest of the ballots the observers saw for Aliyev, so
        # that ballots added to the official count went to him.
        opposition = official["votes"][1:]
        invalid = official["ballots_cast"] - sum(official["votes"])
        aliyev = max(0, ballots - invalid - sum(opposition))
        ballots = max(ballots, invalid + sum(opposition))
        counts[station] = (registered, ballots, [aliyev] + opposition)
    return counts


POLLS_CLOSE_UTC = 15 * 3600  # 19:00 in Baku (+04:00) on 7 February 2024


def submission_times(stations, primaries, seed):
    """When each observer's report arrived, as KoboToolbox writes _submission_time (UTC,
    no offset). Synthetic, from its own random stream (seed + 1), so that every other
    column is the same with or without it. Minutes after the polls close: Baku 25-65,
    other urban 45-105, rural 70-220, abroad 60-300, temporary stations 30 more, so the
    first reports come from the cities, as on a real election night."""
    source = Source(seed + 1)
    times = {}
    for station in primaries:
        row = stations[station]
        if row["region"] == "Abroad":
            low, spread = 60, 240
        elif row["region"] == "Baku":
            low, spread = 25, 40
        elif row["urban"] == "urban":
            low, spread = 45, 60
        else:
            low, spread = 70, 150
        if row["type"] == "temporary":
            low += 30
        seconds = POLLS_CLOSE_UTC + round((low + spread * source.uniform()) * 60)
        times[station] = (f"2024-02-07T{seconds // 3600:02d}:{seconds // 60 % 60:02d}:"
                          f"{seconds % 60:02d}")
    return times


def write_csv(path, header, rows):
    temporary = path + ".tmp"
    with open(temporary, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(header)
        writer.writerows(rows)
    os.replace(temporary, path)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sample", required=True, help="SAMPLE.csv written by sbo sample")
    parser.add_argument("--frame", default=os.path.join(here, "frame.csv"))
    parser.add_argument("--out-dir", default=here)
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--force", action="store_true", help="overwrite existing outputs")
    arguments = parser.parse_args()
    outputs = [os.path.join(arguments.out_dir, name) for name in ("official.csv", "observations.csv")]
    try:
        for path in outputs:
            if os.path.exists(path) and not arguments.force:
                raise InputError(f"{path}: exists; pass --force to overwrite it")
        stations, primaries = load(arguments.frame, arguments.sample)
        source = Source(arguments.seed)
        answers, latent = answer_indicators(primaries, source)
        discrepancies = choose_discrepancies(primaries, answers, latent)
        results = official_results(stations, primaries, discrepancies, source)
        counts = observer_counts(results, primaries, discrepancies, source)
        check(stations, results, primaries, answers, counts, discrepancies)
        times = submission_times(stations, primaries, arguments.seed)

        vote_columns = [column for column, _, _ in CANDIDATES]
        write_csv(outputs[0],
                  ["station_id", "registered_voters", "ballots_cast"] + vote_columns,
                  [[s, r["registered_voters"], r["ballots_cast"]] + r["votes"]
                   for s, r in sorted(results.items())])
        indicator_columns = [column for column, _, _, _ in INDICATORS]
        write_csv(outputs[1],
                  ["station_id"] + indicator_columns + ["registered_voters", "ballots_cast"]
                  + vote_columns + ["_submission_time"],
                  [[s] + [answers[s][c] for c in indicator_columns] + [counts[s][0], counts[s][1]]
                   + counts[s][2] + [times[s]] for s in primaries])
    except InputError as error:
        print(f"error: {error}", file=sys.stderr)
        sys.exit(65)
    report(results, primaries, answers, counts, discrepancies)


def check(stations, results, primaries, answers, counts, discrepancies):
    assert set(results) == set(stations)
    for k, (_, name, total) in enumerate(CANDIDATES):
        assert sum(r["votes"][k] for r in results.values()) == total, name
    for r in results.values():
        assert sum(r["votes"]) <= r["ballots_cast"] <= r["registered_voters"]
    n = len(primaries)
    for column, percent, _, _ in INDICATORS:
        assert sum(answers[s][column] == "yes" for s in primaries) == nearest_count(percent, n)
    for s in primaries:
        official = results[s]["ballots_cast"] / results[s]["registered_voters"]
        observed = counts[s][1] / counts[s][0]
        assert (official - observed > 0.20) == (s in discrepancies), s


def report(results, primaries, answers, counts, discrepancies):
    registered = sum(r["registered_voters"] for r in results.values())
    ballots = sum(r["ballots_cast"] for r in results.values())
    print(f"official: {len(results)} stations, ballots_cast {ballots} "
          f"({100 * ballots / registered:.2f}% of {registered}), "
          f"invalid {ballots - VALID_VOTES}", file=sys.stderr)
    stuffed = sum(answers[s]["ballot_stuffing"] == "yes" for s in discrepancies)
    observed = sum(c[1] for c in counts.values()) / sum(c[0] for c in counts.values())
    print(f"observations: {len(primaries)} primaries; official turnout > observers' "
          f"count + 20 points at {len(discrepancies)} ({stuffed} with ballot_stuffing); "
          f"observers' unweighted turnout {100 * observed:.2f}%", file=sys.stderr)


if __name__ == "__main__":
    main()
