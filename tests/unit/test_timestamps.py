"""Publication dates in the forms feeds and scrapers emit."""

from datetime import UTC, datetime, timedelta, timezone

import pytest

from service.timestamps import parse_timestamp


@pytest.mark.parametrize("value,expected", [
    ("2024-10-24", datetime(2024, 10, 24, tzinfo=UTC)),
    ("2024-10-24T10:00:00Z", datetime(2024, 10, 24, 10, tzinfo=UTC)),
    ("2024-10-24T10:00:00.123z", datetime(2024, 10, 24, 10, 0, 0, 123000, tzinfo=UTC)),
    ("2024-10-24 10:00:00", datetime(2024, 10, 24, 10, tzinfo=UTC)),  # news-please
    ("2024-10-24 10:00:00+02:00",  # Fundus: str(datetime)
     datetime(2024, 10, 24, 10, tzinfo=timezone(timedelta(hours=2)))),
    ("Thu, 24 Oct 2024 10:00:00 GMT", datetime(2024, 10, 24, 10, tzinfo=UTC)),  # RSS
    ("Thu, 24 Oct 2024 10:00:00 +0200",
     datetime(2024, 10, 24, 10, tzinfo=timezone(timedelta(hours=2)))),
    ("24 Oct 2024 10:00 EST", datetime(2024, 10, 24, 10, tzinfo=timezone(timedelta(hours=-5)))),
    ("24.10.2024", datetime(2024, 10, 24, tzinfo=UTC)),
    ("24.10.2024 10:30", datetime(2024, 10, 24, 10, 30, tzinfo=UTC)),
    ("2024/10/24", datetime(2024, 10, 24, tzinfo=UTC)),
    (1729764000, datetime(2024, 10, 24, 10, tzinfo=UTC)),  # epoch seconds
    (1729764000000, datetime(2024, 10, 24, 10, tzinfo=UTC)),  # epoch milliseconds
    ("1729764000", datetime(2024, 10, 24, 10, tzinfo=UTC)),
])
def test_feed_date_forms(value, expected):
    assert parse_timestamp(value) == expected


@pytest.mark.parametrize("value", [
    "yesterday", "", "31.02.2024", "2024-13-01", "Thu, 99 Oct 2024", "0001-01-01",
    "9999-12-31", True, 1e20, float("nan"), "24/10/2024",
])
def test_no_guessing(value):
    with pytest.raises(ValueError):
        parse_timestamp(value)
