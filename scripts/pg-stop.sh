#!/usr/bin/env bash
# Stops the throwaway server of pg-start.sh and deletes its data folder. Idempotent.
set -euo pipefail
port="${PGPORT:-54329}"
dir="${DYAD_PG_DIR:-/tmp/dyad-pg-$port}"
bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
if [[ -n "$bin" && -f "$dir/PG_VERSION" ]]; then
  if [[ "$(id -u)" == 0 ]]; then
    runuser -u postgres -- "$bin/pg_ctl" -D "$dir" -m fast -w stop >&2 || true
  else
    "$bin/pg_ctl" -D "$dir" -m fast -w stop >&2 || true
  fi
fi
rm -rf "$dir" "$dir.initdb.log"
echo "pg-stop: stopped and removed $dir" >&2
