"""The benchmark of the main job: the smoke selection, the suite and the report build, timed against their budgets.

Run it with `scripts/benchmark` (docs/PERFORMANCE.md): `python -m harness.benchmark [pytest options]`.
"""
