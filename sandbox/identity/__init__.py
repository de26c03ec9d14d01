"""Who can log in: citizens (VNeID accounts) and officers (one-stop accounts), their passwords and lock-outs."""
