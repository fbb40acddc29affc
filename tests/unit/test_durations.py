"""Durations and sets (TimeML DURATION / SET), kept apart from dates.

Variants written for each construction, not taken from MEANTIME or the duration tables."""

from __future__ import annotations

import datetime as dt

import pytest

from service.extract.durations import duration_value, find_durations
from service.extract.timex import normalise_text

REF = dt.date(2025, 3, 12)


def found(text: str, lang: str) -> list[tuple[str, str, str, str | None]]:
    dates = normalise_text(text, lang, REF)
    return [(d["text"], d["value"], d["type"], d["mod"])
            for d in find_durations(text, lang, dates)]


@pytest.mark.parametrize(("count", "unit", "value"), [
    (3, "Y", "P3Y"), (18, "M", "P18M"), (None, "Y", "PXY"), (2, "W", "P2W"),
    (45, "TM", "PT45M"), (None, "TH", "PTXH"), (1, "DE", "P10Y"), (None, "DE", "PXY"),
    (2, "CE", "P200Y"), (1.5, "Y", "P1.5Y"), (0.5, "TH", "PT0.5H"), (1, "2W", "P2W"),
    (2.5, "D", "P2.5D"),
])
def test_values_follow_timeml(count: float | None, unit: str, value: str) -> None:
    assert duration_value(count, unit) == value


@pytest.mark.parametrize(("text", "expected"), [
    ("The strike lasted three weeks.", ("three weeks", "P3W", "DURATION", None)),
    ("He was jailed for more than two years.",
     ("more than two years", "P2Y", "DURATION", "MORE_THAN")),
    ("Shares fell for the past six trading days.",
     ("past six trading days", "P6D", "DURATION", None)),
    ("The mayor, 71, served nearly four decades in office.",
     ("nearly four decades", "P40Y", "DURATION", "LESS_THAN")),
    ("The talks could take about half an hour.",
     ("about half an hour", "PT0.5H", "DURATION", "APPROX")),
    ("The reactor was shut down for a year and a half.",
     ("a year and a half", "P1.5Y", "DURATION", None)),
    ("It was the company's first loss in twenty-five years.",
     ("twenty-five years", "P25Y", "DURATION", None)),
    ("A 90-minute meeting ended without a deal.", ("90-minute", "PT90M", "DURATION", None)),
    ("The 64-year-old minister resigned.", ("64-year-old", "P64Y", "DURATION", None)),
    ("The yen hit a seven-month low against the dollar.",
     ("seven-month", "P7M", "DURATION", None)),
    ("Negotiators have argued over the tariffs for months.", ("months", "PXM", "DURATION", None)),
    ("Over two weeks, the jury heard 30 witnesses.", ("two weeks", "P2W", "DURATION", None)),
    ("Prices will rise over the next three quarters of an hour.", None),
    # periods with no count: MEANTIME's PXD, the unit itself, minutes after "just"
    ("The plant will stay shut for an indefinite period.",
     ("indefinite period", "PXD", "DURATION", None)),
    ("She took leave for an unspecified period of time.",
     ("unspecified period of time", "PXD", "DURATION", None)),
    ("Shares may keep falling for the remainder of the week.", ("week", "P1W", "DURATION", None)),
    ("The index lost 300 points in just minutes.", ("minutes", "PTXM", "DURATION", None)),
])
def test_english_durations(text: str, expected: tuple[str, str, str, str | None] | None) -> None:
    got = found(text, "en")
    if expected is None:
        assert all(g[2] == "DURATION" for g in got)
        return
    assert expected in got, got


@pytest.mark.parametrize(("text", "expected"), [
    ("Die Bahn streikte drei Tage lang.", ("drei Tage lang", "P3D", "DURATION", None)),
    ("Er war seit zwölf Jahren Bürgermeister.", ("zwölf Jahren", "P12Y", "DURATION", None)),
    ("Das Gericht verurteilte ihn zu vier Jahren Haft.",
     ("vier Jahren", "P4Y", "DURATION", None)),
    ("Die Sanierung dauert knapp zwei Jahre.",
     ("knapp zwei Jahre", "P2Y", "DURATION", "LESS_THAN")),
    ("In den vergangenen fünf Monaten stiegen die Preise.",
     ("vergangenen fünf Monaten", "P5M", "DURATION", None)),
    ("Der 58-Jährige trat zurück.", ("58-Jährige", "P58Y", "DURATION", None)),
    ("Nach einer zweiwöchigen Pause geht es weiter.", ("zweiwöchigen", "P2W", "DURATION", None)),
    ("Die Gespräche zogen sich monatelang hin.", ("monatelang", "PXM", "DURATION", None)),
    ("Der Umbau soll anderthalb Jahre dauern.", ("anderthalb Jahre", "P1.5Y", "DURATION", None)),
    ("Seit Jahrzehnten streiten die Nachbarn.", ("Jahrzehnten", "PXY", "DURATION", None)),
    ("Die Ärzte legten einen 48-Stunden-Warnstreik ein.",
     ("48-Stunden", "PT48H", "DURATION", None)),
    ("Über fünf Wochen hinweg verhandelten die Parteien.",
     ("fünf Wochen", "P5W", "DURATION", None)),
    ("Der Vertrag läuft mindestens dreiundzwanzig Monate.",
     ("mindestens dreiundzwanzig Monate", "P23M", "DURATION", "EQUAL_OR_MORE")),
])
def test_german_durations(text: str, expected: tuple[str, str, str, str | None]) -> None:
    assert expected in found(text, "de")


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("The council meets weekly.", "en", ("weekly", "P1W")),
    ("The annual report was published.", "en", ("annual", "P1Y")),
    ("The bus runs every other day.", "en", ("every other day", "P2D")),
    ("Elections are held every four years.", "en", ("every four years", "P4Y")),
    ("Markets are closed every Sunday.", "en", ("every Sunday", "XXXX-WXX-7")),
    ("The board meets three times a year.", "en", ("three times a year", "P1Y")),
    ("The plant makes 40,000 cars a year.", "en", ("a year", "P1Y")),
    ("Die Zeitung erscheint wöchentlich.", "de", ("wöchentlich", "P1W")),
    ("Die jährlichen Kosten steigen.", "de", ("jährlichen", "P1Y")),
    ("Der Rat tagt alle drei Monate.", "de", ("alle drei Monate", "P3M")),
    ("Der Markt findet jeden Donnerstag statt.", "de", ("jeden Donnerstag", "XXXX-WXX-4")),
    ("Die Kommission trifft sich zweimal im Jahr.", "de", ("zweimal im Jahr", "P1Y")),
])
def test_sets(text: str, lang: str, expected: tuple[str, str]) -> None:
    assert (*expected, "SET", None) in found(text, lang)


@pytest.mark.parametrize(("text", "lang"), [
    ("The plant closed two years ago.", "en"),  # a date, not a duration
    ("The vote is in two weeks.", "en"),
    ("He scored in the 89th minute.", "en"),
    ("It was a day nobody will forget.", "en"),
    ("The Daily Telegraph reported the deal.", "en"),
    ("It was the first day of trading.", "en"),
    ("Vor drei Jahren schloss das Werk.", "de"),
    ("In zwei Wochen wird gewählt.", "de"),
    ("Er traf in der 88. Minute.", "de"),
    ("Es war ein Tag der Trauer.", "de"),
    ("The jet flew at 900 kilometers per hour.", "en"),
    ("Der Sturm erreichte 120 Kilometer pro Stunde.", "de"),
    ("Der Jahresbericht liegt vor.", "de"),
    ("Die Tagesschau berichtete.", "de"),
])
def test_no_duration(text: str, lang: str) -> None:
    assert found(text, lang) == []


def test_a_date_is_never_also_a_duration() -> None:
    text = "Three weeks ago the plant closed; it had run for three weeks."
    dates = normalise_text(text, "en", REF)
    durations = find_durations(text, "en", dates)
    assert [d["text"] for d in dates] == ["Three weeks ago"]
    assert [(d["text"], d["start"]) for d in durations] == [("three weeks", text.rindex("three"))]
    for d in durations:
        assert text[d["start"]:d["end"]] == d["text"]


def test_language_without_lexicon_gives_none() -> None:
    assert find_durations("Il a passé trois ans en prison.", "fr") == []


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("The restructuring would take between 60 and 90 days.", "en",
     [("60", "P60D"), ("90 days", "P90D")]),
    ("The repairs will take two to three weeks.", "en",
     [("two", "P2W"), ("three weeks", "P3W")]),
    ("Der Umbau soll zwei bis drei Jahre dauern.", "de",
     [("zwei", "P2Y"), ("drei Jahre", "P3Y")]),
    # a range of something else is no duration
    ("Shares rose 3 to 4 percent on Monday.", "en", []),
])
def test_the_first_number_of_a_range_takes_the_unit_of_the_second(
        text: str, language: str, expected: list) -> None:
    assert [(d["text"], d["value"]) for d in find_durations(text, language)] == expected
