"""``newsflow stats`` without a broker: time windows, dead-letter codes, group assignments and
the table an operator reads."""

from datetime import UTC, datetime, timedelta

import pytest
from aiokafka.coordinator.protocol import ConsumerProtocolMemberAssignment

from service.cli import build_parser
from service.ops.kafka_read import parse_duration, parse_time
from service.ops.stats import UNREADABLE, _label, dead_letter_code, members_of, render, table

NOW = datetime(2025, 3, 1, 12, 0, tzinfo=UTC)


@pytest.mark.parametrize("text, seconds", [
    ("15m", 900), ("1h", 3600), ("24h", 86400), ("7d", 604800), ("90s", 90), ("2w", 1209600),
    (" 1.5h ", 5400), ("1H", 3600)])
def test_durations(text, seconds):
    assert parse_duration(text) == timedelta(seconds=seconds)


@pytest.mark.parametrize("text", ["5", "0h", "-1h", "1y", "", "h", "1 hour"])
def test_bad_durations_are_refused(text):
    with pytest.raises(ValueError, match="duration"):
        parse_duration(text)


def test_times_absolute_or_back_from_now():
    assert parse_time("2h", NOW) == NOW - timedelta(hours=2)
    assert parse_time("2025-02-28T08:30:00Z", NOW) == datetime(2025, 2, 28, 8, 30, tzinfo=UTC)
    naive = parse_time("2025-02-28T08:30:00", NOW)  # no zone: UTC, never local time
    assert naive.tzinfo is not None and naive == datetime(2025, 2, 28, 8, 30, tzinfo=UTC)
    offset = parse_time("2025-02-28T10:30:00+02:00", NOW)
    assert offset == datetime(2025, 2, 28, 8, 30, tzinfo=UTC)
    with pytest.raises(ValueError, match="neither epoch ms, ISO 8601"):
        parse_time("yesterday", NOW)


@pytest.mark.parametrize("window, label", [("60m", "1h"), ("15m", "15m"), ("168h", "1w"),
                                           ("90s", "90s"), ("48h", "2d")])
def test_window_labels(window, label):
    assert _label(parse_duration(window)) == label


def test_dead_letter_codes_and_unreadable_ones():
    assert dead_letter_code(b'{"error": {"code": "invalid_json", "message": "x"}}') == \
        "invalid_json"
    for value in (b"not json", b"[]", b'{"error": "x"}', b'{"error": {"code": ""}}', None):
        assert dead_letter_code(value) == UNREADABLE


def _assignment(topics: dict[str, list[int]]) -> bytes:
    return ConsumerProtocolMemberAssignment(0, sorted(topics.items()), b"{}").encode()


def test_members_own_only_their_raw_partitions():
    group = (0, "newsflow", "Stable", "consumer", "faust", [
        ("m-1", "faust-1", "/10.0.0.1", b"", _assignment({"articles.raw": [2, 0],
                                                           "newsflow-__assignor-__leader": [0]})),
        ("m-2", "faust-1", "/10.0.0.2", b"", _assignment({"articles.raw": [1, 3]})),
        ("m-3", "faust-1", "/10.0.0.3", b"", b""),  # joined, not assigned yet
    ])
    members = members_of(group, "articles.raw")
    assert [(m["member_id"], m["host"], m["partitions"]) for m in members] == [
        ("m-1", "/10.0.0.1", [0, 2]), ("m-2", "/10.0.0.2", [1, 3]), ("m-3", "/10.0.0.3", [])]
    foreign = (0, "g", "Stable", "connect", "x", [("m", "c", "h", b"", b"\x00garbage")])
    assert members_of(foreign, "articles.raw")[0]["partitions"] == []


def test_table_aligns_numbers_right_and_shows_missing_values():
    out = table(["NAME", "N"], [["a", 5], ["longer", None], ["b", 1234]], right={1})
    lines = out.splitlines()
    assert lines[0] == "NAME       N"
    assert lines[1] == "------  ----"
    assert lines[2:] == ["a          5", "longer     -", "b       1234"]


def _report(**changes):
    report = {
        "generated_at": "2025-03-01T12:00:00+00:00", "group_id": "newsflow",
        "records_exact": True,
        "topics": [{"role": "raw", "topic": "articles.raw", "exists": True, "partitions": 2,
                    "records": 12},
                   {"role": "dlq", "topic": "articles.dlq", "exists": False, "partitions": 0,
                    "records": 0}],
        "dead_letters": {"topic": "articles.dlq", "window": "1h",
                         "since": "2025-03-01T11:00:00+00:00", "total": 3,
                         "by_code": {"invalid_json": 2, "empty_text": 1}, "complete": True},
        "consumer_group": {"group_id": "newsflow", "state": "Stable", "members": [
            {"member_id": "m-1", "client_id": "faust-1", "host": "/10.0.0.1",
             "partitions": [0]}]},
        "lag": {"topic": "articles.raw", "total": 7, "partitions": [
            {"partition": 0, "end_offset": 10, "committed_offset": 3, "lag": 7,
             "owner": {"member_id": "m-1", "client_id": "faust-1", "host": "/10.0.0.1"}},
            {"partition": 1, "end_offset": 2, "committed_offset": None, "lag": 0,
             "owner": None}]},
    }
    report.update(changes)
    return report


def test_render_shows_every_figure_of_the_report():
    out = render(_report())
    rows = [line.split() for line in out.splitlines()]
    assert ["articles.raw", "raw", "2", "12"] in rows
    assert ["articles.dlq", "dlq", "missing", "-"] in rows
    assert "over the last 1h (since 2025-03-01T11:00:00+00:00): 3" in out
    assert ["invalid_json", "2"] in rows and ["empty_text", "1"] in rows
    assert "Consumer group newsflow (Stable, 1 member(s)), lag on articles.raw: 7" in out
    assert ["0", "10", "3", "7", "faust-1", "/10.0.0.1", "m-1"] in rows
    assert ["1", "2", "-", "0", "(unassigned)"] in rows
    assert "upper bound" not in out and "INCOMPLETE" not in out


def test_render_warns_about_markers_and_an_incomplete_read():
    dl = dict(_report()["dead_letters"], complete=False)
    out = render(_report(records_exact=False, dead_letters=dl))
    assert "transaction markers take offsets too" in out
    assert "INCOMPLETE" in out


def test_cli_defaults():
    args = build_parser().parse_args(["stats"])
    assert args.window == "1h" and args.json is False
