"""Per-document caches for spaCy ``Doc`` properties that are recomputed on every access.

``Doc.text`` joins every token and ``Doc.has_annotation`` scans every token each time; called
once per candidate they turn a component quadratic on long articles.
"""

from __future__ import annotations

from spacy.tokens import Doc


def text(doc: Doc) -> str:
    cached = doc.user_data.get("newsflow_text")
    if cached is None:
        cached = doc.user_data["newsflow_text"] = doc.text
    return cached


def has(doc: Doc, attr: str) -> bool:
    key = "newsflow_has_" + attr
    if key not in doc.user_data:
        doc.user_data[key] = doc.has_annotation(attr)
    return doc.user_data[key]
