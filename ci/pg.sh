#!/usr/bin/env bash
# A throwaway PostgreSQL server for the tests: bash ci/pg.sh start|stop
# Port PG_PORT (default 55432), trust auth on 127.0.0.1 only, data under /var/lib/postgresql.
set -euo pipefail

PG_PORT="${PG_PORT:-55432}"
PG_ROOT="${PG_ROOT:-/var/lib/postgresql/filodiretto-test-$PG_PORT}"
PGDATA="$PG_ROOT/data"

server_bin() {
  if ! compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null; then
    echo "Installing PostgreSQL (apt)…" >&2
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
  fi
  # Debian keeps the server programs off PATH, one folder per major version.
  dirname "$(ls /usr/lib/postgresql/*/bin/initdb | sort -V | tail -n 1)"
}

as_postgres() { runuser -u postgres -- "$@"; }

start() {
  local bin; bin="$(server_bin)"
  id -u postgres >/dev/null 2>&1 || useradd --system --home-dir /var/lib/postgresql --shell /bin/bash postgres
  mkdir -p "$PG_ROOT"
  chown postgres: "$PG_ROOT"
  chmod 700 "$PG_ROOT"
  if [ ! -s "$PGDATA/PG_VERSION" ]; then
    as_postgres "$bin/initdb" -D "$PGDATA" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$PG_ROOT/initdb.log"
  fi
  if as_postgres "$bin/pg_ctl" -D "$PGDATA" status >/dev/null 2>&1; then
    return 0
  fi
  # Tests switch durability off (the data is thrown away); the bench (PG_DURABLE=1) keeps the defaults.
  local durability="-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
  [ "${PG_DURABLE:-0}" = 1 ] && durability=""
  as_postgres "$bin/pg_ctl" -D "$PGDATA" -l "$PG_ROOT/server.log" -w -t 60 start -o \
    "-p $PG_PORT -c listen_addresses=127.0.0.1 -c unix_socket_directories=$PG_ROOT -c max_connections=300 $durability" >/dev/null
}

stop() {
  if [ -s "$PGDATA/PG_VERSION" ]; then
    local bin; bin="$(server_bin)"
    as_postgres "$bin/pg_ctl" -D "$PGDATA" -m fast -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$PG_ROOT"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
