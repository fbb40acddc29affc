"""A seeded generator of hostile raw messages: every way we know a payload can be wrong, plus
random bytes and random mutations of valid records. Deterministic for a seed, so a failure
can be replayed."""

from __future__ import annotations

import json
import random
import string
from collections.abc import Callable

VALID = {"id": "v", "text": "„Das ist falsch“, sagte Ministerin Lena Roth am Dienstag in Bonn.",
         "language": "de", "published_at": "2025-01-07T09:00:00Z", "title": "Roth widerspricht",
         "authors": ["Kim Ost"], "meta": {"section": "politik"}}


def _valid_bytes(rng: random.Random) -> bytes:
    record = dict(VALID, id=f"v{rng.randrange(10**9)}")
    return json.dumps(record, ensure_ascii=rng.random() < 0.5).encode()


def _random_bytes(rng: random.Random) -> bytes:
    return bytes(rng.randrange(256) for _ in range(rng.randrange(0, 300)))


def _truncated(rng: random.Random) -> bytes:
    data = _valid_bytes(rng)
    return data[: rng.randrange(1, len(data) - 1)]


def _mutated(rng: random.Random) -> bytes:
    data = bytearray(_valid_bytes(rng))
    for _ in range(rng.randrange(1, 8)):
        op = rng.randrange(3)
        pos = rng.randrange(len(data))
        if op == 0:
            data[pos] = rng.randrange(256)
        elif op == 1:
            del data[pos]
        else:
            data.insert(pos, rng.choice(b'{}[]",:\\\x00\xff\xc3'))
    return bytes(data)


def _not_an_object(rng: random.Random) -> bytes:
    return rng.choice([b"null", b"true", b"0", b"-1.5e3", b'"text"', b"[]",
                       b'[{"id": "a", "text": "in a list"}]', b'""', b"[[[[]]]]"])


def _deep(rng: random.Random) -> bytes:
    depth = rng.choice([65, 100, 999, 1000, 1001, 5000, 20000])
    kind = rng.randrange(3)
    if kind == 0:
        return b"[" * depth + b"]" * depth
    if kind == 1:
        return (b'{"id": "deep", "text": "Tief.", "meta": ' + b'{"a":' * depth + b"1"
                + b"}" * depth + b"}")
    return b'{"id": "deep", "text": "Tief.", "meta": ' + b"[" * depth + b"]" * depth + b"}"


def _bad_utf8(rng: random.Random) -> bytes:
    bad = rng.choice([b"\xff", b"\xc0\xaf", b"\xed\xa0\x80", b"\xe2\x82", b"\x80", b"\xf8\x88"])
    data = _valid_bytes(rng)
    pos = data.index(b'"text"') + 9
    return data[:pos] + bad + data[pos:]


def _surrogates(rng: random.Random) -> bytes:
    field = rng.choice(["id", "text", "title", "meta", "authors", "key"])
    lone = rng.choice(["\\ud800", "\\udfff", "\\ud83d", "\\udc00x"])
    if field == "meta":
        return ('{"id": "s", "text": "Text hier.", "meta": {"k": "' + lone + '"}}').encode()
    if field == "authors":
        return ('{"id": "s", "text": "Text hier.", "authors": ["' + lone + '"]}').encode()
    if field == "key":
        return ('{"id": "s", "text": "Text hier.", "meta": {"' + lone + '": 1}}').encode()
    record = '{"id": "s", "text": "Ein Text.", "' + field + '": "x' + lone + 'y"}'
    return record.encode()


def _nul(rng: random.Random) -> bytes:
    if rng.random() < 0.5:
        return b'{"id": "nul", "text": "Null\x00Byte roh im JSON."}'  # invalid JSON
    return b'{"id": "nul\\u0000id", "text": "Null\\u0000 als Escape.", "meta": {"\\u0000": 0}}'


def _wrong_types(rng: random.Random) -> bytes:
    field = rng.choice(["text", "id", "title", "language", "published_at", "authors", "meta",
                        "url", "source"])
    value = rng.choice([None, True, 0, -7, 3.25, [], ["a", 1], {}, {"x": [1]}, "", "  "])
    record = dict(VALID, id=f"w{rng.randrange(10**6)}")
    record[field] = value
    if rng.random() < 0.3:
        del record["text"]
    return json.dumps(record).encode()


def _numbers(rng: random.Random) -> bytes:
    number = rng.choice([b"NaN", b"Infinity", b"-Infinity", b"1e999", b"9" * 5000,
                         b"-" + b"1" * 4400, b"1" * 4300, b"0.000000001e-9999"])
    return b'{"id": "num", "text": "Zahlen.", "meta": {"n": ' + number + b"}}"


def _sizes(rng: random.Random) -> bytes:
    kind = rng.randrange(4)
    if kind == 0:  # text over NEWSFLOW_MAX_TEXT_CHARS (the fuzz worker sets 4000)
        return json.dumps({"id": "big", "text": "Wort " * rng.randrange(900, 3000)}).encode()
    if kind == 1:  # message over NEWSFLOW_MAX_MESSAGE_BYTES (65536)
        return json.dumps({"id": "huge", "text": "x" * 70_000}).encode()
    if kind == 2:
        return json.dumps({"id": "", "text": ""}).encode()
    return b"   \n\t  "


def _languages(rng: random.Random) -> bytes:
    text = rng.choice([
        "Il presidente ha detto che non si candiderà alle prossime elezioni regionali.",
        "Hallitus kertoi tiistaina uusista säästötoimista ja veronkorotuksista.",
        "12345 67890 ... !!! ???", "ok", "Привет, мир. Это тест системы обработки.",
        "東京で会議が開かれた。",
    ])
    record: dict[str, object] = {"id": f"l{rng.randrange(10**6)}", "text": text}
    if rng.random() < 0.3:
        record["language"] = rng.choice(["xx", "klingon", "", "it", "EN_us", "de-AT", 42])
    return json.dumps(record, ensure_ascii=False).encode()


def _keys(rng: random.Random) -> bytes:
    kind = rng.randrange(3)
    if kind == 0:  # many keys
        record = {f"k{i}": i for i in range(rng.randrange(1000, 5000))}
        record.update(text="Viele Felder.", id="many")
        return json.dumps(record).encode()
    if kind == 1:  # duplicate keys: the last one wins
        return b'{"id": "dup", "text": 5, "text": "Doppelt."}'
    long_id = "".join(rng.choice(string.ascii_letters) for _ in range(rng.randrange(900, 3000)))
    return json.dumps({"id": long_id, "text": "Lange ID."}).encode()


def _encodings(rng: random.Random) -> bytes:
    record = json.dumps({"id": f"e{rng.randrange(10**6)}", "text": "Grüße aus Köln."},
                        ensure_ascii=False)
    codec = rng.choice(["utf-16", "utf-16-le", "latin-1", "utf-32", "cp1252", "utf-8-sig"])
    return record.encode(codec)


GENERATORS: list[Callable[[random.Random], bytes]] = [
    _random_bytes, _truncated, _mutated, _not_an_object, _deep, _bad_utf8, _surrogates, _nul,
    _wrong_types, _numbers, _sizes, _languages, _keys, _encodings,
]


def corpus(n: int, seed: int = 2026) -> list[tuple[str, bytes]]:
    """``n`` hostile messages as (generator name, payload), every generator used."""
    rng = random.Random(seed)
    out = []
    for i in range(n):
        generator = GENERATORS[i % len(GENERATORS)] if i < len(GENERATORS) else rng.choice(
            GENERATORS)
        out.append((generator.__name__.lstrip("_"), generator(rng)))
    return out
