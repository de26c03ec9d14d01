"""A small DOM of a rendered page, to assert on what a visitor reads (the standard library's parser only)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

VOID_TAGS = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
                       "track", "wbr"})


@dataclass
class Element:
    tag: str
    attrs: dict[str, str]
    children: list[Element | str] = field(default_factory=list)
    parent: Element | None = field(default=None, repr=False, compare=False)

    def text(self) -> str:
        parts = [child if isinstance(child, str) else child.text() for child in self.children]
        return " ".join(" ".join(parts).split())

    def find_all(self, tag: str | None = None, **attrs: str) -> list[Element]:
        """Descendants by tag and attributes; `aria_label="x"` stands for aria-label="x"."""
        wanted = {name.replace("_", "-"): value for name, value in attrs.items()}
        found = []
        for child in self.children:
            if isinstance(child, str):
                continue
            if (tag is None or child.tag == tag) and all(child.attrs.get(k) == v for k, v in wanted.items()):
                found.append(child)
            found.extend(child.find_all(tag, **attrs))
        return found

    def find(self, tag: str | None = None, **attrs: str) -> Element:
        found = self.find_all(tag, **attrs)
        assert found, f"no <{tag or '*'}> with {attrs}"
        return found[0]

    @property
    def elements(self) -> list[Element]:
        return [child for child in self.children if isinstance(child, Element)]

    def next_element(self) -> Element:
        """The next sibling element, as a locator's `following-sibling::*[1]` finds it."""
        siblings = self.parent.elements
        following = siblings[siblings.index(self) + 1:]
        assert following, f"<{self.tag}> {self.text()!r} has no next sibling"
        return following[0]

    def find_all_text(self, text: str | re.Pattern) -> list[Element]:
        """The innermost descendants whose whole text is `text` (or matches the pattern), as get_by_text finds."""
        matches = (lambda value: text.search(value) is not None) if isinstance(text, re.Pattern) else text.__eq__
        found = [element for element in self.find_all() if matches(element.text())]
        return [element for element in found if not any(matches(child.text()) for child in element.elements)]

    def find_text(self, text: str | re.Pattern) -> Element:
        found = self.find_all_text(text)
        assert len(found) == 1, f"{len(found)} elements read {text!r}"
        return found[0]


class _Builder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Element("document", {})
        self.open = [self.root]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        element = Element(tag, {name: value or "" for name, value in attrs}, parent=self.open[-1])
        self.open[-1].children.append(element)
        if tag not in VOID_TAGS:
            self.open.append(element)

    def handle_endtag(self, tag: str) -> None:
        for depth in range(len(self.open) - 1, 0, -1):
            if self.open[depth].tag == tag:
                del self.open[depth:]
                return

    def handle_data(self, data: str) -> None:
        self.open[-1].children.append(data)


def parse(page: str) -> Element:
    builder = _Builder()
    builder.feed(page)
    return builder.root
