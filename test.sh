#!/usr/bin/env bash
# The one test command: starts what the tests need (PostgreSQL), builds, checks the migrations,
# runs every test assembly and ends with the line "N passed, N failed".
set -euo pipefail
cd "$(dirname "$0")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

# Browser tests: Debian's Chromium (Playwright never downloads a browser here) and axe-core from npm.
if [ ! -x /usr/bin/chromium ]; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi
npm ci --prefix tests/FiloDiretto.BrowserTests --no-audit --no-fund --loglevel=error >/dev/null

export PG_PORT="${PG_PORT:-55432}"
trap 'bash ci/pg.sh stop' EXIT
bash ci/pg.sh start
export TEST_PG="Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Maximum Pool Size=50"

dotnet tool restore >/dev/null
dotnet build FiloDiretto.slnx -c Debug -warnaserror 2>&1 | tail -n 3
for context in SqliteAppDbContext PostgresAppDbContext; do
  dotnet ef migrations has-pending-model-changes --project src/FiloDiretto --context "$context" --no-build >/dev/null \
    || { echo "The model has changes without a migration for $context: run dotnet ef migrations add." >&2; exit 1; }
done

mkdir -p artifacts
set +e
dotnet test FiloDiretto.slnx --no-build -c Debug "$@" 2>&1 | tee artifacts/test.log
status=${PIPESTATUS[0]}
set -e

if [ "$status" -ne 0 ] && ! grep -q '^Failed!' artifacts/test.log; then
  echo "No test failed, but the run did not succeed (a fixture's set-up or clean-up, or the build): see artifacts/test.log." >&2
fi

# dotnet test prints one summary per assembly; this workplace reads one plain line for all of them.
awk '/^(Passed|Failed)!/ {
       for (i = 1; i <= NF; i++) {
         if ($i == "Passed:") p += $(i + 1)
         if ($i == "Failed:") f += $(i + 1)
         if ($i == "Skipped:") s += $(i + 1)
       }
     }
     END { printf "%d passed, %d failed, %d skipped\n", p, f, s }' artifacts/test.log
exit "$status"
