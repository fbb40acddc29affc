"""Raw message → :class:`Article`, and Article + extraction → output records.

Pure functions with no Kafka imports: the agent, ``newsflow extract`` and the tests share them,
so a message is judged the same way everywhere. Every way a message can be unusable raises
:class:`RejectedMessage` with a stable error code that ends up in the dead-letter record.
"""

from __future__ import annotations

import base64
import hashlib
import json
import math
import unicodedata
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from service.timestamps import parse_timestamp

SCHEMA_VERSION = "1.7"  # 1.1: optional speech_events; 1.2: optional warnings, origin;
# 1.3: dead letters' optional key_base64, replay_count; events' optional time.source;
# 1.4: events' optional location.source and actors[].context; 1.5: actors[].confidence;
# 1.6: optional durations (TimeML DURATION / SET); 1.7: actors[].metonymy and actors[].country

# Error codes, stable: consumers of the DLQ filter on them.
INVALID_ENCODING = "invalid_encoding"
INVALID_JSON = "invalid_json"
INVALID_RECORD = "invalid_record"
MISSING_FIELD = "missing_field"
EMPTY_TEXT = "empty_text"
TEXT_TOO_LARGE = "text_too_large"
PAYLOAD_TOO_LARGE = "payload_too_large"
UNSUPPORTED_LANGUAGE = "unsupported_language"
LANGUAGE_UNDETERMINED = "language_undetermined"
EXTRACTION_FAILED = "extraction_failed"
OUTPUT_FAILED = "output_failed"

ERROR_CODES = (
    INVALID_ENCODING, INVALID_JSON, INVALID_RECORD, MISSING_FIELD, EMPTY_TEXT, TEXT_TOO_LARGE,
    PAYLOAD_TOO_LARGE, UNSUPPORTED_LANGUAGE, LANGUAGE_UNDETERMINED, EXTRACTION_FAILED,
    OUTPUT_FAILED,
)

# Field names used by common scrapers, in order of preference.
TEXT_FIELDS = ("text", "maintext", "plaintext", "body", "content", "raw_text")
TITLE_FIELDS = ("title", "headline")
DATE_FIELDS = ("published_at", "date_publish", "publishing_date", "date", "published")
LANGUAGE_FIELDS = ("language", "lang")
URL_FIELDS = ("url", "link", "source_url")
SOURCE_FIELDS = ("source", "source_domain", "source-hostname", "hostname", "sitename",
                 "publisher")
AUTHOR_FIELDS = ("authors", "author")

MAX_ERROR_MESSAGE_CHARS = 2000
MAX_ID_CHARS = 1024  # an id is a message key; anything longer is not an id
INPUT = "input"  # the ``component`` of warnings about the raw record


class RejectedMessage(Exception):
    """A message that cannot be enriched; ``code`` is one of :data:`ERROR_CODES`."""

    def __init__(self, code: str, message: str, article_id: str | None = None) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.article_id = article_id


@dataclass
class Article:
    """A validated, normalised raw article."""

    id: str
    text: str
    url: str | None = None
    title: str | None = None
    language: str | None = None
    published_at: str | None = None
    source: str | None = None
    authors: list[str] = field(default_factory=list)
    meta: dict[str, Any] | None = None
    # what was wrong with the raw record but did not cost the article (schema ``warnings``)
    warnings: list[dict[str, str]] = field(default_factory=list)

    def reference_date(self) -> date | None:
        """The day relative dates are resolved against."""
        if not self.published_at:
            return None
        return parse_timestamp(self.published_at).date()

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"id": self.id, "text": self.text}
        for name in ("url", "title", "language", "published_at", "source"):
            value = getattr(self, name)
            if value is not None:
                out[name] = value
        if self.authors:
            out["authors"] = self.authors
        if self.meta:
            out["meta"] = self.meta
        return out


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON number")


def _finite_float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise ValueError(f"number {text[:40]} is out of range")
    return value


def json_depth_exceeds(obj: Any, limit: int) -> bool:
    """True when ``obj`` nests deeper than ``limit``; iterative, so any depth is safe."""
    stack: list[tuple[Any, int]] = [(obj, 1)]
    while stack:
        value, depth = stack.pop()
        if isinstance(value, dict):
            children: Any = value.values()
        elif isinstance(value, list):
            children = value
        else:
            continue
        if depth > limit:
            return True
        stack.extend((child, depth + 1) for child in children
                     if isinstance(child, (dict, list)))
    return False


def decode_payload(payload: bytes | str | None, max_bytes: int,
                   max_depth: int = 64) -> dict[str, Any]:
    """Bytes off the wire → JSON object, or :class:`RejectedMessage`.

    Everything that can go wrong with a payload ends here as a code, never as another
    exception: nesting that would exhaust the stack, numbers Python cannot hold, NaN.
    """
    if isinstance(payload, str):
        payload = payload.encode("utf-8", "surrogatepass")
    if payload is None or len(payload) == 0:
        raise RejectedMessage(INVALID_JSON, "empty message")
    if len(payload) > max_bytes:
        raise RejectedMessage(PAYLOAD_TOO_LARGE,
                              f"message is {len(payload)} bytes, limit {max_bytes}")
    try:
        text = payload.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise RejectedMessage(INVALID_ENCODING,
                              f"not UTF-8: {exc.reason} at byte {exc.start}") from None
    text = text.removeprefix("\ufeff")  # a byte-order mark is noise, not an error
    try:
        obj = json.loads(text, parse_constant=_reject_constant, parse_float=_finite_float)
    except json.JSONDecodeError as exc:
        raise RejectedMessage(INVALID_JSON, f"not JSON: {exc.msg} at line {exc.lineno} "
                                            f"column {exc.colno}") from None
    except RecursionError:
        raise RejectedMessage(INVALID_JSON, f"JSON nested deeper than {max_depth} "
                                            "levels") from None
    except (ValueError, OverflowError) as exc:  # 5000-digit integers, NaN, 1e999
        raise RejectedMessage(INVALID_JSON, f"not usable JSON: {str(exc)[:200]}") from None
    if not isinstance(obj, dict):
        raise RejectedMessage(INVALID_RECORD,
                              f"expected a JSON object, got {type(obj).__name__}")
    if json_depth_exceeds(obj, max_depth):
        raise RejectedMessage(INVALID_JSON, f"JSON nested deeper than {max_depth} levels")
    return obj


def _first(obj: dict[str, Any], names: tuple[str, ...]) -> tuple[str | None, Any]:
    for name in names:
        if name in obj and obj[name] is not None:
            return name, obj[name]
    return None, None


def _flatten_body(body: dict[str, Any]) -> str:
    """Fundus' structured body (summary + sections of paragraphs) → plain text."""
    parts: list[str] = []
    stack: list[Any] = [body]
    while stack:  # iterative: never trust a body's depth
        value = stack.pop()
        if isinstance(value, str):
            if value.strip():
                parts.append(value.strip())
        elif isinstance(value, list):
            stack.extend(reversed(value))
        elif isinstance(value, dict):
            stack.extend(reversed([value[k] for k in ("summary", "headline", "paragraphs",
                                                      "sections") if k in value]))
    return "\n".join(parts)


def is_unicode(text: str) -> bool:
    """False for strings holding lone surrogates (valid JSON escapes, invalid Unicode)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _repair(text: str) -> str:
    """Lone surrogates → U+FFFD, one character for one, so offsets stay valid."""
    return "".join("\ufffd" if 0xD800 <= ord(ch) <= 0xDFFF else ch for ch in text)


def _all_unicode(value: Any) -> bool:
    """Every string (keys included) in a JSON value is valid Unicode."""
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            if not is_unicode(item):
                return False
        elif isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return True


class _Warnings:
    def __init__(self) -> None:
        self.items: list[dict[str, str]] = []

    def add(self, code: str, name: str | None, message: str) -> None:
        item = {"component": INPUT, "code": code, "message": message}
        if name:
            item["field"] = name
        self.items.append(item)


def _optional_str(obj: dict[str, Any], names: tuple[str, ...], what: str,
                  warnings: _Warnings) -> str | None:
    """An optional text field; a bad one is dropped with a warning, never fatal."""
    name, value = _first(obj, names)
    if value is None:
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    if not isinstance(value, str):
        warnings.add("invalid_field", name, f"{what} ({name!r}) must be a string, got "
                     f"{type(value).__name__}; ignored")
        return None
    if not is_unicode(value):
        warnings.add("repaired_field", name, f"{what} ({name!r}) held lone surrogates; "
                     "replaced with U+FFFD")
        value = _repair(value)
    return value.strip() or None


def _looks_like_url(value: Any) -> bool:
    return isinstance(value, str) and value.strip().lower().startswith(("http://", "https://"))


def article_id_for_url(url: str) -> str:
    """Stable id for records that only carry a URL, so retries map to the same key."""
    return "url-" + hashlib.sha256(url.encode("utf-8", "surrogatepass")).hexdigest()[:24]


def _url(obj: dict[str, Any], warnings: _Warnings) -> str | None:
    url = _optional_str(obj, URL_FIELDS, "URL", warnings)
    if url is None and isinstance(obj.get("html"), dict):  # Fundus keeps the URL here
        html = obj["html"]
        for key in ("responded_url", "requested_url"):
            if _looks_like_url(html.get(key)) and is_unicode(html[key]):
                return html[key].strip()
    if url is None and _looks_like_url(obj.get("source")):  # trafilatura: source = page URL
        url = _optional_str(obj, ("source",), "URL", warnings)
    return url


def _article_id(obj: dict[str, Any], url: str | None, warnings: _Warnings) -> str | None:
    raw_id = obj.get("id")
    problem = None
    if raw_id is None:
        pass
    elif isinstance(raw_id, bool) or not isinstance(raw_id, (str, int)):
        problem = f"must be a string or integer, got {type(raw_id).__name__}"
    elif isinstance(raw_id, str) and not is_unicode(raw_id):
        problem = "holds lone surrogates"
    elif len(str(raw_id)) > MAX_ID_CHARS:
        problem = f"is longer than {MAX_ID_CHARS} characters"
    elif str(raw_id).strip():
        return str(raw_id).strip()
    if problem is not None:
        source = "the URL" if url else "the message key or the text"
        warnings.add("invalid_field", "id", f"field 'id' {problem}; ignored, id derived from "
                     f"{source}")
    return article_id_for_url(url) if url else None


# what scrapers write for "no date" (news-please: the string "None")
NO_VALUE = frozenset({"", "none", "null", "nan", "n/a", "undefined"})


def _published(obj: dict[str, Any], warnings: _Warnings) -> str | None:
    name, value = _first(obj, DATE_FIELDS)
    if value is None or (isinstance(value, str) and value.strip().lower() in NO_VALUE):
        return None
    if not isinstance(value, (str, int, float)) or (isinstance(value, str)
                                                    and not is_unicode(value)):
        warnings.add("invalid_field", name, f"publication date ({name!r}) is not a string or "
                     "number; ignored, relative dates are not resolved")
        return None
    try:
        return parse_timestamp(value).isoformat()
    except (ValueError, OverflowError) as exc:
        shown = value[:80] if isinstance(value, str) else value
        warnings.add("invalid_field", name, f"publication date {shown!r} not understood "
                     f"({exc}); ignored, relative dates are not resolved")
        return None


def _language(obj: dict[str, Any], warnings: _Warnings) -> str | None:
    language = _optional_str(obj, LANGUAGE_FIELDS, "language", warnings)
    if language is None:
        return None
    code = language.lower().replace("_", "-").split("-")[0]
    if not (2 <= len(code) <= 3 and code.isascii() and code.isalpha()):
        warnings.add("invalid_field", "language", f"language {language[:40]!r} is not an ISO "
                     "639 code; detected from the text instead")
        return None
    return code


def _authors(obj: dict[str, Any], warnings: _Warnings) -> list[str]:
    name, value = _first(obj, AUTHOR_FIELDS)
    if value is None:
        return []
    if isinstance(value, str):  # trafilatura joins several authors with "; "
        value = value.split(";")
    if not isinstance(value, list):
        warnings.add("invalid_field", name, f"authors ({name!r}) must be a list of strings; "
                     "ignored")
        return []
    usable = [a for a in value if isinstance(a, str) and is_unicode(a)]
    if len(usable) < len(value):
        warnings.add("invalid_field", name, f"{len(value) - len(usable)} of {len(value)} "
                     "authors were not strings; ignored")
    return [a.strip() for a in usable if a.strip()]


def _meta(obj: dict[str, Any], warnings: _Warnings) -> dict[str, Any] | None:
    meta = obj.get("meta")
    if meta is None:
        return None
    if not isinstance(meta, dict):
        warnings.add("invalid_field", "meta", f"field 'meta' must be an object, got "
                     f"{type(meta).__name__}; ignored")
        return None
    if not _all_unicode(meta):
        warnings.add("invalid_field", "meta", "field 'meta' holds strings with lone "
                     "surrogates; ignored")
        return None
    return meta


def _text(obj: dict[str, Any], article_id: str | None, max_text_chars: int,
          warnings: _Warnings) -> str:
    name, text = _first(obj, TEXT_FIELDS)
    if isinstance(text, dict):
        text = _flatten_body(text)
    if text is None:
        raise RejectedMessage(MISSING_FIELD, "no article text: expected one of "
                              + ", ".join(TEXT_FIELDS), article_id)
    if not isinstance(text, str):
        raise RejectedMessage(INVALID_RECORD, f"field {name!r} must be a string, got "
                              f"{type(text).__name__}", article_id)
    if not is_unicode(text):
        text = _repair(text)
        warnings.add("repaired_field", name, "text held lone surrogates; replaced with "
                     "U+FFFD")
    if "\x00" in text:
        warnings.add("repaired_field", name, f"removed {text.count(chr(0))} NUL "
                     "character(s) from the text")
        text = text.replace("\x00", "")
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n"))
    if not text.strip():
        raise RejectedMessage(EMPTY_TEXT, "article text is empty", article_id)
    if len(text) > max_text_chars:
        raise RejectedMessage(TEXT_TOO_LARGE, f"article text has {len(text)} characters, "
                              f"limit {max_text_chars}", article_id)
    return text


def _key_id(key: bytes | None) -> str | None:
    """The Kafka message key as an id, when it is usable text."""
    if not key:
        return None
    try:
        text = key.decode("utf-8").strip()
    except UnicodeDecodeError:
        return None
    return text if text and len(text) <= MAX_ID_CHARS else None


def text_id(text: str) -> str:
    """Stable id for records with no id, URL or key (Fundus and trafilatura emit none by
    default): the same text always maps to the same key."""
    return "text-" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:24]


def normalise(obj: dict[str, Any], max_text_chars: int, key: bytes | None = None) -> Article:
    """A raw JSON object in any supported scraper shape → :class:`Article`.

    Only the text is required. The id is the record's ``id``, else one derived from its URL,
    else the Kafka message key, else one derived from the text (with a warning). A bad
    optional field is dropped and recorded in ``Article.warnings``: it never costs the article.
    """
    warnings = _Warnings()
    url = _url(obj, warnings)
    article_id = _article_id(obj, url, warnings) or _key_id(key)
    text = _text(obj, article_id, max_text_chars, warnings)
    if article_id is None:
        article_id = text_id(text)
        warnings.add("derived_id", None, "the record has no id, URL or message key; its id is "
                     "derived from the text")
    source_fields = SOURCE_FIELDS if not _looks_like_url(obj.get("source")) else tuple(
        f for f in SOURCE_FIELDS if f != "source")
    return Article(
        id=article_id,
        text=text,
        url=url,
        title=_optional_str(obj, TITLE_FIELDS, "title", warnings),
        language=_language(obj, warnings),
        published_at=_published(obj, warnings),
        source=_optional_str(obj, source_fields, "source", warnings),
        authors=_authors(obj, warnings),
        meta=_meta(obj, warnings),
        warnings=warnings.items,
    )


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds")


def processor_info(pipeline: dict[str, str]) -> dict[str, Any]:
    """Who made a record: newsflow's version and the spaCy pipeline that ran."""
    from service import __version__

    return {"name": "newsflow", "version": __version__, "pipeline": pipeline}


def enriched_record(article: Article, extraction: dict[str, Any],
                    processor: dict[str, Any],
                    origin: dict[str, Any] | None = None) -> dict[str, Any]:
    """The record for the enriched topic: raw fields + what the extractors found, and where
    in Kafka the raw message was (``origin``), so a consumer can trace and de-duplicate."""
    record = article.to_dict()
    record.update({
        "schema_version": SCHEMA_VERSION,
        "processed_at": now_iso(),
        "processor": processor,
        "language": extraction["language"],
        "entities": extraction["entities"],
        "quotes": extraction["quotes"],
        "events": extraction["events"],
        "dates": extraction["dates"],
    })
    if "durations" in extraction:
        record["durations"] = extraction["durations"]
    if "speech_events" in extraction:
        record["speech_events"] = extraction["speech_events"]
    warnings = [*article.warnings, *extraction.get("warnings", [])]
    if warnings:
        record["warnings"] = warnings
    if origin is not None:
        record["origin"] = origin
    return record


def _article_context(enriched: dict[str, Any]) -> dict[str, Any]:
    context = {"schema_version": SCHEMA_VERSION, "article_id": enriched["id"],
               "language": enriched["language"]}
    for name in ("url", "source", "published_at", "title"):
        if enriched.get(name) is not None:
            context[name] = enriched[name]
    return context


def quote_records(enriched: dict[str, Any]) -> list[dict[str, Any]]:
    """One stand-alone record per quote, carrying the article's identity."""
    entities = {e["id"]: e for e in enriched["entities"]}
    out = []
    for quote in enriched["quotes"]:
        record = _article_context(enriched)
        record["quote"] = quote
        speaker = quote.get("speaker") or {}
        entity = entities.get(speaker.get("entity_id", ""))
        if entity is not None:
            record["speaker_entity"] = {"id": entity["id"], "name": entity["name"],
                                        "type": entity["type"]}
        out.append(record)
    return out


def event_records(enriched: dict[str, Any]) -> list[dict[str, Any]]:
    """One stand-alone record per event, carrying the article's identity."""
    out = []
    for event in enriched["events"]:
        record = _article_context(enriched)
        record["event"] = event
        out.append(record)
    return out


REPLAY_HEADER = "newsflow-replay"  # Kafka header of a replayed message: how often, "1", "2" …


def replay_count(headers: Any) -> int:
    """How often a raw message was replayed (``newsflow replay``), from its Kafka headers
    (a mapping or (name, value) pairs); 0 when it never was. A header that is there but
    unreadable counts as 1: it was replayed at least once, and the loop guard must not reset."""
    pairs = headers.items() if hasattr(headers, "items") else headers or ()
    for name, value in pairs:
        if name != REPLAY_HEADER:
            continue
        try:
            raw = value.encode("ascii") if isinstance(value, str) else bytes(value or b"")
            return max(1, int(raw.decode("ascii")))
        except (ValueError, UnicodeDecodeError, TypeError):
            return 1
    return 0


def dead_letter(code: str, message: str, original: bytes | None, *, topic: str | None,
                partition: int | None, offset: int | None, key: bytes | None,
                max_original_bytes: int, replays: int = 0) -> dict[str, Any]:
    """A DLQ record that says why, and keeps the original (or enough to find it): with its
    Kafka key (``key_base64`` too when the key is not UTF-8, so ``replay`` restores it byte for
    byte) and, for a replayed message, ``replay_count`` (the loop guard of ``replay``)."""
    if len(message) > MAX_ERROR_MESSAGE_CHARS:
        message = message[:MAX_ERROR_MESSAGE_CHARS] + "…"
    record: dict[str, Any] = {
        "schema_version": SCHEMA_VERSION,
        "error": {"code": code, "message": message or code},
        "topic": topic,
        "partition": partition,
        "offset": offset,
        "failed_at": now_iso(),
    }
    if key is not None:
        record["key"] = key.decode("utf-8", "replace")
        if record["key"].encode("utf-8") != key:
            record["key_base64"] = base64.b64encode(key).decode("ascii")
    if replays > 0:
        record["replay_count"] = replays
    raw = original if original is not None else b""
    truncated = len(raw) > max_original_bytes
    kept = raw[:max_original_bytes]
    text = _utf8_or_none(kept, allow_cut=truncated)
    if text is not None:
        record["original"], record["original_encoding"] = text, "utf-8"
    else:
        record["original"] = base64.b64encode(kept).decode("ascii")
        record["original_encoding"] = "base64"
    record["original_size"] = len(raw)
    record["original_truncated"] = truncated
    if truncated:
        record["original_sha256"] = hashlib.sha256(raw).hexdigest()
    return record


def _utf8_or_none(data: bytes, allow_cut: bool) -> str | None:
    """UTF-8 text of ``data``; a truncation may have split the last character."""
    for cut in range(4 if allow_cut else 1):
        try:
            return data[: len(data) - cut].decode("utf-8")
        except UnicodeDecodeError:
            continue
    return None


def dumps(record: dict[str, Any]) -> bytes:
    """Compact UTF-8 JSON; raises rather than write NaN or a string that is not Unicode."""
    return json.dumps(record, ensure_ascii=False, separators=(",", ":"),
                      allow_nan=False).encode("utf-8")
