"""Temporal expressions in German and English news text, normalised TIMEX3-style.

``normalise_text`` is a pure function (text, language, reference date → expressions) so the
rules can be tested and evaluated without a pipeline; the ``newsflow_timex`` component only
calls it. Own rules instead of dateparser: a news normaliser has to know *which* words are
dates ("Mai" the name, "May" the modal, "2022 Menschen") and never invent a day for a month,
which a general date parser does not promise.

How it works: a regex tokenisation (letters / digits / single symbols, with offsets), then a
left-to-right scan where small matchers with a bounded look-ahead claim the longest expression
at each token. Run time is linear in the text. Underspecified expressions (bare months,
weekdays, dates without a year, quarters, holidays) take their direction from tense cues in
the sentence around them; relative ones resolve against the reference (publication) date and
are skipped without one. Conventions (extent, values, direction) follow
tests/data/timex/README.md; the language data lives in ``lexicons/temporal_<lang>.json``.
"""

from __future__ import annotations

import bisect
import datetime as dt
import json
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, NamedTuple

from spacy.language import Language
from spacy.tokens import Doc

from service.extract.guard import Guarded

LEXICON_DIR = Path(__file__).resolve().parent / "lexicons"
GRANULARITIES = ("day", "week", "month", "season", "quarter", "half", "year", "decade", "ref")
_HALF_DE = ("halbjahr", "halbjahres", "halbjahrs", "jahreshälfte")
# words after "the day before/after" that make it count from an event or a relative day
_ANAPHORIC_DAY_STOPS = frozenset({"yesterday", "tomorrow", "the", "a", "an", "his", "her",
                                  "its", "their", "of", "that", "when", "gestern", "morgen"})
# TimeML part-of-day values after a day: "Friday afternoon" = 2013-03-08TAF
_PART_CODES = {"MORNING": "TMO", "FORENOON": "TMO", "AFTERNOON": "TAF", "EVENING": "TEV",
               "NIGHT": "TNI", "NOON": "T12:00", "MIDNIGHT": "T24:00"}
_CLOCK_RE = re.compile(r"^(\d{1,2})(?:[.:](\d{2}))?$")
# zones written after a clock time that TimeML writes as "Z"
_UTC_WORDS = frozenset({"utc", "gmt"})
# words before a clock time with no day ("um 20 Uhr", "at 8 p.m.")
_CLOCK_PREPOSITIONS = frozenset({"um", "gegen", "ab", "bis", "at", "around", "by", "until",
                                 "before", "after"})
# German nouns of recurring events and periods that a following bare year names the edition of
_DE_YEAR_NOUNS = ("wm", "em", "wahl", "wahlen", "olympia", "spiele", "saison", "jahrgang",
                  "gipfel", "krise", "finale", "meisterschaft", "haushalt", "etat", "bilanz",
                  "expo", "messe", "cup", "tour", "turnier", "festival", "biennale", "zensus")
_SEASON_CODES = {"SPRING": (0, "SP"), "SUMMER": (1, "SU"), "AUTUMN": (2, "FA"), "WINTER": (3, "WI")}
# words after a month, quarter or season that give its year: "Juli dieses Jahres",
# "im August vorigen Jahres", "the first quarter of last year"
_YEAR_OF = {"de": ("dieses", "diesen", "vorigen", "vergangenen", "letzten", "nächsten",
                   "kommenden", "des"),
            "en": ("of",)}
# German reference words that are also comparatives or predicates („früher als", „ist aktuell")
_DE_COMPARATIVE_REFS = frozenset({"früher", "aktuell"})
_DE_DEGREE_WORDS = frozenset({"viel", "etwas", "noch", "deutlich", "immer", "je", "wie", "desto",
                              "umso", "zu", "weit", "kaum", "wesentlich", "erheblich"})
_DE_COPULAS = frozenset({"ist", "sind", "wird", "werden", "bleibt", "bleiben", "scheint", "sei",
                         "war", "waren"})
_DE_UNIT_PLURALS = frozenset({"minute", "stunde", "tage", "woche", "monate", "jahre"})
# TimeML's values for "now", "back then", "in future" (granularity "ref")
REFERENCE_VALUES = ("PRESENT_REF", "PAST_REF", "FUTURE_REF")
MODS = ("START", "MID", "END", "APPROX")

# letters, ASCII digit runs, or any other single non-space character
_TOKEN_RE = re.compile(r"[0-9]+|[^\W\d_]+|\S")
_WORD, _NUM, _PUNCT = 0, 1, 2
_MIN_YEAR, _MAX_YEAR = 1000, 2999
_UNITS = frozenset({"DAY", "WEEK", "WEEKEND", "FORTNIGHT", "MONTH", "QUARTER", "YEAR", "DECADE"})
_TERMINALS = frozenset({".", "!", "?"})
_CLOSERS = frozenset({"\"", "“", "”", "»", "«", "'", ")", "]"})
_OPENERS = frozenset({"„", "\"", "“", "”", "«", "»", "‚", "'", "(", "[", "-", "–", "—"})
_CLAUSE_BREAKS = frozenset({",", ";", ":", "(", ")", "–", "—", "„", "“", "”", "\"", "«", "»",
                            "dass", "weil", "ob", "that", "because", "which", "who", "whereas"})
# a period after these is not a sentence end
_ABBREVIATIONS = frozenset({
    "ca", "dr", "nr", "st", "mr", "mrs", "ms", "prof", "bzw", "vgl", "usw", "inkl", "no", "vs",
    "gen", "sen", "rep", "gov", "jr", "sr", "co", "jan", "feb", "febr", "mär", "mrz", "apr",
    "jun", "jul", "aug", "sep", "sept", "okt", "oct", "nov", "dez", "dec", "mo", "di", "mi",
    "do", "fr", "sa", "so", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat",
    "sun", "abs", "art", "bd", "hg", "hrsg", "mio", "mrd", "ggf", "evtl", "etc", "bspw"})
# words after which a German adjective, not a finite verb, follows
_DE_ATTRIBUTIVE = frozenset({
    "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines",
    "im", "am", "zum", "zur", "vom", "beim", "ins", "dieser", "diese", "dieses", "diesem",
    "diesen", "jeder", "jede", "jedes", "jeden", "jedem", "kein", "keine", "keinen", "keinem",
    "keiner", "sein", "seine", "seinen", "seinem", "seiner", "ihr", "ihre", "ihren", "ihrem",
    "ihrer", "unser", "unsere", "unseren", "in", "mit", "von", "nach", "bei", "aus", "auf",
    "für", "über", "unter", "vor", "an", "um", "durch", "gegen", "ohne", "seit", "bis", "zu",
    "sehr", "so", "besonders", "noch", "mehr", "alle", "allen", "aller", "viele", "vielen",
    "wenige", "wenigen", "mehrere", "mehreren", "zwei", "drei", "vier", "fünf", "sechs"})
_DE_TE_WORDS = frozenset({
    "heute", "bitte", "letzte", "letzten", "erste", "ersten", "rechte", "rechten", "gute",
    "guten", "weite", "weiten", "breite", "breiten", "späte", "späten", "harte", "harten",
    "halbe", "halben", "mitte", "konkrete", "konkreten", "absolute", "absoluten", "komplette",
    "kompletten", "direkte", "direkten", "exakte", "perfekte", "private", "privaten", "leichte",
    "leichten", "rote", "roten", "tote", "toten", "bunte", "bunten", "dritte", "dritten",
    "vierte", "vierten", "fünfte", "fünften", "siebte", "siebten", "achte", "achten", "zehnte",
    "zehnten", "neunte", "neunten", "zweite", "zweiten", "mitten", "unten", "vorderen",
    "hinten", "gelten", "halten", "leute", "häute", "beute", "flotte", "satte", "glatte",
    "matte", "nette", "nettes", "echte", "echten", "schlechte", "schlechten", "weitere",
    "gestalten", "gleichzeitig", "sechste", "sechsten"})
# present-tense plurals of verbs whose stem ends in -t look like weak preterites: warten, halten
_DE_T_STEMS = (
    "halt", "gelt", "wart", "arbeit", "richt", "fürcht", "furcht", "flücht", "pflicht", "tret",
    "rat", "bitt", "acht", "walt", "stalt", "spalt", "schalt", "falt", "breit", "bereit", "leit",
    "streit", "schreit", "reit", "deut", "läut", "bacht", "tracht", "pacht", "rett", "wett",
    "wort", "mut", "blut", "flut", "leucht", "fecht", "flecht", "miet", "biet", "bet", "haft",
    "kraft", "lüft", "heft", "stift", "dicht", "schicht", "sicht", "zücht", "wirt")
_DE_PARTICIPLE = re.compile(
    r"^(?:(?:ab|an|auf|aus|bei|ein|fest|fort|her|hin|los|mit|nach|vor|weg|zu|zurück|zusammen"
    r"|statt|teil|um|durch|über|unter|heraus|hinzu)?ge[a-zäöüß]{2,}(?:t|en)"
    r"|[a-zäöüß]{2,}iert"
    r"|(?:be|ver|er|ent|zer|emp|miss|über|unter)[a-zäöüß]{2,}(?:t|en))$")
_DE_ZU_INFINITIVE = re.compile(
    r"^(?:ab|an|auf|aus|bei|ein|fest|fort|her|hin|los|mit|nach|vor|weg|zurück|zusammen|statt"
    r"|teil|um|durch|heraus|hinzu|nieder|vorbei|weiter|wieder)zu[a-zäöüß]{3,}en$")
_DE_NOT_PARTICIPLES = frozenset({
    "gegen", "genug", "gern", "gestern", "gerade", "gemeinsam", "genau", "generell", "gesamt",
    "gehen", "geben", "gelten", "gewinnen", "gehören", "genießen", "geschehen", "gestalten",
    "gefallen", "gelingen", "geraten", "erreichen", "bereit", "bekannt", "bedeutet", "erst",
    "entgegen", "bereits", "unterwegs", "verantwortlich", "ergebnissen"})
_DE_PREFIXES = ("be", "ver", "er", "ent", "zer", "emp", "miss", "über", "unter", "wider",
                "hinter", "an", "auf", "aus", "ab", "bei", "ein", "mit", "nach", "vor", "zu",
                "zurück", "weg", "fest", "statt", "teil", "los", "hin", "her", "hinzu",
                "heraus", "fort", "um", "durch", "zusammen")
_DE_ARTICLES = frozenset({"der", "die", "das", "den", "dem", "des", "ein", "eine", "einen",
                          "einem", "einer", "eines"})
# inflected participles used as adjectives: "eröffnete", "gegründeten", "geschlossenen"
_DE_PARTICIPLE_ENDINGS = ("te", "ten", "tem", "ter", "tes", "ene", "enen", "enem", "ener",
                          "enes")
_EN_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "its", "his", "her", "their",
                             "our", "my", "your", "these", "those", "some", "no"})
# verbs whose simple past is their base form: past after a singular subject
_EN_SAME_PAST = frozenset({"hit", "cut", "put", "set", "let", "shut", "hurt", "cost", "quit",
                           "spread", "cast", "burst", "struck", "split", "bet", "bid", "slit",
                           "thrust", "upset", "broadcast", "forecast", "beat"})
_EN_NOT_SINGULAR = frozenset({"i", "you", "we", "they", "to", "will", "would", "can", "could",
                              "may", "might", "must", "should", "shall", "do", "does", "did",
                              "not", "t", "and", "or", "people", "police", "who", "that"})
# regular events a season word before them dates: "the autumn meetings", "Herbsttagung"
_EN_SEASON_EVENTS = frozenset({"meeting", "meetings", "session", "sessions", "summit",
                               "conference", "assembly", "recess", "sitting"})
_DE_SEASON_EVENTS = frozenset({"tagung", "tagungen", "sitzung", "sitzungen", "gipfel",
                               "konferenz", "session", "vollversammlung"})
# verbs whose object "the day" is the trading or reporting day: "ended the day higher"
_EN_DAY_VERBS = frozenset({"end", "ends", "ended", "ending", "finish", "finishes", "finished",
                           "finishing", "close", "closes", "closed", "closing", "start",
                           "starts", "started", "starting", "begin", "begins", "began",
                           "beginning", "open", "opens", "opened", "opening"})
_EN_ORDINAL_DAYS = frozenset({"second", "third", "fourth", "fifth", "sixth", "seventh",
                              "eighth", "ninth", "tenth"})
_DE_ORDINAL_DAYS = frozenset({"zweiten", "dritten", "vierten", "fünften", "sechsten",
                              "siebten", "achten", "neunten", "zehnten"})
# present-tense verbs of aiming: "wants to", "hopes to" point ahead like "plans to"
_EN_INTENT = frozenset({"want", "wants", "hope", "hopes", "seek", "seeks", "wish", "wishes",
                        "need", "needs", "intend", "aim", "vow", "vows", "pledge", "pledges",
                        "promise", "promises", "threaten", "threatens", "prepare", "prepares",
                        # an agreement or a promise made looks ahead: "agreed to meet on
                        # Friday" (but "agreed on Sunday to buy" is the agreeing's day)
                        "agree", "agrees", "agreed", "promised", "pledged", "vowed",
                        "threatened"})
# nouns after "a Monday" that make it a recurring slot, not one day
_EN_HABITUAL = frozenset({"night", "nights", "morning", "mornings", "evening", "evenings",
                          "afternoon", "afternoons", "routine", "ritual", "habit", "slot",
                          "schedule", "shift"})
# function words: after "a Monday" they show a generic day ("on a Monday in May")
_EN_LINKS = frozenset({"in", "on", "at", "of", "and", "or", "when", "to", "with", "for", "by",
                       "after", "before", "is", "was", "that"})
_EN_POSSESSIVES = frozenset({"his", "her", "their", "my", "your", "our", "its"})
# words that may follow a bare weekday closing a verb phrase ("fell 3 percent Monday as …")
_EN_WEEKDAY_FOLLOWERS = frozenset({"and", "after", "before", "when", "at", "in", "to", "as",
                                   "with", "amid", "while", "following", "despite", "over"})
# after an amount, only clause-linking words ("lost 312 Tuesday after …" may be a count)
_EN_AMOUNT_WEEKDAY_FOLLOWERS = frozenset({"as", "amid", "while", "despite", "following"})
# past forms in -eed ("need", "exceed", "speed" are not): "agreed on Sunday to buy"
_EN_EED_PAST = frozenset({"agreed", "disagreed", "freed", "decreed", "guaranteed", "refereed"})
_EN_ED_EXCLUSIONS = frozenset({
    "red", "bed", "shed", "wed", "hundred", "united", "based", "so-called", "proposed", "need",
    "advanced", "detailed", "limited", "sacred", "naked", "wicked", "rugged", "beloved",
    "alleged", "indeed", "embed", "coed", "biped", "infrared", "kindred", "hatred", "tweed",
    "speed", "seed", "feed", "breed", "greed", "weed", "heed", "deed", "steed", "exceed",
    "proceed", "succeed", "related", "concerned", "interested", "qualified", "skilled",
    "required", "registered", "armed", "talented", "renewed", "supposed", "used"})
_EN_ORDINAL_SUFFIXES = frozenset({"st", "nd", "rd", "th"})
_QUARTER_DE = frozenset({"quartal", "quartals"})
# words before "quarter"/"Quartal" that can name the fourth quarter of a year
_LAST_QUARTER_WORDS = {"en": frozenset({"final", "closing", "last"}),
                       "de": frozenset({"letzten", "letzte", "letztes", "schlussquartal",
                                        "schlussquartals"})}
# English reference words that are adjectives: a time only before the noun they qualify
_EN_REF_ADJECTIVES = frozenset({"recent", "current"})
# what "current" qualifies when it means the present ("under the current circumstances"),
# not a thing now in use ("current models", "current account")
_EN_PRESENT_SITUATIONS = frozenset({"circumstances", "climate", "crisis", "situation",
                                    "conditions", "environment", "downturn", "recession",
                                    "slump", "turmoil", "uncertainty", "state"})
_EN_SITUATION_QUALIFIERS = frozenset({"economic", "financial", "global", "political",
                                      "market", "credit", "fiscal"})
# clock times named by a word (TimeML: midnight is the end of its day, T24:00)
_EN_CLOCK_WORDS = {"noon": 12, "midday": 12, "midnight": 24}
# units "the same … a year ago" and "the … before" count back from
_EN_SAME_UNITS = frozenset({"day", "week", "month", "quarter"})
_EN_YEAR_BACK = (("a", "year", "ago"), ("a", "year", "earlier"), ("last", "year"),
                 ("of", "last", "year"), ("the", "previous", "year"),
                 ("of", "the", "previous", "year"), ("a", "year", "before"))
_EN_UNIT_BEFORE = frozenset({"before", "previous", "earlier", "prior"})
# linking verbs: a participle after them is a state ("will stay closed"), not a past event
_EN_LINKING = frozenset({"stay", "stays", "remain", "remains", "keep", "keeps", "become",
                         "becomes", "get", "gets", "seem", "seems", "look", "looks"})
# counts without a number ("the past few weeks")
_EN_VAGUE_COUNTS = frozenset({"few", "several", "couple", "many"})


class _Hit(NamedTuple):
    start: int  # first token
    end: int  # one past the last token
    value: str
    granularity: str
    mod: str | None = None


# ----------------------------------------------------------------------------- lexicon


def _tok(phrase: str) -> tuple[str, ...]:
    """A phrase tokenised like the text, lowercased (lexicon keys meet text tokens)."""
    return tuple(m.group().lower().replace("’", "'") for m in _TOKEN_RE.finditer(phrase))


@dataclass(frozen=True)
class _Lexicon:
    lang: str
    months: dict[str, int]
    month_abbr: dict[str, int]
    weekdays: dict[str, int]
    weekday_abbr: dict[str, int]
    relative_days: dict[str, list[tuple[tuple[str, ...], int]]]
    anaphoric_days: dict[str, list[tuple[tuple[str, ...], int]]]
    relative_day_adjectives: dict[str, int]
    directions: dict[str, int]
    endings: tuple[str, ...]
    units: dict[str, str]
    units_singular: frozenset[str]
    relative_nouns: dict[str, tuple[str, int, str | None]]
    relative_adjectives: dict[str, tuple[str, int]]
    modifiers: dict[str, str]
    day_parts: frozenset[str]
    holidays: dict[str, list[tuple[tuple[str, ...], str]]]
    numbers: dict[str, int]
    ordinals: dict[str, int]
    decade_words: dict[str, int]
    approximators: frozenset[str]
    month_context: frozenset[str]
    month_strict: frozenset[str]
    ambiguous_months: frozenset[str]
    year_context: frozenset[str]
    weekday_context: frozenset[str]
    conjunctions: frozenset[str]
    past_anchors: frozenset[str]
    future_anchors_weekday: frozenset[str]  # "für Montag" (zu einem Streik aufgerufen)
    conditionals: frozenset[str]  # "if Washington raised tariffs in July": no past
    reporting: frozenset[str]  # "…, teilte der Betreiber mit": says when it was said, no more
    count_nouns: frozenset[str]
    titles: dict[str, list[tuple[str, ...]]]
    future: frozenset[str]
    past: frozenset[str]
    perfect_aux: frozenset[str]
    be_forms: frozenset[str]
    start_words: frozenset[str]
    prefixes4: frozenset[str]
    references: dict[str, list[tuple[tuple[str, ...], str]]] = field(default_factory=dict)
    seasons: dict[str, str] = field(default_factory=dict)  # word (lower case) → SPRING …
    part_names: dict[str, str] = field(default_factory=dict)  # day-part word → MORNING …

    def stems(self, word: str) -> tuple[str, ...]:
        """The word and the word without each adjective ending ("nächsten" → "nächst")."""
        return _stems(self.endings, word)


@lru_cache(maxsize=65536)
def _stems(endings: tuple[str, ...], word: str) -> tuple[str, ...]:
    return (word, *(word[: -len(e)] for e in endings
                    if word.endswith(e) and len(word) > len(e) + 2))


def _inflect(word: str, lang: str) -> list[str]:
    if lang == "de":
        return [word + e for e in ("", "e", "en", "n", "es", "s")]
    return [word, word + "s"]


@lru_cache(maxsize=8)
def _lexicon(lang: str) -> _Lexicon | None:
    """Load ``temporal_<lang>.json`` once; None for a language without a lexicon."""
    path = LEXICON_DIR / f"temporal_{lang}.json"
    if not path.is_file():
        return None
    raw: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    de = lang == "de"

    def ints(key: str) -> dict[str, int]:
        return {str(k): int(v) for k, v in (raw.get(key) or {}).items()
                if isinstance(v, int | float) and float(v).is_integer()}

    seasons = {str(k).lower(): str(v) for k, v in (raw.get("seasons") or {}).items()
               if v in _SEASON_CODES}
    season_forms = {f for w in seasons for f in ((w, w + "s", w + "es") if de else (w,))}
    references: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for key, value in (raw.get("reference_words") or {}).items():
        toks = _tok(str(key))
        if toks and value in REFERENCE_VALUES:
            references.setdefault(toks[0], []).append((toks, str(value)))
    for cands in references.values():
        cands.sort(key=lambda c: -len(c[0]))
    relative_days: dict[str, list[tuple[tuple[str, ...], int]]] = {}
    relday_adj: dict[str, int] = {}
    for key, off in ints("relative_days").items():
        toks = _tok(key)
        if not toks or toks[0] == "the":
            continue
        if de and key.endswith("ig"):
            relday_adj[key] = off
            continue
        relative_days.setdefault(toks[0], []).append((toks, off))
    for cands in relative_days.values():
        cands.sort(key=lambda c: -len(c[0]))
    anaphoric_days: dict[str, list[tuple[tuple[str, ...], int]]] = {}
    for key, off in ints("anaphoric_days").items():
        toks = _tok(key)
        if toks and toks[0] in ("the", "am"):
            toks = toks[1:]  # the article is no part of the expression
        if toks and toks[0] != "that":  # "that day": the event's day, not a date
            anaphoric_days.setdefault(toks[0], []).append((toks, off))
    for cands in anaphoric_days.values():
        cands.sort(key=lambda c: -len(c[0]))

    units: dict[str, str] = {}
    singular: set[str] = set()
    for key, unit in (raw.get("relative_units") or {}).items():
        if unit not in _UNITS:
            continue
        for form in _inflect(key, lang):
            units.setdefault(form, unit)
        singular.add(key)
        if de:
            singular.update({key + "s", key + "es"})
    if de:
        for form in ("woche", "kalenderwoche"):
            singular.discard(form + "s")

    rel_nouns: dict[str, tuple[str, int, str | None]] = {}
    for key, spec in (raw.get("relative_nouns") or {}).items():
        if spec.get("anaphoric") or spec.get("unit") not in _UNITS:
            continue
        entry = (spec["unit"], int(spec.get("offset", 0)), spec.get("modifier"))
        for form in ([key, key + "s", key + "es"] if de else [key]):
            rel_nouns[form] = entry
    rel_adjs = {k: (v["unit"], int(v.get("offset", 0)))
                for k, v in (raw.get("relative_adjectives") or {}).items()
                if v.get("unit") in _UNITS}

    holidays: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for key, spec in (raw.get("holidays") or {}).items():
        toks = _tok(key)
        if toks and isinstance(spec, dict) and spec.get("rule"):
            holidays.setdefault(toks[0], []).append((toks, str(spec["rule"])))
    for cands in holidays.values():
        cands.sort(key=lambda c: -len(c[0]))

    titles: dict[str, list[tuple[str, ...]]] = {}
    for title in raw.get("titles") or []:
        toks = tuple(m.group() for m in _TOKEN_RE.finditer(title))
        if toks:
            titles.setdefault(toks[0].lower(), []).append(toks)

    ctx = raw.get("context_words") or {}
    tense = raw.get("tense_markers") or {}
    past = {str(w) for w in tense.get("past") or []}
    for form in tense.get("strong_preterite") or []:
        past.add(form)
        past.add(form + ("n" if form.endswith("e") else "en"))

    directions = ints("relative_directions")
    if not de:
        directions.pop("past", None)  # "the past week" is a rolling window, not a week
    modifiers = {str(k): str(v) for k, v in (raw.get("modifiers") or {}).items()}
    decade_words = ints("decade_words")
    ordinals = ints("ordinals")
    numbers = ints("number_words")
    months, month_abbr = ints("months"), ints("month_abbreviations")
    weekdays, weekday_abbr = ints("weekdays"), ints("weekday_abbreviations")
    approximators = frozenset(raw.get("approximators") or [])

    start_words: set[str] = set()
    for group in (months, month_abbr, weekdays, weekday_abbr, relative_days, relday_adj,
                  anaphoric_days,
                  directions, modifiers, rel_nouns, rel_adjs, holidays, ordinals, decade_words,
                  numbers):
        start_words.update(group)
    start_words.update(approximators)
    start_words.update(("vor", "in", "kw", "kalenderwoche", "nacht", "jahr", "jahre", "jahres",
                        "jahrs", "q", "wochenende", "späten", "schlussquartal", "schlussquartals",
                        *_DE_ORDINAL_DAYS)
                       if de else
                       ("in", "week", "calendar", "q", "year", "day", "mid", "end", "beginning",
                        "start", "middle", "'", "month", "earlier", "later", "the", "final",
                        "closing", "a", "an", "late", "early", "later", "earlier"))
    prefixes4 = frozenset(w[:4] for w in (*weekdays, *decade_words,
                                          *(seasons if de else ())))

    return _Lexicon(
        lang=lang, months=months, month_abbr=month_abbr, weekdays=weekdays,
        weekday_abbr=weekday_abbr, relative_days=relative_days, anaphoric_days=anaphoric_days,
        relative_day_adjectives=relday_adj, directions=directions,
        endings=tuple(sorted(raw.get("adjective_endings") or [], key=len, reverse=True)),
        units=units, units_singular=frozenset(singular), relative_nouns=rel_nouns,
        relative_adjectives=rel_adjs, modifiers=modifiers,
        day_parts=frozenset(raw.get("day_parts") or {}), holidays=holidays, numbers=numbers,
        ordinals=ordinals, decade_words=decade_words, approximators=approximators,
        month_context=frozenset(ctx.get("month") or []),
        month_strict=frozenset(ctx.get("month_strict") or []),
        ambiguous_months=frozenset(ctx.get("ambiguous_months") or []),
        year_context=frozenset(ctx.get("year") or []),
        weekday_context=frozenset(ctx.get("weekday") or []),
        conjunctions=frozenset(ctx.get("conjunctions") or []),
        past_anchors=frozenset(ctx.get("past_anchors") or []),
        future_anchors_weekday=frozenset(ctx.get("future_anchors_weekday") or []),
        conditionals=frozenset(ctx.get("conditionals") or []),
        reporting=frozenset(ctx.get("reporting") or []),
        count_nouns=frozenset(raw.get("count_nouns") or []), titles=titles,
        future=frozenset(tense.get("future") or []), past=frozenset(past),
        perfect_aux=frozenset(tense.get("perfect_auxiliaries") or []),
        be_forms=frozenset(tense.get("be_forms") or []),
        start_words=frozenset(start_words | set(references) | season_forms
                              | ({"heuer"} if de else set())),
        prefixes4=prefixes4, references=references, seasons=seasons,
        part_names={str(k): str(v) for k, v in (raw.get("day_parts") or {}).items()})


# ----------------------------------------------------------------------------- calendar


def _fmt_year(y: int) -> str:
    if not 0 < y < 10000:
        raise ValueError(f"year {y} out of range")
    return f"{y:04d}"


def _v_day(d: dt.date) -> tuple[str, str]:
    return d.isoformat(), "day"


def _v_week(d: dt.date) -> tuple[str, str]:
    y, w, _ = d.isocalendar()
    return f"{_fmt_year(y)}-W{w:02d}", "week"


def _v_weekend(d: dt.date) -> tuple[str, str]:
    """The weekend of ``d``'s ISO week (TimeML ``2025-W16-WE``)."""
    return f"{_v_week(d)[0]}-WE", "week"


def _weekend(ref: dt.date, sign: int) -> dt.date:
    """A bare "weekend": on a Saturday or Sunday the current one; otherwise the one just
    gone in a past-tense clause and the coming one else."""
    if ref.weekday() >= 5 or sign >= 0:
        return ref
    return ref - dt.timedelta(weeks=1)


def _v_month(y: int, m: int) -> tuple[str, str]:
    if not 1 <= m <= 12:
        raise ValueError(f"month {m}")
    return f"{_fmt_year(y)}-{m:02d}", "month"


def _v_quarter(y: int, q: int) -> tuple[str, str]:
    if not 1 <= q <= 4:
        raise ValueError(f"quarter {q}")
    return f"{_fmt_year(y)}-Q{q}", "quarter"


def _v_year(y: int) -> tuple[str, str]:
    return _fmt_year(y), "year"


def _v_decade(decade: int) -> tuple[str, str]:
    if not 0 < decade < 1000:
        raise ValueError(f"decade {decade}")
    return f"{decade:03d}", "decade"


def _shift(unit: str, n: int, ref: dt.date) -> tuple[str, str]:
    """The period ``n`` units from the reference, at the unit's granularity."""
    if unit == "DAY":
        return _v_day(ref + dt.timedelta(days=n))
    if unit == "WEEK":
        return _v_week(ref + dt.timedelta(weeks=n))
    if unit == "WEEKEND":  # "the coming weekend" on a weekday is this week's
        ahead = n - 1 if n > 0 and ref.weekday() < 5 else n
        return _v_weekend(ref + dt.timedelta(weeks=ahead))
    if unit == "FORTNIGHT":
        return _v_week(ref + dt.timedelta(weeks=2 * n))
    if unit == "MONTH":
        k = ref.year * 12 + ref.month - 1 + n
        return _v_month(k // 12, k % 12 + 1)
    if unit == "QUARTER":
        k = ref.year * 4 + (ref.month - 1) // 3 + n
        return _v_quarter(k // 4, k % 4 + 1)
    if unit == "YEAR":
        return _v_year(ref.year + n)
    if unit == "DECADE":
        return _v_decade(ref.year // 10 + n)
    raise ValueError(unit)


def _shift_back(unit: str, n: int, ref: dt.date) -> tuple[str, str]:
    """A distance from now ("a decade ago", "vor zwei Jahrzehnten") is a point: the year
    n decades away, not the decade it falls in (DCT 1999: 1989, not the 1980s)."""
    if unit == "DECADE":
        return _v_year(ref.year + 10 * n)
    return _shift(unit, n, ref)


def _season_index(ref: dt.date) -> int:
    """The reference day's season as year * 4 + (0 spring … 3 winter); January and February
    belong to the winter that began the December before."""
    idx = {3: 0, 4: 0, 5: 0, 6: 1, 7: 1, 8: 1, 9: 2, 10: 2, 11: 2, 12: 3}.get(ref.month)
    return ref.year * 4 + idx if idx is not None else (ref.year - 1) * 4 + 3


def _v_season(k: int) -> tuple[str, str]:
    return f"{_fmt_year(k // 4)}-{('SP', 'SU', 'FA', 'WI')[k % 4]}", "season"


def _season(s: int, ref: dt.date, sign: int, off: int | None = None) -> tuple[str, str]:
    """Season ``s`` (0 spring … 3 winter) relative to the reference day: the current one when
    it is that season (unless "last"/"next"), else the previous (past tense, "last") or the
    next (future, present, "next") occurrence; "this" is the one of the reference's year."""
    now = _season_index(ref)
    if off == 0:
        return _v_season(ref.year * 4 + s)
    direction = off if off is not None else sign
    if off is None and now % 4 == s:
        return _v_season(now)
    if direction < 0:
        k = now - 1
        while k % 4 != s:
            k -= 1
    else:
        k = now + 1
        while k % 4 != s:
            k += 1
    return _v_season(k)


def _month_year(m: int, ref: dt.date, sign: int) -> int:
    """Year of a bare month: the reference month itself, else the last/next one by tense
    (without a direction, ``sign`` 0: the nearer of the two)."""
    if m == ref.month:
        return ref.year
    if sign == 0:
        ahead = (m - ref.month) % 12
        return ref.year + (m < ref.month) if ahead <= 6 else ref.year - (m > ref.month)
    if sign < 0:
        return ref.year if m < ref.month else ref.year - 1
    return ref.year if m > ref.month else ref.year + 1


def _quarter_year(q: int, ref: dt.date, sign: int) -> int:
    rq = (ref.month - 1) // 3 + 1
    if q == rq:
        return ref.year
    if sign < 0:
        return ref.year if q < rq else ref.year - 1
    return ref.year if q > rq else ref.year + 1


def _md_date(m: int, d: int, ref: dt.date, sign: int, weekday: int | None) -> dt.date | None:
    """A day and month without a year: the named weekday decides if it can, else the tense."""
    cands = []
    for y in range(ref.year - 4, ref.year + 5):
        try:
            cands.append(dt.date(y, m, d))
        except ValueError:
            continue
    if not cands:
        return None
    if weekday is not None:
        fitting = [c for c in cands if c.weekday() == weekday and abs(c.year - ref.year) <= 1]
        if len(fitting) == 1:
            return fitting[0]
        if fitting:
            cands = fitting
    if sign == 0:  # no tense anywhere near ("JOHANNESBURG, August 7"): the nearest
        return min(cands, key=lambda c: (abs((c - ref).days), c < ref))
    if sign < 0:
        before = [c for c in cands if c <= ref]
        return max(before) if before else min(cands)
    after = [c for c in cands if c >= ref]
    return min(after) if after else max(cands)


def _rel_weekday(wd: int, ref: dt.date, n: int) -> dt.date:
    """``n`` = -1: the last such day strictly before; 1: the first strictly after; 0: this week."""
    if n == 0:
        return ref + dt.timedelta(days=wd - ref.weekday())
    if n < 0:
        d = ref - dt.timedelta(days=(ref.weekday() - wd - 1) % 7 + 1)
        return d - dt.timedelta(weeks=-n - 1)
    d = ref + dt.timedelta(days=(wd - ref.weekday() - 1) % 7 + 1)
    return d + dt.timedelta(weeks=n - 1)


def _bare_weekday(wd: int, ref: dt.date, sign: int) -> dt.date:
    """A bare weekday is the reference day if it names it, else the last/next by tense."""
    if wd == ref.weekday():
        return ref
    return _rel_weekday(wd, ref, -1 if sign < 0 else 1)


def _two_digit_decade(d: int, ref: dt.date) -> int:
    """"80er" / "the '80s": the most recent completed such decade."""
    y = ref.year // 100 * 100 + d * 10
    while y + 10 > ref.year:
        y -= 100
    return y // 10


def _easter(y: int) -> dt.date:
    """Western Easter Sunday (anonymous Gregorian algorithm)."""
    a, b, c = y % 19, y // 100, y % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    n = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * n) // 451
    month = (h + n - 7 * m + 114) // 31
    day = (h + n - 7 * m + 114) % 31 + 1
    return dt.date(y, month, day)


def _holiday(rule: str, y: int) -> dt.date:
    """A lexicon holiday rule (MM-DD, EASTER±N, NTH:MM:D:N, LAST:MM:D) in year ``y``."""
    if rule.startswith("EASTER"):
        return _easter(y) + dt.timedelta(days=int(rule[6:] or 0))
    if rule.startswith("NTH:"):
        _, mm, wd, nth = rule.split(":")
        first = dt.date(y, int(mm), 1)
        return first + dt.timedelta(days=(int(wd) - first.weekday()) % 7 + 7 * (int(nth) - 1))
    if rule.startswith("LAST:"):
        _, mm, wd = rule.split(":")
        nxt = dt.date(y + int(mm) // 12, int(mm) % 12 + 1, 1)
        last = nxt - dt.timedelta(days=1)
        return last - dt.timedelta(days=(last.weekday() - int(wd)) % 7)
    mm, dd = rule.split("-")
    return dt.date(y, int(mm), int(dd))


# ----------------------------------------------------------------------------- scanner


class _Scanner:
    """One text: tokens, sentence starts, tense cues and the matchers over them."""

    def __init__(self, text: str, lex: _Lexicon, ref: dt.date | None) -> None:
        self.text, self.lex, self.ref = text, lex, ref
        self.de = lex.lang == "de"
        self.S: list[int] = []
        self.E: list[int] = []
        self.T: list[str] = []
        self.L: list[str] = []
        self.K: list[int] = []
        for m in _TOKEN_RE.finditer(text):
            tok = m.group()
            self.S.append(m.start())
            self.E.append(m.end())
            self.T.append(tok)
            self.L.append(tok.lower().replace("’", "'").replace("‘", "'"))
            c = tok[0]
            self.K.append(_NUM if "0" <= c <= "9" else _WORD if c.isalpha() else _PUNCT)
        self.n = len(self.T)
        self.sent_starts = self._sentence_starts()
        self.blocked = self._title_tokens()
        self._tense: list[int | None] = [None] * self.n
        self._cues: list[int] | None = None  # token positions with a tense cue (lazy)
        self._breaks: list[int] | None = None  # clause-break token positions (lazy)
        self.last_day: tuple[int, str] | None = None  # (token, value) of the last day found
        # (token, value, granularity) of the last expression found
        self.last_hit: tuple[int, str, str] | None = None
        number_matchers: tuple[Callable[[int], _Hit | None], ...] = (
            self._m_date_at_number, self._m_iso, self._m_slash, self._m_year, self._m_decade2,
            self._m_offset, self._m_week, self._m_quarter, self._m_century)
        word_matchers: tuple[Callable[[int], _Hit | None], ...] = (
            self._m_month, self._m_weekday, self._m_relday, self._m_relday_adj,
            self._m_direction, self._m_vague_period, self._m_modifier, self._m_offset,
            self._m_week, self._m_quarter,
            self._m_decade_word, self._m_relnoun, self._m_reladj, self._m_holiday,
            self._m_weekend, self._m_earlier, self._m_reference, self._m_season,
            self._m_nacht, self._m_approx, self._m_jahr, self._m_the_day,
            self._m_anaphoric_day, self._m_year_back)
        self.matchers = {_NUM: number_matchers, _WORD: word_matchers,
                         _PUNCT: (self._m_decade2,)}

    # -- token helpers

    def w(self, i: int) -> str:
        return self.L[i] if 0 <= i < self.n else ""

    def _phrase_at(self, table: Mapping[str, Sequence[tuple[tuple[str, ...], Any]]], i: int
                   ) -> tuple[tuple[str, ...], Any] | None:
        """The first entry of ``table`` (indexed by first word, longest first) whose words
        stand at token ``i``."""
        return next((c for c in table.get(self.w(i), ())
                     if all(self.w(i + j) == c[0][j] for j in range(len(c[0])))), None)

    def num(self, i: int) -> bool:
        return 0 <= i < self.n and self.K[i] == _NUM

    def word(self, i: int) -> bool:
        return 0 <= i < self.n and self.K[i] == _WORD

    def adj(self, i: int) -> bool:
        """Token ``i`` touches token ``i - 1`` (no space between)."""
        return 0 < i < self.n and self.S[i] == self.E[i - 1]

    def cap(self, i: int) -> bool:
        return 0 <= i < self.n and self.T[i][0].isupper()

    def lowerword(self, i: int) -> bool:
        return self.word(i) and self.T[i][0].islower()

    def clause_break(self, k: int) -> bool:
        """Token ``k`` ends a clause; a decimal comma ("0,25", "1,5") inside a number does not."""
        if self.L[k] not in _CLAUSE_BREAKS:
            return False
        return not (self.L[k] == "," and self.num(k - 1) and self.num(k + 1)
                    and self.adj(k) and self.adj(k + 1))

    def _sentence_starts(self) -> list[int]:
        starts = [0]
        L, K, T = self.L, self.K, self.T
        for i in range(1, self.n):
            if "\n" in self.text[self.E[i - 1]:self.S[i]]:
                starts.append(i)
                continue
            j = i - 1
            if L[j] in _CLOSERS and j > 0 and L[j - 1] in _TERMINALS:
                j -= 1
            if L[j] not in _TERMINALS or L[i] in _TERMINALS or L[i] in _CLOSERS:
                continue
            if K[i] == _WORD and T[i][0].islower():
                continue
            if L[j] == "." and j > 0 and self.adj(j):
                if K[j - 1] == _NUM and len(T[j - 1]) <= 2:
                    continue  # "5. November"
                if L[j - 1] in _ABBREVIATIONS or (K[j - 1] == _WORD and len(T[j - 1]) == 1):
                    continue
            starts.append(i)
        return starts

    def _sentence(self, i: int) -> tuple[int, int]:
        k = bisect.bisect_right(self.sent_starts, i) - 1
        end = self.sent_starts[k + 1] if k + 1 < len(self.sent_starts) else self.n
        return self.sent_starts[k], end

    def initial(self, i: int) -> bool:
        """Token ``i`` opens its sentence (opening quotes and brackets aside)."""
        a, _ = self._sentence(i)
        j = i - 1
        while j >= a and self.L[j] in _OPENERS:
            j -= 1
        return j < a

    def _title_tokens(self) -> set[int]:
        """Tokens inside names such as "Welt am Sonntag" or "USA Today": never dates."""
        out: set[int] = set()
        titles = self.lex.titles
        if not titles:
            return out
        for i in range(self.n):
            for title in titles.get(self.L[i], ()):
                k = len(title)
                if i + k > self.n:
                    continue
                if all(self.L[i + j] == title[j].lower()
                       and (not title[j][0].isupper() or self.T[i + j][0].isupper())
                       for j in range(k)):
                    out.update(range(i, i + k))
        return out

    # -- tense

    def _tense_at(self, k: int) -> int:
        c = self._tense[k]
        if c is None:
            c = self._tense[k] = self._classify(k)
        return c

    def _classify(self, k: int) -> int:
        """-1 for a past-tense cue, +1 for a future cue, 0 otherwise."""
        if self.K[k] != _WORD or not self.T[k][0].islower():
            return 0
        w = self.L[k]
        lex = self.lex
        if not self.de:
            return self._classify_en(k, w)
        if w in lex.future:
            return 1
        if w in lex.past:
            return -1
        if w in lex.perfect_aux:
            return -1 if self._perfect_de(k) else 0
        if (w == "zu" and self.lowerword(k + 1) and self.w(k + 1).endswith("en")) \
                or _DE_ZU_INFINITIVE.match(w):
            return 1  # "zu wählen", "zurückzutreten": an intention
        if w in _DE_TE_WORDS or len(w) < 3:
            return 0
        if self.w(k - 1) in _DE_ATTRIBUTIVE and not (self.initial(k - 1)
                                                     and not self.cap(k + 1)):
            # "die erwartete Zahl" is an adjective; a sentence-initial "Das kündigte der …"
            # (no noun follows) is a pronoun and its verb
            return 0
        for p in _DE_PREFIXES:
            if w.startswith(p) and len(w) - len(p) >= 3 and w[len(p):] in lex.past:
                return -1
        return -1 if _weak_preterite_de(w) else 0

    def _perfect_de(self, k: int) -> bool:
        """"hat ... entschieden": a participle closes the clause of a haben/sein form."""
        last = None
        for j in range(k + 1, min(self.n, k + 30)):
            if self.L[j] in _TERMINALS or self.clause_break(j):
                break
            if self.K[j] == _WORD:
                last = j
        if last is None or not self.T[last][0].islower():
            return False
        w = self.L[last]
        if w in self.lex.future or w in _DE_NOT_PARTICIPLES:
            return False
        return bool(_DE_PARTICIPLE.match(w))

    def _singular_subject_en(self, k: int) -> bool:
        """Token ``k`` can end a singular subject: a name, he/she/it, or a noun not in -s."""
        w = self.w(k)
        if not self.word(k) or w in _EN_NOT_SINGULAR or w in _EN_DETERMINERS:
            return False
        if w in ("he", "she", "it") or self.cap(k):
            return True
        return not w.endswith("s") and w not in self.lex.be_forms

    def _classify_en(self, k: int, w: str) -> int:
        lex = self.lex
        nxt, prev = self.w(k + 1), self.w(k - 1)
        if w == "won" and nxt == "'" and self.w(k + 2) == "t":
            return 1
        if w == "ll" and prev == "'":
            return 1
        if w == "due" and nxt == "to" and self.w(k + 2) in _EN_DETERMINERS:
            return 0  # "due to the storm"
        if w in lex.future:
            return 1
        if w in ("is", "are", "am") and nxt == "to" and self.lowerword(k + 2):
            return 1  # "is to begin"
        if w == "going" and nxt == "to":
            return 1
        if w in _EN_INTENT and nxt == "to" and self.lowerword(k + 2):
            return 1  # "wants to close by June": an aim lies ahead
        if w == "been" and nxt in lex.future:
            return 0  # "has been scheduled for June 3": the participle decides, not "been"
        if w == "set" and prev in lex.be_forms:
            return 1
        if prev in lex.be_forms or prev in _EN_DETERMINERS or prev in _EN_LINKING:
            return 0  # "will be held", "is closed", "the proposed law", "will stay closed":
            # no past event
        if w in lex.past:
            return -1
        if w in _EN_SAME_PAST and self._singular_subject_en(k - 1):
            return -1  # "a storm hit", "the company cut": a present would be "hits", "cuts"
        if len(w) >= 4 and w.endswith("ed") and w not in _EN_ED_EXCLUSIONS \
                and (not w.endswith("eed") or w in _EN_EED_PAST):
            return -1
        return 0

    def sign(self, s: int, e: int, default: int = 1) -> int:
        """Direction of an underspecified expression at tokens s..e-1: -1 past, +1 future.

        The nearest tense cue in the expression's own clause wins, else the nearest in the
        sentence (within 40 tokens); without any cue, ``default``: the present is read as
        scheduled (future, +1), as news does, while a day and month without a year ask for 0
        and take the nearest such date. Cue and clause positions are bisected: O(log n)."""
        back = self.w(s - 1)
        if back in self.lex.past_anchors or (
                back in ("dem", "den", "der", "the", "zum", "to")
                and self.w(s - 2) in self.lex.past_anchors):
            return -1  # "seit dem 1. Juli", "since March", "rückwirkend zum 1. Januar"
        if back in self.lex.future_anchors_weekday and self.w(s) in self.lex.weekdays:
            return 1  # "hat für Montag zu einem Streik aufgerufen": the day is ahead
        if self._cues is None:
            self._cues = [k for k in range(self.n) if self._tense_at(k)]
            self._breaks = [k for k in range(self.n) if self.clause_break(k)]
        cues, breaks = self._cues, self._breaks or []
        a, b = self._sentence(s)
        a, b = max(a, s - 40), min(b, e + 40)
        p = bisect.bisect_left(breaks, s)
        lo = breaks[p - 1] + 1 if p > 0 else 0
        q = bisect.bisect_left(breaks, e)
        hi = breaks[q] if q < len(breaks) else self.n
        p = bisect.bisect_left(cues, s)
        left = cues[p - 1] if p > 0 and cues[p - 1] >= a else None
        q = bisect.bisect_left(cues, e)
        right = cues[q] if q < len(cues) and cues[q] < b else None
        options = []  # (outside the clause, distance, sign)
        # the tense of a reporting verb outside the clause ("Die Börse bleibt am Freitag
        # geschlossen, teilte der Betreiber mit") dates the report, not what it reports
        reporting = self.lex.reporting
        if left is not None and not (left < lo and self.L[left] in reporting):
            options.append((left < lo, s - left, self._tense_at(left)))
        if right is not None and not (right >= hi and self.L[right] in reporting):
            options.append((right >= hi, right - e + 1, self._tense_at(right)))
        if not options:
            return default
        best = min(options)
        sign = best[2]
        if sign < 0 and any(self.L[j] in self.lex.conditionals for j in range(lo, s)):
            return 0  # a past form after "if"/"wenn" is hypothetical: the nearest such date
        if sign < 0 and not self.de and back in ("until", "till") and any(
                self.L[j] in ("has", "have") and self._tense_at(j + 1) < 0
                for j in range(max(lo, s - 15), s - 1)):
            return 1  # "has kept markets closed until Friday": the state lasts till then
        if sign < 0 and self.de and back == "ab" and self.w(s) in self.lex.weekdays \
                and not any(self.L[j] in self.lex.past for j in range(lo, hi)):
            return 1  # „ist ab Montag gesperrt“: a state from that day on, no narration
        return sign

    # -- pieces shared by the matchers

    def free_left(self, i: int) -> bool:
        """No letters or digit groups glued to the left of token ``i`` ("A2024", "1.2.")."""
        if not self.adj(i):
            return True
        if self.K[i - 1] in (_WORD, _NUM):
            return False
        return not (self.L[i - 1] in ".,:/" and self.adj(i - 1) and self.num(i - 2))

    def free_right(self, k: int) -> bool:
        """Token ``k`` (just after an expression) does not continue a number or a word."""
        if not self.adj(k):
            return True
        if self.K[k] in (_WORD, _NUM):
            return False
        return not (self.L[k] in ".,:/" and self.adj(k + 1) and self.num(k + 1))

    def year_token(self, i: int) -> int | None:
        """A free-standing four-digit number in the year range."""
        if not self.num(i) or len(self.T[i]) != 4:
            return None
        y = int(self.T[i])
        if not _MIN_YEAR <= y <= _MAX_YEAR or not self.free_left(i) or not self.free_right(i + 1):
            return None
        return y

    def year_after(self, k: int) -> int | None:
        """A year right after an expression part (space-separated), not a count."""
        if self.adj(k):
            return None
        y = self.year_token(k)
        if y is None or self.count_after(k + 1):
            return None
        return y

    def count_after(self, k: int) -> bool:
        return self.w(k) in self.lex.count_nouns

    def month_at(self, i: int) -> tuple[int, int, bool] | None:
        """(month, end, abbreviation without its dot) for a month name at token ``i``."""
        if not self.word(i) or not self.T[i][0].isupper():
            return None
        w = self.L[i]
        m = self.lex.months.get(w)
        if m:
            return m, i + 1, False
        m = self.lex.month_abbr.get(w)
        if m:
            if self.w(i + 1) == "." and self.adj(i + 1):
                return m, i + 2, False
            return m, i + 1, True
        return None

    def weekday_at(self, i: int) -> tuple[int, int, bool, bool] | None:
        """(weekday, end, with a part of the day, abbreviated) for a weekday at token ``i``."""
        if not self.word(i) or not self.T[i][0].isupper():
            return None
        w = self.L[i]
        d = self.lex.weekdays.get(w)
        if d is not None:
            return d, i + 1, False, False
        if self.de and len(w) > 6 and w[:4] in self.lex.prefixes4:
            for name, wd in self.lex.weekdays.items():
                if w.startswith(name) and w[len(name):] in self.lex.day_parts:
                    return wd, i + 1, True, False  # "Donnerstagmorgen"
        d = self.lex.weekday_abbr.get(w)
        if d is not None and self.w(i + 1) == "." and self.adj(i + 1):
            return d, i + 2, False, True
        return None

    def daypart_after(self, k: int) -> int:
        """Include a following part of the day ("gestern Abend", "Thursday morning")."""
        w = self.w(k)
        if w in self.lex.day_parts and (self.de or self.lowerword(k)):
            return k + 1
        return k

    def jahre_after(self, k: int) -> int:
        """Include "Jahre(n)" after a German decade ("1990er Jahre", "80er-Jahren")."""
        if not self.de:
            return k
        if self.w(k) == "-" and self.adj(k) and self.adj(k + 1) and self.w(k + 1) in (
                "jahre", "jahren"):
            return k + 2
        if self.w(k) in ("jahre", "jahren"):
            return k + 1
        return k

    def number_at(self, k: int) -> int | None:
        """An integer written as digits or a number word ("drei", "einem", "two", "a")."""
        if self.num(k):
            return int(self.T[k]) if len(self.T[k]) <= 3 and self.free_left(k) else None
        if not self.word(k):
            return None
        for stem in self.lex.stems(self.L[k]) if self.de else (self.L[k],):
            v = self.lex.numbers.get(stem)
            if v is not None:
                return v
        return None

    def season_at(self, k: int) -> tuple[int, int] | None:
        """(season 0–3, end) for a season word at ``k`` (Herbst, Herbstes, Frühjahrs; fall)."""
        if not self.word(k):
            return None
        w = self.L[k]
        if self.de:
            if not self.cap(k):
                return None
            for form in (w, w[:-1] if w.endswith("s") else "", w[:-2] if w.endswith("es") else ""):
                name = self.lex.seasons.get(form)
                if name is not None:
                    return _SEASON_CODES[name][0], k + 1
            return None
        name = self.lex.seasons.get(w)
        return (_SEASON_CODES[name][0], k + 1) if name is not None else None

    def _m_season(self, i: int) -> _Hit | None:
        """ "Herbst 2011", "spring of 2012", "im Frühjahr", "in the fall" (tense decides)."""
        found = self.season_at(i)
        if found is None:
            return self._season_event(i)
        s, end = found
        of = 1 if not self.de and self.w(end) == "of" else 0
        y = self.year_after(end + of)
        if y is not None:
            return _Hit(i, end + of + 1, *_v_season(y * 4 + s))
        if self.ref is None:
            return None
        prev, prev2 = self.w(i - 1), self.w(i - 2)
        if self.de:
            if prev not in ("im", "zum", "vom", "seit", "bis", "ab"):
                return None
        elif not (prev == "the" and prev2 in ("in", "during", "over", "by", "until", "since",
                                               "through")) or self.w(end) == "of":
            return self._season_event(i)  # not "the fall of Rome", "a fall in prices"
        start = i - 1 if not self.de else i
        return _Hit(start, end, *_season(s, self.ref, self.sign(start, end)))

    def _season_event(self, i: int) -> _Hit | None:
        """A season naming when a regular event takes place: "their autumn meetings",
        "the spring session"; German compounds "Herbsttagung", "Frühjahrssitzung"."""
        if self.ref is None or not self.word(i):
            return None
        w = self.L[i]
        if self.de:
            if not self.cap(i):
                return None
            for name, code in self.lex.seasons.items():
                rest = w[len(name):]
                if w.startswith(name) and (rest[1:] if rest.startswith("s") else rest) \
                        in _DE_SEASON_EVENTS:
                    s = _SEASON_CODES[code][0]
                    return _Hit(i, i + 1, *_season(s, self.ref, self.sign(i, i + 1)))
            return None
        name = self.lex.seasons.get(w)
        if name is None or self.w(i - 1) not in (*_EN_POSSESSIVES, "the") \
                or not self.lowerword(i + 1) or self.w(i + 1) not in _EN_SEASON_EVENTS:
            return None
        s = _SEASON_CODES[name][0]
        return _Hit(i, i + 1, *_season(s, self.ref, self.sign(i, i + 2)))

    def direction_at(self, i: int) -> tuple[int, int] | None:
        """(offset, next token) for "vergangenen", "nächste", "last", "this coming"."""
        if not self.word(i):
            return None
        if self.de:
            for stem in self.lex.stems(self.L[i]):
                v = self.lex.directions.get(stem)
                if v is not None:
                    return v, i + 1
            return None
        w = self.L[i]
        if w == "this" and self.w(i + 1) == "coming":
            return 1, i + 2
        v = self.lex.directions.get(w)
        return (v, i + 1) if v is not None else None

    def day_month_at(self, j: int) -> tuple[int, int, int, int | None] | None:
        """(end, month, day, year or None) for a day-and-month date starting at token ``j``."""
        if self.de:
            return self._dm_de(j)
        if self.num(j):
            return self._dm_en_day_first(j)
        return self._dm_en_month_first(j)

    def _dm_de(self, j: int) -> tuple[int, int, int, int | None] | None:
        T = self.T
        if not self.num(j) or len(T[j]) > 2 or not self.free_left(j):
            return None
        if self.w(j + 1) != "." or not self.adj(j + 1):
            return None
        d = int(T[j])
        if self.num(j + 2) and self.adj(j + 2):  # 5.11.2024, 05.11., 1.4.
            if len(T[j + 2]) > 2 or self.w(j + 3) != "." or not self.adj(j + 3):
                return None
            m, end, y = int(T[j + 2]), j + 4, None
            if self.num(end) and self.adj(end) and len(T[end]) in (2, 4):
                y = int(T[end])
                if len(T[end]) == 2:
                    y += 2000 if y < 50 else 1900
                end += 1
            if not self.free_right(end):
                return None
            return end, m, d, y
        mo = self.month_at(j + 2)  # 5. November (2024)
        if mo is None:
            return None
        m, end, _ = mo
        y = self.year_after(end)
        return (end + 1, m, d, y) if y is not None else (end, m, d, None)

    def _dm_en_day_first(self, j: int) -> tuple[int, int, int, int | None] | None:
        """5 November 2024, 5th of November, 5 Nov."""
        T = self.T
        if len(T[j]) > 2 or not self.free_left(j):
            return None
        k, ordinal = j + 1, False
        if self.w(k) in _EN_ORDINAL_SUFFIXES and self.adj(k):
            k, ordinal = k + 1, True
        if ordinal and self.w(k) == "of":
            k += 1
        mo = self.month_at(k)
        if mo is None:
            return None
        m, end, _ = mo
        y = self.year_after(end)
        if y is None and self.w(end) == "," and self.year_after(end + 1) is not None:
            return end + 2, m, int(T[j]), self.year_after(end + 1)
        return (end + 1, m, int(T[j]), y) if y is not None else (end, m, int(T[j]), None)

    def _dm_en_month_first(self, j: int) -> tuple[int, int, int, int | None] | None:
        """November 5, Nov. 5, 2024, Dec. 28th."""
        mo = self.month_at(j)
        if mo is None:
            return None
        m, k, _ = mo
        if not self.num(k) or len(self.T[k]) > 2 or self.adj(k):
            return None
        d, end = int(self.T[k]), k + 1
        if self.w(end) in _EN_ORDINAL_SUFFIXES and self.adj(end):
            end += 1
        if not self.free_right(end) or (self.w(end) == ":" and self.num(end + 1)):
            return None
        if self.w(end) == "," and self.year_after(end + 1) is not None:
            return end + 2, m, d, self.year_after(end + 1)
        y = self.year_after(end)
        if y is not None:
            return end + 1, m, d, y
        if self.count_after(end):
            return None
        return end, m, d, None

    def date_hit(self, start: int, end: int, m: int, d: int, y: int | None,
                 weekday: int | None = None) -> _Hit | None:
        if y is not None:
            return _Hit(start, end, *_v_day(dt.date(y, m, d)))
        if self.ref is None or not (1 <= m <= 12 and 1 <= d <= 31):
            return None
        date = _md_date(m, d, self.ref, self.sign(start, end, default=0), weekday)
        return _Hit(start, end, *_v_day(date)) if date else None

    def decade_at(self, k: int) -> tuple[int, int] | None:
        """(decade value, end) for "1990er (Jahre)", "80er", "Neunziger", "1990s", "'80s"."""
        hit = self._m_year(k) or self._m_decade2(k) or self._m_decade_word(k)
        if hit is None or hit.granularity != "decade":
            return None
        return int(hit.value), hit.end

    # -- matchers: each tries to read an expression starting at token i

    def _m_date_at_number(self, i: int) -> _Hit | None:
        if not self.num(i):
            return None
        if not self.de and not self._en_day_first_ok(i):
            return None
        r = self.day_month_at(i)
        if r is None:
            return None
        end, m, d, y = r
        return self.date_hit(i, end, m, d, y)

    def _en_day_first_ok(self, i: int) -> bool:
        return not (self.w(i - 1) in ("$", "€", "£") or self.num(i - 1))

    def _m_iso(self, i: int) -> _Hit | None:
        """2024-06-30."""
        T = self.T
        if not (self.num(i) and len(T[i]) == 4 and self.free_left(i)):
            return None
        if not (self.w(i + 1) == "-" and self.adj(i + 1) and self.num(i + 2) and self.adj(i + 2)
                and len(T[i + 2]) == 2 and self.w(i + 3) == "-" and self.adj(i + 3)
                and self.num(i + 4) and self.adj(i + 4) and len(T[i + 4]) == 2):
            return None
        if not self.free_right(i + 5) or (self.w(i + 5) == "-" and self.adj(i + 5)):
            return None
        return _Hit(i, i + 5, *_v_day(dt.date(int(T[i]), int(T[i + 2]), int(T[i + 4]))))

    def _m_slash(self, i: int) -> _Hit | None:
        """English 11/05/2024 is MM/DD/YYYY."""
        T = self.T
        if self.de or not (self.num(i) and len(T[i]) <= 2 and self.free_left(i)):
            return None
        if not (self.w(i + 1) == "/" and self.adj(i + 1) and self.num(i + 2) and self.adj(i + 2)
                and len(T[i + 2]) <= 2 and self.w(i + 3) == "/" and self.adj(i + 3)
                and self.num(i + 4) and self.adj(i + 4) and len(T[i + 4]) == 4):
            return None
        if not self.free_right(i + 5) or (self.w(i + 5) == "/" and self.adj(i + 5)):
            return None
        return _Hit(i, i + 5, *_v_day(dt.date(int(T[i + 4]), int(T[i]), int(T[i + 2]))))

    def _m_year(self, i: int) -> _Hit | None:
        """Four digits: a decade ("1990er", "1990s") or a year in a year context."""
        if not self.num(i) or len(self.T[i]) != 4 or not self.free_left(i):
            return None
        y = int(self.T[i])
        nx = self.w(i + 1)
        if self.adj(i + 1):
            if self.de and nx in ("er", "ern"):
                if y % 10 or not self.free_right(i + 2):
                    return None
                return _Hit(i, self.jahre_after(i + 2), *_v_decade(y // 10))
            if not self.de and (nx == "s" or (nx == "'" and self.w(i + 2) == "s"
                                              and self.adj(i + 2))):
                end = i + 2 if nx == "s" else i + 3
                if y % 10 or not self.free_right(end):
                    return None
                return _Hit(i, end, *_v_decade(y // 10))
        y2 = self.year_token(i)
        if y2 is None or not self._year_context(i):
            return None
        return _Hit(i, i + 1, *_v_year(y2))

    def _year_context(self, i: int) -> bool:
        """A bare year needs a word that makes it one: "seit 2022", not "2022 Menschen"."""
        lex = self.lex
        if self.count_after(i + 1):
            return False
        if (self.num(i - 1) and not self.adj(i)) or (self.num(i + 1) and not self.adj(i + 1)):
            return False  # phone numbers, lists of figures
        prev = self.w(i - 1)
        if prev in lex.year_context:
            return True
        if prev in lex.conjunctions and self.year_token(i - 2) is not None:
            return True
        if not self.de and prev == "the" and self.lowerword(i + 1):
            return True  # "the 2022 election"
        # weaker contexts take only modern, non-round years ("wurden 1500 verletzt" is a count)
        y = int(self.T[i])
        if not (1900 <= y <= 2100 and y % 100):
            return False
        if not self.de and prev == "the" and self.cap(i + 1) and self.word(i + 1) \
                and not self.adj(i + 1):
            return True  # "the 2008 Beijing Olympics", "the 2010 World Cup": an edition
        if self.de and prev in _DE_ARTICLES and y % 10 and self.lowerword(i + 1) \
                and self.L[i + 1].endswith(_DE_PARTICIPLE_ENDINGS):
            # "die 2008 eröffnete Halle": the year of an attributive participle (round
            # numbers stay counts: "die 1950 gemeldeten Fälle")
            return True
        if self.lowerword(i - 1) and self._tense_at(i - 1) and (
                not self.word(i + 1) or (self.de and self.lowerword(i + 1))):
            return True  # "soll 2027 abgeschlossen sein", "wurde 1998 eröffnet"
        if self.de and self.cap(i - 1) and not self.adj(i) \
                and self.L[i - 1].endswith(_DE_YEAR_NOUNS):
            return True  # "die WM 2009", "Bundestagswahl 2021", "Haushalt 2025"
        return self.initial(i) and (self.w(i + 1) == "," or self.lowerword(i + 1))

    def _m_decade2(self, i: int) -> _Hit | None:
        """Two-digit decades: "80er (Jahre)", "the '80s", "the 80s"."""
        k = i
        if self.w(i) == "'":
            if self.de or not (self.num(i + 1) and self.adj(i + 1)):
                return None
            k = i + 1
        elif not self.num(i) or not self.free_left(i):
            return None
        t = self.T[k]
        if len(t) != 2 or t[1] != "0" or self.ref is None:
            return None
        if self.de:
            if not (self.w(k + 1) in ("er", "ern") and self.adj(k + 1)):
                return None
            end = self.jahre_after(k + 2)
        else:
            if not (self.w(k + 1) == "s" and self.adj(k + 1)):
                return None
            end = k + 2
            if k == i and self.w(i - 1) not in ("the", "early", "mid", "late", "-") \
                    and not self._after_decade(i):
                return None
            back = self.w(i - 1)
            if back in _EN_POSSESSIVES or (back in ("early", "mid", "late")
                                           and self.w(i - 2) in _EN_POSSESSIVES):
                return None  # "in her 80s" is an age
        if not self.free_right(end):
            return None
        return _Hit(i, end, *_v_decade(_two_digit_decade(int(t[0]), self.ref)))

    def _after_decade(self, i: int) -> bool:
        """Token ``i`` follows a conjunction after a decade: the "80s" of "the 70s and 80s"."""
        if self.w(i - 1) not in self.lex.conjunctions or self.w(i - 2) != "s" \
                or not self.adj(i - 2) or not self.num(i - 3):
            return False
        t = self.T[i - 3]
        return len(t) in (2, 4) and t.endswith("0")

    def _m_decade_word(self, i: int) -> _Hit | None:
        """ "Neunzigerjahre", "den Neunzigern", "the nineties"."""
        if not self.word(i) or self.ref is None:
            return None
        w = self.L[i]
        if not self.de:
            d = self.lex.decade_words.get(w)
            if d is None:
                return None
            prev = self.w(i - 1)
            if prev not in ("the", "early", "mid", "late", "-"):
                return None
            if prev in ("early", "mid", "late", "-") and (
                    self.w(i - 2) in _EN_POSSESSIVES or self.w(i - 3) in _EN_POSSESSIVES):
                return None
            return _Hit(i, i + 1, *_v_decade(_two_digit_decade(d, self.ref)))
        if w[:4] not in self.lex.prefixes4:
            return None
        for name, d in self.lex.decade_words.items():
            if not w.startswith(name):
                continue
            rest = w[len(name):]
            if rest in ("jahre", "jahren", "jahrs"):
                end = i + 1
            elif rest in ("", "n"):
                end = self.jahre_after(i + 1)
                if end == i + 1 and rest != "n" and self.w(i - 1) not in ("die", "den", "der"):
                    return None
            else:
                return None
            return _Hit(i, end, *_v_decade(_two_digit_decade(d, self.ref)))
        return None

    def _m_month(self, i: int) -> _Hit | None:
        """English "November 5(, 2024)"; "November 2023"; a bare month in a month context."""
        mo = self.month_at(i)
        if mo is None:
            return None
        m, k, bare_abbr = mo
        if not self.de:
            r = self._dm_en_month_first(i)
            if r is not None:
                end, m2, d, y = r
                return self.date_hit(i, end, m2, d, y)
        y = self.year_after(k)
        if y is not None:
            return _Hit(i, k + 1, *_v_month(y, m))
        if bare_abbr or self.ref is None or not self._month_context(i):
            return None
        return _Hit(i, k, *_v_month(_month_year(m, self.ref, self.sign(i, k)), m))

    def _month_context(self, i: int) -> bool:
        lex = self.lex
        prev = self.w(i - 1)
        strict = self.L[i] in lex.ambiguous_months
        if prev in (lex.month_strict if strict else lex.month_context):
            return True
        return prev in lex.conjunctions and self.month_at(i - 2) is not None

    def _m_weekday(self, i: int) -> _Hit | None:
        """A weekday with a date ("Dienstag, dem 29. Oktober"), or bare in a weekday context."""
        r = self.weekday_at(i)
        if r is None:
            return None
        wd, k, part, abbr = r
        j = k + 1 if self.w(k) == "," else k
        if self.de and self.w(j) in ("dem", "den"):
            j += 1
        dm = self.day_month_at(j) if j < self.n else None
        if dm is not None:
            end, m, d, y = dm
            return self.date_hit(i, end, m, d, y, wd)
        if abbr or self.ref is None:
            return None
        if not part:
            k2 = self.daypart_after(k)
            part, k = k2 > k, k2
        if not (part or self._weekday_context(i, k)):
            return None
        return _Hit(i, k, *_v_day(_bare_weekday(wd, self.ref, self.sign(i, k))))

    def _weekday_context(self, i: int, k: int) -> bool:
        lex = self.lex
        prev = self.w(i - 1)
        if prev in lex.weekday_context:
            return True
        if prev in lex.conjunctions and self.weekday_at(i - 2) is not None:
            return True
        if self.initial(i) and (self.w(k) == "," or (self.de and self.lowerword(k))):
            return True
        if not self.de:
            if self.w(k) == "'" and self.w(k + 1) == "s" and self.adj(k):
                return True  # "Sunday's vote"
            if i > 0 and self.lowerword(i - 1) and self._tense_at(i - 1) < 0:
                return True  # "talks collapsed Friday"
            if prev in ("a", "an") and self.lowerword(k) and self.w(k) not in _EN_HABITUAL \
                    and self.w(k) not in _EN_LINKS:
                return True  # "at a Wednesday news conference": one such day
            if (prev in ("%", "percent", "points", "cents") or self.num(i - 1)) and (
                    k >= self.n or self.L[k] in _TERMINALS or self.clause_break(k)
                    or self.w(k) in _EN_AMOUNT_WEEKDAY_FOLLOWERS):
                return True  # "shares fell 2.5% Thursday,", "plunged 61 percent Monday as
                # investors …": an amount ends the verb phrase
            if i > 0 and self.lowerword(i - 1) and prev not in _EN_DETERMINERS \
                    and prev not in ("every", "each", "per", "of") \
                    and (k >= self.n or self.L[k] in _TERMINALS or self.clause_break(k)
                         or self.w(k) in _EN_WEEKDAY_FOLLOWERS):
                return True  # "pleaded guilty Thursday.", "will vote Tuesday, after …",
                # "filed for bankruptcy Thursday with debts of …"
        return False

    def _m_reference(self, i: int) -> _Hit | None:
        """jetzt, derzeit, damals, künftig; now, currently, recently, in the future: TimeML's
        PRESENT_REF / PAST_REF / FUTURE_REF (no calendar value: the time is the reference's)."""
        w = self.L[i]
        if w == "heuer" and self.de and self.ref is not None:
            return _Hit(i, i + 1, *_v_year(self.ref.year))  # Austrian/Bavarian "this year"
        found = self._phrase_at(self.lex.references, i)
        if found is None or (self.cap(i) and not self.initial(i)):
            return None  # "Jetzt" as a title word mid-sentence
        toks, value = found
        end = i + len(toks)
        if (self.adj(i) and self.L[i - 1] == "-") or (self.adj(end) and self.w(end) == "-"):
            return None  # "now-defunct", "Bis-jetzt"
        if not self.de and w == "now" and self.w(end) in ("that", "and", "is", "'"):
            return None  # "now that …", discourse "now"
        if self.de and w in _DE_COMPARATIVE_REFS and not self._de_adverbial_ref(i):
            return None  # "früher als erwartet", "eine Stunde früher", "Das Thema ist aktuell."
        if len(toks) == 1 and not self.de and w in _EN_REF_ADJECTIVES and not self.word(end):
            return None  # "recent" is a time only as an attribute: "the recent downturn"
        if not self.de and w == "current" and not (
                self.w(end) in _EN_PRESENT_SITUATIONS or self.w(end) in _EN_SITUATION_QUALIFIERS
                and self.w(end + 1) in _EN_PRESENT_SITUATIONS):
            return None  # "the current circumstances", not "current models"
        if toks[-1] in ("past", "future") and (
                self.number_at(end) is not None or self.w(end) in self.lex.units
                or self.w(end) in _EN_VAGUE_COUNTS):
            return None  # "in the past nine days", "in the past decade": a period, not PAST_REF
        return _Hit(i, end, value, "ref")

    def _de_adverbial_ref(self, i: int) -> bool:
        """„früher" and „aktuell" as time adverbs („Früher wurden hier Schreibmaschinen gebaut",
        „Aktuell sind 14 Schulen betroffen"), not a comparison („früher als geplant", „früher
        oder später", „zwei Stunden früher") or a predicate („Das Thema ist aktuell.")."""
        nxt, prev = self.w(i + 1), self.w(i - 1)
        if nxt in ("als", "oder", "denn"):
            return False
        ends = i + 1 >= self.n or self.L[i + 1] in _TERMINALS or self.L[i + 1] == ","
        if ends and (prev in _DE_COPULAS and self.L[i] == "aktuell"
                     or self.L[i] == "früher" and prev not in ("war", "waren")):
            return False
        return not (self.num(i - 1) or prev in self.lex.units or prev in _DE_DEGREE_WORDS
                    or prev.rstrip("n") in _DE_UNIT_PLURALS)

    def _m_relday(self, i: int) -> _Hit | None:
        """heute, gestern, morgen, übermorgen; today, yesterday, tonight, last night."""
        if not self.word(i) or self.ref is None:
            return None
        w = self.L[i]
        found = self._phrase_at(self.lex.relative_days, i)
        if found is None:
            return None
        toks, off = found
        end = i + len(toks)
        prev = self.w(i - 1)
        if self.cap(i) and not self.initial(i) and len(toks) == 1:
            return None  # "Today" programme, noun "Morgen", "heute" show
        if prev in ("von", "vom", "of"):
            return None  # "Politik von gestern", "the world of tomorrow"
        if w == "morgen" and prev in ("am", "den", "jeden", "guten", "diesen", "früh"):
            return None
        if w == "tomorrow" and self.w(end) == "'" and self.w(end + 1) == "s":
            return None  # "tomorrow's leaders"
        if len(toks) == 1:
            end = self.daypart_after(end)
        return _Hit(i, end, *_v_day(self.ref + dt.timedelta(days=off)))

    def _m_relday_adj(self, i: int) -> _Hit | None:
        """ "am heutigen Mittwoch", "am gestrigen Abend"."""
        if not self.de or not self.word(i) or self.ref is None:
            return None
        off = None
        for stem in self.lex.stems(self.L[i]):
            off = self.lex.relative_day_adjectives.get(stem)
            if off is not None:
                break
        if off is None:
            return None
        r = self.weekday_at(i + 1)
        if r is not None and not r[3]:
            end = r[1] if r[2] else self.daypart_after(r[1])
        elif self.w(i + 1) in ("tag", "tages") or self.w(i + 1) in self.lex.day_parts:
            end = i + 2
        else:
            return None
        return _Hit(i, end, *_v_day(self.ref + dt.timedelta(days=off)))

    # plural units of a vague period ahead: "in the coming months", „in den kommenden Jahren"
    _PERIOD_PLURALS = frozenset({"days", "weeks", "months", "years", "decades", "tagen",
                                 "wochen", "monaten", "jahren", "jahrzehnten"})

    def _m_vague_period(self, i: int) -> _Hit | None:
        """"in the coming months", „in den kommenden Jahren": the future direction and a plural
        unit with no count is TimeML's vague reference FUTURE_REF, not a duration ("the next
        two weeks" keeps its count and stays a duration)."""
        r = self.direction_at(i)
        if r is None or r[0] <= 0 or self.w(r[1]) not in self._PERIOD_PLURALS:
            return None  # the past direction stays a duration („in den vergangenen Jahren"
            # PXY), as the duration tables have it
        if self.w(i - 1) not in ("den", "the") or self.w(i - 2) not in (
                "in", "over", "during", "within", "innerhalb", "binnen"):
            return None
        if not self.de and self.L[i] != "coming":
            return None  # "the next months" is no news English
        return _Hit(i, r[1] + 1, "FUTURE_REF", "ref")

    def _m_direction(self, i: int) -> _Hit | None:
        """Direction + unit / weekday / month: "vergangene Woche", "next Tuesday", "last March"."""
        r = self.direction_at(i)
        if r is None or self.ref is None:
            return None
        off, k = r
        ref = self.ref
        if not self.de and self.cap(i) and not self.initial(i):
            return None  # "Next Generation", "This Is Us"
        w = self.w(k)
        unit = self.lex.units.get(w)
        if unit is not None and w in self.lex.units_singular and unit != "DAY":
            if self.de or self.lowerword(k):
                return _Hit(i, k + 1, *_shift(unit, off, ref))
            return None
        wr = self.weekday_at(k)
        if wr is not None and not wr[3]:
            wd, end, part, _ = wr
            if not part:
                end = self.daypart_after(end)
            return _Hit(i, end, *_v_day(_rel_weekday(wd, ref, off)))
        mo = self.month_at(k)
        if mo is not None and not mo[2]:
            m, end, _ = mo
            if off < 0:
                y = ref.year if m < ref.month else ref.year - 1
            elif off > 0:
                y = ref.year if m > ref.month else ref.year + 1
            else:
                y = ref.year
            return _Hit(i, end, *_v_month(y, m))
        season = self.season_at(k)
        if season is not None:
            return _Hit(i, season[1], *_season(season[0], ref, 0, off))
        if not self.de and off in (0, -1) and w in self.lex.day_parts and self.lowerword(k):
            return _Hit(i, k + 1, *_v_day(ref + dt.timedelta(days=off)))  # this morning
        return None

    def _m_modifier(self, i: int) -> _Hit | None:
        """Anfang/Mitte/Ende + month, year or unit; early/mid/late, end of/start of."""
        if not self.word(i):
            return None
        w = self.L[i]
        mod = self.lex.modifiers.get(w)
        if mod is None:
            return None
        if self.de:
            if not self.cap(i):
                return None
            return self._mod_target(i, i + 1, mod, article_ok=True)
        if w in ("early", "mid", "late"):
            k = i + 1
            if self.w(k) == "-" and self.adj(k):
                k += 1
            return self._mod_target(i, k, mod, article_ok=False)
        if w in ("end", "beginning", "start", "middle") and self.w(i + 1) == "of":
            return self._mod_target(i, i + 2, mod, article_ok=True)
        return None

    def _mod_target(self, i: int, k: int, mod: str, article_ok: bool) -> _Hit | None:
        ref = self.ref
        mo = self.month_at(k)
        if mo is not None and not mo[2]:
            m, end, _ = mo
            y = self.year_after(end)
            if y is not None:
                return _Hit(i, end + 1, *_v_month(y, m), mod)
            if ref is None:
                return None
            return _Hit(i, end, *_v_month(_month_year(m, ref, self.sign(i, end)), m), mod)
        dec = self.decade_at(k)
        if dec is not None:
            return _Hit(i, dec[1], *_v_decade(dec[0]), mod)
        y = self.year_token(k)
        if y is not None and not self.count_after(k + 1):
            return _Hit(i, k + 1, *_v_year(y), mod)
        art = article_ok and self.w(k) in (("des", "der") if self.de else ("the",))
        j = k + 1 if art else k
        if art:
            dec = self.decade_at(j)
            if dec is not None:
                return _Hit(i, dec[1], *_v_decade(dec[0]), mod)
        quarter = self._m_quarter(j) if j < self.n else None
        if quarter is not None:
            return quarter._replace(start=i, mod=mod)  # "Ende des zweiten Quartals"
        r = self.direction_at(j)
        if r is not None:
            off, j = r
        elif art:
            off = 0
        else:
            return None
        unit = self.lex.units.get(self.w(j))
        if unit is None or unit == "DAY" or self.w(j) not in self.lex.units_singular:
            return None
        if unit == "YEAR":
            y = self.year_after(j + 1)
            if y is not None:
                return _Hit(i, j + 2, *_v_year(y), mod)
        if ref is None:
            return None
        return _Hit(i, j + 1, *_shift(unit, off, ref), mod)

    def _m_offset(self, i: int) -> _Hit | None:
        """vor drei Tagen, in zwei Wochen; two years ago, in three days, a year from now."""
        if self.ref is None:
            return None
        w = self.w(i)
        if w in ("vor", "in") and (self.de or w == "in"):
            n = self.number_at(i + 1)
            unit = self.lex.units.get(self.w(i + 2))
            if n is None or unit is None:
                return None
            if w == "in" and self.sign(i, i + 3) < 0:
                return None  # "the highest level in 20 years"
            return _Hit(i, i + 3, *_shift_back(unit, -n if w == "vor" else n, self.ref))
        if self.de:  # „zwei Tage später"
            n = self.number_at(i)
            unit = self.lex.units.get(self.w(i + 1))
            return None if n is None or unit is None else self._anchored_offset(i, n, unit, i + 2)
        n = self.number_at(i)
        if n is None or w in ("in",):
            return None
        unit = self.lex.units.get(self.w(i + 1))
        if unit is None:
            return None
        if self.w(i + 2) == "ago":
            return _Hit(i, i + 3, *_shift_back(unit, -n, self.ref))
        if self.w(i + 2) == "from" and self.w(i + 3) == "now":
            return _Hit(i, i + 4, *_shift_back(unit, n, self.ref))
        return self._anchored_offset(i, n, unit, i + 2)

    # "two days earlier", „zwei Tage später": a distance from the last day the text named
    _ANCHORED_OFFSETS = {"earlier": -1, "later": 1, "später": 1, "zuvor": -1, "danach": 1,
                         "davor": -1, "vorher": -1}

    def _anchored_offset(self, i: int, n: int, unit: str, k: int) -> _Hit | None:
        """"The boat had left two days earlier", „Zwei Tage später wurde er festgenommen":
        the offset counts from the last day named before it in the text, else from the
        reference day. Days and weeks, and the comparison "a month / quarter / year earlier";
        "two years later" is rarely a dated point."""
        sign = self._ANCHORED_OFFSETS.get(self.w(k))
        if sign is None or self.ref is None:
            return None
        if unit not in ("DAY", "WEEK") and not (
                sign < 0 and n == 1 and unit in ("MONTH", "QUARTER", "YEAR")):
            return None  # but "up 5 percent from a year earlier": the year before
        anchor = self._anchor_day(sign > 0, i, k + 1)
        return None if anchor is None else _Hit(i, k + 1, *_shift_back(unit, sign * n, anchor))

    def _anchor_day(self, forward: bool, start: int, end: int) -> dt.date | None:
        """The last day named in the text so far, else the reference day; None for a count
        forward in a past clause when the text named no day ("two days later, he died",
        "the next day, …": later than a day never named)."""
        if self.last_day is None:
            return None if forward and self.sign(start, end) < 0 else self.ref
        try:
            return dt.date.fromisoformat(self.last_day[1])
        except ValueError:
            return self.ref

    def _m_anaphoric_day(self, i: int) -> _Hit | None:
        """"the previous day", "the following day", „am Vortag", „tags darauf": a day
        counted from the last day the text named, else from the reference day. Not "the day
        before the vote" (counted from an event) nor "the day before yesterday"."""
        if self.ref is None or not self.word(i):
            return None
        start = i + 1 if self.L[i] in ("the", "am") else i
        found = self._phrase_at(self.lex.anaphoric_days, start)
        if found is None or (start == i + 1 and self.L[i] == "the" and self.de):
            return None
        toks, off = found
        end = start + len(toks)
        if self.w(end) in _ANAPHORIC_DAY_STOPS:
            return None
        if start == i and self.L[i] not in ("tags",) and not self.de:
            return None  # English needs its article: "the next day"
        anchor = self._anchor_day(off > 0, start, end)
        return None if anchor is None else _Hit(start, end,
                                                *_v_day(anchor + dt.timedelta(days=off)))

    def _m_week(self, i: int) -> _Hit | None:
        """KW 12, 12. KW, 45. Kalenderwoche, Kalenderwoche 12; week 45, calendar week 45."""
        if self.de:
            if self.T[i] == "KW" or self.L[i] == "kalenderwoche":
                k = i + 1
            elif (self.num(i) and len(self.T[i]) <= 2 and self.w(i + 1) == "." and self.adj(i + 1)
                  and i + 2 < self.n and (self.T[i + 2] == "KW"
                                          or self.L[i + 2] == "kalenderwoche")):
                return self._week_hit(i, int(self.T[i]), i + 3)
            else:
                return None
        else:
            if self.L[i] == "calendar" and self.w(i + 1) == "week":
                k = i + 2
            elif self.T[i] == "week":
                if self.cap(i - 1) and not self.initial(i - 1):
                    return None  # "Fashion Week"
                k = i + 1
            else:
                return None
        if not self.num(k) or len(self.T[k]) > 2:
            return None
        return self._week_hit(i, int(self.T[k]), k + 1)

    def _week_hit(self, i: int, wk: int, k: int) -> _Hit | None:
        y = None
        if self.w(k) == "/" and self.adj(k) and self.num(k + 1) and self.adj(k + 1):
            t = self.T[k + 1]
            if len(t) in (2, 4):
                y, k = int(t) + (2000 if len(t) == 2 else 0), k + 2
        elif self.w(k) == "of" and self.year_after(k + 1) is not None:
            y, k = self.year_after(k + 1), k + 2
        elif self.year_after(k) is not None:
            y, k = self.year_after(k), k + 1
        if not self.free_right(k):
            return None
        if y is None:
            if self.ref is None:
                return None
            y = self.ref.year
        dt.date.fromisocalendar(y, wk, 1)  # validates the week number
        return _Hit(i, k, f"{_fmt_year(y)}-W{wk:02d}", "week")

    def _m_quarter(self, i: int) -> _Hit | None:
        """Q2 2024, Q3; im vierten Quartal 2023, 1. Quartal; the fourth quarter of 2023."""
        T = self.T
        if T[i] == "Q":
            if not (self.num(i + 1) and self.adj(i + 1) and T[i + 1] in ("1", "2", "3", "4")):
                return None
            if not self.free_left(i) or (self.cap(i - 1) and not self.initial(i - 1)
                                         and self.year_after(i + 2) is None):
                return None  # "Audi Q3": a model name, not a quarter ("Q3 2024" is one)
            return self._quarter_hit(i, int(T[i + 1]), i + 2)
        if self.L[i] in _LAST_QUARTER_WORDS.get(self.lex.lang, ()):
            return self._last_quarter(i)
        q = None
        k = i + 1
        if self.num(i) and len(T[i]) == 1 and self.adj(i + 1):
            if self.de and self.w(i + 1) == ".":
                q, k = int(T[i]), i + 2
            elif not self.de and self.w(i + 1) in _EN_ORDINAL_SUFFIXES:
                q, k = int(T[i]), i + 2
        elif self.word(i):
            for stem in self.lex.stems(self.L[i]) if self.de else (self.L[i],):
                q = self.lex.ordinals.get(stem)
                if q is not None:
                    break
        if q is None or not 1 <= q <= 4:
            return None
        if not self.de and self.w(k) == "-" and self.adj(k):
            k += 1
        if q <= 2 and self.w(k) in (_HALF_DE if self.de else ("half",)):
            return self._half_hit(i, q, k + 1)
        if self.w(k) not in (_QUARTER_DE if self.de else ("quarter",)):
            return None
        return self._quarter_hit(i, q, k + 1)

    def _half_hit(self, i: int, h: int, k: int) -> _Hit | None:
        """„im ersten Halbjahr (2024)", „in der zweiten Jahreshälfte"; "the first half of
        2022 / of last year / of the year". English needs the year: a bare "first half" is
        as often a match's."""
        y = None
        if self.w(k) in ("of", "des") and self.year_after(k + 1) is not None:
            y, k = self.year_after(k + 1), k + 2
        elif self.year_after(k) is not None:
            y, k = self.year_after(k), k + 1
        elif not self.de and not (self.w(k) == "of" and self.w(k + 2) == "year"
                                  and self.w(k + 1) in ("the", "this", "last", "next")):
            return None
        if y is None and self.ref is not None:
            if not self.de:  # "of the year", "of this year": the reference's year
                off = {"last": -1, "next": 1}.get(self.w(k + 1), 0)
                y, k = self.ref.year + off, k + 3
            else:
                rh = 1 if self.ref.month <= 6 else 2
                sign = self.sign(i, k)
                y = self.ref.year
                if h != rh and sign < 0 and h > rh:
                    y -= 1  # the second half, told in the past in spring: last year's
                elif h != rh and sign > 0 and h < rh:
                    y += 1
        if y is None or not self.free_right(k):
            return None
        return _Hit(i, k, f"{_fmt_year(y)}-H{h}", "half")

    def _last_quarter(self, i: int) -> _Hit | None:
        """The year's closing quarter: "the final quarter (of 2009)", "im Schlussquartal";
        "last quarter" / "letzten Quartal" only with the year it closes ("the last quarter
        of 2009", "im letzten Quartal 2009"): alone it is the previous quarter."""
        w = self.L[i]
        if w.startswith("schlussquartal"):
            return self._quarter_hit(i, 4, i + 1)
        k = i + 1
        if self.w(k) not in (_QUARTER_DE if self.de else ("quarter",)):
            return None
        if w in ("final", "closing"):
            return self._quarter_hit(i, 4, k + 1)
        j = k + 1 + (1 if self.w(k + 1) in ("of", "des") else 0)
        if self.year_after(j) is not None:
            return self._quarter_hit(i, 4, k + 1)
        r = self.direction_at(j) if (j > k + 1 or self.de) and self.ref is not None else None
        if r is None or self.lex.units.get(self.w(r[1])) != "YEAR" \
                or self.w(r[1]) not in self.lex.units_singular:
            return None
        return _Hit(i, r[1] + 1, *_v_quarter(self.ref.year + r[0], 4))  # "of last year"

    def _quarter_hit(self, i: int, q: int, k: int) -> _Hit | None:
        y = None
        if self.w(k) == "/" and self.adj(k) and self.num(k + 1) and self.adj(k + 1):
            t = self.T[k + 1]
            if len(t) in (2, 4):
                y, k = int(t) + (2000 if len(t) == 2 else 0), k + 2
        elif self.w(k) in ("of", "des") and self.year_after(k + 1) is not None:
            y, k = self.year_after(k + 1), k + 2
        elif self.de and self.w(k) == "des" and self.w(k + 1) in ("jahres", "jahrs") \
                and self.year_after(k + 2) is not None:
            y, k = self.year_after(k + 2), k + 3
        elif self.year_after(k) is not None:
            y, k = self.year_after(k), k + 1
        if not self.free_right(k):
            return None
        if y is not None:
            return _Hit(i, k, *_v_quarter(y, q))
        if self.ref is None:
            return None
        return _Hit(i, k, *_v_quarter(_quarter_year(q, self.ref, self.sign(i, k)), q))

    def _m_weekend(self, i: int) -> _Hit | None:
        """A bare weekend: "am/übers Wochenende", "over/at/on the weekend" (tense decides)."""
        if self.ref is None:
            return None
        if self.de:
            if self.T[i] != "Wochenende" or self.w(i - 1) not in ("am", "übers", "zum", "vom",
                                                                   "bis"):
                return None
            start, end = i, i + 1
        else:
            if self.L[i] != "the" or self.w(i + 1) != "weekend" \
                    or self.w(i - 1) not in ("over", "at", "on", "during", "until", "by",
                                             "through", "throughout"):
                return None
            start, end = i, i + 2
        if self.cap(end) and self.word(end):
            return None  # "Wochenende Spezial", "The Weekend Edition"
        return _Hit(start, end, *_v_weekend(_weekend(self.ref, self.sign(start, end))))

    def _m_earlier(self, i: int) -> _Hit | None:
        """ "earlier this month", "later this week": the period named, with its qualifier."""
        if self.de or self.L[i] not in ("earlier", "later") or not self.lowerword(i + 1):
            return None
        hit = self._m_direction(i + 1)
        if hit is None or self.w(i + 1) not in ("this", "that"):
            return None
        return _Hit(i, hit.end, hit.value, hit.granularity, hit.mod)

    def _m_relnoun(self, i: int) -> _Hit | None:
        """Vorjahr, Jahresende, Vormonats; year-end, midweek."""
        if not self.word(i) or self.ref is None:
            return None
        key, end = self.L[i], i + 1
        if not self.de and self.w(i + 1) == "-" and self.adj(i + 1) and self.adj(i + 2):
            joined = f"{key}-{self.w(i + 2)}"
            if joined in self.lex.relative_nouns:
                key, end = joined, i + 3
        spec = self.lex.relative_nouns.get(key)
        if spec is None or (self.de and not self.cap(i)):
            return None
        unit, off, mod = spec
        return _Hit(i, end, *_shift(unit, off, self.ref), mod)

    def _m_reladj(self, i: int) -> _Hit | None:
        """ "die diesjährige Messe", "der letztjährige Sieger"."""
        if not self.de or not self.word(i) or self.ref is None:
            return None
        for stem in self.lex.stems(self.L[i]):
            spec = self.lex.relative_adjectives.get(stem)
            if spec is not None:
                return _Hit(i, i + 1, *_shift(spec[0], spec[1], self.ref))
        return None

    def _m_holiday(self, i: int) -> _Hit | None:
        """Ostermontag, Heiligabend, Tag der Deutschen Einheit; Easter Monday, Christmas."""
        if not self.cap(i):
            return None
        found = self._phrase_at(self.lex.holidays, i)
        if found is None:
            return None
        toks, rule = found
        end = i + len(toks)
        if self.de and self.w(i - 1) == "maria":
            return None  # "Maria Himmelfahrt" is a parish; the feast is "Mariä Himmelfahrt"
        if not self.de and self.cap(end) and self.word(end):
            return None  # "Easter Island", "Christmas Carol"
        y = self.year_after(end)
        if y is not None:
            return _Hit(i, end + 1, *_v_day(_holiday(rule, y)))
        ref = self.ref
        if ref is None:
            return None
        days = [_holiday(rule, y) for y in (ref.year - 1, ref.year, ref.year + 1)]
        if self.sign(i, end) < 0:
            date = max(d for d in days if d <= ref)
        else:
            date = min(d for d in days if d >= ref)
        return _Hit(i, end, *_v_day(date))

    def _m_nacht(self, i: int) -> _Hit | None:
        """ "Nacht zum Mittwoch" is the date of the Wednesday."""
        if not self.de or self.T[i] != "Nacht" or self.w(i + 1) not in ("zum", "zu", "auf"):
            return None
        r = self.weekday_at(i + 2)
        if r is None or r[3] or self.ref is None:
            return None
        return _Hit(i, r[1], *_v_day(_bare_weekday(r[0], self.ref, self.sign(i, r[1]))))

    def _m_approx(self, i: int) -> _Hit | None:
        """ "um 1900", "circa 1650", "ca. 1650", "around 1900" (APPROX)."""
        if self.L[i] not in self.lex.approximators or not self.word(i):
            return None
        k = i + 1
        if self.L[i] in ("ca", "c"):
            if not (self.w(k) == "." and self.adj(k)):
                return None
            k += 1
        y = self.year_token(k)
        if y is None or self.count_after(k + 1) or (self.num(k + 1) and not self.adj(k + 1)):
            return None
        if self.de and self.cap(k + 1) and self.word(k + 1):
            return None  # "um 1900 Beschäftigte"
        if not self.de and self.lowerword(k + 1):
            return None  # "around 1900 people"
        return _Hit(i, k + 1, *_v_year(y), "APPROX")

    def _m_jahr(self, i: int) -> _Hit | None:
        """ "(im) Jahr 2022", "(in the) year 1998"."""
        if self.L[i] not in (("jahr", "jahre", "jahres", "jahrs") if self.de else ("year",)):
            return None
        y = self.year_after(i + 1)
        if y is None:
            return None
        return _Hit(i, i + 2, *_v_year(y))

    def _m_the_day(self, i: int) -> _Hit | None:
        """The day a report is about, named as "the day": "(stocks) ended the day higher",
        "late in the day", "for a third consecutive day", "den dritten Tag in Folge". It is
        the last day named before it in the sentence, else the reference day."""
        if self.ref is None or not self.word(i):
            return None
        w, end, mod = self.L[i], None, None
        if self.de:
            if self.w(i - 1) in ("den", "am", "zum") and w in _DE_ORDINAL_DAYS \
                    and self.w(i + 1) == "tag" and self.w(i + 2) == "in" \
                    and self.w(i + 3) == "folge":
                end = i + 4  # "den dritten Tag in Folge"
            elif w in ("frühen", "späten") and self.w(i - 1) == "am" \
                    and self.w(i + 1) in ("morgen", "vormittag", "nachmittag", "abend"):
                end, mod = i + 2, ("START" if w == "frühen" else "END")  # "am frühen Morgen"
        elif w == "the" and self.w(i + 1) == "week" and self.w(i - 1) in _EN_DAY_VERBS \
                and self.w(i + 2) not in ("before", "after", "of", "when", "that", "'"):
            return _Hit(i, i + 2, *_v_week(self.ref))  # "stocks ended the week down 5%"
        elif w == "the" and self.w(i + 1) == "day" and self.w(i - 1) in _EN_DAY_VERBS \
                and self.w(i + 2) not in ("before", "after", "of", "when", "that", "'"):
            end = i + 2  # "closed the day 2% higher"
        elif w in ("late", "early", "later", "earlier") and self.w(i + 1) == "in" \
                and self.w(i + 2) == "the" and self.w(i + 3) == "day":
            end, mod = i + 4, ("END" if w.startswith("late") else "START")
        elif w in ("start", "beginning") and self.w(i + 1) == "of" and self.w(i + 2) == "the" \
                and self.w(i + 3) == "day" and self.w(i + 4) not in ("of", "'"):
            end, mod = i + 4, "START"  # "fell at the start of the day"
        elif w in ("a", "an", "the") and self.w(i + 1) in _EN_ORDINAL_DAYS \
                and self.w(i + 2) in ("consecutive", "straight", "successive", "running") \
                and self.w(i + 3) == "day" and self.w(i + 4) not in ("of", "'"):
            end = i + 4  # "for a second consecutive day"
        if end is None:
            return None
        value = self.ref.isoformat()
        a, _ = self._sentence(i)
        if self.last_day is not None and self.last_day[0] >= a:
            value = self.last_day[1]
        return _Hit(i, end, value, "day", mod)

    def _m_century(self, i: int) -> _Hit | None:
        """"the 19th century", „im 19. Jahrhundert": TimeML's two-digit century ("18")."""
        if not self.num(i) or not self.adj(i + 1):
            return None
        n = int(self.T[i])
        if not 1 <= n <= 30:
            return None
        if self.de:
            if self.w(i + 1) != "." or not self.w(i + 2).startswith("jahrhundert"):
                return None
        elif self.w(i + 1) not in ("st", "nd", "rd", "th") or self.w(i + 2) != "century":
            return None
        return _Hit(i, i + 3, f"{n - 1:02d}", "century")

    def _m_year_back(self, i: int) -> _Hit | None:
        """"the same month a year ago", "the same quarter last year": the day, week, month
        or quarter a year back from the one the sentence named before ("in January, compared
        to the same month a year ago"), else from the reference's; "the year before", "the
        month previous" (with no event after it): the unit before that one."""
        if self.de or self.ref is None or self.L[i] != "the":
            return None
        ref = self.ref
        a, _ = self._sentence(i)
        named = self.last_hit if self.last_hit is not None and self.last_hit[0] >= a else None
        if self.w(i + 1) == "same" and self.w(i + 2) in _EN_SAME_UNITS:
            unit, k = self.w(i + 2), i + 3
            back = next((p for p in _EN_YEAR_BACK if tuple(self.L[k:k + len(p)]) == p), None)
            if back is None:
                return None
            end = k + len(back)
            if named is not None and named[2] in ("month", "quarter") and named[2] == unit:
                year, rest = named[1].split("-", 1)  # "2009-01" → "2008-01"
                return _Hit(i + 1, end, f"{int(year) - 1:04d}-{rest}", unit)
            try:
                day = ref.replace(year=ref.year - 1)
            except ValueError:  # 29 February
                day = ref.replace(year=ref.year - 1, day=28)
            if unit == "day":
                return _Hit(i + 1, end, *_v_day(day))
            if unit == "week":
                return _Hit(i + 1, end, *_v_week(ref - dt.timedelta(weeks=52)))
            if unit == "month":
                return _Hit(i + 1, end, *_v_month(ref.year - 1, ref.month))
            return _Hit(i + 1, end, *_v_quarter(ref.year - 1, (ref.month - 1) // 3 + 1))
        unit = self.lex.units.get(self.w(i + 1))
        if unit in ("WEEK", "MONTH", "QUARTER", "YEAR") \
                and self.w(i + 1) in self.lex.units_singular \
                and self.w(i + 2) in _EN_UNIT_BEFORE and not self.word(i + 3):
            if unit == "YEAR" and named is not None and named[2] == "year" \
                    and named[1].isdigit():  # "last year, … than the year previous"
                return _Hit(i + 1, i + 3, *_v_year(int(named[1]) - 1))
            return _Hit(i + 1, i + 3, *_shift(unit, -1, ref))  # "than the year before."
        return None

    # -- driver

    def may_start(self, i: int) -> bool:
        k = self.K[i]
        if k == _NUM:
            return True
        if k == _PUNCT:
            return self.L[i] == "'" and not self.de
        w = self.L[i]
        lex = self.lex
        if w in lex.start_words or w[:4] in lex.prefixes4:
            return True
        return self.de and any(s in lex.start_words for s in lex.stems(w)[1:])

    def match(self, i: int) -> _Hit | None:
        best: _Hit | None = None
        for matcher in self.matchers[self.K[i]]:
            try:
                hit = matcher(i)
            except (ValueError, OverflowError):
                continue  # an impossible date ("31.02.", year 99999) is no date
            if hit is not None and hit.end > i and (best is None or hit.end > best.end):
                best = hit
        return best

    def run(self) -> list[dict[str, Any]]:
        out: list[dict[str, Any]] = []
        i = 0
        while i < self.n:
            hit = self.match(i) if self.may_start(i) else None
            if hit is None:
                hit = self._bare_clock(i)
            if hit is None:
                i += 1
                continue
            if not any(k in self.blocked for k in range(hit.start, hit.end)):
                hit = self._clock(self._part_of_day(self._year_of(hit)))
                if hit.granularity == "day" and len(hit.value) >= 10:
                    self.last_day = (hit.start, hit.value[:10])
                self.last_hit = (hit.start, hit.value, hit.granularity)
                first = self._range_start(hit)
                if first is not None and (not out or out[-1]["end"] <= first["start"]):
                    out.append(first)  # „vom 20. bis 22. März“: the 20th too
                s, e = self.S[hit.start], self.E[hit.end - 1]
                out.append({"text": self.text[s:e], "start": s, "end": e, "value": hit.value,
                            "granularity": hit.granularity, "mod": hit.mod})
                last = self._range_end(hit)
                if last is not None:  # "March 20-22", "March 20 to 22": the 22nd too
                    out.append(last[0])
                    hit = hit._replace(end=last[1])
            i = hit.end
        return out

    _RANGE_LINKS = frozenset({"bis", "-", "–", "und", "to", "through", "and", "until", "till"})

    def _day_record(self, k: int, value: str, end: int | None = None) -> dict[str, Any]:
        s, e = self.S[k], self.E[(end or k + 1) - 1]
        return {"text": self.text[s:e], "start": s, "end": e, "value": value,
                "granularity": "day", "mod": None}

    def _range_day(self, k: int) -> int | None:
        """Token ``k`` is a bare day number (1–31) of a range."""
        if not self.num(k) or len(self.T[k]) > 2:
            return None
        d = int(self.T[k])
        return d if 1 <= d <= 31 else None

    def _range_start(self, hit: _Hit) -> dict[str, Any] | None:
        """The first day of a day range that names its month only once, at its end: „vom 20.
        bis 22. März“, „20.–22. März“, "20 to 22 March", "between 20 and 22 March"."""
        if hit.granularity != "day" or len(hit.value) < 10 or not self.num(hit.start):
            return None
        k = hit.start - 1
        if self.w(k) in ("zum", "dem") and self.w(k - 1) in ("bis", "und"):
            k -= 1  # „bis zum 22. März“
        if self.w(k) not in self._RANGE_LINKS:
            return None
        j = k - 1
        dotted = self.w(j) == "." and self.adj(j)
        if dotted:
            j -= 1
        d = self._range_day(j)
        if d is None or d >= int(hit.value[8:10]) or (self.de and not dotted) \
                or (not self.de and dotted):
            return None
        if self.w(j - 1) in ("um", "at", "the"):
            return None  # a clock time or "the 20th"
        value = self._same_month(hit, d)
        return None if value is None else self._day_record(j, value, j + 2 if dotted else j + 1)

    def _range_end(self, hit: _Hit) -> tuple[dict[str, Any], int] | None:
        """The last day of a month-first range: "March 20-22", "March 20 to 22"."""
        if self.de or hit.granularity != "day" or len(hit.value) != 10 \
                or not self.num(hit.end - 1):
            return None
        k = hit.end
        if self.w(k) not in self._RANGE_LINKS:
            return None
        d = self._range_day(k + 1)
        if d is None or d <= int(hit.value[8:10]) or self.w(k + 2) in (":", "%", ".") \
                and self.num(k + 3) or self.w(k + 2) in self.lex.months \
                or self.w(k + 2) in self.lex.month_abbr or self.count_after(k + 2):
            return None
        value = self._same_month(hit, d)
        return None if value is None else (self._day_record(k + 1, value), k + 2)

    @staticmethod
    def _same_month(hit: _Hit, day: int) -> str | None:
        """Day ``day`` of the month of ``hit``'s date; None where there is no such day."""
        try:
            return dt.date(int(hit.value[:4]), int(hit.value[5:7]), day).isoformat()
        except ValueError:
            return None

    def _part_of_day(self, hit: _Hit) -> _Hit:
        """A day whose expression ends in a part of the day ("Friday afternoon",
        "Freitagnachmittag", "gestern Abend") gets TimeML's TMO/TAF/TEV/TNI (or 12:00/24:00)."""
        if hit.granularity != "day" or len(hit.value) != 10:
            return hit
        last = self.L[hit.end - 1]
        name = self.lex.part_names.get(last) or ("NIGHT" if last == "tonight" else None)
        if name is None and self.de and any(last.startswith(d) for d in self.lex.weekdays):
            name = next((v for k, v in sorted(self.lex.part_names.items(),
                                              key=lambda kv: -len(kv[0]))
                         if len(k) >= 4 and last.endswith(k) and len(last) > len(k) + 3), None)
        if name is None or (last == "morgen" and hit.end - hit.start == 1):
            return hit  # "morgen" alone is tomorrow
        return hit._replace(value=hit.value + _PART_CODES[name])

    def _clock(self, hit: _Hit) -> _Hit:
        """A clock time right after a day ("am Dienstag um 2 Uhr", "Monday at 10:30 a.m.",
        "Tuesday at 9 pm", "Monday at 14:00 GMT") makes the value a date and time."""
        if hit.granularity != "day" or len(hit.value) != 10:
            return hit
        k = hit.end
        if self.w(k) == ",":
            k += 1
        if self.w(k) not in ("um", "gegen", "at", "ab", "bis"):
            return hit
        clock = self._clock_after(k, strict=False)
        if clock is None:
            return hit
        j, hour, minute, zone = clock
        return _Hit(hit.start, j, f"{hit.value}T{hour:02d}:{minute:02d}{zone}", "day", hit.mod)

    def _bare_clock(self, i: int) -> _Hit | None:
        """A clock time after a preposition ("um 20 Uhr", "at 8 p.m.", "at 08:30 UTC"): the
        time on the day named right after it ("at 12:00 UTC Monday", "um 20 Uhr am
        Freitag"), else on the reference day, as TimeML anchors it; the extent leaves out
        the preposition. Needs the unit (Uhr, a.m./p.m., UTC/GMT): a bare "at 3" is no time."""
        if self.ref is None or self.w(i) not in _CLOCK_PREPOSITIONS:
            return None
        clock = self._clock_after(i, strict=True)
        if clock is None:
            return None
        j, hour, minute, zone = clock
        hm = f"T{hour:02d}:{minute:02d}{zone}"
        day = self._day_after_clock(j)
        if day is not None:
            # "12:00 UTC Monday" is one expression; "16:15 UTC, June 1" two, the time on
            # that day and the day itself
            end = j if self.w(j) == "," else day.end
            return _Hit(i + 1, end, day.value + hm, "day", day.mod)
        return _Hit(i + 1, j, f"{self.ref.isoformat()}{hm}", "time", None)

    def _day_after_clock(self, j: int) -> _Hit | None:
        """The day a clock time is on when it follows the time: "12:00 UTC Monday",
        "4 p.m., June 1", "20 Uhr am Freitag" (a day value without a time of its own)."""
        k = j + 1 if self.w(j) == "," else j
        if self.w(k) in ("on", "am"):
            k += 1
        if k >= self.n or not self.may_start(k):
            return None
        hit = self.match(k)
        if hit is None:
            r = self.weekday_at(k)  # no "on" needed right after the time
            if r is None or r[3] or self.ref is None:
                return None
            wd, end = r[0], r[1]
            hit = _Hit(k, end, *_v_day(_bare_weekday(wd, self.ref, self.sign(k, end))))
        if hit is None or hit.granularity != "day" or len(hit.value) != 10:
            return None
        return hit

    def _clock_after(self, k: int, strict: bool) -> tuple[int, int, int, str] | None:
        """(end, hour, minute, zone) of the clock time after the preposition at ``k``.
        English "10:30" without a.m./p.m. or a UTC/GMT zone counts only when not
        ``strict``; a UTC/GMT zone gives TimeML's "Z"."""
        if not self.de and self.w(k + 1) in _EN_CLOCK_WORDS:
            return k + 2, _EN_CLOCK_WORDS[self.w(k + 1)], 0, ""  # "at noon"
        j, digits = k + 1, ""
        while j < self.n and (self.num(j) or (self.T[j] in ".:" and self.adj(j))) \
                and (j == k + 1 or self.adj(j)) and len(digits) < 5:
            digits += self.T[j]
            j += 1
        m = _CLOCK_RE.match(digits)
        if not m:
            return None
        hour, minute = int(m.group(1)), int(m.group(2) or 0)
        zoned = False
        if self.de:
            if self.w(j) != "uhr":
                return None
            j += 1
        else:
            mer = self.w(j) + (self.w(j + 1) + self.w(j + 2) if self.w(j + 1) == "." else "")
            if mer.replace(".", "") in ("am", "pm"):
                if mer.startswith("p") and hour < 12:
                    hour += 12
                if mer.startswith("a") and hour == 12:
                    hour = 0
                j += 4 if self.w(j + 1) == "." and self.w(j + 3) == "." else 1
            elif self.w(j) in _UTC_WORDS and m.group(2):
                zoned = True  # "08:30 UTC": the zone is the unit
            elif strict or not m.group(2):
                return None  # "on Monday at 3" is no time
        if self.w(j) in _UTC_WORDS and self.T[j].isupper():
            j, zoned = j + 1, True
        if not (0 <= hour <= 24 and 0 <= minute < 60):
            return None
        return j, hour, minute, "Z" if zoned else ""

    def _year_of(self, hit: _Hit) -> _Hit:
        """A month, quarter, season or day followed by the year it is in ("Juli dieses
        Jahres", "August vorigen Jahres", "the first quarter of last year") is one expression
        in that year, not a bare month plus a year."""
        if hit.granularity not in ("day", "month", "quarter", "season") \
                or not hit.value[:4].isdigit() or self.w(hit.end) not in _YEAR_OF[self.lex.lang]:
            return hit
        k = hit.end + (1 if not self.de else 0)
        nxt = self.match(k) if k < self.n and self.may_start(k) else None
        if nxt is None and self.de:
            nxt = self.match(k + 1) if k + 1 < self.n and self.may_start(k + 1) else None
            if nxt is not None and self.w(k) != "des":
                nxt = None
        if nxt is None or nxt.granularity != "year" or not nxt.value.isdigit() \
                or nxt.start > hit.end + 2:
            return hit
        return _Hit(hit.start, nxt.end, nxt.value + hit.value[4:], hit.granularity, hit.mod)


def _weak_preterite_de(w: str) -> bool:
    """Weak preterite forms (meldete, stimmten, demonstrierten), not adjectives or presents."""
    if len(w) < 5:
        return False
    if w.endswith(("ierte", "ierten")):
        return True
    if w.endswith(("ete", "eten")):
        return not w.endswith(("iete", "ieten", "trete", "treten", "bete", "beten", "knete",
                               "kneten"))
    if w.endswith("te"):
        stem = w[:-2]
    elif w.endswith("ten"):
        stem = w[:-3]
        if w[:-2].endswith(_DE_T_STEMS):
            return False  # warten, halten, berichten
    else:
        return False
    return len(stem) >= 3 and not stem.endswith("s")  # beste, meisten, kosten


# ----------------------------------------------------------------------------- public API


def _language(language: str) -> str:
    return str(language or "").strip().lower().replace("_", "-").split("-")[0]


def normalise_text(text: str, language: str,
                   reference: dt.date | None) -> list[dict[str, Any]]:
    """Every temporal expression in ``text``, in order, as TIMEX3-style records.

    Each record is ``{"text", "start", "end", "value", "granularity", "mod"}`` with
    ``text == text[start:end]``. Relative and underspecified expressions need ``reference``
    (the publication date) and are left out without it. A language without a lexicon gives
    no results; a bug raises (the pipeline component records it as a ``component_failed``
    warning instead of passing it off as "no dates").
    """
    if not isinstance(text, str) or not text:
        return []
    lex = _lexicon(_language(language))
    if lex is None:
        return []
    if isinstance(reference, dt.datetime):
        reference = reference.date()
    elif not isinstance(reference, dt.date):
        reference = None
    return _Scanner(text, lex, reference).run()


class TimexTagger:
    """spaCy component: ``doc._.dates`` from ``normalise_text`` and ``doc._.reference_date``."""

    def __call__(self, doc: Doc) -> Doc:
        ref = doc._.reference_date if Doc.has_extension("reference_date") else None
        doc._.dates = normalise_text(doc.text, doc.lang_, ref)
        return doc


@Language.factory("newsflow_timex", assigns=["doc._.dates"])
def make_timex_tagger(nlp: Language, name: str) -> Guarded:
    if not Doc.has_extension("dates"):
        Doc.set_extension("dates", default=None)
    return Guarded(name, "dates", TimexTagger())


__all__ = ["normalise_text", "TimexTagger", "make_timex_tagger", "GRANULARITIES", "MODS"]
