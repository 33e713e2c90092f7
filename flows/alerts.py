"""The `alert` flow: funding events that match the rules go to the outbox, the outbox goes out.

Each (funding event, channel) gets one alert, and one follow-up per later revision (status or
amount changed). Channels that fail are retried with a growing delay on later runs; see
`warehouse/outbox.py` for the delivery guarantee (at least once, duplicates only after a crash).
"""

from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import duckdb
from prefect import flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE
from prefect.exceptions import MissingContextError

from flows.alert_message import render_alert, render_test_message
from flows.channels import Delivery, check_url, describe_channel, send
from flows.config import AlertRules
from warehouse import migrate, outbox, write_connection


@dataclass(frozen=True)
class AlertSummary:
    """What one alert run did."""

    enqueued: int
    sent: int
    failed: int


def _logger() -> logging.Logger | logging.LoggerAdapter:
    try:
        return get_run_logger()
    except MissingContextError:
        return logging.getLogger("computewatch.alerts")


def _usable_urls(rules: AlertRules) -> list[str]:
    """The channels apprise understands (the flow warns about the others)."""
    return [u for u in rules.channel_urls() if check_url(u) is None]


def _events_to_alert(con: duckdb.DuckDBPyConnection, rules: AlertRules,
                     channels: list[str]) -> list[dict]:
    """Events that match the rules or that some channel was told about, and that at least one
    of `channels` has no alert for at their current revision."""
    oldest = (datetime.now(UTC) - timedelta(days=rules.max_age_days)) if rules.max_age_days else None
    cur = con.execute(
        """
        WITH e AS (
            SELECT *,
                status IN (SELECT unnest(?))
                AND coalesce(amount_usd, 0) >= ?
                AND (len(?) = 0 OR lower(lab) IN (SELECT lower(unnest(?))))
                AND (CAST(? AS TIMESTAMPTZ) IS NULL OR first_seen >= CAST(? AS TIMESTAMPTZ)) AS matches
            FROM funding_events
        )
        SELECT * FROM e
        WHERE (matches OR event_id IN (
                SELECT event_id FROM alerts_outbox WHERE state IN ('sent', 'sending')))
          AND (SELECT count(DISTINCT o.channel) FROM alerts_outbox o
               WHERE o.event_id = e.event_id AND o.revision >= e.revision
                 AND o.state <> 'superseded' AND o.channel IN (SELECT unnest(?))) < ?
        ORDER BY first_seen, event_id
        """,
        [list(rules.statuses), rules.min_amount_usd, list(rules.labs), list(rules.labs),
         oldest, oldest, channels, len(channels)],
    )
    names = [d[0] for d in cur.description]
    return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]


@task(name="enqueue-alerts", cache_policy=NO_CACHE)
def enqueue_alerts(warehouse: str, rules: AlertRules) -> int:
    """Create the outbox rows every channel still needs; return how many were created."""
    channels = [outbox.channel_id(u) for u in _usable_urls(rules)]
    if not channels or not Path(warehouse).exists():
        return 0
    now = datetime.now(UTC)
    with write_connection(warehouse) as con:
        migrate(con)
        con.execute("BEGIN TRANSACTION")
        try:
            created = outbox.enqueue(con, _events_to_alert(con, rules, channels), channels,
                                     render_alert, now)
            con.execute("COMMIT")
        except Exception:
            con.execute("ROLLBACK")
            raise
    return created


@task(name="deliver-alerts", cache_policy=NO_CACHE)
def deliver_alerts(warehouse: str, rules: AlertRules) -> tuple[int, int]:
    """Claim the due outbox rows, send them through apprise; return (sent, failed).

    A channel that fails once in a run is not tried again in that run: its other alerts
    wait for the same backoff instead of each waiting for a time-out.
    """
    urls = {outbox.channel_id(u): u for u in _usable_urls(rules)}
    if not urls or not Path(warehouse).exists():
        return 0, 0
    logger = _logger()
    claim = uuid.uuid4().hex
    base = timedelta(seconds=rules.retry_seconds)
    cap = timedelta(seconds=rules.max_retry_seconds)
    with write_connection(warehouse) as con:
        migrate(con)
        due = outbox.claim_due(con, list(urls), claim, datetime.now(UTC))
    sent = failed = 0
    down: dict[str, str] = {}
    try:
        for alert in due:
            url = urls[alert.channel]
            if alert.channel in down:
                result = Delivery(False, down[alert.channel])
            else:
                result = send(url, alert.title, alert.body)
            with write_connection(warehouse) as con:
                if result.ok:
                    outbox.mark_sent(con, alert, datetime.now(UTC))
                else:
                    outbox.mark_failed(con, alert, result.error or "delivery failed",
                                       datetime.now(UTC), base=base, cap=cap)
            if result.ok:
                sent += 1
                logger.info("alert sent to %s: %s", describe_channel(url), alert.title)
            else:
                failed += 1
                if alert.channel not in down:
                    logger.warning("alert to %s failed, will retry: %s", describe_channel(url),
                                   result.error)
                down[alert.channel] = result.error or "delivery failed"
    except BaseException:
        # give back what this run claimed and did not get to, so the next run sends it
        with write_connection(warehouse) as con:
            outbox.release(con, claim)
        raise
    return sent, failed


@flow(name="alert")
def alert(warehouse: str, rules: AlertRules) -> AlertSummary:
    """Queue alerts for matching funding events and deliver everything due."""
    if not rules.urls:
        return AlertSummary(enqueued=0, sent=0, failed=0)
    logger = _logger()
    for url in rules.channel_urls():
        problem = check_url(url)
        if problem:
            logger.warning("alert channel skipped: %s", problem)
    enqueued = enqueue_alerts(warehouse, rules)
    sent, failed = deliver_alerts(warehouse, rules)
    return AlertSummary(enqueued=enqueued, sent=sent, failed=failed)


def send_test_alerts(rules: AlertRules) -> list[tuple[str, Delivery]]:
    """Send the test message to every channel; (channel name, outcome) for each."""
    results = []
    for url in rules.channel_urls():
        name = describe_channel(url)
        title, body = render_test_message(name)
        results.append((name, send(url, title, body)))
    return results
