# Issue 7: ingest is complete and idempotent.
store=$(mktemp -d)/ci.duckdb
{ dyad ingest ../shared/corpora/wikinews-2019-2020 ../shared/seed --db "$store" || true; } | tee /tmp/dyad-ci-ingest1.log | tail -1
grep -q "^documents_added: 296 " /tmp/dyad-ci-ingest1.log || fail "first ingest did not add 296 documents"
{ dyad ingest ../shared/corpora/wikinews-2019-2020 ../shared/seed --db "$store" || true; } | tee /tmp/dyad-ci-ingest2.log | tail -1
grep -q "^documents_added: 0 events_added: 0 " /tmp/dyad-ci-ingest2.log || fail "re-ingest added documents"
dyad dyads --db "$store" --source KOR --target PRK --format json > /tmp/dyad-ci-dyads.json
head -c 400 /tmp/dyad-ci-dyads.json; echo
grep -q "2017-07" /tmp/dyad-ci-dyads.json || fail "no 2017-07 KOR -> PRK dyad row"
