"""Corpus converters and the eval CLI on tiny inline fixtures (never the shared corpora)."""

from __future__ import annotations

import gzip
import json
import sys
import types
from pathlib import Path
from typing import Any

import pytest

from service.evaluation import cli, datasets, smartdata, spkatt

# ----------------------------------------------------------------- SpkAtt

SPEECH: dict[str, Any] = {
    "Sentences": [
        {"SentenceId": 0, "Tokens": ["Frau", "Präsidentin", "!"]},
        {"SentenceId": 1, "Tokens": ["Wir", "lehnen", "diese", "Überwachung", "ab", "."]},
        {"SentenceId": 2, "Tokens": ["Sie", "sagte", ":", "„", "Das", "ist", "gut", ".", "“"]},
        {
            "SentenceId": 3,
            "Tokens": ["Er", "nennt", "das", "„", "Unsinn", "“", "und", "Quatsch", "."],
        },
        {"SentenceId": 4, "Tokens": ["Ich", "erteile", "Herrn", "Müller", "das", "Wort", "."]},
        {
            "SentenceId": 5,
            "Tokens": ["Sie", ",", "Kollegen", ",", "fordern", "eine", "Abschaffung", ","],
        },
        {"SentenceId": 6, "Tokens": ["aber", "nichts", "tun", "."]},
    ],
    "Annotations": [
        {
            "Cue": ["1:1"],
            "PTC": ["1:4"],
            "Source": ["1:0"],
            "Message": ["1:2", "1:3"],
            "Addr": [],
            "Topic": [],
            "Medium": [],
            "Evidence": [],
        },
        {
            "Cue": ["2:1"],
            "PTC": [],
            "Source": ["2:0"],
            "Message": ["2:4", "2:5", "2:6"],
            "Addr": [],
            "Topic": [],
            "Medium": [],
            "Evidence": [],
        },
        # discontinuous message with a quoted fragment → mixed, min..max span
        {
            "Cue": ["3:1"],
            "PTC": [],
            "Source": ["3:0"],
            "Message": ["3:4", "3:7", "3:2"],
            "Addr": [],
            "Topic": [],
            "Medium": [],
            "Evidence": [],
        },
        # multi-token cue, no message → only in the detection lists
        {
            "Cue": ["4:1", "4:5"],
            "PTC": [],
            "Source": ["4:0"],
            "Message": [],
            "Addr": ["4:2", "4:3"],
            "Topic": [],
            "Medium": [],
            "Evidence": [],
        },
        # message in the next sentence; same message twice → kept once
        {
            "Cue": ["5:4"],
            "PTC": [],
            "Source": ["5:0"],
            "Message": ["6:1", "6:2"],
            "Addr": [],
            "Topic": [],
            "Medium": [],
            "Evidence": [],
        },
        {
            "Cue": ["6:2"],
            "PTC": [],
            "Source": [],
            "Message": ["6:1", "6:2"],
            "Addr": [],
            "Topic": [],
            "Medium": [],
            "Evidence": [],
        },
    ],
}


def test_detokenise_spacing_and_offsets() -> None:
    text, offsets = spkatt.detokenise(
        [["Er", "sagte", ":", "„", "Gut", ".", "“"], ["(", "Beifall", ")", "!"]]
    )
    assert text == "Er sagte: „Gut.“ (Beifall)!"
    flat = [
        tok
        for sent in [["Er", "sagte", ":", "„", "Gut", ".", "“"], ["(", "Beifall", ")", "!"]]
        for tok in sent
    ]
    spans = [s for sent in offsets for s in sent]
    assert [text[s:e] for s, e in spans] == flat


def test_detokenise_ascii_quotes_alternate() -> None:
    text, _ = spkatt.detokenise([["Er", "sagte", '"', "Ja", '"', "."]])
    assert text == 'Er sagte "Ja".'


def test_convert_speech_quotes() -> None:
    doc = spkatt.convert_speech(SPEECH, "speech1")
    text = doc["text"]
    assert (
        doc["id"] == "speech1" and doc["language"] == "de" and doc["source_file"] == "speech1.json"
    )
    assert text.startswith("Frau Präsidentin! Wir lehnen diese Überwachung ab.")
    quotes = doc["quotes"]
    assert [q["text"] for q in quotes] == [
        "diese Überwachung",
        "Das ist gut",
        "das „Unsinn“ und Quatsch",
        "nichts tun",
    ]
    for qq in quotes:
        assert text[qq["start"] : qq["end"]] == qq["text"]
    assert [q["kind"] for q in quotes] == ["indirect", "direct", "mixed", "indirect"]
    first = quotes[0]
    assert first["speaker"] == {
        "text": "Wir",
        "start": text.index("Wir"),
        "end": text.index("Wir") + 3,
        "entity": None,
    }
    assert first["cue"]["text"] == "lehnen" and first["cue"]["lemma"] == "lehnen"
    assert quotes[3]["speaker"]["text"] == "Sie"  # source from the previous sentence


def test_convert_speech_detection_lists() -> None:
    doc = spkatt.convert_speech(SPEECH, "speech1")
    text = doc["text"]
    assert len(doc["cues"]) == 6  # every annotation, also those without message
    multi = doc["cues"][3]
    assert multi["text"] == "erteile Wort" and len(multi["spans"]) == 2
    assert [text[s:e] for s, e in multi["spans"]] == ["erteile", "Wort"]
    assert {s["text"] for s in doc["sources"]} == {"Wir", "Sie", "Er", "Ich"}
    assert len(doc["sources"]) == 5  # the two "Sie" are different tokens


def test_load_spkatt_from_directory(tmp_path: Path) -> None:
    (tmp_path / "train").mkdir()
    (tmp_path / "train" / "b.json").write_text(json.dumps(SPEECH), encoding="utf-8")
    (tmp_path / "train" / "a.json").write_text(json.dumps(SPEECH), encoding="utf-8")
    docs = spkatt.load_spkatt(tmp_path)
    assert [d["id"] for d in docs] == ["a", "b"]
    with pytest.raises(FileNotFoundError):
        spkatt.load_spkatt(tmp_path / "nothing")


def test_split_is_stable_and_roughly_70_30() -> None:
    docs = [{"id": f"s{i}", "source_file": f"speech_{i}.json"} for i in range(400)]
    tune, heldout = spkatt.split_spkatt(docs)
    assert len(tune) + len(heldout) == 400
    assert 0.62 < len(tune) / 400 < 0.78
    tune2, heldout2 = spkatt.split_spkatt(list(reversed(docs)))
    assert {d["id"] for d in tune} == {d["id"] for d in tune2}
    manifest = spkatt.split_manifest(docs)
    assert set(manifest["tune"]).isdisjoint(manifest["heldout"])


def test_recorded_manifest_matches_hash() -> None:
    manifest = json.loads(spkatt.SPLIT_MANIFEST.read_text(encoding="utf-8"))
    for name in manifest["tune"]:
        assert spkatt.split_key(name) < spkatt.TUNE_FRACTION
    for name in manifest["heldout"]:
        assert spkatt.split_key(name) >= spkatt.TUNE_FRACTION


# ----------------------------------------------------------------- SmartData

SD_TEXT = (
    "Stau auf der A7: Am Montag hat VW die Firma X übernommen. Erdbeben in Japan. SAP-Chef Klein."
)


def _cm(start: int, end: int, ctype: str) -> dict[str, Any]:
    return {
        "id": f"c{start}",
        "span": {"start": start, "end": end, "attributes": None},
        "type": ctype,
        "normalizedValue": {"string": SD_TEXT[start:end]},
        "refids": None,
        "attributes": None,
        "provenance": None,
    }


def _arg(role: str, text: str, ctype: str, occurrence: int = 0, pad: int = 0) -> dict[str, Any]:
    start = SD_TEXT.index(text)
    for _ in range(occurrence):
        start = SD_TEXT.index(text, start + 1)
    return {
        "id": f"a{start}",
        "role": role,
        "conceptMention": _cm(start, start + len(text) + pad, ctype),
        "attributes": None,
    }


def _rel(name: str, args: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "id": f"r-{name}",
        "span": {"start": 0, "end": 10, "attributes": None},
        "name": name,
        "args": {"array": args},
        "attributes": {"map": {"status": "factual"}},
    }


def _sd_doc(doc_id: str, relations: list[dict[str, Any]]) -> dict[str, Any]:
    """A document in SmartData's Avro JSON encoding (union wrappers included)."""
    return {
        "id": doc_id,
        "text": {"string": SD_TEXT},
        "langCode": {"string": "de"},
        "date": {"string": "2016-02-29T10:20:25Z"},
        "conceptMentions": {"array": []},
        "relationMentions": {"array": relations},
        "refids": {"map": {"source": "news"}},
        "title": None,
    }


RELATIONS = [
    _rel(
        "TrafficJam",
        [_arg("location", "A7", "location-street"), _arg("trigger", "Stau", "trigger", pad=1)],
    ),
    _rel(
        "Acquisition",
        [
            _arg("buyer", "VW", "organization-company"),
            _arg("acquired", "Firma X", "organization"),
            _arg("trigger", "übernommen", "trigger", pad=1),
            _arg("date", "Montag", "date"),
        ],
    ),
    _rel(
        "Disaster",
        [_arg("type", "Erdbeben", "disaster-type"), _arg("location", "Japan", "location")],
    ),
    _rel(
        "OrganizationLeadership",
        [
            _arg("person", "Klein", "person"),
            _arg("organization", "SAP", "organization"),
            _arg("position", "Chef", "org-position"),
        ],
    ),
    _rel("CompanyHeadquarters", [_arg("company", "SAP", "organization")]),
    _rel("Merger", [_arg("old", "VW", "organization-company")]),
]


def test_unwrap_and_json_stream() -> None:
    raw = (
        json.dumps({"a": {"string": "x"}}, indent=2)
        + "\n"
        + json.dumps({"b": {"array": [{"int": 1}]}}, indent=2)
    )
    objs = [smartdata.unwrap(o) for o in smartdata.iter_json_stream(raw)]
    assert objs == [{"a": "x"}, {"b": [1]}]
    assert smartdata.unwrap({"status": "factual"}) == {"status": "factual"}


def test_trim_span() -> None:
    text = " „Stau“, "
    s, e = smartdata.trim_span(text, 0, len(text))
    assert text[s:e] == "Stau"


def test_convert_document_events() -> None:
    st = smartdata.SmartDataStats()
    doc = smartdata.convert_document(_sd_doc("d1", RELATIONS), stats=st)
    assert (
        doc["id"] == "d1"
        and doc["published_at"] == "2016-02-29T10:20:25Z"
        and doc["text"] == SD_TEXT
    )
    events = {e["type"]: e for e in doc["events"]}
    assert set(events) == {
        "transport.traffic_jam",
        "economy.acquisition",
        "disaster.other",
        "economy.merger",
    }
    jam = events["transport.traffic_jam"]
    assert jam["trigger"] == {
        "text": "Stau",
        "lemma": "stau",
        "start": 0,
        "end": 4,
    }  # trailing space trimmed
    assert jam["location"] == {"text": "A7", "country": None}
    acq = events["economy.acquisition"]
    assert acq["trigger"]["text"] == "übernommen"
    assert acq["actors"] == [
        {"role": "acquired", "text": "Firma X"},
        {"role": "buyer", "text": "VW"},
    ]
    assert acq["time"] == {"text": "Montag", "value": None, "granularity": None}
    assert acq["modality"] == "asserted"
    assert events["disaster.other"]["trigger"]["text"] == "Erdbeben"  # type argument as trigger
    assert events["economy.merger"]["trigger"] is None
    assert st.skipped == {"OrganizationLeadership": 1, "CompanyHeadquarters": 1}
    assert st.events_without_trigger == {"economy.merger": 1}


def test_leadership_only_on_request() -> None:
    doc = smartdata.convert_document(_sd_doc("d1", RELATIONS), include_leadership=True)
    assert "organization.leadership_change" in {e["type"] for e in doc["events"]}


def test_earliest_trigger_wins_and_cause_is_not_a_trigger() -> None:
    rel = _rel(
        "Delay",
        [
            _arg("cause", "Stau", "trigger"),
            _arg("trigger", "übernommen", "trigger"),
            _arg("trigger", "Erdbeben", "trigger"),
        ],
    )
    doc = smartdata.convert_document(_sd_doc("d", [rel]))
    assert doc["events"][0]["type"] == "transport.disruption"
    assert doc["events"][0]["trigger"]["text"] == "übernommen"


def _write_stream(path: Path, docs: list[dict[str, Any]]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        for d in docs:
            fh.write(json.dumps(d, indent=2, ensure_ascii=False) + "\n")


def test_load_smartdata_splits(tmp_path: Path) -> None:
    _write_stream(
        tmp_path / "v1_20180119/train.json.gz",
        [_sd_doc("a", RELATIONS[:1]), _sd_doc("a", []), _sd_doc("shared", []), _sd_doc("b", [])],
    )
    _write_stream(tmp_path / "v1_20180119/test.json.gz", [_sd_doc("shared", RELATIONS[1:2])])
    docs, stats = smartdata.load_smartdata(tmp_path)
    assert [d["id"] for d in docs["tune"]] == ["a", "b"]
    assert [d["id"] for d in docs["heldout"]] == ["shared"]
    assert stats["tune"].duplicate_ids == 1 and stats["tune"].dropped_overlap == 1
    assert stats["tune"].docs == 2 and stats["tune"].docs_with_events == 1
    assert stats["heldout"].events == {"economy.acquisition": 1}
    with pytest.raises(ValueError):
        smartdata.load_smartdata(tmp_path, ["train"])


# ----------------------------------------------------------------- datasets + CLI


def test_select_split_uses_own_field_then_hash() -> None:
    docs = [{"id": "x", "split": "heldout"}] + [{"id": f"d{i}"} for i in range(50)]
    tune = datasets.select_split(docs, "tune")
    heldout = datasets.select_split(docs, "heldout")
    assert {"id": "x", "split": "heldout"} in heldout and len(tune) + len(heldout) == 51
    assert datasets.select_split(docs, "all") == docs


def test_read_records_dir_and_timex_tsv(tmp_path: Path) -> None:
    datasets.write_jsonl(tmp_path / "b.jsonl", [{"id": "2"}])
    datasets.write_jsonl(tmp_path / "a.jsonl", [{"id": "1"}])
    assert [d["id"] for d in datasets.read_records(tmp_path)] == ["1", "2"]
    tsv = tmp_path / "t.tsv"
    tsv.write_text(
        "sentence\ttext\treference\tvalue\tgranularity\tmod\n"
        "Am Montag.\tMontag\t2024-10-25\t\t\t\n",
        encoding="utf-8",
    )
    rows = datasets.load_timex_rows(tsv)
    assert rows == [
        {
            "sentence": "Am Montag.",
            "text": "Montag",
            "reference": "2024-10-25",
            "value": None,
            "granularity": None,
            "mod": None,
        }
    ]


def test_cli_quotes_with_prediction_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = "Er sagte: „Das ist gut.“"
    gold = {
        "id": "g1",
        "language": "de",
        "text": text,
        "quotes": [
            {
                "kind": "direct",
                "start": 10,
                "end": 24,
                "text": text[10:24],
                "speaker": None,
                "cue": None,
            }
        ],
    }
    pred = {
        "id": "g1",
        "text": text,
        "quotes": [{"kind": "direct", "start": 11, "end": 22, "speaker": None, "cue": None}],
        "entities": [],
    }
    datasets.write_jsonl(tmp_path / "gold.jsonl", [gold])
    datasets.write_jsonl(tmp_path / "pred.jsonl", [pred])
    rc = cli.main(
        ["eval", "quotes", str(tmp_path / "gold.jsonl"), "--pred", str(tmp_path / "pred.jsonl")]
    )
    out = capsys.readouterr().out
    assert rc == 0 and "direct" in out and "1.000" in out
    rc = cli.main(
        ["quotes", str(tmp_path / "gold.jsonl"), "--pred", str(tmp_path / "pred.jsonl"), "--json"]
    )
    assert json.loads(capsys.readouterr().out)["all"]["exact"]["all"]["tp"] == 1


def test_cli_events_runs_extractor_lazily(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    gold = {
        "id": "e1",
        "language": "de",
        "published_at": None,
        "text": "Stau auf der A7.",
        "events": [
            {
                "type": "transport.traffic_jam",
                "trigger": {"text": "Stau", "lemma": "stau", "start": 0, "end": 4},
                "actors": [],
                "location": None,
                "time": None,
                "modality": "asserted",
            }
        ],
    }
    datasets.write_jsonl(tmp_path / "gold.jsonl", [gold])
    seen: list[list[dict[str, Any]]] = []

    class FakeExtractor:
        @classmethod
        def from_settings(cls, settings: Any) -> FakeExtractor:
            return cls()

        def enrich_many(self, articles: list[dict[str, Any]]) -> list[dict[str, Any]]:
            seen.append(articles)
            return [
                {
                    "id": a["id"],
                    "text": a["text"],
                    "events": [
                        {
                            "type": "transport.traffic_jam",
                            "trigger": {"text": "Stau", "start": 0, "end": 4},
                        }
                    ],
                }
                for a in articles
            ]

    fake = types.ModuleType("service.extract.pipeline")
    fake.Extractor = FakeExtractor  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "service.extract.pipeline", fake)
    rc = cli.main(
        ["events", str(tmp_path / "gold.jsonl"), "--save-pred", str(tmp_path / "p.jsonl")]
    )
    assert rc == 0
    assert seen == [[{"id": "e1", "text": "Stau auf der A7.", "language": "de"}]]
    assert "trigger+type" in capsys.readouterr().out
    assert datasets.read_jsonl(tmp_path / "p.jsonl")[0]["id"] == "e1"


def test_cli_timex_calls_normalise_text(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import datetime as dt

    rows = [
        {
            "sentence": "Am Montag.",
            "text": "Montag",
            "reference": "2024-10-25T10:00:00Z",
            "value": "2024-10-28",
            "granularity": "day",
            "mod": None,
        }
    ]
    datasets.write_jsonl(tmp_path / "rows.jsonl", rows)
    calls: list[tuple[str, str, dt.date]] = []

    def normalise_text(text: str, language: str, reference: dt.date) -> list[dict[str, Any]]:
        calls.append((text, language, reference))
        return [
            {"text": "Montag", "value": "2024-10-28", "granularity": "day", "start": 3, "end": 9}
        ]

    fake = types.ModuleType("service.extract.timex")
    fake.normalise_text = normalise_text  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "service.extract.timex", fake)
    assert cli.main(["timex", str(tmp_path / "rows.jsonl"), "--json"]) == 0
    assert calls == [("Am Montag.", "de", dt.date(2024, 10, 25))]
    assert json.loads(capsys.readouterr().out)["value"]["accuracy"] == 1.0


def test_cli_usage_errors(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["quotes"]) == 2
    assert cli.main(["events", "spkatt", "--pred", "x.jsonl"]) == 2
    capsys.readouterr()


def test_smartdata_roles_read_as_agent_and_patient() -> None:
    doc = {"id": "d", "events": [
        {"type": "economy.acquisition", "actors": [
            {"role": "buyer", "text": "Edeka"}, {"role": "acquired", "text": "Tengelmann"},
            {"role": "seller", "text": "Haub"}]},
        {"type": "labor.strike", "actors": [
            {"role": "union", "text": "Verdi"}, {"role": "company", "text": "Amazon"}]},
        {"type": "economy.insolvency", "actors": [{"role": "company", "text": "Imtech"}]}]}
    out = smartdata.with_newsflow_roles([doc])[0]["events"]
    assert [(a["role"], a["text"]) for a in out[0]["actors"]] == [
        ("agent", "Edeka"), ("patient", "Tengelmann")]  # the seller has no newsflow role
    assert [(a["role"], a["text"]) for a in out[1]["actors"]] == [
        ("agent", "Verdi"), ("patient", "Amazon")]
    assert out[2]["actors"] == [{"role": "agent", "text": "Imtech"}]
    assert doc["events"][0]["actors"][0]["role"] == "buyer"  # the gold itself is unchanged


def test_timex_table_split_is_even_rows_tune_odd_rows_heldout(tmp_path: Path) -> None:
    table = tmp_path / "durations_xx.jsonl"
    table.write_text("".join(json.dumps({"sentence": f"row {i}", "text": "row",
                                         "reference": "2025-01-01", "value": None})
                             + "\n" for i in range(5)), encoding="utf-8")
    sentences = {split: [r["sentence"] for r in datasets.load_timex_rows(table, split)]
                 for split in ("tune", "heldout", "all")}
    assert sentences == {"tune": ["row 0", "row 2", "row 4"], "heldout": ["row 1", "row 3"],
                         "all": [f"row {i}" for i in range(5)]}
    with pytest.raises(ValueError, match="tune|heldout"):
        datasets.load_timex_rows(table, "dev")


def test_smartdata_schema_covers_its_types_and_every_disaster():
    from service.evaluation import smartdata

    assert smartdata.in_schema("labor.strike") and smartdata.in_schema("transport.accident")
    assert smartdata.in_schema("disaster.flood")  # its Disaster relation covers all kinds
    assert not smartdata.in_schema("politics.statement")
    assert not smartdata.in_schema("organization.leadership_change")
    assert smartdata.in_schema("organization.leadership_change", include_leadership=True)
