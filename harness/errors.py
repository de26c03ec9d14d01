"""The one kind of error a user sees: a sentence that says what is wrong and what to do."""


class HarnessError(Exception):
    """A problem with the set-up (environment, credentials, host), not a failing scenario."""
