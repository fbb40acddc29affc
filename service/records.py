"""Raw message → :class:`Article`, and Article + extraction → output records.

Pure functions with no Kafka imports: the agent, ``newsflow extract`` and the tests share them,
so a message is judged the same way everywhere. Every way a message can be unusable raises
:class:`RejectedMessage` with a stable error code that ends up in the dead-letter record.
"""

from __future__ import annotations

import base64
import hashlib
import json
import unicodedata
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

SCHEMA_VERSION = "1.1"  # 1.1: optional speech_events

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
SOURCE_FIELDS = ("source", "source_domain", "hostname", "sitename", "publisher")
AUTHOR_FIELDS = ("authors", "author")


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


def parse_timestamp(value: str) -> datetime:
    """RFC 3339 / ISO 8601 date or datetime → aware datetime (UTC if no zone given)."""
    text = value.strip()
    if text.endswith("Z"):
        text = text[:-1] + "+00:00"
    try:
        parsed = datetime.fromisoformat(text.replace(" ", "T", 1) if " " in text else text)
    except ValueError:
        parsed = datetime.combine(date.fromisoformat(text[:10]), datetime.min.time())
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed


def decode_payload(payload: bytes | str, max_bytes: int) -> dict[str, Any]:
    """Bytes off the wire → JSON object, or :class:`RejectedMessage`."""
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
    try:
        obj = json.loads(text)
    except json.JSONDecodeError as exc:
        raise RejectedMessage(INVALID_JSON, f"not JSON: {exc.msg} at line {exc.lineno} "
                                            f"column {exc.colno}") from None
    if not isinstance(obj, dict):
        raise RejectedMessage(INVALID_RECORD,
                              f"expected a JSON object, got {type(obj).__name__}")
    return obj


def _first(obj: dict[str, Any], names: tuple[str, ...]) -> tuple[str | None, Any]:
    for name in names:
        if name in obj and obj[name] is not None:
            return name, obj[name]
    return None, None


def _flatten_body(body: dict[str, Any]) -> str:
    """Fundus' structured body (summary + sections of paragraphs) → plain text."""
    parts: list[str] = []

    def add(value: Any) -> None:
        if isinstance(value, str):
            if value.strip():
                parts.append(value.strip())
        elif isinstance(value, list):
            for item in value:
                add(item)
        elif isinstance(value, dict):
            for key in ("summary", "headline", "paragraphs", "sections"):
                if key in value:
                    add(value[key])

    add(body)
    return "\n".join(parts)


def _optional_str(obj: dict[str, Any], names: tuple[str, ...], what: str) -> str | None:
    name, value = _first(obj, names)
    if value is None:
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    if not isinstance(value, str):
        raise RejectedMessage(INVALID_RECORD, f"field {name!r} ({what}) must be a string")
    return value.strip() or None


def article_id_for_url(url: str) -> str:
    """Stable id for records that only carry a URL, so retries map to the same key."""
    return "url-" + hashlib.sha256(url.encode("utf-8")).hexdigest()[:24]


def normalise(obj: dict[str, Any], max_text_chars: int) -> Article:
    """A raw JSON object in any supported scraper shape → :class:`Article`."""
    url = _optional_str(obj, URL_FIELDS, "URL")
    if url is None and isinstance(obj.get("html"), dict):  # Fundus keeps the URL here
        html = obj["html"]
        url = html.get("responded_url") or html.get("requested_url")
    raw_id = obj.get("id")
    if raw_id is not None and not isinstance(raw_id, (str, int)) or isinstance(raw_id, bool):
        raise RejectedMessage(INVALID_RECORD, "field 'id' must be a string or integer")
    article_id = str(raw_id).strip() if raw_id is not None else None
    if not article_id:
        article_id = article_id_for_url(url) if url else None

    name, text = _first(obj, TEXT_FIELDS)
    if isinstance(text, dict):
        text = _flatten_body(text)
    if text is None:
        raise RejectedMessage(MISSING_FIELD, "no article text: expected one of "
                              + ", ".join(TEXT_FIELDS), article_id)
    if not isinstance(text, str):
        raise RejectedMessage(INVALID_RECORD, f"field {name!r} must be a string", article_id)
    if article_id is None:
        raise RejectedMessage(MISSING_FIELD, "record has neither 'id' nor 'url'")
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\x00", ""))
    if not text.strip():
        raise RejectedMessage(EMPTY_TEXT, "article text is empty", article_id)
    if len(text) > max_text_chars:
        raise RejectedMessage(TEXT_TOO_LARGE, f"article text has {len(text)} characters, "
                              f"limit {max_text_chars}", article_id)

    language = _optional_str(obj, LANGUAGE_FIELDS, "language")
    if language is not None:
        language = language.lower().replace("_", "-").split("-")[0]
    published = _optional_str(obj, DATE_FIELDS, "publication date")
    if published is not None:
        try:
            published = parse_timestamp(published).isoformat()
        except ValueError:
            raise RejectedMessage(INVALID_RECORD, f"publication date {published!r} is not "
                                  "RFC 3339 / ISO 8601", article_id) from None
    authors_name, authors = _first(obj, AUTHOR_FIELDS)
    if isinstance(authors, str):
        authors = [authors]
    if authors is None:
        authors = []
    if not isinstance(authors, list) or not all(isinstance(a, str) for a in authors):
        raise RejectedMessage(INVALID_RECORD, f"field {authors_name!r} must be a list of strings",
                              article_id)
    meta = obj.get("meta")
    if meta is not None and not isinstance(meta, dict):
        raise RejectedMessage(INVALID_RECORD, "field 'meta' must be an object", article_id)
    return Article(
        id=article_id,
        text=text,
        url=url,
        title=_optional_str(obj, TITLE_FIELDS, "title"),
        language=language,
        published_at=published,
        source=_optional_str(obj, SOURCE_FIELDS, "source"),
        authors=authors,
        meta=meta,
    )


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds")


def processor_info(pipeline: dict[str, str]) -> dict[str, Any]:
    """Who made a record: newsflow's version and the spaCy pipeline that ran."""
    from service import __version__

    return {"name": "newsflow", "version": __version__, "pipeline": pipeline}


def enriched_record(article: Article, extraction: dict[str, Any],
                    processor: dict[str, Any]) -> dict[str, Any]:
    """The record for the enriched topic: raw fields + what the extractors found."""
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
    if "speech_events" in extraction:
        record["speech_events"] = extraction["speech_events"]
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


def dead_letter(code: str, message: str, original: bytes | None, *, topic: str | None,
                partition: int | None, offset: int | None, key: bytes | None,
                max_original_bytes: int) -> dict[str, Any]:
    """A DLQ record that says why, and keeps the original (or enough to find it)."""
    record: dict[str, Any] = {
        "schema_version": SCHEMA_VERSION,
        "error": {"code": code, "message": message},
        "topic": topic,
        "partition": partition,
        "offset": offset,
        "failed_at": now_iso(),
    }
    if key is not None:
        record["key"] = key.decode("utf-8", "replace")
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
    return json.dumps(record, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
