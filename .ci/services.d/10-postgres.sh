# PostgreSQL for the store tests (both backends run in CI).
DYAD_TEST_POSTGRES=$(bash scripts/pg-start.sh) || fail "could not start PostgreSQL"
export DYAD_TEST_POSTGRES
echo "postgres: $DYAD_TEST_POSTGRES"
