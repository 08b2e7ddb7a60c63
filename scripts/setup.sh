# shellcheck shell=bash
# Shared set-up for ./run.sh and ./test.sh (sourced, not run): installs what is missing and builds.
# Quiet and quick when everything is already there. Every function returns non-zero with a message on
# stderr when it cannot do its job; the callers decide how to stop.

LP_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
LP_CONFIGURATION="Release"
LP_SOLUTION="$LP_ROOT/Livepeer.Orleans.sln"
LP_RUN_DIR="${LP_RUN_DIR:-$LP_ROOT/.run}"
LP_LOG_DIR="$LP_RUN_DIR/logs"
LP_NODE_DIR="$LP_ROOT/tools/node"
LP_NODE_STAMP="$LP_NODE_DIR/node_modules/.livepeer-install-stamp"

# Debian packages the project needs at run time (libsecp256k1; libavcodec also decodes JPEG uploads for
# inference), to build the media shim (FFmpeg 5.1 headers, libx264 for CPU encoding, CMake with make and a C
# compiler), and for tests (DejaVu fonts: the OCR tests render known text with ffmpeg; Chromium, headless:
# the dashboard test renders the page in a real browser).
LP_APT_PACKAGES=(libsecp256k1-1 ffmpeg libavformat-dev libavcodec-dev libswscale-dev libavfilter-dev libavutil-dev libx264-164
    pkg-config cmake make gcc libc6-dev fonts-dejavu-core chromium)

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
export DOTNET_CLI_UI_LANGUAGE=en

lp_say() { printf '%s\n' "$*"; }
lp_err() { printf 'error: %s\n' "$*" >&2; }

lp_apt_is_installed() {
    [ "$(dpkg-query -W -f='${db:Status-Status}' "$1" 2>/dev/null)" = "installed" ]
}

# Installs the Debian packages that are absent; `apt-get update` runs once, and only if something is missing.
lp_install_apt_packages() {
    local missing=() pkg
    for pkg in "$@"; do
        lp_apt_is_installed "$pkg" || missing+=("$pkg")
    done
    [ "${#missing[@]}" -eq 0 ] && return 0

    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        if command -v sudo >/dev/null 2>&1; then
            sudo=(sudo)
        else
            lp_err "missing Debian packages: ${missing[*]}; run as root or install them with apt-get"
            return 1
        fi
    fi
    mkdir -p "$LP_LOG_DIR"
    local log="$LP_LOG_DIR/apt.log"
    lp_say "setup: installing Debian packages: ${missing[*]} (log: $log)"
    if ! "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q >"$log" 2>&1 \
        || ! "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}" >>"$log" 2>&1; then
        tail -n 20 "$log" >&2
        lp_err "apt-get could not install: ${missing[*]} (full log: $log)"
        return 1
    fi
}

lp_node_stamp_value() {
    cat "$LP_NODE_DIR/package.json" "$LP_NODE_DIR/package-lock.json" 2>/dev/null | sha256sum | cut -d' ' -f1
}

# npm install into tools/node when node_modules is missing or package.json / the lock changed since the last install.
lp_install_node_tools() {
    if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
        lp_install_apt_packages nodejs npm || return 1
    fi
    if [ -d "$LP_NODE_DIR/node_modules" ] && [ -f "$LP_NODE_STAMP" ] \
        && [ "$(cat "$LP_NODE_STAMP")" = "$(lp_node_stamp_value)" ]; then
        return 0
    fi
    mkdir -p "$LP_LOG_DIR"
    local log="$LP_LOG_DIR/npm.log"
    lp_say "setup: npm install --prefix tools/node (log: $log)"
    if ! npm install --prefix "$LP_NODE_DIR" --no-audit --no-fund --loglevel=error >"$log" 2>&1; then
        tail -n 20 "$log" >&2
        lp_err "npm install failed (full log: $log)"
        return 1
    fi
    # Stamp after the install: npm may rewrite the lock file.
    lp_node_stamp_value >"$LP_NODE_STAMP"
}

lp_check_dotnet() {
    if ! command -v dotnet >/dev/null 2>&1; then
        lp_err "the .NET 10 SDK (dotnet) is not on PATH; it is not in Debian's archive: install it, then run again"
        return 1
    fi
    local version major
    version="$(dotnet --version 2>/dev/null)"
    major="${version%%.*}"
    case "$major" in
        '' | *[!0-9]*) major=0 ;;
    esac
    if [ "$major" -lt 10 ]; then
        lp_err "the .NET SDK found is '${version:-unknown}'; this project needs the .NET 10 SDK or newer"
        return 1
    fi
}

# Everything both commands need before building.
lp_setup() {
    lp_install_apt_packages "${LP_APT_PACKAGES[@]}" || return 1
    lp_install_node_tools || return 1
    lp_check_dotnet || return 1
}

# Restores and builds the given projects or solution (default: the solution) in $LP_CONFIGURATION.
# Output goes to $LP_LOG_DIR/build.log; only errors are shown.
lp_build() {
    local targets=("$@") target log="$LP_LOG_DIR/build.log" started=$SECONDS
    [ "${#targets[@]}" -eq 0 ] && targets=("$LP_SOLUTION")
    mkdir -p "$LP_LOG_DIR"
    : >"$log"
    for target in "${targets[@]}"; do
        if ! dotnet build "$target" -c "$LP_CONFIGURATION" -nologo -v:q -clp:NoSummary >>"$log" 2>&1; then
            grep -E ': (error|warning) ' "$log" | sort -u | head -n 40 >&2
            lp_err "build of ${target#"$LP_ROOT"/} failed (full log: $log)"
            return 1
        fi
    done
    lp_say "setup: built ${#targets[@]} target(s) ($LP_CONFIGURATION) in $((SECONDS - started)) s"
}
