"""Event attributes on trigger matches, as the own gold sets are scored: roles, time with the
publication day for a null gold time, place and modality."""

from service.evaluation import attributes


def _gold(time=None, location=None):
    return {"id": "a", "published_at": "2025-03-04", "events": [
        {"type": "economy.layoffs", "trigger": {"text": "streichen", "start": 20, "end": 29},
         "actors": [{"role": "agent", "text": "ZF"}], "time": time, "location": location,
         "modality": "asserted"}]}


def _pred(time_value, actors, location=None, modality="asserted"):
    return {"id": "a", "events": [
        {"type": "economy.layoffs", "trigger": {"text": "streichen", "start": 20, "end": 29},
         "actors": actors, "time": {"value": time_value}, "location": location,
         "modality": modality}]}


def test_a_null_gold_time_is_the_publication_day_for_the_own_sets():
    pred = _pred("2025-03-04", [{"role": "agent", "text": "Autozulieferer ZF"}])
    res = attributes.score_attributes([_gold()], [pred], published_fallback=True)
    assert (res.time.correct, res.time.total) == (1, 1)
    assert (res.agent.correct, res.agent.total) == (1, 1)  # holds the whole gold mention
    res = attributes.score_attributes([_gold()], [pred])
    assert res.time.total == 0  # MEANTIME: only gold times are judged


def test_time_place_and_modality_are_judged_where_the_gold_has_them():
    gold = _gold(time={"text": "Montag", "value": "2025-03-03"},
                 location={"text": "Friedrichshafen", "country": "DE"})
    wrong = _pred("2025-03-04", [{"role": "agent", "text": "Friedrichshafen"}],
                  location={"text": "Bodensee", "country": "DE"}, modality="hypothetical")
    res = attributes.score_attributes([gold], [wrong], published_fallback=True)
    assert [(a.correct, a.total) for a in (res.time, res.agent, res.location, res.modality)] \
        == [(0, 1), (0, 1), (0, 1), (0, 1)]
    right = _pred("2025-03-03", [{"role": "agent", "text": "ZF"}],
                  location={"text": "Friedrichshafen", "country": "DE"})
    res = attributes.score_attributes([gold], [right], published_fallback=True)
    assert [(a.correct, a.total) for a in (res.time, res.agent, res.location, res.modality)] \
        == [(1, 1), (1, 1), (1, 1), (1, 1)]
    assert "location" in attributes.format_attribute_scores(res, "t")


def test_gold_event_times_judge_the_date_layer():
    text = "Der Streik begann am Montag. Am 3. Mai endete er."
    gold = {"id": "a", "published_at": "2025-05-07", "text": text, "events": [
        {"type": "labor.strike", "trigger": {"start": 4, "end": 10}, "actors": [],
         "time": {"text": "Montag", "value": "2025-05-05"}},
        {"type": "labor.strike", "trigger": {"start": 41, "end": 47}, "actors": [],
         "time": {"text": "3. Mai", "value": "2025-05-03"}}]}
    start = text.index("Montag")
    pred = {"id": "a", "events": [], "dates": [
        {"text": "Montag", "start": start, "end": start + 6, "value": "2025-05-12"}]}
    res = attributes.score_attributes([gold], [pred], published_fallback=True)
    assert (res.timex_found.correct, res.timex_found.total) == (1, 2)
    assert (res.timex_value.correct, res.timex_value.total) == (0, 1)
