"""What the CI workflows (.github/workflows/, docs/ci.md) run besides pytest: shards, their merge, the workday."""
