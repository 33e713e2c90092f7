"""Fetch state in a real DuckDB warehouse: sources, page validators, pending failures."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import duckdb
import pytest

from flows.config import Source
from warehouse import migrate
from warehouse.failures import record_failure, resolve_failures
from warehouse.source_state import (
    PageCheck,
    SourcePollRecord,
    pages_to_revisit,
    pending_page_failures,
    read_page_states,
    read_source_states,
    save_page_checks,
    save_source_polls,
    sync_sources,
)

NOW = datetime(2025, 3, 1, 12, 0, tzinfo=UTC)


@pytest.fixture
def con(tmp_path: Path):
    connection = duckdb.connect(str(tmp_path / "w.duckdb"))
    migrate(connection)
    yield connection
    connection.close()


def test_sources_are_stored_and_a_new_url_forgets_old_validators(con):
    feed = Source("feed", "rss", "https://a/feed", lang="en")
    sync_sources(con, [feed])
    save_source_polls(con, [SourcePollRecord("feed", NOW, "ok", 7, '"e1"', "LM", NOW)])
    sync_sources(con, [feed])
    kept = read_source_states(con)["feed"]
    assert (kept.etag, kept.last_modified, kept.last_item_count) == ('"e1"', "LM", 7)
    sync_sources(con, [Source("feed", "rss", "https://a/feed2", enabled=False)])
    moved = read_source_states(con)["feed"]
    assert (moved.url, moved.etag, moved.last_modified) == ("https://a/feed2", None, None)
    assert con.execute("SELECT enabled FROM sources").fetchone() == (False,)


def test_consecutive_failures_count_up_and_reset(con):
    sync_sources(con, [Source("feed", "rss", "https://a/feed")])
    for _ in range(2):
        save_source_polls(con, [SourcePollRecord("feed", NOW, "failed", None, None, None,
                                                 NOW + timedelta(hours=1), "HTTP 503")])
    failing = read_source_states(con)["feed"]
    assert (failing.consecutive_failures, failing.last_error) == (2, "HTTP 503")
    save_source_polls(con, [SourcePollRecord("feed", NOW, "not modified", None, '"e"', None,
                                             NOW)])
    healed = read_source_states(con)["feed"]
    assert (healed.consecutive_failures, healed.last_error, healed.etag) == (0, None, '"e"')


def test_page_checks_keep_the_first_fetch_time(con):
    save_page_checks(con, [PageCheck("https://a/1", "feed", '"v1"', None, "d1", NOW, 200)])
    later = NOW + timedelta(days=2)
    save_page_checks(con, [PageCheck("https://a/1", "feed", '"v2"', "LM", "d2", later, 304)])
    state = read_page_states(con, ["https://a/1", "https://a/unknown"])
    assert list(state) == ["https://a/1"]
    s = state["https://a/1"]
    assert (s.etag, s.last_modified, s.listed_stamp) == ('"v2"', "LM", "d2")
    assert s.first_fetched_at == NOW and s.last_checked_at == later


def test_url_only_in_article_urls_counts_as_fetched_when_first_seen(con):
    con.execute("INSERT INTO article_urls VALUES ('https://a/old', 'x', ?)", [NOW])
    state = read_page_states(con, ["https://a/old"])["https://a/old"]
    assert state.etag is None and state.listed_stamp is None
    assert state.first_fetched_at == NOW == state.last_checked_at


def test_pending_failures_are_the_unresolved_page_ones(con):
    record_failure(con, "https://a/1", "fetch", "HTTP 500", NOW, "feed")
    record_failure(con, "https://a/1", "fetch", "HTTP 500", NOW, "feed")
    record_failure(con, "https://a/2", "page", "no article text found", NOW, "feed")
    record_failure(con, "https://a/feed", "source", "HTTP 503", NOW, "feed")
    record_failure(con, "https://a/3", "fetch", "HTTP 500", NOW, "feed")
    resolve_failures(con, ["https://a/3"], NOW)
    pending = pending_page_failures(con)
    assert sorted(pending) == ["https://a/1", "https://a/2"]
    one = pending["https://a/1"]
    assert one.attempts == 2 and one.next_retry_at == NOW + timedelta(hours=1)


def test_pages_to_revisit_are_recent_unchecked_pages_of_the_given_sources(con):
    day = timedelta(days=1)
    save_page_checks(con, [
        PageCheck("https://a/fresh", "feed", None, None, None, NOW - 2 * day, 200),
        PageCheck("https://a/checked", "feed", None, None, None, NOW - 2 * day, 200),
        PageCheck("https://a/old", "feed", None, None, None, NOW - 30 * day, 200),
        PageCheck("https://b/other", "other", None, None, None, NOW - 2 * day, 200),
    ])
    save_page_checks(con, [PageCheck("https://a/checked", "feed", None, None, None,
                                     NOW - timedelta(hours=1), 304)])
    found = pages_to_revisit(con, ["feed"], NOW - day, NOW - 7 * day)
    assert [(p.url, p.source_name) for p in found] == [("https://a/fresh", "feed")]
    assert pages_to_revisit(con, [], NOW, NOW) == []
