"""The sandbox portal: a faithful stand-in for DVCQG and its subsystems, for tests and training."""
