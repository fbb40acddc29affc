"""SpkAtt-2023 task 2 converter on a synthetic mini corpus (invented text, never the real data)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from service.evaluation import spkatt_news

SENTENCES = [
    ["„", "Wir", "bauen", "eine", "neue", "Brücke", "“", ",", "sagte", "Anna", "Muster", "."],
    ["Der", "Bürgermeister", "erklärte", ",", "dass", "die", "Straße", "gesperrt", "werde", "."],
    ["Die", "Stadtverwaltung", "teilte", "am", "Montag", "mit", ",", "die", "Arbeiten", "seien",
     "beendet", "."],
    ["Sie", "seien", "günstiger", "als", "geplant", "gewesen", "."],
    ["Ein", "Sprecher", "kündigte", "weitere", "Details", "an", "."],
    ["Es", "hieß", ",", "die", "Brücke", "sei", "sicher", "."],
    ["Er", "nannte", "das", "Projekt", "einen", "„", "großen", "Erfolg", "“", "."],
    ["Laut", "CDU", "/", "CSU", "(", "Fraktion", ")", "kommt", "«", "Plan", "B", "»", "."],
]
TEXT = (
    "„Wir bauen eine neue Brücke“, sagte Anna Muster. "
    "Der Bürgermeister erklärte, dass die Straße gesperrt werde. "
    "Die Stadtverwaltung teilte am Montag mit, die Arbeiten seien beendet. "
    "Sie seien günstiger als geplant gewesen. "
    "Ein Sprecher kündigte weitere Details an. "
    "Es hieß, die Brücke sei sicher. "
    "Er nannte das Projekt einen „großen Erfolg“. "
    "Laut CDU/CSU (Fraktion) kommt «Plan B»."
)


def ids(sentence: int, first: int, last: int | None = None) -> list[str]:
    return [f"{sentence}:{t}" for t in range(first, (first if last is None else last) + 1)]


def event(form: str, cue: list[str], source: list[str], message: list[str], **kw: Any) -> dict:
    return {"Addr": [], "Cue": cue, "Form": form, "Frame": [], "HasNested": False,
            "IsNested": kw.get("nested", False), "Message": message, "STWR": "Speech",
            "Source": source}


ARTICLE = {
    "DocumentName": "900001 - Synthetischer Artikel (2021-03-04)",
    "Sentences": [{"SentenceId": i, "Tokens": toks} for i, toks in enumerate(SENTENCES)],
    "Annotations": [
        event("Direct", ["0:8"], ids(0, 9, 10), ids(0, 0, 6)),  # „…“, sagte X
        event("Indirect", ["1:2"], ids(1, 0, 1), ids(1, 4, 8)),  # erklärte, dass …
        event("Indirect", ["2:2", "2:5"], ids(2, 0, 1), ids(2, 7, 10)),  # teilte … mit
        event("IndirectFreeIndirect", [], ids(2, 0, 1), ids(3, 0, 6)),  # follow-up, no cue
        event("Reported", ["4:2", "4:5"], ids(4, 0, 1), []),  # no message
        event("Indirect", ["5:0", "5:1"], [], ids(5, 3, 6)),  # no source
        event("Direct", ["6:1"], ["6:0"], ids(6, 5, 8)),  # embedded fragment → mixed
        event("Indirect", ["7:0"], ids(7, 1, 3), ids(7, 7, 11)),  # laut X, guillemets
        event("Direct", ["0:8"], ids(0, 9, 10), ids(0, 3, 5), nested=True),  # inside direct
    ],
}
EMPTY = {
    "DocumentName": "900002 - Zweiter Artikel (2021-03-05)",
    "Sentences": [{"SentenceId": 0, "Tokens": ["Nichts", "passiert", "."]}],
    "Annotations": [],
}


def at(sub: str, after: str = "") -> dict[str, Any]:
    """Span of the first ``sub`` in TEXT that starts at or after ``after``."""
    start = TEXT.index(sub, TEXT.index(after) if after else 0)
    return {"text": sub, "start": start, "end": start + len(sub)}


def speaker(sub: str) -> dict[str, Any]:
    return {**at(sub), "entity": None}


def cue(sub: str, lemma: str) -> dict[str, Any]:
    span = at(sub)
    return {"text": sub, "lemma": lemma, "start": span["start"], "end": span["end"]}


def quote(kind: str, sub: str, spk: dict | None, cu: dict | None, form: str) -> dict[str, Any]:
    span = at(sub)
    return {"kind": kind, "start": span["start"], "end": span["end"], "text": sub,
            "speaker": spk, "cue": cu, "form": form, "stwr": "Speech"}


def split_item(first: str, second: str) -> dict[str, Any]:
    """A cue of two separate words, e.g. "teilte … mit"."""
    a, b = at(first), at(second, after=first)
    return {"text": f"{first} {second}", "start": a["start"], "end": b["end"],
            "spans": [[a["start"], a["end"]], [b["start"], b["end"]]]}


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    train = tmp_path / "train"
    train.mkdir()
    for data in (ARTICLE, EMPTY):
        name = data["DocumentName"]
        (train / f"{name}.json").write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    manifest = tmp_path / "split.json"
    manifest.write_text(json.dumps({"tune": ["900001"], "heldout": ["900002"], "how": "test"}))
    return tmp_path


def test_converts_every_construction_exactly(corpus: Path) -> None:
    docs = spkatt_news.load("all", corpus, corpus / "split.json")
    assert [d["id"] for d in docs] == ["900001", "900002"]
    doc = docs[0]
    assert doc["text"] == TEXT
    mitteilen = cue("teilte", "mitteilen")
    assert doc == {
        "id": "900001",
        "language": "de",
        "title": "Synthetischer Artikel",
        "published_at": "2021-03-04",
        "text": TEXT,
        "quotes": [
            quote("direct", "Wir bauen eine neue Brücke", speaker("Anna Muster"),
                  cue("sagte", "sagen"), "Direct"),
            quote("indirect", "die Straße gesperrt werde", speaker("Der Bürgermeister"),
                  cue("erklärte", "erklären"), "Indirect"),
            quote("indirect", "die Arbeiten seien beendet", speaker("Die Stadtverwaltung"),
                  mitteilen, "Indirect"),
            quote("indirect", "Sie seien günstiger als geplant gewesen",
                  speaker("Die Stadtverwaltung"), None, "IndirectFreeIndirect"),
            quote("indirect", "die Brücke sei sicher", None, cue("hieß", "heißen"), "Indirect"),
            quote("mixed", "großen Erfolg", speaker("Er"), cue("nannte", "nennen"), "Direct"),
            quote("indirect", "kommt «Plan B»", speaker("CDU/CSU"), cue("Laut", "laut"),
                  "Indirect"),
        ],
        "cues": [
            at("sagte"),
            at("erklärte"),
            split_item("teilte", "mit"),
            split_item("kündigte", "an"),
            at("Es hieß"),
            at("nannte"),
            at("Laut"),
            at("sagte"),
        ],
        "sources": [
            at("Anna Muster"),
            at("Der Bürgermeister"),
            at("Die Stadtverwaltung"),
            at("Die Stadtverwaltung"),
            at("Ein Sprecher"),
            at("Er"),
            at("CDU/CSU"),
            at("Anna Muster"),
        ],
    }
    for q in doc["quotes"]:
        for part in (q, q["speaker"], q["cue"]):
            assert part is None or TEXT[part["start"] : part["end"]] == part["text"]
    assert docs[1]["text"] == "Nichts passiert."
    assert docs[1]["quotes"] == docs[1]["cues"] == docs[1]["sources"] == []


def test_split_follows_the_manifest_and_hash_fallback(corpus: Path, tmp_path: Path) -> None:
    manifest = corpus / "split.json"
    assert [d["id"] for d in spkatt_news.load("tune", corpus, manifest)] == ["900001"]
    assert [d["id"] for d in spkatt_news.load("heldout", corpus, manifest)] == ["900002"]
    missing = tmp_path / "none.json"  # no manifest: the hash rule decides
    expected = {i: spkatt_news.hash_split(i) for i in ("900001", "900002")}
    for split in ("tune", "heldout"):
        got = [d["id"] for d in spkatt_news.load(split, corpus, missing)]
        assert got == [i for i, s in expected.items() if s == split]
    with pytest.raises(ValueError):
        spkatt_news.load("dev", corpus, manifest)


def test_stats(corpus: Path) -> None:
    st = spkatt_news.stats("all", corpus, corpus / "split.json")
    assert st["articles"] == 2
    assert st["events"] == 9
    assert st["events_with_message"] == 8
    assert st["events_without_cue"] == 1
    assert st["events_without_source"] == 1
    assert st["nested_events"] == 1
    assert st["discontinuous_cues"] == 2
    assert st["quotes"] == 7
    assert st["dropped_inside_direct"] == 1
    assert st["mismatches"] == 0
    assert st["by_form"] == {"Direct": 3, "Indirect": 4, "IndirectFreeIndirect": 1,
                             "Reported": 1}
    assert st["by_kind"] == {"direct": 1, "indirect": 5, "mixed": 1}
    assert spkatt_news.stats("heldout", corpus, corpus / "split.json")["events"] == 0


def test_detokenise_quote_marks_and_apostrophes() -> None:
    sentences = [
        ["Mark", "O", "’", "Keefe", "nannte", "Lenz", "'", "Plan", "„", "gut", "“", "."],
        ["Die", "’", "Ndrangheta", "(", "Italien", ")", "und", "„", "A", "‚", "B", "‘", "“", "."],
        ["Er", "sagte", ":", '"', "Ja", '"', "und", "'", "nein", "'", "..."],
        ["„", "Erster", "Satz", "."],
        ["Zweiter", "Satz", ".", "“", "So", "Er", "."],
    ]
    d = spkatt_news.detokenise(sentences)
    assert d.text == (
        "Mark O’Keefe nannte Lenz' Plan „gut“. Die ’Ndrangheta (Italien) und „A ‚B‘“. "
        "Er sagte: \"Ja\" und 'nein' ... „Erster Satz. Zweiter Satz.“ So Er."
    )
    flat = [t for s in sentences for t in s]
    spans = [sp for s in d.offsets for sp in s]
    assert [d.text[a:b] for a, b in spans] == flat
    first_open = flat.index("„")
    assert d.marks[first_open] == "open" and d.partner[first_open] == first_open + 2
    cross = sum(len(s) for s in sentences[:3])  # the „ opening sentence 3 closes in sentence 4
    assert d.partner[cross] == cross + len(sentences[3]) + 3
    assert d.marks[cross + len(sentences[3]) + 3] == "close"


@pytest.mark.parametrize(
    ("tokens", "head", "lemma"),
    [
        (["sagte"], "sagte", "sagen"),
        (["teilte", "mit"], "teilte", "mitteilen"),
        (["hat", "angekündigt"], "angekündigt", "ankündigen"),
        (["wies", "darauf", "hin"], "wies", "hinweisen"),
        (["heißt", "es"], "heißt", "heißen"),
        (["Wie", "berichtete"], "berichtete", "berichten"),
        (["bekannt", "gab"], "gab", "bekanntgeben"),
        (["forderte"], "forderte", "fordern"),
        (["warnte", "vor"], "warnte", "warnen"),
        (["zufolge"], "zufolge", "zufolge"),
    ],
)
def test_cue_head_and_lemma(tokens: list[str], head: str, lemma: str) -> None:
    h = spkatt_news._cue_head(tokens)
    assert tokens[h] == head
    assert spkatt_news.cue_lemma(tokens, h) == lemma
