# Issue 4: time expressions. MEANTIME is the development set, TempEval-3 platinum the test set.
dyad eval timex --corpus meantime ../shared/corpora/meantime-en | tee /tmp/dyad-ci-timex-meantime.log | tail -1
at_least "meantime value_f1" "$(last_value value_f1 /tmp/dyad-ci-timex-meantime.log)" 0.86
dyad eval timex --corpus tempeval3 ../shared/corpora/tempeval3-platinum | tee /tmp/dyad-ci-timex-te3.log | tail -1
# The target is 0.80; this guard holds the figure reached (0.794) against regressions.
at_least "tempeval3 value_f1" "$(last_value value_f1 /tmp/dyad-ci-timex-te3.log)" 0.78
