"""`newsflow extract`: one output line per input line, a bad line yields its own error line,
the others are unaffected, and the exit status says whether any line failed."""

import json
import os
import subprocess
import sys

from tests.conftest import ROOT

ENV = {k: v for k, v in os.environ.items() if not k.startswith("NEWSFLOW_")} | {
    "NEWSFLOW_PIPELINE_DE": "blank:de", "NEWSFLOW_PIPELINE_EN": "blank:en"}


def extract(stdin: bytes, *args: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "service.cli", "extract", *args], cwd=ROOT,
                          env=ENV, input=stdin, capture_output=True, timeout=120)


def good(i: int) -> bytes:
    return json.dumps({"id": f"g{i}", "language": "de",
                       "text": f"„Fall {i} ist geklärt“, sagte Anna Berg."}).encode()


BAD_LINES = {
    b"not json": "invalid_json",
    b"[1, 2, 3]": "invalid_record",
    b'{"meta": ' + b"[" * 5000 + b"]" * 5000 + b', "text": "x", "id": "d"}': "invalid_json",
    b'{"id": "e", "text": ""}': "empty_text",
    b'{"id": "n", "text": "x", "meta": {"v": NaN}}': "invalid_json",
    b'{"id": "u", "text": "caf\xe9"}': "invalid_encoding",
    b'{"id": "\\ud800", "text": 7}': "invalid_record",
}


def test_bad_lines_get_their_own_error_line_and_the_rest_is_enriched():
    lines = []
    for i, bad in enumerate(BAD_LINES):
        lines += [good(i), bad]
    lines.append(good(99))
    done = extract(b"\n".join(lines) + b"\n")
    assert done.returncode == 1, done.stderr.decode()
    out = [json.loads(line) for line in done.stdout.splitlines()]
    assert len(out) == len(lines)
    for line, record in zip(lines, out, strict=True):
        if line in BAD_LINES:
            assert record["error"]["code"] == BAD_LINES[line], (line[:40], record)
        else:
            assert "error" not in record and record["id"] == json.loads(line)["id"]
            assert record["quotes"], record
    assert b"could not be enriched" in done.stderr and b"Traceback" not in done.stderr


def test_all_good_lines_exit_zero_and_a_missing_file_exits_two(tmp_path):
    done = extract(good(1) + b"\n\n" + good(2) + b"\n")
    assert done.returncode == 0 and len(done.stdout.splitlines()) == 2
    missing = extract(b"", str(tmp_path / "nope.jsonl"))
    assert missing.returncode == 2 and b"cannot read input" in missing.stderr


def _without_time(stdout: bytes) -> list[dict]:
    records = [json.loads(line) for line in stdout.splitlines()]
    for record in records:
        record.pop("processed_at", None)
    return records


def test_workers_give_the_same_lines_in_the_same_order_and_progress_on_request(tmp_path):
    lines = []
    for i, bad in enumerate(BAD_LINES):
        lines += [good(i), good(100 + i), bad]
    path = tmp_path / "in.jsonl"
    path.write_bytes(b"\n".join(lines) + b"\n")
    one = extract(b"", str(path))
    two = extract(b"", "--workers", "2", "--progress", "always", str(path))
    assert one.returncode == two.returncode == 1, two.stderr.decode()
    assert _without_time(two.stdout) == _without_time(one.stdout)
    assert len(two.stdout.splitlines()) == len(lines)
    progress = two.stderr.decode()
    assert f"{len(lines)}/{len(lines)} articles" in progress and "/s" in progress
    assert "ETA" in progress and "Traceback" not in progress
    # not a terminal and not asked for: no progress line
    assert b"articles" not in one.stderr.replace(b"could not be enriched", b"")
