#!/usr/bin/env bash
# Scale-out check (issue 9): NATS JetStream carries 2,000 documents to workers that store them in PostgreSQL.
#  1. A reference store: one 'dyad ingest' of the input.
#  2. Three workers; one is killed with SIGKILL mid-run and restarted; the queue drains; the store must hold exactly
#     the reference's documents (each once) and the same multiset of events.
#  3. Speed: the same input drained by 1 worker, then by 2 (fresh stream and database each), single-threaded coding.
# Ends with one line: exactly_once: true|false documents: N events_equal: true|false speedup_2_workers: X
#   SCALE_DOCS (default 2000), SCALE_BATCH (default 100), SCALE_ROUNDS (timing rounds, default 3), DYAD_SHARED (default ../shared beside the repository).
set -euo pipefail
cd "$(dirname "$0")/.."
docs="${SCALE_DOCS:-2000}"
batch="${SCALE_BATCH:-100}"
shared="${DYAD_SHARED:-../shared}"
dll=src/Dyad.Cli/bin/Release/net10.0/dyad.dll
log() { echo "scale-test: $*" >&2; }

[ -f "$dll" ] || dotnet build src/Dyad.Cli -c Release >&2
dyad() { dotnet "$dll" "$@"; }

work="$(mktemp -d /tmp/dyad-scale.XXXXXX)"
chmod 755 "$work"   # PostgreSQL runs as its own user and must reach its data folder below
pids=()
nats_ports=()
pg_port=""
cleanup() {
  for p in "${pids[@]}"; do kill -9 "$p" 2>/dev/null || true; done
  for p in "${nats_ports[@]}"; do NATS_PORT="$p" DYAD_NATS_DIR="$work/nats-$p" scripts/nats-stop.sh 2>/dev/null || true; done
  if [ -n "$pg_port" ]; then PGPORT="$pg_port" DYAD_PG_DIR="$work/pg" scripts/pg-stop.sh 2>/dev/null || true; fi
  [ -n "${SCALE_KEEP:-}" ] && log "kept $work" || rm -rf "$work"
}
trap cleanup EXIT

free_port() {
  local p
  while :; do
    p=$((20000 + RANDOM % 20000))
    (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null || { echo "$p"; return; }
  done
}

# Sets nats_url and nats_port (not in a subshell, so that cleanup knows every server).
start_nats() {
  nats_port="$(free_port)"
  nats_ports+=("$nats_port")
  nats_url="$(NATS_PORT="$nats_port" DYAD_NATS_DIR="$work/nats-$nats_port" scripts/nats-start.sh)"
}

# The input: the corpora repeated, each copy with distinct ids and a marker line, so content hashes differ.
log "writing $docs documents"
python3 - "$shared" "$docs" > "$work/input.jsonl" <<'PY'
import csv, glob, json, os, sys
shared, n = sys.argv[1], int(sys.argv[2])
csv.field_size_limit(1 << 30)
base = []
for path in sorted(glob.glob(os.path.join(shared, "corpora/wikinews-2019-2020/*.csv"))):
    with open(path, newline="", encoding="utf-8") as f:
        for i, row in enumerate(csv.DictReader(f)):
            base.append({"id": f"{os.path.basename(path)[:-4]}-{i}", "text": row["text"], "date": row["date"], "title": row["title"], "url": row["url"]})
for path in sorted(glob.glob(os.path.join(shared, "seed/*.txt"))):
    raw = open(path, encoding="utf-8").read().strip()
    date, body = None, raw
    if raw.startswith("date "):
        head, body = raw[5:].split(None, 1)
        date = head
    base.append({"id": os.path.basename(path)[:-4], "text": body.strip(), "date": date})
k = 0
while k * len(base) < n:
    for d in base[: n - k * len(base)]:
        c = dict(d)
        c["id"] = f"{d['id']}~{k}"
        if k > 0:
            c["text"] = d["text"].rstrip() + f"\n\nScale test copy {k}."
        print(json.dumps(c, ensure_ascii=False))
    k += 1
PY

pg_port="$(free_port)"
pg="$(PGPORT="$pg_port" DYAD_PG_DIR="$work/pg" scripts/pg-start.sh 2>/dev/null)"
pg_base="${pg%/postgres}"
for db in reference scaled; do psql -q "$pg" -c "CREATE DATABASE $db" >/dev/null; done

log "reference: dyad ingest"
dyad ingest "$work/input.jsonl" --db "$pg_base/reference" --no-clusters --batch 500 2>"$work/ingest.log" | tail -1 >&2

# Every worker runs in its own session (setsid), as separate services or machines would: with the kernel's
# autogroup scheduling, processes of one session share one slice of a busy machine, which would hide the scaling.
# Runs N workers (single-threaded) until the queue drains; prints the seconds from the first message any worker
# received to the last commit any worker made (worker start-up, which loads the dictionaries, is not drain time).
run_workers() {
  local url="$1" db="$2" count="$3" i
  local wp=()
  for i in $(seq 1 "$count"); do
    setsid dotnet "$dll" worker --nats "$url" --db "$db" --batch "$batch" --threads 1 --exit-when-drained --name "w$i" \
      >"$work/w$i.out" 2>"$work/w$i.err" &
    wp+=("$!"); pids+=("$!")
  done
  for p in "${wp[@]}"; do wait "$p" || true; done
  span "$work"/w*.err
}

# span FILES: last commit minus first message over the workers' final lines.
span() {
  local first="" last="" line f l
  for f in "$@"; do
    line="$(grep -oE 'first message [^ ,]+, last commit [^ ]+' "$f" | tail -1)" || continue
    f="$(date -d "$(echo "$line" | awk '{print $3}' | tr -d ,)" +%s.%N)"
    l="$(date -d "$(echo "$line" | awk '{print $6}')" +%s.%N)"
    if [ -z "$first" ] || awk -v a="$f" -v b="$first" 'BEGIN{exit !(a<b)}'; then first="$f"; fi
    if [ -z "$last" ] || awk -v a="$l" -v b="$last" 'BEGIN{exit !(a>b)}'; then last="$l"; fi
  done
  awk -v a="$first" -v b="$last" 'BEGIN{ printf "%.3f", (a == "" || b == "") ? 0 : b - a }'
}

log "scale run: 3 workers, one killed with SIGKILL and restarted"
start_nats
nats="$nats_url"
dyad submit "$work/input.jsonl" --nats "$nats" 2>/dev/null | tail -1 >&2
scaled="$pg_base/scaled"
wp=()
start_worker() {
  # A short ack wait: the killed worker's batch is redelivered within seconds.
  setsid dotnet "$dll" worker --nats "$nats" --db "$scaled" --batch "$batch" --threads 1 --exit-when-drained --ack-wait 5 --name "k$1" \
    >"$work/k$1.out" 2>"$work/k$1.err" &
  wp+=("$!"); pids+=("$!")
}
# The worker to be killed starts first and commits a batch before the others start: on a busy machine the other two,
# started with it, could drain the queue before it reached its third batch, and it would exit before the kill.
start_worker 1
for _ in $(seq 1 1200); do
  grep -q "batch 1 committed" "$work/k1.err" 2>/dev/null && break
  sleep 0.05
done
start_worker 2
start_worker 3
for _ in $(seq 1 600); do
  grep -q "batch 3 committed" "$work/k1.err" 2>/dev/null && break
  sleep 0.05
done
if ! grep -q "dyad.dll" "/proc/${wp[0]}/cmdline" 2>/dev/null; then
  log "worker k1 (pid ${wp[0]}) ended before it could be killed:"; tail -5 "$work/k1.err" >&2; exit 1
fi
kill -9 "${wp[0]}"
log "killed worker k1 (pid ${wp[0]}) after: $(grep -c 'committed' "$work/k1.err" || true) batches"
setsid dotnet "$dll" worker --nats "$nats" --db "$scaled" --batch "$batch" --threads 1 --exit-when-drained --ack-wait 5 --name "k1-restarted" \
  >"$work/k4.out" 2>"$work/k4.err" &
wp+=("$!"); pids+=("$!")
for p in "${wp[@]:1}"; do wait "$p" || true; done
wait "${wp[0]}" 2>/dev/null || true
dyad status --nats "$nats" --db "$scaled" --format csv > "$work/status.csv" 2>/dev/null || true
cat "$work/status.csv" >&2
grep -h '^documents_stored' "$work"/k*.out >&2 || true

# Comparisons in SQL: the documents as (hash, id) pairs, and every column of every event row as a multiset.
q() { psql -qAt "$1" -c "$2"; }
doc_set="SELECT md5(COALESCE(string_agg(content_hash || ' ' || id, E'\n' ORDER BY content_hash, id), '')) FROM documents"
event_set="SELECT md5(COALESCE(string_agg(r, E'\n' ORDER BY r), '')) FROM (SELECT CAST(ROW(e.*) AS TEXT) AS r FROM events e) t"
n_docs="$(q "$scaled" "SELECT COUNT(*) FROM documents")"
n_distinct="$(q "$scaled" "SELECT COUNT(DISTINCT content_hash) FROM documents")"
n_ref="$(q "$pg_base/reference" "SELECT COUNT(*) FROM documents")"
queued="$(grep -oE 'queued: [0-9]+' "$work/status.csv" | awk '{print $2}')"
dead="$(grep -oE 'dead_letters: [0-9]+' "$work/status.csv" | awk '{print $2}')"
exactly_once=false
if [ "$n_docs" = "$docs" ] && [ "$n_distinct" = "$n_docs" ] && [ "$n_ref" = "$docs" ] && [ "${queued:-x}" = 0 ] && [ "${dead:-x}" = 0 ] \
  && [ "$(q "$scaled" "$doc_set")" = "$(q "$pg_base/reference" "$doc_set")" ]; then
  exactly_once=true
fi
events_equal=false
[ "$(q "$scaled" "$event_set")" = "$(q "$pg_base/reference" "$event_set")" ] && events_equal=true
redelivered="$(awk -F, 'NR > 1 && $1 ~ /^k/ { s += $5 } END { print s + 0 }' "$work/status.csv")"
log "redelivered after the kill: $redelivered messages"
log "store: $n_docs documents ($n_distinct distinct, reference $n_ref), $(q "$scaled" "SELECT COUNT(*) FROM events") events (reference $(q "$pg_base/reference" "SELECT COUNT(*) FROM events")), queued ${queued:-?}, dead letters ${dead:-?}"

# Other work on the machine disturbs timings: alternate 1 and 2 workers and keep each one's best drain time. The
# server is settled first, so that its background work on the stores written above (autovacuum, checkpoints) does
# not run during a timed drain; each timed store is dropped once measured.
for db in reference scaled; do psql -q "$pg_base/$db" -c "VACUUM (ANALYZE)" >/dev/null; done
t1=""; t2=""
for round in $(seq 1 "${SCALE_ROUNDS:-3}"); do
  for n in 1 2; do
    rm -f "$work"/w*.err
    psql -q "$pg" -c "CHECKPOINT" >/dev/null
    start_nats
    url="$nats_url"
    psql -q "$pg" -c "CREATE DATABASE speed_${round}_$n" >/dev/null
    dyad submit "$work/input.jsonl" --nats "$url" >/dev/null 2>&1
    t="$(run_workers "$url" "$pg_base/speed_${round}_$n" "$n")"
    log "round $round: $n worker(s) drained $docs documents in $t s"
    NATS_PORT="$nats_port" DYAD_NATS_DIR="$work/nats-$nats_port" scripts/nats-stop.sh 2>/dev/null
    psql -q "$pg" -c "DROP DATABASE speed_${round}_$n" >/dev/null
    if [ "$n" = 1 ]; then
      if [ -z "$t1" ] || awk -v a="$t" -v b="$t1" 'BEGIN{exit !(a<b)}'; then t1="$t"; fi
    else
      if [ -z "$t2" ] || awk -v a="$t" -v b="$t2" 'BEGIN{exit !(a<b)}'; then t2="$t"; fi
    fi
  done
done
log "best: 1 worker $t1 s, 2 workers $t2 s"

# What the machine allows right now: two independent single-threaded 'dyad code' processes on twice the work,
# without queue or database. Other work on a shared machine lowers this ceiling, and the workers' speed-up with it.
head -n 500 "$work/input.jsonl" > "$work/ceiling.jsonl"
s=$(date +%s.%N); dyad code "$work/ceiling.jsonl" --threads 1 --jsonl >/dev/null 2>&1 || true; e=$(date +%s.%N)
c1=$(awk -v a="$s" -v b="$e" 'BEGIN{ print b - a }')
s=$(date +%s.%N)
setsid dotnet "$dll" code "$work/ceiling.jsonl" --threads 1 --jsonl >/dev/null 2>&1 &
setsid dotnet "$dll" code "$work/ceiling.jsonl" --threads 1 --jsonl >/dev/null 2>&1 &
wait
e=$(date +%s.%N)
log "cpu ceiling: two independent coding processes reach $(awk -v a="$c1" -v b="$s" -v c="$e" 'BEGIN{ printf "%.2f", 2 * a / (c - b) }')x one (load average $(cut -d' ' -f1 /proc/loadavg))"
speedup="$(awk -v a="$t1" -v b="$t2" 'BEGIN{ printf "%.2f", (b > 0) ? a / b : 0 }')"

echo "exactly_once: $exactly_once documents: $n_docs events_equal: $events_equal speedup_2_workers: $speedup"
