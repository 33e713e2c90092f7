"""The `alert` flow: funding events that match the rules go to the outbox, the outbox goes out via apprise."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

import apprise
from prefect import flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE

from flows.config import AlertRules
from warehouse import outbox, read_connection, write_connection


@dataclass(frozen=True)
class AlertSummary:
    """What one alert run did."""

    enqueued: int
    sent: int
    failed: int


def _money(amount: float | None, currency: str | None) -> str:
    if amount is None:
        return "undisclosed"
    for scale, suffix in ((1e12, "T"), (1e9, "B"), (1e6, "M"), (1e3, "K")):
        if abs(amount) >= scale:
            return f"{currency or 'USD'} {amount / scale:.3g}{suffix}"
    return f"{currency or 'USD'} {amount:,.0f}"


def render_alert(event: dict, kind: str) -> tuple[str, str]:
    """Title and English body of an alert about one funding event row."""
    amount = _money(event["amount"], event["currency"])
    round_name = event["round"] or "round not named"
    prefix = "Update" if kind == "update" else "New funding"
    title = f"{prefix}: {event['lab']} {amount} ({round_name}, {event['status'] or 'unknown'})"
    seen = event["first_seen"]
    lines = [
        f"Lab: {event['lab']}",
        f"Amount: {amount}"
        + (f" (about USD {event['amount_usd'] / 1e9:.3g}B)" if event["amount_usd"]
           and event["currency"] not in (None, "USD") else ""),
        f"Round: {round_name}",
        f"Valuation: {_money(event['valuation_usd'], 'USD') if event['valuation_usd'] else 'not reported'}",
        f"Status: {event['status'] or 'unknown'}"
        + (f" (history: {' -> '.join(event['status_history'])})" if kind == "update" else ""),
        f"Date: {seen.date().isoformat() if seen else 'unknown'}",
        f"Sources ({event['n_sources']}):",
        *[f"  {url}" for url in event["source_urls"] or []],
    ]
    if kind == "update":
        lines.insert(0, "This updates an earlier alert about the same funding event.")
    return title, "\n".join(lines)


def _matching_events(warehouse: str, rules: AlertRules) -> list[dict]:
    with read_connection(warehouse) as con:
        cur = con.execute(
            """
            SELECT event_id, revision, lab, round, amount, currency, amount_usd, valuation_usd,
                   status, status_history, first_seen, n_sources, source_urls
            FROM funding_events
            WHERE status IN (SELECT unnest(?))
              AND coalesce(amount_usd, 0) >= ?
              AND (len(?) = 0 OR lower(lab) IN (SELECT lower(unnest(?))))
            ORDER BY first_seen, event_id
            """,
            [list(rules.statuses), rules.min_amount_usd, list(rules.labs), list(rules.labs)],
        )
        names = [d[0] for d in cur.description]
        return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]


@task(name="enqueue-alerts", cache_policy=NO_CACHE)
def enqueue_alerts(warehouse: str, rules: AlertRules) -> int:
    """Create outbox rows for every matching event revision not alerted yet on each channel."""
    channels = [outbox.channel_id(u) for u in rules.urls]
    if not channels:
        return 0
    events = _matching_events(warehouse, rules)
    now = datetime.now(UTC)
    created = 0
    with write_connection(warehouse) as con:
        con.execute("BEGIN TRANSACTION")
        for event in events:
            created += outbox.enqueue(
                con, event["event_id"], event["revision"], channels,
                lambda kind, e=event: render_alert(e, kind), now,
            )
        con.execute("COMMIT")
    return created


@task(name="deliver-alerts", cache_policy=NO_CACHE)
def deliver_alerts(warehouse: str, urls: tuple[str, ...]) -> tuple[int, int]:
    """Send due outbox rows through apprise; (sent, failed). Failures retry on a later run."""
    by_channel = {outbox.channel_id(u): u for u in urls}
    now = datetime.now(UTC)
    with read_connection(warehouse) as con:
        due = [a for a in outbox.pending(con, now) if a.channel in by_channel]
    sent = failed = 0
    logger = get_run_logger()
    for alert in due:
        notifier = apprise.Apprise()
        notifier.add(by_channel[alert.channel])
        ok = bool(notifier.notify(title=alert.title, body=alert.body))
        with write_connection(warehouse) as con:
            if ok:
                outbox.mark_sent(con, alert, datetime.now(UTC))
                sent += 1
            else:
                # the channel id names the channel without its secret
                outbox.mark_failed(con, alert, f"delivery to {alert.channel} failed",
                                   datetime.now(UTC))
                failed += 1
                logger.warning("alert to %s failed; will retry", alert.channel)
    return sent, failed


@flow(name="alert")
def alert(warehouse: str, rules: AlertRules) -> AlertSummary:
    """Queue alerts for matching funding events and deliver everything due."""
    enqueued = enqueue_alerts(warehouse, rules)
    sent, failed = deliver_alerts(warehouse, rules.urls) if rules.urls else (0, 0)
    return AlertSummary(enqueued=enqueued, sent=sent, failed=failed)
