#!/bin/sh
# Renders the report of the bundled data with headless Chromium, so that a person can look at
# it: docs/report.png (desktop width) and docs/report-phone.png (a phone's width), and
# docs/report.pdf (printed on A4) when --pdf is given.
#
#   apt-get install chromium        # Debian/Ubuntu; on macOS set CHROMIUM to Chrome's binary
#   scripts/render-report.sh [--pdf]
#
# Not part of CI: it needs a browser. The report itself is deterministic (same inputs, same
# bytes), so a change in the picture comes from the code or from the browser.
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
"$sbo" report --sample "$data/sample.csv" --observations "$data/observations.csv" \
    --official "$data/official.csv" --by region \
    --title "Early presidential election, 7 February 2024 (synthetic data)" \
    --out "$work/report.html"

shoot() { # width height output
    "$CHROMIUM" --headless --no-sandbox --disable-gpu --hide-scrollbars --force-device-scale-factor=1 \
        --window-size="$1,$2" --screenshot="$3" "file://$work/report.html" 2>/dev/null
}
mkdir -p docs
shoot 1000 2400 docs/report.png
shoot 390 1600 docs/report-phone.png
if [ "${1:-}" = "--pdf" ]; then
    "$CHROMIUM" --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
        --print-to-pdf=docs/report.pdf "file://$work/report.html" 2>/dev/null
fi
echo "wrote docs/report.png and docs/report-phone.png" >&2
