# NATS with JetStream for the work-queue tests and the scale test (installs Debian's nats-server when missing).
# The queue tests start their own server from the installed binary; DYAD_TEST_NATS is for local trials against this one.
DYAD_TEST_NATS=$(bash scripts/nats-start.sh) || fail "could not start nats-server"
export DYAD_TEST_NATS
echo "nats: $DYAD_TEST_NATS"
