"""The one place gazetteer (``lexicons/places.tsv`` + ``places_manual.tsv``) behind both entity
countries and event locations, so an entity and the event located at it never disagree about
the country ("protested in Georgia": the entity had no country while the event said GE)."""

from __future__ import annotations

import json
from functools import cache

from service.extract import lexicon

LEXICON_DIR = lexicon.LEXICON_DIR


@cache
def ambiguous_places(lang: str) -> frozenset[str]:
    """Names that get no country in ``lang`` (Georgia: also a US state), from the alias
    table's ``pycountry_ignore``: the same policy for entities and event locations."""
    data = json.loads((LEXICON_DIR / "entity_aliases.json").read_text(encoding="utf-8"))
    return frozenset(data.get("pycountry_ignore", {}).get(lang, []))


@cache
def _rows() -> tuple[dict[str, str], ...]:
    """The gazetteer's rows, read once: ``places.tsv``, then ``places_manual.tsv``."""
    return tuple(row for name in ("places.tsv", "places_manual.tsv")
                 for row in lexicon.read_tsv(LEXICON_DIR / name))


@cache
def load_places() -> dict[str, str]:
    """Place name → ISO alpha-2 ("" for places without one country), manual entries last."""
    places: dict[str, str] = {}
    for row in _rows():
        cc = row.get("country", "")
        places[row["name"]] = "" if cc == "-" else cc
    return places


def place_country(name: str, lang: str) -> str | None:
    """ISO code of a place name, "" for a place without one country, None if unknown
    (German genitive -s and an English leading "the" are tried too)."""
    places = load_places()
    name = name.strip()
    if name in ambiguous_places(lang):
        return None
    if name in places:
        return places[name]
    if lang == "de" and name.endswith("s") and name[:-1] in places:
        return places[name[:-1]]
    if name.startswith(("the ", "The ")) and name[4:] in places:
        return places[name[4:]]
    return None


@cache
def _kinds() -> dict[str, str]:
    """Place name → its kind ("country", "city", …), manual entries last."""
    return {row["name"]: row["kind"] for row in _rows() if row.get("kind")}


def is_country(name: str) -> bool:
    """Whether the gazetteer lists ``name`` as a country ("Kyrgyzstan", „Kirgisistan“)."""
    return _kinds().get(name.strip()) == "country"


@cache
def _demonyms() -> dict[str, dict[str, str]]:
    """Per language, a country adjective (English form, German stem) → ISO code."""
    out: dict[str, dict[str, str]] = {"en": {}, "de": {}}
    for row in lexicon.read_tsv(LEXICON_DIR / "demonyms.tsv"):
        for lang in ("en", "de"):
            for form in row.get(lang, "").split("|"):
                if form:
                    out[lang][form] = row["country"]
    return out


GERMAN_ADJECTIVE_ENDINGS = ("", "e", "en", "er", "es", "em")


def demonym_country(word: str, lang: str) -> str | None:
    """ISO code of a country adjective ("Russian", „russischen“), None for any other word."""
    table = _demonyms().get(lang, {})
    low = word.lower()
    if lang != "de":
        return table.get(low)
    for ending in GERMAN_ADJECTIVE_ENDINGS:
        if ending and not low.endswith(ending):
            continue
        code = table.get(low[:len(low) - len(ending)] if ending else low)
        if code is not None:
            return code
    return None
