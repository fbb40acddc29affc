"""German attribution (issue 10): where the surface rules find a cue but no source, the
parse names it; a passive's subject is never the source; "…, so <verb> <NP>" takes the NP.
Shipped German pipeline; variants of SpkAtt-style news constructions."""

from __future__ import annotations

from typing import Any

import pytest

from service.extract.pipeline import Extractor


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def sources(extractor: Extractor, text: str) -> dict[str, str | None]:
    """cue text -> source text, over quotes and speech events."""
    record = extractor.enrich_many([{"id": "x", "text": text, "language": "de"}])[0]
    out: dict[str, Any] = {}
    for q in record["quotes"]:
        if q.get("cue"):
            out[q["cue"]["text"]] = (q.get("speaker") or {}).get("text")
    for s in record.get("speech_events") or []:
        if s.get("cue") and out.get(s["cue"]["text"]) is None:
            out[s["cue"]["text"]] = (s.get("source") or {}).get("text")
    return out


@pytest.mark.parametrize("text, cue, source_word", [
    ("In einer Mitteilung erklärte der Vorstand, dass die Zahlen nicht stimmten.", "erklärte",
     "Vorstand"),
    ("Der Umsatz sei stark gesunken, so bestätigt die Geschäftsführung.", "bestätigt",
     "Geschäftsführung"),
])
def test_the_source_comes_from_the_clause(extractor, text, cue, source_word) -> None:
    found = sources(extractor, text)
    assert cue in found, found
    assert found[cue] is not None and source_word in found[cue], found


def test_a_passive_subject_is_not_the_source(extractor) -> None:
    found = sources(extractor, "Der Plan wurde am Montag verkündet, die Schulen bleiben zu.")
    assert all(src is None or "Plan" not in src for src in found.values()), found
