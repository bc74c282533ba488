#!/bin/sh
# Builds a libFuzzer target over the library's sources and runs it.
#
#   Fuzz/run.sh csv|manifest SECONDS [extra libFuzzer options...]
#
# Builds into .build-fuzz/ (git-ignored) with -sanitize=fuzzer,address, copies the committed
# seed corpus Fuzz/corpus/TARGET into .build-fuzz/corpus-TARGET (the fuzzer adds what it finds
# there, the committed seeds stay small), and runs for SECONDS seconds on one process.
# Crashes, leaks and slow inputs are written to .build-fuzz/findings-TARGET/. Needs a Swift
# toolchain with libFuzzer (swift.org toolchains on Linux have it; Xcode's does not).
set -eu
cd "$(dirname "$0")/.."
target=${1:?usage: Fuzz/run.sh csv|manifest SECONDS}
seconds=${2:?usage: Fuzz/run.sh csv|manifest SECONDS}
shift 2
case $target in
    csv) source=Fuzz/CSVFuzzTarget.swift ;;
    manifest) source=Fuzz/ManifestFuzzTarget.swift ;;
    *) echo "error: unknown target '$target'; use csv or manifest" >&2; exit 64 ;;
esac
build=.build-fuzz
mkdir -p "$build/findings-$target" "$build/corpus-$target"
binary=$build/fuzz-$target
if [ ! -x "$binary" ] || [ -n "$(find Sources/SBO "$source" -newer "$binary" -name '*.swift' | head -1)" ]; then
    echo "building $binary" >&2
    # -O so the fuzzer runs many inputs a second; -parse-as-library because the target
    # defines no main (libFuzzer provides it). Overflow and bounds checks stay on.
    swiftc -O -sanitize=fuzzer,address -parse-as-library -module-name SBOFuzz \
        $(find Sources/SBO -name '*.swift' | sort) "$source" -o "$binary"
fi
cp Fuzz/corpus/$target/* "$build/corpus-$target/"
# -timeout=10 turns a hang into a finding; -report_slow_units=1 lists inputs slower than 1 s;
# -rss_limit_mb keeps one fuzzer's memory far below the machine's.
# The Swift runtime's backtracer is turned off: it fights AddressSanitizer for the crash,
# while libFuzzer prints the stack and saves the input itself.
SWIFT_BACKTRACE=${SWIFT_BACKTRACE:-enable=no} exec "$binary" "$build/corpus-$target" -max_total_time="$seconds" \
    -timeout=10 -report_slow_units=1 -rss_limit_mb=2048 -max_len=4096 \
    -artifact_prefix="$build/findings-$target/" -print_final_stats=1 "$@"
