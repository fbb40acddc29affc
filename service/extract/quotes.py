"""The ``newsflow_quotes`` spaCy component: quotations with their cue verb and speaker.

Direct quotes come from :mod:`quote_marks`; each is attributed from the text of its own
sentence around the marks (", betonte Putin" / "she said:"). A quote without an attribution of
its own inherits the speaker of the neighbouring attributed quote in the same paragraph run.
Short fragments in marks inside a clause with a cue verb are ``mixed`` quotes; a cue verb
followed by "dass"/"that" gives an ``indirect`` quote over the complement clause.

The component uses the dependency parse where the pipeline has one and falls back to surface
patterns (German verb-second order, capitalisation) where it has not (blank German pipeline).
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from functools import cache
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from service.extract import doc_cache, lexicon, reported
from service.extract.entities import link_speakers
from service.extract.guard import Guarded
from service.extract.quote_marks import SINGLE, QuoteSpan, find_quotes

PRONOUNS = {
    "de": {"er", "sie", "wir", "ich", "ihr"},
    "en": {"he", "she", "they", "we", "i", "it"},
}
DETERMINERS = {
    "de": {"der", "die", "das", "des", "dem", "den", "ein", "eine", "einer", "eines", "einem",
           "einen", "sein", "seine", "ihr", "ihre"},
    "en": {"the", "a", "an", "his", "her", "their", "its"},
}
# capitalised at a sentence start, but never the start of a speaker's name
FUNCTION_WORDS = {
    "de": {"in", "im", "bei", "beim", "nach", "auf", "mit", "während", "unter", "für", "vor",
           "seit", "trotz", "am", "zum", "zur", "als", "wenn", "da", "dass", "doch", "aber",
           "und", "auch", "dies", "diese", "dieser", "dabei", "damit", "danach", "dazu",
           "zudem", "so", "wie", "laut", "nun", "jetzt", "heute", "gestern", "zuvor",
           "zugleich", "außerdem", "allerdings", "deshalb", "daher", "trotzdem", "dennoch",
           "inzwischen", "bislang", "bisher", "zuletzt", "später", "damals", "derzeit",
           "aktuell", "immerhin", "schließlich", "zunächst", "anschließend", "gleichzeitig",
           "ebenso", "ebenfalls", "weiterhin", "vielmehr", "stattdessen", "insgesamt",
           "jedoch", "hier", "dort", "darin", "darauf", "darüber", "dafür", "dagegen", "denn",
           "zwar", "ab", "bis", "erst", "noch", "nur", "einst", "künftig", "morgen",
           "vorher", "nachher", "ende", "anfang", "mitte", "ob", "warum", "was", "wer",
           "man", "es", "sie", "er", "insbesondere", "nachdem", "obwohl", "weil", "sobald",
           "falls", "sofern", "seinerzeit", "einmal", "erneut", "wieder", "sonst", "oft",
           "häufig", "manchmal", "bereits", "schon", "stets", "immer", "nie", "niemals", "kaum"},
    "en": {"in", "at", "on", "after", "before", "with", "during", "for", "since", "but",
           "and", "also", "this", "these", "when", "while", "as", "so", "now", "today",
           "yesterday", "according", "then", "however", "meanwhile", "still", "instead",
           "earlier", "later", "last", "next", "by", "from", "if", "although", "though",
           "because", "it", "there", "here", "what", "who"},
}
SUBJECT_DEPS = {"nsubj", "nsubjpass", "sb", "nsubj:pass"}
NOT_CUE_POS = {"NOUN", "PROPN", "DET", "ADP", "PRON", "CCONJ", "SCONJ", "PUNCT", "NUM", "PART"}
QUOTE_CHARS = set("„“”»«‚‘’\"'›‹")
MAX_MIXED_TOKENS = 8
MAX_CLAUSE_TOKENS = 120  # a reported clause longer than this is not looked for (bounds work)
MAX_UNCLOSED_CHARS = 600
MAX_ATTRIBUTION_TOKENS = 40  # how far after a quote its attribution is looked for
DASHES = {"―", "—", "–", "-", "--"}
SHORT_ATTRIBUTION_TOKENS = 10
AUXILIARIES = {"hatte", "hat", "habe", "hätte", "hatten", "haben", "hätten", "ist", "war",
               "wurde", "wird"}
MODALS = {"will", "wollte", "wollen", "wollten", "kann", "konnte", "können", "konnten", "muss",
          "musste", "müssen", "soll", "sollte", "sollen", "darf", "durfte", "dürfen"}
NON_NOMINATIVE = {"den", "dem", "einem", "einen", "ihm", "ihr", "ihnen", "uns", "mir", "dir",
                  "ihren", "seinen", "meinen", "deinen", "unseren", "euren", "diesen", "diesem"}
PASSIVE_AUXILIARIES = {"wird", "werden", "wurde", "wurden", "worden"}
LONE_SUBJECTS = {"er", "sie", "es", "man", "wir", "ich", "niemand", "jemand", "keiner", "alle",
                 "beide", "viele", "einige"}
# subordinators that are also prepositions ("Bis zu der Wahl", "Während der Feiertage")
PREPOSITION_SUBORDINATORS = {"bis", "seit", "während"}
DEMONSTRATIVES = {"dieser", "diese", "jener", "jene"}
# accusative openings of the person a medium quotes ("zitiert X den Minister")
QUOTED_ARTICLES = {"den", "die", "das", "einen", "eine", "ihren", "seinen"}
# subordinators after which a German clause names its own subject
SUBJECT_SUBORDINATORS = {"indem", "nachdem", "weil", "obwohl", "sodass", "bevor", "sobald",
                         "zumal", "dass", "daß"}
# phrases before a German finite verb that look like noun phrases but are adverbials
ADVERBIAL_OPENINGS = {"des weiteren", "weiter", "weiters", "ferner", "demnach", "danach",
                      "dabei", "des öfteren", "des nachts", "eines tages", "letztes jahr",
                      "diesmal", "jedenfalls", "offiziell", "inoffiziell", "öffentlich",
                      "intern", "konkret", "grundsätzlich", "ursprünglich", "offenbar",
                      "angeblich", "vermutlich", "wahrscheinlich", "tatsächlich", "eigentlich",
                      "gleichwohl", "andererseits", "einerseits", "übrigens", "ebenfalls"}
# nouns a fronted demonstrative makes stand for the sentence before ("Diese Zahlen nannte …")
REPORTED_NOUNS = {"angaben", "zahlen", "ergebnisse", "informationen", "einzelheiten", "details",
                  "pläne", "nachricht", "meldung", "einschätzung", "entscheidung", "worte"}
# adverbs that stand between a fronted object's verb and the subject ("Das sagte gestern X")
SUBJECT_ADVERBS = {"gestern", "heute", "vorgestern", "morgen", "zudem", "auch", "ebenfalls",
                   "bereits", "inzwischen", "nun", "jetzt", "damals", "zuvor", "später",
                   "erneut", "nochmals", "kürzlich", "jüngst", "mittlerweile", "abends",
                   "morgens", "mittags", "nachmittags", "vormittags", "außerdem", "dazu",
                   "dabei", "darin", "offiziell", "schließlich", "zunächst", "laut"}
TEMPORAL_PREFIXES = ("montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag",
                     "sonntag", "wochenende", "abend", "morgen", "vormittag", "nachmittag")
# determiners a tagger may tag DET after an article, inside one noun phrase
QUANTIFIERS = {"beiden", "beide", "meisten", "übrigen", "anderen", "wenigen", "vielen",
               "zwei", "drei", "vier", "both", "other", "many", "few"}
# prepositions whose phrase after a role noun is its attribute ("ein Sprecher aus Brüssel")
ATTRIBUTE_PREPOSITIONS = {"aus", "in", "im", "from"}
POSTPOSITIONS = {"gegenüber", "zufolge", "entsprechend", "zuliebe", "nach"}
AGENT_PREPOSITIONS = {"von", "vom", "durch", "seitens"}
# documents a German passive report can stand in ("In einem Schreiben wurde gefordert")
DOCUMENT_NOUNS = {"schreiben", "brief", "erklärung", "presseerklärung", "pressemitteilung",
                  "mitteilung", "interview", "gutachten", "urteil", "beschluss", "antrag",
                  "papier", "dokument", "abschlussbericht", "studie", "untersuchung", "artikel",
                  "beitrag", "kommentar", "rede", "ankündigung"}
SOURCE_PREPOSITIONS = {"aus", "von", "vom", "in", "im", "bei", "beim", "auf", "seitens",
                       "vonseiten"}
TEMPORAL_WORDS = {"montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag",
                  "sonntag", "januar", "februar", "märz", "april", "mai", "juni", "juli",
                  "august", "september", "oktober", "november", "dezember", "uhr", "jahr",
                  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
# cue categories that report what someone said; after an indicative clause they still do
# ("Die Regierung hat … beschlossen, sagte ein Sprecher.")
SAYING = {"say", "add", "explain", "stress", "report", "announce", "confirm", "warn", "claim",
          "write", "reply", "admit", "deny"}
# after a comma, these open something the writer adds, not more of the reported clause
CLAUSE_BREAKERS = {"which", "who", "whom", "whose", "where", "while", "although", "though",
                   "because", "as", "before", "after", "when"}
# after a comma, these open an adverbial clause that English reported speech often keeps
# (", because she put lives at risk"): not a writer's aside
REASON_WORDS = {"because", "although", "though", "while"}
# words that open a headline with a colon without being its speaker ("Update: …")
HEADLINE_LABELS = {
    "the", "a", "an", "der", "die", "das", "ein", "eine", "update", "updated", "analysis",
    "opinion", "editorial", "exclusive", "breaking", "watch",
    "video", "photos", "live", "review", "poll", "report", "factbox", "explainer", "timeline",
    "kommentar", "analyse", "interview", "liveblog", "live-ticker", "ticker", "umfrage",
    "meinung", "bericht", "chronik", "hintergrund", "eilmeldung", "exklusiv", "fotos",
}
# right dependents of a cue verb that are not part of its object phrase
OBJECT_PHRASE_STOPS = {"punct", "cc", "conj", "advcl", "parataxis", "npadvmod", "dep", "mark",
                       "relcl", "prt", "dative", "advmod"}
CLAUSE_PUNCT = {",", ";", ":", "—", "–", "(", "\n"}
RELATIVE_PRONOUNS = {"who", "which", "that", "der", "die", "das", "welcher", "welche",
                     "welches"}


@dataclass
class _Attribution:
    cue: Token | None
    cue_lemma: str | None
    speaker: Span | None


class QuoteExtractor:
    """Callable component; results go to ``doc._.quotes`` as record-shaped dicts."""

    def __init__(self, lang: str, object_contents: bool = False,
                 speech_objects: bool = True) -> None:
        self.lang = lang
        # English only. ``speech_objects``: the direct object of a verb of saying or
        # announcing is what was said ("announced [a recall of 2,000 cars]", "confirmed [the
        # deal]"), as news attribution corpora (PolNeAR) count it. ``object_contents``: also
        # the object of a verb that judges, backs or discusses ("criticized [X for Y]",
        # "endorsed [the plan]", "discussed [the budget]"): PolNeAR counts these too, but they
        # say what someone thinks of a thing, not what they said, so they are off by default.
        self.object_contents = object_contents
        self.speech_objects = speech_objects or object_contents

    def __call__(self, doc: Doc) -> Doc:
        lex = lexicon.load(doc.lang_)
        starts = [t.idx for t in doc]
        quotes: list[dict[str, Any]] = []
        previous: dict[str, Any] | None = None
        previous_close = -1
        text = doc_cache.text(doc)
        spans = find_quotes(text)
        for i, qs in enumerate(spans):
            if qs.end <= qs.start:
                continue
            if not qs.closed and qs.mark in SINGLE:
                continue  # an unclosed ‘ is far more often an apostrophe (‘90s)
            if self._is_title(text[qs.start:qs.end], doc.lang_, text, qs):
                continue  # a name or title in marks: „Süddeutsche Zeitung“, "Doctor Who"
            if not qs.closed:
                qs = self._cut_unclosed(doc, qs, starts, lex)
                if qs.end - qs.start > MAX_UNCLOSED_CHARS:
                    continue
            next_open = spans[i + 1].open_at if i + 1 < len(spans) else len(text)
            headline = self._headline_fragment(doc, qs) if doc.lang_ == "en" else None
            if headline is not None:  # "Ryan: ‘Anti-Semitic Images’ Have ‘No Place …’"
                name, colon, content = headline
                previous_close = qs.close_at
                if quotes and (quotes[-1].get("content") or {}).get("start") == content[0]:
                    continue  # one claim, one item: its second fragment adds nothing
                quote = self._record(doc, qs, "mixed", name, colon, ":", 0.6)
                quote["content"] = {"text": text[content[0]:content[1]],
                                    "start": content[0], "end": content[1]}
                quotes.append(quote)
                previous = quote
                continue
            kind = self._kind(doc, qs, starts)
            if kind == "mixed" and doc.lang_ == "en" and not self._in_headline(text, qs) \
                    and self._is_title(text[qs.start:qs.end].rstrip(".,"), doc.lang_, text, qs):
                continue  # "on CNN's “State of the Union,”": American commas inside the marks
            att = self._attribute(doc, qs, starts, lex, previous_close, next_open, kind)
            confidence = 0.9 if qs.closed else 0.5
            if kind == "mixed" and att.cue is None:
                continue  # scare quotes or a title in marks, not speech
            if att.speaker is None and att.cue is None and previous is not None \
                    and self._same_run(text, previous["end"], qs.open_at) \
                    and not text[:qs.open_at].rstrip().endswith(":"):
                quote = self._record(doc, qs, kind, None, None, None, confidence * 0.8)
                quote["speaker"] = previous["speaker"]
                quote["inherited"] = True  # the speaker carries over; the cue does not
            else:
                quote = self._record(doc, qs, kind, att.speaker, att.cue, att.cue_lemma,
                                     confidence if att.cue is not None else confidence * 0.7)
                if kind == "mixed" and att.cue is not None:
                    content = self._content(doc, qs, att.cue, lex)
                    if content is not None and doc.lang_ == "en":
                        content = self._content_stop(doc, text, qs, content)
                    if content is not None:
                        quote["content"] = {"text": text[content[0]:content[1]],
                                            "start": content[0], "end": content[1]}
            quotes.append(quote)
            if quote["speaker"] is not None or quote["cue"] is not None:
                previous = quote
            previous_close = qs.close_at
        quotes.extend(self._indirect(doc, lex, quotes))
        quotes.sort(key=lambda q: q["start"])
        self._inherit(text, quotes)
        if doc.lang_ in PARSE_FALLBACK and doc.has_annotation("DEP"):
            self._parse_fallback(doc, quotes)
        if Doc.has_extension("entities") and doc._.entities is not None:
            link_speakers(doc, quotes)
        doc._.quotes = quotes
        return doc

    @staticmethod
    def _is_title(content: str, lang: str, text: str, qs: QuoteSpan) -> bool:
        """Every word capitalised and no sentence punctuation: the marks set off a name,
        not speech. A single German word is left alone (nouns are capitalised)."""
        if text[max(0, qs.open_at - 2):qs.open_at].strip().endswith(":"):
            return False
        words = content.split()
        if not words or len(words) > 6 or content[-1:] in ".!?,…":
            return False
        small = {"of", "the", "and", "for", "in", "on", "a", "der", "die", "das", "und",
                 "für", "von", "des"}
        if lang == "de" and len(words) < 2:
            return False
        return all(w[:1].isupper() or w[:1].isdigit() or w.lower() in small for w in words) \
            and words[0][:1].isupper()

    @staticmethod
    def _in_headline(text: str, qs: QuoteSpan) -> bool:
        """The quote stands in a line written in title case (a headline: "Clinton Says
        Crash Seems Like An ‘Act Of Terrorism’"), where every fragment is capitalised."""
        end = text.find("\n", qs.close_at)
        line = text[text.rfind("\n", 0, qs.open_at) + 1:qs.open_at] + " " \
            + text[qs.close_at + 1:len(text) if end == -1 else end]
        words = [w for w in line.split() if w[:1].isalpha()]
        return len(words) >= 3 and sum(w[:1].isupper() for w in words) >= 0.8 * len(words)

    def _cut_unclosed(self, doc: Doc, qs: QuoteSpan, starts: list[int],
                      lex: lexicon.CueLexicon) -> QuoteSpan:
        """A quote whose closing mark is missing ends where its attribution begins:
        „Wir bleiben hart, sagte sie …"""
        for tok in self._tokens_between(doc, starts, qs.start, qs.end):
            if tok.text == "," and tok.i + 1 < len(doc) and doc[tok.i + 1].idx < qs.end \
                    and self._find_cue([doc[tok.i + 1]], lex) is not None:
                return QuoteSpan(qs.open_at, qs.start, tok.idx, tok.idx, qs.mark, False,
                                 qs.paragraphs)
        content = doc_cache.text(doc)[qs.start:qs.end]
        stop = content.find(". ")
        if content[:1].islower() and stop > 0:  # a fragment: it ends with its sentence
            end = qs.start + stop
            return QuoteSpan(qs.open_at, qs.start, end, end, qs.mark, False, qs.paragraphs)
        return qs

    # --- classification -------------------------------------------------------------------

    def _kind(self, doc: Doc, qs: QuoteSpan, starts: list[int]) -> str:
        text = doc_cache.text(doc)
        content = text[qs.start:qs.end]
        before = text[max(0, qs.open_at - 3):qs.open_at].rstrip()
        after = text[qs.close_at:qs.close_at + 2].lstrip()
        n_words = len(content.split())
        embedded = before[-1:].isalpha()
        if embedded and content[:1].islower() and n_words <= MAX_MIXED_TOKENS \
                and not before.endswith(":"):
            return "mixed"  # called the claims "total nonsense." (period inside, US style)
        if embedded and not self._introduces(doc, qs, starts):
            # part of a clause (regulators who "are tough enough …", asked supporters to
            # "donate …"): the quoted words are a fragment of someone's reported clause
            return "mixed"
        if content[-1:] in ".!?…," or before.endswith(":") or after.startswith(","):
            return "direct"
        if qs.paragraphs > 1 or n_words > MAX_MIXED_TOKENS:
            return "direct"
        at_sentence_start = not before or before[-1:] in ".!?\n"
        if at_sentence_start and content[:1].isupper() and after[:1] in (".", "!", "?", ""):
            return "direct"
        return "mixed"

    def _inherit(self, text: str, quotes: list[dict[str, Any]]) -> None:
        """A direct quote with no attribution of its own is the speaker's of the quote before
        it in the same passage, whatever its kind ("…, Trump said Friday." then a paragraph
        in marks); failing that, of the next attributed quote in the same paragraph."""
        for k, quote in enumerate(quotes):
            if quote["kind"] != "direct" or quote["speaker"] is not None \
                    or quote["cue"] is not None:
                continue
            if text[:quote["start"]].rstrip(" \"'“„»«‘‚").endswith(":"):
                continue  # introduced by a sentence of its own whose source we did not find
            source = next((p for p in reversed(quotes[:k]) if p["speaker"] is not None
                           and p["end"] <= quote["start"]), None)
            if source is not None and not self._same_run(text, source["end"], quote["start"]):
                source = None
            if source is None:
                # "A." "B," she said: only a quote that follows at once lends its speaker
                source = next((n for n in quotes[k + 1:k + 2] if n["speaker"] is not None
                               and n["cue"] is not None
                               and not any(c.isalnum() or c == "\n"
                                           for c in text[quote["end"]:n["start"]])), None)
            if source is not None:
                quote["speaker"] = dict(source["speaker"])
                quote["inherited"] = True

    def _introduces(self, doc: Doc, qs: QuoteSpan, starts: list[int]) -> bool:
        """The word right before the opening mark introduces a whole quotation: its cue verb
        ("said “…”", "erklärte „…“") or a complementizer after one ("said that “…”")."""
        k = bisect.bisect_left(starts, qs.open_at) - 1
        if k < 0:
            return True
        tok = doc[k]
        lex = lexicon.load(doc.lang_)
        if tok.lower_ in reported.COMPLEMENTIZERS.get(doc.lang_, set()):
            return True
        return self._find_cue([tok], lex) is not None

    def _content(self, doc: Doc, qs: QuoteSpan, cue: Token, lex: lexicon.CueLexicon
                 ) -> tuple[int, int] | None:
        """The reported clause that holds a mixed quote's fragment: after its cue up to the
        end of the clause ("said she would name regulators who “are tough enough” to …"),
        or from the clause start up to a cue that follows."""
        sent = _sentence(doc, cue.i)
        comps = reported.COMPLEMENTIZERS.get(doc.lang_, set())
        if _has(doc, "DEP"):  # the cue's complement that holds the fragment
            for child in cue.children:
                left, right = child.left_edge, child.right_edge
                if child.dep_ in SUBJECT_DEPS or child.is_punct \
                        or not (left.idx <= qs.start and qs.end <= right.idx + len(right.text)):
                    continue
                first = left.i
                if doc.lang_ == "en" and (child.dep_ == "oprd" or child.lower_ == "as"
                                          and child.dep_ == "prep"):
                    # "called [Mexican immigrants “rapists”]", "described [the plan as
                    # “reckless”]": what the label is said of belongs to the claim
                    first = next((c.left_edge.i for c in cue.rights if c.i < child.i
                                  and c.dep_ in ("dobj", "obj", "prep")), first)
                while first < right.i and (doc[first].lower_ in comps or doc[first].is_punct
                                           and doc[first].text not in QUOTE_CHARS):
                    first += 1
                start, end = doc[first].idx, right.idx + len(right.text)
                if start <= qs.open_at:
                    return start, end
        if cue.idx < qs.open_at:
            first = cue.i + 1
            while first < sent.end and (doc[first].lower_ in comps or doc[first].is_punct
                                        and doc[first].text not in QUOTE_CHARS):
                first += 1
            last = self._next_attribution_comma(doc, first, sent.end, lex)
            last = reported.clause_end(doc, first, last)
        else:
            first = sent.start
            last = cue.i
            while last > first and (doc[last - 1].is_punct or doc[last - 1].is_space):
                last -= 1
        if last <= first:
            return None
        start, end = doc[first].idx, doc[last - 1].idx + len(doc[last - 1].text)
        if not (start <= qs.open_at and qs.close_at <= end + 2):
            return None
        return start, end

    @staticmethod
    def _content_stop(doc: Doc, text: str, qs: QuoteSpan, content: tuple[int, int]
                      ) -> tuple[int, int]:
        """A mixed quote's reported clause ends at the paragraph end, and where the writer
        goes on after the quoted fragment: ", adding that …", ", though …", "— asserting …"."""
        start, end = content
        newline = text.find("\n", max(start, qs.close_at), end)
        if newline != -1:
            end = newline
        after = doc.char_span(qs.close_at, end, alignment_mode="expand") \
            if qs.close_at < end else None
        words = [t for t in after or () if not (t.is_quote or t.is_space)]
        comma = text[qs.end - 1:qs.end] == ","  # "… “fantastic,” telling reporters …"
        if words and words[0].text == ",":
            comma, words = True, words[1:]
        if words and (words[0].text in DASHES or comma and (
                words[0].tag_ == "VBG" or words[0].lower_ in CLAUSE_BREAKERS)):
            end = min(end, qs.close_at)
        elif len(words) > 1 and words[0].lower_ in ("and", "but") \
                and words[1].tag_ in ("VBG", "VBD", "VBZ") and words[1].dep_ == "conj":
            end = min(end, qs.close_at)  # "a “faker” and questioned how …": a new predicate
        elif doc.lang_ == "en":
            # later on: the writer's non-restrictive relative clause or participle ("… on
            # supporting Ryan, who will face …", "… at such laws, which would give …")
            for k, tok in enumerate(words[:-1]):
                nxt = words[k + 1]
                if tok.text == "," and nxt.i == tok.i + 1 and (
                        nxt.lower_ in ("which", "who", "whom", "whose") or nxt.tag_ == "VBG"):
                    end = min(end, tok.idx)
                    break
        while end > start and text[end - 1] in " ,;:\n":
            end -= 1
        return start, end

    @staticmethod
    def _same_run(text: str, prev_end: int, open_at: int) -> bool:
        """A quote without attribution continues the previous speaker when it follows in the
        same or the next paragraph with little narration in between."""
        gap = text[prev_end:open_at]
        return gap.count("\n") <= 1 and len(gap) <= 300

    # --- attribution ----------------------------------------------------------------------

    def _tokens_between(self, doc: Doc, starts: list[int], lo: int, hi: int) -> list[Token]:
        i = bisect.bisect_left(starts, lo)
        out = []
        while i < len(doc) and doc[i].idx < hi:
            out.append(doc[i])
            i += 1
        return out

    def _attribute(self, doc: Doc, qs: QuoteSpan, starts: list[int], lex: lexicon.CueLexicon,
                   previous_close: int, next_open: int, kind: str) -> _Attribution:
        first = bisect.bisect_left(starts, qs.open_at)
        last = max(0, bisect.bisect_left(starts, qs.close_at) - 1)
        sent_after = _sentence(doc, min(last, len(doc) - 1))
        sent_before = _sentence(doc, min(first, len(doc) - 1))
        if kind == "mixed":
            window = doc[max(sent_before.start, first - 30):min(sent_before.end, last + 30)]
            region = [t for t in window if not (qs.open_at <= t.idx < qs.close_at)]
            governing = self._governing_cue(doc, qs, window, lex)
            if governing is not None:
                cue, speaking = governing
                return _Attribution(cue[0], cue[1], self._clause_speaker(doc, speaking, lex))
            cue = self._find_cue(region, lex)
            if cue is None:
                return _Attribution(None, None, None)
            return _Attribution(cue[0], cue[1], self._clause_speaker(doc, cue[0], lex))
        # after the closing mark: „…“, sagte er / "…," she said; when the quote ends its
        # sentence, a short next sentence may be its attribution ("…!” he tweeted.)
        limit = sent_after.end_char
        if limit <= qs.close_at + 1 and sent_after.end < len(doc) and doc.lang_ == "en":
            # English only: German news attributes inside the sentence („…“, sagte sie), and
            # a German sentence after a quote is the next statement („…“ Sie kündigte … an.)
            following = _sentence(doc, sent_after.end)
            words = [t for t in following if not t.is_punct]
            if len(following) <= SHORT_ATTRIBUTION_TOKENS \
                    and self._find_cue(words[:3], lex) is not None:
                limit = following.end_char
        after = self._tokens_between(doc, starts, qs.close_at, min(limit, next_open))
        para = next((k for k, t in enumerate(after) if "\n" in t.text), len(after))
        long_after = after[:min(MAX_ATTRIBUTION_TOKENS, para)]
        after = after[:min(8, para)]
        body = [t for t in after if not t.is_punct]
        if after and after[0].text in DASHES:  # "…" ― Hillary Clinton
            speaker = self._np(doc, [t for t in long_after[1:] if not t.is_punct][:8], lex)
            if speaker is not None:
                return _Attribution(None, None, speaker)
        if body:
            source = self._source_marker(body, lex)
            if source is not None:
                return source
            cue = self._find_cue(body[:6], lex)
            if cue is not None:
                lead = [t for t in body if t.i < cue[0].i]
                speaker = self._np(doc, lead, lex) if lead else None
                if speaker is None:
                    speaker = self._speaker(doc, cue[0], after + self._rest(doc, after), lex)
                if speaker is not None and cue[1] == "zitieren" and speaker.start > cue[0].i:
                    # "„…“, zitiert die Zeitung den Minister": the quoted one speaks
                    quoted = self._np(doc, [t for t in doc[speaker.end:speaker.end + 6]], lex,
                                      relaxed=True)
                    if quoted is not None and quoted[0].lower_ in QUOTED_ARTICLES:
                        speaker = quoted
                return _Attribution(cue[0], cue[1], speaker)
            far = self._apposed_attribution(doc, long_after, lex)
            if far is not None:
                return far
        # before the opening mark: Er sagte: „…“ / She said: "…" / said "…" / Jones: "…"
        lo = max(sent_before.start_char, previous_close)
        before = self._tokens_between(doc, starts, lo, qs.open_at)
        if not before and first > 0 and doc[first - 1].text == ":" \
                and doc[first - 1].idx >= previous_close:
            # the intro ends the sentence or paragraph before: "Reporter X says: ¶ “…”"
            intro = _sentence(doc, first - 1)
            before = [t for t in doc[intro.start:first] if not t.is_space]
        if before and (before[-1].text in (":", ",") or self._find_cue(before[-2:], lex)):
            cue = self._find_cue(list(reversed(before)), lex)
            if cue is not None:
                return _Attribution(cue[0], cue[1], self._speaker(doc, cue[0], before, lex))
            if before[-1].text == ":":
                speaker = self._named_before(doc, before[:-1]) or self._intro_subject(
                    doc, before[:-1])
                if speaker is None and doc.lang_ == "de":
                    speaker = self._colon_speaker(doc, before[:-1], lex)
                if speaker is not None:
                    return _Attribution(None, None, speaker)
        return _Attribution(None, None, None)

    def _governing_cue(self, doc: Doc, qs: QuoteSpan, window: Span, lex: lexicon.CueLexicon
                       ) -> tuple[tuple[Token, str], Token] | None:
        """English, with a parser: the nearest cue verb above a mixed quote's fragment, and
        the verb whose subject speaks. The first cue of the sentence may only frame it
        ("Speaking to supporters, Cruz said that there is “…”": said, not speaking)."""
        if doc.lang_ != "en" or not _has(doc, "DEP"):
            return None

        def cue_at(tok: Token) -> tuple[Token, str] | None:
            if not window.start <= tok.i < window.end or qs.open_at <= tok.idx < qs.close_at:
                return None
            return self._find_cue([tok], lex)

        inside = [t for t in window if qs.start <= t.idx < qs.end]
        root = next((t for t in inside if not qs.start <= t.head.idx < qs.end), None)
        tok = root.head if root is not None else None
        found = None
        while tok is not None and window.start <= tok.i < window.end:
            found = cue_at(tok)
            if found is not None or tok.head.i == tok.i:
                break
            tok = tok.head
        # only the outermost of nested attributions counts ("she says he believes the plan
        # is “bold”": says); a coordinated cue is an attribution of its own
        while found is not None and found[0].head.i != found[0].i and (
                found[0].dep_ == "ccomp" or found[0].dep_ == "conj"
                and cue_at(found[0].head) is None):
            tok = found[0].head
            while tok.dep_ in ("ccomp", "conj") and cue_at(tok) is None \
                    and tok.head.i != tok.i:
                tok = tok.head
            higher = cue_at(tok)
            if higher is None or higher[0].i == found[0].i:
                break
            found = higher
        if found is None:
            return None
        # a subjectless -ing cue ("mocked X for calling him “…”", "responded by saying …")
        # speaks with the subject of the cue verb above it
        speaking = found[0]
        while speaking.tag_ == "VBG" and speaking.head.i != speaking.i \
                and not any(c.dep_ in SUBJECT_DEPS for c in speaking.children):
            tok = speaking.head
            while cue_at(tok) is None and tok.head.i != tok.i and tok.pos_ not in ("VERB", "AUX"):
                tok = tok.head
            if cue_at(tok) is None:
                break
            if speaking.dep_ == "acl":  # "rejected a report accusing it … as “…”": the
                found = cue_at(tok)     # participle describes the noun, the verb reports
            speaking = tok
        return found, speaking

    def _apposed_attribution(self, doc: Doc, after: list[Token], lex: lexicon.CueLexicon
                             ) -> _Attribution | None:
        """The speaker right after the quote, set off by an apposition or relative clause
        before the cue: "…," Jeff Weaver, Sanders' campaign manager, said. / "…" Trent Lott,
        who was majority leader, told lawmakers."""
        body = [t for t in after if not t.is_space]
        if not body or body[0].is_punct and body[0].text not in QUOTE_CHARS:
            body = body[1:] if body and body[0].text == "," else body
        if not body:
            return None
        speaker = self._np(doc, [t for t in body if not t.is_punct][:6], lex)
        if speaker is None or speaker.end >= len(doc) or doc[speaker.end].text != ",":
            return None
        for tok in doc[speaker.end + 1:min(len(doc), body[-1].i + 1)]:
            if tok.text in ".!?" or "\n" in tok.text:
                break
            cue = self._find_cue([tok], lex) if doc[tok.i - 1].text in (",", ")") else None
            if cue is not None:
                if _has(doc, "DEP") and not any(c.dep_ in SUBJECT_DEPS and c.i >= speaker.start
                                                and c.i < tok.i for c in tok.children):
                    return None  # the parse names someone else as the cue's subject
                return _Attribution(cue[0], cue[1], speaker)
        return None

    def _intro_subject(self, doc: Doc, tokens: list[Token]) -> Span | None:
        """The named subject of an introducing clause without a cue verb ("Trump went even
        further: “…”"); needs the parse, and only a name or a pronoun is taken."""
        if not tokens or not _has(doc, "DEP"):
            return None
        for tok in tokens:
            if tok.dep_ in SUBJECT_DEPS and tok.head.dep_ == "ROOT" and (
                    tok.pos_ == "PROPN" or tok.lower_ in PRONOUNS.get(doc.lang_, set())):
                return self._subject_span(tok)
        return None

    @staticmethod
    def _named_before(doc: Doc, tokens: list[Token]) -> Span | None:
        """A name (or a named organisation) right before a colon that opens a quote, with no
        verb: "Jeffrey M. Jones: “…”", "More from Jones: “…”"."""
        if not tokens:
            return None
        last = tokens[-1]
        for ent in doc.ents:
            if ent.end == last.i + 1 and ent.label_ in ("PERSON", "PER", "ORG"):
                return ent
        return None

    @staticmethod
    def _rest(doc: Doc, tokens: list[Token]) -> list[Token]:
        if not tokens:
            return []
        end = min(len(doc), tokens[-1].i + 6)
        return [t for t in doc[tokens[-1].i + 1:end]]

    def _source_marker(self, body: list[Token], lex: lexicon.CueLexicon) -> _Attribution | None:
        """„…“, so Scholz — the German attribution by "so" right after the quote."""
        head = body[0]
        if head.lower_ == "so" and lex.sources.get("so") and len(body) > 1:
            speaker = self._np(head.doc, body[1:5], lex)
            if speaker is not None:
                return _Attribution(head, "so", speaker)
        return None

    def _find_cue(self, tokens: list[Token], lex: lexicon.CueLexicon
                  ) -> tuple[Token, str] | None:
        for tok in tokens:
            if tok.is_punct or not tok.is_alpha:
                continue
            model_lemma = tok.lemma_ if _has(tok.doc, "LEMMA") else None
            if _has(tok.doc, "POS") and tok.pos_ in NOT_CUE_POS \
                    and not self._verb_after_quote(tok):
                continue  # a tagger may call a participle ADJ ("abgetan"): exclude, not include
            candidates = lex.lemmas_for(tok.text, model_lemma)
            if not candidates and model_lemma and tok.doc.lang_ == "en":
                phrase = self._phrasal_cue(tok, model_lemma, lex)
                if phrase is not None:
                    return tok, phrase
            if not candidates:
                continue
            if candidates == ["heißen"] and not _impersonal(tok):
                continue  # "er heißt Max" names someone; "hieß es" reports
            lemma = self._pick_lemma(tok, candidates, lex)
            if lemma is not None:
                return tok, lemma
        return None

    @staticmethod
    def _verb_after_quote(tok: Token) -> bool:
        """German "„…“, meinen die Mitglieder": right after a quotation and its comma the
        word is the attribution's verb, whatever the tagger made of it (the possessive
        "meinen")."""
        doc = tok.doc
        return doc.lang_ == "de" and tok.i >= 2 and doc[tok.i - 1].text == "," \
            and doc[tok.i - 2].text in QUOTE_CHARS and tok.is_lower

    @staticmethod
    def _phrasal_cue(tok: Token, lemma: str, lex: lexicon.CueLexicon) -> str | None:
        """An English phrasal cue whose verb alone is none: "pointed out", "spelled out",
        "lashed out" (the particle follows the verb; German's closes the clause)."""
        doc = tok.doc
        if tok.i + 1 >= len(doc):
            return None
        phrase = f"{lemma.lower()} {doc[tok.i + 1].lower_}"
        return phrase if phrase in lex.cues and lex.cues[phrase].particle else None

    def _pick_lemma(self, tok: Token, candidates: list[str], lex: lexicon.CueLexicon
                    ) -> str | None:
        """Among lemmas sharing a form ("wies": weisen, zurückweisen, hinweisen) take the
        one whose particle stands later in the clause."""
        clause = [t.lower_ for t in tok.doc[tok.i + 1:min(len(tok.doc), tok.i + 20)]
                  if t.text not in QUOTE_CHARS]
        stop = next((k for k, w in enumerate(clause)
                     if w in {".", ";", ",", ":", "!", "?", "–"}), len(clause))
        clause_end = clause[stop - 1] if stop > 0 else ""
        best = None
        for lemma in candidates:
            particle = lex.cues[lemma].particle
            if particle and tok.lower_ != lemma and not tok.lower_.startswith(particle):
                # the separated particle closes the clause: "wies … zurück."
                if particle == clause_end:
                    return lemma
                continue
            if best is None:
                best = lemma
        return best  # a separable verb whose particle is missing is no cue

    def _impersonal_source(self, doc: Doc, cue: Token, lex: lexicon.CueLexicon
                           ) -> Span | None:
        """"hieß es aus dem Auswärtigen Amt" / "heißt es in einer Mitteilung der Polizei":
        the source stands after a preposition; without one, nobody is named."""
        sent = _sentence(doc, cue.i)
        opening = [t for t in doc[sent.start:cue.i] if not t.is_space]
        if opening and opening[0].lower_ in SOURCE_PREPOSITIONS:  # "Bei der Agentur RIA hieß es"
            np = self._np(doc, opening[1:], lex, relaxed=True)
            if np is not None and np.end == cue.i:
                if len(np) > 1 and np[0].pos_ == "DET" \
                        and opening[0].lower_ in ("vonseiten", "seitens"):
                    np = doc[np.start + 1:np.end]  # "Vonseiten des Betriebsrats": the body
                return np
        k = cue.i + 2 if cue.i + 1 < len(doc) and doc[cue.i + 1].lower_ == "es" else cue.i + 1
        while k < len(doc) and not doc[k].is_punct and doc[k].lower_ not in SOURCE_PREPOSITIONS:
            k += 1  # "hieß es am Montag aus …"
            if k > cue.i + 6:
                return None
        if k >= len(doc) or doc[k].is_punct:
            return None
        if doc[k].lower_ in ("im", "vom", "beim", "zum"):  # "heißt es im Abschlussbericht"
            np = self._np_any(doc, list(doc[k + 1:min(len(doc), k + 10)]), lex, relaxed=True)
            heads = source_nouns("de") | DOCUMENT_NOUNS
            return doc[k:np.end] if np is not None and any(
                t.lower_ in heads or t.lower_.endswith(("bericht", "erklärung", "mitteilung"))
                for t in np) else None
        np = self._np(doc, list(doc[k + 1:min(len(doc), k + 10)]), lex, relaxed=True)
        if np is not None and any(e.label_ in ("LOC", "GPE") and e.start < np.end
                                  and np.start < e.end for e in doc.ents):
            return None  # "hieß es in Berlin": a place, not a source
        return np

    def _speaker(self, doc: Doc, cue: Token, region: list[Token],
                 lex: lexicon.CueLexicon) -> Span | None:
        if doc.lang_ == "de" and _impersonal(cue) and cue.lower_.startswith(("hie", "hei")):
            return self._impersonal_source(doc, cue, lex)
        if _has(doc, "DEP"):
            # "… and said", "adding, “…”", "telling Reuters, “…”": the subject of the verb
            # the cue hangs off (never the object of "telling")
            heads = [cue, *([cue.head] if cue.dep_ in ("conj", "cj", "advcl", "xcomp")
                            and cue.head.i != cue.i else [])]
            for head in heads:
                for child in head.children:
                    if child.dep_ in SUBJECT_DEPS:
                        antecedent = _antecedent(child, head)  # "Obama, who called …"
                        if antecedent is not None:
                            return antecedent
                        if child.lower_ in RELATIVE_PRONOUNS and head.dep_ in ("relcl", "rc") \
                                and head.head.i != head.i:
                            return self._subject_span(head.head)  # "the man who said"
                        return self._subject_span(child)
            if cue.dep_ in ("advcl", "xcomp") and cue.tag_ == "VBG":
                return None
        # surface order: verb-second inversion (betonte Putin, sagte der 32-Jährige, erinnerte
        # sich Trotnow), else the NP before the cue
        after = [t for t in doc[cue.i + 1:min(len(doc), cue.i + 8)]]
        if after and after[0].lower_ in ("sich", "himself", "herself"):
            after = after[1:]
        np = self._np(doc, after, lex, relaxed=True)
        if doc.lang_ == "de" and np is not None and not self._nominative_after(doc, cue.i + 1):
            # "Ein Anwohner begründete seine Klage wie folgt:": the speaker-like phrase
            # opening the sentence is the subject, the one after the verb its object
            opening = self._opening_subject(doc, cue, lex)
            if opening is not None:
                return opening
        if np is not None:
            return np
        before = [t for t in region if t.i < cue.i and not t.is_space]
        end = cue.i
        if before and before[-1].text == "," and doc.lang_ == "de":
            before, end = before[:-1], cue.i - 1  # "…, Sharon Hayes, äußerte sich"
        # the longest speaker-like phrase that ends right before the cue ("Die Ministerin")
        for k in range(max(0, len(before) - 8), len(before)):
            det = before[k].lower_ in DETERMINERS.get(doc.lang_, set())
            np = self._np(doc, before[k:], lex, name_only=not det and k > 0, relaxed=det)
            if np is None or np.end != end:
                continue
            lead = np.start
            while lead > 0 and doc[lead - 1].pos_ in ("DET", "ADJ") and lead > before[0].i:
                lead -= 1  # "mit den Worten": the article belongs to the phrase
            prep = doc[lead - 1] if lead > 0 else None
            if prep is not None and prep.lower_ in ATTRIBUTE_PREPOSITIONS:
                # "ließ ein Sprecher aus Brüssel verlauten": the place is an attribute
                role = self._role_before(doc, before, prep.i, lex)
                if role is not None:
                    return doc[role.start:np.end]
            if prep is not None and prep.pos_ == "ADP":
                continue  # "mit den Worten abgelehnt": no subject inside a prepositional phrase
            return np
        titled = self._titled_np(doc, after)  # "schreibt die „Computerwoche“"
        if titled is not None:
            return titled
        if doc.lang_ == "de":
            return self._inverted_subject(doc, before, lex)
        return None

    def _opening_subject(self, doc: Doc, cue: Token, lex: lexicon.CueLexicon) -> Span | None:
        """German: a speaker-like phrase opening the cue's sentence and ending right before
        the cue, when it can be a nominative ("Ein Anwohner begründete …", "Pötsch beschrieb
        …"), not a fronted object ("Den Vorschlag lehnte die Ministerin ab")."""
        sent = _sentence(doc, cue.i)
        words = [t for t in doc[sent.start:cue.i] if not t.is_space]
        if not words or words[0].is_punct or words[0].lower_ in FUNCTION_WORDS["de"] \
                or words[0].pos_ == "ADP":
            return None
        np = self._np(doc, words, lex)
        if np is None or np.end != cue.i or np.start != words[0].i:
            return None
        return np if self._nominative_opening(doc, np) else None

    def _role_before(self, doc: Doc, tokens: list[Token], prep: int, lex: lexicon.CueLexicon
                     ) -> Span | None:
        """The role-noun phrase a place phrase after ``prep`` belongs to ("ein Sprecher" in
        "ein Sprecher aus Brüssel", "a spokesman" in "a spokesman from Washington")."""
        for k, tok in enumerate(tokens):
            if tok.i >= prep:
                break
            np = self._np(doc, tokens[k:], lex)
            if np is not None and np.end == prep \
                    and any(self._speaker_noun(t.lower_, lex) for t in np):
                return np
        return None

    def _colon_speaker(self, doc: Doc, tokens: list[Token], lex: lexicon.CueLexicon
                       ) -> Span | None:
        """"Ein Beamter der Nationalpolizei: „…“" (the phrase is the whole intro) or "In der
        ARD zeigt sich der Bundestrainer zufrieden: „…“"."""
        words = [t for t in tokens if not t.is_space]
        if not words:
            return None
        np = self._np(doc, words, lex)
        if np is not None and np.end == words[-1].i + 1:
            return np
        first = self._np(doc, words, lex, relaxed=True)  # "Die Firma empfindet …:"
        if first is not None and first.start == words[0].i and first.end < words[-1].i:
            named = (first[0].lower_ in DETERMINERS["de"] or any(
                t.ent_type_ in ("PER", "ORG") for t in first)) \
                and not self._fronted_object(doc, first)  # "Zypries sieht …:", not "Den …"
            nxt = doc[first.end]
            if named and nxt.is_lower and nxt.is_alpha:
                return first
            if named and nxt.text == ",":  # "Der Leiter der Studie, Paulo Pinheiro, sieht …:"
                close = next((t for t in doc[first.end + 1:min(words[-1].i, first.end + 8)]
                              if t.text == ","), None)
                if close is not None and close.i + 1 < len(doc) and doc[close.i + 1].is_lower \
                        and doc[close.i + 1].is_alpha:
                    return first
        return self._inverted_subject(doc, words, lex)

    def _titled_np(self, doc: Doc, tokens: list[Token]) -> Span | None:
        """A determiner and a title in marks: "schreibt die „Computerwoche“"."""
        if len(tokens) >= 3 and tokens[0].lower_ in DETERMINERS.get(doc.lang_, set()) \
                and tokens[1].text in QUOTE_CHARS:
            for tok in tokens[2:]:
                if tok.text in QUOTE_CHARS:
                    return doc[tokens[0].i:tok.i + 1]
        return None

    def _inverted_subject(self, doc: Doc, tokens: list[Token], lex: lexicon.CueLexicon
                          ) -> Span | None:
        """German verb-second: a clause opened by an adverbial has its subject right after
        the finite verb ("So hatte der frühere Innenminister Otto Schily zugesichert:",
        "In der ARD zeigt sich der Bundestrainer zufrieden:"); only speaker-like phrases."""
        words = [t for t in tokens if not t.is_space]
        for k in range(1, min(len(words) - 1, 8)):
            tok = words[k]
            if tok.is_lower and tok.is_alpha and tok.lower_ not in DETERMINERS.get("de", set()) \
                    and tok.lower_ not in FUNCTION_WORDS["de"] and tok.pos_ not in ("ADP", "DET") \
                    and not (tok.pos_ == "ADJ" and k + 1 < len(words)
                             and words[k + 1].pos_ == "NOUN"):  # "Die praktische Anwendung"
                rest = words[k + 1:]
                if rest and rest[0].lower_ == "sich":
                    rest = rest[1:]
                np = self._np(doc, rest, lex)
                if np is not None:
                    return np
                return None
        return None

    def _clause_speaker(self, doc: Doc, cue: Token, lex: lexicon.CueLexicon) -> Span | None:
        """Speaker of a cue verb inside running text (mixed and indirect quotes). Without a
        parser only the unambiguous surface cases are taken: a subject opening the sentence,
        or a pronoun/name right after the cue; otherwise no speaker rather than a guess."""
        if _has(doc, "DEP"):
            return self._speaker(doc, cue, [], lex)
        sent = _sentence(doc, cue.i)
        if doc.lang_ == "de" and _impersonal(cue) and cue.lower_.startswith(("hie", "hei")):
            return self._impersonal_source(doc, cue, lex)  # "Nun heißt es im Bericht, …"
        if doc.lang_ == "de":
            passive = self._passive_source(doc, sent, cue, lex)
            if passive is not None:
                return passive
        relative = _relative_pronoun(doc, sent, cue)
        if relative is not None:  # "…, das berichtet, dass": not the main clause's subject
            return _antecedent(relative, cue) or doc[relative.i:relative.i + 1]
        if doc.lang_ == "de":
            inner = self._subordinate_subject(doc, sent, cue, lex)
            if inner is not None:
                return inner
        head = [t for t in doc[sent.start:min(cue.i, sent.start + 12)] if not t.is_space]
        if doc.lang_ == "de" and len(head) == 1 and head[0].lower_ in DEMONSTRATIVES:
            return doc[head[0].i:head[0].i + 1]  # "Dieser bestätigte, dass …"
        np = self._np(doc, head, lex) if head else None
        if np is None and head:
            np = self._np(doc, head, lex, relaxed=True)
            if np is not None and np.end != cue.i:
                np = None
        if np is not None and doc.lang_ == "de" and not self._nominative_opening(doc, np):
            np = None  # "Des Weiteren verwies X", "Der Politik schlug er vor"
        if np is not None and len(np) == 1 and np.end != cue.i and np.end < len(doc) \
                and not doc[np.end].is_lower:
            np = None  # "Zugleich räumte …": a lone capitalised word is a name only when
            # the finite verb follows it
        if np is not None and (np[0].lower_ in DETERMINERS.get(doc.lang_, set()) or len(np) > 1
                               or np[0].lower_ in PRONOUNS.get(doc.lang_, set())
                               or np.end == cue.i):
            return np
        after = [t for t in doc[cue.i + 1:min(sent.end, cue.i + 8)]]
        if after and (after[0].lower_ in PRONOUNS.get(doc.lang_, set())
                      or doc.lang_ == "de" and after[0].lower_ in DEMONSTRATIVES):
            return doc[after[0].i:after[0].i + 1]
        if after and after[0].lower_ == "sich":
            after = after[1:]
        inverted = self._np(doc, after, lex) if after else None  # "warnte Kluncker vor …"
        if inverted is not None and (any(t.ent_type_ in ("PER", "ORG") for t in inverted)
                                     or inverted[0].lower_ in DETERMINERS.get(doc.lang_, set())
                                     or any(self._speaker_noun(t.lower_, lex) for t in inverted)):
            return inverted
        coordinated = self._coordinated_subject(doc, sent, cue)
        if coordinated is not None or doc.lang_ != "de":
            return coordinated
        return self._clause_subject(doc, sent, cue, lex) or self._v2_subject(doc, sent, cue, lex)

    def _subordinate_subject(self, doc: Doc, sent: Span, cue: Token, lex: lexicon.CueLexicon
                             ) -> Span | None:
        """German cue inside a subordinate clause: its subject follows the subordinator
        ("…, indem er sagte, …", "…, nachdem sie berichtet hatte"), not the main clause's."""
        lo = next((t.i for t in reversed(doc[sent.start:cue.i]) if t.text in (",", ";", ":")),
                  None)
        if lo is None or lo + 2 > cue.i or doc[lo + 1].lower_ not in SUBJECT_SUBORDINATORS:
            return None
        words = [t for t in doc[lo + 2:cue.i] if not t.is_space]
        if words and words[0].lower_ in PRONOUNS["de"] | DEMONSTRATIVES | {"man"}:
            return doc[words[0].i:words[0].i + 1]
        np = self._np(doc, words, lex) if words else None
        return np if np is not None and np.end < cue.i else None

    @staticmethod
    def _nominative_opening(doc: Doc, np: Span) -> bool:
        """Can a German phrase before the finite verb be its subject? Not an adverbial that
        looks like a noun phrase ("Des Weiteren", "Weiter"), not a dative ("Der Politik
        schlug er vor", "Ihr gegenüber hat er …")."""
        if np.text.lower() in ADVERBIAL_OPENINGS:
            return False
        if np.end < len(doc) and doc[np.end].lower_ in POSTPOSITIONS:
            return False
        first = np[0]
        cases = first.morph.get("Case")
        if first.pos_ in ("DET", "PRON") and cases and "Nom" not in cases:
            return False
        return not QuoteExtractor._fronted_object(doc, np)

    @staticmethod
    def _fronted_object(doc: Doc, np: Span) -> bool:
        """German verb-second: is the phrase before the finite verb its object? Marked by
        its article (den/dem/einen/einem; "der" before a feminine singular noun is dative
        or genitive), by a plural phrase before a singular verb ("Die Pläne stellte die
        Sprecherin in Frage"), or by an unambiguous nominative right after the verb ("Die
        Schließung bezeichnete er als Fehler", "Die Pläne kritisierte der Verband")."""
        if doc.lang_ != "de" or np.end >= len(doc):
            return False
        first = np[0]
        nouns = [t for t in np if t.pos_ in ("NOUN", "PROPN")]
        head = nouns[0] if nouns else np[-1]
        if first.lower_ in NON_NOMINATIVE:
            return True
        if first.lower_ == "der" and head.pos_ == "NOUN" \
                and head.morph.get("Gender") == ["Fem"] and head.morph.get("Number") == ["Sing"]:
            return True
        verb = doc[np.end]
        if verb.pos_ not in ("VERB", "AUX") or not verb.is_lower:
            return False
        if first.lower_ in ("die", "das", "eine") and head.pos_ == "NOUN" \
                and head.morph.get("Number") == ["Plur"] \
                and verb.morph.get("Number") == ["Sing"] \
                and not any(t.lower_ in ("und", "sowie") for t in np):
            return True
        if first.lower_ in ("der", "ein") or first.lower_ in PRONOUNS["de"]:
            return False  # a nominative itself
        return QuoteExtractor._nominative_after(doc, verb.i + 1)

    @staticmethod
    def _nominative_after(doc: Doc, i: int) -> bool:
        """An unambiguous German nominative at ``i`` (past "sich" and adverbs): er, ich, wir,
        du, or der/ein with a masculine singular noun ("der Verband", "ein Sprecher")."""
        while i < len(doc) and (doc[i].lower_ == "sich" or doc[i].lower_ in SUBJECT_ADVERBS):
            i += 1
        if i >= len(doc):
            return False
        tok = doc[i]
        if tok.lower_ in ("er", "ich", "wir", "du"):
            return True
        if tok.lower_ not in ("der", "ein"):
            return False
        noun = next((t for t in doc[i + 1:min(len(doc), i + 5)]
                     if t.pos_ in ("NOUN", "PROPN") or t.is_punct), None)
        return noun is not None and noun.pos_ == "NOUN" \
            and noun.morph.get("Gender") == ["Masc"] and noun.morph.get("Number") == ["Sing"]

    def _passive_source(self, doc: Doc, sent: Span, cue: Token, lex: lexicon.CueLexicon
                        ) -> Span | None:
        """German passive of a cue: the agent after von/vom/durch/seitens ("wurde vom
        Verfassungsgerichtshof für rechtswidrig erklärt"), else the document it stands in
        ("In einem Bericht der Zeitung wurde vermutet, dass …")."""
        if not cue.is_lower or not cue.lower_.endswith(("t", "en")):
            return None
        lo = next((t.i + 1 for t in reversed(doc[sent.start:cue.i]) if t.text in (",", ";", ":")),
                  sent.start)
        clause = [t for t in doc[lo:cue.i] if not t.is_space]
        if not any(t.lower_ in PASSIVE_AUXILIARIES | {"war", "waren"} for t in clause):
            return None
        for k, tok in enumerate(clause):
            if tok.lower_ in AGENT_PREPOSITIONS and k + 1 < len(clause):
                np = self._np(doc, clause[k + 1:k + 9], lex, relaxed=True)
                if np is not None:
                    return np
        heads = source_nouns("de") | DOCUMENT_NOUNS
        for k, tok in enumerate(clause):
            if tok.lower_ in ("in", "im", "auf") and k + 1 < len(clause):
                np = self._np(doc, clause[k + 1:k + 9], lex, relaxed=True)
                if np is not None and any(t.lower_ in heads for t in np):
                    return np
        return None

    def _v2_subject(self, doc: Doc, sent: Span, cue: Token, lex: lexicon.CueLexicon
                    ) -> Span | None:
        """German verb-second order around the finite verb of the cue's clause (the cue, or
        the auxiliary of its participle): the subject is the first constituent when that is
        a nominative noun phrase ("Die Kanadier hingegen sagen"), else right after the finite
        verb ("Am Freitag hatte Verlagsleiter Lutz Schumacher … erklärt", "Damals dachte
        niemand")."""
        lo = sent.start
        for tok in doc[sent.start:cue.i]:
            if tok.text in (",", ";", ":", "–", "(", ")") or tok.text in QUOTE_CHARS:
                lo = tok.i + 1
        clause = [t for t in doc[lo:cue.i + 1] if not t.is_space]
        if len(clause) < 2:
            return None
        finite = next((t for t in clause[1:-1] if t.lower_ in AUXILIARIES
                       or t.lower_ in PASSIVE_AUXILIARIES or t.lower_ in MODALS), clause[-1])
        if any(t.lower_ in PASSIVE_AUXILIARIES for t in doc[finite.i:cue.i + 2]):
            return None  # "Die Männer werden beschuldigt": the subject is not the speaker
        first = [t for t in clause if t.i < finite.i]
        if first and first[0].lower_ not in NON_NOMINATIVE:
            np = self._np(doc, first, lex, relaxed=True)
            if np is not None and all(t.is_lower and t.is_alpha for t in doc[np.end:finite.i]) \
                    and self._nominative_opening(doc, np):
                return np
        after = [t for t in doc[finite.i + 1:min(len(doc), finite.i + 8)] if not t.is_space]
        if after and after[0].lower_ == "sich":
            after = after[1:]
        if after and after[0].lower_ in LONE_SUBJECTS:
            return doc[after[0].i:after[0].i + 1]
        if after and after[0].lower_ not in NON_NOMINATIVE:
            np = self._np(doc, after, lex, relaxed=True)
            if np is not None and np.end <= cue.i:
                return np
        return None

    def _clause_subject(self, doc: Doc, sent: Span, cue: Token, lex: lexicon.CueLexicon
                        ) -> Span | None:
        """German, the clause holding the cue: "…, zumal Verteidiger Wolfgang Dingfelder
        immer wieder betont hatte, …" (the subject after a subordinator), or a named person
        or organisation opening the clause ("Houcine Abassi, der Generalsekretär …, sagte")."""
        lo = sent.start
        for tok in doc[sent.start:cue.i]:
            if tok.text in (",", ";", ":", "(", ")") and tok.i + 1 < cue.i:
                lo = tok.i + 1
        clause = [t for t in doc[lo:cue.i] if not t.is_space]
        if clause and lo > sent.start and clause[0].lower_ in RELATIVE_PRONOUNS:
            # "eine Resolution, welche … auffordert", "das Buch „Wars“, das berichtet": the
            # phrase the relative pronoun stands for, else the pronoun itself
            comma = lo - 1
            antecedent = _antecedent(clause[0], cue)
            if antecedent is not None:
                return antecedent
            for k in range(max(sent.start, comma - 8), comma):
                words = [t for t in doc[k:comma] if not t.is_space]
                np = self._titled_np(doc, words) or self._np(doc, words, lex, relaxed=True)
                if np is not None and np.end == comma:
                    return np
            return doc[clause[0].i:clause[0].i + 1]
        if clause and clause[0].lower_ in reported.SUBORDINATORS["de"] | {"zumal", "dass", "ob",
                                                                         "wie", "als"}:
            np = self._np(doc, clause[1:], lex)
            if np is not None:
                return np
        opening = [t for t in doc[sent.start:cue.i] if not t.is_space]
        for ent in doc.ents:
            if ent.label_ in ("PER", "ORG") and opening and ent.start == opening[0].i:
                return ent
        return None

    def subject_of(self, doc: Doc, verb: Token) -> Span | None:
        """The subject of a verb by the same rules that find speakers (used by events for
        the agent of a verb trigger: "wischte Putin … beiseite", "Putin hat … abgetan")."""
        lex = lexicon.load(doc.lang_)
        if _has(doc, "DEP"):
            return self._speaker(doc, verb, [], lex)
        after = [t for t in doc[verb.i + 1:min(len(doc), verb.i + 4)] if not t.is_space]
        np = self._np(doc, after, lex, name_only=False, relaxed=False)
        if np is not None and (np[0].lower_ in PRONOUNS.get(doc.lang_, set())
                               or any(t.ent_type_ == "PER" or t.pos_ == "PROPN" for t in np)):
            return np  # verb-second inversion: "wischte Putin", "betonte er"
        return self._clause_speaker(doc, verb, lex)

    @staticmethod
    def _coordinated_subject(doc: Doc, sent: Span, cue: Token) -> Span | None:
        """"… wischte Putin die Behauptungen beiseite und erklärte, dass …": the cue shares
        the subject of the first verb of the coordination (needs part-of-speech tags)."""
        if not _has(doc, "POS") or cue.i < 1 or doc[cue.i - 1].lower_ not in ("und", "and"):
            return None
        for tok in doc[max(sent.start, cue.i - 30):cue.i - 1]:
            prev = doc[tok.i - 1] if tok.i > sent.start else None
            inverted = prev is not None and prev.pos_ in ("VERB", "AUX")
            if tok.pos_ == "PROPN" and (inverted or tok.i == sent.start):
                end = tok.i + 1
                while end < cue.i and doc[end].pos_ == "PROPN":
                    end += 1
                return doc[tok.i:end]
            if tok.pos_ == "PRON" and inverted and tok.lower_ in PRONOUNS.get(doc.lang_, set()):
                return doc[tok.i:tok.i + 1]
        return None

    @staticmethod
    def _subject_span(tok: Token) -> Span:
        left = tok.left_edge.i
        right = tok.i
        for child in tok.rights:
            if child.dep_ in ("flat", "flat:name", "pnc", "nk", "compound", "appos") \
                    and child.left_edge.i == right + 1 \
                    and not any(t.is_punct for t in child.subtree):
                right = child.right_edge.i  # "director Dana Fisher", not ", a lawyer"
        return tok.doc[left:right + 1]

    def _np(self, doc: Doc, tokens: list[Token], lex: lexicon.CueLexicon,
            name_only: bool = False, relaxed: bool = False) -> Span | None:
        """A speaker-like noun phrase at the start of ``tokens``: a pronoun, a name, or
        a determiner + role noun (+ name); never a date ("am Mittwoch", "um 15:36 Uhr")."""
        span = self._np_any(doc, tokens, lex, name_only, relaxed)
        if span is None:
            return None
        before = doc[span.start - 1].lower_ if span.start > 0 else ""
        if before in ("am", "um", "im", "seit", "bis", "on", "at", "since") \
                or any(t.lower_ in TEMPORAL_WORDS or t.like_num for t in span[-2:]) \
                and not any(self._speaker_noun(t.lower_, lex) for t in span):
            return None
        return span

    def _np_any(self, doc: Doc, tokens: list[Token], lex: lexicon.CueLexicon,
                name_only: bool = False, relaxed: bool = False) -> Span | None:
        tokens = [t for t in tokens if not t.is_space]
        if not tokens:
            return None
        lang = doc.lang_
        first = tokens[0]
        if _has(doc, "POS") and first.pos_ in ("DET", "ADJ", "NOUN", "PROPN",
                                                        "NUM", "PRON"):
            return self._tagged_np(doc, tokens, lex, name_only, relaxed)
        if not name_only and first.lower_ in PRONOUNS.get(lang, set()):
            return doc[first.i:first.i + 1]
        if first.lower_ in FUNCTION_WORDS.get(lang, set()):
            return None
        k = 0
        has_det = first.lower_ in DETERMINERS.get(lang, set())
        if has_det:
            if name_only:
                return None
            k = 1
        while k < len(tokens) and tokens[k].is_lower and tokens[k].is_alpha and has_det \
                and k + 1 < len(tokens) and not tokens[k + 1].is_punct:
            k += 1  # adjectives after a determiner
        begin = k
        while k < len(tokens) and _capitalised(tokens[k]) \
                and tokens[k].lower_ not in PRONOUNS.get(lang, set()):
            if not has_det and lex.lemmas_for(tokens[k].text):
                break
            k += 1
        if k == begin:
            return None
        span = doc[tokens[0].i:tokens[k - 1].i + 1]
        if has_det and not relaxed and k - begin < 2 and lex.speaker_nouns \
                and not any(self._speaker_noun(t.lower_, lex) for t in span[1:]) \
                and not any(t.ent_type_ for t in span):
            return None
        return span

    def _tagged_np(self, doc: Doc, tokens: list[Token], lex: lexicon.CueLexicon,
                   name_only: bool, relaxed: bool) -> Span | None:
        """The same with part-of-speech tags: lower-case English nouns count too."""
        lang = doc.lang_
        first = tokens[0]
        if first.pos_ == "PRON":
            ok = not name_only and first.lower_ in PRONOUNS.get(lang, set())
            return doc[first.i:first.i + 1] if ok else None
        if first.lower_ in FUNCTION_WORDS.get(lang, set()) or (name_only and first.pos_ == "DET"):
            return None
        k = 0
        while k < len(tokens) and (tokens[k].pos_ in ("DET", "ADJ", "NOUN", "PROPN", "NUM")
                                   or tokens[k].tag_ == "POS" or tokens[k].text in ("-",)
                                   or self._modifier_link(tokens, k)):
            if k > 0 and tokens[k].pos_ == "DET" and tokens[k - 1].tag_ != "POS" \
                    and not self._modifier_link(tokens, k) \
                    and not (k == 1 and tokens[k].lower_ in QUANTIFIERS):
                break  # but "die beiden Mitglieder", "the two senators" are one phrase
            k += 1
        while k > 0 and tokens[k - 1].pos_ not in ("NOUN", "PROPN", "NUM"):
            k -= 1
        if k == 0:
            return None
        span = doc[first.i:tokens[k - 1].i + 1]
        if not relaxed and first.pos_ == "DET" and lex.speaker_nouns \
                and not any(self._speaker_noun(t.lower_, lex) for t in span) \
                and not any(t.ent_type_ for t in span):
            return None
        return span

    @staticmethod
    def _modifier_link(tokens: list[Token], k: int) -> bool:
        """A genitive or "of"/"von" attribute continues a speaker phrase after its noun:
        "Ein Sprecher des Ministeriums", "the chief executive of Thames Water"."""
        if k == 0 or k + 1 >= len(tokens) or tokens[k - 1].pos_ not in ("NOUN", "PROPN"):
            return False
        word = tokens[k].lower_
        if word in ("des", "der", "eines", "einer"):
            return tokens[k].doc.lang_ == "de"
        if word in ("of", "von") and tokens[k + 1].pos_ in ("DET", "PROPN", "NOUN", "ADJ"):
            return True
        return False

    @staticmethod
    def _speaker_noun(word: str, lex: lexicon.CueLexicon) -> bool:
        """Role nouns, also as the head of a German compound (Regierungssprecherin)."""
        if word in lex.speaker_nouns:
            return True
        if lex.language == "de":
            return any(len(n) >= 5 and word.endswith(n) for n in lex.speaker_nouns)
        return False

    # --- indirect speech ---------------------------------------------------------------------

    def _indirect(self, doc: Doc, lex: lexicon.CueLexicon,
                  quotes: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """Reported speech by the patterns in :mod:`reported`, never overlapping a quote
        found earlier (direct quotes and earlier patterns win)."""
        taken = sorted((q["start"], q["end"]) for q in quotes)
        found: list[dict[str, Any]] = []

        def overlaps(start: int, end: int) -> bool:
            k = bisect.bisect_left(taken, (start, end))
            return any(s < end and start < e
                       for s, e in taken[max(0, k - 1):k + 1])

        def add(start: int, end: int, cue: tuple[Token, str] | None, speaker: Span | None,
                confidence: float, source_inside: bool = False) -> dict[str, Any] | None:
            end = reported.clause_end(doc, start, end)
            if end - start < 2:
                return None
            span = doc[start:end]
            if overlaps(span.start_char, span.end_char):
                return None
            if speaker is not None and span.start <= speaker.start < span.end \
                    and not source_inside:
                return None  # the "speaker" is inside what is reported: a misparse
            bisect.insort(taken, (span.start_char, span.end_char))
            qs = QuoteSpan(span.start_char, span.start_char, span.end_char, span.end_char,
                           "", True)
            record = self._record(doc, qs, "indirect", speaker, cue[0] if cue else None,
                                  cue[1] if cue else None, confidence)
            found.append(record)
            return record

        lang = doc.lang_
        previous: dict[str, Any] | None = None
        last_sent: Span | None = None
        if lang == "en":
            self._headline_lines(doc, add)
        for sent in doc.sents:
            before = len(found)
            if lang == "de" and last_sent is not None:
                self._anaphoric_report(doc, sent, last_sent, lex, add)
            last_sent = sent
            if lang == "en":  # "X told her that Y, according to Z": only the outer one counts
                self._marker_clauses(doc, sent, lex, add)
                self._as_clauses(doc, sent, lex, add)  # "Instead, she said, X told her …"
            self._complementizer_clauses(doc, sent, lex, add)
            if lang == "de":
                self._konjunktiv_clauses(doc, sent, lex, add)
            if lang != "en":
                self._marker_clauses(doc, sent, lex, add)
            self._parsed_complements(doc, sent, lex, add)
            if lang == "en":
                self._stance_clauses(doc, sent, lex, add)
            if lang == "en" and self.speech_objects:
                self._object_contents(doc, sent, lex, add)
            if len(found) > before:
                previous = found[-1]
            elif lang == "de" and previous is not None:
                cont = self._continuation(doc, sent, lex, previous, add)
                previous = cont if cont is not None else self._speech_act(doc, sent, lex)
            elif lang == "de":
                previous = self._speech_act(doc, sent, lex)
            else:
                previous = None
        return found

    def _speech_act(self, doc: Doc, sent: Span, lex: lexicon.CueLexicon
                    ) -> dict[str, Any] | None:
        """German: a sentence reporting a speech act without a reported clause ("Die
        Ministerin kritisierte die Pläne.", "Der Wetterdienst warnte vor Sturm."): the
        Konjunktiv sentence that follows is what was said, so it continues like reported
        speech (see :meth:`_continuation`)."""
        if any(t.text in QUOTE_CHARS for t in sent):
            return None
        cue = self._find_cue([t for t in sent if t.i > sent.start or t.is_title], lex)
        if cue is None or cue[0].i == sent.start:
            return None
        speaker = self._clause_speaker(doc, cue[0], lex)
        if speaker is None:
            return None
        return {"end": sent.end_char, "speaker": {
            "text": speaker.text, "start": speaker.start_char, "end": speaker.end_char}}

    def _parsed_complements(self, doc: Doc, sent: Span, lex: lexicon.CueLexicon,
                            add: Any) -> None:
        """With a parser: a cue verb's clausal complement ("said Russia had …")."""
        if not _has(doc, "DEP"):
            return
        for tok in sent:
            if tok.pos_ not in ("VERB", "AUX"):
                continue
            cue = self._find_cue([tok], lex)
            extra = cue is None and doc.lang_ == "en"
            if extra:
                cue = reported.extra_cue(tok, reported.CLAUSE_CUES_EN)
            if cue is None:
                continue
            if doc.lang_ == "en" and tok.dep_ == "ccomp" and tok.head.i > tok.i \
                    and self._find_cue([tok.head], lex) is not None \
                    and not any("\n" in t.text for t in doc[tok.i:tok.head.i]):
                continue  # "X believe Y, she said": the outer attribution holds the inner
                # (not one the parse found in the next paragraph)
            if cue[1] in lex.cues:
                self._prepositional_demand(doc, sent, tok, cue, lex, add)
            for child in tok.children:
                if child.dep_ not in ("ccomp", "oc"):
                    continue  # not "promised to cut taxes": an intention, not what was said
                if extra and (child.pos_ not in ("VERB", "AUX")
                              or self._find_cue([child], lex) is not None
                              and doc[child.left_edge.i].lower_ not in ("that", "whether")):
                    continue  # "found X liable" (a ruling); "know, the coach said" (misparse)
                left, right = child.left_edge.i, child.right_edge.i + 1
                comps = reported.COMPLEMENTIZERS.get(doc.lang_, set())
                english = doc.lang_ == "en"
                if left > tok.i + 1 and not (english and doc[left].lower_ in comps) \
                        and not any(t.is_punct or t.head.i == tok.i and t.dep_ in (
                        "dobj", "dative", "iobj", "obj", "npadvmod")
                        for t in doc[tok.i + 1:left]):  # not "told [reporters]"
                    left = tok.i + 1  # a subject the parse hung on the cue ("said about half
                    # of the adjustment reflected …")
                while left < right and (doc[left].lower_ in reported.COMPLEMENTIZERS.get(
                        doc.lang_, set()) or doc[left].is_punct or doc[left].is_space):
                    left += 1
                right = self._clause_stop(doc, left, right)
                if english:
                    left, right = self._closing_report(doc, tok, left, right)
                    right = self._coordinated_report(doc, tok, left, right, lex)
                if english and left > tok.i:  # a headline run into the next line by the parse
                    right = next((k for k in range(left, right) if "\n" in doc[k].text), right)
                # what is reported stands on one side of its cue, inside its sentence
                if not (left > tok.i or right <= tok.i) or left < sent.start \
                        or right > sent.end or "\n" in doc[left:right].text:
                    continue
                speaker = self._speaker(doc, tok, [], lex)
                if english and speaker is not None and left <= speaker.start < right:
                    speaker = self._bare_subject(doc, tok)  # "About 4 in 10 say they …"
                add(left, right, cue, speaker, 0.75)

    @staticmethod
    def _closing_report(doc: Doc, cue: Token, left: int, right: int) -> tuple[int, int]:
        """English "<clause>, he said." closing its paragraph, when the parse carries the
        clause across a paragraph break: it opens after the break before it ("X.\n\nThe
        worst … groups, Miller said.") and ends at the comma before the attribution, not in
        the next paragraph ("…, he said.\n\n''Find …'' he told them.")."""
        if left >= cue.i:
            return left, right
        if right > cue.i and any("\n" in doc[k].text for k in range(cue.i, right)):
            subject = next((c for c in cue.lefts if c.dep_ in ("nsubj", "nsubjpass")), None)
            stop = subject.left_edge.i if subject is not None else cue.i
            if stop > left and doc[stop - 1].text == ",":
                right = stop - 1
        if right <= cue.i:
            breaks = [k for k in range(left, right) if "\n" in doc[k].text]
            if breaks:
                left = breaks[-1] + 1
        return left, right

    def _coordinated_report(self, doc: Doc, cue: Token, left: int, right: int,
                            lex: lexicon.CueLexicon) -> int:
        """English: where a reported clause ends among coordinated clauses. A second
        "that"-clause of the same cue continues it ("said the city needs X, but that he would
        not raise taxes"); a clause with an attribution of its own does not ("said they were
        worried, and more than half said …")."""
        for k in range(left + 1, right - 2):
            if doc[k].text == "," and doc[k + 1].lower_ in ("and", "but") and any(
                    self._find_cue([t], lex) is not None and t.pos_ == "VERB"
                    and any(c.dep_ in SUBJECT_DEPS and c.i > k + 1 for c in t.children)
                    for t in doc[k + 2:right]):
                return k
        for child in cue.rights:
            if child.dep_ == "conj" and child.left_edge.i >= right \
                    and doc[child.left_edge.i].lower_ in ("that", "whether") \
                    and all(t.is_punct or t.dep_ == "cc" for t in doc[right:child.left_edge.i]):
                right = self._clause_stop(doc, left, child.right_edge.i + 1)
        return right

    def _as_clauses(self, doc: Doc, sent: Span, lex: lexicon.CueLexicon, add: Any) -> None:
        """With a parser: an attribution set into the clause it reports. "As X noted, Y" /
        "Y, as X said" (the clause the as-clause modifies), and "Y1, X writes, Y2" / "Y, X
        said" parsed as a parenthetical (the whole clause; news corpora bridge the
        interruption, as newsflow keeps quotes contiguous)."""
        if not _has(doc, "DEP"):
            return
        for tok in sent:
            if tok.pos_ != "VERB" or tok.dep_ not in ("advcl", "parataxis") \
                    or tok.head.i == tok.i:
                continue
            cue = self._find_cue([tok], lex)
            if cue is None or cue[1] in ("speak", "allow", "propose") \
                    or not any(c.dep_ in SUBJECT_DEPS for c in tok.children) \
                    or any(c.dep_ in ("ccomp", "xcomp") or c.dep_ == "dobj"
                           and cue[1] != "tell" for c in tok.children):
                continue  # "as he signed the bill": a time, not a source
            head, first, last = tok.head, tok.left_edge.i, tok.right_edge.i
            while first < tok.i and doc[first].is_punct:
                first += 1
            while last > tok.i and doc[last].is_punct:
                last -= 1
            if tok.dep_ == "advcl":
                if doc[first].lower_ != "as" or doc[first].dep_ != "mark":
                    continue
                if last < head.i:  # "As X noted, Y"
                    left, right = last + 1, head.right_edge.i + 1
                else:  # "Y, as X noted"
                    left, right = head.left_edge.i, first
            else:
                if not (first > sent.start and doc[first - 1].text == ","):
                    continue  # "Y1, X writes, Y2" / "Y, X said": set off by commas
                left, right = head.left_edge.i, head.right_edge.i + 1
                while right - 1 > last and doc[right - 1].is_punct:
                    right -= 1
                if right - 1 <= last:  # "Y, X said.": the attribution closes the clause
                    right = first
                # else the interruption stays inside: one contiguous item
            while left < right and (doc[left].is_punct or doc[left].pos_ == "CCONJ"):
                left += 1
            right = self._paragraph_end(doc, max(left, tok.i), right)
            while right > left and doc[right - 1].is_punct:
                right -= 1
            if right - left < 3 or left < sent.start or right > sent.end \
                    or "\n" in doc[left:right].text:
                continue
            speaker = self._speaker(doc, tok, [], lex)
            add(left, right, cue, speaker, 0.7, source_inside=True)

    def _stance_clauses(self, doc: Doc, sent: Span, lex: lexicon.CueLexicon, add: Any) -> None:
        """With a parser: a "that"-clause reported without a cue verb of its own: of a noun of
        saying ("his warning that …", "a demand, by X, that …"), of an adjective of holding
        true ("they are convinced that …") and of "made (it) clear (to X) that …"."""
        if not _has(doc, "DEP"):
            return
        for tok in sent:
            clause: Token | None = None
            speaker: Span | None = None
            low = tok.lower_
            if tok.pos_ == "NOUN" and tok.lemma_.lower() in reported.CLAUSE_NOUNS_EN:
                clause = self._that_clause(doc, tok)
                speaker = self._noun_source(doc, tok, lex) if clause is not None else None
            elif low in reported.CLAUSE_ADJECTIVES_EN and tok.dep_ in ("acomp", "oprd") \
                    and tok.head.pos_ in ("AUX", "VERB"):
                clause = self._that_clause(doc, tok)
                if clause is not None:
                    speaker = self._speaker(doc, tok.head, [], lex)
            elif tok.lemma_.lower() == "make" and tok.pos_ == "VERB" and any(
                    c.lower_ == "clear" and c.i > tok.i for c in tok.children):
                clear = next(c for c in tok.children if c.lower_ == "clear" and c.i > tok.i)
                mark = next((t for t in doc[clear.i + 1:min(sent.end, clear.i + 10)]
                             if t.lower_ == "that" and t.dep_ == "mark"), None)
                clause = mark.head if mark is not None and mark.head.i > mark.i else None
                if clause is not None:
                    speaker = self._speaker(doc, tok, [], lex)
                    low = "make clear"
            if clause is None:
                continue
            left = clause.left_edge.i
            while left < clause.i and (doc[left].lower_ in ("that", "whether")
                                       or doc[left].is_punct):
                left += 1
            right = self._clause_stop(doc, left, clause.right_edge.i + 1)
            right = self._paragraph_end(doc, left, right)
            if left <= tok.i or right > sent.end or "\n" in doc[left:right].text:
                continue
            add(left, right, (tok, low if low == "make clear" else tok.lemma_.lower()),
                speaker, 0.6)

    @staticmethod
    def _paragraph_end(doc: Doc, after: int, right: int) -> int:
        """A paragraph break after ``after`` ends what is reported there: the parser runs a
        sentence on into the next paragraph when that opens with quotation marks ("…
        another.\\n''There is a risk …''"), but nobody's report crosses the break."""
        brk = next((k for k in range(after + 1, right) if "\n" in doc[k].text), right)
        while brk > after + 1 and (doc[brk - 1].is_punct or doc[brk - 1].is_space):
            brk -= 1
        return brk

    @staticmethod
    def _that_clause(doc: Doc, tok: Token) -> Token | None:
        """The finite clause a noun or adjective takes with "that"/"whether" (not a relative
        clause: there "that" is the clause's subject or object, not its marker)."""
        if any(c.lower_ == "enough" for c in tok.children) or any(
                t.lower_ in ("so", "such") for t in doc[max(0, tok.i - 3):tok.i]):
            return None  # "so many complaints that …", "worried enough that …": a result
        for child in tok.rights:
            if child.dep_ in ("acl", "ccomp", "advcl") and child.pos_ in ("VERB", "AUX") \
                    and doc[child.left_edge.i].lower_ in ("that", "whether") \
                    and doc[child.left_edge.i].dep_ == "mark" \
                    and any(c.dep_ in SUBJECT_DEPS | {"expl"} for c in child.children) \
                    and not (child.lemma_.lower() in reported.HANDLING_VERBS_EN
                             and not any(c.dep_ in ("dobj", "obj") for c in child.children)):
                return child  # not "the claim that he made": "that" is its missing object
        return None

    def _noun_source(self, doc: Doc, noun: Token, lex: lexicon.CueLexicon) -> Span | None:
        """Who a noun of saying belongs to: its possessor ("Trump's claim"), a by-phrase ("a
        demand, by Pelosi, that"), or the subject of a verb that utters it ("raised concern
        that", "made charges that")."""
        for child in noun.children:
            if child.dep_ == "poss":
                words = [t for t in doc[child.left_edge.i:child.i + 1] if t.dep_ != "case"]
                return doc[words[0].i:words[-1].i + 1] if words else None
            if child.dep_ == "prep" and child.lower_ in ("by", "from"):
                obj = next((c for c in child.children if c.dep_ == "pobj"), None)
                if obj is not None:
                    return doc[obj.left_edge.i:obj.right_edge.i + 1]
        verb = noun.head
        if noun.dep_ == "dobj" and verb.lemma_.lower() in reported.UTTERING_VERBS_EN:
            return self._speaker(doc, verb, [], lex)
        return None

    @staticmethod
    def _bare_subject(doc: Doc, cue: Token) -> Span | None:
        """A subject the parse did not label ("About 4 in 10 say …"): the cue's own left
        dependents, without a leading conjunction or adverb."""
        left = cue.left_edge.i
        while left < cue.i and (doc[left].is_punct or doc[left].pos_ in ("CCONJ", "ADV")
                                and doc[left].head.i == cue.i):
            left += 1
        words = doc[left:cue.i]
        if not len(words) or any(t.pos_ in ("VERB", "AUX", "PART", "ADP", "SCONJ")
                                 or t.is_punct for t in words[:1]) \
                or any(t.pos_ in ("VERB", "AUX") or t.is_punct for t in words) \
                or not any(t.pos_ in ("NOUN", "PROPN", "NUM", "PRON") for t in words):
            return None
        return words

    def _object_contents(self, doc: Doc, sent: Span, lex: lexicon.CueLexicon,
                         add: Any) -> None:
        """With a parser: the direct object of a cue verb that reports or judges it, with the
        rest of the verb phrase ("criticized [Clinton for her vote]", "announced [a plan to
        cut taxes]"). Runs after the clausal patterns, which win where both apply."""
        if not _has(doc, "DEP"):
            return
        for tok in sent:
            if tok.pos_ != "VERB" or tok.lemma_.lower() in reported.OBJECT_IS_ADDRESSEE \
                    or tok.lemma_.lower() in reported.OBJECT_IS_SOURCE:
                continue
            cue = self._find_cue([tok], lex)
            if cue is None and self.object_contents:
                cue = reported.extra_cue(tok, reported.OBJECT_CUES_EN)
            category = lex.cues[cue[1]].category if cue is not None and cue[1] in lex.cues \
                else None
            if cue is None or category in reported.OBJECT_CONTENT_SKIP_CATEGORIES or (
                    not self.object_contents
                    and category in reported.OBJECT_JUDGING_CATEGORIES):
                continue
            obj = next((c for c in tok.rights if c.dep_ in ("dobj", "obj")), None)
            if obj is None or any(c.dep_ in ("dative", "iobj") for c in tok.children) \
                    or obj.lemma_.lower() in reported.GOODS_NOUNS_EN \
                    or obj.ent_type_ == "PRODUCT":
                continue
            rights = [c for c in tok.rights if c.dep_ not in OBJECT_PHRASE_STOPS
                      and not self._temporal(c)]
            left = obj.left_edge.i
            right = max(c.right_edge.i for c in rights) + 1 if rights else obj.right_edge.i + 1
            right = next((k for k in range(left, right) if doc[k].text in CLAUSE_PUNCT), right)
            if right <= left or right > sent.end or "\n" in doc[left:right].text:
                continue
            add(left, right, cue, self._speaker(doc, tok, [], lex), 0.6)

    @staticmethod
    def _temporal(tok: Token) -> bool:
        """"on Friday", "last week": a time adverbial of the cue, not part of its object."""
        if tok.dep_ == "prep":
            return any(c.ent_type_ in ("DATE", "TIME") for c in tok.children)
        return tok.ent_type_ in ("DATE", "TIME")

    def _prepositional_demand(self, doc: Doc, sent: Span, tok: Token, cue: tuple[Token, str],
                              lex: lexicon.CueLexicon, add: Any) -> None:
        """A demand made through the cue's preposition has no clausal complement: "called
        for a special prosecutor", "called on the United States to attack …" — what was
        demanded is the preposition's object and the infinitive that follows it."""
        # the form lookup cannot see a preposition ("called" → call); the parse can
        prep = next((c for c in tok.children if c.dep_ == "prep" and c.i > tok.i
                     and lex.cues.get(f"{cue[1].split()[0]} {c.lower_}") is not None
                     and lex.cues[f"{cue[1].split()[0]} {c.lower_}"].particle == c.lower_),
                    None)
        if prep is None:  # "called for the state to pay": a for-to clause marked by "for"
            prep = next((doc[c.left_edge.i] for c in tok.children
                         if c.dep_ in ("advcl", "xcomp", "ccomp") and c.left_edge.i == tok.i + 1
                         and doc[c.left_edge.i].dep_ == "mark"
                         and lex.cues.get(f"{cue[1].split()[0]} {doc[tok.i + 1].lower_}")
                         is not None), None)
        if prep is None or prep.i + 1 >= sent.end:
            return
        cue = (tok, f"{cue[1].split()[0]} {prep.lower_}")
        right = prep.right_edge.i + 1 if prep.dep_ == "prep" else prep.head.right_edge.i + 1
        for child in tok.children:  # "on X [to attack …]": the parse hangs it on the verb
            if child.dep_ in ("xcomp", "advcl", "ccomp") and child.left_edge.i >= right - 1 \
                    and doc[child.left_edge.i].lower_ == "to":
                right = max(right, child.right_edge.i + 1)
        if not any(t.lower_ == "to" and t.i + 1 < right and doc[t.i + 1].pos_ in ("VERB", "AUX")
                   for t in doc[prep.i + 1:right]):
            return  # "called for tougher rules": a noun phrase alone is no reported speech
        right = self._clause_stop(doc, prep.i + 1, min(right, sent.end))
        if "\n" in doc[prep.i + 1:right].text:
            return
        add(prep.i + 1, right, cue, self._speaker(doc, tok, [], lex), 0.65)

    @staticmethod
    def _clause_stop(doc: Doc, left: int, right: int) -> int:
        """A reported clause ends before a comment the writer adds: a non-restrictive
        relative clause (", which is spread by mosquitoes") or a new clause of the main
        sentence (", and he railed against …")."""
        for k in range(left + 1, right - 1):
            if doc[k].text == ";" and doc.lang_ == "en":
                return k  # "…; organizers put the figure at …": a clause of its own
            if doc[k].text != ",":
                continue
            nxt = doc[k + 1]
            if nxt.lower_ in CLAUSE_BREAKERS and not (
                    doc.lang_ == "en" and nxt.lower_ in REASON_WORDS):
                if doc.lang_ == "en" and not any(t.pos_ in ("VERB", "AUX")
                                                 for t in doc[left:k]):
                    continue  # "The man, who lived in …, worked": it is the subject's
                return k
            if nxt.lower_ in ("and", "but") and k + 2 < right and (
                    doc[k + 2].dep_ in SUBJECT_DEPS or doc[k + 2].pos_ == "PRON"):
                return k
        return right

    def _complementizer_clauses(self, doc: Doc, sent: Span, lex: lexicon.CueLexicon,
                                add: Any) -> None:
        comps = reported.COMPLEMENTIZERS.get(doc.lang_, set())
        for tok in sent:
            if tok.lower_ not in comps or tok.i == sent.start:
                continue
            window = [t for t in doc[max(sent.start, tok.i - 6):tok.i] if t.text != ","]
            cue = self._find_cue(list(reversed(window)), lex)
            if cue is None:
                continue
            limit = min(sent.end, tok.i + 1 + MAX_CLAUSE_TOKENS)
            end = self._next_attribution_comma(doc, tok.i + 1, limit, lex)
            if doc.lang_ == "en" and tok.dep_ == "mark" and tok.head.i > tok.i:
                end = min(end, max(tok.head.right_edge.i + 1, tok.head.i + 1))
            add(tok.i + 1, end, cue, self._clause_speaker(doc, cue[0], lex), 0.7)

    def _next_attribution_comma(self, doc: Doc, start: int, end: int,
                                lex: lexicon.CueLexicon) -> int:
        """A reported clause ends where a new attribution starts (", sagte er")."""
        for tok in doc[start:end]:
            if tok.text == "," and tok.i + 1 < end \
                    and self._find_cue([doc[tok.i + 1]], lex) is not None:
                return tok.i
        return end

    def _konjunktiv_clauses(self, doc: Doc, sent: Span, lex: lexicon.CueLexicon,
                            add: Any) -> None:
        lo = sent.start  # start of the current clause: after the last , ; : or quote mark
        for comma in sent:
            if comma.text != "," or comma.i + 1 >= sent.end:
                if comma.text in (";", ":") or comma.text in "„“”\"»«":
                    lo = comma.i + 1
                continue
            clause_start, lo = lo, comma.i + 1
            limit = min(sent.end, comma.i + 1 + MAX_CLAUSE_TOKENS)
            # "X sagte, die Lage sei ernst"
            head = list(reversed(doc[max(clause_start, comma.i - 6):comma.i]))
            cue = self._find_cue(head, lex)
            first = doc[comma.i + 1]
            if cue is not None and first.lower_ not in reported.SUBORDINATORS["de"] \
                    and first.lower_ not in reported.COMPLEMENTIZERS["de"]:
                end = self._next_attribution_comma(doc, comma.i + 1, limit, lex)
                if reported.has_konj(doc[comma.i + 1:end], second=True) \
                        or self._reported_main_clause(doc, cue, comma.i + 1, end, lex):
                    add(comma.i + 1, end, cue, self._clause_speaker(doc, cue[0], lex), 0.7)
                    continue
            # "Die Lage sei ernst, sagte er" / "…, so Scholz" / "…, hatte X damals gesagt"
            nxt = doc[comma.i + 1]
            marker = nxt.lower_ == "so" and "so" in lex.sources
            cue = (nxt, "so") if marker else self._find_cue([nxt], lex)
            if cue is None and nxt.lower_ in AUXILIARIES and not marker:
                tail = [t for t in doc[nxt.i + 1:min(sent.end, nxt.i + 8)] if not t.is_punct]
                participle = self._find_cue(tail[-2:], lex) if tail else None
                if participle is not None and reported.has_konj(doc[clause_start:comma.i],
                                                                second=True):
                    speaker = self._np(doc, tail, lex, relaxed=True)
                    add(clause_start, comma.i, participle, speaker, 0.7)
                    continue
            if cue is None or comma.i - clause_start > MAX_CLAUSE_TOKENS:
                continue
            clause = doc[clause_start:comma.i]
            if not len(clause) or clause[0].lower_ in reported.SUBORDINATORS["de"] and not (
                    len(clause) > 1 and clause[0].lower_ in PREPOSITION_SUBORDINATORS
                    and (clause[1].lower_ in DETERMINERS["de"] | {"zu", "zum", "zur"}
                         or clause[1].like_num)):
                continue  # not "Bis zu der Beerdigung seien …, berichtet X": a preposition
            if not reported.has_konj(clause, second=True) and not (
                    clause_start == sent.start and self._closing_attribution(doc, nxt, cue, sent,
                                                                             lex)):
                continue
            after = nxt.i + 1
            if marker and after < sent.end:
                # "…, so bestätigt das Gericht": the verb after "so" is the cue, its subject
                # (after it) the source
                verb_cue = self._find_cue([doc[after]], lex)
                if verb_cue is not None:
                    cue, after = verb_cue, after + 1
            speaker = self._np(doc, list(doc[after:min(sent.end, after + 6)]), lex,
                               relaxed=True)
            if speaker is None and not marker:
                speaker = self._speaker(doc, nxt, [], lex)
            add(clause_start, comma.i, cue, speaker, 0.7)

    def _anaphoric_report(self, doc: Doc, sent: Span, previous: Span,
                          lex: lexicon.CueLexicon, add: Any) -> None:
        """"Das kündigte Konzernchef Oliver Blume an." / "Dies teilte die Polizei mit.": the
        demonstrative stands for the sentence before, which is what was said."""
        words = [t for t in sent if not t.is_space]
        if len(words) < 3 or "\n" in doc_cache.text(doc)[previous.end_char:sent.start_char]:
            return
        k = 1 if words[0].lower_ in ("das", "dies", "dieses") else 2 if (
            words[0].lower_ in ("diese", "diesen") and words[1].lower_ in REPORTED_NOUNS) else 0
        if not k:
            return
        cue = self._find_cue([words[k]], lex) or self._final_particle_cue(words[k], words, lex)
        if cue is None:
            return
        rest = self._skip_adverbials(words[k + 1:])
        speaker = self._np(doc, [t for t in rest if not t.is_punct], lex, relaxed=True)
        if speaker is None:
            return
        add(previous.start, previous.end, cue, speaker, 0.6)

    @staticmethod
    def _final_particle_cue(tok: Token, words: list[Token], lex: lexicon.CueLexicon
                            ) -> tuple[Token, str] | None:
        """A separable cue whose particle closes the sentence past an apposition's commas
        ("Dies teilte der Leiter, Max Muster, mit.")."""
        alpha = [t for t in words if t.is_alpha]
        last = alpha[-1].lower_ if alpha and alpha[-1].i > tok.i else ""
        for lemma in lex.lemmas_for(tok.text):
            if last and lex.cues[lemma].particle == last and not tok.lower_.startswith(last):
                return tok, lemma
        return None

    @staticmethod
    def _skip_adverbials(tokens: list[Token]) -> list[Token]:
        """German: the adverbials between a fronted object's verb and its subject ("gestern",
        "am Montag", "– nach langen Prüfungen –"), which are no part of the subject."""
        k = 0
        while k < len(tokens):
            tok = tokens[k]
            if tok.text in ("–", "—", "("):
                close = ")" if tok.text == "(" else tok.text
                end = next((j for j in range(k + 1, min(len(tokens), k + 15))
                            if tokens[j].text == close), None)
                if end is None:
                    break
                k = end + 1
            elif tok.text == "," or tok.lower_ in SUBJECT_ADVERBS:
                k += 1
            elif tok.lower_ in ("am", "vom") and k + 1 < len(tokens) \
                    and tokens[k + 1].lower_.startswith(TEMPORAL_PREFIXES):
                k += 2
            else:
                break
        return tokens[k:]

    def _reported_main_clause(self, doc: Doc, cue: tuple[Token, str], start: int, end: int,
                              lex: lexicon.CueLexicon) -> bool:
        """"BASF argumentiert, diese Sorte erspare …" with a verb form the Konjunktiv list
        misses, or "Er sagte, er kommt morgen": after a verb of saying and a comma, a main
        clause (opened by its subject) is what was said. Not an infinitive clause ("kündigte
        an, die Steuern zu senken": an intention) and not a clause opened by a verb."""
        category = lex.cues[cue[1]].category if cue[1] in lex.cues else ""
        if category not in SAYING or cue[0].i != start - 2 or end - start < 3:
            return False  # the cue right before the comma: "X sagte, …"
        first = doc[start]
        if not (first.is_title or first.lower_ in PRONOUNS["de"] | {"man", "es", "das", "dies"}
                or first.lower_ in DETERMINERS["de"] or first.pos_ in ("DET", "PRON", "NUM")):
            return False
        words = [t.lower_ for t in doc[start:end] if t.is_alpha]
        return not ("zu" in words[-3:] or any("zu" in w[2:-3] and w.endswith("en")
                                              for w in words[-1:]))

    def _closing_attribution(self, doc: Doc, verb: Token, cue: tuple[Token, str],
                             sent: Span, lex: lexicon.CueLexicon) -> bool:
        """", sagte ein Sprecher." closing a sentence: a verb of saying, its subject and at
        most a few adverbials up to the full stop, so the whole sentence before the comma is
        what was said, even in the indicative."""
        if cue[1] == "so":
            return True
        category = lex.cues[cue[1]].category if cue[1] in lex.cues else ""
        if category not in SAYING:
            return False
        rest = [t for t in doc[verb.i + 1:sent.end] if not t.is_space]
        while rest and rest[-1].is_punct:
            rest.pop()
        if not rest or len(rest) > 9 or any(t.text in (",", ";", ":") for t in rest):
            return False
        return self._np(doc, rest, lex, relaxed=True) is not None \
            or self._impersonal_source(doc, verb, lex) is not None \
            or rest[0].lower_ == "es"

    def _marker_clauses(self, doc: Doc, sent: Span, lex: lexicon.CueLexicon,
                        add: Any) -> None:
        """laut X / X zufolge / according to X: the rest of the clause is reported."""
        tokens = list(sent)
        if not tokens:
            return
        low = [t.lower_ for t in tokens]
        if self._headline_claim(doc, sent, tokens, add):
            return
        if doc.lang_ == "de":
            if self._phrase_marker(doc, sent, tokens, low, lex, add):
                return
            if low[0] == "laut" and "laut" in lex.sources:
                np = self._np(doc, tokens[1:8], lex, relaxed=True)
                if np is not None:
                    add(np.end, sent.end, (tokens[0], "laut"), np, 0.7)
                    return
            if "zufolge" in low and "zufolge" in lex.sources:
                k = low.index("zufolge")
                lead = self._np(doc, tokens[:k], lex, relaxed=True) if 0 < k < 8 else None
                if lead is not None and lead.end == tokens[k].i:
                    np = doc[sent.start:tokens[k].i]
                    add(tokens[k].i + 1, sent.end, (tokens[k], "zufolge"), np, 0.7)
                    return
                for j in range(max(0, k - 6), k):  # "… dürfte ersten Annahmen zufolge …"
                    np = self._np(doc, tokens[j:k], lex, relaxed=True)
                    if np is not None and np.end == tokens[k].i:
                        add(sent.start, sent.end, (tokens[k], "zufolge"), np, 0.6,
                            source_inside=True)
                        return
            if "laut" in low[1:] and "laut" in lex.sources:
                k = low.index("laut", 1)
                np = self._np(doc, tokens[k + 1:k + 8], lex, relaxed=True)
                if np is not None and np.end < sent.end:
                    add(sent.start, sent.end, (tokens[k], "laut"), np, 0.6, source_inside=True)
                    return
            self._wie_clause(doc, sent, tokens, low, lex, add)
        elif doc.lang_ == "en":
            for k in range(len(tokens) - 2):
                if low[k] == "according" and low[k + 1] == "to":
                    np = self._object_np(tokens[k + 1]) or self._np(
                        doc, tokens[k + 2:k + 10], lex, relaxed=True)
                    if np is None:
                        continue
                    cue = (tokens[k], "according to")
                    if k == 0:
                        rest = np.end + (1 if np.end < sent.end and doc[np.end].text == ","
                                         else 0)
                        add(rest, sent.end, cue, np, 0.7)
                    else:
                        end = tokens[k - 1].i if low[k - 1] == "," else tokens[k].i
                        rest = [t for t in doc[np.end:sent.end] if not (t.is_punct or t.is_space)]
                        if len(rest) >= 2 and doc[np.end].text == ",":
                            # "At the heart of it, according to X, was a decision …": the
                            # clause goes on after the source; one item over the interruption
                            add(sent.start, sent.end, cue, np, 0.7, source_inside=True)
                        else:
                            add(sent.start, end, cue, np, 0.7)
                    return

    def _headline_lines(self, doc: Doc, add: Any) -> None:
        """"Name: claim" on a line of its own, whatever the sentence splitter made of it
        (it often cuts after the colon, or runs a headline into the next line)."""
        text = doc_cache.text(doc)
        offset = 0
        for line in text.split("\n"):
            start, offset = offset, offset + len(line) + 1
            span = doc.char_span(start, start + len(line.rstrip()), alignment_mode="contract")
            if span is None or not 4 <= len(span) <= 40:
                continue
            self._headline_claim(doc, span, list(span), add)

    def _headline_fragment(self, doc: Doc, qs: QuoteSpan
                           ) -> tuple[Span, Token, tuple[int, int]] | None:
        """A quoted fragment inside the claim of a "Name: claim" headline line ("Sanders:
        ‘Of Course’ Clinton Is Qualified"): a mixed quote whose content is the claim."""
        text = doc_cache.text(doc)
        line_start = text.rfind("\n", 0, qs.open_at) + 1
        line_end = text.find("\n", qs.close_at)
        line_end = len(text) if line_end == -1 else line_end
        span = doc.char_span(line_start, len(text[:line_end].rstrip()), alignment_mode="contract")
        if span is None or not 4 <= len(span) <= 40:
            return None
        tokens = list(span)
        colon = next((k for k, t in enumerate(tokens[:6]) if t.text == ":"), None)
        if colon is None or colon == 0 or tokens[colon].idx > qs.open_at:
            return None
        name = tokens[:colon]
        if not all(t.is_title or t.is_upper or t.text in (".", "-") for t in name) \
                or not name[0].is_alpha or name[0].lower_ in HEADLINE_LABELS \
                or any(e.label_ in ("LOC", "GPE") and e.start <= name[0].i < e.end
                       for e in doc.ents):
            return None
        start = tokens[colon].idx + 1
        while start < qs.open_at and text[start] == " ":
            start += 1
        end = line_end
        while end > qs.close_at and text[end - 1] in " .!?":
            end -= 1
        outside = (text[start:qs.open_at] + text[qs.close_at + 1:end]).strip(" ,.’”'\"‘“")
        if sum(w[:1].isalpha() for w in outside.split()) < 1:
            return None  # the whole claim is the quotation: a direct quote
        return doc[name[0].i:name[-1].i + 1], tokens[colon], (start, end)

    @staticmethod
    def _headline_claim(doc: Doc, sent: Span, tokens: list[Token], add: Any) -> bool:
        """A headline line "Name: claim" ("Graham: Trump Is Destroying GOP's Chance",
        "Merkel: Lage ist ernst"): the colon is the cue, the name before it the speaker.
        Only a sentence that is a whole line, and only a short capitalised name (not a
        label such as "Update:" or "Analysis:")."""
        text = doc_cache.text(doc)
        if sent.start_char > 0 and text[sent.start_char - 1] != "\n":
            return False
        line = text[sent.start_char:sent.end_char].rstrip(" ")
        if "\n" in line.rstrip("\n") or not (line.endswith("\n") or sent.end_char == len(text)
                                              or text[sent.end_char] == "\n"):
            return False  # the sentence is not a whole line
        colon = next((k for k, t in enumerate(tokens[:6]) if t.text == ":"), None)
        if colon is None or colon == 0:
            return False
        name = tokens[:colon]
        if not all(t.is_title or t.is_upper or t.text in (".", "-") for t in name) \
                or not name[0].is_alpha or name[0].lower_ in HEADLINE_LABELS:
            return False
        if sum(t.is_alpha for t in tokens[colon + 1:]) < 3:
            return False
        if any(e.label_ in ("LOC", "GPE") and e.start <= name[0].i < e.end for e in doc.ents):
            return False  # a dateline ("BERLIN: …"), not a speaker
        add(tokens[colon].i + 1, sent.end, (tokens[colon], ":"),
            doc[name[0].i:name[-1].i + 1], 0.6)
        return True

    def _phrase_marker(self, doc: Doc, sent: Span, tokens: list[Token], low: list[str],
                       lex: lexicon.CueLexicon, add: Any) -> bool:
        """"Nach Angaben des Deutschen Wetterdienstes wird es heiß", "Der Zug sei nach
        Informationen der Bahn verspätet", "Nach ersten Schätzungen …": "nach" + a source noun
        of the sources lexicon (with a determiner or adjective between), its source the noun
        phrase after it, if any."""
        heads = source_nouns(lex.language)
        for k in range(len(tokens) - 2):
            if low[k] != "nach":
                continue
            h = k + 1
            while h < min(len(tokens), k + 4) and low[h] not in heads and tokens[h].is_alpha \
                    and (tokens[h].is_lower or tokens[h].pos_ == "DET"):
                h += 1  # "nach den / ersten / dessen / übereinstimmenden Angaben"
            if h >= len(tokens) or low[h] not in heads:
                continue
            rest = tokens[h + 1:h + 10]
            if rest and rest[0].lower_ in ("von", "aus", "vom", "seitens"):
                rest = rest[1:]
            np = None
            possessive = any(w in ("dessen", "deren", "seinen", "ihren", "eigenen")
                             for w in low[k + 1:h])  # the source is named elsewhere
            if rest and not possessive and rest[0].pos_ in ("DET", "PROPN", "ADJ", "NOUN") \
                    and not (rest[0].is_lower and rest[0].pos_ != "ADJ" and rest[0].pos_ != "DET"):
                np = self._np(doc, rest, lex, relaxed=True)
            if np is not None:  # the source phrase with its noun: "Angaben des Versorgers",
                np = doc[tokens[h].i:np.end]  # "Berichten britischer Tageszeitungen"
            end = np.end if np is not None else tokens[h].i + 1
            cue = (tokens[k], f"nach {low[h]}")
            if k == 0:
                stop = sent.end
                if end >= sent.end and end < len(doc) and "\n" not in doc[end - 1].text:
                    stop = _sentence(doc, end).end  # the sentencizer cut after the source
                start = end + (1 if end < stop and doc[end].text == "," else 0)
                add(start, stop, cue, np, 0.7)
            else:  # "Gleiches gelte nach Meinung Russlands auch für …": the sentence
                add(sent.start, sent.end, cue, np, 0.6, source_inside=True)
            return True
        return False

    def _wie_clause(self, doc: Doc, sent: Span, tokens: list[Token], low: list[str],
                    lex: lexicon.CueLexicon, add: Any) -> None:
        """"Wie die Feuerwehr mitteilte, sind … geborgen worden." / "…, wie ein Sprecher
        sagte." / "Demnach sollen …" (the source named before): the rest is reported."""
        if low and low[0] == "demnach" and len(tokens) > 3:
            add(tokens[1].i, sent.end, (tokens[0], "demnach"), None, 0.5)
            return
        starts = [k for k, w in enumerate(low) if w == "wie" and (k == 0 or low[k - 1] == ",")]
        for k in starts:
            comma = next((j for j in range(k + 2, min(len(tokens), k + 14))
                          if tokens[j].text in (",", ".", "!", "?")), None)
            if comma is None:
                continue
            cue = self._find_cue([tokens[comma - 1]], lex) or self._find_cue(
                [tokens[comma - 2]], lex)
            if cue is None:
                continue
            inner = [t for t in tokens[k + 1:comma] if not t.is_punct]
            while inner and inner[0].is_lower and inner[0].lower_ not in DETERMINERS["de"]:
                inner = inner[1:]  # "Wie schon die WHO sagte"
            speaker = self._np(doc, inner, lex, relaxed=True)
            if k == 0 and tokens[comma].text == ",":
                add(tokens[comma].i + 1, sent.end, cue, speaker, 0.7)
            elif k > 0:
                add(sent.start, tokens[k - 1].i, cue, speaker, 0.7)
            return

    @staticmethod
    def _object_np(prep: Token) -> Span | None:
        """The object of a preposition from the parse ("according to [people familiar
        with the matter]"), without a trailing relative or participle clause."""
        if not _has(prep.doc, "DEP"):
            return None
        for child in prep.children:
            if child.dep_ in ("pobj", "obj", "nmod"):
                right = child.i
                for r in child.rights:
                    if r.dep_ in ("prep", "amod", "compound", "poss", "nummod", "appos") \
                            and not any(t.is_punct for t in r.subtree):
                        right = r.right_edge.i
                return prep.doc[child.left_edge.i:right + 1]
        return None

    def _continuation(self, doc: Doc, sent: Span, lex: lexicon.CueLexicon,
                      previous: dict[str, Any], add: Any) -> dict[str, Any] | None:
        """A Konjunktiv I sentence right after reported speech continues it."""
        gap = doc_cache.text(doc)[previous["end"]:sent.start_char]
        if "\n" in gap or any(t.text in "„“”\"»«" for t in sent):
            return None
        head = [t for t in sent][:6]
        if not any(t.lower_ in reported.KONJ_I for t in head[1:]) \
                and not reported.has_konj(list(sent)[1:12]):
            return None  # "Da ein Tief über der Nordsee liege, werde es …"
        if self._find_cue(list(sent), lex) is not None:
            return None
        record = add(sent.start, sent.end, None, None, 0.6)
        if record is not None:
            record["speaker"] = previous["speaker"]
        return record

    # --- output ---------------------------------------------------------------------------

    @staticmethod
    def _parse_fallback(doc: Doc, quotes: list[dict[str, Any]]) -> None:
        by_start = {t.idx: t for t in doc}
        for quote in quotes:
            if quote["speaker"] is not None or quote["cue"] is None or quote.get("inherited"):
                continue
            tok = by_start.get(quote["cue"]["start"])
            source = parsed_source(tok) if tok is not None else None
            if source is not None and not (quote["start"] <= source.start_char < quote["end"]):
                quote["speaker"] = {"text": source.text, "start": source.start_char,
                                    "end": source.end_char}

    @staticmethod
    def _record(doc: Doc, qs: QuoteSpan, kind: str, speaker: Span | None, cue: Token | None,
                cue_lemma: str | None, confidence: float) -> dict[str, Any]:
        text = doc_cache.text(doc)
        end = qs.end
        while end > qs.start and text[end - 1] in ",;: ":
            end -= 1  # "Europe must stand together," she said: the comma is the sentence's
        return {
            "kind": kind,
            "text": text[qs.start:end],
            "start": qs.start,
            "end": end,
            "speaker": None if speaker is None else {
                "text": speaker.text, "start": speaker.start_char, "end": speaker.end_char},
            "cue": None if cue is None else {
                "text": cue.text, "lemma": cue_lemma or cue.lemma_.lower(),
                "start": cue.idx, "end": cue.idx + len(cue.text)},
            "confidence": round(confidence, 2),
        }


def parsed_source(tok: Token) -> Span | None:
    """The source the parse gives a cue: the active subject of a cue verb, the agent of a
    passive one ("von deutscher Seite wurde gefordert"; never the passive's subject, which
    is what was said or done), or the noun phrase a source marker belongs to ("Nacke
    zufolge"). The phrase runs from its left edge to its head, without what follows it."""
    doc = tok.doc
    if tok.dep_ in ("case", "mark") and tok.head is not tok \
            and tok.head.pos_ in ("NOUN", "PROPN", "PRON"):
        head = tok.head
        if head.i < tok.i:  # "Nacke zufolge"
            return doc[min(head.left_edge.i, head.i):head.i + 1]
        return doc[tok.i + 1:head.i + 1] if head.i - tok.i <= 6 else None  # "laut dieser Studie"
    chain = [tok]
    while chain[-1].dep_ in ("conj", "cj", "xcomp") and chain[-1].head is not chain[-1] \
            and len(chain) < 4:
        chain.append(chain[-1].head)
    for verb in chain:
        for child in verb.children:
            if child.dep_ in ("nsubj", "sb", "obl:agent", "agent") and child.lower_ != "es" \
                    and child.pos_ in ("NOUN", "PROPN", "PRON", "NUM", "X"):
                start = child.left_edge.i
                if child.dep_ in ("obl:agent", "agent"):
                    start = min(start, child.i)
                if doc[start:child.i + 1].text.lower() in ADVERBIAL_OPENINGS:
                    continue  # "Des Weiteren" parsed as a subject
                return doc[start:child.i + 1]
        # "X wischte … beiseite und erklärte, dass …": a coordinated verb's subject is the
        # first verb's (climbing conj/xcomp links, not past a subordinate clause)
    return None


# Where the surface rules leave a cue without a source, the parse may still name it
# ("In einer Pressemitteilung erklärte der Eigentümer, dass …", "das FBI seinerseits
# versprach, …"): a fallback only, never overriding a rule's speaker (see PARSE_ATTRIBUTION).
PARSE_FALLBACK = {"de"}


# Languages whose pipelines' dependency parse attributes speakers better than the surface
# rules. German is not among them: the project's own German parser (LAS 75) loses to the
# verb-second rules on the annotated set (speaker accuracy 0.88 with the parse, 0.95 without),
# so for German the parse is not used for attribution — its tags and entities still are.
PARSE_ATTRIBUTION = {"en"}


# what ends a noun phrase when it is read backwards from a relative clause's comma
PHRASE_BOUNDARY_POS = {"ADP", "VERB", "AUX", "PUNCT", "PRON", "SCONJ", "CCONJ", "ADV", "PART"}
SEPARABLE_PARTICLES = {"an", "ab", "auf", "aus", "bei", "ein", "fest", "fort", "her", "hin",
                       "mit", "nach", "vor", "weg", "zu", "zurück", "zusammen", "vorbei",
                       "hervor", "heraus", "entgegen", "gegenüber"}
# prepositions inside a noun phrase: the relative clause may belong to the noun before them
PHRASE_LINKS = {"von", "vom", "unter", "of", "by", "from"}
GENITIVE_ARTICLES = {"des", "der", "eines", "einer", "of"}


def _antecedent(pronoun: Token, verb: Token | None = None) -> Span | None:
    """The noun phrase a relative pronoun after a comma stands for: "zu dem Buch „Wars" des
    Journalisten Bob Woodward, das berichtet, dass …" → "dem Buch „Wars" des Journalisten
    Bob Woodward". Read backwards from the comma over the phrase's articles, adjectives and
    nouns (surface tags only: the German parse is not trusted for attribution), and take the
    first noun whose gender and number agree with the pronoun and whose number agrees with
    its verb ("den Bericht des Ministeriums, das …" → "Ministeriums"), else the phrase
    from its head. None without tags
    or a phrase."""
    doc = pronoun.doc
    if pronoun.lower_ not in RELATIVE_PRONOUNS or not doc_cache.has(doc, "POS") \
            or pronoun.i < 2 or doc[pronoun.i - 1].text != ",":
        return None
    comma = pronoun.i - 1
    if comma > 1 and doc[comma - 1].lower_ in SEPARABLE_PARTICLES \
            and doc[comma - 2].pos_ in ("NOUN", "PROPN"):
        comma -= 1  # "ging … auf die Frage zu dem Buch … ein, das …"
    start = _phrase_start(doc, comma, max(0, comma - 14))
    while start > 1 and doc[start - 1].lower_ in PHRASE_LINKS \
            and doc[start - 2].pos_ in ("NOUN", "PROPN"):  # "eine Umfrage unter Beschäftigten"
        start = _phrase_start(doc, start - 1, max(0, comma - 14))
    nouns = [t for t in doc[start:comma] if t.pos_ == "NOUN"]
    if not nouns and not any(t.pos_ == "PROPN" for t in doc[start:comma]):
        return None
    number = set(verb.morph.get("Number")) if verb is not None else set()
    agreeing = [n for n in nouns if _agrees(pronoun, n)
                and not (number and n.morph.get("Number")
                         and not number & set(n.morph.get("Number")))]
    if agreeing and agreeing[0] is not nouns[0]:
        left = agreeing[0].i  # a genitive inside the phrase: from its first modifier
        while left > start and doc[left - 1].pos_ in ("ADJ", "DET") \
                and doc[left - 1].lower_ not in GENITIVE_ARTICLES:
            left -= 1
        return doc[left:comma]
    return doc[start:comma]


def _phrase_start(doc: Doc, end: int, limit: int) -> int:
    """Where the run of articles, adjectives and nouns that ends at ``end`` begins."""
    start = end
    while start > limit and doc[start - 1].pos_ not in PHRASE_BOUNDARY_POS \
            and not doc[start - 1].is_space and not doc[start - 1].is_sent_end:
        start -= 1
    return start


def _relative_pronoun(doc: Doc, sent: Span, cue: Token) -> Token | None:
    """The relative pronoun opening the clause of ``cue`` ("…, die am Abend mitteilte"),
    if that clause is a relative clause."""
    lo = None
    for tok in doc[max(sent.start, cue.i - 10):cue.i]:
        if tok.text in (",", ";", ":", "(", ")"):
            lo = tok.i + 1
    if lo is None or lo >= cue.i:
        return None
    tok = doc[lo]
    following = doc[lo + 1] if lo + 1 < len(doc) else None
    if tok.lower_ in RELATIVE_PRONOUNS and (tok.pos_ == "PRON" or following is not None and
                                            following.pos_ not in ("NOUN", "PROPN", "ADJ",
                                                                   "NUM")):
        return tok
    return None


def _agrees(pronoun: Token, noun: Token) -> bool:
    """Gender and number agree where the morphology says both (English has neither)."""
    for feature in ("Gender", "Number"):
        a, b = pronoun.morph.get(feature), noun.morph.get(feature)
        if a and b and not set(a) & set(b):
            return False
    return True


def _has(doc: Doc, attr: str) -> bool:
    """Annotation present (cached), except a dependency parse we do not attribute by."""
    if attr == "DEP" and doc.lang_ not in PARSE_ATTRIBUTION:
        return False
    return doc_cache.has(doc, attr)


def _sentence(doc: Doc, i: int) -> Span:
    """The sentence of token ``i``. spaCy's ``Token.sent`` walks to the sentence bounds on
    every call, which is quadratic over one huge sentence; this indexes them once."""
    index = doc.user_data.get("newsflow_sentences")
    if index is None:
        sents = list(doc.sents)
        index = ([s.start for s in sents], sents)
        doc.user_data["newsflow_sentences"] = index
    starts, sents = index
    return sents[bisect.bisect_right(starts, i) - 1]


@cache
def source_nouns(language: str) -> frozenset[str]:
    """Nouns that make "nach …" a source phrase (Angaben, Informationen, Meinung …)."""
    lex = lexicon.load(language)
    nouns = {phrase.split()[-1] for phrase, position in lex.sources.items()
             if phrase.startswith("nach ") and position == "before" and phrase.split()[-1] != "von"}
    return frozenset(nouns | {"schätzung", "schätzungen", "berichten", "erkenntnissen",
                              "mitteilung", "auskunft", "aussagen", "worten", "angaben",
                              # singular and further report nouns: "nach einem Bericht der
                              # BBC", "nach einer Stellungnahme der Armee"
                              "bericht", "stellungnahme", "veröffentlichung", "darstellung",
                              "darstellungen", "bewertung", "fernsehbericht",
                              "medienbericht", "zeitungsbericht", "augenzeugenberichten",
                              "zeugenaussagen", "expertenmeinung",
                              # plans, announcements and legal texts: "nach der Ankündigung
                              # der Ministerin", "nach dem Grundgesetz"
                              "ankündigung", "idee", "plan", "plänen", "vorstellung",
                              "vorstellungen", "willen", "nachricht", "verfassung",
                              "grundgesetz", "urteil", "entwurf",
                              # findings: "nach einer ersten Analyse", "nach bisherigen
                              # Ermittlungen", "nach einem EU-Dokument", "je nach Quellenlage"
                              "analyse", "analysen", "planungen", "ermittlungen", "erfahrungen",
                              "dokument", "quellenlage", "umfrage", "umfragen", "studie",
                              "studien", "untersuchung", "untersuchungen", "prognose",
                              "prognosen", "berechnungen", "recherchen", "hochrechnung",
                              "hochrechnungen", "auswertung"})


def _impersonal(tok: Token) -> bool:
    """"hieß es", "heißt es", "es heißt": the impersonal report, not a name."""
    doc = tok.doc
    return (tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "es") or (
        tok.i > 0 and doc[tok.i - 1].lower_ == "es")


def _capitalised(tok: Token) -> bool:
    """A word whose first letter is upper case: names, German nouns, "CDU-Chef",
    "32-Jährige"."""
    letter = next((c for c in tok.text if c.isalpha()), "")
    return bool(letter) and letter.isupper() and not tok.is_punct \
        and all(c.isalnum() or c in "-.'’" for c in tok.text)


@Language.factory("newsflow_quotes", requires=["doc._.entities"], assigns=["doc._.quotes"],
                  default_config={"object_contents": False, "speech_objects": True})
def make_quote_extractor(nlp: Language, name: str, object_contents: bool = False,
                         speech_objects: bool = True) -> Guarded:
    if not Doc.has_extension("quotes"):
        Doc.set_extension("quotes", default=None)
    return Guarded(name, "quotes", QuoteExtractor(nlp.lang, object_contents, speech_objects))
