"""Publication dates in the forms scrapers and feeds emit → aware datetimes.

Scrapers pass dates through as they found them: RFC 3339 from JSON-LD, RFC 2822 from RSS
(``Thu, 24 Oct 2024 10:00:00 GMT``), ``2024-10-24 10:00:00`` from news-please, German
``24.10.2024``, epoch numbers from APIs. A date that is none of these is not guessed at.
"""

from __future__ import annotations

import email.utils
import re
from datetime import UTC, date, datetime, timedelta

# Years outside this range are typing errors or epoch mix-ups, not publication dates.
MIN_YEAR, MAX_YEAR = 1800, 2200

_DMY = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:[ ,]+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$")
_YMD_SLASH = re.compile(r"^(\d{4})/(\d{1,2})/(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$")


def _aware(value: datetime) -> datetime:
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value


def _checked(value: datetime) -> datetime:
    if not MIN_YEAR <= value.year <= MAX_YEAR:
        raise ValueError(f"year {value.year} is outside {MIN_YEAR}–{MAX_YEAR}")
    return value


def _from_epoch(number: float) -> datetime:
    # APIs send seconds or milliseconds since 1970; 1e11 s would be the year 5138
    seconds = number / 1000 if abs(number) >= 1e11 else number
    return datetime.fromtimestamp(seconds, UTC)


def _from_parts(groups: tuple[str | None, ...], order: str) -> datetime:
    day, month, year = (groups[0], groups[1], groups[2]) if order == "dmy" else (
        groups[2], groups[1], groups[0])
    hour, minute, second = (int(g) if g else 0 for g in groups[3:6])
    return datetime(int(year or 0), int(month or 0), int(day or 0), hour, minute, second,
                    tzinfo=UTC)


def parse_timestamp(value: str | int | float) -> datetime:
    """A publication date in any supported form → aware datetime (UTC when no zone is given).

    Raises ``ValueError`` (with a reason) for anything else.
    """
    if isinstance(value, bool):
        raise ValueError("a boolean is not a date")
    if isinstance(value, (int, float)):
        try:
            return _checked(_from_epoch(float(value)))
        except (OverflowError, OSError) as exc:
            raise ValueError(f"epoch value {value!r} is out of range") from exc
    text = value.strip()
    if not text:
        raise ValueError("empty date")
    if re.fullmatch(r"\d{9,13}(\.\d+)?", text):
        return parse_timestamp(float(text))
    iso = text[:-1] + "+00:00" if text[-1:] in "Zz" else text
    try:
        return _checked(_aware(datetime.fromisoformat(iso)))
    except ValueError:
        pass
    for pattern, order in ((_DMY, "dmy"), (_YMD_SLASH, "ymd")):
        match = pattern.match(text)
        if match:
            return _checked(_from_parts(match.groups(), order))
    try:
        parsed = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        parsed = None
    if parsed is not None:
        return _checked(_aware(parsed))
    try:  # an ISO date with trailing noise ("2024-10-24 (updated)")
        return _checked(datetime.combine(date.fromisoformat(text[:10]), datetime.min.time(),
                                         tzinfo=UTC))
    except ValueError:
        pass
    raise ValueError("not RFC 3339/ISO 8601, RFC 2822, DD.MM.YYYY, YYYY/MM/DD or epoch time")


# --- points in time given on the command line (consume --since, replay --since/--until) ----

_AGE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h|d|w)\s*$", re.IGNORECASE)
_AGE_SECONDS = {"ms": 0.001, "s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604800}


def parse_duration(text: str) -> timedelta:
    """``250ms``, ``90s``, ``15m``, ``1.5h``, ``7d``, ``2w`` → timedelta; ValueError otherwise
    (a bare number is refused: minutes or hours would be a guess)."""
    match = _AGE.match(text)
    if not match or float(match.group(1)) <= 0:
        raise ValueError(f"{text!r} is not a duration like 15m, 1h, 24h or 7d")
    return timedelta(seconds=float(match.group(1)) * _AGE_SECONDS[match.group(2).lower()])


def parse_when(text: str, now: datetime) -> datetime:
    """One reading of a time argument for every command: epoch milliseconds (10+ digits),
    ``now``, an age back from ``now`` (``10m``, ``2h``, ``7d``) or ISO 8601, where a time
    without a zone is UTC (a server's logs and Kafka's timestamps are, the operator's shell
    may not be). Always timezone-aware; ValueError for anything else."""
    value = text.strip()
    if value.isdigit():
        if len(value) < 10:  # "5": minutes? hours? Epoch ms that small are 1970.
            raise ValueError(f"{text!r} is a bare number: give epoch milliseconds (13 digits), "
                             "an age such as 5m or 5h, or an ISO time")
        return datetime.fromtimestamp(int(value) / 1000, UTC)
    if value.lower() == "now":
        return now
    try:
        return now - parse_duration(value)
    except ValueError:
        pass
    try:
        when = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise ValueError(f"{text!r} is neither epoch ms, ISO 8601 (2025-01-31T08:00:00Z) nor "
                         "an age back from now (30s, 10m, 2h, 7d)") from None
    return when if when.tzinfo else when.replace(tzinfo=UTC)
