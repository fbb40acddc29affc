import base64
import hashlib
import json

import pytest

from service.records import (
    EMPTY_TEXT,
    INVALID_ENCODING,
    INVALID_JSON,
    INVALID_RECORD,
    MISSING_FIELD,
    PAYLOAD_TOO_LARGE,
    TEXT_TOO_LARGE,
    RejectedMessage,
    article_id_for_url,
    dead_letter,
    decode_payload,
    normalise,
)
from tests.conftest import assert_valid


def parse(obj, max_text=1000):
    return normalise(obj, max_text)


def test_canonical_fields():
    a = parse({"id": "a1", "text": "Hallo Welt.", "title": "T", "language": "DE",
               "published_at": "2024-10-24", "source": "x.de", "authors": ["A"]})
    assert (a.id, a.text, a.title, a.language, a.source, a.authors) == (
        "a1", "Hallo Welt.", "T", "de", "x.de", ["A"])
    assert a.published_at.startswith("2024-10-24T00:00:00")
    assert a.reference_date().isoformat() == "2024-10-24"


def test_news_please_fields():
    a = parse({"url": "https://x.de/a", "maintext": "Text.", "date_publish": "2024-10-24 09:30:00",
               "language": "de", "source_domain": "x.de", "title": "T"})
    assert a.id == article_id_for_url("https://x.de/a")
    assert a.text == "Text." and a.source == "x.de"
    assert a.published_at.startswith("2024-10-24T09:30:00")


def test_fundus_fields_with_structured_body():
    a = parse({"title": "T", "lang": "en", "publishing_date": "2024-10-24T10:00:00+02:00",
               "html": {"requested_url": "https://x.com/a"},
               "body": {"summary": ["Lead."], "sections": [
                   {"headline": [], "paragraphs": ["First.", "Second."]}]}})
    assert a.text == "Lead.\nFirst.\nSecond."
    assert a.language == "en" and a.url == "https://x.com/a"
    assert a.published_at == "2024-10-24T10:00:00+02:00"


def test_trafilatura_fields():
    a = parse({"id": 7, "text": "Body.", "date": "2024-10-24", "hostname": "x.org",
               "language": "en-GB", "author": "Jane Roe"})
    assert (a.id, a.source, a.language, a.authors) == ("7", "x.org", "en", ["Jane Roe"])


def test_url_id_is_stable():
    assert article_id_for_url("u") == article_id_for_url("u") != article_id_for_url("v")


@pytest.mark.parametrize("payload,code", [
    (b"\xff\xfe not utf8", INVALID_ENCODING),
    (b"{not json", INVALID_JSON),
    (b"", INVALID_JSON),
    (b"[1, 2]", INVALID_RECORD),
    (b'"just a string"', INVALID_RECORD),
])
def test_decode_rejects(payload, code):
    with pytest.raises(RejectedMessage) as err:
        decode_payload(payload, 1000)
    assert err.value.code == code and err.value.message


def test_decode_size_limit_before_parsing():
    with pytest.raises(RejectedMessage) as err:
        decode_payload(b"x" * 101, 100)
    assert err.value.code == PAYLOAD_TOO_LARGE


@pytest.mark.parametrize("obj,code", [
    ({"id": "a"}, MISSING_FIELD),
    ({"id": "a", "title": "only a title"}, MISSING_FIELD),
    ({"id": "a", "text": "   \n "}, EMPTY_TEXT),
    ({"id": "a", "text": ""}, EMPTY_TEXT),
    ({"id": "a", "text": "x" * 1001}, TEXT_TOO_LARGE),
    ({"id": "a", "text": 5}, INVALID_RECORD),
    ({"id": "a", "text": ["a list"]}, INVALID_RECORD),
    ({"id": "a", "text": None, "maintext": True}, INVALID_RECORD),
])
def test_normalise_rejects(obj, code):
    with pytest.raises(RejectedMessage) as err:
        parse(obj)
    assert err.value.code == code


@pytest.mark.parametrize("obj,field", [
    ({"id": "a", "text": "t", "published_at": "yesterday"}, "published_at"),
    ({"id": "a", "text": "t", "published_at": {"y": 2024}}, "published_at"),
    ({"id": "a", "text": "t", "authors": [1]}, "authors"),
    ({"id": "a", "text": "t", "authors": {"name": "A"}}, "authors"),
    ({"id": "a", "text": "t", "meta": "m"}, "meta"),
    ({"id": "a", "text": "t", "title": ["T"]}, "title"),
    ({"id": "a", "text": "t", "language": "deutsch!"}, "language"),
    ({"id": "a", "text": "t", "source": {"name": "x"}}, "source"),
    ({"id": {"x": 1}, "url": "https://x.de/a", "text": "t"}, "id"),
    ({"id": True, "url": "https://x.de/a", "text": "t"}, "id"),
])
def test_a_bad_optional_field_is_dropped_with_a_warning(obj, field):
    a = parse(obj)
    assert a.text == "t"
    assert [w["field"] for w in a.warnings] == [field], a.warnings
    assert a.warnings[0]["component"] == "input" and a.warnings[0]["message"]


def test_identity_falls_back_from_id_to_url_to_key_to_text():
    assert parse({"id": "a", "url": "https://x.de/a", "text": "t"}).id == "a"
    assert parse({"url": "https://x.de/a", "text": "t"}).id == article_id_for_url(
        "https://x.de/a")
    assert normalise({"text": "t"}, 100, key=b"kafka-key").id == "kafka-key"
    assert normalise({"id": {"x": 1}, "text": "t"}, 100, key=b"k2").id == "k2"
    by_text = normalise({"text": "Derselbe Text."}, 100, key=b"\xff")
    assert by_text.id == normalise({"text": "Derselbe Text."}, 100).id
    assert by_text.id.startswith("text-") and by_text.warnings[0]["code"] == "derived_id"
    assert by_text.id != normalise({"text": "Ein anderer."}, 100).id


def test_no_date_strings_of_scrapers_are_absent_not_wrong():
    for value in ("None", "NULL", "", "  "):
        a = parse({"id": "a", "text": "t", "date_publish": value})
        assert a.published_at is None and not a.warnings


@pytest.mark.parametrize("payload", [
    b"[" * 5000 + b"]" * 5000,
    b'{"a": ' + b"[" * 3000 + b"]" * 3000 + b"}",
    b'{"a": ' + b"[" * 65 + b"]" * 65 + b"}",
    b'{"n": ' + b"7" * 5000 + b"}",
    b'{"n": NaN}', b'{"n": -Infinity}', b'{"n": 1e400}',
])
def test_decode_turns_every_parser_failure_into_a_code(payload):
    with pytest.raises(RejectedMessage) as err:
        decode_payload(payload, 1_000_000, max_depth=64)
    assert err.value.code in (INVALID_JSON, INVALID_RECORD) and err.value.message


def test_decode_accepts_nesting_up_to_the_limit_and_a_bom():
    ok = b'{"a": ' + b"[" * 62 + b"]" * 62 + b"}"
    assert decode_payload(ok, 10_000, max_depth=64)["a"]
    assert decode_payload(b"\xef\xbb\xbf" + b'{"id": 1}', 100) == {"id": 1}


def test_text_is_nfc_and_crlf_normalised():
    a = parse({"id": "a", "text": "Cafe\u0301\r\nzwei"})
    assert a.text == "Café\nzwei"


def test_dead_letter_keeps_original_text():
    rec = dead_letter(INVALID_JSON, "not JSON", b"{oops", topic="t", partition=1, offset=5,
                      key=b"k", max_original_bytes=100)
    assert rec["original"] == "{oops" and rec["original_encoding"] == "utf-8"
    assert rec["original_truncated"] is False and rec["key"] == "k"
    assert_valid("dead_letter", rec)


def test_dead_letter_base64_for_invalid_utf8():
    raw = b"\xff\xfe\x00bad"
    rec = dead_letter(INVALID_ENCODING, "not UTF-8", raw, topic="t", partition=0, offset=0,
                      key=None, max_original_bytes=100)
    assert rec["original_encoding"] == "base64"
    assert base64.b64decode(rec["original"]) == raw
    assert_valid("dead_letter", rec)


def test_dead_letter_truncates_huge_original_with_hash():
    raw = json.dumps({"id": "big", "text": "ä" * 5000}).encode()
    rec = dead_letter(TEXT_TOO_LARGE, "too large", raw, topic="t", partition=0, offset=9,
                      key=b"big", max_original_bytes=1001)
    assert rec["original_truncated"] is True and rec["original_size"] == len(raw)
    assert rec["original_sha256"] == hashlib.sha256(raw).hexdigest()
    assert rec["original_encoding"] == "utf-8"  # the cut through "ä" was mended
    assert raw.startswith(rec["original"].encode())
    assert_valid("dead_letter", rec)
