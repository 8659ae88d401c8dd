#!/usr/bin/env bash
# Runs the two bench scenarios against a fresh Release server on one engine:
#   bash bench/run.sh sqlite|postgres [seconds]
# The server runs in Production with a new database; PostgreSQL gets its own durable server on port 55433.
set -euo pipefail
cd "$(dirname "$0")/.."
engine="${1:-sqlite}"
seconds="${2:-20}"
port=5090
work="$(mktemp -d)"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

dotnet build -c Release src/FiloDiretto >/dev/null
dotnet build -c Release bench/FiloDiretto.Bench >/dev/null

server_pid=""
cleanup() {
  [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null || true
  [ "$engine" = postgres ] && PG_PORT=55433 bash ci/pg.sh stop || true
  rm -rf "$work"
}
trap cleanup EXIT

case "$engine" in
  sqlite)
    export Database__Provider=Sqlite ConnectionStrings__FiloDiretto="Data Source=$work/bench.db" ;;
  postgres)
    PG_PORT=55433 PG_DURABLE=1 bash ci/pg.sh start
    export Database__Provider=PostgreSql ConnectionStrings__FiloDiretto="Host=127.0.0.1;Port=55433;Username=postgres;Database=bench;Maximum Pool Size=100" ;;
  *) echo "usage: $0 sqlite|postgres [seconds]" >&2; exit 2 ;;
esac

ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning RateLimiting__Enabled=false \
  dotnet src/FiloDiretto/bin/Release/net10.0/FiloDiretto.dll --demo --urls "http://127.0.0.1:$port" >"$work/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 300); do curl -sf "http://127.0.0.1:$port/health/ready" >/dev/null && break; sleep 0.2; done

bench() { dotnet bench/FiloDiretto.Bench/bin/Release/net10.0/FiloDiretto.Bench.dll --url "http://127.0.0.1:$port" --seconds "$seconds" --warmup 5 "$@"; }
echo "== $engine: throughput (32 clients, 1 listener, ${seconds}s)"
bench --clients 32 --listeners 1
echo "== $engine: fan-out (200 listeners, 50 intakes/s, ${seconds}s)"
bench --clients 4 --listeners 200 --rate 50
echo "== server memory: $(ps -o rss= -p "$server_pid" | awk '{printf "%.0f MiB RSS", $1/1024}')"
