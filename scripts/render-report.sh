#!/bin/sh
# Renders the report of the bundled data with headless Chromium, so that a person can look at
# it, and writes the screenshots the README shows:
#   docs/report.png, docs/report-phone.png         English, desktop (1000 px) and phone (390 px)
#   docs/report-az.png, docs/report-az-phone.png   Azerbaijani, the bundled example's language
#   docs/report-ar-phone.png                       Arabic on a phone: the right-to-left layout
# and docs/report.pdf (the English report printed on A4) when --pdf is given.
#
#   apt-get install chromium fonts-noto-core   # Debian/Ubuntu; on macOS set CHROMIUM to Chrome's binary
#   scripts/render-report.sh [--pdf]
#
# The report itself is deterministic (same inputs, same bytes), so a change in the pictures
# comes from the code or from the browser. The browser tests (Tests/Browser/test_report.py,
# run by .ci/run) check the layout; this script is for the eye.
set -eu
cd "$(dirname "$0")/.."
CHROMIUM=${CHROMIUM:-$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)}
if [ -z "$CHROMIUM" ]; then
    echo "render-report.sh: no chromium found; install it (apt-get install chromium) or set CHROMIUM" >&2
    exit 69
fi
data=Data/azerbaijan-2024
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT INT TERM

swift build --product sbo >&2
sbo=$(swift build --show-bin-path)/sbo
report() { # language codebook title
    "$sbo" report --sample "$data/sample.csv" --observations "$data/observations.csv" \
        --official "$data/official.csv" --codebook "$data/$2" --by region --language "$1" --title "$3" \
        --out "$work/report-$1.html" >&2
}
report en codebook.csv "Early presidential election, 7 February 2024 (synthetic data)"
report az codebook-az.csv "Növbədənkənar prezident seçkisi, 7 fevral 2024 (sintetik məlumat)"
report ar codebook.csv "الانتخابات الرئاسية المبكرة، 7 فبراير 2024 (بيانات اصطناعية)"

shoot() { # language width height output
    "$CHROMIUM" --headless --no-sandbox --disable-gpu --hide-scrollbars --force-device-scale-factor=1 \
        --window-size="$2,$3" --screenshot="$4" "file://$work/report-$1.html" 2>/dev/null
}
mkdir -p docs
shoot en 1000 2300 docs/report.png
shoot en 390 2000 docs/report-phone.png
shoot az 1000 2300 docs/report-az.png
shoot az 390 2000 docs/report-az-phone.png
shoot ar 390 2000 docs/report-ar-phone.png
if [ "${1:-}" = "--pdf" ]; then
    "$CHROMIUM" --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
        --print-to-pdf=docs/report.pdf "file://$work/report-en.html" 2>/dev/null
fi
echo "wrote docs/report.png, docs/report-phone.png, docs/report-az.png, docs/report-az-phone.png and docs/report-ar-phone.png" >&2
