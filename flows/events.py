"""The project's Prefect events (names and payloads in DESIGN.md), emitted after their commit."""

from __future__ import annotations

import logging

from prefect.events import emit_event
from prefect.events.worker import EventsWorker

from models.refresh import FundingEventChange
from warehouse.load import LoadResult

FACTS_CHANGED = "computewatch.facts.changed"
FUNDING_DETECTED = "computewatch.funding.detected"
WAREHOUSE_RESOURCE = "computewatch.warehouse"

log = logging.getLogger("computewatch.events")


def emit_facts_changed(result: LoadResult, warehouse: str) -> None:
    """Announce that a load committed new or changed facts."""
    _emit(
        FACTS_CHANGED,
        {"prefect.resource.id": WAREHOUSE_RESOURCE, "computewatch.warehouse.path": warehouse},
        {
            "articles_new": result.articles_new,
            "articles_changed": result.articles_changed,
            "facts": dict(result.facts),
            "article_ids": result.changed_article_ids[:100],
            "warehouse": warehouse,
        },
    )


def emit_funding_detected(change: FundingEventChange, warehouse: str) -> None:
    """Announce a funding event that a refresh created (or whose status or amount changed)."""
    _emit(
        FUNDING_DETECTED,
        {"prefect.resource.id": f"computewatch.funding.{change.event_id}"},
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
            "sources": change.source_urls,
            "warehouse": warehouse,
        },
    )


def _emit(event: str, resource: dict, payload: dict) -> None:
    try:
        emit_event(event=event, resource=resource, payload=payload)
    except Exception as exc:  # an unreachable API must not undo a committed load
        log.warning("could not emit %s: %s", event, exc)


def drain_events() -> None:
    """Send every queued event before the process exits."""
    try:
        EventsWorker.drain_all()
    except Exception as exc:
        log.warning("could not drain events: %s", exc)
