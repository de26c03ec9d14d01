"""HTTP clients the harness uses beside the browser."""
