"""Repairs of NER spans before clustering, and German canonical names in the nominative.

Small pipelines split or mislabel names in predictable ways: a title before a name makes the
span an organisation ("Chancellor Olaf Scholz" → ORG), an inflected adjective is cut off an
organisation ("Laut Statistischem Bundesamt" → PER "Statistischem" + ORG "Bundesamt"), and a
full stop sticks to a one-letter name ("X."). These are fixed here, by rule, so that the
clusterer sees one span per name with the right type.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from spacy.tokens import Doc, Span, Token

from service.extract.places import place_country

ADJECTIVE_ENDINGS = ("en", "em", "er", "es", "e")
# words that look like inflected adjectives but open no name
NOT_NAME_ADJECTIVES = {"laut", "nach", "bei", "unter", "seit", "einen", "einem", "einer", "eines",
                       "diesen", "diesem", "dieser", "dieses", "jeden", "jedem", "jeder",
                       "beiden", "neben", "gegen", "wegen", "sowie", "oder", "aber", "wie"}
# name-final abbreviations that keep their full stop
KEEP_PERIOD = {"jr.", "sr.", "st.", "inc.", "corp.", "co.", "ltd.", "bros.", "mr.", "mrs.",
               "dr.", "prof.", "e.v.", "a.g."}

# gender of German organisation heads, by the end of the (compound) noun: the strong
# nominative ending of an adjective before it (Deutscher Wetterdienst, Statistisches Bundesamt,
# Europäische Zentralbank)
_FEMININE = ("ung", "heit", "keit", "schaft", "ion", "ei", "tät", "ur", "ik", "anz", "enz",
             "bank", "kammer", "agentur", "behörde", "union", "kasse", "akademie", "hochschule",
             "bahn", "post", "liga", "allianz", "front", "partei", "börse", "armee", "marine",
             "luftwaffe", "flotte", "stadt", "gemeinde", "kirche", "welle", "zeitung", "presse")
_NEUTER = ("amt", "ministerium", "gericht", "institut", "zentrum", "büro", "werk", "haus",
           "komitee", "parlament", "kabinett", "kollegium", "museum", "theater", "orchester",
           "klinikum", "kreuz", "reich", "königreich", "land", "forum", "netzwerk", "bündnis",
           "unternehmen", "kommando", "sekretariat", "direktorium", "präsidium", "gremium",
           "konsortium", "observatorium", "archiv", "labor", "portal", "team")


def strong_ending(head: str) -> str:
    """The adjective ending a German name takes without an article, by its head's gender."""
    low = head.lower()
    if low.endswith(_FEMININE):
        return "e"
    if low.endswith(_NEUTER):
        return "es"
    return "er"


def _adjective_stem(word: str) -> str | None:
    """The stem of a capitalised German adjective form (Deutschen → Deutsch), else None."""
    if len(word) < 5 or not word[:1].isupper() or not word.isalpha():
        return None
    for ending in ("en", "em", "er", "es", "e"):
        if word.endswith(ending) and len(word) - len(ending) >= 4:
            return word[:-len(ending)]
    return None


def german_nominative(words: Sequence[str]) -> list[str]:
    """"Deutschen Wetterdienst" → "Deutscher Wetterdienst", "Statistischem Bundesamt" →
    "Statistisches Bundesamt": every word before the head that is an inflected adjective gets
    the strong nominative ending the head's gender asks for. Other names are returned as
    they are (Bank of England, Vereinte Nationen: a plural head keeps its adjective)."""
    out = list(words)
    if len(out) < 2 or not out[-1][:1].isupper() or out[-1].lower().endswith(("en", "n")):
        return out
    ending = strong_ending(out[-1])
    for i in range(len(out) - 1):
        stem = _adjective_stem(out[i])
        if stem is None or not stem.lower().endswith(("isch", "sch", "ig", "lich", "al",
                                                      "ell", "är", "iv", "deutsch", "ös")):
            return list(words)  # not a run of adjectives before a head: leave it alone
        out[i] = stem + ending
    return out


def _is_person_title(tok: Token, is_title: Callable[[str], bool]) -> bool:
    return tok.is_alpha and is_title(tok.text)


def repair(doc: Doc, ents: Sequence[Span], is_title: Callable[[str], bool],
           is_place: Callable[[Sequence[str]], bool]) -> list[Span]:
    """The pipeline's entity spans with the repairs above applied."""
    out: list[Span] = []
    split: list[Span] = []
    for ent in ents:  # "World Health Organization (WHO": the bracket starts another name
        cut = next((t.i for t in ent if t.text == "("), None)
        if cut is None or cut == ent.start:
            split.append(ent)
            continue
        split.append(Span(doc, ent.start, cut, label=ent.label_))
        close = next((t.i for t in doc[cut:min(len(doc), ent.end + 2)] if t.text == ")"), None)
        if close is not None and close - cut == 2:
            split.append(Span(doc, cut + 1, close, label=ent.label_))
    ents = split
    taken = {i for e in ents for i in range(e.start, e.end)}
    for t in doc:  # an untagged name after a title: "Arbeitsminister Hubertus Heil"
        if t.i in taken or not _is_person_title(t, is_title) or t.i + 1 >= len(doc):
            continue
        end = t.i + 1
        while end < len(doc) and end - t.i <= 3 and end not in taken \
                and doc[end].pos_ == "PROPN" and doc[end].is_alpha \
                and doc[end].text[:1].isupper():
            end += 1
        if end > t.i + 1 and not is_place([x.text for x in doc[t.i + 1:end]]):
            ents.append(Span(doc, t.i + 1, end, label="PER"))
            taken.update(range(t.i + 1, end))
    if doc.lang_ == "de":  # an untagged name after a company noun: "Der Solarmodulhersteller
        # Heliosun aus Bitterfeld" (the tagger may take the name for a noun)
        for t in doc[:-1]:
            nxt = doc[t.i + 1]
            if t.i in taken or t.i + 1 in taken or not t.lower_.endswith(_DE_COMPANY_HEADS) \
                    or not nxt.text[:1].isupper() or not nxt.is_alpha \
                    or nxt.pos_ not in ("PROPN", "NOUN", "X") \
                    or is_place([nxt.text]) or nxt.lower_ in _DE_COMPANY_HEADS:
                continue
            if t.i + 2 < len(doc) and doc[t.i + 2].pos_ in ("NOUN", "PROPN") \
                    and doc[t.i + 2].text[:1].isupper() and t.i + 2 not in taken:
                continue  # "der Hersteller Solarmodule GmbH …": leave longer names alone
            ents.append(Span(doc, t.i + 1, t.i + 2, label="ORG"))
            taken.add(t.i + 1)
    for ent in ents:
        start, end, label = ent.start, ent.end, ent.label_
        # a title inside the span: "Chancellor Olaf Scholz", "Arbeitsminister Hubertus Heil"
        while end - start > 1 and _is_person_title(doc[start], is_title) \
                and doc[start + 1].text[:1].isupper() \
                and not (label == "ORG" and doc[end - 1].lower_ in _ORG_HEADS):
            start += 1
            label = "PER"
        # a title right before it: "Bundeskanzler Scholz", "Chancellor Merz"
        if label != "PER" and start > 0 and _is_person_title(doc[start - 1], is_title) \
                and all(t.is_alpha and t.text[:1].isupper() for t in doc[start:end]) \
                and not is_place([t.text for t in doc[start:end]]):
            label = "PER"
        # an organisation's inflected adjectives: "Statistischem Bundesamt", "des Deutschen
        # Wetterdienstes" (German; the adjective may be untagged or tagged on its own)
        if doc.lang_ == "de" and label in ("ORG", "MISC"):
            while start > 0 and (start - 1 not in taken or _single(ents, start - 1)) \
                    and _adjective_stem(doc[start - 1].text) is not None \
                    and doc[start - 1].lower_ not in NOT_NAME_ADJECTIVES \
                    and doc[start - 1].pos_ not in ("ADP", "DET", "PRON", "VERB", "AUX"):
                start -= 1
        # a German descriptor is no part of the company's name: "Maschinenbauer Trelmax" →
        # "Trelmax" (but "Reederei Nordhafen", "Brauerei Kaltenbach" are names)
        if doc.lang_ == "de" and label == "ORG" and end - start >= 2 \
                and doc[start].lower_.endswith(_DE_DESCRIPTOR_HEADS) \
                and doc[start + 1].text[:1].isupper():
            start += 1
        # a German authority with its seat is one organisation: "Staatsanwaltschaft Gliwice",
        # "Polizei Köln" (the tagger may take the seat alone, as a place or a name)
        if doc.lang_ == "de" and label in ("ORG", "LOC", "MISC") and start > 0 \
                and start - 1 not in taken and doc[start - 1].text[:1].isupper() \
                and doc[start - 1].lower_.endswith(_DE_AUTHORITY_HEADS):
            start, label = start - 1, "ORG"
        # a name a company noun introduces or whose shares are traded is a company:
        # "takeover of Activision Blizzard", "the carmaker Tesla", "Nvidia shares fell"
        if label in ("PERSON", "PER") and _company_context(doc, start, end):
            label = "ORG"
        elif doc.lang_ == "de" and label in ("PER", "LOC", "MISC") and start > 0 \
                and doc[start - 1].lower_.endswith(_DE_COMPANY_HEADS):
            label = "ORG"  # "der Chemiekonzern Halvora", "beim Autozulieferer Kessler"
        elif label == "PER" and start > ent.start and _company_context(doc, ent.start, end):
            start, label = ent.start, "ORG"  # "the carmaker General Motors": no title there
        elif label in ("PER", "PERSON", "MISC", "PRODUCT", "FAC", "WORK_OF_ART") \
                and end - start >= 2 \
                and doc[end - 1].lower_ in _COMPANY_LAST_WORDS:
            label = "ORG"  # "Dunmore Freight", "Varda Metals": a business word ends the name
        elif label in ("PER", "PERSON", "MISC") and end < len(doc) and end not in taken \
                and doc[end].lower_ in _COMPANY_LAST_WORDS and doc[end].text[:1].isupper():
            end, label = end + 1, "ORG"  # "Transalpin Cargo", the business word left out
        elif doc.lang_ == "en" and label in ("NORP", "PERSON", "PER", "MISC") \
                and end - start == 1 and _acronym(doc[start].text) and end < len(doc) \
                and doc[end].lower_ in _GROUP_NOUNS \
                and place_country(doc[start].text, doc.lang_) is None:
            label = "ORG"  # "the M23 rebels" (tagged NORP)
        # a lone word after "the" that heads its phrase is no person: "the values of the
        # Gospel", "praise the Almighty" (but "the Trump administration", "the Obamas")
        if doc.lang_ == "en" and label in ("PERSON", "PER") and end - start == 1 \
                and start > 0 and doc[start - 1].lower_ == "the" \
                and doc[start].tag_ != "NNPS" and not doc[start].text.endswith("s") \
                and not (end < len(doc) and doc[end].pos_ in ("NOUN", "PROPN")):
            label = "MISC"
        # a place name after a preposition of place is a place, whatever the tagger said:
        # "arrested two teenagers in Nottingham" (tagged PER)
        if label in ("PERSON", "PER") and start > 0 and (
                doc[start - 1].lower_ in _PLACE_PREPOSITIONS or start > 1
                and doc[start - 1].lower_ == "of" and doc[start - 2].lower_ in _PLACE_NOUNS) \
                and place_country(doc[start:end].text, doc.lang_) is not None:
            label = "LOC" if doc.lang_ == "de" else "GPE"
        # a full stop glued to the name's last token: "X.", "Siemens." (not "Inc.", "Jr.")
        span = Span(doc, start, end, label=label)
        out.append(span)
    # an untagged name right before "shares"/"stock": "Tesla shares fell"
    taken = {i for span in out for i in range(span.start, span.end)}
    for t in doc[1:]:
        if doc.lang_ == "en" and t.lower_ in _STOCK_WORDS and t.i - 1 not in taken:
            start = t.i
            while start > 0 and start - 1 not in taken and doc[start - 1].pos_ == "PROPN" \
                    and doc[start - 1].text[:1].isupper() and t.i - start < 3:
                start -= 1
            if start < t.i:
                out.append(Span(doc, start, t.i, label="ORG"))
                taken.update(range(start, t.i))
    # an untagged acronym right before a group noun: "the SINTAC union", "the GMB union"
    for t in doc[1:]:
        if doc.lang_ == "en" and t.lower_ in _GROUP_NOUNS and t.i - 1 not in taken \
                and _acronym(doc[t.i - 1].text) and doc[t.i - 1].pos_ in ("PROPN", "NOUN"):
            out.append(Span(doc, t.i - 1, t.i, label="ORG"))
            taken.add(t.i - 1)
    # drop spans swallowed by a neighbour that grew over them ("Statistischem" PER)
    out.sort(key=lambda s: (s.start, -(s.end - s.start)))
    kept: list[Span] = []
    for span in out:
        if kept and span.start < kept[-1].end:
            continue
        kept.append(span)
    return kept


# what introduces a company name or follows one (English; German compounds such as
# "Tesla-Aktie" are one token and not matched here)
_PLACE_NOUNS = frozenset({"village", "town", "city", "region", "province", "port", "district"})
_PLACE_PREPOSITIONS = frozenset({"in", "near", "at", "from", "outside", "im", "nahe", "bei",
                                 "aus", "nach"})
# last words that make a name an organisation's, whatever title-like word opens it
# ("General Motors Corporation", "General Electric", "Senate Foreign Relations Committee")
_ORG_HEADS = {"corporation", "corp", "inc", "company", "co", "group", "motors", "electric",
              "dynamics", "bank", "airlines", "airways", "foundation", "council", "committee",
              "association", "institute", "university", "agency", "ministry", "department",
              "holdings", "industries", "systems", "technologies", "laboratories", "labs",
              "mills", "foods", "partners", "capital", "fund", "trust", "ag", "gmbh", "se"}
# last words that make a name tagged as a person's a company's ("Dunmore Freight"); no word
# that is also a common surname (Mills, Banks, Steele)
_COMPANY_LAST_WORDS = frozenset({
    "corporation", "corp", "inc", "ltd", "plc", "llc", "company", "group", "motors",
    "airlines", "airways", "holdings", "industries", "technologies", "laboratories", "labs",
    "foods", "partners", "capital", "logistics", "freight", "metals", "energy", "pharma",
    "pharmaceuticals", "media", "shipping", "insurance", "bank", "ag", "gmbh", "se", "kg",
    "cargo"})
# company nouns that describe and never name ("der Autozulieferer Kessler")
_DE_DESCRIPTOR_HEADS = ("konzern", "hersteller", "zulieferer", "anbieter", "autobauer",
                        "maschinenbauer", "anlagenbauer", "handelsriese", "dienstleister",
                        "versicherer", "betreiber", "start-up", "startup", "händler",
                        "entwickler", "produzent")
# German authorities named with their seat ("Staatsanwaltschaft Kiel", "Amtsgericht Tiergarten")
_DE_AUTHORITY_HEADS = ("staatsanwaltschaft", "gericht", "polizei", "polizeipräsidium",
                       "polizeidirektion", "polizeiinspektion", "landratsamt",
                       "bezirksregierung", "regierungspräsidium", "universität", "klinikum",
                       "stadtwerke", "kriminalpolizei", "zollamt", "hauptzollamt")
# German company nouns and compound heads right before a name make it a company's
# (not words that also name people: Händler, Spezialist, Investor, Bauer)
_DE_COMPANY_HEADS = ("konzern", "hersteller", "unternehmen", "firma", "zulieferer", "anbieter",
                     "betreiber", "holding", "versicherer", "reederei", "verlag",
                     "fluggesellschaft", "airline", "start-up", "startup", "kette", "autobauer",
                     "maschinenbauer", "anlagenbauer", "handelsriese", "dienstleister")
_COMPANY_NOUNS = {"company", "firm", "startup", "start-up", "carmaker", "automaker", "maker",
                  "chipmaker", "conglomerate", "retailer", "publisher", "developer",
                  "broadcaster", "insurer", "airline", "lender", "subsidiary", "brand",
                  "manufacturer", "supplier", "giant", "group", "operator", "corporation"}
_DEAL_NOUNS = {"takeover", "acquisition", "purchase", "buyout", "merger", "stake", "shares",
               "owner", "ceo", "shareholders", "investors", "subsidiary"}
_STOCK_WORDS = {"shares", "stock", "stocks", "shareholders"}
# nouns an organisation's acronym stands before ("the GMB union", "the M23 rebels")
_GROUP_NOUNS = {"union", "unions", "party", "rebels", "militia", "movement"}
_DEAL_PREPOSITIONS = {"of", "in", "with"}


def _company_context(doc: Doc, start: int, end: int) -> bool:
    """English only: a company noun right before the name ("the carmaker Tesla"), a deal
    noun and its preposition ("takeover of", "stake in"), or share words after it."""
    if doc.lang_ != "en":
        return False
    before = doc[start - 1].lower_ if start > 0 else ""
    before2 = doc[start - 2].lower_ if start > 1 else ""
    after = doc[end].lower_ if end < len(doc) else ""
    after2 = doc[end + 1].lower_ if end + 1 < len(doc) else ""
    if before in _COMPANY_NOUNS:
        # not a relative clause ("the company Jeff Bezos founded"): a verb right after the
        # name is its clause's own only when the company noun is the subject
        nxt = doc[end] if end < len(doc) else None
        if nxt is not None and (nxt.dep_ == "relcl" or (
                nxt.pos_ in ("VERB", "AUX")
                and doc[start - 1].dep_ not in ("nsubj", "nsubjpass", "compound"))):
            return False
        return True
    if before in _DEAL_PREPOSITIONS and before2 in _DEAL_NOUNS:
        return True
    return after in _STOCK_WORDS or (after == "'s" and after2 in _STOCK_WORDS)


def _acronym(word: str) -> bool:
    """"GMB", "SINTAC", "M23": capitals, perhaps with digits, at least two letters."""
    return word.isupper() and sum(c.isalpha() for c in word) >= 2 and word.isalnum()


def _single(ents: Sequence[Span], i: int) -> bool:
    """Token ``i`` is a one-token entity of its own (which a neighbour may absorb)."""
    return any(e.start == i and e.end == i + 1 for e in ents)


def trailing_period(text: str) -> bool:
    """Whether a mention's final full stop belongs to the sentence, not to the name."""
    if not text.endswith(".") or len(text) < 2:
        return False
    last = text.split()[-1].lower()
    if last in KEEP_PERIOD or last.count(".") > 1:  # "U.S.", "e.V."
        return False
    return True
