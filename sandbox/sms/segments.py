"""Splitting an unaccented text into SMS segments: 160 characters alone, 153 each when concatenated."""

SINGLE = 160
CONCATENATED = 153


def segments(text: str) -> list[str]:
    if len(text) <= SINGLE:
        return [text]
    return [text[i:i + CONCATENATED] for i in range(0, len(text), CONCATENATED)]
