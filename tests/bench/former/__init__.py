"""The exchange code paths as they were before the import/export performance work (commit b981362), kept
verbatim (imports made absolute) so that tests/bench/test_exchange_equivalence.py can check that the faster
paths give exactly the same results. Not used by the application."""
