import pytest

from service.extract.quote_marks import find_quotes


def contents(text):
    return [text[q.start:q.end] for q in find_quotes(text)]


@pytest.mark.parametrize("text,expected", [
    ("Er sagte: „Wir kommen.“ Dann ging er.", ["Wir kommen."]),
    ("„Nein“, sagte sie.", ["Nein"]),
    ("Sie sagte: »Das stimmt nicht.«", ["Das stimmt nicht."]),
    ("Il a dit: « Non. »", ["Non."]),
    ("She said: “We will win.”", ["We will win."]),
    ('He said: "We will win."', ["We will win."]),
    ("„Wir sind bereit“, sagte er, „aber nicht um jeden Preis.“",
     ["Wir sind bereit", "aber nicht um jeden Preis."]),
    ('"We are ready," she said, "but not at any price."',
     ["We are ready,", "but not at any price."]),
    ("„Er nannte es ‚Unsinn‘ und ging.“", ["Er nannte es ‚Unsinn‘ und ging."]),
    ("“He called it ‘nonsense’ and left.”", ["He called it ‘nonsense’ and left."]),
    ('"He called it \'nonsense\' and left."', ["He called it 'nonsense' and left."]),
    ("„Sie sagte ‚Nein“, schrieb er.", ["Sie sagte ‚Nein"]),  # unclosed nested mark
    ("Keine Anführungszeichen hier.", []),
    # German single low quotes on their own are quotes too
    ("Der Betriebsrat sprach von einem ‚schwarzen Tag‘.", ["schwarzen Tag"]),
    ("Die Opposition nannte den Plan ‚unsozial’ und ‚teuer‘.", ["unsozial", "teuer"]),
])
def test_marks(text, expected):
    assert contents(text) == expected


@pytest.mark.parametrize("text", [
    "Putins' Sprecher und die '90er waren Thema.",
    "Don't do it, it's O'Neill's rock 'n' roll from the '90s.",
    "Er ist 1,80 m groß und trägt 5' 11\" Schuhe",
])
def test_apostrophes_open_no_quote(text):
    assert contents(text) == []


def test_multi_paragraph_quote_is_one():
    text = "Er sagte: „Erster Absatz.\n„Zweiter Absatz.\n„Dritter Absatz.“\nDanach Stille."
    quotes = find_quotes(text)
    assert len(quotes) == 1
    assert quotes[0].paragraphs == 3 and quotes[0].closed
    assert text[quotes[0].start:quotes[0].end].endswith("Dritter Absatz.")


def test_unbalanced_open_stops_at_paragraph():
    text = "Er sagte: „Das endet nie.\nDer zweite Absatz ist Erzählung. „Hier“, sagte sie."
    quotes = find_quotes(text)
    assert [q.closed for q in quotes] == [False, True]
    assert text[quotes[0].start:quotes[0].end] == "Das endet nie."
    assert text[quotes[1].start:quotes[1].end] == "Hier"


def test_stray_closing_mark_is_ignored():
    assert contents("Er ging“ nach Hause. „Ja“, sagte er.") == ["Ja"]


def test_many_marks_linear_and_safe():
    text = "„" * 20000 + "x" + "“" * 20000
    find_quotes(text)  # must not raise or recurse
    assert len(contents("„a“ " * 5000)) == 5000
