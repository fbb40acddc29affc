"""``newsflow replay`` without a broker: which dead letters are selected, what bytes and key are
sent, the loop guard's count from header to dead letter, and the summary."""

import base64
import json

import pytest

from service.agents import BatchProcessor, RawMessage
from service.cli import build_parser
from service.config import Settings
from service.extraction_pool import ExtractionPool
from service.ops.replay import (
    Candidate,
    Filters,
    latest_per_article,
    render,
    stored_key,
    stored_original,
)
from service.records import REPLAY_HEADER, dead_letter, replay_count
from tests.conftest import assert_valid

T0 = 1_700_000_000_000  # epoch ms


def _dl(code="invalid_json", article_id=None, key=None, replays=0, original=b"{x"):
    record = dead_letter(code, "why", original, topic="articles.raw", partition=0, offset=1,
                         key=key, max_original_bytes=1000, replays=replays)
    if article_id:
        record["article_id"] = article_id
    return record


def test_filters_combine_and_repeat():
    rec = _dl("missing_field", article_id="a1", key=b"k1")
    assert Filters().match(rec, T0)
    assert Filters(codes={"missing_field", "empty_text"}).match(rec, T0)
    assert not Filters(codes={"empty_text"}).match(rec, T0)
    assert Filters(ids={"a1"}).match(rec, T0) and Filters(ids={"k1"}).match(rec, T0)
    assert not Filters(ids={"other"}).match(rec, T0)
    assert Filters(since_ms=T0, until_ms=T0).match(rec, T0)
    assert not Filters(since_ms=T0 + 1).match(rec, T0)
    assert not Filters(until_ms=T0 - 1).match(rec, T0)
    assert not Filters(codes={"missing_field"}, ids={"nope"}).match(rec, T0)


def test_only_the_latest_dead_letter_of_an_article_counts():
    first = Candidate(0, 1, T0, _dl(article_id="a1"))
    again = Candidate(0, 7, T0 + 50, _dl(article_id="a1", replays=1))
    other = Candidate(1, 2, T0 + 10, _dl(key=b"k2"))
    # no id, no key: the same bytes are the same message, other bytes another one
    keyless = [Candidate(1, 3, T0, _dl(original=b"{x")), Candidate(1, 4, T0 + 5, _dl(
        original=b"{x", replays=1)), Candidate(1, 5, T0, _dl(original=b"{y"))]
    keep, gone = latest_per_article([first, other, again, *keyless])
    assert keep == [other, again, *keyless[1:]] and gone == [first, keyless[0]]
    truncated = dead_letter("invalid_json", "why", b"{x" * 100, topic="t", partition=0,
                            offset=1, key=None, max_original_bytes=10)
    assert Candidate(0, 1, T0, truncated).identity == Candidate(0, 2, T0, _dl(
        original=b"{x" * 100)).identity  # full SHA-256 either way


def test_original_bytes_and_key_come_back_exactly():
    raw, key = b'{"id": "\xc3\xa4"} \xff', b"\xff\xfe"  # neither is UTF-8
    rec = _dl(original=raw, key=key)
    assert rec["original_encoding"] == "base64" and rec["key_base64"]
    assert stored_original(rec) == raw
    assert stored_key(rec) == (key, True)
    text = _dl(original="Grüße".encode(), key="Schlüssel".encode())
    assert "key_base64" not in text
    assert stored_original(text) == "Grüße".encode()
    assert stored_key(text) == ("Schlüssel".encode(), True)
    assert stored_key(_dl(key=None)) == (None, True)
    old = dict(rec)  # a pre-1.3 dead letter: only the lossy text form of the key
    del old["key_base64"]
    assert stored_key(old)[1] is False


def test_replay_header_is_read_from_any_header_shape():
    assert replay_count(None) == 0 and replay_count([]) == 0
    assert replay_count([("other", b"5")]) == 0
    assert replay_count([("x", b""), (REPLAY_HEADER, b"2")]) == 2
    assert replay_count({REPLAY_HEADER: b"3"}) == 3
    assert replay_count({REPLAY_HEADER: "4"}) == 4
    # there but unreadable: replayed at least once, the guard must not start over
    for junk in (b"", b"two", b"-7", b"\xff", None):
        assert replay_count([(REPLAY_HEADER, junk)]) == 1


def test_the_worker_carries_the_count_into_its_dead_letter():
    settings = Settings(extract_executor="thread", pipelines={"de": "blank:de"},
                        languages=("de",))
    processor = BatchProcessor(settings, ExtractionPool(settings.pipelines, kind="thread"))
    msg = RawMessage(b"not json", b"\xff", "articles.raw", 0, 9, replays=2)
    outcome = processor.dead_letter(msg, "invalid_json", "not JSON", None)
    record = json.loads(outcome.records[0].value)
    assert_valid("dead_letter", record)
    assert record["replay_count"] == 2
    assert base64.b64decode(record["key_base64"]) == b"\xff"
    fresh = processor.dead_letter(RawMessage(b"x", b"k", "articles.raw", 0, 10), "invalid_json",
                                  "not JSON", None)
    assert "replay_count" not in json.loads(fresh.records[0].value)


def _item(code, reason=None, **extra):
    c = Candidate(0, extra.pop("offset", 1), T0, _dl(code, article_id=extra.pop("id", "a")),
                  reason=reason, value=None if reason else b"12345")
    return c.summary()


def test_summary_counts_reasons():
    report = {"dry_run": True, "target": "articles.raw", "dlq_topic": "articles.dlq",
              "complete": True,
              "replayed": [_item("invalid_json", offset=4)],
              "skipped": [_item("empty_text", "replay limit: already replayed 3 time(s)"),
                          _item("empty_text", "replay limit: already replayed 5 time(s)"),
                          _item("text_too_large", "original truncated and no longer "
                                                  "retained at t/0/1")],
              "superseded": [_item("empty_text")]}
    out = render(report)
    lines = out.splitlines()
    assert lines[0] == ("would replay articles.dlq/0/4 invalid_json id=a key=- "
                        "(5 bytes, replay 1)")
    assert sum(line.startswith("skipped articles.dlq/0/1") for line in lines) == 3
    assert lines[-1] == ("would replay 1 dead letter(s) to articles.raw; skipped 3 (1 original "
                         "truncated and no longer retained at t/0/1, 2 replay limit); 1 "
                         "superseded by a later dead letter of the same article")
    report["dry_run"], report["complete"] = False, False
    assert render(report).splitlines()[-1].startswith("replayed 1 dead letter(s)")
    assert "NOT READ TO ITS END" in render(report)


def test_cli_defaults_and_repeatable_filters():
    args = build_parser().parse_args(["replay", "--code", "a", "--code", "b", "--id", "x"])
    assert args.code == ["a", "b"] and args.id == ["x"]
    assert args.max_replays == 3 and not args.force and not args.dry_run


@pytest.mark.parametrize("argv", [["replay", "--since", "yesterday"],
                                  ["replay", "--until", "5"],
                                  ["replay", "--max-replays", "0"]])
def test_bad_arguments_exit_2_before_touching_kafka(argv, capsys):
    from service.cli import main

    assert main(argv) == 2
    assert "newsflow replay:" in capsys.readouterr().err
