"""The fetch schedule: when sources are due, which listed pages are requested and why not."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

from flows.config import HttpSettings, Source
from flows.discovery import ListedArticle
from flows.fetch_plan import (
    MAX_RETRY_ATTEMPTS,
    next_poll_at,
    plan_pages,
    revisit_due,
    source_is_due,
)
from warehouse.source_state import PageState, PendingFailure, SourceState

NOW = datetime(2025, 3, 1, 12, 0, tzinfo=UTC)
HTTP = HttpSettings(poll_interval_minutes=30, revisit_after_hours=24, revisit_for_days=7,
                    max_pages_per_source=200)
FEED = Source("feed", "rss", "https://news.example.com/feed", lang="en")


def state(next_poll: datetime | None, failures: int = 0) -> SourceState:
    return SourceState("feed", FEED.url, None, None, None, next_poll, None, None, failures, None)


def page(url: str, *, checked: timedelta = timedelta(hours=1),
         first: timedelta = timedelta(days=1), stamp: str | None = "d1",
         etag: str | None = '"e"') -> PageState:
    return PageState(url, etag, None, stamp, NOW - first, NOW - checked)


def listed(*urls: str, stamp: str | None = "d1", source: str = "feed") -> list[ListedArticle]:
    return [ListedArticle(u, source, "en", stamp=stamp) for u in urls]


def test_new_source_is_due_and_polled_source_waits_its_interval():
    assert source_is_due(FEED, None, NOW, HTTP)
    assert source_is_due(FEED, state(None), NOW, HTTP)
    assert not source_is_due(FEED, state(NOW + timedelta(minutes=10)), NOW, HTTP)
    assert source_is_due(FEED, state(NOW - timedelta(minutes=1)), NOW, HTTP)


def test_a_scheduled_poll_a_little_early_still_counts():
    # polled at 10:00:05, next due 10:30:05; the 10:30:00 schedule must not skip it
    assert source_is_due(FEED, state(NOW + timedelta(seconds=5)), NOW, HTTP)
    assert not source_is_due(FEED, state(NOW + timedelta(minutes=4)), NOW, HTTP)


def test_source_interval_overrides_the_default():
    daily = replace(FEED, poll_interval_minutes=1440)
    assert next_poll_at(daily, NOW, 0, HTTP) == NOW + timedelta(days=1)
    assert next_poll_at(FEED, NOW, 0, HTTP) == NOW + timedelta(minutes=30)


def test_failing_source_backs_off_to_at_most_six_hours():
    waits = [next_poll_at(FEED, NOW, n, HTTP) - NOW for n in range(1, 8)]
    assert waits[:4] == [timedelta(minutes=m) for m in (30, 60, 120, 240)]
    assert waits[-1] == timedelta(hours=6)
    daily = replace(FEED, poll_interval_minutes=1440)
    assert next_poll_at(daily, NOW, 5, HTTP) - NOW == timedelta(days=1)


def test_new_pages_are_requested_without_validators():
    plan = plan_pages(listed("https://a/1"), {}, {}, NOW, HTTP)
    (job,) = plan.jobs
    assert (job.url, job.etag, job.known, job.stamp, job.lang_hint) == (
        "https://a/1", None, False, "d1", "en")


def test_known_page_with_unchanged_date_is_skipped():
    plan = plan_pages(listed("https://a/1"), {"https://a/1": page("https://a/1")}, {}, NOW, HTTP)
    assert plan.jobs == [] and plan.skipped_known == 1


def test_known_page_whose_listing_date_changed_is_asked_conditionally():
    states = {"https://a/1": page("https://a/1", stamp="d1")}
    (job,) = plan_pages(listed("https://a/1", stamp="d2"), states, {}, NOW, HTTP).jobs
    assert job.known and job.etag == '"e"' and job.stamp == "d2"


def test_known_page_is_revisited_daily_for_a_week_then_left_alone():
    old_check = page("https://a/1", checked=timedelta(hours=25))
    assert revisit_due(old_check, "d1", NOW, HTTP)
    settled = page("https://a/1", checked=timedelta(hours=25), first=timedelta(days=8))
    assert not revisit_due(settled, "d1", NOW, HTTP)
    assert revisit_due(settled, "d2", NOW, HTTP)  # unless its listing says it changed


def test_page_known_only_from_an_older_warehouse_is_not_refetched_for_its_date():
    legacy = page("https://a/1", stamp=None, etag=None)
    assert not revisit_due(legacy, "d9", NOW, HTTP)


def test_failed_page_waits_for_its_retry_time():
    failures = {"https://a/1": PendingFailure("https://a/1", "feed", "fetch", 1,
                                              NOW + timedelta(minutes=20))}
    plan = plan_pages(listed("https://a/1"), {}, failures, NOW, HTTP)
    assert plan.jobs == [] and plan.deferred == 1
    failures["https://a/1"] = replace(failures["https://a/1"],
                                      next_retry_at=NOW - timedelta(minutes=1))
    assert len(plan_pages(listed("https://a/1"), {}, failures, NOW, HTTP).jobs) == 1


def test_failed_page_no_longer_listed_is_retried_while_attempts_remain():
    due = NOW - timedelta(minutes=1)
    failures = {
        "https://a/gone": PendingFailure("https://a/gone", "feed", "fetch", 2, due),
        "https://a/tired": PendingFailure("https://a/tired", "feed", "page",
                                          MAX_RETRY_ATTEMPTS, due),
        "https://b/other": PendingFailure("https://b/other", "disabled-source", "fetch", 1, due),
    }
    plan = plan_pages([], {}, failures, NOW, HTTP, {"feed": "en"})
    assert [(j.url, j.lang_hint) for j in plan.jobs] == [("https://a/gone", "en")]


def test_known_page_with_a_pending_failure_is_retried_when_due():
    failures = {"https://a/1": PendingFailure("https://a/1", "feed", "page", 1,
                                              NOW - timedelta(minutes=1))}
    states = {"https://a/1": page("https://a/1")}
    (job,) = plan_pages(listed("https://a/1"), states, failures, NOW, HTTP).jobs
    assert job.known


def test_each_url_once_and_at_most_the_cap_per_source():
    items = listed(*(f"https://a/{i}" for i in range(5))) + listed("https://a/0", source="other")
    plan = plan_pages(items, {}, {}, NOW, replace(HTTP, max_pages_per_source=3))
    assert [j.url for j in plan.jobs] == ["https://a/0", "https://a/1", "https://a/2"]
    assert plan.over_cap == 2


def test_page_of_a_url_source_is_asked_at_every_poll():
    states = {"https://a/1": page("https://a/1", first=timedelta(days=30))}
    assert plan_pages(listed("https://a/1"), states, {}, NOW, HTTP).skipped_known == 1
    (job,) = plan_pages(listed("https://a/1"), states, {}, NOW, HTTP,
                        watched=frozenset({"https://a/1"})).jobs
    assert job.known and job.etag == '"e"'
