"""The `fetch_failures` record: what could not be fetched, parsed or loaded, and when to retry."""

from __future__ import annotations

from datetime import datetime, timedelta

import duckdb

# a failing URL waits 30 minutes, doubling per attempt, at most a day
_BASE_RETRY = timedelta(minutes=30)
_MAX_RETRY = timedelta(days=1)


def record_failure(
    con: duckdb.DuckDBPyConnection,
    url: str,
    stage: str,
    reason: str,
    now: datetime,
    source_name: str | None = None,
) -> None:
    """Record (or count again) a failure of `url` at `stage` and schedule its retry."""
    row = con.execute(
        "SELECT attempts FROM fetch_failures WHERE url = ? AND stage = ?", [url, stage]
    ).fetchone()
    attempts = (row[0] + 1) if row else 1
    wait = min(_BASE_RETRY * (2 ** (attempts - 1)), _MAX_RETRY)
    con.execute(
        """
        INSERT INTO fetch_failures (url, source_name, stage, reason, attempts, first_failed_at,
            last_failed_at, next_retry_at, resolved_at)
        VALUES (?, ?, ?, ?, 1, ?, ?, ?, NULL)
        ON CONFLICT (url, stage) DO UPDATE SET
            reason = excluded.reason, attempts = fetch_failures.attempts + 1,
            last_failed_at = excluded.last_failed_at, next_retry_at = ?, resolved_at = NULL
        """,
        [url, source_name, stage, reason[:2000], now, now, now + wait, now + wait],
    )


def resolve_failures(
    con: duckdb.DuckDBPyConnection, urls: list[str], now: datetime, stage: str | None = None
) -> None:
    """Mark earlier failures of these URLs (at `stage`, or at any) as resolved: they have now
    succeeded."""
    if urls:
        con.execute(
            "UPDATE fetch_failures SET resolved_at = ? WHERE resolved_at IS NULL AND url IN "
            "(SELECT unnest(?)) AND stage = coalesce(?, stage)",
            [now, urls, stage],
        )
