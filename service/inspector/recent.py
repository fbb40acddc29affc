"""The worker's memory of what it just enriched, for ``/inspect``.

Bounded (``NEWSFLOW_INSPECT_BUFFER`` articles), newest first, one entry per article id (a
re-processed article replaces its older entry). It keeps the serialized record bytes the worker
already produced (no copy, no parsed tree) plus a small summary for the list page; a page is
parsed and rendered only when someone asks for it.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Any

from service.inspector.render import summary


class RecentArticles:
    def __init__(self, size: int) -> None:
        self.size = max(0, size)
        self._items: OrderedDict[str, tuple[dict[str, Any], bytes]] = OrderedDict()

    def add(self, record: dict[str, Any], value: bytes) -> None:
        """Remember an enriched record that was written (``value`` is its Kafka value)."""
        if self.size == 0:
            return
        row = summary(record)
        self._items.pop(row["id"], None)
        self._items[row["id"]] = (row, value)
        while len(self._items) > self.size:
            self._items.popitem(last=False)

    def summaries(self) -> list[dict[str, Any]]:
        """Newest first."""
        return [row for row, _ in reversed(self._items.values())]

    def get(self, article_id: str) -> bytes | None:
        item = self._items.get(article_id)
        return item[1] if item else None

    def __len__(self) -> int:
        return len(self._items)
