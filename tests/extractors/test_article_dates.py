"""Page date strings -> ISO 8601, without the clock."""

from __future__ import annotations

import pytest

from extractors.page_dates import date_in_url, normalize_page_date


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("2024-05-28", "2024-05-28"),
        ("2019-11-19T08:26:00.000Z", "2019-11-19T08:26:00+00:00"),
        ("2024-05-28T10:30:00+0800", "2024-05-28T10:30:00+08:00"),
        ("2024/5/28 10:30:22 +08:00", "2024-05-28T10:30:22+08:00"),
        # a time without an offset is not a point in time: keep the date only
        ("2024-05-28T10:30:00", "2024-05-28"),
        ("2024年5月28日 10:30", "2024-05-28"),
        ("2024年05月28日", "2024-05-28"),
        ("发布时间：2024-05-28 10:30", "2024-05-28"),
        ("Tue, 28 May 2024 10:00:00 GMT", "2024-05-28T10:00:00+00:00"),
        ("May 28, 2024", "2024-05-28"),
        ("28 May 2024 09:12 UTC", "2024-05-28T09:12:00+00:00"),
        # zone abbreviations are ambiguous (CST: China or US Central): date only
        ("May 28, 2024 10:00 CST", "2024-05-28"),
        ("1716868800", "2024-05-28T04:00:00+00:00"),
        ("1716868800000", "2024-05-28T04:00:00+00:00"),
    ],
)
def test_normalize_page_date(raw, expected):
    assert normalize_page_date(raw) == expected


@pytest.mark.parametrize(
    "raw",
    ["3 hours ago", "yesterday", "today", "2024-13-45", "2024-02-30", "0001-01-01T00:00:00Z",
     "hello 123", "", "   ", None, 20240528, "May 28"],
)  # fmt: skip
def test_relative_partial_and_invalid_dates_give_none(raw):
    assert normalize_page_date(raw) is None


def test_strict_mode_skips_free_text():
    assert normalize_page_date("May 28, 2024", lenient=False) is None
    assert normalize_page_date("2024-05-28", lenient=False) == "2024-05-28"


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://example.com/2024/05/28/slug", "2024-05-28"),
        ("https://example.com/news/2024-05-28/slug.html", "2024-05-28"),
        ("https://example.com/a/20240528/123.html", "2024-05-28"),
        ("https://example.com/story-slug-20191115/", "2019-11-15"),
        ("https://example.com/2024/13/40/slug", None),
        ("https://example.com/a?date=2024/05/28", None),
        ("https://example.com/article/123456789", None),
        (None, None),
    ],
)
def test_date_in_url(url, expected):
    assert date_in_url(url) == expected
