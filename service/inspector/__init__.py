"""The inspector: enriched records rendered as one self-contained HTML page (quotes linked to
their speakers, events, entities and dates marked in the article's own text).

Used offline by ``newsflow inspect FILE`` and live by the worker's ``/inspect`` pages, with the
same renderer, so what an operator sees in one is what they see in the other.
"""

from __future__ import annotations

from service.inspector.recent import RecentArticles
from service.inspector.render import (
    Span,
    article_spans,
    document,
    index_table,
    layered_html,
    render_article,
    summary,
)

__all__ = ["RecentArticles", "Span", "article_spans", "document", "index_table",
           "layered_html", "render_article", "summary"]
