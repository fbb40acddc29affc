"""Durations and recurrences (TimeML DURATION and SET): "for three weeks", „seit Jahren“, "weekly".

They live apart from ``doc._.dates`` on purpose: a date is a point a consumer can put on a
calendar, and an event takes its time from one; "three weeks" or "every year" is neither, so
mixing them into ``dates`` would hand old consumers values like ``P3W`` where they expect a day.
An expression the date tagger already took ("two years ago", „in drei Wochen“) is never also a
duration.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from service.extract.guard import Guarded

LEXICON_DIR = Path(__file__).resolve().parent / "lexicons"
TYPES = ("DURATION", "SET")
_TOKEN_RE = re.compile(r"\d+(?:[.,]\d+)?|[^\W\d_]+|\S")
_ADJ_ENDINGS = ("", "e", "en", "er", "es", "em")


@dataclass(frozen=True)
class _Phrases:
    """Lexicon phrases (lower-case token tuples) indexed by their first token, longest first:
    the scanner asks at every token, so it must not walk the whole table each time."""

    by_first: dict[str, tuple[tuple[str, ...], ...]]

    @classmethod
    def of(cls, phrases: Iterable[tuple[str, ...]]) -> _Phrases:
        index: dict[str, list[tuple[str, ...]]] = {}
        for phrase in set(phrases):
            if phrase:
                index.setdefault(phrase[0], []).append(phrase)
        return cls({k: tuple(sorted(v, key=len, reverse=True)) for k, v in index.items()})

    def longest(self, words: Sequence[str], i: int) -> tuple[str, ...] | None:
        """The longest phrase that starts at ``words[i]``."""
        if not 0 <= i < len(words):
            return None
        for phrase in self.by_first.get(words[i], ()):
            if tuple(words[i:i + len(phrase)]) == phrase:
                return phrase
        return None


@dataclass(frozen=True)
class _Lexicon:
    lang: str
    units: dict[str, str]
    qualifiers: frozenset[str]
    numbers: dict[tuple[str, ...], float]
    number_phrases: _Phrases
    tens: dict[str, int]
    unit_digits: dict[str, int]  # „drei“ in „dreiundzwanzig“
    vague: _Phrases
    windows: frozenset[str]
    window_articles: frozenset[str]
    vague_prepositions: frozenset[str]
    modifiers: dict[tuple[str, ...], str]
    modifier_phrases: _Phrases
    anchored_before: frozenset[str]
    anchored_after: _Phrases
    adjective_units: dict[str, str]
    long_adverbs: dict[str, str]
    set_adjectives: dict[str, str]
    set_every: frozenset[str]
    set_times: _Phrases  # "twice", "three times"
    set_times_links: _Phrases
    amount_words: frozenset[str]
    weekdays: dict[str, int]
    article_before: frozenset[str]
    article_after: frozenset[str]
    measure_words: frozenset[str]


# adjectives of a period whose length nobody gives ("an indefinite period")
_EN_OPEN_PERIOD = frozenset({"indefinite", "unspecified", "undetermined", "unknown",
                             "undisclosed", "unlimited"})


def _phrase(text: str) -> tuple[str, ...]:
    return tuple(m.group().lower() for m in _TOKEN_RE.finditer(text))


@lru_cache(maxsize=8)
def _lexicon(lang: str) -> _Lexicon | None:
    path = LEXICON_DIR / f"durations_{lang}.json"
    if not path.is_file():
        return None
    raw: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    numbers = {_phrase(k): float(v) for k, v in raw["numbers"].items()}
    modifiers = {_phrase(k): str(v) for k, v in (raw.get("modifiers") or {}).items()}
    return _Lexicon(
        lang=lang,
        units={str(k): str(v) for k, v in raw["units"].items()},
        qualifiers=frozenset(raw.get("unit_qualifiers") or ()),
        numbers=numbers,
        number_phrases=_Phrases.of(numbers),
        tens={str(k): int(v) for k, v in (raw.get("tens") or {}).items()},
        unit_digits={str(k): int(v) for k, v in (raw.get("units_digits") or {}).items()},
        vague=_Phrases.of(_phrase(w) for w in raw.get("vague_counts") or ()),
        windows=frozenset(raw.get("windows") or ()),
        window_articles=frozenset(raw.get("window_articles") or ()),
        vague_prepositions=frozenset(raw.get("vague_prepositions") or ()),
        modifiers=modifiers,
        modifier_phrases=_Phrases.of(modifiers),
        anchored_before=frozenset(raw.get("anchored_before") or ()),
        anchored_after=_Phrases.of(_phrase(w) for w in raw.get("anchored_after") or ()),
        adjective_units={str(k): str(v) for k, v in (raw.get("adjective_units") or {}).items()},
        long_adverbs={str(k): str(v) for k, v in (raw.get("long_adverbs") or {}).items()},
        set_adjectives={str(k): str(v) for k, v in (raw.get("set_adjectives") or {}).items()},
        set_every=frozenset(raw.get("set_every") or ()),
        set_times=_Phrases.of(_phrase(w) for w in raw.get("set_times") or ()),
        set_times_links=_Phrases.of(_phrase(w) for w in raw.get("set_times_links") or ()),
        amount_words=frozenset(raw.get("amount_words") or ()),
        weekdays={str(k): int(v) for k, v in (raw.get("weekdays") or {}).items()},
        article_before=frozenset(raw.get("article_before") or ()),
        article_after=frozenset(raw.get("article_after") or ()),
        measure_words=frozenset(raw.get("measure_words") or ()),
    )


def _number(n: float) -> str:
    return str(int(n)) if float(n).is_integer() else f"{n:g}"


def duration_value(count: float | None, unit: str) -> str:
    """TimeML value for ``count`` × ``unit`` (None: an unknown count, "years" → PXY)."""
    mult = 1
    if unit[0].isdigit():  # "2W": a fortnight
        mult, unit = int(unit[:-1]), unit[-1]
    if unit in ("DE", "CE"):  # ISO 8601 has no decade: "for decades" PXY, "a decade" P10Y
        count, unit = (None if count is None else count * (10 if unit == "DE" else 100)), "Y"
    if count is None:
        return f"PTX{unit[1]}" if unit.startswith("T") else f"PX{unit}"
    count *= mult  # a fraction stays as written: "half an hour" PT0.5H, "anderthalb Jahre" P1.5Y
    if unit.startswith("T"):
        return f"PT{_number(count)}{unit[1]}"
    return f"P{_number(count)}{unit}"


class _Scanner:
    def __init__(self, text: str, lex: _Lexicon, taken: Sequence[tuple[int, int]]) -> None:
        self.text, self.lex, self.de = text, lex, lex.lang == "de"
        self.S: list[int] = []
        self.E: list[int] = []
        self.T: list[str] = []
        for m in _TOKEN_RE.finditer(text):
            self.S.append(m.start())
            self.E.append(m.end())
            self.T.append(m.group())
        self.L = [t.lower() for t in self.T]
        self.n = len(self.T)
        self.taken = sorted(taken)

    def w(self, i: int) -> str:
        return self.L[i] if 0 <= i < self.n else ""

    def digits(self, i: int) -> float | None:
        t = self.w(i)
        if not t or not t[0].isdigit() or not t[-1].isdigit():
            return None
        if self.de and self.w(i + 1) == "." and self.S[i + 1] == self.E[i]:
            return None  # "in der 90. Minute": an ordinal
        try:
            return float(t.replace(",", "."))
        except ValueError:
            return None

    def attached(self, i: int) -> bool:
        return 0 < i < self.n and self.S[i] == self.E[i - 1]

    def overlaps_taken(self, a: int, b: int) -> bool:
        return any(s < b and a < e for s, e in self.taken)

    # -- counts

    def count(self, i: int) -> tuple[float | None, int] | None:
        """(count, end token) at ``i``; count None for "several", "mehrere"."""
        lex = self.lex
        if (d := self.digits(i)) is not None:
            return d, i + 1
        vague = lex.vague.longest(self.L, i)
        num = lex.number_phrases.longest(self.L, i)
        if vague and (not num or len(vague) >= len(num)):
            return None, i + len(vague)
        w = self.w(i)
        if w in lex.tens and self.w(i + 1) == "-" and (u := _phrase(self.w(i + 2))) \
                and u in lex.numbers and lex.numbers[u] < 10:
            return lex.tens[w] + lex.numbers[u], i + 3  # "twenty-five"
        if self.de and (compound := self.compound_number(w)) is not None:
            return compound, i + 1  # „fünfundzwanzig“
        if num:
            return lex.numbers[num], i + len(num)
        return None

    # -- matchers; each returns (start token, end token, value, type, mod) or None

    def match(self, i: int) -> tuple[int, int, str, str, str | None] | None:
        for m in (self.m_set, self.m_counted, self.m_adjective, self.m_vague,
                  self.m_unspecified):
            hit = m(i)
            if hit:
                return hit
        return None

    def m_counted(self, i: int) -> tuple[int, int, str, str, str | None] | None:
        lex = self.lex
        j, mod = i, None
        if key := lex.modifier_phrases.longest(self.L, j):
            if self.w(j + len(key)) in lex.window_articles and not self.de:
                return None  # "over the years" is a span of time, not "more than"
            mod, j = lex.modifiers[key], j + len(key)
        window = ""
        if self.w(j) in lex.window_articles and self.w(j + 1) in lex.windows:
            j, window = j + 2, self.w(j + 1)
        elif self.w(j) in lex.windows and (self.de or self.w(j) in ("past", "recent")):
            j, window = j + 1, self.w(j)
        c = self.count(j)
        if c is not None:
            count, k = c
            article = self.L[j] in ("a", "an") or (self.de and self.L[j].startswith("ein")
                                                   and count == 1)
        elif window and window not in ("first", "final", "remaining", "ersten", "verbleibenden"):
            count, k, article = 1.0, j, True  # "the past year"; a plural gets X below
        else:
            return None
        if self.w(k) == "-" and self.attached(k):
            k += 1
        if self.w(k) in lex.qualifiers and self.w(k + 1) in lex.units:
            k += 1
        unit_word = self.w(k)
        unit = lex.units.get(unit_word)
        if unit is None and c is not None and count is not None and not window \
                and self.w(k) in _RANGE_WORDS:
            return self._range_start(i, k, count, mod)
        if unit is None:
            return None
        plural = self._plural(unit_word)
        if article and plural:
            if not window or c is not None:
                return None  # "a years" does not exist; "ein Jahren" neither
            count = None  # "the past years"
        end = k + 1
        if article and c is not None and mod is None and not self._article_context(i, end):
            return None  # "not a day anybody can be prepared for", „ein Tag der Freude“
        if count is not None and not plural and self.L[end:end + 3] == ["and", "a", "half"]:
            count, end = count + 0.5, end + 3  # "a year and a half"
        if self._anchored(i, end, window):
            return None
        if mod == "MORE_THAN" and self.L[i] in ("über", "over") and self._span_over(i, end):
            i, mod = i + 1, None  # „über drei Tage hinweg“, "Over three days, …": a span
        if not self.de and self.w(end) == "-" and self.w(end + 1) in ("old", "long"):
            end += 2
        elif not self.de and self.w(end) == "old":
            end += 1
        elif self.de and self.w(end) == "lang":
            end += 1
        if window and self.L[i] in lex.window_articles:
            i += 1  # „die vergangenen drei Jahre“, "the past five years": without the article
        return i, end, duration_value(count, unit), "DURATION", mod

    def _range_start(self, i: int, k: int, count: float, mod: str | None
                     ) -> tuple[int, int, str, str, str | None] | None:
        """"between 60 and 90 days", „zwei bis drei Jahre“, "five-to-10 years": the first
        number of a range is a duration of the unit the second one names (TimeML tags both)."""
        second = self.count(k + 1)
        if second is None or second[0] is None:
            return None
        unit = self.lex.units.get(self.w(second[1]))
        if unit is None or self._anchored(i, second[1] + 1, ""):
            return None
        return i, k, duration_value(count, unit), "DURATION", mod

    def _span_over(self, start: int, end: int) -> bool:
        if self.de:
            return self.w(end) == "hinweg"
        return self.w(end) == "," and (start == 0 or self.L[start - 1] in (".", "!", "?", "\n"))

    def _article_context(self, start: int, end: int) -> bool:
        """"a week" / „ein Jahr“ is a duration after a preposition or verb of time, or before
        a relation word ("a week after the vote", „ein Jahr nach der Wahl“), not on its own."""
        lex = self.lex
        return (self.w(start - 1) in lex.article_before or self.w(end) in lex.article_after
                or (self.w(end) == "-" and self.attached(end)))

    def _plural(self, unit_word: str) -> bool:
        if self.de:
            return unit_word.endswith(("e", "en", "nächte")) and not unit_word.endswith(
                ("stunde", "minute", "sekunde", "woche"))
        return unit_word.endswith("s") or unit_word == "centuries"

    def _anchored(self, start: int, end: int, window: str) -> bool:
        """"two years ago", „vor drei Jahren“, „in zwei Wochen“: dates, not durations."""
        lex = self.lex
        if lex.anchored_after.longest(self.L, end):
            return True
        return bool(self.de and not window and self.w(start - 1) in lex.anchored_before)

    def m_adjective(self, i: int) -> tuple[int, int, str, str, str | None] | None:
        """German compounds: „dreijährige“, „10-jährigen“, „63-Jährige“, „jahrelang“."""
        if not self.de:
            return None
        lex, w = self.lex, self.L[i]
        for stem, unit in lex.long_adverbs.items():
            if w.startswith(stem) and w[len(stem):] in _ADJ_ENDINGS:
                return i, i + 1, duration_value(None, unit), "DURATION", None
        count_start = i
        if self.digits(i) is not None and self.w(i + 1) == "-" and self.attached(i + 1) \
                and self.attached(i + 2):
            count, i = self.digits(count_start), i + 2
            w = self.w(i)
            prefix = ""
        else:
            count, prefix = None, None
        for suffix, unit in lex.adjective_units.items():
            for ending in _ADJ_ENDINGS:
                tail = suffix + ending
                if not w.endswith(tail):
                    continue
                head = w[: -len(tail)]
                if prefix is None:
                    if head == "mehr":
                        return count_start, i + 1, duration_value(None, unit), "DURATION", None
                    c = self.count_word(head)
                    if c is None:
                        continue
                    count = c
                elif head:
                    continue
                return count_start, i + 1, duration_value(count, unit), "DURATION", None
        return None

    def count_word(self, head: str) -> float | None:
        if not head:
            return None
        lex = self.lex
        if (head,) in lex.numbers:
            return lex.numbers[(head,)]
        return self.compound_number(head)

    def compound_number(self, word: str) -> float | None:
        """A German number of units and tens in one word: „dreiundzwanzig“ → 23."""
        unit, sep, tens = word.partition("und")
        if not sep or unit not in self.lex.unit_digits or tens not in self.lex.tens:
            return None
        return self.lex.unit_digits[unit] + self.lex.tens[tens]

    def m_vague(self, i: int) -> tuple[int, int, str, str, str | None] | None:
        """"for years", "in decades", „seit Jahren“, "over the years": an unknown count."""
        lex = self.lex
        if self.w(i - 1) not in lex.vague_prepositions and not (
                not self.de and self.w(i - 1) in ("just", "only", "mere")
                and self.w(i - 2) in lex.vague_prepositions):  # "in just minutes"
            return None
        j = i + 1 if (not self.de and self.w(i) == "the") else i
        unit = lex.units.get(self.w(j))
        if unit is None or not self._plural(self.w(j)) or unit.startswith("2"):
            return None
        if self.T[j][0].isupper() and not self.de:
            return None
        if lex.anchored_after.longest(self.L, j + 1) or self.w(j + 1) in ("old", "of") \
                and not self.de and self.w(i - 1) == "for":
            return None
        end = j + 1
        if self.de and self.w(end) == "lang":
            end += 1
        return i, end, duration_value(None, unit), "DURATION", None

    def m_unspecified(self, i: int) -> tuple[int, int, str, str, str | None] | None:
        """"for an indefinite period" (PXD, as MEANTIME), "for the rest of the week" (the unit
        itself: P1W): English periods with no count."""
        if self.de:
            return None
        w = self.L[i]
        if w in _EN_OPEN_PERIOD and self.w(i + 1) == "period":
            end = i + 2
            if self.L[end:end + 2] == ["of", "time"]:
                end += 2
            return i, end, "PXD", "DURATION", None
        if w in ("rest", "remainder") and self.w(i + 1) == "of" and self.w(i + 2) == "the":
            unit = self.lex.units.get(self.w(i + 3))
            if unit in ("D", "W", "M", "Y") and not self._plural(self.w(i + 3)) \
                    and self.w(i + 4) not in ("of", "'"):
                return i + 3, i + 4, duration_value(1, unit), "DURATION", None
        return None

    def m_set(self, i: int) -> tuple[int, int, str, str, str | None] | None:
        lex, w = self.lex, self.L[i]
        # "weekly", „jährlich“, „wöchentliche“
        for stem, value in lex.set_adjectives.items():
            if w.startswith(stem) and w[len(stem):] in (("e", "en", "er", "es", "em", "")
                                                        if self.de else ("",)):
                if not self.de and self.T[i][0].isupper() and i > 0 \
                        and self.w(i - 1) not in (".", "\"", "“"):
                    return None  # "Daily Mail", "Business Weekly"
                return i, i + 1, value, "SET", None
        # "every week", "every other year", „jeden Montag“, "each year", „pro Jahr“
        if w in lex.set_every:
            j = i + 1
            count: float | None = 1.0
            other = self.w(j) == "other"
            if other:
                count, j = 2.0, j + 1
            elif (c := self.count(j)) is not None and c[0] is not None:
                count, j = c
            if self.w(j) in lex.weekdays and count == 1:
                return i, j + 1, f"XXXX-WXX-{lex.weekdays[self.w(j)]}", "SET", None
            unit = lex.units.get(self.w(j))
            if unit is None or unit.startswith("2") \
                    or self._plural(self.w(j)) != (count != 1 and not other):
                return None
            if w in ("per", "pro", "je") and not self._after_amount(i):
                return None
            return i, j + 1, duration_value(count, unit), "SET", None
        # „alle zwei Jahre“
        if self.de and w == "alle" and (c := self.count(i + 1)) is not None \
                and c[0] is not None and (u := lex.units.get(self.w(c[1]))):
            return i, c[1] + 1, duration_value(c[0], u), "SET", None
        # "twice a year", „zweimal pro Woche“, "three times a week"
        times = len(key) if (key := lex.set_times.longest(self.L, i)) else None
        if times is None and self.digits(i) is not None and self.w(i + 1) == "-" \
                and self.w(i + 2) == "mal":
            times = 3
        if times is not None:
            j = i + times
            link = (lex.set_times_links.longest(self.L, j) if self.de
                    else ((self.w(j),) if self.w(j) in ("a", "an", "per", "each", "every")
                          else None))
            if link:
                j += len(link)
                unit = lex.units.get(self.w(j))
                if unit and not unit.startswith("2") and not self._plural(self.w(j)):
                    return i, j + 1, duration_value(1.0, unit), "SET", None
        # "$5 billion a year", "3 percent a year"
        if not self.de and w in ("a", "an") and self._after_amount(i):
            unit = lex.units.get(self.w(i + 1))
            if unit and not unit.startswith("2") and not self._plural(self.w(i + 1)):
                return i, i + 2, duration_value(1.0, unit), "SET", None
        return None

    def _after_amount(self, i: int) -> bool:
        """A rate: "$5 billion a year", "3 percent a year", "40,000 cars a year"."""
        def amount(k: int) -> bool:
            w = self.w(k)
            return w in self.lex.amount_words or w == "%" or (bool(w) and w[0].isdigit())
        if self.w(i - 1) in self.lex.measure_words:
            return False  # a speed or flow ("7 kilometres per second"), not a recurrence
        return amount(i - 1) or (self.w(i - 1).isalpha() and amount(i - 2))

    def run(self) -> list[dict[str, Any]]:
        out: list[dict[str, Any]] = []
        i = 0
        while i < self.n:
            hit = self.match(i) if self.L[i][0].isalnum() else None
            if hit is None:
                i += 1
                continue
            a, b, value, kind, mod = hit
            start, end = self.S[a], self.E[b - 1]
            if not self.overlaps_taken(start, end):
                out.append({"text": self.text[start:end], "start": start, "end": end,
                            "value": value, "type": kind,
                            "granularity": "duration" if kind == "DURATION" else "set",
                            "mod": mod})
                i = b
            else:
                i += 1
        return out


# words between the two numbers of a range ("60 and 90 days", „zwei bis drei Jahre“)
_RANGE_WORDS = frozenset({"to", "and", "or", "-", "–", "bis", "und", "oder"})


def _language(language: str) -> str:
    return str(language or "").strip().lower().replace("_", "-").split("-")[0]


def find_durations(text: str, language: str,
                   dates: Sequence[dict[str, Any]] = ()) -> list[dict[str, Any]]:
    """Every duration and set in ``text``, in order, as TIMEX3-style records
    ``{"text", "start", "end", "value", "type", "granularity", "mod"}``. ``dates`` are the date
    tagger's records: their spans are taken. A language without a lexicon gives none."""
    if not isinstance(text, str) or not text:
        return []
    lex = _lexicon(_language(language))
    if lex is None:
        return []
    taken = [(int(d["start"]), int(d["end"])) for d in dates]
    return _Scanner(text, lex, taken).run()


class DurationTagger:
    """spaCy component: ``doc._.durations`` from the text and ``doc._.dates``."""

    def __call__(self, doc: Doc) -> Doc:
        doc._.durations = find_durations(doc.text, doc.lang_, doc._.dates or ())
        return doc


@Language.factory("newsflow_durations", assigns=["doc._.durations"], requires=["doc._.dates"])
def make_duration_tagger(nlp: Language, name: str) -> Guarded:
    if not Doc.has_extension("durations"):
        Doc.set_extension("durations", default=None)
    if not Doc.has_extension("dates"):
        Doc.set_extension("dates", default=None)
    return Guarded(name, "durations", DurationTagger())


__all__ = ["find_durations", "duration_value", "DurationTagger", "make_duration_tagger", "TYPES"]
