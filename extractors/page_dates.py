"""Normalise the publication-date strings found on web pages to ISO 8601.

Output is a date (`2024-05-28`) or a datetime with its UTC offset
(`2024-05-28T10:30:00+08:00`). A time without an offset cannot be placed on the time
line, so it is reduced to its date. Only absolute dates are read: nothing here depends on
the clock ("3 hours ago" gives None).
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta, timezone
from email.utils import parsedate_to_datetime

# Years a news page can plausibly carry; guards against ids and prices read as dates.
_MIN_YEAR, _MAX_YEAR = 1990, 2100
_MAX_INPUT = 120

_TIME = (
    r"(?:[T\s]+(?P<hour>\d{1,2})[:：](?P<minute>\d{2})(?:[:：](?P<second>\d{2})(?:[.,]\d+)?)?"
    r"\s*(?P<tz>Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?)?"
)
_NUMERIC = re.compile(
    r"(?<!\d)(?P<year>\d{4})[-/.](?P<month>\d{1,2})[-/.](?P<day>\d{1,2})(?!\d)" + _TIME
)
_CHINESE = re.compile(
    r"(?P<year>\d{4})\s*年\s*(?P<month>\d{1,2})\s*月\s*(?P<day>\d{1,2})\s*[日号號]?" + _TIME
)
_EPOCH = re.compile(r"\d{10}(?:\d{3})?")
_HAS_WORD_MONTH = re.compile(r"(?i)\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\b")

_EXPLICIT_OFFSET = re.compile(r"\d[:：]\d{2}.*?(?:\b(?:UTC|GMT)\b|Z\b|[+-]\d{2}:?\d{2}\b)")

# dateparser reads many languages and formats; these settings keep it off the clock:
# every part must be present, and any base it might fall back on is a fixed date.
# The project reads English and Chinese news; letting dateparser try every locale costs
# seconds on a junk string.
_DATEPARSER_LANGUAGES = ["en", "zh"]
_DATEPARSER_SETTINGS = {
    "REQUIRE_PARTS": ["day", "month", "year"],
    "RELATIVE_BASE": datetime(2000, 1, 1),
    "PARSERS": ["absolute-time"],
    "PREFER_DAY_OF_MONTH": "first",
    "STRICT_PARSING": True,
}


def _offset(tz: str | None) -> timezone | None:
    if not tz:
        return None
    if tz in ("Z", "UTC", "GMT"):
        return UTC
    sign = -1 if tz[0] == "-" else 1
    digits = tz[1:].replace(":", "")
    hours, minutes = int(digits[:2]), int(digits[2:4] or 0)
    if hours > 14 or minutes > 59:
        return None
    return timezone(sign * timedelta(hours=hours, minutes=minutes))


def _format(value: datetime | date, has_time: bool) -> str | None:
    if not _MIN_YEAR <= value.year <= _MAX_YEAR:
        return None
    if isinstance(value, datetime):
        if has_time and value.tzinfo is not None:
            return value.replace(microsecond=0).isoformat()
        return value.date().isoformat()
    return value.isoformat()


def _from_match(match: re.Match[str]) -> str | None:
    try:
        day = date(int(match["year"]), int(match["month"]), int(match["day"]))
        if match["hour"] is None:
            return _format(day, has_time=False)
        tz = _offset(match["tz"])
        moment = datetime(
            day.year,
            day.month,
            day.day,
            int(match["hour"]),
            int(match["minute"]),
            int(match["second"] or 0),
            tzinfo=tz,
        )
    except ValueError:
        return None
    return _format(moment, has_time=True)


def _from_epoch(value: str) -> str | None:
    seconds = int(value) / (1000 if len(value) == 13 else 1)
    try:
        return _format(datetime.fromtimestamp(seconds, tz=UTC), has_time=True)
    except (OverflowError, OSError, ValueError):
        return None


def _from_rfc2822(value: str) -> str | None:
    try:
        moment = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    return _format(moment, has_time=bool(_EXPLICIT_OFFSET.search(value)))


def _from_dateparser(value: str) -> str | None:
    try:
        import dateparser  # slow to import; only odd strings get this far
    except ImportError:  # pragma: no cover - declared dependency
        return None
    try:
        moment = dateparser.parse(
            value, languages=_DATEPARSER_LANGUAGES, settings=_DATEPARSER_SETTINGS
        )
    except Exception:  # dateparser raises assorted errors on odd input
        return None
    if moment is None:
        return None
    # keep the time only with an explicit offset: zone abbreviations are ambiguous
    # (CST is China Standard Time on Chinese pages, US Central to dateparser)
    has_time = bool(_EXPLICIT_OFFSET.search(value))
    return _format(moment, has_time=has_time)


def normalize_page_date(value: object, *, lenient: bool = True) -> str | None:
    """ISO 8601 date or offset datetime for a date string from a page, or None.

    Reads ISO 8601 and its common variants, `2024年5月28日 10:30`, RFC 2822, Unix epochs
    (seconds or milliseconds, as UTC), and with `lenient` any absolute date dateparser
    understands ("May 28, 2024"). Never raises.
    """
    if not isinstance(value, str):
        return None
    text = " ".join(value.split())[:_MAX_INPUT]
    if not text or not any(ch.isdigit() for ch in text):
        return None
    if _EPOCH.fullmatch(text):
        return _from_epoch(text)
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        pass
    else:
        has_time = "T" in text or " " in text or ":" in text
        return _format(moment, has_time=has_time)
    for pattern in (_NUMERIC, _CHINESE):
        match = pattern.search(text)
        if match is not None:
            found = _from_match(match)
            if found is not None:
                return found
    if _HAS_WORD_MONTH.search(text):
        found = _from_rfc2822(text)
        if found is not None:
            return found
    if lenient:
        return _from_dateparser(text)
    return None


_URL_DATE = re.compile(
    r"/(?P<year>(?:19|20)\d{2})[/-](?P<month>[01]?\d)[/-](?P<day>[0-3]?\d)(?:[/._-]|$)"
    r"|[/_-](?P<cyear>(?:19|20)\d{2})(?P<cmonth>[01]\d)(?P<cday>[0-3]\d)(?:[/._-]|$)"
)


def date_in_url(url: str | None) -> str | None:
    """The date many news sites put in article paths (`/2024/05/28/slug`,
    `/2024-05-28/`, `/20240528/`, `slug-20240528/`), as an ISO date; None if there is none."""
    if not url:
        return None
    match = _URL_DATE.search(url.split("?", 1)[0])
    if match is None:
        return None
    year = match["year"] or match["cyear"]
    month = match["month"] or match["cmonth"]
    day = match["day"] or match["cday"]
    try:
        return _format(date(int(year), int(month), int(day)), has_time=False)
    except ValueError:
        return None
