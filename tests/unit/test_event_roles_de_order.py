"""German roles where word order or the parser misleads (issue 12): an object put first, an
infinitive whose doer is the object of the verb above it, a connecting adverb tagged as a
name, and a class noun that cannot stand for a name of another kind. Full shipped German
pipeline; invented variants of each construction."""

from __future__ import annotations

import pytest

from service.extract.pipeline import Extractor


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def roles(extractor: Extractor, text: str, trigger: str) -> dict[str, list[str]]:
    record = extractor.enrich_many([{"id": "x", "text": text, "language": "de",
                                     "published_at": "2025-03-12T09:00:00Z"}])[0]
    found = [e for e in record["events"] if e["trigger"]["text"] == trigger]
    assert found, [(e["type"], e["trigger"]["text"]) for e in record["events"]]
    out: dict[str, list[str]] = {}
    for actor in found[0]["actors"]:
        out.setdefault(actor["role"], []).append(actor["text"])
    return out


@pytest.mark.parametrize("text, trigger, agent, patient", [
    ("Den Fahrer nahmen die Beamten noch an der Unfallstelle fest.", "nahmen", "Beamten",
     "Fahrer"),
    ("Den Konkurrenten übernahm der Konzern für zwei Milliarden Euro.", "übernahm", "Konzern",
     "Konkurrenten"),
    ("Einen Rivalen kaufte die Bank im Mai.", "kaufte", "Bank", "Rivalen"),
    ("Der Bundesregierung warfen die Grünen vor, die Kosten abzuwälzen.", "warfen", "Grünen",
     "Bundesregierung"),
    ("Den Vorsitz soll Finanzvorstand Tobias Krämer übernehmen.", "übernehmen",
     "Tobias Krämer", "Vorsitz"),
])
def test_object_first_agent_is_the_nominative(extractor, text, trigger, agent,
                                              patient) -> None:
    found = roles(extractor, text, trigger)
    assert found.get("agent") == [agent]
    assert patient in found.get("patient", [])


@pytest.mark.parametrize("text, trigger, agent", [
    ("Der Konzern übernahm den Konkurrenten.", "übernahm", "Konzern"),
    ("Die Firma wurde von dem Konzern übernommen.", "übernommen", "Konzern"),
    ("Die Bank kaufte einen Rivalen.", "kaufte", "Bank"),
])
def test_subject_first_stays(extractor, text, trigger, agent) -> None:
    assert roles(extractor, text, trigger).get("agent") == [agent]


@pytest.mark.parametrize("text, trigger, agent", [
    ("Die Gewerkschaft Verdi forderte die Notenbank auf, die Zinsen rasch zu senken.",
     "senken", "Notenbank"),
    ("Der Verband rief die Beschäftigten auf, am Montag zu streiken.", "streiken",
     "Beschäftigten"),
])
def test_object_of_a_separable_control_verb_acts(extractor, text, trigger, agent) -> None:
    assert roles(extractor, text, trigger).get("agent") == [agent]


@pytest.mark.parametrize("text, trigger, agent", [
    ("Unterdessen hat Hamburgs Erste Bürgermeisterin Lena Hansen am Freitag den Staatsrat "
     "Jan Petersen zum Senator ernannt.", "ernannt", "Lena Hansen"),
    ("Unterdessen hat die Regierung den Staatsrat Jan Petersen zum Senator ernannt.",
     "ernannt", "Regierung"),
])
def test_connecting_adverb_is_no_participant(extractor, text, trigger, agent) -> None:
    assert roles(extractor, text, trigger).get("agent") == [agent]


def test_class_noun_does_not_stand_for_a_name_of_another_kind(extractor) -> None:
    found = roles(extractor, "Die Gewerkschaft IG Metall forderte am Montag die Notenbank auf, "
                             "die Zinsen zu senken.", "senken")
    assert found.get("agent") and "IG Metall" not in found["agent"]


@pytest.mark.parametrize("text, trigger", [
    ("Die Reederei hat beim Arbeitsgericht eine Verfügung gegen den Streik beantragt.",
     "Streik"),
    ("Der Verband protestierte am Montag gegen die Übernahme.", "Übernahme"),
    ("Die Lufthansa streicht wegen eines Warnstreiks am Freitag rund 600 Flüge.",
     "Warnstreiks"),
    ("Die Bahn stellt aufgrund des Streiks den Fernverkehr ein.", "Streiks"),
])
def test_who_stands_against_a_noun_trigger_is_not_its_agent(extractor, text, trigger) -> None:
    assert "agent" not in roles(extractor, text, trigger)


def test_against_keeps_the_trigger_own_doer(extractor) -> None:
    found = roles(extractor, "Die Bahn klagte gegen den Streik der Gewerkschaft GDL.", "Streik")
    assert found.get("agent") == ["GDL"]


@pytest.mark.parametrize("text, trigger, agent", [
    ("Bei ihrer Zinsentscheidung am Donnerstag hat die Europäische Zentralbank den Leitzins "
     "gesenkt.", "Zinsentscheidung", "Europäische Zentralbank"),
    ("Bei ihrem Treffen in Paris haben die Außenminister neue Hilfen beschlossen.", "Treffen",
     "Außenminister"),
])
def test_possessive_in_a_fronted_phrase_is_the_subject(extractor, text, trigger,
                                                       agent) -> None:
    assert roles(extractor, text, trigger).get("agent") == [agent]


def test_possessive_is_no_subject_for_what_is_done_to_someone(extractor) -> None:
    found = roles(extractor, "Nach ihrer Festnahme hat die Polizei die Frau befragt.",
                  "Festnahme")
    assert "Polizei" not in found.get("patient", []) + found.get("agent", [])
