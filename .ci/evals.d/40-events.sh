# Issue 6: event coding. The targets are 85% (TABARI) and 75% (PETRARCH); these guards hold the figures
# reached against regressions.
dyad eval tabari ../shared/corpora/tabari | tee /tmp/dyad-ci-tabari.log | tail -1
at_least "tabari_exact_records" "$(last_value tabari_exact_records /tmp/dyad-ci-tabari.log)" 0.88
dyad eval petrarch ../shared/corpora/petrarch2 | tee /tmp/dyad-ci-petrarch.log | tail -1
at_least "petrarch_exact_records" "$(last_value petrarch_exact_records /tmp/dyad-ci-petrarch.log)" 0.78
dyad eval plover ../shared/corpora/plover-gsr/PLOVER_GSR_CAMEO.txt | tail -3
