"""What the fetcher remembers between polls: per source and per article page.

Per source (`sources`): the configuration last seen, the HTTP validators (ETag,
Last-Modified) of its feed, when it was polled, how that went and when it is due again.
Per page (`page_fetch_state`): validators, the listing's date, when it was first fetched and
last checked. Failures and their retry times live in `fetch_failures` (`warehouse.failures`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

import duckdb


class SourceConfig(Protocol):
    """The fields of a configured source this module stores."""

    name: str
    kind: str
    url: str
    lang: str | None
    enabled: bool


@dataclass(frozen=True)
class SourceState:
    """A source's row: validators, schedule and the last outcome."""

    name: str
    url: str
    etag: str | None
    last_modified: str | None
    last_polled_at: datetime | None
    next_poll_at: datetime | None
    last_status: str | None
    last_item_count: int | None
    consecutive_failures: int
    last_error: str | None


@dataclass(frozen=True)
class SourcePollRecord:
    """The outcome of one poll, to store on the source's row."""

    name: str
    polled_at: datetime
    status: str
    item_count: int | None
    etag: str | None
    last_modified: str | None
    next_poll_at: datetime
    error: str | None = None


@dataclass(frozen=True)
class PageState:
    """What is known about an article URL from earlier polls."""

    url: str
    etag: str | None
    last_modified: str | None
    listed_stamp: str | None
    first_fetched_at: datetime
    last_checked_at: datetime
    source_name: str | None = None


@dataclass(frozen=True)
class PageCheck:
    """One successful look at an article URL: a 200 that was read, or a 304."""

    url: str
    source_name: str | None
    etag: str | None
    last_modified: str | None
    listed_stamp: str | None
    checked_at: datetime
    status: int


@dataclass(frozen=True)
class PendingFailure:
    """An unresolved failure of an article URL and when it may be tried again."""

    url: str
    source_name: str | None
    stage: str
    attempts: int
    next_retry_at: datetime | None


def sync_sources(con: duckdb.DuckDBPyConnection, sources: Iterable[SourceConfig]) -> None:
    """Store the configured sources; a source whose URL changed forgets its feed validators."""
    for s in sources:
        con.execute(
            """
            INSERT INTO sources (name, kind, url, lang, enabled) VALUES (?, ?, ?, ?, ?)
            ON CONFLICT (name) DO UPDATE SET
                kind = excluded.kind, lang = excluded.lang, enabled = excluded.enabled,
                etag = CASE WHEN sources.url = excluded.url THEN sources.etag END,
                last_modified = CASE WHEN sources.url = excluded.url
                                     THEN sources.last_modified END,
                url = excluded.url
            """,
            [s.name, s.kind, s.url, s.lang, s.enabled],
        )


def read_source_states(con: duckdb.DuckDBPyConnection) -> dict[str, SourceState]:
    """Every stored source's state, by name."""
    rows = con.execute(
        "SELECT name, url, etag, last_modified, last_polled_at, next_poll_at, last_status, "
        "last_item_count, consecutive_failures, last_error FROM sources"
    ).fetchall()
    return {row[0]: SourceState(*row) for row in rows}


def save_source_polls(con: duckdb.DuckDBPyConnection, polls: Sequence[SourcePollRecord]) -> None:
    """Store poll outcomes; a failure adds one to the source's run of failures, success resets it."""
    for p in polls:
        failed = p.error is not None and p.status == "failed"
        con.execute(
            """
            UPDATE sources SET etag = ?, last_modified = ?, last_polled_at = ?, last_status = ?,
                last_item_count = ?, next_poll_at = ?, last_error = ?,
                consecutive_failures = CASE WHEN ? THEN consecutive_failures + 1 ELSE 0 END
            WHERE name = ?
            """,
            [p.etag, p.last_modified, p.polled_at, p.status, p.item_count, p.next_poll_at,
             p.error, failed, p.name],
        )


def save_feed_validators(
    con: duckdb.DuckDBPyConnection, validators: Iterable[tuple[str, str | None, str | None]]
) -> None:
    """Store (source name, ETag, Last-Modified) of feeds whose listed pages are all loaded."""
    for name, etag, last_modified in validators:
        con.execute("UPDATE sources SET etag = ?, last_modified = ? WHERE name = ?",
                    [etag, last_modified, name])


def read_page_states(con: duckdb.DuckDBPyConnection, urls: Sequence[str]) -> dict[str, PageState]:
    """States of those URLs that were fetched before.

    A URL only in `article_urls` (stored before fetch state was kept) counts as fetched when
    it was first seen, with no validators.
    """
    if not urls:
        return {}
    rows = con.execute(
        """
        SELECT w.url, p.etag, p.last_modified, p.listed_stamp,
               coalesce(p.first_fetched_at, a.first_seen_at),
               coalesce(p.last_checked_at, a.first_seen_at), p.source_name
        FROM (SELECT DISTINCT unnest(?::VARCHAR[]) AS url) w
        LEFT JOIN page_fetch_state p ON p.url = w.url
        LEFT JOIN article_urls a ON a.url = w.url
        WHERE p.url IS NOT NULL OR a.url IS NOT NULL
        """,
        [list(urls)],
    ).fetchall()
    return {row[0]: PageState(*row) for row in rows}


def pages_to_revisit(
    con: duckdb.DuckDBPyConnection,
    source_names: Sequence[str],
    checked_before: datetime,
    first_fetched_after: datetime,
) -> list[PageState]:
    """Pages of these sources first fetched after one time and last checked before another."""
    if not source_names:
        return []
    rows = con.execute(
        """
        SELECT url, etag, last_modified, listed_stamp, first_fetched_at, last_checked_at,
               source_name
        FROM page_fetch_state
        WHERE source_name IN (SELECT unnest(?::VARCHAR[]))
          AND last_checked_at <= ? AND first_fetched_at >= ?
        ORDER BY first_fetched_at DESC, url
        """,
        [list(source_names), checked_before, first_fetched_after],
    ).fetchall()
    return [PageState(*row) for row in rows]


def save_page_checks(con: duckdb.DuckDBPyConnection, checks: Sequence[PageCheck]) -> None:
    """Store successful looks at pages; a page's first fetch time is kept."""
    if not checks:
        return
    latest = {c.url: c for c in checks}.values()  # one row per URL in a single statement
    columns = list(zip(*[(c.url, c.source_name, c.etag, c.last_modified, c.listed_stamp,
                          c.checked_at, c.status) for c in latest], strict=True))
    # one statement with list parameters: DuckDB's executemany runs a statement per row
    con.execute(
        """
        INSERT INTO page_fetch_state (url, source_name, etag, last_modified, listed_stamp,
            first_fetched_at, last_checked_at, last_status)
        SELECT url, source_name, etag, last_modified, listed_stamp, checked_at, checked_at,
               status
        FROM (SELECT unnest(?::VARCHAR[]) AS url, unnest(?::VARCHAR[]) AS source_name,
                     unnest(?::VARCHAR[]) AS etag, unnest(?::VARCHAR[]) AS last_modified,
                     unnest(?::VARCHAR[]) AS listed_stamp,
                     unnest(?::TIMESTAMPTZ[]) AS checked_at, unnest(?::INTEGER[]) AS status)
        ON CONFLICT (url) DO UPDATE SET
            source_name = excluded.source_name, etag = excluded.etag,
            last_modified = excluded.last_modified, listed_stamp = excluded.listed_stamp,
            last_checked_at = excluded.last_checked_at, last_status = excluded.last_status
        """,
        [list(column) for column in columns],
    )


def pending_page_failures(con: duckdb.DuckDBPyConnection) -> dict[str, PendingFailure]:
    """Unresolved fetch and parse failures of article URLs, by URL (the latest stage wins)."""
    rows = con.execute(
        """
        SELECT url, source_name, stage, attempts, next_retry_at FROM fetch_failures
        WHERE resolved_at IS NULL AND stage IN ('fetch', 'page')
        ORDER BY last_failed_at
        """
    ).fetchall()
    return {row[0]: PendingFailure(*row) for row in rows}
