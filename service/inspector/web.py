"""``/inspect`` and ``/inspect/<id>`` on the worker's web server.

Parsing and rendering a large article takes milliseconds to tens of milliseconds of pure
Python: it runs in a thread, so the event loop (heartbeats, the agent, ``/readyz``) keeps
running while a page is built.
"""

from __future__ import annotations

import asyncio
import json
from typing import Any
from urllib.parse import quote

from faust.web import Request, Response, View

from service.inspector.assets import CSP
from service.inspector.recent import RecentArticles
from service.inspector.render import document, esc, index_table, render_article

HEADERS = {"Content-Security-Policy": CSP, "Cache-Control": "no-store",
           "X-Content-Type-Options": "nosniff"}
BACK = ' · <a href="/inspect">recent articles</a>'


def list_page(recent: RecentArticles) -> str:
    rows = recent.summaries()
    intro = (f'<p class="nf-muted">The {len(rows)} most recent enriched article(s) of this '
             f"worker, newest first (at most {recent.size}, in memory only).</p>")
    return document("recent articles", intro + index_table(
        rows, lambda _i, row: "/inspect/" + quote(row["id"], safe="")))


def article_page(value: bytes) -> str:
    record = json.loads(value)
    return document(str(record.get("title") or record.get("id")),
                    render_article(record), top=BACK)


def register(app: Any, recent: RecentArticles) -> None:
    """Adds the two pages to ``app``'s web server."""

    @app.page("/inspect")
    class InspectList(View):
        async def get(self, request: Request) -> Response:
            return self.html(list_page(recent), headers=dict(HEADERS))

    @app.page("/inspect/{article_id:.+}")
    class InspectArticle(View):
        async def get(self, request: Request, article_id: str) -> Response:
            value = recent.get(article_id)
            if value is None:
                body = document("not found", f"<p>Article <code>{esc(article_id)}</code> is "
                                "not among the recent articles this worker keeps.</p>", BACK)
                return self.html(body, status=404, headers=dict(HEADERS))
            page = await asyncio.get_running_loop().run_in_executor(None, article_page, value)
            return self.html(page, headers=dict(HEADERS))
