#!/usr/bin/env bash
# Starts a throwaway PostgreSQL server on 127.0.0.1 (for the store tests and local trials) and prints its URL.
# Idempotent: a server already running in the data folder is reused. Installs Debian's postgresql package if missing.
#   PGPORT (default 54329), DYAD_PG_DIR (default /tmp/dyad-pg-$PGPORT).
# Usage: export DYAD_TEST_POSTGRES=$(scripts/pg-start.sh)
set -euo pipefail
port="${PGPORT:-54329}"
dir="${DYAD_PG_DIR:-/tmp/dyad-pg-$port}"
bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"

if [[ -z "$bin" || ! -x "$bin/pg_ctl" ]]; then
  echo "pg-start: installing postgresql" >&2
  apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql >&2
  bin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)"
fi

# initdb and postgres refuse to run as root: run them as the postgres user when we are root.
as_pg() {
  if [[ "$(id -u)" == 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}

if [[ ! -f "$dir/PG_VERSION" ]]; then
  mkdir -p "$dir"
  [[ "$(id -u)" == 0 ]] && chown postgres:postgres "$dir"
  as_pg "$bin/initdb" -D "$dir" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >"$dir.initdb.log" 2>&1 \
    || { cat "$dir.initdb.log" >&2; exit 1; }
fi

if ! as_pg "$bin/pg_ctl" -D "$dir" status >/dev/null 2>&1; then
  as_pg "$bin/pg_ctl" -D "$dir" -l "$dir/server.log" -w \
    -o "-c listen_addresses=127.0.0.1 -p $port -k /tmp -c fsync=off" start >&2 \
    || { cat "$dir/server.log" >&2; exit 1; }
fi

echo "postgres://postgres@127.0.0.1:$port/postgres"
