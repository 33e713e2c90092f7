"""The words of an alert: one funding event in plain English, for chat, e-mail or a webhook.

A message names the lab, the amount, the round, the valuation, the status, the date and the
source links. A follow-up says what changed since the last alert. The last line carries an
alert id (event and revision) so a receiver can drop a rare duplicate (see warehouse/outbox.py).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, datetime

from flows.number_format import hedged
from flows.number_format import money as format_money
from warehouse.outbox import AlertedSnapshot

TEST_TITLE = "computewatch test alert"


def _amount(event: Mapping) -> str:
    hedge, currency = event.get("amount_qualifier"), event.get("currency")
    text = hedged(event.get("amount"), hedge, lambda v: format_money(v, currency))
    usd = event.get("amount_usd")
    if usd is not None and currency not in (None, "USD"):
        # a range converts as a range; any other hedge is carried by the "about"
        in_usd = hedged(usd, hedge, format_money) if hedge and hedge.startswith("range:") else format_money(usd)
        text += f" (about {in_usd})"
    return text


def _valuation(event: Mapping) -> str:
    usd = event.get("valuation_usd")
    if usd is None:
        return "not reported"
    native, currency = event.get("valuation"), event.get("valuation_currency")
    hedge = event.get("valuation_qualifier")
    if native is not None and currency not in (None, "USD"):
        text = f"{hedged(native, hedge, lambda v: format_money(v, currency))} (about {format_money(usd)})"
    else:
        text = hedged(usd, hedge, format_money)
    kind = event.get("valuation_type")
    return f"{text}, {kind}-money" if kind in ("pre", "post") else text


def _day(value: datetime | date | str | None) -> str:
    if value is None:
        return "unknown"
    if isinstance(value, datetime | date):
        return value.isoformat()[:10]
    return str(value)[:10]


def _changes(event: Mapping, previous: AlertedSnapshot | None) -> list[str]:
    if previous is None:
        return []
    changes = []
    if previous.status != event.get("status"):
        changes.append(f"status {previous.status or 'unknown'} -> {event.get('status') or 'unknown'}")
    if previous.amount_usd != event.get("amount_usd"):
        changes.append(
            f"amount {format_money(previous.amount_usd)} -> {format_money(event.get('amount_usd'))}"
        )
    return changes


def render_alert(
    event: Mapping, kind: str, previous: AlertedSnapshot | None = None
) -> tuple[str, str]:
    """Title and English body of an alert about one `funding_events` row.

    `kind` is `new` or `update`; an update names what changed since `previous`, the last alert
    the channel got about this event.
    """
    lab = event.get("lab") or "Unknown lab"
    round_name = event.get("round") or "round not named"
    status = event.get("status") or "unknown"
    currency = event.get("currency")
    amount = hedged(event.get("amount"), event.get("amount_qualifier"), lambda v: format_money(v, currency))
    changes = _changes(event, previous)
    what = f"{lab}, {amount}" + (f", {event['round']}" if event.get("round") else "")
    if kind == "update":
        title = f"Update: {what} ({status})"
        lead = "Update to an earlier alert about this funding event"
        lead += f": {'; '.join(changes)}." if changes else "."
    else:
        title = f"New funding: {what} ({status})"
        lead = f"A new funding event for {lab} was reported."
    sources: Sequence[str] = event.get("source_urls") or []
    investors: Sequence[str] = event.get("investors") or []
    lines = [
        lead,
        "",
        f"Lab: {lab}",
        f"Amount: {_amount(event)}",
        f"Round: {round_name}",
        f"Valuation: {_valuation(event)}",
        f"Status: {status}",
        f"Date: {_day(event.get('first_seen'))} (first reported)",
    ]
    if investors:
        lines.append(f"Investors: {', '.join(investors)}")
    lines.append(f"Sources ({len(sources)}):")
    lines.extend(f"- {url}" for url in sources)
    lines += ["", f"Alert id: {event.get('event_id')} revision {event.get('revision')}"]
    return title, "\n".join(lines)


def render_test_message(channel: str) -> tuple[str, str]:
    """Title and body of the message `computewatch alerts test` sends to one channel."""
    return TEST_TITLE, (
        "This is a test message from computewatch.\n"
        f"Alerts about new funding events of AI labs will reach this channel ({channel}).\n"
        "Nothing else to do."
    )
