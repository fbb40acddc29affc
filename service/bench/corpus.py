"""The benchmark corpus: the project's own annotated articles (German and English, as shipped
in tests/data and seeds/) plus long synthetic articles made by joining them, so that both the
many-short-articles and the few-long-articles cases are measured.

Deterministic: the same repository gives the same corpus, so runs on different machines or
commits compare.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parents[2]
SOURCES = ("tests/data/quotes/{lang}.jsonl", "tests/data/quotes/heldout/{lang}.jsonl",
           "tests/data/events/{lang}.jsonl")
KEEP = ("id", "language", "title", "published_at", "text")


@dataclass(frozen=True)
class Corpus:
    articles: list[dict[str, Any]]

    def by_language(self) -> dict[str, list[dict[str, Any]]]:
        out: dict[str, list[dict[str, Any]]] = {}
        for article in self.articles:
            out.setdefault(article["language"], []).append(article)
        return out

    @property
    def chars(self) -> int:
        return sum(len(a["text"]) for a in self.articles)

    @property
    def words(self) -> int:
        return sum(len(a["text"].split()) for a in self.articles)

    def describe(self) -> str:
        langs = ", ".join(f"{lang} {len(arts)}" for lang, arts in
                          sorted(self.by_language().items()))
        long = sum(1 for a in self.articles if a["id"].startswith("long-"))
        return (f"{len(self.articles)} articles ({langs}; {long} long synthetic), "
                f"{self.chars:,} chars, {self.words:,} words")

    def tagged(self, tag: str) -> list[dict[str, Any]]:
        """Copies with ids unique to one run (``id#tag``), so runs never mix."""
        return [dict(a, id=f"{a['id']}#{tag}") for a in self.articles]


def own_articles(languages: tuple[str, ...] = ("de", "en"), root: Path = REPO_ROOT
                 ) -> list[dict[str, Any]]:
    out = []
    for lang in languages:
        for pattern in SOURCES:
            path = root / pattern.format(lang=lang)
            if not path.exists():
                continue
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    raw = json.loads(line)
                    out.append({k: raw[k] for k in KEEP if k in raw} | {"language": lang})
    seed = root / "seeds" / "seed_de.json"
    if "de" in languages and seed.exists():
        raw = json.loads(seed.read_text(encoding="utf-8"))
        out.append({k: raw[k] for k in KEEP if k in raw} | {"language": "de", "id": "seed-de"})
    return out


def long_articles(articles: list[dict[str, Any]], per_language: int, chars: int
                  ) -> list[dict[str, Any]]:
    """``per_language`` articles of about ``chars`` characters per language, each the texts
    of consecutive own articles joined as paragraphs (starting at different offsets)."""
    out = []
    by_lang: dict[str, list[dict[str, Any]]] = {}
    for article in articles:
        by_lang.setdefault(article["language"], []).append(article)
    for lang, arts in sorted(by_lang.items()):
        step = max(1, len(arts) // max(1, per_language))
        for n in range(per_language):
            parts, size, i = [], 0, n * step
            while size < chars:
                text = arts[i % len(arts)]["text"]
                parts.append(text)
                size += len(text) + 2
                i += 1
            out.append({"id": f"long-{lang}-{n + 1}", "language": lang,
                        "title": f"Long article {n + 1}",
                        "published_at": arts[n * step % len(arts)].get("published_at"),
                        "text": "\n\n".join(parts)})
    return out


def build(languages: tuple[str, ...] = ("de", "en"), long_per_language: int = 6,
          long_chars: int = 30_000, limit: int | None = None) -> Corpus:
    """Own articles (the first ``limit`` per language, if given) + the long ones."""
    own = own_articles(languages)
    if limit is not None:
        kept: dict[str, int] = {}
        trimmed = []
        for article in own:
            if kept.get(article["language"], 0) < limit:
                kept[article["language"]] = kept.get(article["language"], 0) + 1
                trimmed.append(article)
        own = trimmed
    return Corpus(own + long_articles(own, long_per_language, long_chars))
