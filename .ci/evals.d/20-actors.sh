# Issue 3: actors and entities.
dyad dict check | tee /tmp/dyad-ci-dict.log
grep -q "problems: 0" /tmp/dyad-ci-dict.log || fail "dyad dict check found problems in data/"
dyad eval entities --corpus meantime ../shared/corpora/meantime-en | tee /tmp/dyad-ci-entities.log | tail -1
at_least "entities_f1_partial" "$(last_value entities_f1_partial /tmp/dyad-ci-entities.log)" 0.75
