"""The `recompute` flow: refresh the models, then announce new or changed funding events."""

from __future__ import annotations

from prefect import flow, task
from prefect.cache_policies import NO_CACHE

from flows.artifacts import publish_funding_events
from flows.events import emit_funding_detected
from models.refresh import RefreshResult, refresh
from warehouse import migrate, write_connection


@task(name="refresh-models", cache_policy=NO_CACHE)
def refresh_models(warehouse: str) -> RefreshResult:
    """Run every model in one transaction, holding the warehouse's writer lock."""
    with write_connection(warehouse) as con:
        migrate(con)
        return refresh(con)


@flow(name="recompute")
def recompute(warehouse: str) -> RefreshResult:
    """Recompute funding events, compute trajectories and cluster costs.

    `computewatch.funding.detected` goes out per new or revised event once the refresh has
    committed; the run's artifact lists the same events with their sources.
    """
    result = refresh_models(warehouse)
    for change in result.changed_events:
        emit_funding_detected(change, warehouse)
    if result.changed_events:
        publish_funding_events(result.changed_events)
    return result
