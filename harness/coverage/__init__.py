"""Coverage: which flows, procedures and units a run exercised, against what each unit must cover
(data/coverage.toml)."""
