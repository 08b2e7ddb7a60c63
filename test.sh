#!/usr/bin/env bash
# Runs every test of the solution. Installs what is missing, builds once, then `dotnet test --no-build`.
# Extra arguments go to `dotnet test` (e.g. --filter FullyQualifiedName~Protocol).
# The last line printed is always "N passed, N failed" (", N skipped" when some were skipped).
set -uo pipefail

if [ "${1:-}" = "-h" ] || [ "${1:-}" = "--help" ]; then
    cat <<'EOF'
Usage: ./test.sh [dotnet test arguments...]

Installs what is missing (Debian packages, node tools), builds Livepeer.Orleans.sln (Release) once and runs
all test projects one after another. Extra arguments are passed to `dotnet test`, for example:
  ./test.sh --filter "FullyQualifiedName~Protocol"
The last line is "N passed, N failed" (plus ", N skipped" if any); the exit code is non-zero when a
test or the build failed. TRX results go to .run/test-results/.
EOF
    exit 0
fi

# shellcheck source=scripts/setup.sh
source "$(dirname "${BASH_SOURCE[0]}")/scripts/setup.sh"
cd "$LP_ROOT" || exit 1

RESULTS_DIR="$LP_RUN_DIR/test-results"

if ! lp_setup || ! lp_build; then
    echo "set-up or build failed: no test ran"
    echo "0 passed, 1 failed"
    exit 1
fi

rm -rf "$RESULTS_DIR"
# -m:1 runs the test projects one after another: the end-to-end tests start real processes on fixed
# ports, and the machine has 2 cores.
dotnet test "$LP_SOLUTION" -c "$LP_CONFIGURATION" --no-build -m:1 \
    --logger trx --results-directory "$RESULTS_DIR" "$@"
rc=$?

# Sums the counters of every project's TRX file.
sum_counter() {
    local total=0 value file
    shopt -s nullglob
    for file in "$RESULTS_DIR"/*.trx; do
        value="$(grep -o "<Counters [^>]*" "$file" | grep -o " $1=\"[0-9]*\"" | grep -o '[0-9]\+')"
        total=$((total + ${value:-0}))
    done
    echo "$total"
}
passed=$(sum_counter passed)
failed=$(( $(sum_counter failed) + $(sum_counter error) + $(sum_counter timeout) + $(sum_counter aborted) ))
skipped=$(sum_counter notExecuted)

if [ "$rc" -ne 0 ] && [ "$failed" -eq 0 ]; then
    echo "dotnet test exited with code $rc without a failed test in its results (a test host crashed or nothing ran)"
    failed=1
fi

line="$passed passed, $failed failed"
[ "$skipped" -gt 0 ] && line="$line, $skipped skipped"
echo "$line"
[ "$rc" -eq 0 ] && [ "$failed" -eq 0 ]
