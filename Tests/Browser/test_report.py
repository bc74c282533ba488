#!/usr/bin/env python3
"""Browser tests of `sbo report`: the bundled data's report rendered by Chromium.

Renders the report of Data/azerbaijan-2024 (with --official, --by region and its codebook) in English,
French and Arabic at 390, 500 and 1280 px and in print (A4), and checks what a reader would see:

- nothing scrolls sideways (document.scrollingElement.scrollWidth <= innerWidth);
- every figure is visible: each headline sentence, each indicator's table row (or card), each
  plot shown at that width and every value printed beside its rows, with a non-empty box inside
  the viewport's width;
- station ids do not wrap;
- the forensics tables become cards on a phone (no header row, each cell labelled) and never
  scroll inside a box; every region panel shows its official ticks with their values;
- French and Arabic translate the forensics and data sections (nothing left as in English);
- the Arabic report mirrors: dir="rtl", headings and sentences end at the right margin, the
  plots' labels stand right of their axis;
- printed on A4 it takes few pages (the fingerprint at about its own size, not the page's width) and
  nothing is wider than the page.

Chromium is Debian's (`apt-get install chromium`), driven by Playwright from PyPI through its
executable path (`CHROMIUM`, default /usr/bin/chromium); `playwright install` is not needed.
The report is made by the debug build (`swift build --product sbo`), or by `SBO` when set.

    python3 Tests/Browser/test_report.py

Exit 0 when every check passes, 1 with the failures listed; 77 (skipped) without Chromium or
Playwright.
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DATA = os.path.join(ROOT, "Data", "azerbaijan-2024")
WIDTHS = (390, 500, 1280)
MAX_PRINTED_PAGES = 9

try:
    from playwright.sync_api import sync_playwright
except ImportError:
    print("test_report.py: skipped: Playwright is not installed (pip install playwright)")
    sys.exit(77)

CHROMIUM = os.environ.get("CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser") or ""
if not CHROMIUM or not os.path.exists(CHROMIUM):
    print("test_report.py: skipped: no chromium (apt-get install chromium, or set CHROMIUM)")
    sys.exit(77)

failures = []
checks = 0


def check(condition, message):
    global checks
    checks += 1
    if not condition:
        failures.append(message)


def sbo_binary():
    if os.environ.get("SBO"):
        return os.environ["SBO"]
    subprocess.run(["swift", "build", "--product", "sbo"], cwd=ROOT, check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    path = subprocess.run(["swift", "build", "--show-bin-path"], cwd=ROOT, check=True,
                          capture_output=True, text=True).stdout.strip()
    return os.path.join(path, "sbo")


def make_report(sbo, language, directory):
    out = os.path.join(directory, f"report-{language}.html")
    run = subprocess.run(
        [sbo, "report", "--sample", os.path.join(DATA, "sample.csv"),
         "--observations", os.path.join(DATA, "observations.csv"),
         "--official", os.path.join(DATA, "official.csv"), "--by", "region",
         "--codebook", os.path.join(DATA, "codebook.csv"),
         "--language", language, "--out", out, "--force"],
        capture_output=True, text=True)
    if run.returncode != 0:
        raise SystemExit(f"sbo report --language {language} failed: {run.stderr}")
    return out


# One script that measures everything a check needs, in the page.
MEASURE = """() => {
  const W = window.innerWidth;
  const box = e => { const r = e.getBoundingClientRect(); return {x: r.left, right: r.right, w: r.width, h: r.height}; };
  const shown = e => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden';
  const lines = e => { const range = document.createRange(); range.selectNodeContents(e);
    const tops = new Set(Array.from(range.getClientRects()).filter(r => r.width > 0).map(r => Math.round(r.top)));
    return tops.size; };
  const textBox = e => { const range = document.createRange(); range.selectNodeContents(e);
    const r = range.getBoundingClientRect(); return {x: r.left, right: r.right, w: r.width, h: r.height}; };
  const plots = Array.from(document.querySelectorAll('svg.forest-plot')).filter(shown);
  return {
    W, scrollWidth: document.scrollingElement.scrollWidth,
    dir: document.documentElement.getAttribute('dir'), lang: document.documentElement.lang,
    bodyPadding: parseFloat(getComputedStyle(document.body).paddingRight),
    bodyBox: box(document.body),
    headlines: Array.from(document.querySelectorAll('ul.headlines li')).map(e => ({text: e.textContent.slice(0, 40), ...textBox(e)})),
    h2: Array.from(document.querySelectorAll('h2')).map(e => {
      const range = document.createRange(); range.selectNodeContents(e);
      const t = range.getBoundingClientRect(); return {text: e.textContent, ...box(e), textLeft: t.left, textRight: t.right}; }),
    rows: Array.from(document.querySelectorAll('#indicators tbody tr, #conditions tbody tr, #turnout tbody tr')).map(e => ({
      text: e.textContent.slice(0, 40), ...box(e),
      cells: Array.from(e.querySelectorAll('td')).filter(shown).map(c => ({text: c.textContent, ...box(c)}))})),
    plots: plots.map(p => ({cls: p.getAttribute('class'), ...box(p),
      rows: Array.from(p.querySelectorAll('g.row')).map(g => {
        const value = g.querySelector('text.value'); const label = g.querySelector('text:not(.value)');
        const dot = g.querySelector('circle.estimate');
        return {name: g.getAttribute('data-name'), value: value ? {text: value.textContent, ...box(value)} : null,
                label: label ? box(label) : null, dot: dot ? box(dot) : null}; })})),
    ids: Array.from(document.querySelectorAll('td.id')).filter(shown).map(e => ({text: e.textContent, lines: lines(e)})),
    forensics: Array.from(document.querySelectorAll('#forensics table')).map(t => ({
      title: (t.previousElementSibling || {}).textContent, ...box(t),
      head: t.tHead ? shown(t.tHead) && getComputedStyle(t.tHead).display !== 'none' : false,
      rows: Array.from(t.tBodies[0].rows).map(r => ({...box(r),
        cells: Array.from(r.cells).map(c => ({text: c.textContent, first: c.classList.contains('first'), ...box(c),
          label: getComputedStyle(c, '::before').content}))}))})),
    scrollBoxes: Array.from(document.querySelectorAll('#forensics, #forensics *')).filter(e => e.scrollWidth > e.clientWidth + 1
      && getComputedStyle(e).overflowX !== 'visible' && !(e instanceof SVGElement)).map(e => e.tagName + '.' + e.className),
    texts: Object.fromEntries(['#forensics h2', '#forensics h3', '#forensics th', '#forensics p.note', '#data li'].map(s =>
      [s, Array.from(document.querySelectorAll(s)).map(e => e.textContent)])),
    ticks: Array.from(document.querySelectorAll('svg[data-domain]')).filter(shown).flatMap(p => {
      const plot = box(p);
      return Array.from(p.querySelectorAll('g.row')).filter(g => g.querySelector('line.official')).map(g => {
        const tick = g.querySelector('line.official').getBoundingClientRect(), value = g.querySelector('tspan.official-value');
        return {domain: p.getAttribute('data-domain'), name: g.getAttribute('data-name'), plot,
                tick: {x: tick.left, right: tick.right, h: tick.height},
                value: value ? {text: value.textContent, ...box(value)} : null}; }); }),
  };
}"""


def check_layout(page, name):
    m = page.evaluate(MEASURE)
    W = m["W"]
    check(m["scrollWidth"] <= W, f"{name}: scrolls sideways: scrollWidth {m['scrollWidth']} > innerWidth {W}")
    check(len(m["headlines"]) >= 3, f"{name}: fewer than 3 headline sentences")
    for h in m["headlines"]:
        check(h["w"] > 0 and h["h"] > 0 and h["x"] >= -0.5 and h["right"] <= W + 0.5,
              f"{name}: headline '{h['text']}' not inside the viewport: {h}")
    check(len(m["rows"]) >= 17 + 8, f"{name}: {len(m['rows'])} indicator and vote rows, expected 25")
    for row in m["rows"]:
        check(row["w"] > 0 and row["h"] > 0 and row["x"] >= -0.5 and row["right"] <= W + 0.5,
              f"{name}: row '{row['text']}' not inside the viewport: {row}")
        for cell in row["cells"]:
            check(cell["w"] > 0 and cell["x"] >= -0.5 and cell["right"] <= W + 0.5,
                  f"{name}: cell '{cell['text']}' of row '{row['text']}' outside the viewport")
    check(len(m["plots"]) >= 4 + 15, f"{name}: {len(m['plots'])} plots shown, expected 19")
    kinds = {("narrow" if "narrow" in p["cls"] else "wide") for p in m["plots"] if "wide" in p["cls"] or "narrow" in p["cls"]}
    expected = {"narrow"} if W <= 640 else {"wide"}
    check(kinds == expected, f"{name}: plots shown {kinds}, expected {expected}")
    for plot in m["plots"]:
        check(plot["w"] > 0 and plot["x"] >= -0.5 and plot["right"] <= W + 0.5,
              f"{name}: plot {plot['cls']} outside the viewport: {plot}")
        for row in plot["rows"]:
            value = row["value"]
            check(value is not None and value["w"] > 0 and value["text"].strip() != "",
                  f"{name}: plot row {row['name']} has no value printed")
            if value:
                check(value["x"] >= plot["x"] - 0.5 and value["right"] <= plot["right"] + 0.5,
                      f"{name}: value '{value['text']}' of {row['name']} leaves its plot")
    for station in m["ids"]:
        check(station["lines"] == 1, f"{name}: station id {station['text']} wraps over {station['lines']} lines")
    check_forensics(m, name)
    check_ticks(m, name)
    return m


def check_forensics(m, name):
    """The forensics tables: every cell inside the viewport, none scrolling inside a box; on a
    phone cards (no header row, every cell but the card's heading labelled by its column)."""
    W = m["W"]
    check(len(m["forensics"]) == 5, f"{name}: {len(m['forensics'])} forensics tables, expected 5")
    check(not m["scrollBoxes"], f"{name}: forensics scrolls inside a box: {m['scrollBoxes'][:3]}")
    for table in m["forensics"]:
        check(table["head"] == (W > 640), f"{name}: forensics table '{table['title']}': header row shown={table['head']} at {W} px")
        for row in table["rows"]:
            for cell in row["cells"]:
                check(cell["w"] > 0 and cell["x"] >= -0.5 and cell["right"] <= W + 0.5,
                      f"{name}: forensics cell '{cell['text']}' of '{table['title']}' outside the viewport: {cell}")
                if W <= 640 and not cell["first"]:
                    check(cell["label"] not in ("none", "normal", '""'),
                          f"{name}: forensics cell '{cell['text']}' of '{table['title']}' has no label on its card")


def check_ticks(m, name):
    """Every region panel marks the official figures of turnout and the 7 candidates: a tick
    of some height inside the panel and its value printed beside the interval."""
    ticks = m["ticks"]
    check(len(ticks) == 15 * 8, f"{name}: {len(ticks)} official ticks in the region panels, expected 120")
    for t in ticks:
        plot = t["plot"]
        check(t["tick"]["h"] > 2 and plot["x"] - 0.5 <= t["tick"]["x"] and t["tick"]["right"] <= plot["right"] + 0.5,
              f"{name}: the official tick of {t['name']} in {t['domain']} is not drawn inside its panel")
        value = t["value"]
        check(value is not None and value["w"] > 0 and value["text"].strip(" ·") != ""
              and value["x"] >= plot["x"] - 0.5 and value["right"] <= plot["right"] + 0.5,
              f"{name}: the official value of {t['name']} in {t['domain']} is not printed inside its panel: {value}")


def check_translated(m, english, name):
    """The forensics and data sections in the page's language: no heading, column heading,
    note or data sentence left as in English (but "p")."""
    for selector, texts in m["texts"].items():
        originals = english["texts"][selector]
        check(len(texts) == len(originals) and texts, f"{name}: {selector}: {len(texts)} texts, English has {len(originals)}")
        untranslated = [t for t, o in zip(texts, originals) if t == o and t != "p"]
        check(not untranslated, f"{name}: {selector} not translated: {untranslated[:3]}")


def check_mirrored(m, name):
    W = m["W"]
    check(m["dir"] == "rtl" and m["lang"] == "ar", f"{name}: dir={m['dir']} lang={m['lang']}, expected rtl/ar")
    right_margin = m["bodyBox"]["right"] - m["bodyPadding"]
    for h in m["h2"][:4]:
        check(abs(h["textRight"] - right_margin) <= 2, f"{name}: heading '{h['text']}' ends at {h['textRight']:.1f}, not at the right margin {right_margin:.1f}")
    for plot in m["plots"]:
        for row in plot["rows"]:
            if row["label"] and row["dot"] and "narrow" not in plot["cls"]:
                check(row["label"]["x"] >= row["dot"]["right"] - 0.5,
                      f"{name}: the label of {row['name']} is not right of its dot in {plot['cls']}")


def check_unmirrored(m, name):
    left_margin = m["bodyBox"]["x"] + m["bodyPadding"]
    for h in m["h2"][:4]:
        check(abs(h["textLeft"] - left_margin) <= 2, f"{name}: heading '{h['text']}' starts at {h['textLeft']:.1f}, not at the left margin {left_margin:.1f}")


def negative_control(browser, path):
    """The same checks must reject a page that is too wide for a phone: a plot forced to
    600 px and a table whose cells do not wrap."""
    global failures
    kept = failures
    failures = []
    page = browser.new_page(viewport={"width": 390, "height": 900})
    page.goto("file://" + path)
    page.add_style_tag(content="figure svg.narrow{min-width:600px} table.stack td{white-space:nowrap} #summary li{white-space:nowrap}")
    check_layout(page, "negative control")
    page.close()
    caught = failures
    failures = kept
    check(any("scrolls sideways" in f for f in caught) and any("headline" in f for f in caught)
          and any("plot" in f for f in caught),
          f"negative control: a page too wide for a phone was not rejected ({[c[:100] for c in caught]})")
    # The forensics tables as they were: wide tables scrolling inside a box, no cards.
    failures = []
    page = browser.new_page(viewport={"width": 390, "height": 900})
    page.goto("file://" + path)
    page.add_style_tag(content="#forensics table.stack thead{display:table-header-group} #forensics table.stack tr{display:table-row} #forensics table.stack td{display:table-cell;width:auto} #forensics table.stack td::before{content:none} #forensics table{min-width:600px}")
    page.evaluate("""() => document.querySelectorAll('#forensics table').forEach(t => {
        const box = document.createElement('div'); box.style.overflowX = 'auto'; t.replaceWith(box); box.appendChild(t); })""")
    check_layout(page, "negative control")
    page.close()
    caught = failures
    failures = kept
    check(any("scrolls inside a box" in f for f in caught) and any("header row" in f for f in caught),
          f"negative control: forensics tables in a scroll box were not rejected ({[c[:100] for c in caught]})")


def printed_pages(pdf):
    return len(re.findall(rb"/Type\s*/Page[^s]", pdf))


def main():
    sbo = sbo_binary()
    with tempfile.TemporaryDirectory() as directory:
        reports = {language: make_report(sbo, language, directory) for language in ("en", "fr", "ar")}
        english = {}
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
            for language, path in reports.items():
                for width in WIDTHS:
                    page = browser.new_page(viewport={"width": width, "height": 900})
                    page.goto("file://" + path)
                    name = f"{language} at {width} px"
                    m = check_layout(page, name)
                    (check_mirrored if language == "ar" else check_unmirrored)(m, name)
                    if language == "en":
                        english[width] = m
                    else:
                        check_translated(m, english[width], name)
                    page.close()
                page = browser.new_page(viewport={"width": 794, "height": 1123})
                page.goto("file://" + path)
                page.emulate_media(media="print")
                m = page.evaluate(MEASURE)
                check(m["scrollWidth"] <= m["W"], f"{language} in print: wider than the page ({m['scrollWidth']} > {m['W']})")
                kinds = {("narrow" if "narrow" in p["cls"] else "wide") for p in m["plots"] if "wide" in p["cls"] or "narrow" in p["cls"]}
                check(kinds == {"wide"}, f"{language} in print: plots shown {kinds}, expected the wide ones")
                # The fingerprint prints at about its own size, not the page's width (a third of a page).
                share = page.evaluate("() => { const s = document.querySelector('figure.fingerprint svg');"
                                      " return s ? s.getBoundingClientRect().width / window.innerWidth : null; }")
                check(share is not None and share <= 0.65, f"{language} in print: the fingerprint takes {share} of the width")
                pdf = page.pdf(format="A4", print_background=True)
                pages = printed_pages(pdf)
                check(1 <= pages <= MAX_PRINTED_PAGES, f"{language} in print: {pages} A4 pages, expected at most {MAX_PRINTED_PAGES}")
                print(f"test_report.py: {language}: printed on {pages} A4 pages")
                page.close()
            negative_control(browser, reports["en"])
            browser.close()
    if failures:
        print(f"test_report.py: {len(failures)} of {checks} checks failed:")
        for failure in failures[:40]:
            print("  " + failure)
        return 1
    print(f"test_report.py: all {checks} checks passed (en, fr and ar at {', '.join(map(str, WIDTHS))} px and in print)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
