"""Page-by-page lists: "Hiển thị [10 ▾] trên N văn bản" and "Trang ‹ Trước | Sau ›".

Whatever a visitor types in the address bar (`page=abc`, `limit=7`, a page past the end) gives a list,
never an error page: a bad number falls back to the default, a page past the end shows the last one.
"""

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from math import ceil
from typing import TypeVar
from urllib.parse import urlencode

T = TypeVar("T")
PAGE_SIZES = (10, 20, 50)


@dataclass(frozen=True)
class Paging:
    page: int
    limit: int
    total: int
    sizes: tuple[int, ...]

    @classmethod
    def read(cls, page: str | None, limit: str | None, total: int, default_limit: int = 10,
             sizes: tuple[int, ...] = PAGE_SIZES) -> "Paging":
        size = _number(limit, default_limit)
        size = size if size in sizes else default_limit
        pages = max(1, ceil(total / size))
        return cls(page=min(max(1, _number(page, 1)), pages), limit=size, total=total, sizes=sizes)

    @property
    def pages(self) -> int:
        return max(1, ceil(self.total / self.limit))

    @property
    def has_previous(self) -> bool:
        return self.page > 1

    @property
    def has_next(self) -> bool:
        return self.page < self.pages

    def window(self, items: Sequence[T]) -> Sequence[T]:
        start = (self.page - 1) * self.limit
        return items[start:start + self.limit]

    def href(self, query: Mapping[str, str], page: int) -> str:
        """A link to another page of the same list, keeping the visitor's other choices."""
        return "?" + urlencode({**query, "limit": self.limit, "page": page})


def _number(text: str | None, default: int) -> int:
    try:
        return int(text) if text is not None else default
    except ValueError:
        return default
