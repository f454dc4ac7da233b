#!/usr/bin/env bash
# Starts a throwaway NATS server with JetStream on 127.0.0.1 (for the queue tests and local trials) and prints its URL.
# Idempotent: a server already running for this port is reused. Installs Debian's nats-server package if missing.
#   NATS_PORT (default 42229), DYAD_NATS_DIR (default /tmp/dyad-nats-$NATS_PORT).
# Usage: export DYAD_TEST_NATS=$(scripts/nats-start.sh)
set -euo pipefail
port="${NATS_PORT:-42229}"
dir="${DYAD_NATS_DIR:-/tmp/dyad-nats-$port}"

if ! command -v nats-server >/dev/null 2>&1; then
  echo "nats-start: installing nats-server" >&2
  apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends nats-server >&2
fi

mkdir -p "$dir"
pidfile="$dir/nats.pid"
if [[ -f "$pidfile" ]] && kill -0 "$(cat "$pidfile")" 2>/dev/null; then
  echo "nats://127.0.0.1:$port"
  exit 0
fi

# setsid: the server outlives the shell that started it (CI sources this from a subshell).
setsid nats-server -a 127.0.0.1 -p "$port" -js -sd "$dir/jetstream" -P "$pidfile" -l "$dir/server.log" </dev/null >/dev/null 2>&1 &
for _ in $(seq 1 100); do
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    echo "nats://127.0.0.1:$port"
    exit 0
  fi
  sleep 0.1
done
echo "nats-start: the server did not start; see $dir/server.log" >&2
cat "$dir/server.log" >&2 2>/dev/null || true
exit 1
