"""NEWSFLOW_LOG_FORMAT=json: one parseable object per line, with the message a line is about."""

from __future__ import annotations

import io
import json
import logging
import sys

import pytest

from service.log_format import JsonFormatter, configure, logging_config, message_context


def _record(msg: str, *args: object, exc: bool = False, **extra: object) -> logging.LogRecord:
    exc_info = None
    if exc:
        try:
            raise ValueError("broken\nrecord")
        except ValueError:
            exc_info = sys.exc_info()
    record = logging.LogRecord("service.agents", logging.WARNING, __file__, 1, msg, args,
                               exc_info)
    record.__dict__.update(extra)
    return record


def test_fields_and_message_context():
    line = JsonFormatter().format(_record(
        "dead letter %s at %s", "invalid_json", "raw/0/7",
        **message_context("articles.raw", 0, 7, "a-1")))
    assert "\n" not in line
    entry = json.loads(line)
    assert entry["level"] == "WARNING" and entry["logger"] == "service.agents"
    assert entry["message"] == "dead letter invalid_json at raw/0/7"
    assert (entry["topic"], entry["partition"], entry["offset"], entry["article_id"]) == (
        "articles.raw", 0, 7, "a-1")
    assert entry["time"].endswith("Z") and entry["time"][:2] == "20"


def test_absent_context_is_left_out_and_partition_zero_kept():
    entry = json.loads(JsonFormatter().format(_record("x", **message_context("t", 0, None))))
    assert entry["partition"] == 0 and "offset" not in entry and "article_id" not in entry
    assert "topic" not in json.loads(JsonFormatter().format(_record("plain")))


def test_exception_and_newlines_stay_on_one_line():
    line = JsonFormatter().format(_record("line one\nline two", exc=True))
    assert line.count("\n") == 0
    entry = json.loads(line)
    assert entry["message"] == "line one\nline two"
    assert "Traceback" in entry["exception"] and "ValueError: broken\nrecord" in entry["exception"]


def test_text_keeps_fausts_setup():
    assert logging_config("text", "info") is None


@pytest.fixture
def root_logging():
    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    yield root
    root.handlers[:] = handlers
    root.setLevel(level)


def test_configure_json_logs_to_stderr(root_logging, monkeypatch):
    stderr = io.StringIO()
    monkeypatch.setattr("sys.stderr", stderr)
    configure("json", "warning")
    logging.getLogger("newsflow.test").info("not shown")
    logging.getLogger("newsflow.test").error("shown %d", 1, extra={"offset": 3})
    lines = stderr.getvalue().splitlines()
    assert [json.loads(x)["message"] for x in lines] == ["shown 1"]
    assert json.loads(lines[0])["offset"] == 3
