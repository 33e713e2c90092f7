"""`computewatch run`: ingest, recompute and alert in order, in one process, without a server."""

from __future__ import annotations

import time
from collections.abc import Callable
from contextlib import ExitStack
from dataclasses import dataclass, replace

from flows.alerts import AlertSummary, alert
from flows.config import Settings
from flows.demo_server import demo_sources, serve_corpus
from flows.events import drain_events
from flows.ingest import IngestSummary, ingest
from flows.recompute import recompute
from models.refresh import RefreshResult


@dataclass(frozen=True)
class RunSummary:
    """What a whole run did."""

    ingest: IngestSummary
    refresh: RefreshResult
    alerts: AlertSummary


def run_pipeline(
    settings: Settings,
    *,
    demo: bool = False,
    say: Callable[[str], None] = print,
    on_stage: Callable[[str], None] | None = None,
) -> RunSummary:
    """Run the three flows in order; `say` gets one line per finished flow.

    `on_stage` hears which flow starts next (a progress bar shows it).
    """
    stage = on_stage or (lambda _: None)
    with ExitStack() as stack:
        sources, http = settings.sources, settings.http
        if demo:
            base = stack.enter_context(serve_corpus())
            sources = demo_sources(base)
            # our own loopback server: no politeness delay needed
            http = replace(http, min_delay_seconds=0.0, respect_robots=False)
        started = time.monotonic()
        stage("ingest: fetching, extracting and loading")
        ingested = ingest(str(settings.warehouse), list(sources), http)
        load = ingested.load
        facts = ", ".join(f"{n} {kind}" for kind, n in load.facts.items())
        again = ingested.reextracted
        # (only after an upgrade of the extractor: stored articles it read again)
        left = f", {ingested.reextract_left} left for later runs" if ingested.reextract_left else ""
        reread = (f"{again.articles_changed} stored re-extracted "
                  f"({', '.join(f'{n} {kind}' for kind, n in again.facts.items())}{left}), "
                  if again.articles_changed else "")
        say(
            f"ingest     {ingested.sources} sources ({ingested.polled} due), "
            f"{ingested.listed} article{'s' if ingested.listed != 1 else ''} listed, "
            f"{load.articles_new} new, {load.articles_changed} changed, "
            f"{ingested.unchanged} unchanged, "
            f"{load.duplicates} duplicate, {reread}{len(ingested.failures)} failed; facts: {facts} "
            f"({time.monotonic() - started:.1f}s)"
        )
    started = time.monotonic()
    stage("recompute: refreshing the models")
    refreshed = recompute(str(settings.warehouse))
    new = sum(1 for c in refreshed.changed_events if c.is_new)
    say(
        f"recompute  {len(refreshed.models)} models, {refreshed.funding_events} funding events "
        f"({new} new, {len(refreshed.changed_events) - new} updated) "
        f"({time.monotonic() - started:.1f}s)"
    )
    started = time.monotonic()
    stage("alert: sending new funding events")
    alerted = alert(str(settings.warehouse), settings.alerts)
    channels = len(settings.alerts.urls)
    say(
        f"alert      {channels} channel{'s' if channels != 1 else ''}, {alerted.enqueued} queued, "
        f"{alerted.sent} sent, {alerted.failed} failed ({time.monotonic() - started:.1f}s)"
    )
    drain_events()
    return RunSummary(ingested, refreshed, alerted)
