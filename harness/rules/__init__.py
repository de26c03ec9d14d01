"""Business rules the harness checks outcomes against, written independently of the sandbox."""
