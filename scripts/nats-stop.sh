#!/usr/bin/env bash
# Stops the throwaway server of nats-start.sh and deletes its store folder. Idempotent.
set -euo pipefail
port="${NATS_PORT:-42229}"
dir="${DYAD_NATS_DIR:-/tmp/dyad-nats-$port}"
pidfile="$dir/nats.pid"
if [[ -f "$pidfile" ]]; then
  pid="$(cat "$pidfile")"
  if kill -0 "$pid" 2>/dev/null; then
    kill "$pid"
    for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  fi
fi
rm -rf "$dir"
echo "nats-stop: stopped and removed $dir" >&2
