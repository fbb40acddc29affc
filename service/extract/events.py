"""The ``newsflow_events`` component: typed events with trigger, actors, place, time, modality.

Triggers come from the taxonomy (``lexicons/event_types.json``); ``lexicons/event_rules.json``
holds what a word list cannot: the context a broad trigger needs ("übernehmen" only with a
company in the sentence, "strike" only with workers or weapons), words that yield to a better
trigger of the same type ("Abkommen" after "unterzeichnet"), the cues for modality and the
words that make a speaker political (speech acts are events only for political actors).

The component works on every pipeline newsflow runs: with a tagger/parser it uses POS, lemmas
and dependencies; on ``blank:de`` (tokens and sentences only) it falls back to word forms,
capitalisation, German compound heads and comma-delimited clauses. It never drops an event
because of its modality: negated, hypothetical and reported events are marked, not removed.

Results go to ``doc._.events`` (record-shaped dicts without ids; the pipeline numbers them).
"""

from __future__ import annotations

import bisect
import datetime as dt
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from service.extract import doc_cache, lexicon
from service.extract.guard import Guarded
from service.extract.places import demonym_country, is_country, load_places, place_country
from service.extract.quote_marks import find_quotes
from service.extract.quotes import QuoteExtractor
from service.extract.role_confidence import confidence_of

LEXICON_DIR: Path = lexicon.LEXICON_DIR
# English multiword triggers whose first word is the verb carry the trigger on that verb
# ("stepped down" → "stepped"); noun compounds carry it on their head ("press conference").
EN_PARTICLES = {"away", "out", "off", "up", "over", "back"}
EN_VERB_FIRST = {"take", "step", "stand", "leave", "bow", "swear", "sign", "snap", "buy", "tie",
                 "join", "go", "file", "lay", "spin", "carve", "break", "shut", "hammer", "walk",
                 "lock", "flare", "round", "find", "burst", "blow", "run", "back", "cordon",
                 "hand", "come", "dial", "speak", "hold", "turn", "rule", "express", "point",
                 "look", "vote", "make", "sit", "call", "down"}
CLAUSE_PUNCT = {",", ";", ":", "–", "—", "(", ")", "„", "“", "”", '"', "«", "»", "‚", "‘", "’"}
CONTENT_POS = {"NOUN", "PROPN", "VERB", "ADJ", "X", ""}
# Context is read in a window around the trigger (in tokens, within the sentence): news
# sentences are shorter, and a bounded window keeps run time linear on run-on "sentences".


@dataclass(frozen=True)
class EventTuning:
    """The component's tunable numbers, set through its factory config (``[components.
    newsflow_events]`` in a pipeline config, or ``nlp.add_pipe(..., config={...})``)."""

    context_window: int = 40  # tokens either side searched for context words and clauses
    confidence_phrase: float = 0.8  # a multiword trigger ("press conference")
    confidence_exact: float = 0.75  # a one-word trigger
    confidence_compound: float = 0.7  # a German compound head ("Regierungskonsultationen")
    confidence_statement: float = 0.5  # a political speech act
    penalty_context_rule: float = 0.1  # the trigger needed context words to count
    penalty_untagged: float = 0.05  # no part-of-speech tags to check the trigger with
    context_location: bool = True  # an event without a place of its own takes the last one
    context_actors: bool = True  # a later mention of the same happening takes its participants
    context_location_sentences: int = 1  # event sentences back a context place may come from
    pronoun_reach: int = 400  # characters back to the name a pronoun stands for
    noun_reach: int = 800  # … and a definite class noun ("the organisation", "der Konzern")
    close_name: int = 150  # a name this close before a class-noun patient is the one it means
GOVERNOR_POS = {"VERB", "AUX"}
# cue categories whose subject judges an event rather than takes part in it ("Die Grünen
# kritisierten die Einigung", "welcomed the ceasefire"); agreeing to something is taking part
STANCE_CATEGORIES = {"criticise", "reject", "agree"}
PARTY_LEMMAS = {"agree", "einigen", "vereinbaren", "verständigen"}


# --------------------------------------------------------------------------- lexicon


@dataclass(frozen=True)
class Entry:
    """One trigger of one type: the lemma as the taxonomy writes it and how to match it."""

    type: str
    lemma: str
    kind: str  # noun | verb | adj | phrase
    words: tuple[str, ...] = ()
    head: int = 0
    particle: str = ""
    source: str = "taxonomy"  # taxonomy | statement


@dataclass
class Matcher:
    """Compiled context words: substrings, whole-word sequences and regular expressions."""

    subs: tuple[str, ...] = ()
    exact: tuple[str, ...] = ()
    regex: tuple[re.Pattern[str], ...] = ()

    def __bool__(self) -> bool:
        return bool(self.subs or self.exact or self.regex)

    def search(self, text: str) -> bool:
        """``text`` is lower case and padded with spaces, tokens separated by one space."""
        return (any(s in text for s in self.subs) or any(e in text for e in self.exact)
                or any(r.search(text) for r in self.regex))


@dataclass
class Condition:
    never: bool = False
    need: Matcher = field(default_factory=Matcher)
    block: Matcher = field(default_factory=Matcher)
    yields: bool = False
    pos: tuple[str, ...] = ()
    political: bool = False
    verb_only: bool = False
    after: Matcher = field(default_factory=Matcher)
    # a context that settles the sense by itself, over need and block ("haben sich …
    # getroffen" is a meeting although "getroffen" alone is usually "hit" or "decided")
    allow: Matcher = field(default_factory=Matcher)


# how many sentences (counted over sentences with events) a place carries over to

# which entity names a participant whose phrase holds several ("Der Münchner Konzern Siemens")
ENTITY_PREFERENCE = {"PER": 0, "ORG": 0, "LOC": 1, "MISC": 2}

# verbs whose object, not subject, does what their to-infinitive says
OBJECT_CONTROL = frozenset({"auffordern", "aufrufen", "bitten", "zwingen", "drängen",
                            "ermutigen", "überreden", "vorwerfen", "beschuldigen",
                            "verdächtigen", "bezichtigen", "urge", "ask", "force", "persuade",
                            "order", "call", "encourage", "tell", "pressure"})
# "accused X of V-ing", "blamed X for V-ing": X is the doer of V
ACCUSING = frozenset({"accuse", "blame", "suspect", "charge", "convict", "criticise",
                      "criticize", "condemn"})
# verbs whose subject speaks against the infinitive's action, done by others: "Merz warnte
# davor, über die Köpfe der Ukrainer hinweg zu verhandeln"
NO_CONTROL = frozenset({"warnen", "verbieten", "untersagen", "warn", "forbid", "prohibit",
                        "ban", "caution"})


@dataclass
class EventLexicon:
    """Everything the component needs for one language, compiled once."""

    lang: str
    nouns: dict[str, list[Entry]] = field(default_factory=dict)
    verbs: dict[str, list[tuple[Entry, bool]]] = field(default_factory=dict)  # form → needs prt
    phrases: dict[str, list[Entry]] = field(default_factory=dict)  # first word → entries
    heads: dict[str, list[str]] = field(default_factory=dict)  # head → types
    exclusions: dict[str, tuple[str, ...]] = field(default_factory=dict)
    conditions: dict[tuple[str, str], Condition] = field(default_factory=dict)
    order: dict[str, int] = field(default_factory=dict)
    noun_endings: tuple[str, ...] = ()
    particles: frozenset[str] = frozenset()
    political: Matcher = field(default_factory=Matcher)
    person_titles: tuple[str, ...] = ()
    institutions: tuple[str, ...] = ()
    modality: dict[str, Any] = field(default_factory=dict)
    loc_preps: frozenset[str] = frozenset()
    loc_skip: frozenset[str] = frozenset()
    loc_verbs: frozenset[str] = frozenset()
    actor_prefixes: frozenset[str] = frozenset()
    actor_prefix_excluded: tuple[str, ...] = ()
    demonym_doers: frozenset[str] = frozenset()
    time_blockers: tuple[str, ...] = ()
    evaluative: frozenset[str] = frozenset()
    # verbs whose subject judges or handles a noun trigger's event, not does it ("regulators
    # will review the acquisition", "accepted her resignation")
    judging: frozenset[str] = frozenset()
    undergoing: frozenset[str] = frozenset()  # "lost a confidence vote": the subject undergoes
    rejecting: frozenset[str] = frozenset()  # "denies the accusations": the accused denies
    verdict_verbs: frozenset[str] = frozenset()  # "was convicted after a trial": the tried
    # a definite class noun that stands for the last name of its type ("the organisation")
    anaphoric: dict[str, str] = field(default_factory=dict)
    anaphoric_kind: dict[str, str] = field(default_factory=dict)  # "gewerkschaft" → union
    sentence_adverbs: frozenset[str] = frozenset()  # "Unterdessen": never a participant
    inquiry_nouns: frozenset[str] = frozenset()  # "an investigation into the outage"
    # type → institution kind that does it when no sentence names a doer ("court")
    institution_agents: dict[str, str] = field(default_factory=dict)
    institution_words: dict[str, tuple[str, ...]] = field(default_factory=dict)
    reported_passive: tuple[str, ...] = ()  # type prefixes an organisation reports doing
    member_nouns: frozenset[str] = frozenset()  # "members of the committee": the committee
    quantity_nouns: frozenset[str] = frozenset()  # "thousands of people": the whole phrase
    # type → type prefixes whose event in the same sentence takes this one in ("Bei dem
    # Unfall starb ein Mann": the accident, not a death of its own)
    subsumed_by: dict[str, tuple[str, ...]] = field(default_factory=dict)
    subject_is_patient: frozenset[str] = frozenset()  # "Pope Francis died": he is no agent
    # a person as subject of an objectless verb undergoes it ("the CEO will step down")
    holder_is_patient: frozenset[str] = frozenset()
    possessor_is_patient: frozenset[str] = frozenset()  # "Orme's trial": Orme is tried
    # noun triggers whose genitive / "of" / "von" complement is the doer ("Streik der GDL",
    # "the visit of the chancellor"); for the others it is the one acted on ("Übernahme des
    # Softwareanbieters", "the arrest of the suspect")
    complement_agent: frozenset[str] = frozenset()
    symmetric: frozenset[str] = frozenset()  # every party is an agent (talks, mergers)
    # types whose doer a common noun complement names ("Aufmarsch der Armee"); elsewhere it is
    # the thing acted on ("Bau eines Werks")
    common_complement: tuple[str, ...] = ()
    place_class: frozenset[str] = frozenset()  # "the city of Dnipro": the name is the place
    # types whose intransitive subject is annotated as the agent ("a lorry overturned")
    undergoer_agent: tuple[str, ...] = ()
    # participles whose by-phrase does the noun they follow ("talks mediated by Turkey"), not
    # merely affects it ("a summit overshadowed by trade tensions")
    by_doers: frozenset[str] = frozenset()
    group_nouns: tuple[str, ...] = ()  # common nouns of groups that act ("Armee", "Miliz")
    families: dict[str, str] = field(default_factory=dict)  # type → its same-happening group
    unions: frozenset[str] = frozenset()  # trade unions: a strike's doers, not its employer
    ueber_agent: frozenset[str] = frozenset()  # "Insolvenzverfahren über die X": X
    name_prefixes: frozenset[str] = frozenset()  # "Steilmann-Insolvenz": Steilmann is insolvent
    bei_patient: frozenset[str] = frozenset()  # "Streik bei der Bahn": the employer


def _compile(words: list[str], groups: dict[str, list[str]], lang: str = "de") -> Matcher:
    """Short words become word-boundary patterns: "test" must not fire inside "protested",
    while German "zug" still finds "Regionalzug" (compound end) and "Zuges" (word start)."""
    subs: list[str] = []
    exact: list[str] = []
    regex: list[re.Pattern[str]] = []

    def add(word: str, depth: int = 0) -> None:
        if word.startswith("@") and depth < 3:
            for w in groups.get(word[1:], []):
                add(w, depth + 1)
        elif word.startswith("="):
            exact.append(f" {word[1:].lower()} ")
        elif word.startswith("re:"):
            regex.append(re.compile(word[3:]))
        elif word and len(word) <= 4 and word.replace("-", "").isalnum():
            w = re.escape(word.lower())
            if lang == "en":
                regex.append(re.compile(rf"\b{w}(?:s|es|ed|d|ing)?\b"))
            else:
                regex.append(re.compile(rf"\b{w}|{w}\b"))
        elif word:
            subs.append(word.lower())

    for w in words:
        add(w)
    return Matcher(tuple(subs), tuple(exact), tuple(regex))


def _condition(spec: Any, groups: dict[str, list[str]], lang: str) -> Condition:
    if spec == "never":
        return Condition(never=True)
    spec = spec or {}
    return Condition(need=_compile(spec.get("need", []), groups, lang),
                     block=_compile(spec.get("block", []), groups, lang),
                     yields=bool(spec.get("yield")), pos=tuple(spec.get("pos", ())),
                     political=spec.get("actor") == "political",
                     verb_only=bool(spec.get("verb_only")),
                     after=_compile(spec.get("after", []), groups, lang),
                     allow=_compile(spec.get("allow", []), groups, lang))


def _umlaut(word: str) -> str:
    for i in range(len(word) - 1, -1, -1):
        if word[i:i + 2] == "au":
            return word[:i] + "äu" + word[i + 2:]
        if word[i] in "aou" and (i == 0 or word[i - 1] not in "ae"):
            return word[:i] + {"a": "ä", "o": "ö", "u": "ü"}[word[i]] + word[i + 1:]
    return word


def german_noun_forms(lemma: str) -> set[str]:
    """Inflected forms of a German noun (lower case), including umlaut plurals."""
    low = lemma.lower()
    if low.endswith(("ung", "ion", "heit", "keit", "schaft", "tät")):
        return {low, low + "en"}
    if low.endswith("e"):
        return {low, low + "n", low + "s"}
    forms = {low, low + "s", low + "es", low + "e", low + "en", low + "n"}
    uml = _umlaut(low)
    if uml != low:
        forms |= {uml + "e", uml + "en", uml + "er", uml + "ern"}
    return forms


def _separable(lemma: str, rules: dict[str, Any]) -> str:
    low = lemma.lower()
    forced = rules.get("separable_forced", {})
    if low in forced:
        return str(forced[low])
    if low in set(rules.get("not_separable", [])):
        return ""
    for p in sorted(rules.get("separable_particles", []), key=len, reverse=True):
        if low.startswith(p) and len(low) >= len(p) + 3:
            return str(p)
    return ""


def _word_before(text: str, start: int) -> list[str]:
    """The word right before a mention, lower case, as a list of at most one: the class noun
    that introduces a name ("der Gewerkschaft Verdi", "the carmaker BMW")."""
    return text[max(0, start - 30):start].lower().split()[-1:]


def _common_suffix(a: str, b: str) -> int:
    n = 0
    while n < min(len(a), len(b)) and a[-1 - n] == b[-1 - n]:
        n += 1
    return n


@cache
def load_lexicon(lang: str) -> EventLexicon:
    """Compile the taxonomy and the rules for ``lang`` (an empty lexicon for other languages)."""
    taxonomy = json.loads((LEXICON_DIR / "event_types.json").read_text(encoding="utf-8"))
    all_rules = json.loads((LEXICON_DIR / "event_rules.json").read_text(encoding="utf-8"))
    rules: dict[str, Any] = all_rules.get(lang, {})
    groups: dict[str, list[str]] = rules.get("groups", {})
    lex = EventLexicon(lang)
    lex.noun_endings = tuple(rules.get("noun_endings", ()))
    lex.particles = frozenset(rules.get("separable_particles", ()))
    adjectives = set(rules.get("adjectives", ()))
    entries: list[Entry] = []
    for n, t in enumerate(taxonomy["types"]):
        etype = t["type"]
        lex.order[etype] = n
        for trig in t.get("triggers", {}).get(lang, []):
            entries.append(_entry(etype, trig, lang, adjectives, rules))
        if lang == "de":
            for head in t.get("compound_heads_de", []):
                lex.heads.setdefault(head.lower(), []).append(etype)
            lex.exclusions[etype] = tuple(x.lower() for x in t.get("compound_exclusions_de", []))
    for etype, triggers in rules.get("extra_triggers", {}).items():
        for trig in triggers:
            entries.append(_entry(etype, trig, lang, adjectives, rules))
    statement = rules.get("statement", {})
    for verb in statement.get("verbs", []):
        entries.append(Entry("politics.statement", verb, "verb",
                             particle=_separable(verb, rules) if lang == "de" else "",
                             source="statement"))
        after = statement.get("need_after", {}).get(verb, [])
        cond = {"actor": "political", "block": statement.get("block", []), "after": after}
        lex.conditions[(verb.lower(), "politics.statement")] = _condition(cond, groups, lang)
    lex.order.setdefault("politics.statement", len(lex.order))
    lex.evaluative = frozenset(w.lower() for w in statement.get("evaluative", []))
    for entry in entries:
        _index(lex, entry, lang)
    for lemma, per_type in rules.get("conditions", {}).items():
        for etype, spec in per_type.items():
            key = lemma if lang == "de" and lemma[:1].isupper() else lemma.lower()
            lex.conditions[(key, etype)] = _condition(spec, groups, lang)
    lex.political = _compile(rules.get("political", []), groups, lang)
    lex.person_titles = tuple(t.lower() for t in rules.get("person_titles", ()))
    lex.institutions = tuple(t.lower() for t in rules.get("institutions", ()))
    mod = dict(rules.get("modality", {}))
    for key in ("hypothetical_phrases", "reported_phrases"):
        mod[key] = _compile(mod.get(key, []), groups, lang)
    for key in ("negation", "negation_det", "exclusion", "hypothetical", "reported",
                "reported_clause", "subjunctive", "complementizers", "reporting_verbs",
                "scheduling"):
        mod[key] = frozenset(w.lower() for w in mod.get(key, []))
    lex.modality = mod
    lex.loc_preps = frozenset(rules.get("location_prepositions", ()))
    lex.loc_skip = frozenset(rules.get("location_skip", ()))
    lex.loc_verbs = frozenset(w.lower() for w in rules.get("location_object_verbs", ()))
    lex.actor_prefixes = frozenset(rules.get("actor_prefixes", ()))
    lex.actor_prefix_excluded = tuple(rules.get("actor_prefix_excluded_types", ()))
    lex.demonym_doers = frozenset(rules.get("demonym_doer_types", ()))
    lex.time_blockers = tuple(rules.get("time_blockers", ()))
    lex.judging = frozenset(w.lower() for w in rules.get("judging_verbs", ()))
    lex.undergoing = frozenset(w.lower() for w in rules.get("undergoing_verbs", ())
                               if not w.startswith("_"))
    lex.rejecting = frozenset(w.lower() for w in rules.get("rejecting_verbs", ())
                              if not w.startswith("_"))
    lex.verdict_verbs = frozenset(w.lower() for w in rules.get("verdict_verbs", ())
                                  if not w.startswith("_"))
    lex.anaphoric = {w.lower(): etype for etype, words in rules.get("anaphoric_nouns", {}).items()
                     for w in words}
    lex.anaphoric_kind = {w.lower(): kind for kind, words in rules.get("anaphoric_kinds",
                                                                      {}).items()
                          if not kind.startswith("_") for w in words}
    lex.sentence_adverbs = frozenset(w.lower() for w in rules.get("sentence_adverbs", ())
                                     if not w.startswith("_"))
    lex.institution_words = {k: tuple(w.lower() for w in v)
                             for k, v in rules.get("institution_words", {}).items()}
    lex.inquiry_nouns = frozenset(w.lower() for w in rules.get("inquiry_nouns", ())
                                  if not w.startswith("_"))
    lex.member_nouns = frozenset(rules.get("member_nouns", ()))
    lex.quantity_nouns = frozenset(rules.get("quantity_nouns", ()))
    shared = all_rules  # language-independent rules live at the top level
    lex.subsumed_by = {t: tuple(v) for t, v in shared.get("subsumed_by", {}).items()}
    lex.subject_is_patient = frozenset(shared.get("subject_is_patient", ()))
    lex.holder_is_patient = frozenset(shared.get("holder_is_patient", ()))
    lex.possessor_is_patient = frozenset(t for t in shared.get("possessor_is_patient", ())
                                         if not t.startswith("_"))
    lex.complement_agent = frozenset(shared.get("noun_complement_agent", ()))
    lex.institution_agents = {t: str(k) for t, k in shared.get("institution_agents", {}).items()
                              if not t.startswith("_")}
    lex.symmetric = frozenset(shared.get("symmetric_types", ()))
    lex.reported_passive = tuple(t for t in shared.get("reported_passive_agent_types", ())
                                 if not t.startswith("_"))
    lex.bei_patient = frozenset(shared.get("noun_bei_patient", ()))
    lex.common_complement = tuple(shared.get("common_noun_complement_types", ()))
    lex.group_nouns = tuple(rules.get("group_nouns", ()))
    lex.by_doers = frozenset(rules.get("by_doer_participles", ()))
    lex.place_class = frozenset(rules.get("place_class_nouns", ()))
    lex.undergoer_agent = tuple(shared.get("undergoer_agent_types", ()))
    lex.name_prefixes = frozenset(shared.get("name_prefix_types", ()))
    lex.ueber_agent = frozenset(shared.get("noun_ueber_agent", ()))
    lex.unions = frozenset(shared.get("unions", ()))
    lex.families = {t: "family:" + group[0] for group in shared.get("same_happening_types", ())
                    for t in group}
    return lex


def _entry(etype: str, trig: str, lang: str, adjectives: set[str],
           rules: dict[str, Any]) -> Entry:
    words = tuple(trig.lower().split())
    if len(words) > 1:
        if lang == "en" and (words[0] in EN_VERB_FIRST or words[-1] in EN_PARTICLES):
            head = 0  # "pass away", "roll out": the verb, not its particle
        elif "of" in words:
            head = words.index("of") - 1
        else:
            head = len(words) - 1
        return Entry(etype, trig, "phrase", words, head)
    if lang == "de":
        if trig[:1].isupper():
            return Entry(etype, trig, "noun")
        if trig.lower() in adjectives:
            return Entry(etype, trig, "adj")
        return Entry(etype, trig, "verb", particle=_separable(trig, rules))
    return Entry(etype, trig, "word")


def _index(lex: EventLexicon, entry: Entry, lang: str) -> None:
    if entry.kind == "phrase":
        lex.phrases.setdefault(entry.words[0], []).append(entry)
        return
    low = entry.lemma.lower()
    if lang == "de" and entry.kind == "noun":
        for form in german_noun_forms(low):
            lex.nouns.setdefault(form, []).append(entry)
    elif lang == "de" and entry.kind == "verb":
        for form, needs in lexicon.german_verb_forms(low, entry.particle).items():
            lex.verbs.setdefault(form, []).append((entry, needs))
    elif lang == "de":
        for form in (low, low + "e", low + "en", low + "er", low + "es", low + "em"):
            lex.verbs.setdefault(form, []).append((entry, False))
    else:
        lex.nouns.setdefault(low, []).append(entry)


# --------------------------------------------------------------------------- matching


@dataclass
class Candidate:
    entry: Entry
    start: int  # token indices of the trigger (head token) in the doc
    end: int
    lemma: str
    via: str  # exact | phrase | compound
    specific: bool = False
    yields: bool = False
    sent: int = 0


@dataclass
class _Sent:
    span: Span
    index: int
    lower: list[str]  # lower-case token texts


class EventExtractor:
    """Callable component; results go to ``doc._.events``."""

    def __init__(self, lang: str, tuning: EventTuning | None = None) -> None:
        self.lang = lang
        self.tuning = tuning or EventTuning()
        self._names: set[str] = set()
        self._prev_political = False
        self._date_starts: list[int] = []
        self._parsed = self._tagged = self._lemmatized = False
        self._spans: list[tuple[int, int, dict[str, Any], str]] = []

    def __call__(self, doc: Doc) -> Doc:
        # a failure (RecursionError on a pathological parse included) is recorded by the
        # pipeline's guard as a component_failed warning, not returned as "no events"
        doc._.events = self.extract(doc)
        return doc

    # ----------------------------------------------------------------- driver

    def extract(self, doc: Doc) -> list[dict[str, Any]]:
        lex = load_lexicon(doc.lang_)
        if not lex.order or len(doc) == 0:
            return []
        # has_annotation scans the whole doc: ask once, not per candidate
        parsed = self._parsed = doc.has_annotation("DEP")
        tagged = self._tagged = doc.has_annotation("TAG") or doc.has_annotation("POS")
        lemmatized = self._lemmatized = doc.has_annotation("LEMMA")
        sents = self._sentences(doc, parsed)
        entity_spans = self._spans = self._entity_spans(doc)
        # NER names once per doc: Span.ents rebuilds the doc's whole entity list each time,
        # which made long articles quadratic (once per sentence)
        self._ner_names = sorted((e.start_char, e.end_char) for e in doc.ents
                                 if e.label_ in ("PERSON", "PER", "ORG", "WORK_OF_ART", "LAW"))
        political = self._political_names(doc, lex)
        self._names = political
        quotes = [(q.start, q.end) for q in find_quotes(doc_cache.text(doc)) if q.end > q.start]
        dates = self._dates(doc)
        self._date_starts = [int(d["start"]) for d in dates]
        events: list[dict[str, Any]] = []
        prev_political = False
        for si, span in enumerate(sents):
            sent = _Sent(span, si, [t.lower_ for t in span])
            cands = self._candidates(doc, sent, lex, tagged, lemmatized, entity_spans)
            sent_political = self._is_political(sent, lex, political, prev_political)
            self._prev_political = prev_political
            cands = self._filter(doc, sent, cands, lex, tagged, sent_political)
            cands = self._select(cands, lex)
            for cand in cands:
                events.append(self._record(doc, sent, cand, lex, parsed, entity_spans, dates,
                                           quotes))
            prev_political = sent_political and not any(
                c.entry.type == "politics.statement" for c in cands) or self._mentions_name(
                sent, political)
        events.sort(key=lambda e: e["trigger"]["start"])
        self._drop_date_actors(events, dates)
        self._resolve_pronoun_actors(doc, events, entity_spans, lex)
        self._pair_nouns(doc, events, entity_spans, lex)
        self._officers_to_force(doc, events, entity_spans)
        self._described_persons(events, entity_spans)
        self._first_person_in_quotes(doc, events)
        self._reported_passive(doc, events, entity_spans, lex)
        if self.tuning.context_actors:
            self._institution_agents(doc, events, entity_spans, lex, own_sentence=True)
            self._actors_from_coreference(events, lex.families)
            self._company_from_context(events, entity_spans)
            self._institution_agents(doc, events, entity_spans, lex)
        if self.tuning.context_location:
            self._locate_from_context(events, self.tuning.context_location_sentences)
        self._role_confidences(events, entity_spans)
        return events

    @staticmethod
    def _role_confidences(events: list[dict[str, Any]],
                          entity_spans: list[tuple[int, int, dict[str, Any], str]]) -> None:
        """Each participant's confidence from the fitted table (role_confidence.py); none
        for a bucket the table does not have."""
        types = {str(ent["id"]): t for _, _, ent, t in entity_spans}
        for event in events:
            for actor in event["actors"]:
                conf = confidence_of(actor, types.get(str(actor.get("entity_id"))))
                if conf is not None:
                    actor["confidence"] = conf

    @staticmethod
    def _drop_date_actors(events: list[dict[str, Any]], dates: list[dict[str, Any]]) -> None:
        """A date is no participant ("won Sunday's election": Sunday is no agent)."""
        texts = {str(d.get("text") or "").lower() for d in dates}
        texts |= {t[:-2] for t in texts if t.endswith("'s")}
        for event in events:
            event["actors"] = [a for a in event["actors"] if a["text"].lower().removesuffix(
                "'s").removesuffix("’s") not in texts]

    # a pronoun participant and the type of name it stands for
    PRONOUN_TYPES = {"er": "PER", "sie": "PER", "ihn": "PER", "ihm": "PER", "he": "PER",
                     "she": "PER", "him": "PER", "his": "PER", "her": "PER", "it": "ORG",
                     "its": "ORG"}
    PRONOUNS = frozenset(PRONOUN_TYPES)

    # the members of a body stand for it ("nahmen die Beamten … fest" after "die Polizei",
    # "Die Notenbanker begründeten …" after "die Polnische Nationalbank"), and a body's bare
    # noun for its full name ("die Staatsanwaltschaft" after "Staatsanwaltschaft Neuruppin")
    _NAME = r"(?:\s+[A-ZÄÖÜ][\wäöüß-]+)?"
    MEMBERS: tuple[tuple[re.Pattern[str], re.Pattern[str]], ...] = (
        (re.compile(r"^(?:die\s+|the\s+)?(?:beamten|beamte|polizisten|polizeibeamten|"
                    r"officers|police officers)$", re.IGNORECASE),
         re.compile(r"\b(?:[A-ZÄÖÜ][\wäöüß-]*polizei|Polizei" + _NAME + r"|[Pp]olice)\b")),
        (re.compile(r"^(?:die\s+)?(?:ermittler|fahnder|staatsanwaltschaft|anklage|"
                    r"anklagebehörde|staatsanwälte)$", re.IGNORECASE),
         re.compile(r"\b(?:[A-ZÄÖÜ][\wäöüß-]*(?:staats|bundes)anwaltschaft" + _NAME
                    + r"|Staatsanwaltschaft" + _NAME + r"|[A-ZÄÖÜ][\wäöüß-]*[Kk]riminalamt)\b")),
        (re.compile(r"^(?:die\s+)?(?:notenbanker|währungshüter|zentralbanker|notenbank|"
                    r"zentralbank)$", re.IGNORECASE),
         re.compile(r"\b(?:(?:[A-ZÄÖÜ][\wäöüß-]+\s+)?(?:Nationalbank|Zentralbank|Notenbank)"
                    r"|EZB|Fed|Bundesbank)\b")),
    )

    def _officers_to_force(self, doc: Doc, events: list[dict[str, Any]],
                           entity_spans: list[tuple[int, int, dict[str, Any], str]]) -> None:
        """"Den Fahrer nahmen die Beamten fest": members of a body as a doer (officers,
        investigators, central bankers) and a body's bare noun are the body the text named
        before them (its last mention: „Polizei", „Staatsanwaltschaft Neuruppin",
        „Polnische Nationalbank"); with none named they stay as written."""
        text = doc_cache.text(doc)
        for event in events:
            for actor in event["actors"]:
                if actor["role"] != "agent":
                    continue
                body = next((b for m, b in self.MEMBERS if m.match(actor["text"])), None)
                if body is None:
                    continue
                before = [m for m in body.finditer(text, 0, event["trigger"]["start"])
                          if m.group(0).lower() != actor["text"].lower().removeprefix("die ")]
                if not before:
                    continue
                force = before[-1]
                actor["text"] = force.group(0)
                actor.pop("entity_id", None)
                linked = next((str(ent["id"]) for s, e, ent, _ in entity_spans
                               if s <= force.start() < e), None)
                if linked is not None:
                    actor["entity_id"] = linked

    # a person described by what happened to them: "der Tatverdächtige", "die 58-Jährige"
    DESCRIBED_PERSON = re.compile(
        r"^(?:der|die|den|dem|des|the)?\s*(?:\d+[- ]?jährigen?|[\w-]*verdächtigen?|"
        r"angeklagten?|beschuldigten?|mann|frau|inhaberin|inhaber|suspect|defendant|"
        r"\d+-year-old)$", re.IGNORECASE)
    PERSON_PATIENT_TYPES = ("justice.", "politics.accusation", "politics.investigation")

    def _described_persons(self, events: list[dict[str, Any]],
                           entity_spans: list[tuple[int, int, dict[str, Any], str]]) -> None:
        """"Die Polizei nahm Dennis K. fest … Die Festnahme des Tatverdächtigen": a patient of
        a court, arrest or accusation, or any agent ("The 58-year-old denied …"), described
        only as the suspect, the defendant or "the 58-year-old" is the person the article
        named last before it (not the event's other participant); with nobody named it
        stays as written."""
        persons = sorted((s, ent) for s, _, ent, t in entity_spans if t in ("PER", "PERSON"))
        if not persons:
            return
        for event in events:
            patients = event["type"].startswith(self.PERSON_PATIENT_TYPES)
            for actor in event["actors"]:
                if not (patients or actor["role"] == "agent") or actor.get("entity_id") \
                        or not self.DESCRIBED_PERSON.match(actor["text"]):
                    continue  # "The 58-year-old denied the charges": the agent too
                others = {a.get("entity_id") for a in event["actors"] if a is not actor}
                before = [ent for s, ent in persons if s < event["trigger"]["start"]
                          and str(ent["id"]) not in others]
                if before:
                    actor["text"] = str(before[-1].get("name") or actor["text"])
                    actor["entity_id"] = str(before[-1]["id"])

    def _resolve_pronoun_actors(self, doc: Doc, events: list[dict[str, Any]],
                                entity_spans: list[tuple[int, int, dict[str, Any], str]],
                                lex: EventLexicon) -> None:
        """"Vor der Knesset sprach er …", "accepted her resignation", "the organisation
        published": a pronoun or a bare class noun as a participant is the name of its type
        (a person for he/her, an organisation for it/the company) named last before it,
        when there is one; a pronoun with nobody to stand for is dropped."""
        by_type: dict[str, list[tuple[int, int, dict[str, Any]]]] = {}
        by_id: dict[str, dict[str, Any]] = {}
        for s, e, ent, t in entity_spans:
            by_type.setdefault(t, []).append((s, e, ent))
            by_id[str(ent["id"])] = ent
        for names in by_type.values():
            names.sort(key=lambda x: (x[0], x[1]))
        for event in events:
            at = event["trigger"]["start"]
            kept = []
            agents = {a.get("entity_id") for a in event["actors"] if a["role"] == "agent"}
            for actor in event["actors"]:
                text = actor["text"].lower()
                linked = by_id.get(str(actor.get("entity_id")))
                if text in self.PRONOUN_TYPES and linked is not None:
                    actor["text"] = str(linked.get("name") or actor["text"])  # the quote
                    kept.append(actor)  # layer's speaker "He", linked to its person
                    continue
                noun = re.sub(r"^(?:the|der|die|das|den|dem|des)\s+", "", text)
                kind = self.PRONOUN_TYPES.get(text)
                if kind == "ORG" and actor["role"] != "agent":
                    continue  # "it had been negotiated": a thing as often as a name
                reach = self.tuning.pronoun_reach
                if kind is None and noun in lex.anaphoric and self._definite(doc, event,
                                                                              actor["text"]):
                    kind, reach = lex.anaphoric[noun], self.tuning.noun_reach
                if kind is not None and "entity_id" not in actor:
                    names = by_type.get(kind, [])
                    if actor["role"] == "patient":  # "X is suing its auditor, accusing the
                        # firm of …": the one acted on is not the one who acts
                        names = [n for n in names if str(n[2]["id"]) not in agents]
                    where = at
                    if text not in self.PRONOUN_TYPES:  # a noun: names before its own place
                        found = doc_cache.text(doc).find(actor["text"],
                                                         event["sentence"]["start"], at)
                        where = found if found >= 0 else at
                    k = bisect.bisect_left([n[0] for n in names], where) - 1
                    if k >= 0 and where - names[k][1] > reach \
                            and len({str(n[2]["id"]) for n in names[:k + 1]}) == 1:
                        reach = where  # the only one of its type named so far: no rival
                    if k < 0 or where - names[k][1] > reach:
                        if text in self.PRONOUN_TYPES:
                            continue  # nobody to stand for: no participant rather than "he"
                    else:
                        ent = names[k][2]
                        if text in self.PRONOUN_TYPES and actor["role"] == "agent" \
                                and names[k][0] < event["sentence"]["start"]:
                            # with no name of its type earlier in its own sentence, a subject
                            # pronoun continues the previous sentence's subject ("The retailer
                            # filed … after Castlegate pulled out … Last year it closed …")
                            ent = self._previous_subject(events, event, kind, by_id,
                                                       doc_cache.text(doc)) or ent
                        if text not in self.PRONOUN_TYPES:
                            # one acted on takes up a name just before ("suing its auditor,
                            # H&F, accusing the firm"); otherwise the name the noun describes
                            # or the most mentioned (the article's company, minister)
                            close = actor["role"] == "patient" \
                                and where - names[k][1] <= self.tuning.close_name
                            fit = self._of_kind(doc, names[:k + 1], noun, lex)
                            ent = self._described(doc, fit, where - reach, noun) \
                                or (None if close else self._salient(fit, where - reach)) \
                                or (fit[-1][2] if fit and where - fit[-1][1] <= reach
                                    else None)
                            if ent is None:  # no name of its kind: the noun stays a noun
                                kept.append(actor)
                                continue
                        actor["text"] = str(ent.get("name") or actor["text"])
                        actor["entity_id"] = str(ent["id"])
                kept.append(actor)
            event["actors"] = kept

    # "the two countries", "both sides", „die beiden Regierungen": a pair named by a class noun
    PAIR_NOUN = re.compile(
        r"^(?:the\s+|die\s+|der\s+)?(?:two|both|zwei|beide|beiden)\s+(\w+)$"
        r"|^(sides|beide|both)$",
        re.IGNORECASE)
    PAIR_KINDS = {"countries": "country", "nations": "country", "states": "country",
                  "governments": "country", "länder": "country", "staaten": "country",
                  "regierungen": "country", "nachbarländer": "country",
                  "leaders": "PER", "presidents": "PER", "ministers": "PER",
                  "staatschefs": "PER", "politiker": "PER",
                  "sides": "side", "parties": "side", "seiten": "side", "parteien": "side",
                  "companies": "ORG", "firms": "ORG", "groups": "ORG", "unternehmen": "ORG",
                  "konzerne": "ORG",
                  # „Beide unterzeichneten …", "Both signed …": the two people named last
                  "beide": "PER", "both": "PER"}

    def _pair_nouns(self, doc: Doc, events: list[dict[str, Any]],
                    entity_spans: list[tuple[int, int, dict[str, Any], str]],
                    lex: EventLexicon) -> None:
        """"The two governments agreed a ceasefire", "urged both sides to return to talks":
        the parties of a symmetric event named as a pair are the last two distinct names of
        that kind before it (countries by the gazetteer, people, organisations; a "side" is
        an organisation or a country), each an agent; with fewer than two, the noun stays."""
        for event in events:
            if event["type"] not in lex.symmetric:
                continue
            for actor in list(event["actors"]):
                words = actor["text"]
                if actor["role"] == "agent" and " " not in words:  # „die beiden Regierungen"
                    text = doc_cache.text(doc)  # lost its number word with its article
                    at = text.find(words, event["sentence"]["start"], event["sentence"]["end"])
                    before = text[max(0, at - 12):at].split() if at > 0 else []
                    if before and before[-1].lower() in ("beiden", "beide", "zwei"):
                        words = f"{before[-1]} {words}"
                m = self.PAIR_NOUN.match(words) if actor["role"] == "agent" else None
                kind = self.PAIR_KINDS.get((m.group(1) or m.group(2)).lower()) if m else None
                if kind is None:
                    continue
                at = event["trigger"]["start"]
                last: dict[str, tuple[int, dict[str, Any]]] = {}
                for s, _, ent, t in entity_spans:
                    country = is_country(str(ent.get("name") or ""))
                    fits = (kind == "country" and country) or t == kind or (
                        kind == "side" and (t == "ORG" or country))
                    if s < at and fits:
                        key = str(ent.get("country") or ent["id"]) if country else str(ent["id"])
                        if key not in last or last[key][0] < s:
                            last[key] = (s, ent)
                pair = sorted(last.values(), key=lambda x: x[0])[-2:]
                if len(pair) < 2:
                    continue
                event["actors"].remove(actor)
                for _, ent in pair:
                    event["actors"].append({"role": "agent", "text": str(ent.get("name")),
                                            "entity_id": str(ent["id"]), "context": True})

    @staticmethod
    def _of_kind(doc: Doc, names: list[tuple[int, int, dict[str, Any]]], noun: str,
                 lex: EventLexicon) -> list[tuple[int, int, dict[str, Any]]]:
        """The names a class noun can stand for: not one introduced with a class noun of
        another kind ("die Gewerkschaft Verdi" is no "Notenbank"). Company nouns are one
        kind; a name introduced with none may be anything."""
        kinds = lex.anaphoric_kind
        if not kinds:
            return names
        text = doc_cache.text(doc)

        def kind(word: str) -> str | None:
            word = word.lower()
            if word in kinds:
                return kinds[word]
            return "company" if lex.anaphoric.get(word) == "ORG" else None

        own = kind(noun)
        if own is None:
            return names
        introduced: dict[str, set[str]] = {}
        for start, _, ent in names:
            before = _word_before(text, start)
            if before and (k := kind(before[0])) is not None:
                introduced.setdefault(str(ent["id"]), set()).add(k)
        return [n for n in names if own in introduced.get(str(n[2]["id"]), {own})]

    @staticmethod
    def _previous_subject(events: list[dict[str, Any]], event: dict[str, Any], kind: str,
                          by_id: Mapping[str, dict[str, Any]], text: str
                          ) -> dict[str, Any] | None:
        """The subject of the nearest earlier event sentence, when it is a name of ``kind``:
        its first event's agent, or in a passive clause the patient named before that agent
        ("Moran had been accused by Sinn Féin. He denied …": Moran)."""
        here = event["sentence"]["start"]
        earlier = [e for e in events if e["sentence"]["start"] < here]
        if not earlier:
            return None
        last = max(e["sentence"]["start"] for e in earlier)
        first = min((e for e in earlier if e["sentence"]["start"] == last),
                    key=lambda e: e["trigger"]["start"])
        lo, hi = first["sentence"]["start"], first["sentence"]["end"]

        def position(actor: dict[str, Any], ent: dict[str, Any]) -> int | None:
            at = [int(m["start"]) for m in ent.get("mentions") or []
                  if lo <= int(m["start"]) < hi]
            found = text.find(str(actor["text"]), lo, hi)
            return min(at) if at else (found if found >= 0 else None)

        named = [(actor, by_id.get(str(actor.get("entity_id")))) for actor in first["actors"]
                 if not actor.get("context")]
        named = [(a, e) for a, e in named if e is not None and e.get("type") == kind]
        agent = next(((a, e) for a, e in named if a["role"] == "agent"), None)
        if agent is None:
            return None
        at = position(*agent)
        for actor, ent in named:
            if actor["role"] == "patient" and at is not None:
                p = position(actor, ent)
                if p is not None and p < at:
                    return ent
        return agent[1]

    @staticmethod
    def _salient(names: list[tuple[int, int, dict[str, Any]]], lo: int
                 ) -> dict[str, Any] | None:
        """Of the names within reach before a class noun, the one mentioned most so far (the
        article's company or minister, not a union or a bystander named last); on a tie the
        one introduced first, as news introduce their subject first."""
        counts: dict[str, int] = {}
        first: dict[str, int] = {}
        last: dict[str, int] = {}
        by_id: dict[str, dict[str, Any]] = {}
        for start, _, ent in names:
            key = str(ent["id"])
            counts[key] = counts.get(key, 0) + 1
            first.setdefault(key, start)
            last[key] = start
            by_id[key] = ent
        near = [k for k in counts if last[k] >= lo]
        if not near:
            return None
        return by_id[max(near, key=lambda k: (counts[k], -first[k]))]

    @staticmethod
    def _described(doc: Doc, names: list[tuple[int, int, dict[str, Any]]], lo: int,
                   noun: str) -> dict[str, Any] | None:
        """Of the names before a class noun, the last one it describes: whose name holds
        it ("the airline" → China Eastern Airlines) or that it introduced ("the Munich
        carmaker BMW"), rather than merely the nearest."""
        text = doc_cache.text(doc)
        stem = noun[:-1] if len(noun) > 4 else noun
        for start, _, ent in reversed(names):
            if start < lo:
                break
            before = _word_before(text, start)
            words = str(ent.get("name") or "").lower().split()
            if stem in " ".join(words) or any(w.startswith(stem) for w in before) or any(
                    _common_suffix(noun, w) >= 4 for w in words + before):
                return ent  # its name, or the word right before it ("the carmaker BMW"),
                # or a compound with the same head ("die Notenbank" → Zentralbank)
        return None

    DEFINITE = frozenset({"the", "this", "that", "der", "die", "das", "den", "dem", "des",
                          "dieser", "diese", "dieses", "diesem", "diesen"})

    def _definite(self, doc: Doc, event: dict[str, Any], text: str) -> bool:
        """The participant's words in the event's sentence follow a definite article ("the
        company", "der Konzern"): an indefinite "a bank" is a new referent."""
        if text.split()[0].lower() in self.DEFINITE:
            return True  # "Der Konzern" with its article
        whole = doc_cache.text(doc)
        lo, hi = event["sentence"]["start"], event["sentence"]["end"]
        at = whole.find(text, lo, hi)
        if at < 0:
            return False
        before = whole[max(lo, at - 12):at].split()
        return bool(before) and before[-1].lower() in self.DEFINITE

    @staticmethod
    def _actors_from_coreference(events: list[dict[str, Any]],
                                 families: dict[str, str] | None = None) -> None:
        """"Henkel übernimmt … Die Übernahme soll … abgeschlossen werden": a later mention of
        the same happening (same type, no participants of a role) has the participants of
        the last earlier event of that type, marked ``"context": true``."""
        last: dict[str, dict[str, Any]] = {}
        family = families or {}
        for event in events:
            # the same happening under a related type: "Gipfeltreffen" … "das Treffen"
            previous = last.get(event["type"]) or last.get(family.get(event["type"], ""))
            if previous is not None:
                for role in ("agent", "patient"):
                    if any(a["role"] == role for a in event["actors"]):
                        continue
                    taken = [a for a in previous["actors"] if a["role"] == role]
                    event["actors"] += [{k: v for k, v in a.items() if k != "context"}
                                        | {"context": True} for a in taken]
            if event["actors"]:
                last[event["type"]] = event
                if event["type"] in family:
                    last[family[event["type"]]] = event

    # what a company does to itself: its plants, jobs, products and investments
    COMPANY_ACTIONS = frozenset({"economy.investment", "economy.product_launch",
                                 "economy.facility", "economy.layoffs", "economy.insolvency"})

    def _company_from_context(self, events: list[dict[str, Any]],
                              entity_spans: list[tuple[int, int, dict[str, Any], str]]) -> None:
        """"Elbchip will eine zweite Chipfabrik bauen. Die Investition von drei Milliarden
        Euro …": a company action with no doer in its sentence is done by the company that did
        the last such action (or bought something) before it, marked ``"context": true``."""
        company: dict[str, Any] | None = None
        for event in events:
            if event["type"] in self.COMPANY_ACTIONS:  # "beim Amtsgericht Insolvenz
                # beantragt": a court is where it is filed, never the company that acts
                event["actors"] = [a for a in event["actors"] if not (
                    a["role"] == "agent" and re.search(r"gericht\b|\bcourt\b", a["text"],
                                                       re.IGNORECASE))]
            agents = [a for a in event["actors"] if a["role"] == "agent"]
            if event["type"] in self.COMPANY_ACTIONS and not agents and company is not None:
                event["actors"].insert(0, {k: v for k, v in company.items()
                                           if k not in ("context", "confidence")}
                                       | {"context": True})
                continue
            if event["type"] in self.COMPANY_ACTIONS | {"economy.acquisition"}:
                org = next((a for a in agents
                            if self._entity_type(a, entity_spans) == "ORG"), None)
                if org is not None:
                    company = org

    FIRST_PERSON = frozenset({"i", "we", "ich", "wir"})
    PASSIVE_SUBJECTS = ("nsubj:pass", "nsubjpass")
    REPORTED_SELF = frozenset({"man", "wir"})  # in reported speech: "man werde klagen"

    def _first_person_in_quotes(self, doc: Doc, events: list[dict[str, Any]]) -> None:
        """""We apologise to customers," a BA spokeswoman said: a verb trigger inside a direct
        quote whose subject is "I"/"we" ("ich"/"wir") is done by the quote's speaker; in a
        passive ("we were accused") it was done to the speaker."""
        quotes = [q for q in (doc._.quotes if Doc.has_extension("quotes") else None) or []
                  if q.get("speaker")]
        if not quotes:
            return
        for event in events:
            found = self._verb_in_quote(doc, event, quotes)
            if found is None:
                continue
            quote, verb = found
            passive = next((c for c in verb.children if c.dep_ in self.PASSIVE_SUBJECTS), None)
            if passive is not None and passive.lower_ in self.FIRST_PERSON \
                    and quote.get("kind") == "direct" \
                    and not any(a["role"] == "patient" for a in event["actors"]):
                # „Einmal wurden wir dafür beschuldigt", bemerkte Putin: he speaks for those
                # it was done to
                event["actors"].append(self._speaker_agent(quote["speaker"])
                                       | {"role": "patient"})
                continue
            if any(a["role"] == "agent" for a in event["actors"]):
                continue
            persons = self.FIRST_PERSON if quote.get("kind") == "direct" \
                else self.REPORTED_SELF  # „…, man werde klagen": the reporter itself
            subjects = [c for c in verb.children if c.dep_ in ("nsubj", "sb")] or [
                c for c in verb.head.children if c.dep_ in ("nsubj", "sb")
                and verb.dep_ in ("xcomp", "conj", "oc")]
            if not subjects:  # no parse: the word right before a German or English verb
                prev = doc[verb.i - 1] if verb.i > 0 else None
                subjects = [prev] if prev is not None and prev.lower_ in persons else []
            if not subjects or subjects[0].lower_ not in persons:
                continue
            event["actors"].insert(0, self._speaker_agent(quote["speaker"]))

    @staticmethod
    def _verb_in_quote(doc: Doc, event: dict[str, Any], quotes: list[dict[str, Any]]
                       ) -> tuple[dict[str, Any], Token] | None:
        """The quote a verb trigger stands in, and the verb; None for a noun trigger or one
        outside every quote."""
        at = event["trigger"]["start"]
        quote = next((q for q in quotes if q["start"] <= at < q["end"]), None)
        span = doc.char_span(at, event["trigger"]["end"], alignment_mode="expand")
        if quote is None or span is None or not span[0].is_lower:
            return None
        return quote, span[0]

    def _reported_passive(self, doc: Doc, events: list[dict[str, Any]],
                          entity_spans: list[tuple[int, int, dict[str, Any], str]],
                          lex: EventLexicon) -> None:
        """"Das Werk werde geschlossen, teilte der Konzern mit" / "The plant will be closed,
        the company said": an agentless passive in a clause an organisation reports is that
        organisation's own doing, for the types in event_rules.json
        ``reported_passive_agent_types`` (not attacks or accidents: police report those)."""
        quotes = [q for q in (doc._.quotes if Doc.has_extension("quotes") else None) or []
                  if q.get("speaker") and q["speaker"].get("entity_id")]
        if not quotes or not lex.reported_passive:
            return
        for event in events:
            if not event["type"].startswith(lex.reported_passive) or any(
                    a["role"] == "agent" for a in event["actors"]):
                continue
            found = self._verb_in_quote(doc, event, quotes)
            if found is None:
                continue
            quote, verb = found
            speaker = self._speaker_agent(quote["speaker"])
            if self._entity_type(speaker, entity_spans) != "ORG":
                continue
            name = next((str(ent.get("name") or "") for _, _, ent, _ in entity_spans
                         if str(ent["id"]) == speaker["entity_id"]), "")
            if name and name in speaker["text"]:
                speaker["text"] = name  # "Angaben der Lufthansa": the company
            kids = list(verb.children)
            if lex.lang == "en":
                passive = any(c.dep_ in ("auxpass", "aux:pass") for c in kids) and not any(
                    c.dep_ == "agent" for c in kids)
            else:  # the tags mark no passive: a participle with a form of "werden" as aux
                passive = "Part" in verb.morph.get("VerbForm") or verb.morph.get("Tense") == [
                    "Past"] and not verb.morph.get("Mood")
                passive = passive and any(c.dep_.startswith("aux") and c.lower_ in
                                          self.PASSIVE_FINITE_ALL for c in kids) and not any(
                    c.lower_ in ("von", "vom", "durch") for c in verb.subtree if c.i < verb.i)
            if passive:
                event["actors"].insert(0, speaker)

    @staticmethod
    def _institution_agents(doc: Doc, events: list[dict[str, Any]],
                            entity_spans: list[tuple[int, int, dict[str, Any], str]],
                            lex: EventLexicon, own_sentence: bool = False) -> None:
        """"Der Prozess hatte im Februar begonnen": a trial with no doer in its sentence was
        held by the court the article names, an investigation run by its prosecutors, a rate
        decision made by its central bank, a strike called by its union. The last such name
        before the trigger, else the first after it; marked ``"context": true``. With
        ``own_sentence`` (run before the coreference rule) only a name in the trigger's own
        sentence: "Zu dem Ausstand hatte die GDL aufgerufen" is the GDL's strike, whatever
        union struck before."""
        waiting = [e for e in events if e["type"] in lex.institution_agents
                   and not any(a["role"] == "agent" for a in e["actors"])]
        if not waiting or not lex.institution_words:
            return  # most articles: no need to look at their names
        text = doc_cache.text(doc)
        lower = text.lower()

        def kind_of(start: int, end: int, ent: dict[str, Any]) -> set[str]:
            name = str(ent.get("name") or text[start:end]).lower()
            last = name.split()[-1] if name else ""
            around = lower[max(0, start - 25):start] + " " + lower[end:end + 12]
            kinds = set()
            for kind, words in lex.institution_words.items():
                if name and any(re.search(rf"(?<![\w-]){re.escape(w)}(?!\w)", name)
                                or last.endswith(w) for w in words):
                    kinds.add(kind)  # "Landgericht Köln", "Manchester Crown Court"
                elif kind == "union" and any(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", around)
                                             for w in words if " " not in w):
                    kinds.add(kind)  # "die Gewerkschaft Verdi", "the RMT union"
            return kinds

        mentions = sorted(((s, e, ent, kind_of(s, e, ent)) for s, e, ent, t in entity_spans
                           if t == "ORG"), key=lambda m: m[0])
        for event in waiting:
            want = lex.institution_agents[event["type"]]
            at = event["trigger"]["start"]
            fit = [m for m in mentions if want in m[3]]
            if own_sentence:
                fit = [m for m in fit if event["sentence"]["start"] <= m[0]
                       and m[1] <= event["sentence"]["end"]]
            if not fit:
                continue
            before = [m for m in fit if m[1] <= at]
            s, e, ent, _ = before[-1] if before else fit[0]
            taken = {str(a.get("entity_id")) for a in event["actors"]}
            if str(ent["id"]) in taken:
                continue  # already its patient ("Streik bei der Bahn")
            event["actors"].insert(0, {"role": "agent", "text": str(ent.get("name") or
                                                                      text[s:e]),
                                       "entity_id": str(ent["id"]), "context": True})

    @staticmethod
    def _locate_from_context(events: list[dict[str, Any]], reach: int = 1) -> None:
        """An event whose sentence names no place happened where the article's last located
        event did ("Putin empfing … in Kasan. Am Rande des Gipfels traf er …"): news keep
        one scene until they name another. Marked ``source: "context"``; a place of its own
        sentence is ``"sentence"``."""
        last: dict[str, Any] | None = None
        last_sentence = -10
        sentence_starts: list[int] = []
        for event in events:
            start = event["sentence"]["start"]
            if not sentence_starts or sentence_starts[-1] != start:
                sentence_starts.append(start)
            here = len(sentence_starts) - 1
            location = event.get("location")
            if location:
                location["source"] = "sentence"
                last, last_sentence = location, here
            elif last is not None and here - last_sentence <= reach:
                event["location"] = {k: v for k, v in last.items() if k != "source"} | {
                    "source": "context"}

    @staticmethod
    def _glued_stop(tok: Token) -> bool:
        """A full stop the tokenizer left on a model or road name ("iX3.", "A8."): letters
        and digits, so neither an abbreviation ("Dr.") nor an ordinal ("3. Oktober")."""
        word = tok.text[:-1]
        return tok.text.endswith(".") and any(c.isdigit() for c in word) \
            and any(c.isalpha() for c in word) and "." not in word

    def _sentences(self, doc: Doc, parsed: bool) -> list[Span]:
        """Sentences, also cut at line breaks (titles, datelines and list items in news feeds
        often end without punctuation) and at a full stop before a capitalised word (a parser
        trained on little data may run sentences together)."""
        base = list(doc.sents) if (doc.has_annotation("SENT_START") or parsed) else [doc[:]]
        out: list[Span] = []
        for sent in base:
            start = sent.start
            for tok in sent:
                nxt = doc[tok.i + 1] if tok.i + 1 < sent.end else None
                if tok.is_space and "\n" in tok.text and tok.i > start:
                    out.append(doc[start:tok.i + 1])
                    start = tok.i + 1
                elif nxt is not None and ("\n" in tok.whitespace_ or (
                        (tok.text in (".", "!", "?") or self._glued_stop(tok))
                        and tok.whitespace_
                        and (nxt.text[:1].isupper() or nxt.text[:1] in "„\"«"))):
                    out.append(doc[start:tok.i + 1])
                    start = tok.i + 1
            if start < sent.end:
                out.append(doc[start:sent.end])
        return out

    # ----------------------------------------------------------------- candidates

    @staticmethod
    def _entity_spans(doc: Doc) -> list[tuple[int, int, dict[str, Any], str]]:
        """(start char, end char, entity, type) for every entity mention, sorted."""
        out: list[tuple[int, int, dict[str, Any], str]] = []
        if Doc.has_extension("entities") and doc._.entities:
            for ent in doc._.entities:
                for m in ent.get("mentions") or []:
                    out.append((int(m["start"]), int(m["end"]), ent, str(ent.get("type"))))
        out.sort(key=lambda x: (x[0], x[1]))
        return out

    def _candidates(self, doc: Doc, sent: _Sent, lex: EventLexicon, tagged: bool,
                    lemmatized: bool, entity_spans: list[tuple[int, int, dict[str, Any], str]]
                    ) -> list[Candidate]:
        out: list[Candidate] = []
        span = sent.span
        taken: set[int] = set()
        inside_name = self._name_tokens(span, entity_spans, self._ner_names)
        orgs = {t.i for t in span if t.i in inside_name and (t.ent_type_ == "ORG" or any(
            s <= t.idx < e for s, e, _, kind in entity_spans if kind == "ORG"))}
        for tok in span:
            if not tok.is_alpha and "-" not in tok.text:
                continue
            if tagged and tok.pos_ not in CONTENT_POS:
                continue
            if tok.i in inside_name and not self._names_event(tok, lex, inside_name, orgs):
                continue
            for cand in self._phrase_candidates(doc, tok, sent, lex, lemmatized):
                out.append(cand)
                if cand.entry.head == len(cand.entry.words) - 1:
                    taken.update(range(cand.start, cand.end))
        for tok in span:
            if tok.i in taken or len(tok.text) < 2:
                continue
            if tok.i in inside_name and not self._names_event(tok, lex, inside_name, orgs):
                continue
            if not tok.is_alpha and "-" not in tok.text:
                continue
            if tagged and tok.pos_ not in CONTENT_POS:
                continue
            if lex.lang == "de":
                out.extend(self._german_token(doc, tok, sent, lex, tagged, lemmatized))
            else:
                out.extend(self._english_token(tok, lex, lemmatized))
        for cand in out:
            cand.sent = sent.index
        return out

    @staticmethod
    def _names_event(tok: Token, lex: EventLexicon, inside_name: set[int],
                     orgs: set[int]) -> bool:
        """Named storms keep their common noun: "Storm Boris", "Hurricane Milton". Only the
        name's first word is that noun; later it is a surname ("Foto: Petra Sturm"), and in
        an organisation's name it is a brand ("Tornado Labs")."""
        if tok.i - 1 in inside_name and tok.doc[tok.i - 1].pos_ != "ADJ":  # "Tropical Storm"
            return False
        if tok.i in orgs:
            return False
        entries = lex.nouns.get(tok.lower_, []) + lex.nouns.get(tok.lemma_.lower(), [])
        return any(e.type == "disaster.storm" for e in entries)

    @staticmethod
    def _name_tokens(span: Span, entity_spans: list[tuple[int, int, dict[str, Any], str]],
                     ner_names: list[tuple[int, int]]) -> set[int]:
        """Tokens inside person/organisation names: "Justice Department" is no trigger."""
        out: set[int] = set()
        lo = bisect.bisect_left(entity_spans, (span.start_char,))
        hi = bisect.bisect_right(entity_spans, (span.end_char + 1,))
        ents = [(s, e) for s, e, _, t in entity_spans[lo:hi] if t in ("PER", "ORG")]
        lo = bisect.bisect_left(ner_names, (span.start_char,))
        hi = bisect.bisect_left(ner_names, (span.end_char,))
        ents += [(s, e) for s, e in ner_names[lo:hi] if e <= span.end_char]
        # a one-word name is often the event itself: "BRICS-Gipfel" tagged as ORG
        ents = [(s, e) for s, e in ents if " " in doc_cache.text(span.doc)[s:e].strip()]
        if not ents:
            return out
        for tok in span:
            for s, e in ents:
                if s <= tok.idx and tok.idx + len(tok.text) <= e:
                    out.add(tok.i)
                    break
        return out

    def _phrase_candidates(self, doc: Doc, tok: Token, sent: _Sent, lex: EventLexicon,
                           lemmatized: bool) -> list[Candidate]:
        keys = {tok.lower_}
        if lemmatized and tok.lemma_:
            keys.add(tok.lemma_.lower())
        if lex.lang == "de":
            keys |= {tok.lower_[:-k] for k in (1, 2) if len(tok.lower_) > 4}
        out: list[Candidate] = []
        for key in keys:
            for entry in lex.phrases.get(key, []):
                cand = self._match_phrase(doc, tok, entry, sent, lex, lemmatized)
                if cand is not None:
                    out.append(cand)
        return out

    @staticmethod
    def _word_eq(tok: Token, word: str, lang: str, lemmatized: bool) -> bool:
        low = tok.lower_
        if low == word or (lemmatized and tok.lemma_.lower() == word):
            return True
        if lang == "de":
            return low.startswith(word[:max(3, len(word) - 2)]) and len(low) <= len(word) + 3
        return low.rstrip("s") == word.rstrip("s") and len(word) > 3

    def _match_phrase(self, doc: Doc, tok: Token, entry: Entry, sent: _Sent,
                      lex: EventLexicon, lemmatized: bool) -> Candidate | None:
        words = entry.words
        if not self._word_eq(tok, words[0], lex.lang, lemmatized):
            return None
        end = sent.span.end
        # particle verbs: "stepped down", "took it over", "ran aground"
        if lex.lang == "en" and entry.head == 0 and len(words) == 2:
            for j in range(tok.i + 1, min(tok.i + 4, end)):
                if self._word_eq(doc[j], words[1], lex.lang, lemmatized):
                    if tok.pos_ and tok.pos_ not in ("VERB", "AUX", "NOUN", ""):
                        return None
                    return Candidate(entry, tok.i, tok.i + 1, entry.lemma, "phrase")
                if doc[j].is_punct:
                    break
            return None
        if tok.i + len(words) > end:
            return None
        for k in range(1, len(words)):
            if not self._word_eq(doc[tok.i + k], words[k], lex.lang, lemmatized):
                return None
        head = tok.i + entry.head
        if entry.head == 0:
            return Candidate(entry, head, head + 1, entry.lemma, "phrase")
        return Candidate(entry, head, head + 1, entry.lemma, "phrase")

    def _english_token(self, tok: Token, lex: EventLexicon, lemmatized: bool
                       ) -> list[Candidate]:
        doc = tok.doc
        # "spin-off", "cease-fire", "sit-in": the tokenizer splits them; rebuild the word
        if tok.i + 2 < len(doc) and doc[tok.i + 1].text == "-" and not tok.whitespace_ \
                and not doc[tok.i + 1].whitespace_:
            word = f"{tok.lower_}-{doc[tok.i + 2].lower_}"
            stem = f"{tok.lower_}-{doc[tok.i + 2].lemma_.lower()}" if lemmatized else word
            for key in (word, stem):
                if key in lex.nouns:
                    return [Candidate(e, tok.i, tok.i + 3, key, "exact") for e in lex.nouns[key]]
            return []
        if tok.i > 0 and doc[tok.i - 1].text == "-" and not doc[tok.i - 1].whitespace_:
            return []  # second half of a hyphenated word ("President-elect")
        low = tok.lower_
        keys = [tok.lemma_.lower()] if lemmatized and tok.lemma_ else []
        keys.append(low)
        if not lemmatized or tok.pos_ in ("ADJ", "VERB"):
            if low.endswith("ed") and len(low) > 4:
                keys += [low[:-1], low[:-2]]
            if low.endswith("ing") and len(low) > 5:
                keys += [low[:-3], low[:-3] + "e"]
            if low.endswith("s") and len(low) > 4:
                keys.append(low[:-1])
        if "-" in tok.text:
            keys.append(low.rsplit("-", 1)[-1])
        for key in keys:
            entries = lex.nouns.get(key)
            if entries:
                return [Candidate(e, tok.i, tok.i + 1, key, "exact") for e in entries]
        return []

    def _german_token(self, doc: Doc, tok: Token, sent: _Sent, lex: EventLexicon,
                      tagged: bool, lemmatized: bool) -> list[Candidate]:
        low = tok.lower_
        text = tok.text
        is_noun = tok.pos_ in ("NOUN", "PROPN") if tagged else text[:1].isupper()
        at_start = tok.i == sent.span.start or doc[tok.i - 1].is_punct
        verbish = (tok.pos_ in ("VERB", "AUX", "ADJ", "ADV") if tagged
                   else not text[:1].isupper() or at_start)
        out: list[Candidate] = []
        if is_noun:
            lemma = tok.lemma_.lower() if lemmatized and tok.lemma_ else ""
            entries = lex.nouns.get(low) or (lex.nouns.get(lemma) if lemma else None)
            if entries:
                out = [Candidate(e, tok.i, tok.i + 1, e.lemma, "exact") for e in entries]
            elif "-" in low and lex.nouns.get(low.rsplit("-", 1)[-1]):
                last = low.rsplit("-", 1)[-1]
                out = [Candidate(e, tok.i, tok.i + 1, self._noun_lemma(text, lex), "exact")
                       for e in lex.nouns[last]]
            else:
                out = self._compound(tok, lex)
        if not out and verbish:
            out = self._german_verb(doc, tok, sent, lex, lemmatized)
        return out

    def _noun_lemma(self, text: str, lex: EventLexicon) -> str:
        """Nominative singular by stripping a plural/genitive ending (Gipfels → Gipfel)."""
        low = text.lower()
        for suffix in lex.noun_endings:
            stem = low[:-len(suffix)]
            if low.endswith(suffix) and len(stem) > 3 and stem in lex.nouns:
                return text[:len(stem)]
        return text

    @staticmethod
    def _group_noun(tok: Token, lex: EventLexicon) -> bool:
        """The noun (or its compound's last part) names a group that can act ("der Armee",
        "der Flugbegleiter"), not a thing or an event ("des Ukraine-Konflikts")."""
        low = tok.lower_
        stems = (low, low[:-1], low[:-2]) if low.endswith("s") else (low,)  # genitive -s/-es
        return any(w.endswith(g) for w in stems for g in lex.group_nouns)

    def _compound(self, tok: Token, lex: EventLexicon) -> list[Candidate]:
        """German compounds by their head: the longest matching head over all types wins."""
        low = tok.lower_
        stems = [low] + [low[:-len(s)] for s in lex.noun_endings
                         if low.endswith(s) and len(low) - len(s) >= 4]
        best: tuple[int, str, str] | None = None  # (head length, head, stem)
        for stem in stems:
            for k in range(0, len(stem) - 2):
                head = stem[k:]
                if head in lex.heads:
                    if best is None or len(head) > best[0]:
                        best = (len(head), head, stem)
                    break
        if best is None:
            return []
        _, head, stem = best
        out = []
        for etype in lex.heads[head]:
            if any(stem.endswith(x) or low.endswith(x) for x in lex.exclusions.get(etype, ())):
                continue
            lemma = tok.text[:len(stem)] if len(stem) < len(low) else tok.text
            entry = Entry(etype, head, "noun")
            out.append(Candidate(entry, tok.i, tok.i + 1, lemma, "compound"))
        return out

    def _german_verb(self, doc: Doc, tok: Token, sent: _Sent, lex: EventLexicon,
                     lemmatized: bool) -> list[Candidate]:
        forms = lex.verbs.get(tok.lower_, [])
        if lemmatized and tok.lemma_ and not forms:
            forms = lex.verbs.get(tok.lemma_.lower(), [])
        out = []
        for entry, needs_particle in forms:
            if needs_particle and not self._has_particle(doc, tok, sent, entry.particle):
                continue
            out.append(Candidate(entry, tok.i, tok.i + 1, entry.lemma.lower(), "exact"))
        return out

    def _has_particle(self, doc: Doc, tok: Token, sent: _Sent, particle: str) -> bool:
        """The separated particle closes the clause: "traten daraufhin zurück."."""
        if self._parsed:  # children of an unparsed doc are not safe to walk
            for child in tok.children:
                if child.dep_ in ("compound:prt", "svp", "prt") and child.lower_ == particle:
                    return True
        end = min(sent.span.end, tok.i + self.tuning.context_window)
        for j in range(tok.i + 1, end):
            t = doc[j]
            if (t.text in CLAUSE_PUNCT and t.text not in "()") or t.text in (".", "!", "?"):
                return False
            if t.lower_ == particle:
                nxt = doc[j + 1] if j + 1 < end else None
                return (nxt is None or nxt.is_punct
                        or nxt.lower_ in ("und", "oder", "aber", "sowie", "als", "wie"))
        return False

    # ----------------------------------------------------------------- filtering

    def _filter(self, doc: Doc, sent: _Sent, cands: list[Candidate], lex: EventLexicon,
                tagged: bool, political: bool) -> list[Candidate]:
        by_token: dict[int, list[Candidate]] = {}
        for cand in cands:
            key = cand.entry.lemma.lower()
            # "Treffen" (noun) and "treffen" (verb) can carry different rules
            cond = lex.conditions.get((cand.entry.lemma, cand.entry.type)) or \
                lex.conditions.get((key, cand.entry.type))
            if cond is None and cand.via == "compound":
                cond = lex.conditions.get((cand.lemma.lower(), cand.entry.type))
            if cond is not None:
                ok, specific = self._check(doc, sent, cand, cond, tagged, political, lex)
                if not ok:
                    continue
                cand.specific = specific
                cand.yields = cond.yields
            by_token.setdefault(cand.start, []).append(cand)
        out = []
        for group in by_token.values():
            best = max(group, key=lambda c: (c.specific, c.via == "phrase",
                                             -lex.order.get(c.entry.type, 99)))
            out.append(best)
        return out

    def _check(self, doc: Doc, sent: _Sent, cand: Candidate, cond: Condition, tagged: bool,
               political: bool, lex: EventLexicon) -> tuple[bool, bool]:
        if cond.never:
            return False, False
        tok = doc[cand.start]
        if cond.pos and tagged and tok.pos_ not in cond.pos:
            return False, False
        if cond.allow and cond.allow.search(self._context(sent, cand)):
            return True, True
        if cond.verb_only and (tok.pos_ in ("NOUN", "PROPN") if tagged
                               else tok.text[:1].isupper() and tok.i != sent.span.start):
            return False, False
        ctx = self._context(sent, cand)
        if cond.block and cond.block.search(self._context(sent, cand, mask=False)):
            return False, False
        if cond.need and not cond.need.search(ctx):
            return False, False
        if cond.political and not (political and self._political_speaker(doc, sent, cand, lex)):
            return False, False
        if cond.after:
            nxt = sent.lower[cand.end - sent.span.start:cand.end - sent.span.start + 4]
            if not cond.after.search(" " + " ".join(nxt) + " "):
                return False, False
        return True, bool(cond.need)

    def _context(self, sent: _Sent, cand: Candidate, mask: bool = True) -> str:
        """Lower-case words around the trigger; the trigger itself is masked for "need" words
        (a trigger must not be its own context) but kept for "block" phrases."""
        lo, hi = cand.start - sent.span.start, cand.end - sent.span.start
        middle = ["#"] if mask else sent.lower[lo:hi]
        window = self.tuning.context_window
        words = sent.lower[max(0, lo - window):lo] + middle + sent.lower[hi:hi + window]
        return " " + " ".join(words) + " "

    def _political_speaker(self, doc: Doc, sent: _Sent, cand: Candidate, lex: EventLexicon
                           ) -> bool:
        """The speaker of a speech act is political: its subject (parsed English) or, without a
        parse, its clause (German verb-second puts the name right after the verb)."""
        tok = doc[cand.start]
        if lex.lang == "en" and self._parsed:
            subj = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
            if not subj and tok.dep_ in ("conj", "xcomp"):
                subj = [c for c in tok.head.children if c.dep_ == "nsubj"]
            if subj:
                words = [t.lower_ for t in subj[0].subtree]
                return self._political_words(words, lex, pronoun_ok=True)
            return False
        lo, hi = self._clause(doc, sent, tok, lex, False)
        words = [doc[i].lower_ for i in range(lo, hi)]
        return self._political_words(words, lex, pronoun_ok=True)

    def _political_words(self, words: list[str], lex: EventLexicon, pronoun_ok: bool) -> bool:
        text = " " + " ".join(words) + " "
        if lex.political.search(text) or any(
                self._strip_genitive(w, lex.lang) in self._names for w in words):
            return True
        pronouns = {"er", "sie"} if lex.lang == "de" else {"he", "she"}
        return pronoun_ok and self._prev_political and any(w in pronouns for w in words)

    @staticmethod
    def _select(cands: list[Candidate], lex: EventLexicon) -> list[Candidate]:
        """One trigger per type and sentence: the first one that names the event by itself.
        A speech act that announces, demands or reports another event of the sentence is not
        an event of its own ("kündigte Gegensanktionen an"); evaluations stay ("welcomed")."""
        others = [c for c in cands if c.entry.type != "politics.statement"]
        if others:
            cands = others + [c for c in cands if c.entry.type == "politics.statement"
                              and c.entry.lemma.lower() in lex.evaluative]
        present = {c.entry.type for c in cands}
        cands = [c for c in cands if not any(
            t.startswith(prefix) for prefix in lex.subsumed_by.get(c.entry.type, ())
            for t in present)]
        by_type: dict[str, list[Candidate]] = {}
        for cand in cands:
            by_type.setdefault(cand.entry.type, []).append(cand)
        out = []
        for group in by_type.values():
            firm = [c for c in group if not c.yields]
            out.append(min(firm or group, key=lambda c: c.start))
        return sorted(out, key=lambda c: c.start)

    # ----------------------------------------------------------------- political actors

    def _political_names(self, doc: Doc, lex: EventLexicon) -> set[str]:
        """Names introduced by a political title anywhere in the article ("Präsident Putin")."""
        names: set[str] = set()
        titles = lex.person_titles
        title_set = set(titles)
        n = len(doc)
        for tok in doc:
            low = tok.lower_
            if not (low in title_set or (lex.lang == "de" and low.endswith(titles))):
                continue
            j = tok.i + 1
            while j < n and j <= tok.i + 4:
                t = doc[j]
                if t.text[:1].isupper() and t.is_alpha:
                    names.add(self._strip_genitive(t.lower_, lex.lang))
                elif t.lower_ in ("von", "der", "de", "van", "al", "bin", "of") and names:
                    pass
                elif j > tok.i + 1 or not (t.is_alpha and t.text[:1].islower()):
                    break
                j += 1
        if Doc.has_extension("entities") and doc._.entities:
            for ent in doc._.entities:
                if ent.get("type") != "PER":
                    continue
                words = {self._strip_genitive(w.lower(), lex.lang)
                         for w in str(ent.get("name", "")).split()}
                if words & names:
                    names |= words
        names -= {"the", "der", "die", "das"}
        return names

    @staticmethod
    def _strip_genitive(word: str, lang: str) -> str:
        if lang == "de" and len(word) > 3 and word.endswith("s"):
            return word[:-1]
        return word.removesuffix("'s").removesuffix("’s")

    def _mentions_name(self, sent: _Sent, names: set[str]) -> bool:
        return any(self._strip_genitive(w, self.lang) in names or w in names
                   for w in sent.lower)

    def _is_political(self, sent: _Sent, lex: EventLexicon, names: set[str],
                      prev_political: bool) -> bool:
        ctx = " " + " ".join(sent.lower) + " "
        if lex.political.search(ctx) or self._mentions_name(sent, names):
            return True
        pronouns = {"er", "sie"} if lex.lang == "de" else {"he", "she"}
        return prev_political and any(w in pronouns for w in sent.lower)

    # ----------------------------------------------------------------- record

    def _record(self, doc: Doc, sent: _Sent, cand: Candidate, lex: EventLexicon, parsed: bool,
                entity_spans: list[tuple[int, int, dict[str, Any], str]],
                dates: list[dict[str, Any]], quotes: list[tuple[int, int]]) -> dict[str, Any]:
        tok = doc[cand.start]
        trig_span = doc[cand.start:cand.end]
        lemma = cand.lemma
        if parsed and self._lemmatized and cand.via == "exact" and tok.lemma_:
            lemma = tok.lemma_ if lex.lang == "en" else lemma
        if cand.via == "exact" and cand.entry.kind == "noun" and lex.lang == "de":
            lemma = cand.entry.lemma if tok.lower_ in german_noun_forms(cand.entry.lemma) \
                else cand.lemma
        clause = self._clause(doc, sent, tok, lex, parsed)
        tuning = self.tuning
        confidence = {"phrase": tuning.confidence_phrase, "exact": tuning.confidence_exact,
                      "compound": tuning.confidence_compound}[cand.via]
        if cand.entry.type == "politics.statement":
            confidence = tuning.confidence_statement
        elif cand.specific:
            confidence -= tuning.penalty_context_rule
        if not self._tagged:
            confidence -= tuning.penalty_untagged
        return {
            "type": cand.entry.type,
            "trigger": {"text": trig_span.text, "lemma": lemma,
                        "start": trig_span.start_char, "end": trig_span.end_char},
            "actors": self._roles(doc, sent, tok, cand, lex, parsed, entity_spans, clause),
            "location": self._location(doc, sent, tok, lex, entity_spans,
                                       disaster=cand.entry.type.startswith("disaster.")),
            "time": self._time(doc, sent, tok, clause, parsed, dates, lex),
            "sentence": {"start": sent.span.start_char, "end": sent.span.end_char},
            "confidence": round(max(0.05, min(1.0, confidence)), 2),
            "modality": self._modality(doc, sent, tok, clause, lex, parsed, quotes),
        }

    # ----------------------------------------------------------------- clauses

    def _clause(self, doc: Doc, sent: _Sent, tok: Token, lex: EventLexicon, parsed: bool
                ) -> tuple[int, int]:
        """Token range of the clause around ``tok``: between clause punctuation (commas,
        colons, dashes, quotation marks), at most ``context_window`` tokens either side."""
        start, end = self._window(sent, tok)
        lo = tok.i
        while lo > start and doc[lo - 1].text not in CLAUSE_PUNCT:
            lo -= 1
        hi = tok.i + 1
        while hi < end and doc[hi].text not in CLAUSE_PUNCT:
            hi += 1
        return lo, hi

    def _window(self, sent: _Sent, tok: Token) -> tuple[int, int]:
        window = self.tuning.context_window
        return max(sent.span.start, tok.i - window), min(sent.span.end, tok.i + window + 1)

    @staticmethod
    def _argument_of(tok: Token, verb: Token) -> bool:
        """A noun trigger that is the verb's own argument ("won the election", "went on
        strike") shares its time; one buried deeper in a phrase does not."""
        head = tok.head
        if head.i == verb.i:
            return True
        return head.pos_ == "ADP" and head.head.i == verb.i

    @staticmethod
    def _governor(tok: Token) -> Token:
        cur = tok
        for _ in range(12):
            if cur.pos_ in GOVERNOR_POS or cur.head.i == cur.i:
                return cur
            cur = cur.head
        return cur

    # ----------------------------------------------------------------- time

    @staticmethod
    def _dates(doc: Doc) -> list[dict[str, Any]]:
        if not Doc.has_extension("dates"):
            return []
        out = []
        for d in doc._.dates or []:
            try:
                if d.get("value") and int(d["end"]) > int(d["start"]) \
                        and d.get("granularity") != "ref":  # "jetzt" names no day
                    out.append(d)
            except (KeyError, TypeError, ValueError):
                continue
        return sorted(out, key=lambda d: int(d["start"]))

    def _time(self, doc: Doc, sent: _Sent, tok: Token, clause: tuple[int, int], parsed: bool,
              dates: list[dict[str, Any]], lex: EventLexicon) -> dict[str, Any] | None:
        w0, w1 = self._window(sent, tok)
        s0, s1 = doc[w0].idx, doc[w1 - 1].idx + len(doc[w1 - 1].text)
        c0 = doc[clause[0]].idx
        c1 = doc[clause[1] - 1].idx + len(doc[clause[1] - 1].text)
        best: dict[str, Any] | None = None
        best_dist = 10**9
        first = bisect.bisect_left(self._date_starts, s0)
        for d in dates[first:]:
            ds, de = int(d["start"]), int(d["end"])
            if ds > s1:
                break
            if de > s1:
                continue
            if not self._governs(doc, tok, ds, de, c0, c1, parsed, lex):
                continue
            dist = min(abs(ds - tok.idx), abs(de - tok.idx))
            if dist < best_dist:
                best, best_dist = d, dist
        if best is not None:
            span_text = doc_cache.text(doc)[int(best["start"]):int(best["end"])]
            out = {"text": str(best.get("text", span_text)),
                   "value": str(best["value"]), "granularity": str(best.get("granularity")),
                   "source": "text"}
            if best.get("mod"):
                out["mod"] = best["mod"]
            return out
        ref = doc._.reference_date if Doc.has_extension("reference_date") else None
        if isinstance(ref, dt.datetime):
            ref = ref.date()
        if isinstance(ref, dt.date):
            return {"text": "", "value": ref.isoformat(), "granularity": "day",
                    "reporting_time": True, "source": "published"}
        return None

    def _governs(self, doc: Doc, tok: Token, ds: int, de: int, c0: int, c1: int, parsed: bool,
                 lex: EventLexicon) -> bool:
        """The date modifies the trigger's clause (or the trigger itself)."""
        if parsed:
            dtoks = [t for t in doc.char_span(ds, de, alignment_mode="expand") or []]
            if not dtoks:
                return False
            droot = min(dtoks, key=lambda t: len(list(t.ancestors)))
            if tok in droot.ancestors:
                return True
            gov = self._governor(tok)
            dgov = self._governor(droot)
            if gov.i != dgov.i:
                return False
            if gov.i != tok.i and not self._argument_of(tok, gov):
                return False  # "resigned on Tuesday after criticism over her testimony"
            return not any(b in gov.lemma_.lower() for b in lex.time_blockers) or gov.i == tok.i
        if not (c0 <= ds and de <= c1):
            return False
        between = doc_cache.text(doc)[min(ds, tok.idx):max(de, tok.idx)].lower()
        return not any(b in between for b in lex.time_blockers)

    # ----------------------------------------------------------------- modality

    def _modality(self, doc: Doc, sent: _Sent, tok: Token, clause: tuple[int, int],
                  lex: EventLexicon, parsed: bool, quotes: list[tuple[int, int]]) -> str:
        mod = lex.modality
        if parsed and lex.lang == "en":
            negated, hyp, reported = self._modality_parsed(doc, sent, tok, lex)
        else:
            negated, hyp, reported = self._modality_surface(doc, sent, tok, clause, lex)
        w0, w1 = self._window(sent, tok)
        words = sent.lower[w0 - sent.span.start:w1 - sent.span.start]
        if any(w in mod["reported"] for w in words) or mod["reported_phrases"].search(
                " " + " ".join(words) + " "):
            reported = True
        k = bisect.bisect_right(quotes, (tok.idx, 10**12)) - 1
        if k >= 0 and quotes[k][0] <= tok.idx < quotes[k][1]:
            reported = True
        if negated:
            return "negated"
        if hyp:
            return "hypothetical"
        return "reported" if reported else "asserted"

    def _modality_surface(self, doc: Doc, sent: _Sent, tok: Token, clause: tuple[int, int],
                          lex: EventLexicon) -> tuple[bool, bool, bool]:
        mod = lex.modality
        lo, hi = clause
        words = [doc[i].lower_ for i in range(lo, hi)]
        rel = tok.i - lo
        others = words[:rel] + words[rel + 1:]
        text = " " + " ".join(words) + " "
        negated = hyp = reported = False
        # "keine Kontakte", "no plans": a negative determiner right before the trigger
        for j in range(max(lo, tok.i - 3), tok.i):
            if doc[j].lower_ in mod["negation_det"]:
                negated = True
        is_verb = not tok.text[:1].isupper() or tok.i == sent.span.start
        for j, w in enumerate(words):
            if w not in mod["negation"]:
                continue
            if j + 1 < len(words) and words[j + 1] in mod["exclusion"]:
                continue  # "nicht ausgeschlossen": possible, not negated
            if lex.lang == "en" or is_verb:
                negated = True
            elif j > rel and j - rel <= 4:
                nxt = words[j + 1] if j + 1 < len(words) else ""
                if (not nxt or nxt in lex.particles or nxt.endswith(("en", "t"))
                        or nxt in (".", "!")):
                    negated = True
        excl = [j for j, w in enumerate(words) if w in mod["exclusion"] and j != rel]
        if excl:
            if " nicht ausgeschlossen" in text or " nicht auszuschließen" in text \
                    or " nicht ausschließen" in text:
                hyp = True
            elif self._excludes(doc, lo, rel, excl, words, lex):
                negated = True
        if any(w in mod["hypothetical"] for w in others) or mod["hypothetical_phrases"].search(
                text):
            hyp = True
        if lex.lang == "de" and self._zu_infinitive(words) and lo > sent.span.start:
            prev = self._previous_clause_words(doc, sent, lo)
            scheduled = self._dated(doc, lo, hi)
            if any((w in mod["hypothetical"] and not (scheduled and w in mod["scheduling"]))
                   or w.startswith(("droh", "plan", "will", "woll")) for w in prev):
                hyp = True
        if any(w in mod["subjunctive"] or w in mod["reported_clause"] for w in others):
            reported = True
        if words and words[0] in mod["complementizers"] and lo > sent.span.start:
            prev = self._previous_clause_words(doc, sent, lo)
            forms = lexicon.load(lex.lang).forms
            if any(w in forms for w in prev):
                reported = True
        return negated, hyp, reported

    @staticmethod
    def _excludes(doc: Doc, lo: int, rel: int, excl: list[int], words: list[str],
                  lex: EventLexicon) -> bool:
        """An exclusion verb negates the trigger when no other noun stands between them
        ("schloss einen Anschlag aus", "ruled out a cyberattack", not "X hätten Y
        ausgeschlossen" for X)."""
        if lex.lang == "de" and not any(w in ("ausgeschlossen", "auszuschließen",
                                              "ausschließen") for w in words) \
                and "aus" not in words[rel:]:
            return False
        for j in excl:
            a, b = sorted((j, rel))
            between = [doc[lo + k] for k in range(a + 1, b)]
            if not any(t.text[:1].isupper() and t.is_alpha for t in between):
                return True
        return False

    @staticmethod
    def _zu_infinitive(words: list[str]) -> bool:
        return "zu" in words[-3:] or any("zu" in w[2:-3] and w.endswith("en") for w in words[-2:])

    def _previous_clause_words(self, doc: Doc, sent: _Sent, lo: int) -> list[str]:
        j = lo - 1
        while j > sent.span.start and doc[j].text in CLAUSE_PUNCT:
            j -= 1
        out = []
        stop = max(sent.span.start, lo - self.tuning.context_window)
        while j >= stop and doc[j].text not in CLAUSE_PUNCT:
            out.append(doc[j].lower_)
            j -= 1
        return out

    def _modality_parsed(self, doc: Doc, sent: _Sent, tok: Token, lex: EventLexicon
                         ) -> tuple[bool, bool, bool]:
        mod = lex.modality
        negated = hyp = reported = False
        gov = self._governor(tok)
        if any(c.lower_ in mod["negation_det"] and c.dep_ == "det" for c in tok.children):
            negated = True
        if any(c.dep_ == "neg" for c in gov.children) and (
                gov.i == tok.i or tok.dep_ in ("dobj", "nsubjpass", "attr", "oprd")):
            negated = True
        if any(c.lower_ in ("planned", "proposed", "possible", "potential",
                            "future", "prospective", "threatened") for c in tok.children):
            hyp = True
        chain = [gov] + [a for a in gov.ancestors if a.pos_ in GOVERNOR_POS or a.pos_ == "NOUN"]
        crossed_report = False
        for k, verb in enumerate(chain[:6]):
            lemma = verb.lemma_.lower()
            auxes = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
            marks = {c.lower_ for c in verb.children if c.dep_ == "mark"}
            if k > 0 and lemma in mod["reporting_verbs"]:
                reported = True
                crossed_report = True
            if verb.i != tok.i and lemma in ("deny", "rule") and (
                    lemma == "deny" or any(c.lower_ == "out" for c in verb.children)):
                negated = True
            if not crossed_report:
                modal = auxes & {"would", "could", "may", "might", "should", "must"}
                if modal and not (modal == {"would"} and self._reporting_above(verb, mod)):
                    hyp = True
                if marks & {"if", "unless"}:
                    hyp = True
                # the trigger's own verb is no cue for itself, but the verb governing a noun
                # trigger is ("The company plans a merger", "warned of a strike")
                if (k > 0 or (verb.i != tok.i and self._planned_object(tok, verb, lemma))) \
                        and (lemma in mod["hypothetical"] or verb.lower_ in mod["hypothetical"]) \
                        and not (lemma in mod["scheduling"] and self._dated(
                            doc, chain[0].left_edge.i, chain[0].right_edge.i + 1)):
                    hyp = True
            if verb.dep_ in ("ccomp", "parataxis") and k == 0 and self._reporting_above(
                    verb, mod):
                reported = True
        ctx = " " + " ".join(sent.lower) + " "
        if mod["hypothetical_phrases"].search(ctx) and gov.i > tok.i - 1:
            hyp = hyp or any(t.lower_ == "to" and t.head.i == gov.i for t in gov.children)
        return negated, hyp, reported

    @staticmethod
    def _planned_object(tok: Token, verb: Token, lemma: str) -> bool:
        """A noun trigger the verb plans, expects or demands: its object or passive subject
        ("plans a merger", "strikes are planned") or the object of its "for"/"of"/"with"
        ("called for a review", "warned of a strike"). Not an adjunct ("agreed … after
        talks"), and not what is agreed or called as such: "agreed a ceasefire" has one,
        "the union called a strike" (an organiser's call) holds it."""
        if tok.dep_ in ("dobj", "obj", "nsubjpass", "attr", "oprd"):
            return lemma not in ("agree", "call")
        return tok.dep_ == "pobj" and tok.head.head.i == verb.i \
            and tok.head.lower_ in ("for", "of", "with")

    def _dated(self, doc: Doc, lo: int, hi: int) -> bool:
        """Whether tokens lo..hi hold a date expression of their own: preparing for an
        event on a set day ("bereiten sich darauf vor, am 5. November … zu wählen") schedules
        it, it does not make it hypothetical."""
        if hi <= lo:
            return False
        start, end = doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1].text)
        k = bisect.bisect_left(self._date_starts, start)
        return k < len(self._date_starts) and self._date_starts[k] < end

    @staticmethod
    def _reporting_above(verb: Token, mod: dict[str, Any]) -> bool:
        return any(a.lemma_.lower() in mod["reporting_verbs"] for a in verb.ancestors)

    # ----------------------------------------------------------------- location

    def _location(self, doc: Doc, sent: _Sent, tok: Token, lex: EventLexicon,
                  entity_spans: list[tuple[int, int, dict[str, Any], str]],
                  disaster: bool = False) -> dict[str, Any] | None:
        places = load_places()
        found: list[tuple[int, dict[str, Any]]] = []
        span = sent.span
        org_spans = [(s, e) for s, e, _, t in entity_spans if t in ("ORG", "PER")]
        w0, w1 = self._window(sent, tok)
        starts = [prep.i + 1 for prep in doc[w0:w1] if prep.lower_ in lex.loc_preps]
        if disaster and self._parsed:
            starts += self._struck_place(tok, lex)
        for j in starts:
            for _ in range(7):  # "near the Greek port city of Patras"
                if j >= span.end or doc[j].is_punct:
                    break
                hit = self._place_at(doc, j, span.end, places, entity_spans)
                if hit is not None:
                    s, e, rec = hit
                    # a span tagged ORG or PER is never a place ("Bei NBC kam es …")
                    if not any(os <= s and e <= oe for os, oe in org_spans):
                        found.append((abs(j - tok.i), rec))
                    break
                t = doc[j]
                if not (t.lower_ in lex.loc_skip or (t.is_alpha and t.text[:1].islower())
                        or t.like_num or self._nationality(t) or t.ent_type_ == "NORP"):
                    break
                j += 1
        if not found:
            return None
        return min(found, key=lambda x: x[0])[1]

    @staticmethod
    def _struck_place(tok: Token, lex: EventLexicon) -> list[int]:
        """Where a disaster struck, named as the verb's object rather than after a
        preposition: "an earthquake struck central Myanmar", „Ein Beben erschütterte die
        Türkei“; and passive, "Florida was hit by a hurricane". Token indices to scan from."""
        if tok.dep_ == "compound":  # "Hurricane Milton"
            tok = tok.head
        verb, places = tok.head, []
        if tok.dep_ == "pobj" and verb.dep_ == "agent":  # "hit by a hurricane"
            verb = verb.head
            places = [c for c in verb.children if c.dep_ in ("nsubjpass", "nsubj:pass")]
        elif tok.dep_ in ("nsubj", "sb"):
            places = [c for c in verb.children if c.dep_ in ("dobj", "obj", "oa")]
        if verb.lemma_.lower() not in lex.loc_verbs:
            return []
        return [p.left_edge.i for p in places]

    @staticmethod
    def _nationality(tok: Token) -> bool:
        low = tok.lower_
        return low.endswith(("isch", "ische", "ischen", "ischer", "ian", "ese", "ish", "ean"))

    def _place_at(self, doc: Doc, j: int, end: int, places: dict[str, str],
                  entity_spans: list[tuple[int, int, dict[str, Any], str]]
                  ) -> tuple[int, int, dict[str, Any]] | None:
        start_char = doc[j].idx
        for s, e, ent, etype in entity_spans:
            if s == start_char and etype == "LOC":
                name = doc_cache.text(doc)[s:e]
                cc = ent.get("country")
                if cc is None:
                    cc = self._country(name, places) or self._country(str(ent.get("name")),
                                                                      places)
                return s, e, {"text": name, "entity_id": str(ent["id"]), "country": cc or None}
        for n in range(min(4, end - j), 0, -1):
            e_tok = doc[j + n - 1]
            if e_tok.is_punct:
                continue
            s, e = start_char, e_tok.idx + len(e_tok.text)
            name = doc_cache.text(doc)[s:e]
            if not name[:1].isupper():
                continue
            cc = self._country(name, places)
            if cc is None:
                continue
            rec: dict[str, Any] = {"text": name, "country": cc or None}
            for ms, me, ent, etype in entity_spans:
                if ms < e and s < me and etype in ("LOC", "MISC"):
                    rec["entity_id"] = str(ent["id"])
                    break
            return s, e, rec
        return None

    def _country(self, name: str, places: dict[str, str]) -> str | None:
        """ISO code of a place name, "" for a place without one country, None if unknown."""
        return place_country(name, self.lang)

    # ----------------------------------------------------------------- actors

    def _roles(self, doc: Doc, sent: _Sent, tok: Token, cand: Candidate, lex: EventLexicon,
               parsed: bool, entity_spans: list[tuple[int, int, dict[str, Any], str]],
               clause: tuple[int, int]) -> list[dict[str, Any]]:
        """The participants, with three policies over the rules in ``_actors``: a statement's
        speaker is the quote layer's; a place is an agent only as the subject of a verb
        trigger, marked as metonymy ("Berlin lehnte ab"); the subject of a verb that takes a
        stance on a noun trigger ("Die Grünen kritisierten die Einigung") is not its agent."""
        if cand.entry.type == "politics.statement":
            speaker = self._quote_speaker(doc, tok)
            if speaker is not None:
                return [speaker]
        parties = self._between(doc, sent, tok, cand, lex, entity_spans) or \
            self._reciprocal(doc, sent, tok, cand, lex, entity_spans)
        if parties:  # "Verhandlungen zwischen Verdi, dem Bund und den Kommunen"
            return parties
        actors = self._actors(doc, sent, tok, lex, parsed, entity_spans, clause,
                              cand.entry.type)
        is_verb = tok.is_lower and tok.pos_ in ("VERB", "AUX", "ADJ", "")
        trigger = doc[cand.start:cand.end].text
        prefix = self._actor_prefix(trigger, cand.entry.type, lex) if not is_verb else None
        if prefix is None and not is_verb:
            prefix = self._name_prefix(doc, trigger, cand.entry.type, lex, entity_spans)
        if prefix is None and not is_verb and cand.entry.type in lex.demonym_doers:
            prefix = self._demonym_agent(doc, cand.start, lex)
        if prefix is not None:
            # "US-Vorwürfe", "EU-Sanktionen": the compound names who acts; a name nearby
            # ("Putins … den US-Vorwürfen") does not
            actors = [a for a in actors if a["role"] != prefix["role"]]
        text = doc_cache.text(doc)
        out = []
        for actor in actors:
            if actor["role"] == "agent":
                start = text.find(actor["text"], max(0, sent.span.start_char))
                if not is_verb and 0 <= start < tok.idx and self._stance_between(
                        doc, start + len(actor["text"]), tok.idx, lex):
                    continue
                if not is_verb and 0 <= start < tok.idx and self._judged_after(doc, tok, clause,
                                                                               lex):
                    continue  # "Die Opposition hatte den Rücktritt … gefordert"
                if not is_verb and 0 <= start < tok.idx and self._opposed(tok):
                    continue  # "X beantragte eine Verfügung gegen den Streik": X opposes it
                kind = self._entity_type(actor, entity_spans)
                if kind == "LOC":
                    possessor = not is_verb and 0 <= start < tok.idx and re.fullmatch(
                        r"(?:['’]s?|s)\s+(?:\S+\s+){0,2}", text[start + len(actor["text"]):
                                                               tok.idx])
                    collective = actor["text"] in lex.actor_prefixes and \
                        self._collective_doer(cand.entry.type, lex)  # "US tariffs"
                    if not possessor and not collective \
                            and not self._subject_at(doc, start, actor["text"]) \
                            and not (0 <= start < tok.idx
                                     and self._opens_clause(doc, start, clause)):
                        continue  # "der Bundesgerichtshof in Karlsruhe", "im Bundestag";
                        # but "Washington's sanctions", "Russlands Angriff" name the actor"
                    actor = actor | {"metonymy": True}  # "Berlin lehnte ab", "Washington
                    # imposed sanctions": the place stands for its government
            out.append(actor)
        if lex.lang == "de" and is_verb and not any(a["role"] == "patient" for a in out):
            relative = self._relative_object(doc, tok)
            if relative is not None:  # „Voltwerk Sachsen, das Lunor übernommen hatte"
                antecedent = relative[1]
                out.append(self._actor_at("patient", antecedent.start_char,
                                          antecedent.end_char, doc, entity_spans))
        if lex.lang == "de" and not any(a["role"] == "agent" for a in out):
            side = self._on_the_side_of(doc, clause)
            if side is not None:  # „Vonseiten der CDU-Fraktion wurde kritisiert, …"
                out.insert(0, self._actor_at("agent", *side, doc, entity_spans))
        if cand.entry.type in lex.subject_is_patient:
            out = [a | {"role": "patient"} if a["role"] == "agent" else a for a in out]
        elif is_verb and cand.entry.type in lex.holder_is_patient:
            out = self._office_holder(doc, tok, out, entity_spans, lex)
        if lex.lang == "en":
            out = [self._name_after_descriptor(doc, a, sent.span.start_char, entity_spans)
                   for a in out]
            if not is_verb and cand.entry.type.startswith(self.HARM_TYPES) \
                    and not any(a["role"] == "patient" for a in out):
                harmed = self._harmed_by(tok)
                if harmed is not None:  # "a knife attack … that left three people injured"
                    out.append(self._actor_at("patient", *self._phrase(harmed), doc,
                                              entity_spans))
        if not is_verb and cand.entry.type == "politics.accusation" \
                and not any(a["role"] == "patient" for a in out):
            accused = self._accused_demonym(doc, cand.end, lex)
            if accused is not None:  # „Vorwürfe der russischen Einmischung"
                out.append(accused)
        if not is_verb and not any(a["role"] == "patient" for a in out):
            # "Die Stadtverwaltung ist Ziel eines Hackerangriffs geworden", "was the target of
            # a cyberattack"; "Hudák denied the accusations", „Lorenz bestreitet die Vorwürfe"
            span = self._target_of(doc, tok, clause)
            rejecter = self._rejecter(tok, lex) \
                if span is None and cand.entry.type == "politics.accusation" else None
            if rejecter is not None:
                span = self._phrase(rejecter)
            if span is not None:
                rec = self._actor_at("patient", *span, doc, entity_spans)
                out = [a for a in out if not (a["role"] == "agent" and (
                    a["text"] in rec["text"] or a.get("entity_id") is not None
                    and a.get("entity_id") == rec.get("entity_id")))] + [rec]
        return ([prefix] if prefix is not None else []) + out

    OBJECT_DEPS = ("dobj", "obj", "oa")

    def _office_holder(self, doc: Doc, tok: Token, actors: list[dict[str, Any]],
                       entity_spans: list[tuple[int, int, dict[str, Any], str]],
                       lex: EventLexicon) -> list[dict[str, Any]]:
        """"Dunmore's chief executive, Fiona Rankin, will step down", "She takes over": a
        person as the subject of a verb of leadership change with no object is the one whose
        position changes (the patient); the organisation whose head she is ("Dunmore's",
        "its" in "Kestrel said its chief executive …", "as interim head of the carmaker") is
        the agent."""
        if any(c.dep_ in self.OBJECT_DEPS for c in tok.children):
            return actors  # "the board fired its chief executive": the usual roles
        persons = [a for a in actors if a["role"] == "agent" and (
            self._entity_type(a, entity_spans) in ("PER", "PERSON")
            or self.PRONOUN_TYPES.get(a["text"].lower()) == "PER")]
        if not persons:
            return actors
        out = [a | {"role": "patient"} if a in persons else a for a in actors]
        subject = next((c for c in tok.children if c.dep_ in ("nsubj", "sb")), None)
        owner = next((c for c in subject.children if c.dep_ in ("poss", "ag")), None) \
            if subject is not None else None
        if owner is None and subject is not None:  # "Chrysler Chief Executive Robert Nardelli"
            owner = next((c for c in subject.subtree if c.dep_ == "compound"
                          and c.ent_type_ == "ORG" and c.i < subject.i), None)
        if owner is None:  # "took over as interim head of the carmaker"
            owner = next((g for p in tok.children if p.dep_ == "prep" and p.lower_ == "as"
                          for r in p.children if r.dep_ == "pobj"
                          for o in r.children if o.dep_ == "prep" and o.lower_ == "of"
                          for g in o.children if g.dep_ == "pobj"), None)
        if owner is not None and owner.pos_ == "PRON":
            owner = self._reporter_of_possessive(owner)
        if owner is not None and (owner.pos_ == "PROPN" or owner.lower_ in lex.anaphoric) \
                and not any(a["role"] == "agent" for a in out):
            out.append(self._actor_at("agent", *self._phrase(owner), doc, entity_spans))
        return out

    @staticmethod
    def _actor_at(role: str, start: int, end: int, doc: Doc,
                  entity_spans: list[tuple[int, int, dict[str, Any], str]]
                  ) -> dict[str, Any]:
        """A participant record for the characters ``start:end``, linked to the entity whose
        mention they begin in."""
        rec: dict[str, Any] = {"role": role, "text": doc_cache.text(doc)[start:end]}
        ent = next((e for ms, me, e, _ in entity_spans if ms <= start < me), None)
        if ent is not None:
            rec["entity_id"] = str(ent["id"])
        return rec

    # nouns that describe a company or a person before its name ("cybersecurity startup
    # Tornado Labs", "rival Bear Stearns")
    DESCRIPTOR_NOUNS = frozenset({"startup", "start-up", "firm", "company", "rival", "maker",
                                  "carmaker", "chipmaker", "group", "lender", "retailer",
                                  "insurer", "airline", "operator", "supplier", "developer",
                                  "unit", "subsidiary", "brand", "chain", "giant", "platform"})

    def _name_after_descriptor(self, doc: Doc, actor: dict[str, Any], lo: int,
                               entity_spans: list[tuple[int, int, dict[str, Any], str]]
                               ) -> dict[str, Any]:
        """A one-word common-noun participant that only describes the name after it: "buy
        cybersecurity startup Tornado Labs", where the parse took "cybersecurity" for the
        object. The named organisation or person is the participant."""
        if actor.get("entity_id") is not None or " " in actor["text"]:
            return actor
        start_char = doc_cache.text(doc).find(actor["text"], lo)
        tok = self._edge_tokens(doc, start_char, start_char + len(actor["text"]))[0] \
            if start_char >= 0 else None
        if tok is None or tok.pos_ != "NOUN":
            return actor
        k = tok.i + 1
        if k < len(doc) and doc[k].lower_ in self.DESCRIPTOR_NOUNS:
            k += 1
        elif tok.lower_ not in self.DESCRIPTOR_NOUNS:
            return actor
        if k >= len(doc):
            return actor
        first = next(((s, e) for s, e, _, t in entity_spans
                      if s == doc[k].idx and t in ("ORG", "PER")), None)
        if first is None:
            return actor
        return self._actor_at(actor["role"], first[0], first[1], doc, entity_spans) | {
            k2: v for k2, v in actor.items() if k2 not in ("text", "entity_id", "role")}

    TARGET_NOUNS = frozenset({"ziel", "opfer", "target", "targets", "victim", "victims"})

    def _target_of(self, doc: Doc, tok: Token, clause: tuple[int, int]
                   ) -> tuple[int, int] | None:
        """(start, end) of the clause's subject when it is called the target or victim of a
        noun trigger: „X ist Ziel eines Hackerangriffs geworden", "X was the target of a
        cyberattack", "X fell victim to an attack"."""
        k = tok.i - 1
        while k > clause[0] and k > tok.i - 5 and (
                doc[k].pos_ in ("DET", "ADJ") or doc[k].lower_ in ("of", "to")
                or doc[k].dep_ == "compound" and doc[k].head.i == tok.i):
            k -= 1
        marker = doc[k]
        if k <= clause[0] or marker.lower_ not in self.TARGET_NOUNS or k == tok.i - 1:
            return None
        if doc.lang_ == "en":
            verb = marker.head if marker.head.pos_ in ("VERB", "AUX") else None
            subject = self._subject_climbing(verb) if verb is not None else None
            if subject is None or subject.pos_ == "PRON" and subject.lower_ not in self.PRONOUNS:
                return None
            return self._phrase(self._apposed_name(subject, commas=False))
        bare = [np for np in self._clause_noun_phrases(doc, clause)
                if np[2] is None and np[1] <= k and doc[np[0]].lower_ not in self.OBJECT_ARTICLES
                and doc[np[0]].lower_ not in ("es", "sich")]
        if not bare:
            return None
        np = bare[0]
        words = [t for t in doc[np[0]:np[1]] if t.pos_ != "DET"]
        if not words:
            return None
        end = np[1]  # with its "von" attribute: „die Stadtverwaltung von Potsdam"
        if end + 1 < k and doc[end].lower_ == "von" and doc[end + 1].pos_ == "PROPN":
            end += 2
        return words[0].idx, doc[end - 1].idx + len(doc[end - 1].text)

    QUOTED_NAME = re.compile(r"(?:\s*|\s+[a-zäöüß]+\s*,\s*(?:den|die|das|der|dem)\s+|"
                             r"\s*,\s*(?:den|die|das|der|dem)\s+)[„\"»‚]([^“\"«‘„]{1,40})"
                             r"[“\"«‘]")

    def _quoted_name(self, doc: Doc, pair: tuple[str, int, int]) -> tuple[str, int, int]:
        """German: a common noun with a quoted name right after it, or set off after the
        clause's last verb, means that name („den Elektro-Kleinwagen „Volta" vor", „seinen
        ersten Kleinwagen vorgestellt, den „Lunor Pico"")."""
        role, start, end = pair
        text = doc_cache.text(doc)
        last = self._edge_tokens(doc, start, end)[1]
        if last is None or last.pos_ != "NOUN":
            return pair
        m = self.QUOTED_NAME.match(text, end)
        if m is None or not m.group(1)[:1].isupper():
            return pair
        return role, m.start(1), m.end(1)

    @classmethod
    def _second_conjunct(cls, doc: Doc, tok: Token, pairs: list[tuple[str, int, int]]
                         ) -> list[tuple[str, int, int]]:
        """German: a finite verb right after „und" shares the first clause's subject („Die
        Regierung in Duschanbe bestritt jede Verantwortung und warf Bischkek vor, …"): that
        subject is its agent, the phrase after it (which the parser takes for a subject) its
        patient, and nothing of the first clause is its patient."""
        if tok.i == 0 or doc[tok.i - 1].lower_ not in ("und", "oder", "sowie") \
                or tok.dep_ != "conj" or tok.head.pos_ not in ("VERB", "AUX") \
                or "Fin" not in tok.morph.get("VerbForm") and not tok.morph.get("Mood"):
            return pairs
        first = next((c for c in tok.head.children if c.dep_ in ("nsubj", "sb")), None)
        if first is None or first.i > tok.head.i \
                or doc[first.left_edge.i].lower_ in cls.OBJECT_ARTICLES:
            return pairs  # „Den 24-Jährigen fassten die Beamten … und durchsuchten …"
        left = first.left_edge.i
        while left < first.i and doc[left].pos_ == "DET":
            left += 1
        agent = ("agent", doc[left].idx, first.right_edge.idx + len(first.right_edge.text))
        own = next((c for c in tok.children if c.i > tok.i and c.pos_ in ("PROPN", "NOUN")
                    and c.dep_ in ("nsubj", "obj", "iobj", "obl:arg")), None)
        cut = doc[tok.i - 1].idx
        out = [agent] + [p for p in pairs if p[0] not in ("agent", "patient") and p[1] >= cut]
        if own is not None:
            start = own.left_edge.i
            while start < own.i and doc[start].pos_ == "DET":
                start += 1
            out.append(("patient", doc[start].idx, own.idx + len(own.text)))
        return out

    def _seat_of_government(self, doc: Doc, pair: tuple[str, int, int]
                            ) -> tuple[str, int, int]:
        """German: a government named with its seat keeps it („der Regierung in Minsk", not
        „Regierung"), and a participant starts after its article („Die Regierung")."""
        role, start, end = pair
        first, last = self._edge_tokens(doc, start, end)
        if first is None or last is None:
            return pair
        if first.pos_ == "DET" and first.i < last.i:
            start = doc[first.i + 1].idx
        if last.lower_ in self.GOVERNMENT_NOUNS and last.i + 2 < len(doc) \
                and doc[last.i + 1].lower_ == "in" and doc[last.i + 2].pos_ == "PROPN":
            end = doc[last.i + 2].idx + len(doc[last.i + 2].text)
        return role, start, end

    SOURCE_PHRASES = (("nach", "angaben"), ("laut",), ("zufolge",))

    @staticmethod
    def _edge_tokens(doc: Doc, start: int, end: int) -> tuple[Token | None, Token | None]:
        """The token that begins at character ``start`` and the one that holds character
        ``end - 1`` (None where no token does), found by spaCy's offset lookup rather than a
        walk over the document for every participant."""
        span = doc.char_span(start, end, alignment_mode="expand") if start < end else None
        if span is None or len(span) == 0:
            return None, None
        first, last = span[0], span[-1]
        return (first if first.idx == start else None,
                last if last.idx < end <= last.idx + len(last.text) else None)

    @staticmethod
    def _particle_lemma(verb: Token) -> str:
        """A German verb's lemma with its separated particle („wies … zurück" → zurückweisen)."""
        return "".join(c.lower_ for c in verb.children if c.dep_ == "compound:prt") \
            + verb.lemma_.lower()

    @classmethod
    def _source_phrase(cls, doc: Doc, start: int) -> bool:
        """The phrase at character ``start`` names a source: „nach Angaben von Verdi",
        „laut Polizei"."""
        first = cls._edge_tokens(doc, start, start + 1)[0]
        if first is None:
            return False
        words = [t.lower_ for t in doc[max(0, first.i - 4):first.i]
                 if t.lower_ not in ("von", "vom", "des", "der", "dem", "den", "die")]
        return any(tuple(words[-len(p):]) == p for p in cls.SOURCE_PHRASES)

    @classmethod
    def _rejecter(cls, tok: Token, lex: EventLexicon) -> Token | None:
        """The subject of the verb that rejects an accusation noun: the one accused. The
        German parse may take the object for a second subject („Der Minister wies die
        Vorwürfe zurück")."""
        verb = tok.head
        if tok.dep_ not in ("dobj", "obj", "oa", "nsubj") or verb.pos_ not in ("VERB", "AUX"):
            return None
        if cls._particle_lemma(verb) not in lex.rejecting:
            return None
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "sb")
                    and c.i != tok.i and c.pos_ != "PRON"]
        subject = next((c for c in subjects if c.i < tok.i), None)
        if subject is None and tok.i < verb.i:  # „Die Vorwürfe wies der Minister zurück"
            subject = next((c for c in subjects if c.i > verb.i), None)
            if subject is None and tok.dep_ in ("nsubj", "sb") \
                    and "Plur" in tok.morph.get("Number") \
                    and "Sing" in verb.morph.get("Number"):
                # a plural is no subject of a singular verb: the parse swapped the two
                subject = next((c for c in verb.children if c.i > verb.i and c.pos_ != "PRON"
                                and c.dep_ in ("obj", "oa", "dobj")), None)
        if subject is not None and subject.pos_ == "NOUN":  # "Israel's foreign ministry"
            subject = next((c for c in subject.children if c.dep_ == "poss"
                            and c.pos_ == "PROPN"), subject)
        return subject

    def _reporter_of_possessive(self, pronoun: Token) -> Token | None:
        """"Kestrel Motors said that its chief executive would step down": "its" is the
        named subject of the verb of saying that reports its clause."""
        if pronoun.lower_ not in ("its", "their", "seine", "ihre", "sein", "ihr"):
            return None
        clause = pronoun.head.head
        while clause.dep_ == "conj" and clause.head.i != clause.i:
            clause = clause.head
        if clause.dep_ not in ("ccomp", "oc") or clause.head.i == clause.i:
            return None
        subject = self._named_subject(clause.head)
        return subject if subject is not None and subject.pos_ == "PROPN" else None

    def _between(self, doc: Doc, sent: _Sent, tok: Token, cand: Candidate, lex: EventLexicon,
                 entity_spans: list[tuple[int, int, dict[str, Any], str]]
                 ) -> list[dict[str, Any]]:
        """The parties of a symmetric event named after "zwischen"/"between" right after its
        trigger are all its agents (talks, ceasefires, meetings, agreements, mergers)."""
        if cand.entry.type not in lex.symmetric:
            return []
        j = cand.end
        if j < sent.span.end and doc[j].is_punct:
            return []
        if j >= sent.span.end or doc[j].lower_ not in ("zwischen", "between"):
            return []
        end = j + 1  # the coordination: noun phrases, commas and "und"/"and", nothing else
        while end < sent.span.end and end - j < 25 and (
                doc[end].pos_ in self.NP_POS or doc[end].text == ","
                or doc[end].lower_ in ("und", "and", "sowie")):
            end += 1
        found = self._participants(doc, doc[j + 1:end], lex, entity_spans)
        if len(found) < 2:  # no entities: the conjuncts themselves, without their articles
            found, piece = [], []
            for t in [*doc[j + 1:end], None]:
                if t is None or t.text == "," or t.lower_ in ("und", "and", "sowie"):
                    words = [w for w in piece if not (w.pos_ == "DET" or w.lower_ in (
                        "der", "die", "das", "dem", "den", "des", "the"))]
                    if words and any(w.text[:1].isupper() or w.pos_ in ("NOUN", "PROPN")
                                     for w in words):
                        found.append((words[0].idx, words[-1].idx + len(words[-1].text)))
                    piece = []
                else:
                    piece.append(t)
        out = []
        for s, e in found:
            rec: dict[str, Any] = {"role": "agent", "text": doc_cache.text(doc)[s:e]}
            for ms, me, ent, _ in entity_spans:
                if (ms, me) == (s, e):
                    rec["entity_id"] = str(ent["id"])
            out.append(rec)
        return out if len(out) >= 2 else []

    @staticmethod
    def _reciprocal(doc: Doc, sent: _Sent, tok: Token, cand: Candidate, lex: EventLexicon,
                    entity_spans: list[tuple[int, int, dict[str, Any], str]]
                    ) -> list[dict[str, Any]]:
        """"Die Außenminister …, A, B und C, haben sich in Weimar getroffen", "Trump und Putin
        wollen sich … treffen": a reciprocal verb of a symmetric event has every person or
        organisation named before it in its sentence as agents."""
        if cand.entry.type not in lex.symmetric or not tok.is_lower:
            return []
        if not any(t.lower_ in ("sich", "each", "one") for t in doc[sent.span.start:tok.i]) \
                and not (tok.i + 1 < sent.span.end and doc[tok.i + 1].lower_ == "sich"):
            return []
        lo, hi = sent.span.start_char, tok.idx
        out = [{"role": "agent", "entity_id": str(ent["id"]),
                "text": doc_cache.text(doc)[s:e]}
               for s, e, ent, t in entity_spans if lo <= s and e <= hi and t in ("PER", "ORG")]
        return out if len(out) >= 2 else []

    @staticmethod
    def _actor_prefix(trigger: str, etype: str, lex: EventLexicon) -> dict[str, Any] | None:
        """The first part of a hyphenated noun trigger when it is a state or organisation
        acting collectively (US, EU, Nato), for event types where that part is the doer and
        not the place or the topic ("US-Wahlen", "Nato-Krieg" are excluded by type)."""
        head, dash, rest = trigger.partition("-")
        if not dash or not rest or head not in lex.actor_prefixes \
                or not EventExtractor._collective_doer(etype, lex):
            return None
        return {"role": "agent", "text": head, "metonymy": True}

    @staticmethod
    def _demonym_agent(doc: Doc, start: int, lex: EventLexicon) -> dict[str, Any] | None:
        """"Russian attacks", "a Ukrainian drone strike", „israelische Luftangriffe": a country
        adjective among the modifiers just before a noun trigger names the state that acts,
        as metonymy, with its country. Articles, prepositions and punctuation end the search
        ("attacks on the Ukrainian city" is not Ukraine's attack)."""
        k = start - 1
        steps = 0
        while k >= 0 and steps < 3:
            word = doc[k]
            if word.is_punct or word.pos_ in ("DET", "ADP", "VERB", "AUX", "PRON", "CCONJ",
                                              "NUM") or word.is_sent_end:
                return None
            found = EventExtractor._demonym_at(doc, k, k - 1, lex)  # "North Korean"
            if found is not None:
                return {"role": "agent", "text": found[1], "country": found[0],
                        "metonymy": True}
            if word.pos_ not in ("ADJ", "NOUN", "PROPN", "") or (
                    lex.lang == "de" and not word.is_lower):
                return None  # „des Kreml-Angriffs" or a German noun: no modifier chain
            k -= 1
            steps += 1
        return None

    @staticmethod
    def _demonym_at(doc: Doc, k: int, other: int, lex: EventLexicon) -> tuple[str, str] | None:
        """(country code, text) of the country adjective at token ``k``, tried first with the
        token ``other`` next to it as a two-word adjective ("North Korean", "South African")."""
        if 0 <= other < len(doc):
            pair = doc[min(k, other):max(k, other) + 1].text
            code = demonym_country(pair, lex.lang)
            if code is not None:
                return code, pair
        code = demonym_country(doc[k].text, lex.lang)
        return (code, doc[k].text) if code is not None else None

    @staticmethod
    def _accused_demonym(doc: Doc, end: int, lex: EventLexicon) -> dict[str, Any] | None:
        """„Vorwürfe der russischen Einmischung", "allegations of Chinese espionage": the
        state whose adjective marks the deed an accusation names is the one accused."""
        if end >= len(doc) or doc[end].lower_ not in ("der", "des", "einer", "eines", "of"):
            return None
        for k in range(end + 1, min(len(doc), end + 4)):
            word = doc[k]
            if word.is_punct or word.pos_ in ("NOUN", "PROPN", "VERB", "ADP"):
                return None  # the deed's noun came first: no adjective of a state on it
            found = EventExtractor._demonym_at(doc, k, k + 1, lex)
            if found is not None:
                return {"role": "patient", "text": found[1], "country": found[0],
                        "metonymy": True}
        return None

    @staticmethod
    def _collective_doer(etype: str, lex: EventLexicon) -> bool:
        """A state or organisation (US, EU) named with a trigger of this type is its doer, not
        its place or topic (not for elections, wars, disasters)."""
        return not any(etype == t or (t.endswith(".") and etype.startswith(t))
                       for t in lex.actor_prefix_excluded)

    @staticmethod
    def _name_prefix(doc: Doc, trigger: str, etype: str, lex: EventLexicon,
                     entity_spans: list[tuple[int, int, dict[str, Any], str]]
                     ) -> dict[str, Any] | None:
        """"Steilmann-Insolvenz", "GDL-Streik": the first part of a hyphenated company
        event names the company, when the article names it elsewhere too (as a name or a
        proper noun); "Corona-Pleite" names none."""
        head, dash, rest = trigger.lstrip("#").partition("-")
        if not dash or not rest or etype not in lex.name_prefixes or len(head) < 2 \
                or not head[:1].isupper():
            return None
        # a strike's prefix is its union ("GDL-Streik") or, mostly, its employer
        # ("Lufthansa-Streik", "Nordbahn-Streiks")
        role = "patient" if etype in lex.bei_patient and head.lower() not in lex.unions \
            else "agent"
        for _, _, ent, kind in entity_spans:
            if kind in ("ORG", "PER") and head in str(ent.get("name") or "").split():
                return {"role": role, "text": head, "entity_id": str(ent["id"])}
        if any(t.text.lstrip("#@") == head and t.pos_ == "PROPN" for t in doc) \
                or any(c.isupper() for c in head[1:]) or head.lower() in lex.unions:
            return {"role": role, "text": head}  # "HVB-Stellenabbau"
        return None

    def _subject_at(self, doc: Doc, start: int, text: str) -> bool:
        """The parse makes the mention at ``start`` a clause's subject ("if Washington raised
        tariffs"): a place there is named as the one who acts."""
        if not self._parsed or start < 0:
            return False
        span = doc.char_span(start, start + len(text), alignment_mode="expand")
        if span is None or len(span) == 0:
            return False
        root = span.root  # a subject, or a passive's doer ("talks mediated by Qatar"), or
        # the accused of "blamed Russia for attacking …"
        return root.dep_ == "nsubj" or (root.dep_ == "pobj" and root.head.dep_ == "agent") \
            or (root.dep_ in ("dobj", "obj") and root.head.lemma_.lower() in ACCUSING
                and any(c.dep_ == "prep" and c.lower_ in ("of", "for")
                        and any(g.dep_ == "pcomp" for g in c.children)
                        for c in list(root.head.children) + list(root.children)))

    @staticmethod
    def _opens_clause(doc: Doc, start: int, clause: tuple[int, int]) -> bool:
        """Only articles stand between the clause's start and the mention at ``start``."""
        if start < doc[clause[0]].idx:
            return False
        for t in doc[clause[0]:clause[1]]:
            if t.idx >= start:
                return True
            if t.pos_ not in ("DET", "PUNCT") and t.lower_ not in ("der", "die", "das", "the"):
                return False
        return False

    @staticmethod
    def _quote_speaker(doc: Doc, tok: Token) -> dict[str, Any] | None:
        """The speaker the quote layer gave the quote whose cue is this trigger."""
        if not Doc.has_extension("quotes"):
            return None
        for quote in doc._.quotes or []:
            cue, speaker = quote.get("cue"), quote.get("speaker")
            if not cue or not speaker or not (cue["start"] <= tok.idx < cue["end"]):
                continue
            return EventExtractor._speaker_agent(speaker)
        return None

    @staticmethod
    def _speaker_agent(speaker: Mapping[str, Any]) -> dict[str, Any]:
        """A quote's speaker as an event's agent, with its entity link."""
        rec: dict[str, Any] = {"role": "agent", "text": speaker["text"]}
        if speaker.get("entity_id"):
            rec["entity_id"] = str(speaker["entity_id"])
        return rec

    @staticmethod
    def _entity_type(actor: dict[str, Any],
                     entity_spans: list[tuple[int, int, dict[str, Any], str]]) -> str | None:
        if "entity_id" not in actor:
            return None
        return next((t for _, _, ent, t in entity_spans
                     if str(ent["id"]) == actor["entity_id"]), None)

    @staticmethod
    def _judged_after(doc: Doc, tok: Token, clause: tuple[int, int], lex: EventLexicon) -> bool:
        """A German clause's final verb after a noun trigger judges it ("hatte den Rücktritt
        gefordert", "hat die Übernahme geprüft"): its subject did not do the event."""
        if lex.lang != "de":
            return False
        return any(t.pos_ in ("VERB", "AUX") and t.is_lower and t.lemma_.lower() in lex.judging
                   for t in doc[tok.i + 1:clause[1]])

    # prepositions whose noun trigger the clause's subject opposes ("klagte gegen die
    # Fusion") or suffers ("streicht wegen eines Warnstreiks Flüge", "amid a strike")
    OPPOSING = frozenset({"gegen", "against", "wegen", "aufgrund", "infolge", "amid"})

    def _opposed(self, tok: Token) -> bool:
        """A noun trigger governed by "gegen"/"against" or a preposition of cause ("wegen",
        "because of", "due to"): whoever stands before it in the clause opposes or suffers
        the event rather than does it."""
        k = tok.i - 1
        while k >= 0 and tok.doc[k].pos_ in ("DET", "ADJ", "NUM", "PRON") \
                and not tok.doc[k].is_punct:
            k -= 1
        if k < 0:
            return False
        word, before = tok.doc[k].lower_, tok.doc[k - 1].lower_ if k > 0 else ""
        return word in self.OPPOSING or (word == "of" and before == "because") or (
            word == "to" and before in ("due", "owing"))

    @staticmethod
    def _stance_between(doc: Doc, start: int, end: int, lex: EventLexicon) -> bool:
        """A verb of saying or of stance (kritisierten, welcomed) between a subject and a
        noun trigger: the subject speaks about the event, it does not do it."""
        if end <= start:
            return False
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            return False
        cues = lexicon.load(lex.lang)

        def stance(t: Token) -> bool:
            if t.lemma_.lower() == "call" and not any(
                    c.dep_ in ("oprd", "xcomp", "ccomp") for c in t.children):
                return False  # "called a strike", "called an election": not "called it a lie"
            return t.lemma_.lower() in lex.judging or any(
                cues.cues[lemma].category in STANCE_CATEGORIES and lemma not in PARTY_LEMMAS
                for lemma in cues.lemmas_for(t.text, t.lemma_))

        return any(t.is_lower and (stance(t) or any(b in t.lower_ for b in lex.time_blockers))
                   for t in span)

    def _actors(self, doc: Doc, sent: _Sent, tok: Token, lex: EventLexicon, parsed: bool,
                entity_spans: list[tuple[int, int, dict[str, Any], str]],
                clause: tuple[int, int], etype: str = "") -> list[dict[str, Any]]:
        if parsed and lex.lang == "en":
            pairs = self._actors_parsed(tok, etype, lex)
        else:
            pairs = self._actors_surface(doc, sent, tok, lex, entity_spans, clause, etype)
            # a to-infinitive has no subject of its own: the verb it complements lends one
            controller = self._controller(doc, tok) if parsed else None
            subject = controller or self._verb_subject(doc, tok)
            if subject is not None and subject.text.lower() in lex.sentence_adverbs:
                # "Unterdessen hat Bürgermeisterin Lena Hansen … ernannt": the adverb was
                # tagged as a name and parsed as a subject; the verb's other subject is it
                other = next((c for c in subject.root.head.children if c.dep_ in (
                    "nsubj", "nsubj:pass") and c.i != subject.root.i), None) if parsed else None
                subject = doc[other.left_edge.i:other.right_edge.i + 1] \
                    if other is not None else None
            # "Verdi forderte die Notenbank auf, die Zinsen zu senken": the object acts
            by_object = controller is not None and controller.root.dep_ in ("obj", "dobj")
            displaced: list[tuple[str, int, int]] = []
            if subject is not None:  # the verb's subject is its agent, whatever is nearer
                displaced = [(role, s, e) for role, s, e in pairs if role == "patient"
                             and s < subject.end_char and subject.start_char < e]
                pairs = [("agent", subject.start_char, subject.end_char)] + [
                    (role, s, e) for role, s, e in pairs
                    if role != "agent" and not (s < subject.end_char and subject.start_char < e)]
            if lex.lang == "de" and self._tagged:
                pairs = self._german_verb_roles(doc, tok, clause, pairs)
                if not by_object:
                    pairs = self._german_clause_subject(doc, tok, clause, pairs, etype, lex)
            if lex.lang == "de" and self._tagged:
                pairs = self._nominative_agent(doc, tok, clause, pairs)
            if lex.lang == "de" and parsed:
                pairs = self._second_conjunct(doc, tok, pairs)
            if lex.lang == "de":  # "nach Angaben von Verdi": who reports is not acted on
                pairs = [p for p in pairs if p[0] != "patient"
                         or not self._source_phrase(doc, p[1])]
                pairs = [self._seat_of_government(doc, self._quoted_name(doc, p))
                         for p in pairs]
            if displaced and not any(r == "patient" or s < displaced[0][2]
                                     and displaced[0][1] < e for r, s, e in pairs):
                # "Warschau wirft Berlin vor, …": the speaker rules took the object for the
                # subject, the clause rules found the subject; the object is the patient again
                pairs.append(displaced[0])
            if lex.lang == "de" and self._tagged and not tok.is_lower:
                host = self._kommt_es_zu(doc, tok, clause, etype, lex)
                if host is not None:  # "Beim Chemiekonzern Evonik kommt es zu einem …"
                    pairs = [host] + [(r, s, e) for r, s, e in pairs if r != host[0]]
            if lex.lang == "de" and self._tagged and not tok.is_lower and not any(
                    r == "agent" and s > tok.idx for r, s, _ in pairs):
                means = self._fronted_means_subject(doc, tok, clause)
                if means is None and etype in lex.complement_agent \
                        and self._possessive(doc, tok):
                    # "Bei ihrer Zinsentscheidung hat die EZB …": the possessive stands for
                    # the clause's subject, the doer in these frames (not in an arrest's:
                    # "Nach ihrer Festnahme befragte die Polizei die Frau")
                    means = self._fronted_means_subject(doc, tok, clause, any_preposition=True)
                if means is None and etype in self.OCCASIONS \
                        and doc[clause[0]].lower_ in ("bei", "beim", "auf", "während"):
                    # "Bei einer Pressekonferenz … ging Putin auf die Frage ein": who speaks
                    # at an occasion of talk holds or attends it
                    means = self._fronted_means_subject(doc, tok, clause, any_preposition=True)
                if means is not None:  # "Mit der Übernahme von TRW hat ZF den Sprung …"
                    pairs = [("agent", *means)] + [
                        (r, s, e) for r, s, e in pairs
                        if r != "agent" and not (s < means[1] and means[0] < e)]
            if parsed and tok.i > 0 and doc[tok.i - 1].lower_ == "zu" \
                    and tok.head.lemma_.lower() in NO_CONTROL:
                pairs = [p for p in pairs if p[0] != "agent"]  # "warnte davor, … zu verhandeln"
        out: list[dict[str, Any]] = []
        seen: set[tuple[int, int]] = set()
        for role, s, e in pairs:
            if (s, e) in seen or e <= s:
                continue
            seen.add((s, e))
            rec: dict[str, Any] = {"role": role}
            hits = [(ENTITY_PREFERENCE[etype], ms, me, ent) for ms, me, ent, etype in entity_spans
                    if ms < e and s < me and etype in ENTITY_PREFERENCE]
            # only a name that holds the phrase's last word (its head) names the participant:
            # "four Israeli settlers" is not "Israeli"
            hits = [h for h in hits if h[2] >= e - 1]
            words = doc_cache.text(doc)[s:e].split() if hits else []
            place_of_body = len(words) == 2 and min(h[0] for h in hits) > 0 and any(
                words[0].lower().endswith(word)
                for word in ("gericht", "anwaltschaft", "polizei", "polizeipräsidium",
                             "kriminalamt"))
            place_of_body = place_of_body or len(words) == 3 and bool(hits) \
                and words[0].lower() in self.GOVERNMENT_NOUNS and words[1] in ("in", "von")
            if place_of_body:  # "Staatsanwaltschaft Kiel", "Landgericht Dortmund", „Regierung
                hits = []  # in Duschanbe": the body is named with its seat; the seat alone
                # is not the actor
            if hits:  # a person or organisation before a place or an adjective ("Münchner"),
                # the last of them in an apposition ("Der Technologiekonzern Siemens")
                _, ms, me, ent = min(hits, key=lambda h: (h[0], -h[1]))  # the name last
                rec["entity_id"] = str(ent["id"])
                s, e = (ms, me) if me - ms <= (e - s) + 40 else (s, e)
            rec["text"] = doc_cache.text(doc)[s:e].strip()
            group = self.GROUP_COMPOUND.match(rec["text"])
            if group is not None:  # "Der Siemens-Konzern streicht …": the company is Siemens
                rec["text"] = group.group(1)
                named = next((str(ent["id"]) for _, _, ent, kind in entity_spans
                              if kind == "ORG" and ent.get("name") == rec["text"]), None)
                if named is not None:
                    rec["entity_id"] = named
            if "entity_id" not in rec:
                short = self._company_short_name(rec["text"], s, entity_spans)
                if short is not None:  # "Dunmore's acquisition" after "Dunmore Freight"
                    rec["entity_id"] = short
            if rec["text"].endswith(".") and any(c.isdigit() for c in rec["text"].split()[-1]):
                rec["text"] = rec["text"][:-1]  # "die A3." : a full stop glued to a road name
            if rec["text"] and not self.NOT_A_NAME.search(rec["text"]) \
                    and rec["text"].lower() not in lex.sentence_adverbs \
                    and rec["text"].lower() not in self.RELATIVE_PRONOUNS | {"who", "which"}:
                out.append(rec)  # a bare relative pronoun names nobody
        return out[:4]

    # bodies named with the seat of government after them („die Regierung in Minsk")
    GOVERNMENT_NOUNS = frozenset({"regierung", "führung", "staatsführung", "machthaber",
                                  "behörden", "staatsspitze"})

    # a company named with its group noun: "Siemens-Konzern", "der Bosch-Gruppe"
    GROUP_COMPOUND = re.compile(
        r"^([A-ZÄÖÜ][\w&.]*)-(?:Konzerns?|Gruppe|Unternehmens?|Firma|Holding)$")

    @staticmethod
    def _company_short_name(text: str, start: int,
                            entity_spans: list[tuple[int, int, dict[str, Any], str]]
                            ) -> str | None:
        """The organisation named earlier whose name this lone capitalised word opens, as
        the entities layer joins "Harbour" to "Harbour Logistics"."""
        if not text[:1].isupper() or " " in text:
            return None
        for s, _, ent, kind in entity_spans:
            name = str(ent.get("name") or "")
            if kind == "ORG" and s < start and " " in name and name.split()[0] == text:
                return str(ent["id"])
        return None

    # a web address or a handle is no participant ("Flughafen Lübeck insolvent http://t.co/…")
    NOT_A_NAME = re.compile(r"https?://|www\.|^@\w|\.(?:com|de|org|net)\b")

    # noun phrases a German clause is made of, for the roles of its verb trigger
    NP_POS = frozenset({"DET", "ADJ", "NUM", "NOUN", "PROPN"})
    # "Ihren Sohn sprach das Gericht frei": possessives and demonstratives in -en/-em are
    # never nominative
    POSSESSIVE_OBJECT = frozenset({"ihren", "ihrem", "seinen", "seinem", "unseren", "unserem",
                                   "keinen", "keinem", "diesen", "diesem"})
    OBJECT_ARTICLES = frozenset({"den", "dem", "einen", "einem", "ihm", "ihn", "ihnen"}
                                ) | POSSESSIVE_OBJECT
    PASSIVE_FINITE = frozenset({"wurde", "wurden", "worden", "wird", "werden"})
    # with the reported and conditional forms ("werde geschlossen", "würden gestrichen"), which
    # also make active futures and conditionals: passive only before a participle
    PASSIVE_FINITE_ALL = PASSIVE_FINITE | {"werde", "würde", "würden"}

    def _german_verb_roles(self, doc: Doc, tok: Token, clause: tuple[int, int],
                           pairs: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
        """German verb triggers by the shape of their clause (tags, no parse): a passive's
        subject is its patient and only "von"/"durch" names its agent ("Am Samstag wurden
        vier Verdächtige festgenommen"); an active verb's object is its patient ("übernimmt
        den US-Softwareanbieter Altair"), never its agent; "gegen X" is the target."""
        if not tok.is_lower or tok.pos_ not in ("VERB", "AUX"):
            return pairs
        nps = self._clause_noun_phrases(doc, clause)
        nps = [np for np in nps if not (np[0] <= tok.i < np[1])]
        if not nps:
            return pairs
        finite = [t for t in doc[clause[0]:tok.i] if t.lower_ in self.PASSIVE_FINITE_ALL]
        following = doc[tok.i + 1] if tok.i + 1 < clause[1] else None
        if following is not None and following.lower_ in ("worden", "wurde", "wurden", "wird",
                                                          "werden"):
            finite = [following]  # "… von Polizisten festgenommen worden", "…, der … wurde"
        participle = "Part" in tok.morph.get("VerbForm") or bool(
            re.search(r"ge\w+(t|en)$", tok.lower_)) or (tok.lower_.endswith(("t", "en"))
                                                       and finite and finite[-1].lower_
                                                       in ("wurde", "wurden", "worden")) or (
            # "Huber wird … verkauft": after wird/werden, a form in -t is no infinitive, and
            # one in -en with a "von"/"durch" phrase is passive ("wird von X übernommen")
            finite and finite[-1].lower_ in ("wird", "werden", "werde", "würde", "würden") and (
                tok.lower_.endswith("t") or tok.lower_.endswith("en") and any(
                    np[2] in ("von", "vom", "durch") for np in nps)))
        passive = bool(finite) and participle
        # („nach Angaben der kirgisischen Regierung": a source is no participant of the verb)
        bare = [np for np in nps if np[2] is None
                and not self._source_phrase(doc, doc[np[0]].idx)]
        by = [np for np in nps if np[2] in ("von", "vom", "durch")]
        against = [np for np in nps if np[2] == "gegen"]
        if not against:  # "ermittelt gegen ihn": the pronoun, resolved per article
            against = [(t.i, t.i + 1, "gegen") for t in doc[clause[0] + 1:clause[1]]
                       if t.lower_ in ("ihn", "ihm") and doc[t.i - 1].lower_ == "gegen"][:1]
        text = doc_cache.text(doc)

        def span(np: tuple[int, int, str | None]) -> tuple[int, int]:
            first = np[0]
            while first < np[1] - 1 and doc[first].pos_ == "DET":
                first += 1  # the participant without its article ("vier Verdächtige")
            return doc[first].idx, doc[np[1] - 1].idx + len(doc[np[1] - 1].text)

        def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
            return a[0] < b[1] and b[0] < a[1]

        if passive:  # "Nach Angaben der Lufthansa wurden 520 Flüge gestrichen": the genitive
            # belongs to "Angaben"; the flights are what was done to
            patient = next((np for np in bare if not self._genitive_attribute(doc, np)),
                           bare[0] if bare else None)
            agent = by[0] if by else None
            out = []
            if agent is not None:
                out.append(("agent", *span(agent)))
            if patient is not None:
                p = span(patient)
                out = [(r, s, e) for r, s, e in out if not overlaps((s, e), p)]
                out.append(("patient", *p))
            out += [(r, s, e) for r, s, e in pairs if r not in ("agent", "patient")]
            return out if (agent or patient) else [(r, s, e) for r, s, e in pairs
                                                   if r != "agent"]
        first_verb = next((t for t in doc[clause[0]:tok.i + 1]
                           if t.pos_ in ("AUX", "VERB") and t.is_lower), tok)
        sub = self._subordinate_subject(doc, tok, clause, bare)
        if sub is not None:  # "…, dass der Käufer nach dem Zukauf Stellen streichen könnte"
            pairs = [("agent", *span(sub))] + [
                (r, s, e) for r, s, e in pairs
                if r != "agent" and not overlaps((s, e), span(sub))]
            bare = [np for np in bare if np is not sub]
        relative = self._relative_subject(doc, tok, clause, bare) if sub is None else None
        if relative is not None:  # "die Großbäckerei Heller, die … die Kette übernommen hat"
            pairs = [("agent", *relative)] + [
                (r, s, e) for r, s, e in pairs
                if r != "agent" and not overlaps((s, e), relative)]
            bare = [np for np in bare if np[0] > clause[0] + 1]
            objects = [np for np in bare if np[0] < tok.i
                       and doc[np[0]].lower_ not in ("es", "sich")]
            if objects and not any(r == "patient" for r, _, _ in pairs):
                pairs.append(("patient", *span(objects[0])))
            return pairs
        antecedent = self._subject_before_relative(doc, clause)
        if antecedent is not None:  # "… hatte das Unternehmen, das …, 300 Stellen abgebaut"
            pairs = [("agent", *antecedent)] + [(r, s, e) for r, s, e in pairs if r != "agent"]
            later = [np for np in bare if doc[np[0]].lower_ not in ("es", "sich")]
            if later and not any(r == "patient" for r, _, _ in pairs):
                pairs.append(("patient", *span(later[0])))
            return pairs
        inverted = self._inverted_subject(doc, tok, clause, first_verb, bare)
        if inverted is not None:  # "Auf der A8 prallte ein Auto gegen einen Baum"
            pairs = [("agent", *span(inverted))] + [
                (r, s, e) for r, s, e in pairs
                if r != "agent" and not overlaps((s, e), span(inverted))]
            bare = [np for np in bare if np is not inverted]
        agents = [(s, e) for r, s, e in pairs if r == "agent"]
        # an article only an object takes ("den", "dem", "einen") marks the object, even
        # where the subject rules took that phrase for the agent
        marked = [np for np in bare if doc[np[0]].lower_ in self.OBJECT_ARTICLES]
        later = [np for np in bare if np[0] > first_verb.i
                 and not any(overlaps(span(np), a) for a in agents)
                 and not (self._genitive_attribute(doc, np) and any(
                     a[1] == doc[np[0] - 1].idx + len(doc[np[0] - 1].text) for a in agents))]
        patient_np = (against or marked or later or [None])[0]
        if patient_np is None:
            return pairs
        p = span(patient_np)
        if text[p[0]:p[1]].lower() in ("es", "sich"):
            return pairs
        kept = [(r, s, e) for r, s, e in pairs if r != "patient"
                and not (r == "agent" and overlaps((s, e), p))]
        if not any(r == "agent" for r, _, _ in kept):
            subject = [np for np in bare if np[1] <= first_verb.i and np is not patient_np]
            if subject:  # the phrase before the finite verb: "Der Konzern Siemens übernimmt"
                kept.insert(0, ("agent", *span(subject[-1])))
        return kept + [("patient", *p)]

    NOMINATIVE_ARTICLES = frozenset({"der", "die", "das", "ein", "eine"})

    @staticmethod
    def _feminine_singular(noun: Token) -> bool:
        """"der" before it is dative or genitive, not a subject's article."""
        return "Fem" in noun.morph.get("Gender") and "Sing" in noun.morph.get("Number")

    def _nominative_agent(self, doc: Doc, tok: Token, clause: tuple[int, int],
                          pairs: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
        """A verb's agent is in the nominative. German puts objects first freely ("Den
        Fahrer nahmen die Beamten fest", "Der Regierung warfen die Grünen vor …"), and the
        parser then takes the first phrase for the subject; its article says otherwise
        ("den", "dem", or "der" before a feminine singular noun). The agent is then the
        bare phrase of the clause with a nominative article (or a bare name), and the
        object the patient."""
        if not tok.is_lower or tok.pos_ not in ("VERB", "AUX"):
            return pairs
        agent = next(((s, e) for r, s, e in pairs if r == "agent"), None)
        if agent is None:
            return pairs
        span = doc.char_span(agent[0], agent[1], alignment_mode="expand")
        if span is None or len(span) == 0:
            return pairs
        k = span.start - 1
        while k > 0 and doc[k].pos_ in ("NUM", "ADJ") and span[0].pos_ != "DET":
            k -= 1  # "Den 52 Jahre alten Lkw-Fahrer": the article before the number
        det = span[0] if span[0].pos_ == "DET" else doc[k] \
            if k >= 0 and doc[k].pos_ == "DET" else None
        finite = next((t for t in doc[clause[0]:clause[1]] if t.pos_ in ("AUX", "VERB")
                       and t.is_lower and (t.morph.get("Mood")
                                           or "Fin" in t.morph.get("VerbForm"))), None)
        # "Zwei Aktivistinnen, die …, verurteilte das Amtsgericht": a plural is no subject
        # of a singular verb, whatever its article
        head = next((t for t in span if t.pos_ in ("NOUN", "PROPN")), span[-1])
        # ("Die Vorwürfe der Opposition wies der Minister zurück": the head noun, not the
        # genitive attribute, has the phrase's number)
        plural_object = finite is not None and "Sing" in finite.morph.get("Number") \
            and "Plur" in head.morph.get("Number") and head.pos_ == "NOUN" \
            and head.is_alpha and not head.ent_type_  # a name's number is a guess
        if (det is None and not plural_object) or (
                det is not None and det.i > 0 and doc[det.i - 1].pos_ == "ADP"):
            return pairs  # "von dem Konzern": a passive's agent, after its preposition
        feminine = self._feminine_singular(span[-1])
        word = det.lower_ if det is not None else ""
        if not (word in ("den", "dem", "einem") or word in self.POSSESSIVE_OBJECT
                or (word == "einen" and not feminine)
                or (word in ("der", "einer") and feminine) or plural_object):
            return pairs
        left = det.i if det is not None else span.start
        if plural_object and finite is not None and finite.i > span.start:
            # "Die Vorwürfe wies er zurück": a singular pronoun after the verb is the subject
            pron = next((t for t in doc[finite.i + 1:clause[1]] if t.pos_ == "PRON"
                         and t.lower_ in ("er", "sie", "es", "man")
                         and "Sing" in t.morph.get("Number") and "Nom" in t.morph.get("Case")),
                        None)
            if pron is not None:
                rest = [(r, a, b) for r, a, b in pairs if r not in ("agent", "patient")]
                return [("agent", pron.idx, pron.idx + len(pron.text))] + rest + [
                    ("patient", *agent)]
        for start, end, prep in self._clause_noun_phrases(doc, clause):
            if prep is not None or start <= span.start < end or end <= left:
                continue
            number = doc[start].morph.get("Number") if doc[start].pos_ == "DET" else []
            if plural_object and "Plur" in (number or doc[end - 1].morph.get("Number")):
                continue  # (the article's number first: the tagger misreads nouns after it)
            first = doc[start].lower_
            named = doc[start].pos_ in ("NOUN", "PROPN") and any(
                t.pos_ == "PROPN" for t in doc[start:end])  # "Finanzvorstand Tobias Krämer"
            bare_plural = doc[start].pos_ == "NOUN" and "Plur" in doc[start].morph.get("Number")
            if first not in self.NOMINATIVE_ARTICLES and not named and not bare_plural:
                continue  # ("Polizisten aus Celle": a plural needs no article)
            noun = doc[end - 1]
            if first == "der" and self._feminine_singular(noun):
                continue  # dative or genitive too
            s0 = doc[start + 1].idx if start + 1 < end and not named else doc[start].idx
            new = ("agent", s0, noun.idx + len(noun.text))
            # the fronted object is whom it was done to, whatever else was taken for that
            rest = [(r, a, b) for r, a, b in pairs if r not in ("agent", "patient")
                    and not (a < new[2] and new[1] < b)]
            return [new] + rest + [("patient", *agent)]
        return pairs

    def _kommt_es_zu(self, doc: Doc, tok: Token, clause: tuple[int, int], etype: str,
                     lex: EventLexicon) -> tuple[str, int, int] | None:
        """"Bei X kommt es zu Y": X is where Y happens — the employer of a strike ("Bei der
        Bahn kommt es zu Streiks", patient) or the company that does it ("Beim Konzern Evonik
        kommt es zu einem Führungswechsel", agent), by the type's "bei" rule."""
        words = [t.lower_ for t in doc[clause[0]:tok.i]]
        if not words or words[0] not in ("bei", "beim") or "es" not in words \
                or not any(w in ("zu", "zum", "zur") for w in words) \
                or not any(t.lemma_.lower() == "kommen" for t in doc[clause[0]:tok.i]):
            return None
        verb = next(t for t in doc[clause[0]:tok.i] if t.lemma_.lower() == "kommen")
        phrase = doc[clause[0] + 1:verb.i]
        names = [t for t in phrase if t.pos_ == "PROPN"] or [
            t for t in phrase if t.pos_ == "NOUN"][-1:]
        if not names:
            return None
        first, last = names[0], names[0]
        while last.i + 1 < verb.i and doc[last.i + 1].pos_ == "PROPN":
            last = doc[last.i + 1]
        role = "patient" if etype in lex.bei_patient else "agent"
        return role, first.idx, last.idx + len(last.text)

    POSSESSIVES = frozenset({"sein", "seine", "seiner", "seinem", "seinen", "seines", "ihr",
                             "ihre", "ihrer", "ihrem", "ihren", "ihres"})

    def _possessive(self, doc: Doc, tok: Token) -> bool:
        k = tok.i - 1
        while k >= 0 and doc[k].pos_ == "ADJ":
            k -= 1
        return k >= 0 and doc[k].lower_ in self.POSSESSIVES

    def _fronted_means_subject(self, doc: Doc, tok: Token, clause: tuple[int, int],
                               any_preposition: bool = False) -> tuple[int, int] | None:
        """A noun trigger in a clause-opening "mit"/"durch" phrase is the means of the
        clause's subject, which stands after the finite verb: "Mit Streiks will die
        Gewerkschaft Verdi den Druck erhöhen" (not after "nach", "wegen": "Nach dem Angriff
        hat die Regierung …" names no attacker)."""
        if (doc[clause[0]].lower_ not in ("mit", "durch") and not (
                any_preposition and doc[clause[0]].pos_ == "ADP")) or tok.i - clause[0] > 8:
            return None
        verb = next((t for t in doc[tok.i + 1:clause[1]] if t.pos_ in ("AUX", "VERB")
                     and t.is_lower), None)
        if verb is None or any(t.is_punct for t in doc[tok.i + 1:verb.i]):
            return None
        for start, end, prep in self._clause_noun_phrases(doc, (verb.i + 1, clause[1])):
            if prep is not None:
                continue
            if any(t.lower_ in self.NOMINATIVE_PRONOUNS for t in doc[verb.i + 1:start]) \
                    or doc[start].lower_ in self.OBJECT_ARTICLES:
                return None
            first = start
            while first < end - 1 and doc[first].pos_ == "DET":
                first += 1
            return doc[first].idx, doc[end - 1].idx + len(doc[end - 1].text)
        return None

    # occasions of talk: whoever acts in the clause they open takes part in them
    OCCASIONS = frozenset({"diplomacy.press_conference", "diplomacy.meeting",
                           "diplomacy.summit", "diplomacy.visit", "diplomacy.negotiation"})

    SUBORDINATORS = frozenset({"dass", "weil", "ob", "wenn", "nachdem", "da", "obwohl",
                               "damit", "sodass", "falls", "als", "bevor", "während"})

    def _subordinate_subject(self, doc: Doc, tok: Token, clause: tuple[int, int],
                             bare: list[tuple[int, int, str | None]]
                             ) -> tuple[int, int, str | None] | None:
        """A verb-final clause opened by a conjunction ("dass der Käufer … streichen
        könnte") has its subject as the first bare phrase after the conjunction that no
        object article marks; a pronoun there is the subject instead (None)."""
        if doc[clause[0]].lower_ not in self.SUBORDINATORS or tok.i <= clause[0] + 1:
            return None
        for np in bare:
            if np[0] <= clause[0] or np[0] >= tok.i:
                continue
            if any(t.lower_ in self.NOMINATIVE_PRONOUNS for t in doc[clause[0] + 1:np[0]]) \
                    or doc[np[0]].lower_ in self.OBJECT_ARTICLES:
                return None
            return np
        return None

    def _relative_subject(self, doc: Doc, tok: Token, clause: tuple[int, int],
                          bare: list[tuple[int, int, str | None]]) -> tuple[int, int] | None:
        """A relative clause whose pronoun is its subject ("die Großbäckerei Heller aus Celle,
        die erst im Juni die Kette Brotzeit Nord übernommen hat"): the verb's agent is the
        phrase the pronoun refers to. The pronoun is taken for the subject when it can be
        nominative (der, die, das, welche…; not "der" after a feminine noun) and no bare name
        or subject pronoun in the clause competes for that place."""
        c0 = clause[0]
        rel = doc[c0] if doc[c0].lower_ in self.SUBJECT_RELATIVES else (
            doc[c0 + 1] if c0 + 1 < tok.i and doc[c0].text == ","
            and doc[c0 + 1].lower_ in self.SUBJECT_RELATIVES else None)
        if rel is None or rel.i == 0 or doc[rel.i - 1].text != "," or tok.i <= rel.i + 1:
            return None
        antecedent = self._antecedent(doc, rel)
        if antecedent is None:
            return None
        first, head = antecedent
        if rel.lower_ == "der" and self._feminine_singular(head):
            return None  # "der Firma, der …": dative
        if self._relative_object(doc, tok) is not None:
            return None  # „die Kette, die der Investor übernommen hat": case shows the object
        for t in doc[rel.i + 1:tok.i]:
            if t.lower_ in self.NOMINATIVE_PRONOUNS:
                return None
        for np in bare:
            if (rel.i < np[0] < tok.i and doc[np[0]].pos_ == "PROPN") or (
                    np[0] == rel.i and np[1] > rel.i + 1):
                return None  # "die Firma, die Siemens übernommen hat": the name may act
        if first.i > 0 and doc[first.i - 1].lower_ in self.OBJECT_ARTICLES:
            return None
        return first.idx, head.idx + len(head.text)

    @staticmethod
    def _antecedent(doc: Doc, rel: Token) -> tuple[Token, Token] | None:
        """(first token, head) of the phrase a German relative pronoun refers to, the pronoun
        standing right after its comma: the noun before the comma, past a closing quote
        ("der Gruppe „Black Fenrir“, die …") and a seat ("Heller aus Celle": the company),
        with the adjectives and nouns before it."""
        if rel.i < 2:
            return None
        head = doc[rel.i - 2]
        if head.is_punct and head.i > 0 and head.text in ("“", "”", "\"", "«", "»", "'", "’"):
            head = doc[head.i - 1]
        while head.i > 0 and head.pos_ == "PROPN" and head.ent_type_ in ("LOC", "GPE") \
                and doc[head.i - 1].pos_ == "ADP":
            head = doc[head.i - 2]
        if head.pos_ not in ("NOUN", "PROPN") or head.i <= 0:
            return None
        first = head.i
        while first > 0 and doc[first - 1].pos_ in ("ADJ", "NOUN", "PROPN") \
                and doc[first - 1].text not in CLAUSE_PUNCT:
            first -= 1
        return doc[first], head

    SUBJECT_RELATIVES = frozenset({"der", "die", "das", "welcher", "welche", "welches"})

    RELATIVE_PRONOUNS = frozenset({"der", "die", "das", "dem", "den", "deren", "dessen",
                                   "denen", "welche", "welcher", "welches", "welchem"})

    def _subject_before_relative(self, doc: Doc, clause: tuple[int, int]
                                 ) -> tuple[int, int] | None:
        """A clause that resumes its sentence after a relative clause ("Bereits 2024 hatte
        das Unternehmen, das seit 2019 zu Norrvik gehört, 300 Stellen abgebaut") has its
        subject before that relative clause: the phrase the relative pronoun refers to, when
        no object article marks it and the clause itself opens with no subject."""
        c0 = clause[0]
        if c0 < 4 or doc[c0 - 1].text != "," or doc[c0].pos_ in ("DET", "PROPN", "PRON"):
            return None
        k = c0 - 2  # back to the comma that opens the relative clause
        while k > 0 and doc[k].text not in CLAUSE_PUNCT and not doc[k].is_sent_start:
            k -= 1
        if doc[k].text != "," or doc[k + 1].lower_ not in self.RELATIVE_PRONOUNS:
            return None
        head = doc[k - 1]
        if head.pos_ not in ("NOUN", "PROPN"):
            return None
        first = head.i
        while first > 0 and doc[first - 1].pos_ in ("DET", "ADJ", "NOUN", "PROPN", "NUM") \
                and doc[first - 1].text not in CLAUSE_PUNCT:
            first -= 1
        if doc[first].lower_ in self.OBJECT_ARTICLES or (
                first > 0 and doc[first - 1].pos_ == "ADP"):
            return None  # "Gegen den Fahrer, der …, ermittelt die Staatsanwaltschaft"
        while first < head.i and doc[first].pos_ == "DET":
            first += 1
        return doc[first].idx, head.idx + len(head.text)

    NOMINATIVE_PRONOUNS = frozenset({"ich", "du", "er", "sie", "es", "wir", "ihr", "man"})

    @staticmethod
    def _genitive_attribute(doc: Doc, np: tuple[int, int, str | None]) -> bool:
        """"Nach Angaben des Ministeriums", "laut Angaben der Polizei": a phrase in the
        genitive after a noun belongs to that noun's phrase; it is no subject."""
        first = doc[np[0]]
        return first.lower_ == "des" or (first.lower_ == "der" and np[0] > 0
                                         and doc[np[0] - 1].pos_ == "NOUN")

    def _inverted_subject(self, doc: Doc, tok: Token, clause: tuple[int, int],
                          first_verb: Token, bare: list[tuple[int, int, str | None]]
                          ) -> tuple[int, int, str | None] | None:
        """A main clause whose first place holds a phrase with a preposition, an adverb or
        the placeholder "es" ("Vor der Messehalle demonstrierten am Donnerstag mehrere
        Hundert Aktivisten", "Es streikten rund 3.000 Beschäftigte") has its subject after
        the finite verb: the first bare phrase there that no object article marks and that
        is no date. Only for a finite verb trigger."""
        if tok.i == clause[0]:
            return None
        if first_verb.i != tok.i:
            # "Zugleich werde der Konzern das Werk … schließen": a finite auxiliary or modal
            # holds the second place, the trigger closes the clause
            if first_verb.pos_ != "AUX" or not (
                    "Fin" in first_verb.morph.get("VerbForm") or first_verb.morph.get("Mood")):
                return None
        elif "Inf" in tok.morph.get("VerbForm") or re.fullmatch(r"ge\w+(?:t|en)", tok.lower_):
            return None
        finite = first_verb.i
        # "Es streikten … rund 3.000 Beschäftigte": the placeholder "es" holds the first place
        placeholder = doc[clause[0]].lower_ == "es" and finite == clause[0] + 1
        if (doc[clause[0]].pos_ not in ("ADP", "ADV") and not placeholder) or any(
                np[1] <= finite and not self._genitive_attribute(doc, np)
                and not (placeholder and np[0] == clause[0]) for np in bare):
            return None
        dates = [(int(d["start"]), int(d["end"])) for d in self._date_spans(doc)]
        for np in bare:
            if np[0] <= finite:
                continue
            if any(t.lower_ in self.NOMINATIVE_PRONOUNS for t in doc[finite + 1:np[0]]):
                return None  # "Dort traf er Präsident Selenskyj": the pronoun is the subject
            first = doc[np[0]]
            if first.lower_ in self.OBJECT_ARTICLES or first.lower_ in ("es", "sich") \
                    or any(s <= first.idx < e for s, e in dates):
                continue
            attribute = next((a for a in bare if a[0] == np[1]), None)
            if attribute is not None and self._genitive_attribute(doc, attribute):
                np = (np[0], attribute[1], None)  # "ein Zug der Rail Cargo Nord"
            if first_verb.i != tok.i and not self._doer_like(doc, np):
                return None  # "Zwischen A und B ist die Strecke gesperrt", "sollen … Stellen
                # wegfallen": behind an auxiliary, only a name or a doer noun is the subject
            return np
        return None

    def _doer_like(self, doc: Doc, np: tuple[int, int, str | None]) -> bool:
        """A phrase that can do things: it holds a name or ends in a noun for an
        organisation, an institution or a person in a role ("der Konzern", "die
        Staatsanwaltschaft Kiel", "die Ministerin")."""
        words = doc[np[0]:np[1]]
        if any(t.pos_ == "PROPN" or t.ent_type_ in ("PER", "ORG") for t in words):
            return True
        lex = load_lexicon(doc.lang_)
        nouns = [t.lower_ for t in words if t.pos_ == "NOUN"]
        if not nouns:
            return False
        head = nouns[-1]
        return head in lex.anaphoric or any(head.endswith(w) for w in lex.institutions) \
            or head.endswith(self.VEHICLE_HEADS)  # "ein Tankschiff", "der Regionalzug"

    # vehicles act in accidents ("ist ein Tankschiff mit … zusammengestoßen")
    VEHICLE_HEADS = ("zug", "schiff", "auto", "wagen", "bus", "lkw", "flugzeug", "maschine",
                     "fahrzeug", "motorrad", "tanker", "frachter", "fähre", "straßenbahn")

    def _german_clause_subject(self, doc: Doc, tok: Token, clause: tuple[int, int],
                               pairs: list[tuple[str, int, int]], etype: str,
                               lex: EventLexicon) -> list[tuple[str, int, int]]:
        """A clause that opens with a noun phrase right before its finite verb has that phrase
        as its subject ("Der Aufsichtsrat berief Finanzvorständin Maike Schuh …", "Der
        Chiphersteller Infineon hat … mit dem Bau … begonnen"): it is the agent of a verb
        trigger and of the noun a light verb governs, whatever the nearer names say. Not for
        passives (their subject is the patient) nor types whose subject is the patient."""
        if any(r == "patient" and self._is_subject_span(
                doc, clause, s) for r, s, _ in pairs):
            return pairs
        if not tok.is_lower and any(r == "agent" and s > tok.idx for r, s, _ in pairs):
            return pairs  # the noun's own complement names the doer ("Aufmarsch der Armee")
        first_verb = next((t for t in doc[clause[0]:min(clause[1], tok.i + 1)]
                           if t.pos_ in ("AUX", "VERB") and t.is_lower), None)
        if first_verb is None or first_verb.i == clause[0]:
            return pairs
        if any(t.lower_ in self.PASSIVE_FINITE for t in doc[first_verb.i:clause[1]]) \
                and tok.is_lower:
            return pairs
        nps = [np for np in self._clause_noun_phrases(doc, clause)
               if np[0] == clause[0] and np[1] == first_verb.i and np[2] is None]
        if not nps:  # a subject with its attribute: "Die Bundesstelle für
            # Unfalluntersuchung hat …", "Der Vorstand des Konzerns hat …"
            head = [np for np in self._clause_noun_phrases(doc, clause)
                    if np[0] == clause[0] and np[2] is None]
            rest = doc[head[0][1]:first_verb.i] if head else None
            if head and rest is not None and 0 < len(rest) <= 6 \
                    and rest[0].lower_ in ("für", "des", "der", "von", "vom", "aus") \
                    and all(t.pos_ in self.NP_POS or t.pos_ == "ADP" for t in rest) \
                    and not (head[0][0] <= tok.i < first_verb.i):
                # ("Eine 81-jährige Frau aus Augsburg ist … gestorben": the origin is no
                # part of the participant)
                nps = [(head[0][0], head[0][1] if rest[0].lower_ == "aus" else first_verb.i,
                        None)]
        if not nps and not tok.is_lower and tok.i > first_verb.i \
                and doc[clause[0]].pos_ in ("ADP", "ADV") \
                and not any(t.lower_ in self.PASSIVE_FINITE for t in doc[clause[0]:clause[1]]):
            # "Nach dem Gipfel hat die Regierung Sanktionen verhängt": the subject stands
            # after the finite verb, before the noun the verb governs
            nps = [np for np in self._clause_noun_phrases(doc, (first_verb.i + 1, tok.i))
                   if np[2] is None][:1]
            if not nps or doc[nps[0][0]].lower_ in self.OBJECT_ARTICLES or any(
                    t.lower_ in self.NOMINATIVE_PRONOUNS for t in doc[first_verb.i + 1:tok.i]) \
                    or self._stance_between(doc, doc[clause[0]].idx, tok.idx, lex):
                return pairs  # "Am Montag kritisierte die Opposition die Sanktionen"
        if not nps or nps[0][0] <= tok.i < nps[0][1]:
            return pairs
        start = nps[0][0]
        while start < nps[0][1] - 1 and doc[start].pos_ == "DET":
            start += 1
        s, e = doc[start].idx, doc[nps[0][1] - 1].idx + len(doc[nps[0][1] - 1].text)
        rest = [(r, a, b) for r, a, b in pairs if r != "agent" and not (a < e and s < b)]
        return [("agent", s, e)] + rest

    @staticmethod
    def _is_subject_span(doc: Doc, clause: tuple[int, int], start: int) -> bool:
        return doc[clause[0]].idx <= start <= doc[clause[0]].idx + 2

    def _clause_noun_phrases(self, doc: Doc, clause: tuple[int, int]
                             ) -> list[tuple[int, int, str | None]]:
        """(start, end, preposition or None) of each noun phrase in the clause, leaving out
        dates ("am Samstag") and pronoun-only phrases."""
        dates = [(d["start"], d["end"]) for d in self._date_spans(doc)]
        adverbs = load_lexicon(doc.lang_).sentence_adverbs  # "Unterdessen" tagged PROPN
        out: list[tuple[int, int, str | None]] = []
        i = clause[0]
        while i < clause[1]:
            t = doc[i]
            if t.pos_ in self.NP_POS and not t.is_punct and t.lower_ not in adverbs:
                start = i
                while i < clause[1] and doc[i].pos_ in self.NP_POS and not doc[i].is_punct \
                        and not (i > start and doc[i].pos_ in ("DET", "NUM", "ADJ")
                                 and doc[i - 1].pos_ in ("NOUN", "PROPN")):
                    i += 1  # an article, number or adjective after a noun opens the next
                if not any(doc[k].pos_ in ("NOUN", "PROPN") for k in range(start, i)):
                    continue
                prev = doc[start - 1].lower_ if start > clause[0] else None
                prep = prev if start > clause[0] and doc[start - 1].pos_ == "ADP" else None
                s0, s1 = doc[start].idx, doc[i - 1].idx + len(doc[i - 1].text)
                if any(a < s1 and s0 < b for a, b in dates):
                    continue
                out.append((start, i, prep))
                continue
            i += 1
        return out

    @staticmethod
    def _date_spans(doc: Doc) -> list[dict[str, Any]]:
        dates = doc._.dates if Doc.has_extension("dates") else None
        return [d for d in dates or [] if isinstance(d, dict) and "start" in d and "end" in d]

    @staticmethod
    def _verb_subject(doc: Doc, tok: Token) -> Span | None:
        """Subject of a verb trigger by the quote component's speaker rules (one set of
        rules for "who did it" and "who said it"); None for noun triggers."""
        if not tok.is_lower or (tok.pos_ and tok.pos_ not in ("VERB", "AUX", "ADJ")):
            return None
        relative = EventExtractor._relative_object(doc, tok)
        if relative is not None:  # „Voltwerk, das Lunor im März übernommen hatte"
            return relative[0]
        subject = QuoteExtractor(doc.lang_).subject_of(doc, tok)
        if subject is None or subject[0].lower_ in ("es", "man", "it"):
            return None
        return subject

    RELATIVE_OBJECT_PRONOUNS = frozenset({"den", "das", "die"})

    @staticmethod
    def _relative_object(doc: Doc, tok: Token) -> tuple[Span, Span] | None:
        """German relative clause whose pronoun is the object: „der Zulieferer, den der
        Konzern 2019 gekauft hatte", „die Kette, die der Investor übernommen hat" (subject
        inside the clause, antecedent before the comma), or None. The pronoun is the object
        only where case shows it: „den", or a masculine nominative phrase after it."""
        if doc.lang_ != "de" or not tok.is_lower:
            return None
        k = tok.i - 1
        while k > 0 and doc[k].text != "," and tok.i - k < 12 and not doc[k].is_sent_start:
            k -= 1
        if doc[k].text != "," or k + 2 >= tok.i or k == 0:
            return None
        pron = doc[k + 1]
        if pron.lower_ not in EventExtractor.RELATIVE_OBJECT_PRONOUNS:
            return None
        nxt = doc[k + 2]
        if pron.lower_ == "den" and (nxt.pos_ == "PROPN" or nxt.ent_type_ in ("ORG", "PER")):
            end = k + 3  # „den Siemens 2019 übernommen hatte"
            while end < tok.i and doc[end].pos_ == "PROPN":
                end += 1
            subject = doc[k + 2:end]
        elif k + 3 < tok.i and doc[k + 3].pos_ in ("NOUN", "PROPN", "ADJ") and (
                pron.lower_ == "den" and nxt.lower_ in ("der", "die", "das", "ein", "eine")
                or nxt.lower_ == "der" and not any(
                    EventExtractor._feminine_singular(t) or "Plur" in t.morph.get("Number")
                    for t in doc[k + 3:tok.i] if t.pos_ == "NOUN")):
            # only a phrase that can be nothing but the subject: after „den", or with „der"
            # before a masculine noun („die der Konzern übernommen hat"; not „die der
            # Regierung … vorgeworfen hatte", a dative). „das Tesla beliefert" stays the
            # relative pronoun's doing: German reads the pronoun as the subject by default
            end = k + 3
            while end < tok.i and doc[end].pos_ in ("ADJ", "NOUN", "PROPN"):
                end += 1
            subject = doc[k + 3:end]
        else:
            return None
        antecedent = EventExtractor._antecedent(doc, pron)
        if antecedent is None:
            return None
        return subject, doc[antecedent[0].i:antecedent[1].i + 1]

    def _controller(self, doc: Doc, tok: Token) -> Span | None:
        """The agent of a to-infinitive verb trigger without a subject of its own: the
        subject of the verb it complements ("die Amerikaner bereiten sich darauf vor, … zu
        wählen", "the workers voted to strike"), or its object after verbs that hand the
        action to the object ("forderte die Regierung auf, … zu handeln")."""
        if tok.dep_ == "pcomp" and tok.head.lower_ in ("of", "for") and tok.is_lower \
                and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
            # "accused Tajik forces of shelling a border post", "blamed Russia for attacking
            # …" (the phrase hung on the verb or on its object): the accused did it
            host = tok.head.head
            accused = host if host.dep_ in ("dobj", "obj") else next(
                (c for c in host.children if c.dep_ in ("dobj", "obj")), None)
            verb = accused.head if accused is not None else None
            if accused is not None and accused.pos_ != "PRON" and verb is not None \
                    and verb.lemma_.lower() in ACCUSING:
                return doc[accused.left_edge.i:accused.i + 1]
        purpose = tok.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to"
                                              for c in tok.children)
        if (tok.dep_ != "xcomp" and not purpose) or not tok.is_lower:
            return None  # "exercised its options to purchase …": a purpose clause too
        verb = tok.head
        deps = {c.dep_: c for c in verb.children}
        lemma = verb.lemma_.lower()
        if (particle := deps.get("compound:prt")) is not None and doc.lang_ == "de":
            lemma = particle.lower_ + lemma  # "forderte … auf" is auffordern
        elif doc.lang_ == "de":  # a particle the parser took for a preposition: "warf X vor,"
            particle = next((t for t in doc[verb.i + 1:tok.i] if t.lower_ in ("vor", "auf")
                             and t.i + 1 < len(doc) and doc[t.i + 1].text == ","), None)
            if particle is not None:
                lemma = particle.lower_ + lemma
        if lemma in NO_CONTROL:
            return None
        controller = deps.get("obj") or deps.get("dobj") \
            if lemma in OBJECT_CONTROL and not purpose else None
        controller = controller or self._named_subject(verb) or deps.get("nsubjpass") \
            or deps.get("nsubj:pass")  # "Parliament is expected to ratify …"
        if controller is None and doc.lang_ == "en":
            controller = self._subject_climbing(verb)  # "Parliament is due to vote …"
        if controller is not None and controller.pos_ == "PRON":
            # "Ryanair announced that it is exercising its options … to purchase"; else the
            # pronoun itself, resolved per article ("It also plans to acquire …")
            pronoun = controller
            controller = self._reporter_of(pronoun)
            if controller is None and pronoun.lower_ in self.PRONOUNS:
                return doc[pronoun.i:pronoun.i + 1]
        if controller is None:
            return None
        left = min((c.left_edge.i for c in controller.lefts
                    if c.dep_ not in ("det", "case", "punct")), default=controller.i)
        return doc[left:controller.i + 1]

    def _actors_parsed(self, tok: Token, etype: str, lex: EventLexicon
                       ) -> list[tuple[str, int, int]]:
        out: list[tuple[str, int, int]] = []
        gov = self._governor(tok)
        if tok.dep_ in ("xcomp", "advcl", "pcomp") \
                and not any(c.dep_ == "nsubj" for c in tok.children):
            controller = self._controller(tok.doc, tok)
            if controller is not None:  # "X is expected to be appointed": X undergoes it
                passive = any(c.dep_ == "auxpass" for c in tok.children)
                out.append(("patient" if passive else "agent", controller.start_char,
                            controller.end_char))
        elif tok.dep_ == "acl" and any(c.lower_ == "to" for c in tok.children) \
                and tok.head.dep_ == "dobj" and not any(c.dep_ == "nsubj" for c in tok.children):
            # "signed a contract to purchase …", "announced plans to cut …": the one who
            # makes the plan or deal does it
            subject = self._subject_climbing(tok.head.head)
            if subject is not None and subject.pos_ == "PRON":
                subject = self._reporter_of(subject)
            if subject is not None and tok.head.head.lemma_.lower() not in lex.judging:
                span = self._phrase(subject)
                out.append(("agent", span[0], span[1]))

        def add(role: str, t: Token) -> None:
            if t.ent_type_ in ("DATE", "TIME") and t.lower_ != "old":
                return  # "crippled by a cyberattack on Tuesday": a date is no participant
                # (but "The 61-year-old denied …" is a person the tagger took for a date)
            if t.pos_ == "NOUN":  # "Scotland's health secretary, Morag Baillie, resigned"
                t = self._apposed_name(t, commas=role == "patient")
            if t.pos_ == "PRON":
                if t.lower_ in ("who", "which", "that") and tok.dep_ == "relcl" \
                        and tok.head.i != tok.i:
                    t = tok.head  # "Ilie Marin, who resigned in June"
                    if t.dep_ == "appos" and t.head.pos_ == "PROPN":
                        t = t.head  # "GM, an American automaker which has filed …"
                else:
                    reporter = self._reporter_of(t)
                    if reporter is not None:  # "Summit Ridge said it plans no job cuts"
                        if t.lower_ == "they":  # "Aer Lingus and Ryanair said they would"
                            for c in reporter.conjuncts:
                                span = self._phrase(c)
                                out.append((role, span[0], span[1]))
                        t = reporter
                    elif t.lower_ in self.PRONOUNS:
                        out.append((role, t.idx, t.idx + len(t.text)))  # resolved per article
                        return
                    else:
                        return
            t, whole = self._group_of(t, lex)
            if role == "patient" and whole is None:
                t = self._owner_named(t)
            if t.lower_ in lex.place_class:  # "the Ukrainian city of Dnipro": Dnipro
                t = next((g for c in t.children if c.dep_ == "prep" and c.lower_ == "of"
                          for g in c.children if g.dep_ == "pobj" and g.pos_ == "PROPN"), t)
            span = whole or self._phrase(t)
            out.append((role, span[0], span[1]))

        if tok.i == gov.i and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
            if tok.dep_ in ("conj", "advcl") and tok.head.pos_ in ("VERB", "AUX") \
                    and (tok.dep_ == "conj" or tok.tag_ == "VBG"):
                # "it closed 35 stores and cut 600 jobs", "is suing X, accusing the firm of …"
                shared = self._subject_climbing(tok.head)
                if shared is not None and shared.dep_ == "nsubj":
                    add("agent", shared)
            elif tok.dep_ == "pcomp":
                shared = self._gerund_subject(tok)
                if shared is not None:  # "cut 300 jobs after acquiring its rival"
                    add("agent", shared)
            elif tok.dep_ == "acl" and tok.head.pos_ in ("NOUN", "PROPN") \
                    and tok.tag_ in ("VBD", "VBG", "VBN"):
                # a reduced relative: "a man arrested on Monday" (patient); "A lorry
                # overturned on the M6", parsed as one, has its vehicle as the agent
                passive = tok.tag_ == "VBN" and not etype.startswith(lex.undergoer_agent)
                add("patient" if passive else "agent", tok.head)
        if tok.i == gov.i:
            for c in tok.children:
                if c.dep_ in ("nsubj",):
                    add("agent", c)
                elif c.dep_ in ("nsubjpass", "dobj"):
                    add("patient", c)
                elif c.dep_ == "agent":
                    for g in c.children:
                        if g.dep_ == "pobj":
                            add("agent", g)
        else:
            for c in tok.children:
                if c.ent_type_ in ("DATE", "TIME"):
                    continue  # "Sunday's election": a date is no participant
                if c.dep_ == "compound" and c.pos_ == "PROPN" \
                        and c.text not in lex.actor_prefixes \
                        and c.ent_type_ not in ("ORG", "PERSON", "NORP") \
                        and (place_country(c.text, lex.lang) is not None
                             or c.ent_type_ in ("GPE", "LOC", "FAC")):
                    continue  # "the Belgorod attack", "the Gao attack": where, not who
                if c.dep_ == "poss" or (c.dep_ == "compound" and c.pos_ == "PROPN"):
                    # "Dunmore's acquisition by its larger rival": with a by-phrase the
                    # possessor undergoes the event
                    by = any(p.dep_ == "prep" and p.lower_ == "by" for p in tok.children)
                    undergoes = by and c.dep_ == "poss" or etype in lex.possessor_is_patient
                    add("patient" if undergoes else "agent", c)
                elif c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in lex.by_doers:
                    # "talks mediated by Turkey", "attacks carried out by the militia"
                    for g in self._by_phrase(c):
                        add("agent", g)
                elif c.dep_ == "prep" and c.lower_ in ("of", "against", "on", "by"):
                    doer = c.lower_ == "by" or (c.lower_ == "of" and etype in lex.complement_agent)
                    for g in c.children:
                        if g.dep_ != "pobj" or g.ent_type_ in self.AMOUNTS or g.like_num:
                            continue  # "tariffs of up to 35 percent": an amount, no party
                        if doer and c.lower_ == "of" and g.pos_ == "NOUN" and not g.ent_type_ \
                                and not self._group_noun(g, lex):
                            continue  # "the escalation of the conflict": no doer named
                        add("agent" if doer else "patient", g)
            if tok.dep_ == "dobj" and tok.head.i == gov.i and not any(
                    r == "patient" for r, _, _ in out):
                # "imposed sanctions on Tuesday on three companies", "launched an attack on
                # Kyiv": the target phrase hangs on the verb
                for c in gov.children:
                    if c.dep_ == "prep" and c.lower_ in ("on", "against") and c.i > tok.i:
                        for g in c.children:
                            if g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME"):
                                add("patient", g)
            if tok.dep_ == "nsubjpass" and tok.head.i == gov.i and not any(
                    r == "agent" for r, _, _ in out):
                # "Tariffs … were imposed by the European Commission": the by-phrase of the
                # verb whose passive subject the trigger is names its doer
                for g in self._by_phrase(gov):
                    add("agent", g)
            if tok.dep_ == "pobj" and tok.head.dep_ == "agent":
                # "systems were crippled by a cyberattack": the passive's subject was hit
                host = gov if gov.dep_ not in ("acomp", "xcomp") else gov.head
                hit = next((c for c in host.children if c.dep_ in ("nsubjpass", "nsubj")), None)
                if hit is not None and not any(r == "patient" for r, _, _ in out):
                    add("patient", hit)
            elif tok.dep_ in ("dobj", "pobj", "attr") and not any(
                    r == "agent" for r, _, _ in out) and gov.lemma_.lower() not in lex.judging \
                    and not (tok.dep_ == "pobj" and tok.head.lower_ in self.TIME_PREPOSITIONS) \
                    and not (tok.dep_ == "pobj" and tok.head.lower_ in self.SCENE_PREPOSITIONS
                             and etype.startswith(self.SCENE_TYPES)) \
                    and not (tok.dep_ == "pobj" and self._inquiry_complement(tok, lex)) \
                    and not self._under_adjective(tok, gov):
                # (not "opened an investigation into the outage": the investigator)
                # (not "a fire broke out after a drone strike": the fire did not strike)
                subject = self._subject_climbing(gov) or self._gerund_subject(gov)
                undergoes = tok.dep_ == "dobj" and gov.lemma_.lower() in lex.undergoing
                if subject is not None:  # "Washington raised tariffs", "is due to hold a
                    # press conference"; not "will review the deal"; "suffered an attack"
                    add("patient" if undergoes else "agent", subject)
        if tok.i == gov.i and not any(r == "patient" for r, _, _ in out):
            questioned = self._clause_subject_of(tok, etype)
            if questioned is not None:  # "is investigating whether six chains broke …",
                add("patient", questioned)  # "ruled that Lumora had abused its dominance"
        if tok.i != gov.i and not any(r == "patient" for r, _, _ in out):
            undergoer = self._undergoer(tok, gov, etype, lex)
            if undergoer is not None:
                add("patient", undergoer)  # the subject was no doer: "X will go on trial"
                tried = out[-1]
                out = [p for p in out if p[0] != "agent" or p[1:] != tried[1:]]
        if etype in lex.bei_patient:
            out += self._strike_parties(tok, out, lex)
        if etype == "politics.statement":
            out = [p for p in out if p[0] != "patient" or self._named_party(tok.doc, p, lex)]
        return out

    def _named_party(self, doc: Doc, pair: tuple[str, int, int], lex: EventLexicon) -> bool:
        """A statement's patient is a party it is aimed at ("criticised the RMT"), not what is
        said or declared ("declared a state of emergency", "welcomed the decision")."""
        span = doc.char_span(pair[1], pair[2], alignment_mode="expand")
        if span is None:
            return True
        head = span.root
        return head.pos_ in ("PROPN", "PRON") or bool(head.ent_type_) \
            or head.lemma_.lower() in lex.anaphoric or self._group_noun(head, lex)

    # entity labels of amounts, which are never participants
    AMOUNTS = frozenset({"PERCENT", "MONEY", "QUANTITY", "CARDINAL"})

    @staticmethod
    def _strike_parties(tok: Token, found: list[tuple[str, int, int]], lex: EventLexicon
                        ) -> list[tuple[str, int, int]]:
        """"London Underground drivers will walk out …, the RMT union said": the name before
        the striking workers is their employer (the patient), and a union named in the
        sentence leads the strike (a second agent beside the workers)."""
        sent = tok.sent
        out: list[tuple[str, int, int]] = []
        for role, _, e in found:
            if role != "agent":
                continue
            head = next((t for t in sent if t.idx < e <= t.idx + len(t.text)), None)
            if head is None or head.pos_ != "NOUN" or any(r == "patient" for r, _, _ in found):
                continue
            names = [c for c in head.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
            if not any(c.ent_type_ not in ("GPE", "NORP", "LOC") for c in names):
                # "workers at Brightwater Foods"
                names = [g for c in head.children if c.dep_ == "prep" and c.lower_ == "at"
                         for g in c.children if g.dep_ == "pobj" and g.pos_ == "PROPN"
                         and g.ent_type_ not in ("GPE", "NORP", "LOC")]
            if names and " ".join(c.text for c in names).lower() not in lex.unions:
                first = min(c.left_edge.i for c in names)
                last = max(c.i for c in names)
                span = sent.doc[first:last + 1]
                if place_country(span.text, lex.lang) is None:  # "Dockworkers at Le Havre":
                    out.append(("patient", span.start_char, span.end_char))  # a place
        if not out and not any(r == "patient" for r, _, _ in found):
            # "threatened to strike at Dunmore's depots", "a strike at Brightwater Foods"
            for c in tok.children:
                if c.dep_ != "prep" or c.lower_ not in ("at", "against"):
                    continue
                for g in c.children:
                    if g.dep_ != "pobj":
                        continue
                    owner = next((p for p in g.children if p.dep_ == "poss"
                                  and p.pos_ == "PROPN"), None)
                    if owner is None and g.pos_ == "PROPN" \
                            and g.ent_type_ not in ("GPE", "LOC", "FAC", "NORP"):
                        owner = g
                    if owner is not None:
                        span = sent.doc[owner.left_edge.i:owner.i + 1]
                        if place_country(span.text, lex.lang) is None:
                            out.append(("patient", span.start_char, span.end_char))
        if any(tok.doc.text[s:e].lower() in lex.unions for r, s, e in found if r == "agent"):
            return out
        for t in sent:
            if t.pos_ == "PROPN" and t.i != tok.i and (
                    t.lower_ in lex.unions or t.dep_ == "compound" and t.head.lower_ == "union"):
                if not any(r == "agent" and s <= t.idx < e for r, s, e in found):
                    out.append(("agent", t.idx, t.idx + len(t.text)))  # "the RMT union said"
                break
        return out

    @staticmethod
    def _inquiry_complement(tok: Token, lex: EventLexicon) -> bool:
        """The trigger is what an inquiry looks into: "an investigation into the outage",
        also when the parser hangs the preposition on the verb ("opened an investigation |
        into the outage")."""
        host = tok.head.head
        if host.lemma_.lower() in lex.inquiry_nouns:
            return True
        return host.pos_ in ("VERB", "AUX") and any(
            c.dep_ == "dobj" and c.i < tok.head.i and c.lemma_.lower() in lex.inquiry_nouns
            for c in host.children)

    PLACE_LABELS = ("GPE", "LOC", "FAC", "DATE", "TIME")
    # "police shot two protesters at a demonstration": who acts at the scene of a protest,
    # strike, attack or accident is not its doer (but "spoke at the summit" takes part)
    SCENE_PREPOSITIONS = frozenset({"at", "near", "outside", "after"})
    SCENE_TYPES = ("politics.protest", "labor.strike", "conflict.attack", "disaster.",
                   "transport.accident")

    @staticmethod
    def _clause_subject_of(verb: Token, etype: str) -> Token | None:
        """The subject of the clause an inquiry or a ruling is about: "investigating whether
        X broke …" (any subject), "ruled that X had abused …" (a name only: "ruled that the
        law was void" is about no party)."""
        if etype == "politics.investigation":
            marks = ("whether", "if")
        elif etype == "justice.verdict":
            marks = ("that",)
        else:
            return None
        for clause in verb.children:
            if clause.dep_ != "ccomp" or not any(
                    c.dep_ == "mark" and c.lower_ in marks for c in clause.children):
                continue
            subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")),
                           None)
            if subject is not None and (etype == "politics.investigation"
                                        or subject.pos_ == "PROPN"):
                return subject
        return None

    def _undergoer(self, tok: Token, gov: Token, etype: str, lex: EventLexicon
                   ) -> Token | None:
        """One acted on that the verb around a noun trigger names: the subject of "will go on
        trial" / "was convicted after a trial", and the subject of the "whether" clause of
        "opened an investigation into whether X had …"."""
        if gov.pos_ not in ("VERB", "AUX"):
            return None
        verb = tok.head.head if tok.dep_ == "pobj" else gov  # "will go on trial"
        lemma = verb.lemma_.lower()
        if etype == "justice.trial" and (
                tok.dep_ == "dobj" and lemma in ("stand", "face", "await", "avoid")
                or tok.dep_ == "pobj" and verb.pos_ in ("VERB", "AUX") and (
                    lemma in ("go", "stand", "be", "remain")
                    and tok.head.lower_ == "on"
                    or any(c.dep_ == "nsubjpass" for c in verb.children)
                    and lemma in lex.verdict_verbs)):
            while verb.dep_ == "conj" and verb.head.i != verb.i and not any(
                    c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
                verb = verb.head  # "has pleaded not guilty and will go on trial"
            subject = self._subject_climbing(verb) or next(
                (c for c in verb.children if c.dep_ == "nsubjpass"), None)
            return subject if subject is not None and subject.pos_ != "PRON" \
                or subject is not None and subject.lower_ in self.PRONOUNS else None
        if etype == "politics.investigation":
            for host in (tok, gov) if tok.dep_ == "dobj" else (tok,):
                for p in host.children:
                    if p.dep_ != "prep" or p.lower_ != "into":
                        continue
                    for clause in p.children:
                        if clause.dep_ in ("pcomp", "pobj") and any(
                                c.dep_ == "mark" and c.lower_ in ("whether", "if")
                                for c in clause.children):
                            return next((c for c in clause.children
                                         if c.dep_ in ("nsubj", "nsubjpass")), None)
        return None

    @classmethod
    def _apposed_name(cls, t: Token, commas: bool = True) -> Token:
        """"the insurer Castellan", "Scotland's health secretary, Morag Baillie": a common
        noun with a name in apposition means that name. With ``commas`` (one acted on) also a
        name set off by commas that the parser hung as a conjunct (no "and" before it) or as
        a modifier of the verb: "sued its former auditor, Harlow & Finch,", "unveiled a new
        truck, the K-Series E,"."""
        appos = next((c for c in t.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
        if appos is None and t.lower_ in ("union", "unions"):  # "the SDH dockers' union"
            appos = next((c for c in t.subtree if c.i < t.i and c.pos_ == "PROPN"
                          and c.ent_type_ == "ORG" and c.dep_ == "compound"), None)
        if appos is not None or not commas:  # "the insurer Castellan"
            return appos or t
        doc = t.doc
        end = t.i + 1  # the comma right after the noun's own words
        while end < len(doc) and doc[end].text != "," and t.is_ancestor(doc[end]):
            end += 1
        if end + 1 >= len(doc) or doc[end].text != ",":
            return t
        hosts = [t.head]  # up to the clause's verb: "imposed sanctions on X, NAME,"
        while hosts[-1].pos_ not in ("VERB", "AUX") and hosts[-1].head.i != hosts[-1].i \
                and len(hosts) < 4:
            hosts.append(hosts[-1].head)
        for c in list(t.children) + [c for h in hosts for c in h.children]:
            if c.pos_ != "PROPN" or c.ent_type_ in cls.PLACE_LABELS or c.i <= end \
                    or c.left_edge.i != end + 1 or doc[c.left_edge.i].lower_ in ("and", "or"):
                continue
            if c.dep_ == "appos" and c.head.i == t.i or (
                    c.dep_ == "conj" and c.head.i == t.i
                    and not any(k.dep_ == "cc" and k.i < c.i for k in t.children)) or (
                    c.dep_ in ("npadvmod", "appos") and c.head in hosts and c.head.i != t.i):
                after = c.i + 1  # the name ends with a comma or the sentence
                while after < len(doc) and c.is_ancestor(doc[after]) \
                        and doc[after].dep_ in ("nummod", "compound", "cc", "conj", "punct") \
                        and doc[after].text != ",":
                    after += 1
                if after >= len(doc) or doc[after].text in (",", ".", ";") \
                        or doc[after].is_space:
                    return c
        return t

    @staticmethod
    def _owner_named(t: Token) -> Token:
        """"The computer systems of Leeds City Council were crippled": what is hit is the
        named owner of the thing, not a person's role ("the chief executive of X was
        arrested" stays the chief executive)."""
        if t.pos_ != "NOUN" or t.ent_type_ or t.doc.lang_ != "en":
            return t
        roles = lexicon.load("en").speaker_nouns
        if t.lemma_.lower() in roles or t.lower_ in roles:
            return t
        for c in t.children:
            if c.dep_ != "prep" or c.lower_ != "of":
                continue
            for g in c.children:
                if g.dep_ != "pobj":
                    continue
                if g.pos_ == "NOUN":  # "the offices of the news site Dennik Plus"
                    g = next((a for a in g.children if a.dep_ == "appos"
                              and a.pos_ == "PROPN"), g)
                if g.pos_ == "PROPN" and g.ent_type_ not in ("DATE", "TIME"):
                    return g
        return t

    @staticmethod
    def _by_phrase(verb: Token) -> list[Token]:
        """The objects of a passive verb's by-phrase ("imposed by the Commission")."""
        return [g for c in verb.children if c.dep_ == "agent"
                for g in c.children if g.dep_ == "pobj"]

    @staticmethod
    def _under_adjective(tok: Token, gov: Token) -> bool:
        """"sanctions on commanders responsible for the offensive": an adjective's complement
        belongs to the noun the adjective describes, so the clause's subject is not its doer."""
        cur = tok.head
        while cur.i != gov.i and cur.head.i != cur.i:
            if cur.pos_ == "ADJ":
                return True
            cur = cur.head
        return False

    # prepositions that set a noun trigger beside the clause's event, not inside it
    TIME_PREPOSITIONS = frozenset({"after", "before", "during", "since", "amid", "despite",
                                   "following", "until", "ahead"})

    @classmethod
    def _subject_climbing(cls, verb: Token) -> Token | None:
        """The verb's subject, or for a subjectless complement ("Trump is due to hold …",
        "is set to hold …") the subject of the word it complements."""
        cur = verb
        for _ in range(4):
            # above the verb, a raising passive's subject too: "is set to hold …"
            deps = ("nsubj",) if cur is verb else ("nsubj", "nsubjpass")
            subjects = [c for c in cur.children if c.dep_ in deps]
            if subjects:  # of two (a misparse), the name: "opposition Social Democrats won"
                return next((c for c in subjects if c.pos_ == "PROPN"), subjects[0])
            if cur.dep_ not in ("xcomp", "acomp") or cur.head.i == cur.i:
                return None
            if cur.dep_ == "xcomp":
                head = cur.head
                lemma = cls._particle_lemma(head)
                if lemma in NO_CONTROL:
                    return None  # "warned against imposing sanctions"
                obj = next((c for c in head.children if c.dep_ in ("dobj", "obj")), None)
                if lemma in OBJECT_CONTROL and obj is not None:
                    return obj  # "urged allies to impose sanctions": the allies would
            cur = cur.head
        return None

    HARM_TYPES = ("conflict.attack", "disaster.", "transport.accident")
    HARM_VERBS = frozenset({"kill", "injure", "wound", "hurt"})
    HARM_STATES = frozenset({"dead", "injured", "wounded", "hurt", "homeless", "stranded",
                             "missing"})

    @classmethod
    def _harmed_by(cls, tok: Token) -> Token | None:
        """Who a harmful event hit, named in a relative clause on it (or on the place phrase
        the parser hung the clause on): "a knife attack at the station that left three people
        injured", "an explosion which killed two workers"."""
        for t in tok.subtree:
            if t.dep_ != "relcl" or t.i < tok.i or t.head.i - tok.i > 6:
                continue
            lemma = t.lemma_.lower()
            obj = next((c for c in t.children if c.dep_ == "dobj"), None)
            if obj is None:
                continue
            after = obj.right_edge.i + 1  # the state word, wherever the parse hung it
            if lemma in cls.HARM_VERBS or lemma == "leave" and after < len(tok.doc) \
                    and tok.doc[after].lower_ in cls.HARM_STATES:
                return obj
        return None

    GERUND_PREPOSITIONS = frozenset({"after", "before", "despite", "by", "since", "while",
                                     "without", "upon"})

    def _gerund_subject(self, verb: Token) -> Token | None:
        """"Hradil resigned after losing a confidence vote": a gerund after a preposition of
        the clause has the clause's subject as its own."""
        if verb.dep_ != "pcomp" or verb.tag_ != "VBG" or verb.head.dep_ != "prep" \
                or verb.head.lower_ not in self.GERUND_PREPOSITIONS \
                or verb.head.head.pos_ not in ("VERB", "AUX"):
            return None
        subject = self._subject_climbing(verb.head.head)
        return subject if subject is not None and subject.pos_ != "PRON" else None

    @staticmethod
    def _named_subject(verb: Token) -> Token | None:
        """The verb's subject; of two (a misparse: "The carmaker Stellaris asked"), the
        proper noun."""
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        subject = next((c for c in subjects if c.pos_ == "PROPN"),
                       subjects[0] if subjects else None)
        if subject is not None and subject.pos_ != "PROPN":
            # "Irish low cost airline, Ryanair, announced": the name in apposition
            subject = next((c for c in subject.children if c.dep_ == "appos"
                            and c.pos_ == "PROPN"), subject)
        return subject

    def _reporter_of(self, pronoun: Token) -> Token | None:
        """"Martin said he would visit Galway": the subject pronoun of a clause reported by a
        verb of saying is that verb's named subject (he/she not a place, it not a person by
        its entity label); None when the pronoun is anything else."""
        if pronoun.dep_ != "nsubj" or pronoun.lower_ not in ("he", "she", "it", "they", "er",
                                                              "sie"):
            return None
        clause = pronoun.head
        while clause.dep_ == "conj" and clause.head.i != clause.i:
            clause = clause.head
        if clause.dep_ != "ccomp" or clause.head.i == clause.i:
            return None
        verb = clause.head
        cues = lexicon.load(pronoun.doc.lang_)
        if not cues.lemmas_for(verb.text, verb.lemma_):
            return None
        subject = self._named_subject(verb)
        if subject is None and verb.dep_ in ("advcl", "xcomp", "conj") and verb.head.i != verb.i:
            # "Chrysler asked for aid, saying that it plans to …": the participle's subject
            subject = self._named_subject(verb.head)
        if subject is None or subject.pos_ == "PRON":
            return None
        if subject.pos_ != "PROPN" and not subject.ent_type_:
            return None  # "His family said he died": not a name to stand for
        label = next((kind for s, e, _, kind in self._spans
                      if s <= subject.idx < e), subject.ent_type_)
        if pronoun.lower_ == "it" and label in ("PERSON", "PER"):
            return None
        if pronoun.lower_ != "it" and label in ("GPE", "LOC", "NORP", "FAC"):
            return None
        if pronoun.lower_ == "they" and not any(c.dep_ == "conj" for c in subject.children):
            return None  # "they" stands for coordinated names: "Aer Lingus and Ryanair said"
        return subject

    @staticmethod
    def _group_of(t: Token, lex: EventLexicon) -> tuple[Token, tuple[int, int] | None]:
        """A partitive or member subject stands for its group: "Seven of the nine members of
        the committee" → the committee; a quantity is its whole phrase ("Tens of thousands
        of people"), whose head the parser may put on any of its nouns."""
        if t.lower_ in lex.member_nouns and t.tag_ == "NNS":
            # "the EU's foreign ministers agreed": the members stand for their group
            group = next((c for c in t.children if c.dep_ == "poss" and c.pos_ == "PROPN"
                          and c.ent_type_ in ("ORG", "GPE", "NORP")), None)
            if group is not None:
                return group, None
        for _ in range(4):
            of = next((c for c in t.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            pobj = next((g for g in of.children if g.dep_ == "pobj"), None) if of else None
            if pobj is None:
                return t, None
            if t.lower_ in lex.quantity_nouns or any(
                    c.lower_ in lex.quantity_nouns for c in t.lefts):
                left = min([t.left_edge.i] + [c.left_edge.i for c in t.lefts])
                end = pobj  # to the last noun of the "of" chain, not its modifiers:
                for _ in range(4):  # "dozens of flights from Heathrow" is the flights
                    link = next((c for c in end.children if c.dep_ == "prep"
                                 and c.lower_ == "of"), None)
                    nxt = next((g for g in link.children if g.dep_ == "pobj"), None) \
                        if link is not None else None
                    if nxt is None:
                        break
                    end = nxt
                return t, (t.doc[left].idx, end.idx + len(end.text))
            if t.pos_ == "NUM" or t.lower_ in lex.member_nouns:
                t = pobj
                continue
            return t, None
        return t, None

    @staticmethod
    def _phrase(t: Token) -> tuple[int, int]:
        """A participant's words: compounds and adjectives before it, no articles."""
        left = t
        for c in t.lefts:
            if c.dep_ in ("compound", "amod", "nmod", "nummod") and c.left_edge.i < left.i:
                left = c.left_edge
        doc, k = t.doc, left.i
        while k >= 2 and doc[k - 1].text == "-" and not doc[k - 1].whitespace_ \
                and not doc[k - 2].whitespace_:
            k -= 2  # one hyphenated word: "the 34-year-old", not "old"
        start = doc[k].idx
        right = t  # a product's number: "the Velo Fold 2", "Model 3"
        if t.pos_ == "PROPN" and t.i + 1 < len(t.doc) and t.doc[t.i + 1].dep_ == "nummod" \
                and t.doc[t.i + 1].head.i == t.i:
            right = t.doc[t.i + 1]
        return start, right.idx + len(right.text)

    def _actors_surface(self, doc: Doc, sent: _Sent, tok: Token, lex: EventLexicon,
                        entity_spans: list[tuple[int, int, dict[str, Any], str]],
                        clause: tuple[int, int], etype: str = "") -> list[tuple[str, int, int]]:
        w0, w1 = self._window(sent, tok)
        wide = self._participants(doc, doc[w0:w1], lex, entity_spans)
        is_verb = not tok.text[:1].isupper()
        if not is_verb and lex.lang == "de":
            complement = self._noun_complement(doc, tok, etype, lex, wide, clause)
            if complement is not None:
                role, s, e = complement
                rest = self._actors_surface_rest(doc, sent, tok, wide, clause, is_verb,
                                                 exclude=(s, e))
                if role == "agent" and doc[tok.i + 1].lower_ == "mit":
                    return [p for p in rest if p[0] == "agent"] + [complement] + [
                        p for p in rest if p[0] != "agent"]  # both parties act
                employer = self._chained_employer(doc, e, etype, lex, wide, clause) \
                    if role == "agent" else None
                if employer is not None:  # "Streik der Lokführer bei der Güterbahn X"
                    return [complement, employer]
                if role == "agent":
                    return [complement] + [p for p in rest if p[0] != "agent"]
                doer = self._durch_phrase(doc, e, clause, wide)
                if doer is not None:  # "Übernahme der Kette Tengelmann durch Edeka"
                    return [("agent", *doer), complement]
                return [p for p in rest if p[0] == "agent"] + [complement]
        return self._actors_surface_rest(doc, sent, tok, wide, clause, is_verb)

    # a noun trigger's complement: its case or preposition, and the tokens that may stand
    # between it and the participant's name ("des Softwareanbieters Altair")
    GENITIVE_ARTICLES = frozenset({"des", "der", "eines", "einer", "zweier", "dreier",
                                   "beider", "mehrerer"})  # "Zusammenstoß zweier Güterzüge"
    COMPLEMENT_PREPOSITIONS = frozenset({"von", "vom", "durch", "bei", "beim", "gegen", "auf"})

    def _noun_complement(self, doc: Doc, tok: Token, etype: str, lex: EventLexicon,
                         wide: list[tuple[int, int]], clause: tuple[int, int]
                         ) -> tuple[str, int, int] | None:
        """German: the participant a noun trigger governs right after it, with the role its
        case or preposition gives for the trigger's type: a genitive or "von" is the doer of
        a strike or a visit and the one acted on in a takeover or an arrest ("Übernahme des
        Softwareanbieters Altair", "Streik der GDL"); "durch" is the doer; "bei" the employer
        of a strike and the company of a job cut; "gegen"/"auf" the target."""
        j = tok.i + 1
        if j >= min(len(doc), clause[1]):
            return None
        if [t.lower_ for t in doc[j:j + 3]] == ["über", "das", "vermögen"]:
            j += 3  # "Insolvenzverfahren über das Vermögen der Hapero GmbH"
            if j >= min(len(doc), clause[1]):
                return None
        word = doc[j].lower_
        if j + 2 < min(len(doc), clause[1]) and doc[j + 1].text == "#" \
                and doc[j + 2].text[:1].isupper():
            j += 1  # "Insolvenzantrag von #GermanPellets": a hashtag is the name
        if word in self.GENITIVE_ARTICLES or word in ("von", "vom"):
            role = "agent" if etype in lex.complement_agent else "patient"
        elif word == "durch":
            role = "agent"
        elif word in ("bei", "beim"):
            role = "patient" if etype in lex.bei_patient else "agent"
        elif word in ("gegen", "auf"):
            role = "patient"
        elif word in ("über", "für") and etype in lex.ueber_agent:
            role = "agent"  # "Insolvenzverfahren über die Maple Bank GmbH", "… für German Pellets"
        elif word == "mit" and etype in lex.symmetric:
            role = "agent"  # "Verhandlungen mit Handelsminister Lutnick": the other party
        else:
            return None
        # the complement's own phrase: articles, adjectives and nouns, up to the first word
        # that starts something else ("des Kanzlers in Kiew": Kiew is not the complement)
        end = j + 1
        while end < min(clause[1], j + 7) and not doc[end].is_punct \
                and doc[end].lower_ not in self.COMPLEMENT_PREPOSITIONS \
                and doc[end].pos_ not in ("ADP", "VERB", "AUX", "SCONJ", "CCONJ", "ADV") \
                and doc[end].lower_ not in ("in", "im", "am", "an", "mit", "für", "und", "nach"):
            end += 1
        if end == j + 1:
            return None
        named = self._apposed_name_de(doc, end, (clause[0], tok.sent.end))
        if named is not None:  # „gegen den Betriebsleiter der Grube, Tomasz Wilk, und …"
            return role, named[0], named[1]
        start, limit = doc[j + 1].idx, doc[end - 1].idx + len(doc[end - 1].text)
        for s, e in wide:
            if start <= s and e <= limit:
                return role, s, e
        # a name the tagger did not take as an entity ("bei Gigaset", "des Papstes Franziskus")
        names = [t for t in doc[j + 1:end] if t.pos_ == "PROPN" or (
            not t.pos_ and t.text[:1].isupper() and t.i > j + 1)]
        if names:
            first = names[0].i
            last = first
            while last + 1 < end and doc[last + 1].pos_ == "PROPN":
                last += 1
            return role, doc[first].idx, doc[last].idx + len(doc[last].text)
        nouns = [t for t in doc[j + 1:end] if t.pos_ == "NOUN"]
        if nouns and "-" in nouns[-1].text and nouns[-1].text[:2].isupper():
            # a name the tagger took for a noun: "der RSF-Miliz", "der IS-Terroristen"
            return role, nouns[-1].idx, nouns[-1].idx + len(nouns[-1].text)
        dates = [(int(d["start"]), int(d["end"])) for d in self._date_spans(doc)]
        anaphor = bool(nouns) and (nouns[-1].lower_ in lex.anaphoric  # "der Ministerin"
                                   or nouns[-1].lower_.endswith(lex.institutions))
        # ("Vorwürfe der Staatsanwaltschaft", "Kritik der Opposition": a body acts)
        if nouns and nouns[-1].i == end - 1 and (anaphor or word == "gegen" or (
                etype.startswith(lex.common_complement)
                and (role != "agent" or self._group_noun(nouns[-1], lex)))) \
                and (word == "gegen" or not any(t.like_num for t in doc[j + 1:end])) and not any(
                s <= nouns[-1].idx < e for s, e in dates):
            # a common noun names the group that acts: "Truppenaufmarsch der Armee"
            first = next(t for t in doc[j + 1:end] if t.pos_ != "DET")
            return role, first.idx, nouns[-1].idx + len(nouns[-1].text)
        return None

    def _chained_employer(self, doc: Doc, end: int, etype: str, lex: EventLexicon,
                          wide: list[tuple[int, int]], clause: tuple[int, int]
                          ) -> tuple[str, int, int] | None:
        """German: a "bei" phrase right after a strike's genitive doer is its employer
        ("Streik der Lokführer bei der Güterbahn Transalpin Cargo")."""
        if etype not in lex.bei_patient:
            return None
        last = self._edge_tokens(doc, end - 1, end)[1]
        if last is None or last.i + 1 >= clause[1] \
                or doc[last.i + 1].lower_ not in ("bei", "beim"):
            return None
        found = self._noun_complement(doc, last, etype, lex, wide, clause)
        return found if found is not None and found[0] == "patient" else None

    @staticmethod
    def _apposed_name_de(doc: Doc, end: int, bounds: tuple[int, int]
                         ) -> tuple[int, int] | None:
        """German: a name set off by a comma right after a phrase that ends at token ``end``
        and closed by a comma, „und" or the end of ``bounds`` (the sentence, since clauses
        end at commas): (start, end) characters."""
        if end + 1 >= bounds[1] or doc[end].text != ",":
            return None
        k = end + 1
        while k < bounds[1] and (doc[k].pos_ == "PROPN" or doc[k].text == "." and k > end + 1
                                 and len(doc[k - 1].text) == 1):
            k += 1  # "Tomasz Wilk", "Ali R."
        if k == end + 1 or (k < bounds[1] and doc[k].text not in (",", ";", ".")
                            and doc[k].lower_ not in ("und", "oder")):
            return None
        return doc[end + 1].idx, doc[k - 1].idx + len(doc[k - 1].text)

    @staticmethod
    def _durch_phrase(doc: Doc, after: int, clause: tuple[int, int],
                      wide: list[tuple[int, int]]) -> tuple[int, int] | None:
        """The participant of a "durch" phrase later in the clause, after character
        ``after``: the doer of a noun trigger whose genitive is the one acted on."""
        end_char = doc[clause[1] - 1].idx + len(doc[clause[1] - 1].text)
        for t in doc[clause[0]:clause[1]]:
            if t.idx >= after and t.lower_ == "durch":
                found = next(((s, e) for s, e in wide if t.idx < s <= t.idx + 40
                              and e <= end_char), None)
                if found is not None:
                    return found
                # a name the tagger did not take as an entity: "durch den Konzern Obi"
                names = [n for n in doc[t.i + 1:min(clause[1], t.i + 6)] if n.pos_ == "PROPN"]
                if names:
                    last = names[0]
                    while last.i + 1 < clause[1] and doc[last.i + 1].pos_ == "PROPN":
                        last = doc[last.i + 1]
                    return names[0].idx, last.idx + len(last.text)
                return None
        return None

    def _on_the_side_of(self, doc: Doc, clause: tuple[int, int]) -> tuple[int, int] | None:
        """„Vonseiten der CDU-Fraktion wurde kritisiert", „Seitens der Gewerkschaft wurde ein
        Streik angekündigt": the genitive after „vonseiten"/„seitens" opening the clause is
        who acts in its impersonal passive."""
        k = clause[0]
        if k + 2 >= clause[1] or doc[k].lower_ not in ("vonseiten", "seitens"):
            return None
        j = k + 1
        while j < clause[1] and doc[j].pos_ in ("DET", "ADJ"):
            j += 1
        end = j
        while end < clause[1] and doc[end].pos_ in ("NOUN", "PROPN") \
                and doc[end].text[:1].isupper():
            end += 1
        if end == j:
            return None
        return doc[j].idx, doc[end - 1].idx + len(doc[end - 1].text)

    VENUE_PREPOSITIONS = frozenset({"am", "im", "beim", "vorm", "aus", "in"})
    VENUE_PREPOSITIONS_WITH_ARTICLE = frozenset({"vor", "an", "bei", "in"})

    def _venue_phrase(self, doc: Doc, start_char: int) -> bool:
        """The participant starting at ``start_char`` is a place of business or of origin,
        not a doer: German „am/im/beim X", „vor dem/an dem X", „Heliosun aus Bitterfeld"."""
        first = self._edge_tokens(doc, start_char, start_char + 1)[0]
        if first is None or first.i == 0 or doc.lang_ != "de":
            return False
        prev = doc[first.i - 1]
        if prev.lower_ in self.VENUE_PREPOSITIONS:
            return True
        return prev.pos_ == "DET" and first.i > 1 \
            and doc[first.i - 2].lower_ in self.VENUE_PREPOSITIONS_WITH_ARTICLE

    def _actors_surface_rest(self, doc: Doc, sent: _Sent, tok: Token,
                             wide: list[tuple[int, int]], clause: tuple[int, int],
                             is_verb: bool, exclude: tuple[int, int] | None = None
                             ) -> list[tuple[str, int, int]]:
        if exclude is not None:
            wide = [s for s in wide if s != exclude]
        spans = [s for s in wide if s[0] >= doc[clause[0]].idx
                 and s[1] <= doc[clause[1] - 1].idx + len(doc[clause[1] - 1].text)]
        if not wide:
            return []
        out: list[tuple[str, int, int]] = []
        lo_char = doc[clause[0]].idx
        hi_char = doc[clause[1] - 1].idx + len(doc[clause[1] - 1].text)
        before = [s for s in spans if s[1] <= tok.idx and s[0] >= lo_char]
        after = [s for s in spans if s[0] >= tok.idx + len(tok.text) and s[1] <= hi_char]
        if before:
            # a venue phrase is no doer when a candidate stands before it: "Die Marbos GmbH
            # hat am Landesgericht Wiener Neustadt ein Sanierungsverfahren beantragt"
            doers = [b for b in before if not self._venue_phrase(doc, b[0])]
            pick = doers[-1] if doers else before[-1]
            out.append(("agent", pick[0], pick[1]))
        elif is_verb and after and after[0][0] - (tok.idx + len(tok.text)) <= 1:
            # verb-second inversion: "„…“, betonte Putin", "wischte Putin … beiseite"
            out.append(("agent", after[0][0], after[0][1]))
            after = after[1:]
        else:
            earlier = [s for s in wide if s[1] <= tok.idx]
            if earlier:
                out.append(("agent", earlier[-1][0], earlier[-1][1]))
        for s in after:
            preceding = doc_cache.text(doc)[max(sent.span.start_char, s[0] - 12):s[0]].lower()
            if any(w in preceding.split()[-1:] for w in ("gegen", "against")):
                out.append(("patient", s[0], s[1]))
                break
        else:
            if is_verb and after and after[0][0] - (tok.idx + len(tok.text)) < 40:
                out.append(("patient", after[0][0], after[0][1]))
        return out

    def _participants(self, doc: Doc, region: Span, lex: EventLexicon,
                      entity_spans: list[tuple[int, int, dict[str, Any], str]]
                      ) -> list[tuple[int, int]]:
        """Participant spans in a sentence: entity mentions or, without entities, names after
        a title, acronyms, country names and institution nouns ("Biden-Administration")."""
        s0, s1 = region.start_char, region.end_char
        spans = [(s, e) for s, e, _, t in entity_spans
                 if s0 <= s and e <= s1 and t in ("PER", "ORG", "LOC")]
        if spans:
            return sorted(spans)
        places = load_places()
        toks = list(region)
        i = 0
        out: list[tuple[int, int]] = []
        while i < len(toks):
            t = toks[i]
            low = t.lower_
            if low in lex.person_titles or (lex.lang == "de" and low.endswith(lex.person_titles)):
                j = i + 1
                while j < len(toks) and toks[j].text[:1].isupper() and toks[j].is_alpha \
                        and j - i <= 3:
                    j += 1
                if j > i + 1:
                    out.append((toks[i + 1].idx, toks[j - 1].idx + len(toks[j - 1].text)))
                    i = j
                    continue
            if (t.text.isupper() and len(t.text) >= 2 and t.is_alpha) \
                    or (t.text[:1].isupper() and self._strip_genitive(low, lex.lang)
                        in self._names) \
                    or (t.text[:1].isupper() and places.get(t.text) and t.i > region.start
                        and len(t.text) > 3) \
                    or ("-" in t.text and t.text[:1].isupper()
                        and any(low.endswith(x) for x in lex.institutions)):
                out.append((t.idx, t.idx + len(t.text)))
            i += 1
        return out


@Language.factory("newsflow_events",
                  default_config={k: getattr(EventTuning(), k)
                                  for k in EventTuning.__dataclass_fields__},
                  requires=["doc._.entities", "doc._.dates", "doc._.quotes"],
                  assigns=["doc._.events"])
def make_event_extractor(nlp: Language, name: str, context_window: int,
                         confidence_phrase: float, confidence_exact: float,
                         confidence_compound: float, confidence_statement: float,
                         penalty_context_rule: float, penalty_untagged: float,
                         context_location: bool, context_actors: bool,
                         context_location_sentences: int, pronoun_reach: int, noun_reach: int,
                         close_name: int) -> Guarded:
    """Register ``doc._.events`` and build the component for the pipeline's language."""
    if not Doc.has_extension("events"):
        Doc.set_extension("events", default=None)
    if not Doc.has_extension("reference_date"):
        Doc.set_extension("reference_date", default=None)
    tuning = EventTuning(context_window, confidence_phrase, confidence_exact,
                         confidence_compound, confidence_statement, penalty_context_rule,
                         penalty_untagged, context_location, context_actors,
                         context_location_sentences, pronoun_reach, noun_reach, close_name)
    return Guarded(name, "events", EventExtractor(nlp.lang, tuning))


__all__ = ["EventExtractor", "EventTuning", "load_lexicon", "load_places",
           "german_noun_forms", "make_event_extractor"]

