"""German sources of quotes and speech events (issue 10, SpkAtt-style news): adverbials and
datives before the finite verb are not subjects, demonstratives and "demnach" stand for a
source, a passive names its agent or its document, "heißt es im …" names the document.

Every sentence here is invented; each test holds several variants of one construction.
"""

from __future__ import annotations

import pytest

from service.config import Settings
from service.extract.pipeline import Extractor
from tests.unit.test_parse_fallback import sources


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    """The default configuration: German speech events on."""
    return Extractor.from_settings(Settings.from_env())


@pytest.mark.parametrize("text, cue, source", [
    ("Des Weiteren verwies Steinbrück darauf, dass der Etat solide sei.", "verwies",
     "Steinbrück"),
    ("Weiter berichtet die Website des Senders, dass ein Video aufgetaucht sei.", "berichtet",
     "die Website"),
    ("Ihr gegenüber hat er angegeben, er sei verärgert gewesen.", "angegeben", "er"),
])
def test_an_adverbial_or_dative_opening_is_not_the_source(extractor, text, cue, source):
    assert sources(extractor, text).get(cue) == source


@pytest.mark.parametrize("text, cue, source", [
    ("Dieser bestätigte, dass die Prüfung abgeschlossen sei.", "bestätigte", "Dieser"),
    ("Diese erklärte, dass der Vertrag verlängert werde.", "erklärte", "Diese"),
    ("Für die Sängerin, so schrieb diese in einer Mitteilung, sei es eine Ehre.", "schrieb",
     "diese"),
])
def test_a_demonstrative_is_the_source(extractor, text, cue, source):
    assert sources(extractor, text).get(cue) == source


@pytest.mark.parametrize("text, cue, source", [
    ("Vom Verfassungsgericht wurde festgestellt, dass das Verfahren unzulässig sei.",
     "festgestellt", "Verfassungsgericht"),
    ("Von Oppositionspolitikern wurde gefordert, die Pläne zurückzuziehen.", "gefordert",
     "Oppositionspolitikern"),
    ("In einem Schreiben der Gewerkschaft wurde gefordert, dass die Löhne steigen.",
     "gefordert", "einem Schreiben der Gewerkschaft"),
])
def test_a_passive_names_its_agent_or_document(extractor, text, cue, source):
    found = sources(extractor, text).get(cue)
    assert found is not None and source in found


@pytest.mark.parametrize("text, source", [
    ("Nun heißt es im Abschlussbericht, bei der Wahl seien Fehler passiert.",
     "im Abschlussbericht"),
    ("In der Erklärung des Vorstands heißt es, der Umbau sei abgeschlossen.",
     "der Erklärung des Vorstands"),
])
def test_heisst_es_names_the_document(extractor, text, source):
    assert sources(extractor, text).get("heißt") == source


@pytest.mark.parametrize("text, cue, source", [
    ("Demnach ist der Angeklagte in allen Punkten freigesprochen.", "Demnach", "Demnach"),
    ("Die Steuer soll demnach im Herbst sinken.", "demnach", "demnach"),
    ("Gerüchte, wonach der Trainer gehen müsse, wies der Verein zurück.", "wonach",
     "Gerüchte"),
])
def test_anaphoric_source_markers(extractor, text, cue, source):
    assert sources(extractor, text).get(cue) == source


@pytest.mark.parametrize("text, cue, source", [
    ("Die Anlage war wegen eines „Defekts“ ausgefallen, so ein Sprecher des Betreibers.", "so",
     "ein Sprecher des Betreibers"),
    ("Bis zu der Versteigerung seien die Bilder im Keller gelagert worden, berichtet die "
     "Lokalzeitung.", "berichtet", "die Lokalzeitung"),
    ("Während der Feiertage sollen die Züge seltener fahren, sagte eine Sprecherin der Bahn.",
     "sagte", "eine Sprecherin der Bahn"),
])
def test_a_closing_attribution_after_a_prepositional_opening(extractor, text, cue, source):
    assert sources(extractor, text).get(cue) == source


@pytest.mark.parametrize("text, cue, source", [
    ("Dies geht aus einer Mitteilung des Verbands hervor.", "geht",
     "einer Mitteilung des Verbands"),
    ("Das geht aus dem Jahresbericht der Behörde hervor, der am Montag erschien.", "geht",
     "dem Jahresbericht der Behörde"),
])
def test_geht_aus_hervor_names_the_document(extractor, text, cue, source):
    assert sources(extractor, text).get(cue) == source


@pytest.mark.parametrize("text, cue, source", [
    ("Der Händler hält es für möglich, dass die Preise weiter steigen.", "hält", "Der Händler"),
    ("Die Forscher waren bisher davon ausgegangen, dass der Fund älter sei.", "ausgegangen",
     "Die Forscher"),
    ("Der Trainer zeigte sich optimistisch, dass die Mannschaft den Klassenerhalt schafft.",
     "zeigte", "Der Trainer"),
    ("Die Tarifparteien einigten sich darauf, dass die Löhne um drei Prozent steigen.",
     "einigten", "Die Tarifparteien"),
    ("Das Gericht hat entschieden, dass die Anlage stillgelegt werden muss.", "entschieden",
     "Das Gericht"),
])
def test_holding_true_and_deciding_with_a_clause(extractor, text, cue, source):
    assert sources(extractor, text).get(cue) == source


@pytest.mark.parametrize("text, cue, source", [
    ("Sarkozy wies die Berichte zurück, indem er sagte, die Partnerschaft bleibe bestehen.",
     "sagte", "er"),
    ("Der Sender wurde geschlossen, nachdem er berichtet hatte, dass Stimmen fehlten.",
     "berichtet", "er"),
    ("Offiziell geht die Regierung davon aus, dass der Vorrat nur klein ist.", "geht",
     "die Regierung"),
])
def test_the_subject_of_the_cues_own_clause(extractor, text, cue, source):
    assert sources(extractor, text).get(cue) == source


@pytest.mark.parametrize("text, source", [
    ("Der Experte kritisierte die Crew. Seiner Meinung nach hätte der Pilot nicht landen "
     "dürfen.", "Seiner Meinung"),
    ("Dem Vernehmen nach soll der Vertrag im Frühjahr enden.", "Dem Vernehmen"),
    ("Die Rolle der Aufsicht sei ihrer Ansicht nach zu schwach.", "ihrer Ansicht"),
    ("Der Beschluss folgt Umfragen, nach denen die Mehrheit das Projekt ablehnt.", "denen"),
    ("Nach einer ersten Analyse entstand der Schaden durch einen Kurzschluss.",
     "einer ersten Analyse"),
])
def test_nach_source_phrases(extractor, text, source):
    assert source in [s for s in sources(extractor, text).values() if s]


def indirect_de(extractor: Extractor, text: str) -> list[tuple[str, str | None]]:
    record = extractor.enrich_many([{"id": "x", "text": text, "language": "de"}])[0]
    return [(q["text"], (q.get("speaker") or {}).get("text")) for q in record["quotes"]
            if q["kind"] == "indirect"]


@pytest.mark.parametrize("text, expected", [
    ("Die Ministerin kritisierte die Pläne der Regierung. Hier seien die Mittel viel zu "
     "knapp bemessen.", [("Hier seien die Mittel viel zu knapp bemessen", "Die Ministerin")]),
    ("Der Wetterdienst warnte am Montag vor Sturm. Da ein Tief über der Nordsee liege, werde "
     "es an der Küste stürmisch.", [("Da ein Tief über der Nordsee liege, werde es an der "
                                     "Küste stürmisch", "Der Wetterdienst")]),
    ("Der Verband begründete den Schritt mit höheren Kosten. Die Preise für Energie seien "
     "stark gestiegen.", [("Die Preise für Energie seien stark gestiegen", "Der Verband")]),
])
def test_konjunktiv_after_a_speech_act_continues_it(extractor, text, expected):
    assert indirect_de(extractor, text) == expected


def test_indicative_after_a_speech_act_is_narration(extractor):
    text = "Die Ministerin kritisierte die Pläne. Am Abend tagte der Ausschuss."
    assert indirect_de(extractor, text) == []


def direct_de(extractor: Extractor, text: str) -> list[tuple[str, str | None]]:
    record = extractor.enrich_many([{"id": "x", "text": text, "language": "de"}])[0]
    return [(q["text"], (q.get("speaker") or {}).get("text")) for q in record["quotes"]
            if q["kind"] == "direct"]


@pytest.mark.parametrize("text, speaker", [
    ("Zypries sieht in dem Urteil eine Bestätigung: „Das Gericht stärkt die Rechte.“",
     "Zypries"),
    ("Der Leiter der Studie, Paulo Pinheiro, sieht den Staat in der Pflicht: „Die Regierungen "
     "müssen handeln.“", "Der Leiter der Studie"),
    ("Die Firma empfindet das Urteil als Rückschlag: „Wir prüfen alle Schritte.“", "Die Firma"),
])
def test_the_subject_of_a_colon_introduction_speaks(extractor, text, speaker):
    assert [s for _, s in direct_de(extractor, text)] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ("„Die Lage ist ernst“, zitiert die Zeitung den Minister.", "den Minister"),
    ("„Wir sind Zeugen“, zitierte der Sender die Reporterin Ana Ruiz.",
     "die Reporterin Ana Ruiz"),
])
def test_the_person_a_medium_quotes_speaks(extractor, text, speaker):
    assert [s for _, s in direct_de(extractor, text)] == [speaker]


@pytest.mark.parametrize("text, cue, source", [
    ("Gehört wurde ein Zeuge, der angab, den Wagen gesehen zu haben.", "angab", "der"),
    ("Befragt wurde auch eine Nachbarin, die behauptete, den Täter gesehen zu haben.",
     "behauptete", "die"),
])
def test_a_speech_event_in_a_relative_clause_names_the_pronoun(extractor, text, cue, source):
    assert sources(extractor, text).get(cue) == source


@pytest.mark.parametrize("text, expected", [
    # adverbials between the fronted demonstrative's verb and its subject
    ("Die Enten waren infiziert. Das erklärte gestern ein Sprecher des Ministeriums.",
     [("Die Enten waren infiziert", "ein Sprecher des Ministeriums")]),
    ("Der Zug fällt aus. Das sagte am Dienstagabend die Sprecherin der Bahn.",
     [("Der Zug fällt aus", "die Sprecherin der Bahn")]),
    ("Die Halle ist sicher. Dies gab heute – nach langen Prüfungen – Professorin Ida Brandt "
     "bekannt.", [("Die Halle ist sicher", "Professorin Ida Brandt")]),
    # a separable cue whose particle comes after an apposition's commas
    ("Er hat die Wahl gewonnen. Dies teilte der Leiter der Kommission, Max Berger, mit.",
     [("Er hat die Wahl gewonnen", "der Leiter der Kommission, Max Berger")]),
    # a demonstrative with a noun of what was said
    ("Die Steuer steigt um zwei Prozent. Diese Zahlen nannte der Minister am Montag.",
     [("Die Steuer steigt um zwei Prozent", "der Minister")]),
])
def test_a_fronted_demonstrative_reports_the_sentence_before(extractor, text, expected):
    assert indirect_de(extractor, text) == expected


@pytest.mark.parametrize("text", [
    "Die Brücke bleibt gesperrt. Das sagte am Rande der Sitzung die Bürgermeisterin.",
    "Das Spiel endete 2:1. Das freute vor allem die Fans.",
    "Die Preise steigen. Diese Vorwürfe wies der Konzern zurück.",
])
def test_no_wrong_source_for_a_fronted_demonstrative(extractor, text):
    assert [s for _, s in indirect_de(extractor, text)] in ([], ["die Bürgermeisterin"])


@pytest.mark.parametrize("text, speaker", [
    # "meinen" after a quotation is the verb, not the possessive the tagger may take it for
    ("„Das ist nicht hinnehmbar“, meinen die beiden Sprecher.", "die beiden Sprecher"),
    ("„Der Plan kommt zu spät“, meinen die Vertreter der Mieter.", "die Vertreter der Mieter"),
    # "erinnerte sich X" closing a quotation
    ("„Damals hielten uns alle für verrückt“, erinnerte sich die Ärztin später.", "die Ärztin"),
    ("„Es war ein langer Winter“, erinnert sich Bauer Tom Seidel.", "Bauer Tom Seidel"),
    # a quantifier after the article stays in the phrase
    ("„Wir kommen wieder“, sagten die meisten Besucher.", "die meisten Besucher"),
])
def test_closing_attributions_the_tagger_misreads(extractor, text, speaker):
    assert [s for _, s in direct_de(extractor, text)] == [speaker]


def test_commemorating_is_no_speech(extractor):
    assert indirect_de(extractor, "Die Ministerin erinnerte an die Opfer des Unglücks.") == []


@pytest.mark.parametrize("text, cue, source", [
    # naming and warning reported by their object alone (SpkAtt's "Reported" events)
    ("Der Verband bezeichnete den Entwurf als großen Rückschritt.", "bezeichnete", "Der Verband"),
    ("Die Ministerin nannte die Entscheidung einen Fehler.", "nannte", "Die Ministerin"),
    ("Der Wetterdienst warnte am Abend vor Glätte auf den Straßen.", "warnte",
     "Der Wetterdienst"),
    ("Gleichzeitig warnte der Bürgermeister Jan Roth vor überzogenen Erwartungen.", "warnte",
     "der Bürgermeister Jan Roth"),
])
def test_naming_and_warning_with_an_object_are_speech_events(extractor, text, cue, source):
    assert sources(extractor, text).get(cue) == source


def test_a_participle_of_naming_gives_no_event(extractor):
    assert "genannt" not in sources(extractor, "Der Ort wird oft die Perle des Nordens genannt.")


@pytest.mark.parametrize("text, speaker", [
    # an object before the finite verb of a colon introduction, marked by its article
    ("Den Ärger der Belegschaft brachte der Betriebsratsvorsitzende Karl Maier zum Ausdruck: "
     "„Wir fühlen uns übergangen.“", "der Betriebsratsvorsitzende Karl Maier"),
    ("Dem Vorschlag erteilte die Vorsitzende eine klare Absage: „Das machen wir nicht mit.“",
     "die Vorsitzende"),
    # a plural phrase before a singular verb
    ("Die Pläne der Regierung stellte die Sprecherin der Opposition in Frage: „Das ist nicht "
     "finanzierbar.“", "die Sprecherin der Opposition"),
    # an unambiguous nominative after the verb, past an adjective in the fronted phrase
    ("Die genaue Höhe der Kosten stellte der Bürgermeister am Abend in Frage: „Das ist zu "
     "teuer.“", "der Bürgermeister"),
])
def test_an_object_first_colon_introduction_names_its_subject(extractor, text, speaker):
    assert [s for _, s in direct_de(extractor, text)] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    # the subject opens the sentence, the phrase after the cue is its object
    ("Ein Anwohner begründete seine Klage wie folgt: „Der Lärm ist unerträglich.“",
     "Ein Anwohner"),
    ("Die Trainerin kommentierte das Ergebnis so: „Wir haben verdient gewonnen.“",
     "Die Trainerin"),
    # no speaker inside a prepositional phrase ("mit den Worten")
    ("Die Ausführung hatte Berger mit den Worten abgelehnt: „Das mache ich nicht.“", "Berger"),
    # a fronted prepositional phrase is no subject
    ("Über den Streit sagte die Ministerin: „Das ist erledigt.“", "die Ministerin"),
    # a place after a role noun is its attribute, not the speaker
    ("„Die Preise steigen weiter“, ließ ein Sprecher aus Brüssel verlauten.",
     "ein Sprecher aus Brüssel"),
    ("„Wir prüfen alles“, ließ eine Sprecherin in Wien verlauten.",
     "eine Sprecherin in Wien"),
    # what stays: a fronted accusative hands over to the subject after the verb
    ("Den Vorschlag lehnte die Ministerin ab: „Dafür gibt es kein Geld.“", "die Ministerin"),
])
def test_the_subject_not_the_object_of_an_introducing_cue(extractor, text, speaker):
    assert [s for _, s in direct_de(extractor, text)] == [speaker]


@pytest.mark.parametrize("text, cue, source", [
    ("Die Schließung bezeichnete er als Fehler.", "bezeichnete", "er"),
    ("Die Pläne nannte der Verband einen Rückschritt.", "nannte", "der Verband"),
    ("Die Entscheidung bezeichnete ein Sprecher als voreilig.", "bezeichnete", "ein Sprecher"),
])
def test_a_fronted_object_of_a_naming_verb_is_no_source(extractor, text, cue, source):
    assert sources(extractor, text).get(cue) == source


def test_single_low_quotes_make_a_mixed_quote_with_its_speaker():
    from service.extract.pipeline import Extractor

    record = Extractor().enrich_many([{
        "id": "x", "language": "de",
        "text": "Die Vorständin kündigte Einschnitte an. Der Betriebsrat sprach von einem "
                "‚schwarzen Tag‘ für die Belegschaft."}])[0]
    assert [(q["kind"], q["text"], q["speaker"]["text"]) for q in record["quotes"]] == [
        ("mixed", "schwarzen Tag", "Der Betriebsrat")]
