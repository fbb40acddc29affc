"""The worker's memory of what it just enriched, for ``/inspect``.

Bounded (``NEWSFLOW_INSPECT_BUFFER`` articles and ``NEWSFLOW_INSPECT_BUFFER_BYTES`` of
record bytes: a count alone lets a run of 8 MB records hold hundreds of MB), newest first, one
entry per article id (a re-processed article replaces its older entry). It keeps the
serialized record bytes the worker already produced (no copy, no parsed tree) plus a small
summary for the list page; a page is parsed and rendered only when someone asks for it.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Any

from service.inspector.render import summary


class RecentArticles:
    def __init__(self, size: int, max_bytes: int = 64 * 1024 * 1024) -> None:
        self.size = max(0, size)
        self.max_bytes = max(0, max_bytes)
        self.bytes = 0
        self._items: OrderedDict[str, tuple[dict[str, Any], bytes]] = OrderedDict()

    def add(self, record: dict[str, Any], value: bytes) -> None:
        """Remember an enriched record that was written (``value`` is its Kafka value)."""
        if self.size == 0 or len(value) > self.max_bytes:
            return
        row = summary(record)
        old = self._items.pop(row["id"], None)
        if old is not None:
            self.bytes -= len(old[1])
        self._items[row["id"]] = (row, value)
        self.bytes += len(value)
        while len(self._items) > self.size or self.bytes > self.max_bytes:
            _, (_, dropped) = self._items.popitem(last=False)
            self.bytes -= len(dropped)

    def summaries(self) -> list[dict[str, Any]]:
        """Newest first."""
        return [row for row, _ in reversed(self._items.values())]

    def get(self, article_id: str) -> bytes | None:
        item = self._items.get(article_id)
        return item[1] if item else None

    def __len__(self) -> int:
        return len(self._items)
