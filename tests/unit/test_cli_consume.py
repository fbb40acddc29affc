"""``newsflow consume`` arguments: --since in the forms people type, --limit, the documented
exit statuses in --help."""

from __future__ import annotations

import argparse
from datetime import UTC, datetime

import pytest

from service.cli import CONSUME_EPILOG, build_parser, main, parse_since

NOW = 1_741_082_400_000  # 2025-03-04T10:00:00Z


@pytest.mark.parametrize(("text", "expected"), [
    ("1700000000123", 1_700_000_000_123),  # epoch ms, as before
    ("now", NOW),
    ("90s", NOW - 90_000),
    ("10m", NOW - 600_000),
    ("1.5h", NOW - 5_400_000),
    ("2d", NOW - 2 * 86_400_000),
    ("1w", NOW - 7 * 86_400_000),
    ("250ms", NOW - 250),
    ("2025-03-04T10:00:00Z", NOW),
    ("2025-03-04T11:30:00+01:00", NOW + 1_800_000),
    ("2025-03-04T10:00:00.5+00:00", NOW + 500),
])
def test_since_forms(text, expected):
    assert parse_since(text, now_ms=NOW) == expected


def test_since_without_zone_is_utc_like_every_other_time_argument():
    from service.ops.kafka_read import parse_time

    utc = datetime(2025, 3, 4, 10, 0, 0, tzinfo=UTC)
    assert parse_since("2025-03-04T10:00:00", now_ms=NOW) == int(utc.timestamp() * 1000)
    assert parse_since("2025-03-04", now_ms=NOW) == int(
        datetime(2025, 3, 4, tzinfo=UTC).timestamp() * 1000)
    now = datetime.fromtimestamp(NOW / 1000, UTC)
    for text in ("2025-03-04T10:00:00", "2025-03-04T11:30:00+01:00", "10m", "now",
                 str(NOW - 5000)):
        assert parse_since(text, now_ms=NOW) == int(parse_time(text, now).timestamp() * 1000)


def test_since_never_negative():
    assert parse_since("30000d", now_ms=NOW) == 0  # before 1970


@pytest.mark.parametrize("text", ["yesterday", "10 minutes", "-5m", "10x", ""])
def test_since_rejects_what_it_cannot_read(text):
    with pytest.raises(argparse.ArgumentTypeError):
        parse_since(text, now_ms=NOW)


def test_bad_arguments_exit_2_before_connecting(capsys):
    for argv in (["consume", "t", "--since", "yesterday"], ["consume", "t", "--limit", "0"]):
        with pytest.raises(SystemExit) as exited:
            main(argv)
        assert exited.value.code == 2
    assert "--since" in capsys.readouterr().err


def test_parser_defaults_stay_groupless_and_bounded():
    args = build_parser().parse_args(["consume", "t"])
    assert args.group is None and not args.follow and args.timeout is None
    args = build_parser().parse_args(["consume", "t", "-f", "-g", "G", "--since", "10m"])
    assert args.follow and args.group == "G" and isinstance(args.since, int)


def test_help_documents_exit_statuses(capsys):
    with pytest.raises(SystemExit):
        main(["consume", "--help"])
    out = capsys.readouterr().out
    assert CONSUME_EPILOG.splitlines()[0] in out
    for status in ("0  printed what was asked", "1  --timeout ran out first", "2  unusable"):
        assert status in out


@pytest.mark.parametrize("text", ["5", "90", "123456789"])
def test_a_bare_short_number_is_refused_not_read_as_1970(text):
    with pytest.raises(argparse.ArgumentTypeError, match="bare number"):
        parse_since(text, now_ms=NOW)
