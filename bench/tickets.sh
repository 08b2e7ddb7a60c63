#!/usr/bin/env bash
# Verifies the same signed tickets with three implementations on this machine, one core each:
#   livepeer-orleans  our full receive check (TicketReceiver.Receive), bench/Bench verify-tickets
#   ethers.js         hash + recoverAddress + signer check + win test, bench/node/verify-ethers.mjs
#   C floor           libsecp256k1 parse + recover + serialize only, bench/native/recover_loop.c
# and prints tickets verified per second per core with the ratios the issue asks about.
#
# Environment knobs: COUNT (tickets, 10000), PER_PAYMENT (tickets per Receive call, 10),
# ROUNDS (timed passes per run for ours and C, 10), REPEATS (runs of ours and C, 3),
# NODE_ROUNDS (passes per ethers.js run, 2), NODE_REPEATS (ethers.js runs, 1), CORE (pinned core, 1).
set -euo pipefail
cd "$(dirname "$0")/.."

COUNT=${COUNT:-10000}
PER_PAYMENT=${PER_PAYMENT:-10}
ROUNDS=${ROUNDS:-10}
REPEATS=${REPEATS:-3}
NODE_ROUNDS=${NODE_ROUNDS:-2}
NODE_REPEATS=${NODE_REPEATS:-1}
CORE=${CORE:-1}
OUT=bench/out
mkdir -p "$OUT"

echo "== build (Release)"
dotnet build bench/Bench -c Release --nologo -v quiet -clp:ErrorsOnly
BENCH=(dotnet bench/Bench/bin/Release/net10.0/Livepeer.Bench.dll)

echo "== generate $COUNT tickets"
"${BENCH[@]}" generate-tickets "$OUT/tickets.bin" "$COUNT" "$PER_PAYMENT"

echo "== compile the C floor"
if [[ ! -f /usr/include/secp256k1_recovery.h && ! -f /usr/local/include/secp256k1_recovery.h ]]; then
  echo "secp256k1_recovery.h not found: install the libsecp256k1 headers (Debian/Ubuntu: apt-get install libsecp256k1-dev)" >&2
  exit 1
fi
gcc -O2 -o "$OUT/recover_loop" bench/native/recover_loop.c -lsecp256k1

echo "== node tools"
if ! command -v node >/dev/null; then
  echo "node not found: install Node.js 20+ (Debian: apt-get install nodejs npm)" >&2
  exit 1
fi
if [[ ! -d tools/node/node_modules/ethers ]]; then
  npm install --prefix tools/node --no-audit --no-fund
fi

PIN=()
if command -v taskset >/dev/null && taskset -c "$CORE" true 2>/dev/null; then
  PIN=(taskset -c "$CORE")
  echo "== pinned to core $CORE"
else
  echo "== taskset unavailable or core $CORE missing: runs are not pinned"
fi

# run NAME CMD...: runs a verifier, checks it accepted every ticket, appends its wall-clock and
# CPU-time rates to NAME's lists, and checks the winner counts agree.
declare -A WALL CPU
run() {
  local name=$1; shift
  local line
  if ! line=$("${PIN[@]}" "$@"); then
    echo "$name failed or rejected tickets: $line" >&2
    exit 1
  fi
  echo "   $line"
  WALL[$name]="${WALL[$name]:-} $(grep -o '"perSecondPerCore":[0-9.]*' <<<"$line" | cut -d: -f2)"
  CPU[$name]="${CPU[$name]:-} $(grep -o '"cpuPerSecondPerCore":[0-9.]*' <<<"$line" | cut -d: -f2)"
  local wins
  wins=$(grep -o '"wins":[0-9]*' <<<"$line" | cut -d: -f2 || true)
  if [[ -n $wins ]]; then
    if [[ -n ${WINS:-} && $wins != "$WINS" ]]; then
      echo "$name counts $wins winning tickets, another verifier counted $WINS" >&2
      exit 1
    fi
    WINS=$wins
  fi
}

echo "== verify ($REPEATS runs x $ROUNDS rounds for ours and C, $NODE_REPEATS x $NODE_ROUNDS for ethers.js; each run reports its best round)"
for ((i = 1; i <= REPEATS; i++)); do
  run c "$OUT/recover_loop" "$OUT/tickets.bin" "$ROUNDS"
  run ours "${BENCH[@]}" verify-tickets "$OUT/tickets.bin" "$ROUNDS"
done
for ((i = 1; i <= NODE_REPEATS; i++)); do
  run ethers node bench/node/verify-ethers.mjs "$OUT/tickets.bin" "$NODE_ROUNDS"
done
echo "(all verifiers accepted all $COUNT tickets; ours and ethers.js agree on $WINS winners)"

best() { tr ' ' '\n' <<<"$1" | grep . | sort -g | tail -1; }
worst() { tr ' ' '\n' <<<"$1" | grep . | sort -g | head -1; }

# table KIND LIST...: one table for the wall-clock or the CPU-time rates.
table() {
  local kind=$1
  local -n rates=$2
  local c e
  c=$(best "${rates[c]}")
  e=$(best "${rates[ethers]}")
  echo
  echo "tickets verified per second, one core, by $kind (best run; min..max over runs)"
  printf '%-32s %15s %19s %11s %13s\n' "impl" "tickets/s/core" "runs min..max" "vs C floor" "vs ethers.js"
  local name label
  for name in ours ethers c; do
    case $name in
      ours) label="livepeer-orleans (full check)" ;;
      ethers) label="ethers.js $ETHERS_VERSION" ;;
      c) label="C libsecp256k1 recover (floor)" ;;
    esac
    awk -v l="$label" -v b="$(best "${rates[$name]}")" -v w="$(worst "${rates[$name]}")" -v c="$c" -v e="$e" \
      'BEGIN { printf "%-32s %15.0f %9.0f..%-9.0f %10.1f%% %12.1fx\n", l, b, w, b, 100 * b / c, b / e }'
  done
  awk -v o="$(best "${rates[ours]}")" -v c="$c" -v e="$e" 'BEGIN {
    printf "goals: ours >= 80%% of the C floor: %s (%.1f%%); ours >= 5x ethers.js: %s (%.1fx)\n",
      (o >= 0.8 * c ? "met" : "NOT met"), 100 * o / c, (o >= 5 * e ? "met" : "NOT met"), o / e }'
}
ETHERS_VERSION=$(cd tools/node && node -p "require('ethers').version")
table "wall clock" WALL
table "process CPU time" CPU
