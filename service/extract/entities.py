"""The ``newsflow_entities`` component: entity mentions → canonical entities per article.

Mentions come from the pipeline's NER (``doc.ents``) and from a small offline gazetteer
(``lexicons/entity_aliases.json``, plus country names from pycountry when it is installed). The
gazetteer is the only source when the pipeline has no NER (blank German); it knows countries,
a few organisations and capitals and never persons, because in German capitalisation alone does
not make a name.

Clustering, per article:

- aliases from the table (USA / US / Vereinigte Staaten / U.S.) are one entity with the table's
  fixed canonical name in the article's language (stable across articles), and countries carry
  their ISO 3166-1 alpha-2 code;
- persons: "Putin" and the German genitive "Putins" join the full name "Wladimir Putin"; the
  longest name in the article is the canonical one;
- organisations and places join on their normalised text (German genitive -s/-es and adjective
  endings, leading articles and legal forms ignored); an acronym joins the organisation whose
  initials it is.

Results go to ``doc._.entities``: ``{id, name, type, mentions: [{text, start, end}], salience,
country?}`` in order of first mention, so ids are stable for a given text. ``salience`` (0–1)
weighs the mention count, how early the entity first appears and whether the article's title
(``doc._.title``, set by the caller; optional) names it. ``link_speakers`` points quote speakers
at these entities. The data files are described in ``lexicons/README.md``.
"""

from __future__ import annotations

import bisect
import json
import math
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from service.extract import lexicon
from service.extract.entity_spans import german_nominative, repair, trailing_period
from service.extract.guard import Guarded
from service.extract.places import place_country

LEXICON_DIR = Path(__file__).parent / "lexicons"
ALIASES_PATH = LEXICON_DIR / "entity_aliases.json"
NOUN_TYPES_PATH = LEXICON_DIR / "speaker_noun_types.json"

LABELS = {"PER": "PER", "PERSON": "PER", "ORG": "ORG", "LOC": "LOC", "GPE": "LOC",
          "FAC": "LOC", "NORP": "MISC", "MISC": "MISC", "EVENT": "MISC",
          "WORK_OF_ART": "MISC", "LAW": "MISC", "PRODUCT": "MISC", "LANGUAGE": "MISC"}
# articles an NER span may start with ("the United States", "des Kremls")
ARTICLES = {
    "de": {"der", "die", "das", "des", "dem", "den", "ein", "eine", "einer", "eines", "einem",
           "einen"},
    "en": {"the", "a", "an"},
}
# German adjective endings inside multiword names: der Europäischen Union, Vereinigtes Königreich
ADJECTIVE_ENDINGS = ("en", "er", "es", "em")
LEGAL_FORMS = {"inc", "inc.", "corp", "corp.", "co.", "ltd", "ltd.", "llc", "plc", "ag", "gmbh",
               "se", "kgaa", "s.a.", "n.v."}
POSSESSIVE = ("'s", "’s")
APOSTROPHES = ("'", "’")

# speaker pronoun -> entity types it can point back to
PRONOUN_TYPES = {
    "de": {"er": ("PER",), "sie": ("PER", "ORG"), "wir": ("PER", "ORG")},
    "en": {"he": ("PER",), "she": ("PER",), "they": ("PER", "ORG"), "we": ("PER", "ORG"),
           "it": ("ORG",)},
}
# a definite description refers back; an indefinite one ("ein Sprecher") introduces someone new
DEFINITE = {"de": {"der", "die", "das", "dieser", "diese", "dieses"}, "en": {"the", "this"}}
SPEAKER_PRIORITY = {"PER": 0, "ORG": 1, "LOC": 2}  # MISC is never a speaker
ROLE_WINDOW = 4  # tokens before a mention searched for its role noun ("Präsident Putin")

# salience = weighted mention frequency, earliness of the first mention and presence in the
# title; the weights are the component's factory config (salience_frequency, …)
W_FREQUENCY, W_POSITION, W_TITLE = 0.5, 0.2, 0.3


# --- gazetteer --------------------------------------------------------------------------------

@dataclass
class GazetteerEntry:
    """One canonical entity of the alias table (or a pycountry country)."""

    id: str
    type: str
    country: str | None = None
    names: dict[str, str] = field(default_factory=dict)
    aliases: dict[str, list[str]] = field(default_factory=dict)
    ner_only: dict[str, list[str]] = field(default_factory=dict)

    def name(self, lang: str) -> str:
        """Fixed canonical name: explicit name, else the language's first alias, else English."""
        for code in (lang, "en"):
            for source in (self.names.get(code), *self.aliases.get(code, ()),
                           *self.ner_only.get(code, ())):
                if source:
                    return source
        groups = (*self.aliases.values(), *self.ner_only.values())
        return next((alias for group in groups for alias in group), self.id)

    def all_aliases(self) -> Iterator[tuple[str, str, bool]]:
        """(language, alias, may the gazetteer match it without NER)."""
        for code, aliases in self.aliases.items():
            for alias in aliases:
                yield code, alias, True
        for code, aliases in self.ner_only.items():
            for alias in aliases:
                yield code, alias, False


def _clean_country_name(name: str | None) -> str | None:
    """pycountry names with a comma or brackets are list forms, not names ("Korea, Republic of")."""
    if not name or "," in name or "(" in name:
        return None
    return name


def _add_alias(entry: GazetteerEntry, lang: str, alias: str, scan: bool) -> None:
    if alias in entry.aliases.get(lang, ()) or alias in entry.ner_only.get(lang, ()):
        return
    target = entry.aliases if scan else entry.ner_only
    target.setdefault(lang, []).append(alias)


def _merge_pycountry(entries: list[GazetteerEntry], lang: str, blocked: dict[str, set[str]],
                     ignored: dict[str, set[str]]) -> None:
    """Adds every ISO country (English names and, for ``lang``, the translations that ship with
    pycountry) to the entry with the same code, or as a new entry. Optional: without pycountry
    only the alias table is used."""
    try:
        import gettext

        import pycountry
    except ImportError:
        return
    translate: Callable[[str], str] = str
    if lang != "en":
        translate = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang],
                                        fallback=True).gettext
    by_code = {e.country: e for e in entries if e.country}
    for country in pycountry.countries:
        english = [_clean_country_name(getattr(country, attr, None))
                   for attr in ("common_name", "name", "official_name")]
        names = {"en": [n for n in english if n and n not in ignored.get("en", ())]}
        if lang != "en":
            names[lang] = [t for n in english if n and (t := _clean_country_name(translate(n)))
                           and t not in ignored.get(lang, ())]
        entry = by_code.get(country.alpha_2)
        if entry is None:
            if not names["en"]:
                continue
            # canonical: the common name, even when it is too ambiguous to match alone
            entry = GazetteerEntry(country.alpha_2, "LOC", country.alpha_2,
                                   {code: aliases[0] for code, aliases in names.items()
                                    if aliases})
            entries.append(entry)
            by_code[country.alpha_2] = entry
        for code, aliases in names.items():
            for alias in aliases:
                _add_alias(entry, code, alias, alias not in blocked.get(code, set()))


@cache
def load_entries(lang: str) -> tuple[GazetteerEntry, ...]:
    """The alias table, with pycountry's countries merged in."""
    data = json.loads(ALIASES_PATH.read_text(encoding="utf-8"))
    entries = []
    for raw in data["entities"]:
        entries.append(GazetteerEntry(
            raw["id"], raw["type"], raw.get("country"), dict(raw.get("name", {})),
            {code: list(raw[code]) for code in raw if len(code) == 2 and code.islower()},
            {code: list(a) for code, a in raw.get("ner_only", {}).items()}))
    blocked = {code: set(names) for code, names in data.get("pycountry_ner_only", {}).items()}
    ignored = {code: set(names) for code, names in data.get("pycountry_ignore", {}).items()}
    _merge_pycountry(entries, lang, blocked, ignored)
    return tuple(entries)


def _norm_words(words: Sequence[str], lang: str) -> tuple[str, ...]:
    """German inflects adjectives inside names (der Vereinigten Staaten, Vereinigtes
    Königreich): all non-final capitalised words lose one ending letter, on both sides of a
    comparison, so inflected and base forms meet."""
    out = list(words)
    if lang == "de":
        for i in range(len(out) - 1):
            word = out[i]
            if len(word) > 4 and word[:1].isupper() and word.endswith(ADJECTIVE_ENDINGS):
                out[i] = word[:-1]
    return tuple(out)


def _genitive_variants(word: str, lang: str) -> list[str]:
    """The word and what it could be without a genitive ending (Russlands, des Kremls,
    des Weißen Hauses, Putin's)."""
    variants = [word]
    for suffix in POSSESSIVE:
        if word.endswith(suffix) and len(word) > len(suffix):
            variants.append(word[:-len(suffix)])
    if lang == "de" and len(word) > 3:
        if word.endswith("s"):
            variants.append(word[:-1])
        if word.endswith("es"):
            variants.append(word[:-2])
    return variants


def _fold(key: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(w.casefold() for w in key)


def _key_len(key: tuple[str, ...]) -> int:
    return sum(len(w) for w in key)


class Gazetteer:
    """Alias index for one language, keyed by the pipeline's own tokenisation of each alias."""

    def __init__(self, entries: Sequence[GazetteerEntry], lang: str,
                 tokenize: Callable[[str], list[str]]) -> None:
        self.lang = lang
        self.scan: dict[tuple[str, ...], GazetteerEntry] = {}
        self.known: dict[tuple[str, ...], GazetteerEntry] = {}
        self.folded: dict[tuple[str, ...], GazetteerEntry] = {}
        self.keys: dict[str, set[tuple[str, ...]]] = {}
        for entry in entries:
            for code, alias, scan in entry.all_aliases():
                key = _norm_words(tokenize(alias), lang)
                if not key:
                    continue
                if scan and code == lang:
                    self.scan.setdefault(key, entry)
                self.known.setdefault(key, entry)
                if _key_len(key) > 3:  # "US" must not match "us"
                    self.folded.setdefault(_fold(key), entry)
                self.keys.setdefault(entry.id, set()).add(key)
        self.first = {key[0] for key in self.scan}
        self.max_len = max((len(key) for key in self.known), default=1)

    def lookup(self, words: Sequence[str], scan: bool = False) -> GazetteerEntry | None:
        """The entry a word sequence names, allowing a genitive on its last word."""
        if not words:
            return None
        index = self.scan if scan else self.known
        head = _norm_words(words, self.lang)
        for last in _genitive_variants(words[-1], self.lang):
            key = (*head[:-1], last)
            entry = index.get(key)
            if entry is None and not scan and _key_len(key) > 3:
                entry = self.folded.get(_fold(key))
            if entry is not None:
                return entry
        return None

    def find(self, doc: Doc, covered: set[int]) -> list[tuple[int, int, GazetteerEntry]]:
        """Longest unambiguous alias matches (token ranges) outside ``covered`` tokens. Only
        whole tokens match, and a name glued into a hyphenated compound (US-Präsidenten,
        US-China) is a modifier, not a mention."""
        found = []
        text = doc.text  # built anew on every access
        i = 0
        n_tokens = len(doc)
        while i < n_tokens:
            word = doc[i].text
            if i in covered or not (word in self.first or word[:-1] in self.first
                                    or word[:-2] in self.first):
                i += 1
                continue
            for n in range(min(self.max_len, n_tokens - i), 0, -1):
                if any(j in covered for j in range(i, i + n)):
                    continue
                entry = self.lookup([t.text for t in doc[i:i + n]], scan=True)
                if entry is None:
                    continue
                span = doc[i:i + n]
                if not _glued(text, span.start_char, span.end_char):
                    found.append((i, i + n, entry))
                    i += n - 1
                break
            i += 1
        return found


def _glued(text: str, start: int, end: int) -> bool:
    after = text[end:end + 2]
    before = text[max(0, start - 2):start]
    return (len(after) == 2 and after[0] == "-" and after[1].isalpha()) or \
        (len(before) == 2 and before[1] == "-" and before[0].isalpha())


# --- mentions and clustering ------------------------------------------------------------------

@dataclass
class _Mention:
    start: int
    end: int
    text: str
    display: str               # the name as written, genitive removed
    words: tuple[str, ...]     # display words without leading articles
    key: tuple[str, ...]       # normalised, case-folded words
    type: str
    entry: GazetteerEntry | None = None


def _base_form(tok: Token, lang: str, forms: set[str], person: bool) -> str:
    """The last word of a name without its genitive ending. German -s/-es is removed only when
    the bare form occurs elsewhere in the article or the morphologizer says genitive, so names
    that end in s (Klaus, Paris) keep it."""
    word = tok.text
    for suffix in POSSESSIVE:
        if word.endswith(suffix) and len(word) > len(suffix) + 1:
            return word[:-len(suffix)]
    if word.endswith(APOSTROPHES) and len(word) > 2:
        return word[:-1]  # Klaus'
    if lang != "de" or len(word) < 4 or not word[:1].isupper():
        return word
    after_article = tok.i > 0 and tok.doc[tok.i - 1].lower_ in ("des", "eines")
    if person:
        genitive = "Gen" in tok.morph.get("Case")
    else:  # the tagger's case alone would make "Siemens" "Siemen": an article or a known
        # place without the ending ("Russlands" → Russland) must confirm it
        genitive = after_article or ("Gen" in tok.morph.get("Case") and word.endswith("s")
                                     and place_country(word[:-1], lang) is not None)
    if genitive and not person and word.endswith("es") and len(word) > 6 \
            and word[-3] not in "aeiouäöüy" and word[:-2] not in forms \
            and not word.endswith(("nes", "les", "res")):
        return word[:-2]  # des Wetterdienstes, des Bundesamtes (not Hermes, Ganges)
    if word.endswith("s") and not word.endswith("ss") and (word[:-1] in forms or genitive):
        return word[:-1]
    if not person and word.endswith("es") and word[:-2] in forms:
        return word[:-2]
    return word


def _trim(tokens: list[Token], lang: str) -> tuple[list[Token], list[Token]]:
    """(span tokens for the mention, tokens for the key): trailing punctuation and possessive
    markers go; a leading article leaves the key, and the mention too unless it is capitalised
    mid-sentence ("The New York Times")."""
    while tokens and (tokens[-1].is_punct or tokens[-1].text in (*POSSESSIVE, *APOSTROPHES)):
        tokens = tokens[:-1]
    articles = ARTICLES.get(lang, set())
    k = 0
    while k < len(tokens) - 1 and tokens[k].lower_ in articles:
        k += 1
    if k == 0:
        return tokens, tokens
    first = tokens[0]
    keep = first.text[:1].isupper() and not (first.i == 0 or first.is_sent_start)
    return (tokens if keep else tokens[k:]), tokens[k:]


def _mention(doc: Doc, text: str, tokens: list[Token], key_tokens: list[Token], etype: str,
             entry: GazetteerEntry | None, forms: set[str]) -> _Mention:
    lang = doc.lang_
    last = key_tokens[-1]
    base = _base_form(last, lang, forms, etype == "PER")
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
    if trailing_period(text[start:end]):  # "X." ends the sentence, not the name
        end -= 1
        base = base[:-1] if base.endswith(".") else base
    display_end = min(last.idx + len(base), end)
    display = " ".join(text[start:display_end].split())
    words = [t.text for t in key_tokens[:-1]] + [base]
    norm = list(words if etype == "PER" else _norm_words(words, lang))
    if etype == "ORG" and len(norm) > 1 and norm[-1].lower() in LEGAL_FORMS:
        norm = norm[:-1]  # Apple Inc. = Apple
    return _Mention(start, end, text[start:end], display, tuple(words),
                    _fold(tuple(norm)), entry.type if entry else etype, entry)


def _from_ent(doc: Doc, text: str, ent: Span, gaz: Gazetteer | None, forms: set[str]
              ) -> _Mention | None:
    etype = LABELS.get(ent.label_)
    if etype is None:
        return None
    tokens, key_tokens = _trim(list(ent), doc.lang_)
    if not key_tokens:
        return None
    entry = None
    if gaz is not None:
        # the whole span first: "Den Haag" / "The Hague" keep their article
        for candidate in (tokens, key_tokens):
            entry = gaz.lookup([t.text for t in candidate])
            if entry is not None:
                if len(candidate) == len(tokens):
                    key_tokens = tokens
                break
        if entry is None and len(tokens) == len(key_tokens):
            full = _trim(list(ent), "")[0]  # a sentence-initial "Den Haag"
            entry = gaz.lookup([t.text for t in full])
            if entry is not None:
                tokens = key_tokens = full
        if entry is not None and etype == "PER" and gaz.lookup(
                [t.text for t in key_tokens], scan=True) is None:
            entry = None  # "Jordan" tagged as a person stays a person
    return _mention(doc, text, tokens, key_tokens, etype, entry, forms)


def _propagate_surnames(doc: Doc, entities: list[dict[str, Any]]) -> None:
    """A person's surname where the tagger missed it ("Putins Äußerungen") is another mention
    of that person, when exactly one person in the article has that surname."""
    by_surname: dict[str, list[dict[str, Any]]] = {}
    for entity in entities:
        words = entity["name"].split()
        if entity["type"] == "PER" and len(words) >= 2 and len(words[-1]) >= 3:
            by_surname.setdefault(words[-1], []).append(entity)
    if not by_surname:
        return
    taken = sorted((m["start"], m["end"]) for e in entities for m in e["mentions"])
    starts = [a for a, _ in taken]
    for tok in doc:
        word = tok.text
        if word not in by_surname and not (doc.lang_ == "de" and word.endswith("s")
                                           and word[:-1] in by_surname):
            continue
        surname = word if word in by_surname else word[:-1]
        if len(by_surname[surname]) != 1:
            continue
        start, end = tok.idx, tok.idx + len(word)
        k = bisect.bisect_right(starts, start)
        if any(a < end and start < b for a, b in taken[max(0, k - 1):k + 1]):
            continue
        entity = by_surname[surname][0]
        entity["mentions"].append({"text": word, "start": start, "end": end})
        entity["mentions"].sort(key=lambda m: m["start"])


def _subsequence(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    it = iter(long)
    return all(word in it for word in short)


def _initials(words: Sequence[str]) -> str:
    return "".join(w[0] for w in words if w[:1].isupper())


def _cluster(mentions: list[_Mention], lang: str) -> list[list[_Mention]]:
    """Groups mentions into entities (see the module docstring)."""
    groups: dict[tuple[Any, ...], list[_Mention]] = {}
    single_persons = []
    for m in mentions:
        if m.entry is not None:
            groups.setdefault(("gaz", m.entry.id), []).append(m)
        elif m.type == "PER" and len(m.key) == 1:
            single_persons.append(m)
        else:
            groups.setdefault((m.type, m.key), []).append(m)

    # "Donald Trump" joins "Donald J. Trump"
    persons = sorted((k for k in groups if k[0] == "PER"), key=lambda k: len(k[1]), reverse=True)
    for i, short in enumerate(persons):
        for long in persons[:i]:
            if long in groups and len(long[1]) > len(short[1]) \
                    and short[1][-1] == long[1][-1] and _subsequence(short[1], long[1]):
                groups[long].extend(groups.pop(short))
                break

    # "Putin" joins the full name with that surname; of several, the most recently mentioned
    for m in single_persons:
        candidates = [k for k in groups if k[0] == "PER" and len(k[1]) > 1
                      and k[1][-1] == m.key[0]]
        target: tuple[Any, ...] = ("PER", m.key)
        if candidates:
            before = [(max(x.start for x in groups[k] if x.start < m.start), k)
                      for k in candidates if any(x.start < m.start for x in groups[k])]
            if before:
                target = max(before)[1]
            else:
                target = min(candidates, key=lambda k: min(x.start for x in groups[k]))
        groups.setdefault(target, []).append(m)

    # "Starmer" tagged ORG, MISC or LOC after "Keir Starmer" was introduced is that person (a
    # frequent NER confusion); real places are left alone ("Washington")
    for short in [k for k in groups if len(k[1]) == 1 and (
            k[0] in ("ORG", "MISC") or k[0] in ("LOC", "GPE")
            and place_country(groups[k][0].words[0], lang) is None)]:
        people = [k for k in groups if k[0] == "PER" and len(k[1]) > 1 and k[1][-1] == short[1][0]]
        if people:
            target = max(people, key=lambda k: len(groups[k]))
            for m in groups.pop(short):
                m.type = "PER"
                groups[target].append(m)

    # the same words tagged with two types in one article name one thing ("Tornado Labs" ORG,
    # later PER): the first mention's, which news introduce with their descriptor
    # ("cybersecurity startup Tornado Labs")
    for key in [k for k in groups if k[0] != "gaz" and len(k[1]) > 1]:
        if key not in groups:
            continue
        same = [k for k in groups if k[0] != "gaz" and k[1] == key[1]]
        if len(same) < 2:
            continue
        target = min(same, key=lambda k: min(m.start for m in groups[k]))
        for k in same:
            if k != target:
                for m in groups.pop(k):
                    m.type = target[0]
                    groups[target].append(m)

    # "Summit Ridge" tagged PER (or ORG: "Mercy Ridge") after "Summit Ridge Capital" /
    # "Mercy Ridge Medical Center" was introduced is the company's short name
    for short in [k for k in groups if k[0] in ("PER", "ORG", "MISC", "LOC", "GPE")
                  and len(k[1]) > 1]:
        if short not in groups or short[0] in ("LOC", "GPE") and place_country(
                " ".join(groups[short][0].words), lang) is not None:
            continue  # "New York" after "New York Times" stays the city
        first = min(m.start for m in groups[short])
        longer = [k for k in groups if k[0] == "ORG" and len(k[1]) > len(short[1])
                  and k[1][:len(short[1])] == short[1]
                  and min(m.start for m in groups[k]) < first]
        if longer:
            target = min(longer, key=lambda k: min(m.start for m in groups[k]))
            for m in groups.pop(short):
                m.type = "ORG"
                groups[target].append(m)

    # "Harbour" after "Harbour Logistics" was introduced: the company's short name, whatever
    # NER called the lone word (not a place: "Berlin" after "Berlin Brandenburg Airport",
    # unless NER itself took it for an organisation: "Kaapstad" after "Kaapstad Marine Data")
    for short in [k for k in groups if k[0] in ("PER", "ORG", "MISC", "LOC", "GPE")
                  and len(k[1]) == 1]:
        if short not in groups:
            continue
        place = place_country(groups[short][0].words[0], lang) is not None
        if place and short[0] != "ORG" or short[0] in ("LOC", "GPE") and place:
            continue
        first = min(m.start for m in groups[short])
        longer = [k for k in groups if k[0] == "ORG" and len(k[1]) > 1
                  and k[1][0] == short[1][0] and min(m.start for m in groups[k]) < first]
        if longer:
            target = min(longer, key=lambda k: min(m.start for m in groups[k]))
            for m in groups.pop(short):
                m.type = "ORG"
                groups[target].append(m)

    # "EZB"-style acronyms join the organisation whose initials they are
    for short in [k for k in groups if k[0] == "ORG" and len(k[1]) == 1]:
        word = groups[short][0].words[0]
        if not (2 <= len(word) <= 6 and word.isupper() and word.isalpha()):
            continue
        for long, members in groups.items():
            if long[0] == "ORG" and len(long[1]) > 1 and _initials(members[0].words) == word:
                members.extend(groups.pop(short))
                break

    clusters = [sorted(ms, key=lambda m: m.start) for ms in groups.values()]
    return sorted(clusters, key=lambda ms: ms[0].start)


def _merge_introduced_acronyms(clusters: list[list[_Mention]], text: str
                               ) -> list[list[_Mention]]:
    """An acronym the text introduces in brackets right after a name ("des Deutschen
    Wetterdienstes (DWD)", "the World Health Organization (WHO)") is that name's entity."""
    owner = {id(m): n for n, cluster in enumerate(clusters) for m in cluster}
    by_start = {m.start: m for cluster in clusters for m in cluster}
    merged: dict[int, int] = {}
    for n, cluster in enumerate(clusters):
        for m in cluster:
            if text[m.end:m.end + 2] != " (":
                continue
            acro = by_start.get(m.end + 2)
            if acro is None or text[acro.end:acro.end + 1] != ")" or len(acro.words) != 1:
                continue
            word = acro.words[0]
            if not (2 <= len(word) <= 8 and word[:1].isupper() and sum(
                    c.isupper() for c in word) >= 2) or acro.type == "PER":
                continue
            target = owner[id(acro)]
            if target != n:
                merged[target] = n
    if not merged:
        return clusters

    def root(k: int) -> int:
        while k in merged:
            k = merged[k]
        return k

    out: dict[int, list[_Mention]] = {}
    for n, cluster in enumerate(clusters):
        out.setdefault(root(n), []).extend(cluster)
    groups = [sorted(ms, key=lambda m: m.start) for ms in out.values()]
    return sorted(groups, key=lambda ms: ms[0].start)


@lru_cache(maxsize=65_536)
def _is_person_title(word: str, lang: str) -> bool:
    """A role noun that stands before a person's name (Chancellor, Arbeitsminister).
    Cached: it is asked for every capitalised token, and the answer depends on the word only."""
    if not word[:1].isalpha() or len(word) < 3:
        return False
    noun = _head_noun([word], lang)
    if noun is None:
        return False
    types, _ = _noun_types(lang)
    return types.get(noun, ("PER",)) == ("PER",)


def _name(cluster: list[_Mention], lang: str) -> str:
    entry = cluster[0].entry
    if entry is not None:
        return entry.name(lang)
    counts: dict[str, int] = {}
    for m in cluster:
        counts[m.display] = counts.get(m.display, 0) + 1
    best = max(cluster, key=lambda m: (len(m.words), counts[m.display], -m.start))
    if lang == "de" and best.type != "PER":
        return " ".join(german_nominative(best.display.split()))
    return best.display


def _title_keys(title: str, lang: str, tokenize_spans: Callable[[str], list[tuple[str, int, int]]],
                max_len: int) -> tuple[set[tuple[str, ...]], set[tuple[str, ...]]]:
    """Every word n-gram of the title (with genitive variants), exact and case-folded."""
    exact: set[tuple[str, ...]] = set()
    folded: set[tuple[str, ...]] = set()
    tokens = tokenize_spans(title)
    for i in range(len(tokens)):
        for n in range(1, min(max_len, len(tokens) - i) + 1):
            span = tokens[i:i + n]
            if _glued(title, span[0][1], span[-1][2]):
                continue
            words = [t[0] for t in span]
            for last in _genitive_variants(words[-1], lang):
                key = _norm_words([*words[:-1], last], lang)
                exact.add(key)
                folded.add(_fold(key))
    return exact, folded


class EntityClusterer:
    """Callable component; see the module docstring."""

    def __init__(self, tokenizer: Callable[[str], Doc] | None = None,
                 gazetteer: bool = True,
                 weights: tuple[float, float, float] = (W_FREQUENCY, W_POSITION, W_TITLE)
                 ) -> None:
        self.tokenizer = tokenizer
        self.use_gazetteer = gazetteer
        self.weights = weights  # salience: mention frequency, first position, in the title
        self._gazetteers: dict[str, Gazetteer] = {}

    def _words(self, text: str) -> list[str]:
        return [t[0] for t in self._spans(text)]

    def _spans(self, text: str) -> list[tuple[str, int, int]]:
        if self.tokenizer is None:
            return [(m.group(), m.start(), m.end()) for m in re.finditer(r"\S+", text)]
        return [(t.text, t.idx, t.idx + len(t.text)) for t in self.tokenizer(text)]

    def gazetteer(self, lang: str) -> Gazetteer:
        """The alias index, tokenised like the documents (built on first use)."""
        if lang not in self._gazetteers:
            self._gazetteers[lang] = Gazetteer(load_entries(lang), lang, self._words)
        return self._gazetteers[lang]

    def __call__(self, doc: Doc) -> Doc:
        lang = doc.lang_
        gaz = self.gazetteer(lang) if self.use_gazetteer else None
        text = doc.text
        forms = {t.text for t in doc}
        mentions: list[_Mention] = []
        covered: set[int] = set()
        ents = repair(doc, list(doc.ents), lambda w: _is_person_title(w, lang),
                      lambda ws: gaz is not None and (e := gaz.lookup(ws)) is not None
                      and e.type == "LOC")
        for ent in ents:
            covered.update(range(ent.start, ent.end))
            m = _from_ent(doc, text, ent, gaz, forms)
            if m is not None:
                mentions.append(m)
        if gaz is not None:
            for start, end, entry in gaz.find(doc, covered):
                tokens = list(doc[start:end])
                mentions.append(_mention(doc, text, tokens, tokens, entry.type, entry, forms))
        mentions.sort(key=lambda m: m.start)
        clusters = _merge_introduced_acronyms(_cluster(mentions, lang), text)
        title = doc._.title if Doc.has_extension("title") else None
        entities = []
        for n, cluster in enumerate(clusters, 1):
            entry = cluster[0].entry
            etype = entry.type if entry else cluster[0].type
            entity: dict[str, Any] = {
                "id": f"e{n}", "name": _name(cluster, lang), "type": etype,
                "mentions": [{"text": m.text, "start": m.start, "end": m.end} for m in cluster],
            }
            if etype == "LOC":
                # the alias table's country, else the place gazetteer events use too
                country = entry.country if entry is not None and entry.country else (
                    place_country(entity["name"], lang)
                    or next((place_country(m.display, lang) for m in cluster
                             if place_country(m.display, lang)), None))
                if country:
                    entity["country"] = country
            entities.append(entity)
        _propagate_surnames(doc, entities)
        self._salience(doc, len(text), entities, clusters, title, gaz)
        doc._.entities = entities
        return doc

    def _forms(self, cluster: list[_Mention], name: str, lang: str, gaz: Gazetteer | None
               ) -> set[tuple[str, ...]]:
        """Word sequences that name the entity (for the title)."""
        entry = cluster[0].entry
        if entry is not None and gaz is not None:
            return set(gaz.keys.get(entry.id, set()))
        forms = {_norm_words(m.words, lang) for m in cluster}
        if cluster[0].type == "PER":
            forms.add((name.split()[-1],))  # the surname alone
        return forms

    def _salience(self, doc: Doc, length: int, entities: list[dict[str, Any]],
                  clusters: list[list[_Mention]], title: str | None,
                  gaz: Gazetteer | None) -> None:
        """Salience in [0, 1]: log-scaled mention count relative to the most mentioned entity,
        how early the first mention comes and (when the article has a title) whether the
        entity is named in it. Without a title the other two weights are rescaled."""
        if not entities:
            return
        lang = doc.lang_
        top = max(len(c) for c in clusters)
        title_sets = None
        if title and title.strip():
            max_len = max(gaz.max_len if gaz else 1, max(len(m.words) for c in clusters
                                                          for m in c))
            title_sets = _title_keys(title, lang, self._spans, max_len)
        w_frequency, w_position, w_title = self.weights
        for entity, cluster in zip(entities, clusters, strict=True):
            frequency = math.log1p(len(cluster)) / math.log1p(top)
            position = 1.0 - cluster[0].start / max(length, 1)
            score = w_frequency * frequency + w_position * position
            if title_sets is None:
                score /= (w_frequency + w_position) or 1.0
            else:
                exact, folded = title_sets
                forms = self._forms(cluster, entity["name"], lang, gaz)
                if any(f in exact or (_key_len(f) > 3 and _fold(f) in folded) for f in forms):
                    score += w_title
            entity["salience"] = round(min(1.0, max(0.0, score)), 3)


# --- speakers ---------------------------------------------------------------------------------

@cache
def _noun_types(lang: str) -> tuple[dict[str, tuple[str, ...]], tuple[str, ...]]:
    """Speaker noun (lower case) → entity types a definite description with it refers to;
    and all speaker nouns, longest first."""
    nouns = set(lexicon.load(lang).speaker_nouns)
    types: dict[str, tuple[str, ...]] = {}
    if NOUN_TYPES_PATH.exists():
        data = json.loads(NOUN_TYPES_PATH.read_text(encoding="utf-8")).get(lang, {})
        for kinds, words in data.items():
            allowed = tuple(k for k in kinds.split() if k != "NONE")
            for word in words:
                types[word.lower()] = allowed
                nouns.add(word.lower())
    # longest first; ties alphabetically, so the choice never depends on set order
    return types, tuple(sorted(nouns, key=lambda n: (-len(n), n)))


def _head_noun(words: list[str], lang: str) -> str | None:
    """The speaker noun of a description: English by (multiword) phrase, German by word or
    compound suffix (Regierungssprecherin → sprecherin)."""
    _, nouns = _noun_types(lang)
    if lang == "de":
        for word in words:
            low = word.lower()
            if low in nouns:
                return low
            suffix = next((n for n in nouns if len(n) >= 4 and low.endswith(n)), None)
            if suffix is not None:
                return suffix
        return None
    text = " ".join(w.lower() for w in words)
    # the substring test first: the word-boundary regex is the slow part, and most nouns
    # do not occur at all
    return next((n for n in nouns
                 if n in text and re.search(rf"(?<!\w){re.escape(n)}(?!\w)", text)), None)


def _reference(text: str, lang: str) -> tuple[str, tuple[str, ...], str | None] | None:
    """What kind of expression a speaker is: ("pronoun"|"description", types, noun),
    ("name", (), None), or None when it cannot refer to an entity of the article."""
    words = text.split()
    if not words:
        return None
    first = words[0].lower()
    pronouns = PRONOUN_TYPES.get(lang, {})
    if len(words) == 1 and first in pronouns:
        return "pronoun", pronouns[first], None
    if first in DEFINITE.get(lang, set()) and len(words) > 1:
        noun = _head_noun(words[1:], lang)
        types, _ = _noun_types(lang)
        allowed = types.get(noun, ("PER",)) if noun else ("PER",)
        return ("description", allowed, noun) if allowed else None
    if words[0][:1].isupper():
        return "name", (), None
    return None  # "officials", "ein Sprecher": nobody in particular


def _has_role(doc: Doc, start: int, end: int, noun: str) -> bool:
    """Whether the mention stands with the role noun, right before it ("Präsident Putin",
    "dem US-Präsidenten Donald Trump", "Prime Minister Keir Starmer") or in an apposition
    after it ("Putin, der russische Präsident")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    if span.start > 0:
        lo = max(0, span.start - ROLE_WINDOW)
        if doc.has_annotation("SENT_START"):
            lo = max(lo, span.sent.start)
        before = " ".join(t.lower_ for t in doc[lo:span.start])
        if noun.split()[-1] in doc[span.start - 1].lower_ and noun in before:
            return True
    if span.end < len(doc) and doc[span.end].text == ",":
        after = " ".join(t.lower_ for t in doc[span.end + 1:span.end + 1 + ROLE_WINDOW])
        return noun in after
    return False


def _speaker_entity(doc: Doc, speaker: dict[str, Any],
                    mentions: list[tuple[int, int, dict[str, Any]]],
                    entities: list[dict[str, Any]], quoted: list[tuple[int, int]]
                    ) -> dict[str, Any] | None:
    start, end = speaker["start"], speaker["end"]
    overlapping = [(SPEAKER_PRIORITY[e["type"]], -s, e) for s, m_end, e in mentions
                   if s < end and start < m_end and e["type"] in SPEAKER_PRIORITY]
    if overlapping:
        return min(overlapping, key=lambda x: (x[0], x[1]))[2]  # the person, the last one
    ref = _reference(speaker["text"], doc.lang_)
    if ref is None:
        return None
    kind, types, noun = ref
    if kind == "name":
        capitalised = [w for w in speaker["text"].split() if w[:1].isupper()]
        word = capitalised[-1]  # "Präsident Putin", "Putin selbst"
        names = {v.casefold() for v in _genitive_variants(word, doc.lang_)}
        matches = [e for e in entities
                   if (e["type"] == "PER" and e["name"].split()[-1].casefold() in names)
                   or e["name"].casefold() == speaker["text"].casefold()]
        return matches[0] if matches else None
    earlier = [(s, m_end, e) for s, m_end, e in mentions
               if m_end <= start and e["type"] in types and not _inside(s, m_end, quoted)]
    if not earlier:
        return None
    if noun is not None:
        with_role = [e for s, m_end, e in earlier if _has_role(doc, s, m_end, noun)]
        if with_role:
            return with_role[-1]
        if noun in _named_only(doc.lang_):  # "die Polizei" is not the company named last
            named = [e for _, _, e in earlier if noun in e["name"].lower()]
            return named[-1] if named else None
    return earlier[-1][2]


@cache
def _named_only(lang: str) -> frozenset[str]:
    """Nouns of public bodies that refer back only to an ORG named or introduced with them
    (speaker_noun_types.json ``named_only``)."""
    if not NOUN_TYPES_PATH.exists():
        return frozenset()
    data = json.loads(NOUN_TYPES_PATH.read_text(encoding="utf-8")).get("named_only", {})
    return frozenset(w.lower() for w in data.get(lang, []))


def _merged(ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted ranges with overlapping ones joined (a mention inside either is inside)."""
    out: list[tuple[int, int]] = []
    for start, end in ranges:
        if out and start < out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


def _inside(start: int, end: int, ranges: list[tuple[int, int]]) -> bool:
    """Whether [start, end) lies within one of the sorted, non-overlapping ``ranges``."""
    k = bisect.bisect_right(ranges, (start, float("inf"))) - 1
    return k >= 0 and ranges[k][0] <= start and end <= ranges[k][1]


def link_speakers(doc: Doc, quotes: list[dict[str, Any]]) -> None:
    """Point each quote's speaker at an entity: the one its text names (a person before an
    organisation before a place); for a pronoun or definite description ("der Präsident",
    "the company"), the most recent compatible entity mentioned outside quotation marks, one
    introduced with the same role noun first; for a bare name, the person with that surname.
    Indefinite speakers ("ein Sprecher", "officials") stay unlinked. A resolved speaker counts
    as a mention of its entity for the speakers after it ("…“, sagte der Präsident. „…“, sagte
    er")."""
    entities = (doc._.entities if Doc.has_extension("entities") else None) or []
    if not entities:
        return
    mentions = sorted(((m["start"], m["end"], e) for e in entities for m in e["mentions"]),
                      key=lambda x: x[0])
    quoted = _merged(sorted((q["start"], q["end"]) for q in quotes
                            if q.get("kind") in ("direct", "mixed")))
    speakers = sorted((q["speaker"] for q in quotes if q.get("speaker")),
                      key=lambda sp: sp["start"])
    for speaker in speakers:
        if "entity_id" in speaker:
            continue
        hit = _speaker_entity(doc, speaker, mentions, entities, quoted)
        if hit is not None:
            speaker["entity_id"] = hit["id"]
            # a resolved "der Präsident" is the latest mention of its entity for a later "er"
            bisect.insort(mentions, (speaker["start"], speaker["end"], hit),
                          key=lambda x: x[0])


@Language.factory("newsflow_entities",
                  default_config={"gazetteer": True, "salience_frequency": W_FREQUENCY,
                                  "salience_position": W_POSITION, "salience_title": W_TITLE},
                  assigns=["doc._.entities"])
def make_entity_clusterer(nlp: Language, name: str, gazetteer: bool,
                          salience_frequency: float, salience_position: float,
                          salience_title: float) -> Guarded:
    if not Doc.has_extension("entities"):
        Doc.set_extension("entities", default=None)
    if not Doc.has_extension("title"):
        # the article's title, set by the caller before the pipeline runs; boosts salience
        Doc.set_extension("title", default=None)
    return Guarded(name, "entities", EntityClusterer(
        nlp.tokenizer, gazetteer, (salience_frequency, salience_position, salience_title)))
