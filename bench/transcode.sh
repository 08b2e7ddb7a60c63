#!/usr/bin/env bash
# Per-segment transcode time of our worker (NativeTranscoder over liblpmedia) vs the ffmpeg command line
# doing the same renditions from the same input in one command: 720p30 source -> P240p30fps16x9 +
# P360p30fps16x9, libx264 with the same preset and bit rates, audio copied, MPEG-TS out.
#
# Knobs: SEGMENTS (number of 2 s segments, 24), PRESET (libx264 preset, veryfast).
# Writes bench/out/transcode/segments/*.ts and bench/out/transcode/results.csv.
set -euo pipefail
cd "$(dirname "$0")/.."

SEGMENTS=${SEGMENTS:-24}
PRESET=${PRESET:-veryfast}
OUT=bench/out/transcode
SEGDIR="$OUT/segments"

for tool in ffmpeg ffprobe cmake; do
  command -v "$tool" >/dev/null || { echo "$tool not found: run scripts/setup.sh (Debian: apt-get install ffmpeg cmake)" >&2; exit 1; }
done

echo "== build (Release)"
dotnet build bench/Bench -c Release --nologo -v quiet -clp:ErrorsOnly
BENCH=(dotnet bench/Bench/bin/Release/net10.0/Livepeer.Bench.dll)

if [[ $(find "$SEGDIR" -name '*.ts' 2>/dev/null | wc -l) -ne $SEGMENTS ]]; then
  echo "== generate $SEGMENTS segments of 2 s (testsrc2 1280x720 30 fps + sine, libx264 veryfast, GOP 60, AAC)"
  rm -rf "$SEGDIR" && mkdir -p "$SEGDIR"
  ffmpeg -hide_banner -nostdin -loglevel error -y \
    -f lavfi -i testsrc2=size=1280x720:rate=30 -f lavfi -i sine=frequency=440:sample_rate=48000 \
    -t $((SEGMENTS * 2)) -c:v libx264 -preset veryfast -g 60 -pix_fmt yuv420p -c:a aac -b:a 96k \
    -f segment -segment_time 2 -segment_format mpegts "$SEGDIR/seg%03d.ts"
fi

echo "== machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
"${BENCH[@]}" transcode-vs-ffmpeg "$SEGDIR" "$PRESET" "$OUT/results.csv"
echo "== load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
