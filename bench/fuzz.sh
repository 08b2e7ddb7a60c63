#!/usr/bin/env bash
# Fuzzes liblpmedia's input path for a bounded time, two ways:
#   1. libFuzzer (clang, ASan + UBSan over our C sources) on lpm_inspect / lpm_transcode;
#   2. the managed API (NativeTranscoder / NativeSegmentInspector) with a mutation loop
#      (bench/Bench fuzz-transcoder): every call must succeed or throw MediaInputException.
# Seeds are tiny segments generated here. Fails on any crash, sanitizer report, leak or finding.
#
# Knobs: FUZZ_SECONDS (per fuzzer, 60), CLANG (clang-14 or clang).
set -euo pipefail
cd "$(dirname "$0")/.."

FUZZ_SECONDS=${FUZZ_SECONDS:-60}
OUT=bench/out/fuzz
SEEDS="$OUT/seeds"
mkdir -p "$SEEDS" "$OUT/corpus"

CLANG=${CLANG:-$(command -v clang-14 || command -v clang || true)}

echo "== seeds"
gen() { ffmpeg -hide_banner -nostdin -loglevel error -y "$@"; }
gen -f lavfi -i testsrc2=size=96x54:rate=15 -f lavfi -i sine -t 0.4 -c:v libx264 -preset veryfast -g 4 -c:a aac -f mpegts "$SEEDS/av.ts"
gen -f lavfi -i testsrc2=size=96x54:rate=15 -f lavfi -i sine -t 0.4 -c:v libx264 -preset veryfast -g 4 -c:a aac -f mp4 "$SEEDS/av.mp4"
gen -f lavfi -i mandelbrot=size=64x64:rate=10 -t 0.3 -c:v mpeg2video -f mpegts "$SEEDS/mpeg2.ts"
gen -f lavfi -i sine -t 0.3 -c:a aac -f mpegts "$SEEDS/audio.ts"
gen -f lavfi -i testsrc=size=32x32:rate=10 -t 0.3 -c:v libx264 -preset ultrafast -f mp4 -movflags +faststart "$SEEDS/faststart.mp4"

status=0
if [[ -n "$CLANG" ]] && echo 'int LLVMFuzzerTestOneInput(const unsigned char*d,unsigned long n){return 0;}' \
    | "$CLANG" -x c -fsanitize=fuzzer -o /dev/null - 2>/dev/null; then
  echo "== libFuzzer harness ($CLANG)"
  cmake -S src/Media/native -B "$OUT/build" -DCMAKE_C_COMPILER="$CLANG" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DLPMEDIA_FUZZER=ON >/dev/null
  cmake --build "$OUT/build" --target lpmedia_fuzz --parallel 2 >/dev/null
  # Each seed once as inspect (odd first byte) and as transcode to TS and MP4.
  for f in "$SEEDS"/*; do
    for m in 0 1 2; do { printf "\\x$m"; cat "$f"; } >"$OUT/corpus/$(basename "$f").$m"; done
  done
  echo "== libFuzzer for ${FUZZ_SECONDS} s"
  if ! ASAN_OPTIONS=detect_leaks=1 "$OUT/build/lpmedia_fuzz" "$OUT/corpus" -max_total_time="$FUZZ_SECONDS" \
      -timeout=20 -rss_limit_mb=4096 -max_len=300000 -print_final_stats=1 -artifact_prefix="$OUT/" 2>"$OUT/libfuzzer.log"; then
    status=1
    echo "libFuzzer found a problem:" >&2
  fi
  grep -E '^(#[0-9]+.*(DONE|pulse)|stat::number_of_executed_units|stat::peak_rss_mb|SUMMARY|==[0-9]+==ERROR)' "$OUT/libfuzzer.log" | tail -n 8
else
  echo "== no clang with libFuzzer (Debian: apt-get install clang-14 libclang-rt-14-dev): skipping the native harness" >&2
fi

echo "== managed mutation fuzzing for ${FUZZ_SECONDS} s"
dotnet build bench/Bench -c Release --nologo -v quiet -clp:ErrorsOnly
if ! dotnet bench/Bench/bin/Release/net10.0/Livepeer.Bench.dll fuzz-transcoder "$SEEDS" "$FUZZ_SECONDS" "${FUZZ_RANDOM_SEED:-1}"; then
  status=1
fi
exit $status
