"""The LanguageTool lexicon step of the German recipe (training/de/lexicon_lemmas.py): tag
mapping, unambiguous pairs, which entries are added, and output-preserving pruning. No
network and no Java: the lexicon lines are written here."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "training" / "de"))
import lexicon_lemmas as ll  # noqa: E402

LINES = [
    "Häuser\tHaus\tSUB:NOM:PLU:NEU",
    "Häuser\tHaus\tSUB:AKK:PLU:NEU",  # same lemma twice: still unambiguous
    "Weg\tWeg\tSUB:NOM:SIN:MAS",
    "weg\tweg\tADV",
    "Wagen\tWagen\tSUB:NOM:SIN:MAS",
    "wagen\twagen\tVER:INF:NON",
    "Lagen\tLage\tSUB:NOM:PLU:FEM",
    "Lagen\tLagen\tSUB:DAT:PLU:NEU",  # two lemmas for one (form, UPOS): left out
    "kann\tkönnen\tVER:MOD:3:SIN:PRÄ",
    "angekündigten\tangekündigt\tPA2:DAT:SIN:MAS:GRU:DEF:VER",
    "dem\tder\tART:DEF:DAT:SIN:MAS",  # closed class: the treebank decides
    "kaputt\n",  # malformed line
]


@pytest.mark.parametrize("tag, upos", [
    ("SUB:NOM:SIN:MAS", "NOUN"), ("EIG:NOM:SIN:MAS", "PROPN"), ("VER:3:SIN:PRÄ:NON", "VERB"),
    ("VER:AUX:3:SIN:PRÄ", "AUX"), ("VER:MOD:1:SIN:PRÄ", "AUX"), ("ADJ:DAT:SIN:FEM:GRU:SOL", "ADJ"),
    ("PA1:DAT:PLU:FEM:GRU:DEF:VER", "ADJ"), ("ADV", "ADV"), ("ART:DEF:DAT:SIN:MAS", None),
    ("PRO:PER:NOM:SIN", None),
])
def test_tags_map_to_open_class_upos(tag: str, upos: str | None) -> None:
    assert ll.upos_of(tag) == upos


def test_only_unambiguous_pairs_are_kept() -> None:
    pairs = ll.unambiguous(LINES)
    assert pairs[("Häuser", "NOUN")] == "Haus"
    assert pairs[("kann", "AUX")] == "können"
    assert pairs[("angekündigten", "ADJ")] == "angekündigt"
    assert ("Lagen", "NOUN") not in pairs
    assert ("dem", "DET") not in pairs and not any(f == "dem" for f, _ in pairs)


def test_new_entries_respect_the_table_and_the_raw_text() -> None:
    pairs = ll.unambiguous(LINES)
    table = {"Weg|NOUN": "Weg", "Häuser": "Haus", "wagen": "Wagen"}
    forms = ll.raw_forms(["Die Häuser am Weg, die wir wagen.", "Er kann es."])
    added = ll.new_entries(pairs, table, forms)
    assert "Weg|NOUN" not in added  # the treebank's entry stays
    assert "Häuser|NOUN" not in added  # the form-only entry already says Haus
    assert added["wagen|VERB"] == "wagen"  # the form-only entry says otherwise: the pair wins
    assert added["kann|AUX"] == "können"
    assert "Wagen|NOUN" not in added and "angekündigten|ADJ" not in added  # not in raw text


def test_pruning_keeps_every_lookup_result() -> None:
    table = {"Haus": "Haus", "Haus|NOUN": "Haus", "Weg|ADV": "weg", "Weg": "Weg",
             "a|b|NOUN": "x", "a|b": "x"}
    pruned = ll.without_redundant(table)
    assert pruned == {"Haus": "Haus", "Weg|ADV": "weg", "Weg": "Weg", "a|b": "x"}

    def lookup(t: dict[str, str], form: str, upos: str) -> str | None:
        return t.get(f"{form}|{upos}") or t.get(form)

    for form, upos in (("Haus", "NOUN"), ("Weg", "ADV"), ("Weg", "NOUN"), ("a|b", "NOUN")):
        assert lookup(pruned, form, upos) == lookup(table, form, upos)
