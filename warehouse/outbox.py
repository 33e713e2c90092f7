"""The alerts outbox: each (funding event, channel) gets one alert, then one follow-up per revision.

Rows are created `pending`. A delivery run claims the rows that are due (`sending`, with its
claim id) in one write, sends them, and marks each `sent`, or back to `pending` with a growing
delay when the channel failed. Claims make overlapping runs safe: a row is sent by the run that
claimed it and by no other.

Delivery is at least once. A run that dies between the channel accepting a message and the
`sent` mark leaves the row `sending`; after `STALE_CLAIM` it is claimable again and sent again.
The other choice (mark first, send after) would lose that alert for good; a rare duplicate,
which carries the same alert id, is the lesser harm.

Channels are stored as a hash of their URL, never the URL (it can hold tokens and passwords).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

import duckdb

BASE_RETRY = timedelta(seconds=30)
MAX_RETRY = timedelta(hours=6)
STALE_CLAIM = timedelta(minutes=15)

# a renderer gets the event, the kind ("new" | "update") and, for an update, what the last
# alert said; it returns the title and the body
Renderer = Callable[[Mapping, str, "AlertedSnapshot | None"], tuple[str, str]]


def channel_id(url: str) -> str:
    """A stable, secret-free name for an apprise URL: its scheme and a hash."""
    scheme = url.split("://", 1)[0] if "://" in url else "unknown"
    return f"{scheme}:{hashlib.sha256(url.encode('utf-8')).hexdigest()[:16]}"


@dataclass(frozen=True)
class AlertedSnapshot:
    """What an earlier alert about an event told a channel."""

    revision: int
    status: str | None
    amount_usd: float | None


@dataclass(frozen=True)
class PendingAlert:
    """An alert waiting for delivery, or claimed by a delivery run (`claim_id`)."""

    event_id: str
    channel: str
    revision: int
    kind: str
    title: str
    body: str
    attempts: int
    claim_id: str | None = None


_INSERT_CHUNK = 200  # rows per multi-row INSERT


def _history(
    con: duckdb.DuckDBPyConnection, event_ids: Sequence[str], channels: Sequence[str]
) -> tuple[dict[tuple[str, str], int], dict[tuple[str, str], AlertedSnapshot]]:
    """Per (event, channel): the newest revision queued or sent, and the last alert delivered."""
    rows = con.execute(
        """
        SELECT event_id, channel, revision, state, alerted_status, alerted_amount_usd
        FROM alerts_outbox
        WHERE event_id IN (SELECT unnest(?)) AND channel IN (SELECT unnest(?))
          AND state <> 'superseded'
        ORDER BY revision
        """,
        [list(event_ids), list(channels)],
    ).fetchall()
    newest: dict[tuple[str, str], int] = {}
    delivered: dict[tuple[str, str], AlertedSnapshot] = {}
    for event_id, channel, revision, state, status, amount_usd in rows:
        newest[(event_id, channel)] = revision
        if state in ("sent", "sending"):
            delivered[(event_id, channel)] = AlertedSnapshot(revision, status, amount_usd)
    return newest, delivered


def enqueue(
    con: duckdb.DuckDBPyConnection,
    events: Sequence[Mapping],
    channels: Sequence[str],
    render: Renderer,
    now: datetime,
) -> int:
    """Queue the alerts each channel still needs about these funding events; return rows created.

    Each event needs `event_id`, `revision`, `status` and `amount_usd`, and may say whether it
    `matches` the rules (default true). A channel that was never told about an event gets a
    `new` alert when the event matches; a channel told about an older revision gets one
    `update`, whether or not the event still matches (a correction of what people were told).
    An older revision still pending for the channel is superseded, so a channel that was down
    gets one alert with the latest facts. `render(event, kind, previous)` writes the alert.
    """
    if not events or not channels:
        return 0
    newest, delivered = _history(con, [e["event_id"] for e in events], channels)
    rows, replaced = [], []
    for event in events:
        event_id, revision = event["event_id"], int(event["revision"])
        for channel in channels:
            if newest.get((event_id, channel), 0) >= revision:
                continue
            previous = delivered.get((event_id, channel))
            if previous is None and not event.get("matches", True):
                continue
            kind = "update" if previous else "new"
            title, body = render(event, kind, previous)
            rows.append((event_id, channel, revision, kind, title, body, now, now,
                         event.get("status"), event.get("amount_usd")))
            if (event_id, channel) in newest:
                replaced.append(f"{event_id}|{channel}")
    if replaced:
        con.execute(
            "UPDATE alerts_outbox SET state = 'superseded' WHERE state = 'pending' "
            "AND event_id || '|' || channel IN (SELECT unnest(?))",
            [replaced],
        )
    one = "(?, ?, ?, ?, ?, ?, 'pending', 0, ?, ?, ?, ?)"
    for i in range(0, len(rows), _INSERT_CHUNK):
        chunk = rows[i : i + _INSERT_CHUNK]
        con.execute(
            "INSERT INTO alerts_outbox (event_id, channel, revision, kind, title, body, state, "
            "attempts, next_attempt_at, created_at, alerted_status, alerted_amount_usd) "
            f"VALUES {', '.join(one for _ in chunk)} ON CONFLICT DO NOTHING",
            [value for row in chunk for value in row],
        )
    return len(rows)


def pending(con: duckdb.DuckDBPyConnection, now: datetime) -> list[PendingAlert]:
    """Alerts due for delivery now and not claimed, oldest first."""
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


def claim_due(
    con: duckdb.DuckDBPyConnection,
    channels: Sequence[str],
    claim_id: str,
    now: datetime,
    *,
    stale_after: timedelta = STALE_CLAIM,
) -> list[PendingAlert]:
    """Claim every alert due now on `channels` for one delivery run, in one transaction.

    Claims older than `stale_after` belong to a run that died mid-delivery; they are claimed
    again (at least once, see the module notes).
    """
    if not channels:
        return []
    con.execute("BEGIN TRANSACTION")
    try:
        con.execute(
            "UPDATE alerts_outbox SET state = 'pending', claim_id = NULL, "
            "last_error = 'a delivery run stopped before confirming this alert; sending again' "
            "WHERE state = 'sending' AND claimed_at < ?",
            [now - stale_after],
        )
        rows = con.execute(
            """
            UPDATE alerts_outbox SET state = 'sending', claim_id = ?, claimed_at = ?
            WHERE state = 'pending' AND channel IN (SELECT unnest(?))
              AND (next_attempt_at IS NULL OR next_attempt_at <= ?)
            RETURNING event_id, channel, revision, kind, title, body, attempts, created_at
            """,
            [claim_id, now, list(channels), now],
        ).fetchall()
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise
    rows.sort(key=lambda r: (r[7], r[0], r[2], r[1]))
    return [PendingAlert(*r[:7], claim_id=claim_id) for r in rows]


def mark_sent(con: duckdb.DuckDBPyConnection, alert: PendingAlert, now: datetime) -> None:
    """Record a delivered alert."""
    con.execute(
        "UPDATE alerts_outbox SET state = 'sent', sent_at = ?, attempts = attempts + 1, "
        "last_error = NULL, claim_id = NULL "
        "WHERE event_id = ? AND channel = ? AND revision = ?",
        [now, alert.event_id, alert.channel, alert.revision],
    )


def retry_delay(attempts: int, base: timedelta = BASE_RETRY, cap: timedelta = MAX_RETRY) -> timedelta:
    """How long to wait before the next try after `attempts` failed ones (exponential, capped)."""
    return min(base * (2 ** min(attempts, 30)), cap)


def mark_failed(
    con: duckdb.DuckDBPyConnection,
    alert: PendingAlert,
    error: str,
    now: datetime,
    *,
    base: timedelta = BASE_RETRY,
    cap: timedelta = MAX_RETRY,
) -> None:
    """Record a failed delivery; the alert stays pending and is due again after a backoff."""
    con.execute(
        "UPDATE alerts_outbox SET state = 'pending', claim_id = NULL, attempts = attempts + 1, "
        "last_error = ?, next_attempt_at = ? "
        "WHERE event_id = ? AND channel = ? AND revision = ? AND state = 'sending'",
        [error[:500], now + retry_delay(alert.attempts, base, cap), alert.event_id,
         alert.channel, alert.revision],
    )


def release(con: duckdb.DuckDBPyConnection, claim_id: str) -> int:
    """Give back what a run claimed and did not get to send; return how many rows."""
    rows = con.execute(
        "UPDATE alerts_outbox SET state = 'pending', claim_id = NULL "
        "WHERE state = 'sending' AND claim_id = ? RETURNING event_id",
        [claim_id],
    ).fetchall()
    return len(rows)
