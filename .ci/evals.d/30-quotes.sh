# Issue 5: quotes and their speakers on the gold files.
dyad eval quotes --gold ../shared/gold | tee /tmp/dyad-ci-quotes.log | tail -1
at_least "quotes_found" "$(last_value quotes_found /tmp/dyad-ci-quotes.log)" 1.0
at_least "quotes_attributed" "$(last_value quotes_attributed /tmp/dyad-ci-quotes.log)" 1.0
# The held-out Wikinews gold files (eval/gold): reported, not gated.
echo "held-out eval/gold: $(dyad eval quotes --gold eval/gold | tail -1)"
