"""MEANTIME → event gold / timex rows, on invented NAF-like XML (no corpus text here), plus
one check of the real corpus that skips when ../shared/data/en/meantime is absent."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from service.evaluation import cli, datasets, meantime

# An invented article: title, date line, four annotated body sentences, one unannotated.
SENTENCES = [
    "Acme files for bankruptcy",
    "March 03 , 2010",
    "Acme Corp. said on Monday that it filed a lawsuit against Globex .",
    "The company 's shares fell 5 % .",
    "`` We will appeal , '' he said .",
    "Analysts expect a merger within two years .",
    "Nothing is annotated here .",
]
TEXT = (
    "Acme Corp. said on Monday that it filed a lawsuit against Globex. "
    "The company's shares fell 5%. "
    '"We will appeal," he said. '
    "Analysts expect a merger within two years."
)


def _tokens() -> tuple[str, dict[str, int]]:
    """Token lines, and "sentence:word" → t_id (first occurrence)."""
    lines, ids, t_id = [], {}, 0
    for s, sentence in enumerate(SENTENCES):
        for n, word in enumerate(sentence.split()):
            t_id += 1
            ids.setdefault(f"{s}:{word}", t_id)
            word_xml = word.replace("&", "&amp;").replace("<", "&lt;")
            lines.append(f'<token number="{n}" sentence="{s}" t_id="{t_id}">{word_xml}</token>')
    return "\n".join(lines), ids


def _anchor(ids: dict[str, int], *words: str) -> str:
    return "".join(f'<token_anchor t_id="{ids[w]}"/>' for w in words)


def _rel(tag: str, source: str, target: str, **attrs: str) -> str:
    extra = "".join(f' {k}="{v}"' for k, v in attrs.items())
    return f'<{tag} r_id="{source}{target}"{extra}><source m_id="{source}"/>' \
           f'<target m_id="{target}"/></{tag}>'


def article_xml(dct_value: str = "2010-03-03", dct_function: str = "CREATION_TIME") -> str:
    toks, ids = _tokens()
    a = lambda *w: _anchor(ids, *w)  # noqa: E731
    ev = 'aspect="NONE" certainty="CERTAIN" polarity="POS" tense="PAST" time="NON_FUTURE"'
    markables = [
        f'<EVENT_MENTION m_id="1" pred="file" pos="VERB" {ev}>{a("0:files")}</EVENT_MENTION>',
        f'<EVENT_MENTION m_id="2" pred="say" pos="VERB" {ev}>{a("2:said")}</EVENT_MENTION>',
        f'<EVENT_MENTION m_id="3" pred="file" pos="VERB" {ev}>{a("2:filed")}</EVENT_MENTION>',
        f'<EVENT_MENTION m_id="4" pred="lawsuit" pos="NOUN" {ev}>{a("2:lawsuit")}'
        "</EVENT_MENTION>",
        f'<EVENT_MENTION m_id="5" pred="fall" pos="VERB" {ev}>{a("3:fell")}</EVENT_MENTION>',
        '<EVENT_MENTION m_id="6" pred="appeal" pos="VERB" aspect="NONE" certainty="POSSIBLE" '
        f'polarity="POS" tense="FUTURE" time="FUTURE">{a("4:appeal")}</EVENT_MENTION>',
        f'<EVENT_MENTION m_id="7" pred="merger" pos="NOUN" {ev}>{a("5:merger")}'
        "</EVENT_MENTION>",
        f'<ENTITY_MENTION m_id="10" syntactic_type="NAM">{a("2:Acme", "2:Corp.")}'
        "</ENTITY_MENTION>",
        f'<ENTITY_MENTION m_id="11" syntactic_type="PRO">{a("2:it")}</ENTITY_MENTION>',
        f'<ENTITY_MENTION m_id="12" syntactic_type="NAM">{a("2:Globex")}</ENTITY_MENTION>',
        '<ENTITY_MENTION m_id="13">' + a("3:The", "3:company", "3:'s", "3:shares")
        + "</ENTITY_MENTION>",
        f'<VALUE m_id="14" type="PERCENT">{a("3:5", "3:%")}</VALUE>',
        f'<TIMEX3 m_id="20" type="DATE" value="{dct_value}" functionInDocument="{dct_function}"'
        f' anchorTimeID="">{a("1:March", "1:03", "1:,", "1:2010")}</TIMEX3>',
        '<TIMEX3 m_id="21" type="DATE" value="2010-03-01" functionInDocument="NONE" '
        f'anchorTimeID="20">{a("2:Monday")}</TIMEX3>',
        '<TIMEX3 m_id="22" type="DURATION" value="P2Y" functionInDocument="NONE" '
        f'anchorTimeID="">{a("5:two", "5:years")}</TIMEX3>',
        '<TIMEX3 m_id="23" type="DATE" value="2012" functionInDocument="NONE" '
        'TAG_DESCRIPTOR="end of the two years"/>',
        '<EVENT m_id="30" class="OTHER" TAG_DESCRIPTOR="filing"/>',
        '<EVENT m_id="31" class="SPEECH_COGNITIVE" TAG_DESCRIPTOR="say"/>',
        '<EVENT m_id="32" class="OTHER" TAG_DESCRIPTOR="lawsuit"/>',
        '<EVENT m_id="33" class="OTHER" TAG_DESCRIPTOR="fall"/>',
        '<EVENT m_id="34" class="GRAMMATICAL" TAG_DESCRIPTOR="appeal"/>',
        '<EVENT m_id="35" class="OTHER" TAG_DESCRIPTOR="merger"/>',
        '<ENTITY m_id="40" ent_type="ORG" TAG_DESCRIPTOR="Acme Corporation"/>',
        '<ENTITY m_id="41" ent_type="ORG" TAG_DESCRIPTOR="Globex"/>',
    ]
    refers = [("2", "31"), ("3", "30"), ("4", "32"), ("5", "33"), ("6", "34"), ("7", "35"),
              ("1", "30"), ("10", "40"), ("11", "40"), ("12", "41")]
    relations = [_rel("REFERS_TO", s, t) for s, t in refers] + [
        _rel("HAS_PARTICIPANT", "2", "10", sem_role="Arg0", sem_role_framework="PROPBANK"),
        _rel("HAS_PARTICIPANT", "4", "11", sem_role="Arg0", sem_role_framework="PROPBANK"),
        _rel("HAS_PARTICIPANT", "4", "12", sem_role="Arg1", sem_role_framework="PROPBANK"),
        _rel("HAS_PARTICIPANT", "5", "13", sem_role="Arg1", sem_role_framework="PROPBANK"),
        _rel("HAS_PARTICIPANT", "5", "14", sem_role="Arg2", sem_role_framework="PROPBANK"),
        _rel("TLINK", "4", "21", reltype="IS_INCLUDED"),  # lawsuit on Monday
        _rel("TLINK", "20", "2", reltype="INCLUDES"),  # said on the DCT
        _rel("TLINK", "7", "22", reltype="IS_INCLUDED"),  # a duration is no event time
        _rel("TLINK", "5", "21", reltype="BEFORE"),  # not a time of the event
    ]
    return (
        '<?xml version="1.0" ?><Document doc_id="900001" doc_name="900001_Acme" lang="en" '
        'url="http://example.org/acme">\n'
        + toks
        + "\n<Markables>\n" + "\n".join(markables) + "\n</Markables>\n<Relations>\n"
        + "\n".join(relations) + "\n</Relations>\n</Document>\n"
    )


@pytest.fixture()
def doc() -> meantime.MeantimeDoc:
    return meantime.parse_document(article_xml(), "acme")


def at(needle: str, after: str = "") -> tuple[int, int]:
    start = TEXT.index(needle, TEXT.index(after) if after else 0)
    return start, start + len(needle)


def test_detokenise_written_spacing_and_offsets() -> None:
    tokens = ["``", "It", "'s", "US$", "5", "(", "about", "#", "3", ")", ",", "''", "he", "said",
              ";", "investors", "'", "money", "ca", "n't", "wait", "..."]
    text, spans = meantime.detokenise(tokens)
    assert text == "\"It's US$5 (about #3),\" he said; investors' money can't wait..."
    assert [text[a:b] for a, b in spans] == [meantime._PTB.get(t, t) for t in tokens]


def test_straight_quotes_alternate() -> None:
    text, _ = meantime.detokenise(['"', "Yes", '"', "and", '"', "no", '"'])
    assert text == '"Yes" and "no"'


def test_layout_keeps_the_annotated_body_only(doc: meantime.MeantimeDoc) -> None:
    lay = meantime.layout(doc)
    assert lay.title == "Acme files for bankruptcy"
    assert lay.dateline_sentence == 1
    assert lay.body_sentences == [2, 3, 4, 5]  # sentence 6 has no annotation
    assert lay.text == TEXT
    assert lay.reference == "2010-03-03"


def test_events(doc: meantime.MeantimeDoc) -> None:
    counts: Counter[str] = Counter()
    gold = meantime.convert_events(doc, counts)
    assert gold["id"] == "900001" and gold["language"] == "en" and gold["topic"] == "acme"
    assert gold["published_at"] == "2010-03-03" and gold["text"] == TEXT
    events = {e["trigger"]["text"]: e for e in gold["events"]}
    assert list(events) == ["said", "filed", "lawsuit", "fell", "appeal", "merger"]
    assert counts["events_title"] == 1  # "files" in the title is not scored
    for e in gold["events"]:
        s, t = e["trigger"]["start"], e["trigger"]["end"]
        assert TEXT[s:t] == e["trigger"]["text"]
    # types: lemma-mapped where honest, the MEANTIME class otherwise
    assert events["lawsuit"]["type"] == "justice.lawsuit"
    assert events["merger"]["type"] == "economy.merger"
    assert events["said"]["type"] == "meantime.speech_cognitive"
    assert events["filed"]["type"] == "meantime.other"
    assert events["appeal"]["type"] == "meantime.grammatical"
    assert events["said"]["meantime_class"] == "SPEECH_COGNITIVE"
    # participants: Arg0 agent, Arg1 patient, the instance's descriptor kept
    lawsuit = events["lawsuit"]
    assert [(a["role"], a["text"], a["entity"]) for a in lawsuit["actors"]] == [
        ("agent", "it", "Acme Corporation"), ("patient", "Globex", "Globex")]
    assert (lawsuit["actors"][0]["start"], lawsuit["actors"][0]["end"]) == at("it", "Monday")
    fell = events["fell"]["actors"]
    assert [(a["role"], a["text"], a["kind"]) for a in fell] == [
        ("patient", "The company's shares", "entity"), ("arg2", "5%", "value")]
    # time: a TLINK to a text timex, the DCT as publication day, never a duration
    assert lawsuit["time"] == {"text": "Monday", "value": "2010-03-01", "granularity": "day",
                               "source": "text"}
    assert events["said"]["time"]["value"] == "2010-03-03"
    assert events["said"]["time"]["source"] == "published"
    assert events["merger"]["time"] is None and events["fell"]["time"] is None
    assert events["appeal"]["modality"] == "hypothetical"
    assert lawsuit["modality"] == "asserted"


def test_timex_rows(doc: meantime.MeantimeDoc) -> None:
    rows = meantime.convert_timex(doc)
    assert [r["id"] for r in rows] == ["900001-t21", "900001-s3", "900001-s4", "900001-t22"]
    monday, neg3, neg4, years = rows
    assert monday["sentence"] == "Acme Corp. said on Monday that it filed a lawsuit against Globex."
    assert monday["sentence"][monday["start"]:monday["end"]] == "Monday" == monday["text"]
    assert (monday["value"], monday["type"], monday["granularity"]) == ("2010-03-01", "DATE",
                                                                        "day")
    assert monday["reference"] == "2010-03-03" and monday["language"] == "en"
    assert neg3["value"] is None and neg3["text"] is None and neg4["sentence"].startswith('"We')
    assert (years["text"], years["value"], years["granularity"]) == ("two years", "P2Y",
                                                                     "duration")


def test_creation_time_repairs() -> None:
    swapped = meantime.parse_document(article_xml(dct_value="03-03-2010"), "x")
    assert meantime.layout(swapped).reference == "2010-03-03"
    # no CREATION_TIME function: the full-date DATE timex of the date line stands in
    plain = meantime.parse_document(article_xml(dct_function="NONE"), "x")
    lay = meantime.layout(plain)
    assert lay.dct is not None and lay.dct.m_id == "20" and lay.reference == "2010-03-03"


@pytest.mark.parametrize(
    ("value", "timex_type", "expected"),
    [
        ("2010-03-01", "DATE", "day"), ("2010-03-01TMO", "TIME", "day"),
        ("2010-03-01T16:15Z", "TIME", "day"), ("2010-W09", "DATE", "week"),
        ("2010-W09-WE", "DATE", "week"), ("2010-03", "DATE", "month"),
        ("2010-SU", "DATE", "season"), ("2010-Q1", "DATE", "quarter"),
        ("2010-H2", "DATE", "half"), ("2010", "DATE", "year"), ("201", "DATE", "decade"),
        ("20", "DATE", "century"), ("PAST_REF", "DATE", "ref"), ("P2Y", "DURATION", "duration"),
        ("P1W", "SET", "set"), ("XXXX-XX-XX", "DATE", "underspecified"),
        ("2011-06-XX", "DATE", "underspecified"), ("FY2007", "DATE", "other"),
        (None, "DATE", None),
    ],
)
def test_granularity(value: str | None, timex_type: str, expected: str | None) -> None:
    assert meantime.granularity(value, timex_type) == expected


def test_role_correct_needs_the_same_participant() -> None:
    gold = [{"role": "agent", "text": "the Danish firm, Velkor", "entity": "Velkor"},
            {"role": "patient", "text": "it", "entity": "Brantex"}]
    assert meantime.role_correct(gold, [{"role": "agent", "text": "Velkor"}], "agent")
    assert meantime.role_correct(gold, [{"role": "agent", "text": "Danish firm"}], "agent")
    assert not meantime.role_correct(gold, [{"role": "agent", "text": "Danish"}], "agent")
    assert not meantime.role_correct(gold, [{"role": "patient", "text": "Velkor"}], "agent")
    assert meantime.role_correct(gold, [{"role": "patient", "text": "Brantex AG"}], "patient")
    # via the predicted actor's resolved entity name
    assert meantime.role_correct(gold, [{"role": "patient", "text": "the firm", "entity_id": "e1"}],
                                 "patient", {"e1": "Brantex"})
    no_name = [{"role": "agent", "text": "the Latvian government", "entity": None}]
    assert meantime.role_correct(no_name, [{"role": "agent", "text": "government"}], "agent")
    assert not meantime.role_correct(no_name, [{"role": "agent", "text": "Latvian"}], "agent")


def test_score_attributes(doc: meantime.MeantimeDoc) -> None:
    gold = meantime.convert_events(doc)
    s, e = at("lawsuit")
    fs, fe = at("filed")
    pred = {"id": "900001", "events": [
        {"type": "justice.lawsuit", "trigger": {"text": "lawsuit", "start": s, "end": e},
         "actors": [{"role": "agent", "text": "Acme"}, {"role": "patient", "text": "it"}],
         "time": {"value": "2010-03-01"}},
        {"type": "economy.insolvency", "trigger": {"text": "filed", "start": fs, "end": fe},
         "actors": [], "time": {"value": "2010-03-03"}},
    ]}
    res = meantime.score_attributes([gold], [pred])
    assert res.matches == 2 and res.gold_unmapped == 1  # "filed" has no newsflow type
    assert (res.type.correct, res.type.total) == (1, 1)
    assert (res.agent.correct, res.agent.total) == (1, 1)  # gold "it" = "Acme Corporation"
    assert (res.patient.correct, res.patient.total) == (0, 1)
    assert (res.time.correct, res.time.total) == (1, 1)
    assert "Attributes on 2 trigger matches" in meantime.format_attribute_scores(res)


def test_score_timex_mentions_judges_every_prediction(doc: meantime.MeantimeDoc) -> None:
    rows = meantime.convert_timex(doc)
    preds: list[list[dict[str, Any]]] = [
        [{"text": "on Monday", "start": 16, "end": 25, "value": "2010-03-01"},
         {"text": "Acme", "start": 0, "end": 4, "value": "2010"}],  # an invented extra
        [], [],
        [{"text": "years", "start": 35, "end": 40, "value": "P2Y"}],
    ]
    res = meantime.score_timex_mentions(rows, preds)
    assert res.sentences == 4
    assert (res.relaxed.tp, res.relaxed.fp, res.relaxed.fn) == (2, 1, 0)
    assert res.strict.tp == 0
    assert (res.value.tp, res.value.fp, res.value.fn) == (2, 1, 0)
    with pytest.raises(ValueError):
        meantime.score_timex_mentions(rows, preds[:1])


def _corpus(root: Path, per_topic: int = 4) -> Path:
    """A tiny corpus tree: 2 topics × ``per_topic`` copies of the invented article."""
    xml = article_xml()
    for topic in ("alpha", "beta"):
        folder = root / meantime.ANNOTATION_DIR / f"corpus_{topic}"
        folder.mkdir(parents=True)
        for n in range(per_topic):
            doc_id = f"{1000 + n}" if topic == "alpha" else f"{2000 + n}"
            (folder / f"{doc_id}_Invented.xml").write_text(
                xml.replace('doc_id="900001"', f'doc_id="{doc_id}"'), encoding="utf-8")
    return root


def test_split_manifest_is_stratified_fixed_and_disjoint(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = _corpus(tmp_path / "mt")
    monkeypatch.setattr(meantime, "TUNE_PER_TOPIC", 2)
    path = tmp_path / "split.json"
    manifest = meantime.write_split_manifest(root, path)
    assert manifest == meantime.split_manifest(root)  # deterministic
    assert len(manifest["tune"]) == len(manifest["heldout"]) == 4
    assert not set(manifest["tune"]) & set(manifest["heldout"])
    for ids in manifest["topics"].values():
        assert sum(i in manifest["tune"] for i in ids) == 2
    assert manifest["seed"] == meantime.SPLIT_SEED and "sha256" in manifest["rule"]
    with pytest.raises(FileExistsError):
        meantime.write_split_manifest(root, path)
    tune = meantime.load_events("tune", root, path)
    assert sorted(d["id"] for d in tune) == sorted(manifest["tune"])
    rows = meantime.load_timex("heldout", root, path)
    assert {r["doc_id"] for r in rows} == set(manifest["heldout"])
    assert meantime.stats("all", root, path)["docs"] == 8
    with pytest.raises(ValueError):
        meantime.load_events("dev", root, path)


def test_cli_meantime(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                      capsys: pytest.CaptureFixture[str]) -> None:
    root = _corpus(tmp_path / "mt", per_topic=2)
    monkeypatch.setattr(meantime, "TUNE_PER_TOPIC", 1)
    monkeypatch.setattr(meantime, "SPLIT_MANIFEST", tmp_path / "split.json")
    assert cli.main(["stats", "meantime", "--data-root", str(root), "--write-manifest"]) == 0
    out = capsys.readouterr().out
    assert "wrote" in out and "docs" in out and "type: justice.lawsuit" in out
    gold = datasets.load_event_gold("meantime", "tune", root)
    assert len(gold) == 2
    s, e = at("lawsuit")
    preds = [{"id": d["id"], "events": [{"type": "justice.lawsuit", "actors": [],
                                         "trigger": {"text": "lawsuit", "start": s, "end": e}}]}
             for d in gold]
    datasets.write_jsonl(tmp_path / "p.jsonl", preds)
    argv = ["events", "meantime", "--data-root", str(root), "--pred", str(tmp_path / "p.jsonl")]
    assert cli.main(argv) == 0
    out = capsys.readouterr().out
    assert "trigger" in out and "type (gold type mapped)" in out
    assert cli.main([*argv, "--json"]) == 0
    scores = json.loads(capsys.readouterr().out)
    assert scores["events"]["trigger"]["tp"] == 2 and scores["attributes"]["type"]["correct"] == 2
    rows = datasets.load_timex_rows("meantime", "heldout", root)
    datasets.write_jsonl(tmp_path / "t.jsonl", [[] for _ in rows])
    argv = ["timex", "meantime", "--split", "heldout", "--data-root", str(root), "--pred",
            str(tmp_path / "t.jsonl")]
    assert cli.main(argv) == 0
    assert "TempEval-3 style" in capsys.readouterr().out
    with pytest.raises(ValueError):  # table files split only into tune/heldout (even/odd rows)
        datasets.load_timex_rows(str(tmp_path / "t.jsonl"), "dev")
    assert cli.main(["quotes", "meantime", "--data-root", str(root)]) == 2


@pytest.mark.skipif(not meantime.DEFAULT_ROOT.exists(), reason="../shared/data/en/meantime absent")
def test_real_corpus_counts_and_split() -> None:
    docs = list(meantime.iter_documents())
    assert len(docs) == 120
    manifest = json.loads(meantime.SPLIT_MANIFEST.read_text(encoding="utf-8"))
    assert manifest == meantime.split_manifest()  # the recorded split follows its rule
    tune, heldout = set(manifest["tune"]), set(manifest["heldout"])
    assert len(tune) == len(heldout) == 60 and not tune & heldout
    assert tune | heldout == {d.doc_id for d in docs}
    for topic in meantime.TOPICS:
        ids = manifest["topics"][topic]
        assert len(ids) == 30 and sum(i in tune for i in ids) == 15
    for doc in docs:
        gold = meantime.convert_events(doc)
        assert gold["published_at"] and gold["events"]
        for e in gold["events"]:
            s, t = e["trigger"]["start"], e["trigger"]["end"]
            assert gold["text"][s:t] == e["trigger"]["text"]
        for row in meantime.convert_timex(doc):
            if row["text"] is not None:
                assert row["sentence"][row["start"]:row["end"]] == row["text"]


def test_a_participant_linked_to_the_gold_entity_name_is_right() -> None:
    from service.evaluation.attributes import role_correct

    gold = [{"role": "patient", "text": "Dunmore Freight"}]
    linked = [{"role": "patient", "text": "Dunmore", "entity_id": "e3"}]
    assert role_correct(gold, linked, "patient", {"e3": "Dunmore Freight"})
    assert not role_correct(gold, linked, "patient", {"e3": "Dunmore Holdings"})
    assert not role_correct(gold, [{"role": "patient", "text": "Dunmore"}], "patient", {})


def test_a_legal_form_is_not_the_head_of_a_company_name() -> None:
    from service.evaluation.attributes import role_correct

    gold = [{"role": "agent", "text": "Marbos GmbH"}]
    assert role_correct(gold, [{"role": "agent", "text": "Marbos"}], "agent")
    assert not role_correct(gold, [{"role": "agent", "text": "GmbH"}], "agent")
    assert not role_correct([{"role": "agent", "text": "Marbos Bau GmbH"}],
                            [{"role": "agent", "text": "Marbos"}], "agent")
