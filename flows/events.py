"""The project's Prefect events (names and payloads in DESIGN.md), emitted after their commit.

Both events carry the warehouse path as a resource label, so a `computewatch serve` reacts
to the events of its own warehouse only when several share one Prefect server.
"""

from __future__ import annotations

import logging
from pathlib import Path

from prefect.events import emit_event
from prefect.events.worker import EventsWorker

from models.refresh import FundingEventChange
from warehouse.load import LoadResult

FACTS_CHANGED = "computewatch.facts.changed"
FUNDING_DETECTED = "computewatch.funding.detected"
WAREHOUSE_RESOURCE = "computewatch.warehouse"
FUNDING_RESOURCE_PREFIX = "computewatch.funding."
WAREHOUSE_LABEL = "computewatch.warehouse.path"
# a facts.changed payload lists at most this many article ids
MAX_ARTICLE_IDS = 100
DRAIN_TIMEOUT_S = 30.0

log = logging.getLogger("computewatch.events")


def warehouse_key(warehouse: str | Path) -> str:
    """The warehouse as events name it: its absolute path."""
    return str(Path(warehouse).resolve())


def emit_facts_changed(result: LoadResult, warehouse: str) -> None:
    """Announce that a load committed new or changed facts."""
    key = warehouse_key(warehouse)
    _emit(
        FACTS_CHANGED,
        {"prefect.resource.id": WAREHOUSE_RESOURCE, WAREHOUSE_LABEL: key},
        {
            "articles_new": result.articles_new,
            "articles_changed": result.articles_changed,
            "facts": dict(result.facts),
            "article_ids": result.changed_article_ids[:MAX_ARTICLE_IDS],
            "warehouse": key,
        },
    )


def emit_funding_detected(change: FundingEventChange, warehouse: str) -> None:
    """Announce a funding event that a refresh created (or whose status or amount changed)."""
    key = warehouse_key(warehouse)
    _emit(
        FUNDING_DETECTED,
        {
            "prefect.resource.id": f"{FUNDING_RESOURCE_PREFIX}{change.event_id}",
            "prefect.resource.name": f"{change.lab} {change.round or 'funding'}",
            WAREHOUSE_LABEL: key,
        },
        {
            "event_id": change.event_id,
            "revision": change.revision,
            "is_new": change.is_new,
            "lab": change.lab,
            "amount": change.amount,
            "currency": change.currency,
            "amount_usd": change.amount_usd,
            "round": change.round,
            "valuation": change.valuation_usd,
            "status": change.status,
            "sources": list(change.source_urls),
            "warehouse": key,
        },
    )


def _emit(event: str, resource: dict, payload: dict) -> None:
    try:
        emit_event(event=event, resource=resource, payload=payload)
    except Exception as exc:  # an unreachable API must not undo a committed load
        log.warning("could not emit %s: %s", event, exc)


def drain_events(timeout_s: float = DRAIN_TIMEOUT_S) -> None:
    """Send every queued event before the process exits (waits at most `timeout_s`)."""
    try:
        EventsWorker.drain_all(timeout=timeout_s)
    except Exception as exc:
        log.warning("could not drain events: %s", exc)
