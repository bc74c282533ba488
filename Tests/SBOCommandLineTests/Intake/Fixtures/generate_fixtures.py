#!/usr/bin/env python3
"""Writes the election-night intake fixtures from Data/azerbaijan-2024/observations.csv.

Every fixture is the same 105 observations exported the way observers' tools write them, so
that `IntakeTests` can check that each clean-equivalent export gives the clean file's estimates
to 1e-12, and that each problem export gives the SPEC's error (or the option's result).
Deterministic: no randomness; run from anywhere:

    python3 Tests/SBOCommandLineTests/Intake/Fixtures/generate_fixtures.py [OUTPUT_DIR]

(OUTPUT_DIR defaults to this directory; `IntakeTests.fixturesAreWhatTheGeneratorWrites`
writes them to a temporary directory and compares byte for byte.)

Files (all UTF-8):
- kobo.csv            KoboToolbox "CSV (legacy)" export: `;`, BOM, CRLF, group paths
                      (station_info/, checklist/, count/), the metadata columns Kobo adds, and
                      answers exported as Azerbaijani labels (Bəli/Xeyr, some written NFD).
- odk-central.csv     ODK Central CSV: `-` group separators, SubmissionDate first, KEY, meta-instanceID,
                      SubmitterID, ... FormVersion; answers 1/0 and 1.0/0.0.
- excel.csv           Excel "CSV UTF-8 (comma delimited)": BOM, CRLF, flat headers,
                      answers Да/Нет (Russian) with stray spaces.
- multilingual.csv    one language per row, cycling through oui/non, sí/no, sim/não, да/нет,
                      так/ні, bəli/xeyr, hə/yox, evet/hayır, კი/არა, այո/ոչ, نعم/لا, TRUE/FALSE,
                      in mixed letter case, some NFD.
- kobo-resubmitted.csv    kobo.csv plus a byte-identical copy of one row and a resubmission of
                          another with the same answers (new _id, _uuid, _submission_time).
- kobo-conflicting.csv    kobo.csv plus later resubmissions of 3 stations with different answers.
- kobo-conflicting-latest.csv  the flat file that keeping the latest submissions gives.
- kobo-typos.csv          kobo.csv with unreadable answers (yse, "nо" with a Cyrillic o, Bəlii).
- kobo-typos-as-missing.csv    the flat file with those cells empty.
- kobo-impossible.csv     kobo.csv with impossible counts at 3 stations.
- kobo-impossible-excluded.csv the flat file with those stations' counts empty.
- kobo-codebook.csv       a codebook for kobo.csv: labels, polarity, extra answer words.
- official-with-total.csv the first 200 stations of official.csv, a blank-id row and a TOTAL line.
"""
import csv
import io
import os
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
DATA = os.path.join(ROOT, "Data", "azerbaijan-2024")
OUT = sys.argv[1] if len(sys.argv) > 1 else HERE


def read(name):
    with open(os.path.join(DATA, name), newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    return rows[0], rows[1:]


HEADER, ROWS = read("observations.csv")
INDICATORS = HEADER[1:18]
COUNTS = HEADER[18:]


def write(name, header, rows, delimiter=",", bom=False, crlf=False):
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n" if crlf else "\n")
    writer.writerow(header)
    writer.writerows(rows)
    data = buffer.getvalue().encode("utf-8")
    with open(os.path.join(OUT, name), "wb") as f:
        f.write((b"\xef\xbb\xbf" if bom else b"") + data)


def nfd(text):
    return unicodedata.normalize("NFD", text)


def time(i, minutes=0):
    """Submission time of row i: from 16:05 UTC on 7 February 2024, a few minutes apart."""
    total = 5 + 3 * i + minutes
    return "2024-02-07T%02d:%02d:%02d" % (16 + total // 60, total % 60, (7 * i) % 60)


# KoboToolbox ----------------------------------------------------------------------------
KOBO_HEADER = (
    ["start", "end", "today", "deviceid", "station_info/station_id"]
    + ["checklist/" + name for name in INDICATORS]
    + ["count/" + name for name in COUNTS]
    + ["__version__", "_id", "_uuid", "_submission_time", "_validation_status", "_notes",
       "_tags", "_index"]
)


def kobo_answer(value, i):
    word = "Bəli" if value == "yes" else "Xeyr"
    return nfd(word) if i % 4 == 0 else word


def kobo_row(row, i, resubmission=0):
    return (
        ["2024-02-07T%02d:00:00.000+04:00" % (8 + i % 10), time(i, 2) + ".000+04:00", "2024-02-07",
         "collect:%016X" % (0x1234ABCD + i), row[0]]
        + [kobo_answer(v, i) for v in row[1:18]]
        + row[18:]
        + ["vGqz5rMAXd8tR2", str(300000 + i + 1000 * resubmission),
           "%08x-4f3a-4c1e-9b7a-%012x" % (0xA1B2C3 + i, i + 1000 * resubmission),
           time(i, 60 * resubmission), "validation_status_approved" if i % 3 else "", "[]", "[]",
           str(i + 1)]
    )


KOBO_ROWS = [kobo_row(row, i) for i, row in enumerate(ROWS)]
write("kobo.csv", KOBO_HEADER, KOBO_ROWS, delimiter=";", bom=True, crlf=True)

# ODK Central ----------------------------------------------------------------------------
ODK_HEADER = (
    ["SubmissionDate", "station_info-station_id"]
    + ["checklist-" + name for name in INDICATORS]
    + ["count-" + name for name in COUNTS]
    + ["meta-instanceID", "KEY", "SubmitterID", "SubmitterName", "AttachmentsPresent",
       "AttachmentsExpected", "Status", "ReviewState", "DeviceID", "Edits", "FormVersion"]
)
ODK_ROWS = []
for i, row in enumerate(ROWS):
    yes, no = ("1", "0") if i % 2 else ("1.0", "0.0")
    uuid = "uuid:%08x-77aa-4b2c-8d3e-%012x" % (0xBEEF00 + i, i)
    ODK_ROWS.append(
        [time(i) + ".%03dZ" % (i % 1000), row[0]]
        + [yes if v == "yes" else no for v in row[1:18]]
        + row[18:]
        + [uuid, uuid, str(12 + i % 7), "observer%02d" % (i % 7), "0", "0", "", "approved" if i % 5 else "",
           "collect:%016X" % (0x9876 + i), "0", "2024020701"]
    )
write("odk-central.csv", ODK_HEADER, ODK_ROWS, crlf=True)

# Excel "CSV UTF-8" ----------------------------------------------------------------------
EXCEL_ROWS = [[row[0]] + [(" Да" if v == "yes" else "Нет ") for v in row[1:18]] + row[18:] for row in ROWS]
write("excel.csv", HEADER, EXCEL_ROWS, bom=True, crlf=True)

# Multilingual ---------------------------------------------------------------------------
LANGUAGES = [
    ("oui", "non"), ("Sí", "No"), (nfd("sí"), "no"), ("si", "NO"), ("sim", "não"), ("SIM", nfd("NÃO")),
    ("да", "нет"), ("Так", "Ні"), ("bəli", "xeyr"), ("BƏLİ", "XEYR"), ("hə", "yox"), ("evet", "hayır"),
    ("EVET", "HAYIR"), ("კი", "არა"), ("այո", "ոչ"), ("نعم", "لا"), ("TRUE", "FALSE"), ("Y", "N"),
]
MULTI_ROWS = []
for i, row in enumerate(ROWS):
    yes, no = LANGUAGES[i % len(LANGUAGES)]
    MULTI_ROWS.append([row[0]] + [yes if v == "yes" else no for v in row[1:18]] + row[18:])
write("multilingual.csv", HEADER, MULTI_ROWS)

# Resubmissions --------------------------------------------------------------------------
resubmitted = KOBO_ROWS + [KOBO_ROWS[4], kobo_row(ROWS[9], 9, resubmission=1)]
write("kobo-resubmitted.csv", KOBO_HEADER, resubmitted, delimiter=";", bom=True, crlf=True)

CONFLICTS = {2: ("ballot_stuffing", "ballots_cast"), 10: ("late_opening",), 20: ("secrecy_ok",)}
latest = [list(row) for row in ROWS]
extra = []
for i, columns in sorted(CONFLICTS.items()):
    changed = list(ROWS[i])
    for column in columns:
        j = HEADER.index(column)
        if column == "ballots_cast":  # 40 fewer ballots, all of them the leader's votes
            changed[j] = str(int(changed[j]) - 40)
            k = HEADER.index("votes_aliyev")
            changed[k] = str(int(changed[k]) - 40)
        else:
            changed[j] = "no" if changed[j] == "yes" else "yes"
    latest[i] = changed
    extra.append(kobo_row(changed, i, resubmission=1))
write("kobo-conflicting.csv", KOBO_HEADER, KOBO_ROWS + extra, delimiter=";", bom=True, crlf=True)
write("kobo-conflicting-latest.csv", HEADER, latest)

# Typos ----------------------------------------------------------------------------------
TYPOS = {(3, "ballot_stuffing"): "yse", (7, "late_opening"): "n\u043e", (15, "secrecy_ok"): "Bəlii"}
typo_rows = [list(row) for row in KOBO_ROWS]
missing_rows = [list(row) for row in ROWS]
for (i, column), value in TYPOS.items():
    typo_rows[i][KOBO_HEADER.index("checklist/" + column)] = value
    missing_rows[i][HEADER.index(column)] = ""
write("kobo-typos.csv", KOBO_HEADER, typo_rows, delimiter=";", bom=True, crlf=True)
write("kobo-typos-as-missing.csv", HEADER, missing_rows)

# Impossible counts ------------------------------------------------------------------------
impossible = [list(row) for row in KOBO_ROWS]
excluded = [list(row) for row in ROWS]
b = KOBO_HEADER.index("count/ballots_cast")
impossible[5][b] = "8400"                                   # above registered voters
v = KOBO_HEADER.index("count/votes_oruj")
impossible[12][v] = str(int(impossible[12][b]))            # votes sum above ballots cast
impossible[30][b] = "12.5"                                  # not a whole number
for i in (5, 12, 30):
    for column in ["ballots_cast", "registered_voters"] + [c for c in COUNTS if c.startswith("votes_")]:
        excluded[i][HEADER.index(column)] = ""
write("kobo-impossible.csv", KOBO_HEADER, impossible, delimiter=";", bom=True, crlf=True)
write("kobo-impossible-excluded.csv", HEADER, excluded)

# Codebook -------------------------------------------------------------------------------
codebook = [["station_info/station_id", "station_id", "", "", "", ""]]
for name in INDICATORS:
    good = name.endswith("_ok")
    codebook.append(["checklist/" + name, "indicator", name.replace("_", " ").capitalize(),
                     "good" if good else "irregularity", "", ""])
for name in COUNTS:
    meaning = ("votes:" + name[len("votes_"):]) if name.startswith("votes_") else name
    codebook.append(["count/" + name, meaning, "", "", "", ""])
codebook.append(["_notes", "ignore", "", "", "", ""])
write("kobo-codebook.csv", ["column", "meaning", "label", "polarity", "yes", "no"], codebook)

# Official results with a total line ------------------------------------------------------
OFFICIAL_HEADER, OFFICIAL_ROWS = read("official.csv")
head = [list(row) for row in OFFICIAL_ROWS[:200]]
totals = ["TOTAL"] + [str(sum(int(row[j]) for row in head)) for j in range(1, len(OFFICIAL_HEADER))]
blank = [""] + head[0][1:]
write("official-with-total.csv", OFFICIAL_HEADER, head[:100] + [blank] + head[100:] + [totals])
