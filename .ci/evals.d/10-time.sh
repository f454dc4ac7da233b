# Issue 4: time expressions. MEANTIME is the development set, TempEval-3 platinum the test set.
dyad eval timex --corpus meantime ../shared/corpora/meantime-en | tee /tmp/dyad-ci-timex-meantime.log | tail -1
at_least "meantime value_f1" "$(last_value value_f1 /tmp/dyad-ci-timex-meantime.log)" 0.87
dyad eval timex --corpus tempeval3 ../shared/corpora/tempeval3-platinum | tee /tmp/dyad-ci-timex-te3.log | tail -1
# The target (0.80; reached: 0.803).
at_least "tempeval3 value_f1" "$(last_value value_f1 /tmp/dyad-ci-timex-te3.log)" 0.80
