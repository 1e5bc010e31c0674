#!/usr/bin/env bash
# Runs one libFuzzer harness of zhiban's file readers for a given time.
#
#   Fuzz/run.sh PARSER SECONDS [libFuzzer options…]      PARSER: csv, tables, toml, xlsx, or all (one after the other)
#
# Builds ZhibanModel, ZhibanStorage and ZIPFoundation instrumented for libFuzzer and
# AddressSanitizer into .build-fuzz/, links Fuzz/Harnesses/PARSER.swift against them, and fuzzes,
# starting from the seeds in Fuzz/corpus/PARSER/. New inputs go to fuzz-out/PARSER/corpus, crashes
# to fuzz-out/PARSER/crashes (both ignored by git). Reproduce a crash with
#   .build-fuzz/fuzz-PARSER fuzz-out/PARSER/crashes/crash-…
# Not part of CI: see Docs/reliability.md.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ $# -lt 2 ]; then
    echo "usage: Fuzz/run.sh PARSER SECONDS [libFuzzer options]   (PARSER: $(ls Fuzz/Harnesses | sed 's/\.swift$//' | tr '\n' ' '))" >&2
    exit 64
fi
parser=$1
seconds=$2
shift 2
if [ "$parser" = all ]; then
    for harness in Fuzz/Harnesses/*.swift; do
        "$0" "$(basename "$harness" .swift)" "$seconds" "$@" || exit $?
    done
    exit 0
fi
harness=Fuzz/Harnesses/$parser.swift
[ -f "$harness" ] || { echo "no harness $harness" >&2; exit 64; }

build=.build-fuzz
products=$build/release
swift build --build-path "$build" -c release --target ZhibanStorage \
    -Xswiftc -sanitize=fuzzer,address -Xcc -fsanitize=fuzzer-no-link,address
swiftc -sanitize=fuzzer,address -parse-as-library -Onone "$harness" Fuzz/Support/*.swift -o "$build/fuzz-$parser" \
    -I "$products/Modules" -Xcc -fmodule-map-file="$build/checkouts/ZIPFoundation/Sources/CZLib/module.modulemap" \
    "$products"/ZhibanModel.build/*.o "$products"/ZhibanStorage.build/*.o "$products"/ZIPFoundation.build/*.o \
    -lz   # -Onone: a failed precondition prints its message

leaks=()

# FoundationXML (the toolchain's) leaks the CFError it makes for each XML parse error
# (_CFErrorCreateFromXMLInterface): a few dozen bytes per malformed part, not ours to fix. The
# memory limit stays at libFuzzer's 2 GB, which bounds what a workbook may cost.
if [ "$parser" = xlsx ]; then
    leaks=(-detect_leaks=0 -timeout=20)   # a never-ending deflate stream is given up after 10 s (WorkbookArchive)
    export ASAN_OPTIONS=detect_leaks=0
fi

out=fuzz-out/$parser
mkdir -p "$out/corpus" "$out/crashes"
# Swift's own crash backtracer fights AddressSanitizer over the crashed process: leave it to libFuzzer.
export SWIFT_BACKTRACE=enable=no
exec "$build/fuzz-$parser" -max_total_time="$seconds" -timeout=10 -print_final_stats=1 \
    -artifact_prefix="$out/crashes/" "${leaks[@]}" "$@" "$out/corpus" "Fuzz/corpus/$parser"
