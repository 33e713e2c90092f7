"""The alerts outbox: each (funding event, channel, revision) is alerted once, ever.

Rows are created pending and turn sent after delivery; a failed delivery stays pending
with a growing delay. Channels are stored as a hash of their URL, never the URL (it can hold secrets).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

import duckdb

_BASE_RETRY = timedelta(seconds=30)
_MAX_RETRY = timedelta(hours=6)


def channel_id(url: str) -> str:
    """A stable, secret-free name for an apprise URL: its scheme and a hash."""
    scheme = url.split("://", 1)[0] if "://" in url else "unknown"
    return f"{scheme}:{hashlib.sha256(url.encode('utf-8')).hexdigest()[:16]}"


@dataclass(frozen=True)
class PendingAlert:
    """An alert waiting for delivery."""

    event_id: str
    channel: str
    revision: int
    kind: str
    title: str
    body: str
    attempts: int


def enqueue(
    con: duckdb.DuckDBPyConnection,
    event_id: str,
    revision: int,
    channels: list[str],
    render: Callable[[str], tuple[str, str]],
    now: datetime,
) -> int:
    """Create the missing outbox rows of one event revision; return how many were created.

    The first row of an (event, channel) is a `new` alert; later revisions are `update`s.
    `render(kind)` gives the title and body for that kind.
    """
    created = 0
    for channel in channels:
        exists = con.execute(
            "SELECT count(*), max(revision) FROM alerts_outbox WHERE event_id = ? AND channel = ?",
            [event_id, channel],
        ).fetchone()
        count, last_revision = exists if exists else (0, None)
        if count and last_revision is not None and last_revision >= revision:
            continue
        kind = "update" if count else "new"
        title, body = render(kind)
        con.execute(
            """
            INSERT INTO alerts_outbox (event_id, channel, revision, kind, title, body, state,
                attempts, next_attempt_at, created_at)
            VALUES (?, ?, ?, ?, ?, ?, 'pending', 0, ?, ?)
            ON CONFLICT DO NOTHING
            """,
            [event_id, channel, revision, kind, title, body, now, now],
        )
        created += 1
    return created


def pending(con: duckdb.DuckDBPyConnection, now: datetime) -> list[PendingAlert]:
    """Alerts due for delivery now, oldest first."""
    rows = con.execute(
        """
        SELECT event_id, channel, revision, kind, title, body, attempts
        FROM alerts_outbox
        WHERE state = 'pending' AND (next_attempt_at IS NULL OR next_attempt_at <= ?)
        ORDER BY created_at, event_id, revision
        """,
        [now],
    ).fetchall()
    return [PendingAlert(*row) for row in rows]


def mark_sent(con: duckdb.DuckDBPyConnection, alert: PendingAlert, now: datetime) -> None:
    """Record a delivered alert."""
    con.execute(
        "UPDATE alerts_outbox SET state = 'sent', sent_at = ?, attempts = attempts + 1, "
        "last_error = NULL WHERE event_id = ? AND channel = ? AND revision = ?",
        [now, alert.event_id, alert.channel, alert.revision],
    )


def mark_failed(
    con: duckdb.DuckDBPyConnection, alert: PendingAlert, error: str, now: datetime
) -> None:
    """Record a failed delivery and when to try again (exponential backoff)."""
    wait = min(_BASE_RETRY * (2 ** alert.attempts), _MAX_RETRY)
    con.execute(
        "UPDATE alerts_outbox SET attempts = attempts + 1, last_error = ?, next_attempt_at = ? "
        "WHERE event_id = ? AND channel = ? AND revision = ?",
        [error[:500], now + wait, alert.event_id, alert.channel, alert.revision],
    )
