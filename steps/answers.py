"""A server's answer to a request no page sent (a crafted POST), read as text, without putting it in a page:
the messages it marks as alerts (role="alert")."""

from html.parser import HTMLParser

VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track",
                  "wbr"})


class _Alerts(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.alerts: list[str] = []
        self._open: list[bool] = []  # per open element: whether it is an alert
        self._text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in VOID:
            return
        alert = dict(attrs).get("role") == "alert"
        if alert and not any(self._open):
            self._text = []
        self._open.append(alert)

    def handle_endtag(self, tag: str) -> None:
        if tag in VOID or not self._open:
            return
        if self._open.pop() and not any(self._open):
            self.alerts.append(" ".join("".join(self._text).split()))

    def handle_data(self, data: str) -> None:
        if any(self._open):
            self._text.append(data)


def alerts_in(html: str) -> list[str]:
    reader = _Alerts()
    reader.feed(html)
    reader.close()
    return reader.alerts
