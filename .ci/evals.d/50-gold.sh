# Every layer against the hand annotations: the seed (shared/gold) and the held-out Wikinews articles (eval/gold).
dyad eval gold ../shared/gold | tee /tmp/dyad-ci-gold-seed.log | tail -1
at_least "seed gold_required_recall" "$(last_value gold_required_recall /tmp/dyad-ci-gold-seed.log)" 1.0
[ "$(last_value gold_forbidden_produced /tmp/dyad-ci-gold-seed.log)" = "0" ] || fail "a forbidden seed event was produced"
dyad eval gold eval/gold | tee /tmp/dyad-ci-gold-heldout.log | tail -1
at_least "held-out gold_required_recall" "$(last_value gold_required_recall /tmp/dyad-ci-gold-heldout.log)" 0.78
[ "$(last_value gold_forbidden_produced /tmp/dyad-ci-gold-heldout.log)" = "0" ] || fail "a forbidden held-out event was produced"
