"""Events whose doer is the institution the article names (issue 12): a trial is held by its
court, an investigation run by its prosecutors, a rate decision made by its central bank, an
arrest made by its police, a strike called by its union. Full shipped pipelines; invented
articles."""

from __future__ import annotations

from typing import Any

import pytest

from service.extract.pipeline import Extractor


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def event(extractor: Extractor, text: str, language: str, trigger: str) -> dict[str, Any]:
    record = extractor.enrich_many([{"id": "x", "text": text, "language": language,
                                     "published_at": "2025-03-12T09:00:00Z"}])[0]
    found = [e for e in record["events"] if e["trigger"]["text"] == trigger]
    assert found, [(e["type"], e["trigger"]["text"]) for e in record["events"]]
    return found[0]


def agents(ev: dict[str, Any]) -> list[tuple[str, bool]]:
    return [(a["text"], bool(a.get("context"))) for a in ev["actors"] if a["role"] == "agent"]


@pytest.mark.parametrize("text, language, trigger, agent", [
    ("Der Fall liegt seit Januar beim Landgericht Köln. Der Angeklagte schweigt. Der Prozess "
     "hatte im Februar begonnen.", "de", "Prozess", "Landgericht Köln"),
    ("Der Ex-Manager muss sich vor dem Amtsgericht Bremen verantworten. Die Ermittlungen "
     "hatte die Staatsanwaltschaft Bremen schon 2023 aufgenommen. Der Prozess dauert an.",
     "de", "Prozess", "Amtsgericht Bremen"),
    ("David Orme appeared at Leeds Crown Court on Monday. Orme, 54, was convicted in July "
     "after a three-week trial.", "en", "trial", "Leeds Crown Court"),
    ("The Federal Reserve kept rates on hold in May. A rate cut in June is likely, analysts "
     "said.", "en", "cut", "Federal Reserve"),
    ("Officers from the Metropolitan Police were called to the scene. A 34-year-old man was "
     "arrested on Sunday.", "en", "arrested", "Metropolitan Police"),
])
def test_agentless_event_takes_the_named_institution(extractor, text, language, trigger,
                                                     agent) -> None:
    assert agents(event(extractor, text, language, trigger)) == [(agent, True)]


@pytest.mark.parametrize("text, language, trigger", [
    ("Der Angeklagte schweigt. Der Prozess hatte im Februar begonnen.", "de", "Prozess"),
    ("The company Harwell Foods said the trial began in May.", "en", "trial"),
])
def test_no_institution_of_that_kind_no_agent(extractor, text, language, trigger) -> None:
    assert agents(event(extractor, text, language, trigger)) == []


def test_own_sentence_doer_wins(extractor) -> None:
    ev = event(extractor, "Das Landgericht Köln ist zuständig. Am Montag hat die Gewerkschaft "
                          "Verdi einen Streik bei der Stadtreinigung begonnen.", "de", "Streik")
    assert agents(ev) == [("Verdi", False)]
