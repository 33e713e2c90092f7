"""The three deployments of `computewatch serve` (and `prefect.yaml`), and their entry flows.

- `poll-sources`: on a schedule (the `[schedule]` of sources.toml, every 30 minutes by default)
  reads the sources file and runs `ingest`, which emits `computewatch.facts.changed`.
- `recompute-models`: triggered by `computewatch.facts.changed`; runs `recompute`, which emits
  `computewatch.funding.detected` per new or revised funding event.
- `send-alerts`: triggered by `computewatch.funding.detected`, and on an interval so failed
  channels are retried; runs `alert`.

Entry flows take JSON parameters only (paths, ids, counts), so a deployment can be run from the
API, the UI or `prefect deployment run`. They read sources and alert rules at run time, so
edits to sources.toml apply to the next run, and alert URLs (secrets) never become parameters.
Each imports its pipeline stage when it runs: a flow-run process loads only what it needs
(an alert run does not load the extractors).
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

from prefect import flow, get_run_logger
from prefect.deployments.runner import EntrypointType, RunnerDeployment
from prefect.events import DeploymentEventTrigger

from flows.config import ConfigError, Settings, load_settings
from flows.events import (
    FACTS_CHANGED,
    FUNDING_DETECTED,
    FUNDING_RESOURCE_PREFIX,
    WAREHOUSE_LABEL,
    WAREHOUSE_RESOURCE,
    drain_events,
    warehouse_key,
)

POLL_SOURCES = "poll-sources"
RECOMPUTE_MODELS = "recompute-models"
SEND_ALERTS = "send-alerts"
DEPLOYMENT_NAMES = (POLL_SOURCES, RECOMPUTE_MODELS, SEND_ALERTS)
TAGS = ["computewatch"]
# one send-alerts run per burst: a refresh emits one event per new or revised funding event,
# all at once, after its commit, and the first run sends them all. Prefect ignores the other
# events of the window; one from a later refresh inside it waits for the interval run.
ALERT_TRIGGER_WINDOW = timedelta(seconds=10)


class FlowConfigError(RuntimeError):
    """The sources file a deployment points to cannot be read; the message says why."""


def _settings(data_dir: str | None, warehouse: str, sources_file: str | None) -> Settings:
    try:
        return load_settings(data_dir, warehouse, sources_file)
    except ConfigError as exc:
        raise FlowConfigError(str(exc)) from None


@flow(name=POLL_SOURCES)
def poll_sources(
    sources_file: str | None,
    warehouse: str,
    data_dir: str | None = None,
    all_sources: bool = False,
) -> dict:
    """Poll the sources of `sources_file` that are due and load what is new into `warehouse`.

    Each source is due after its own `poll_interval_minutes`; `all_sources` polls every enabled
    source now (for a run started by hand: `prefect deployment run ... -p all_sources=true`).
    """
    from flows.ingest import ingest

    settings = _settings(data_dir, warehouse, sources_file)
    logger = get_run_logger()
    if not settings.sources:
        logger.warning("no sources in %s; nothing to poll", settings.sources_file or sources_file)
        return {"sources": 0}
    try:
        summary = ingest(warehouse, list(settings.sources), settings.http,
                         all_sources=all_sources)
    finally:
        drain_events()
    load = summary.load
    logger.info("%d articles listed: %d new, %d changed, %d failed", summary.listed,
                load.articles_new, load.articles_changed, len(summary.failures))
    return {
        "sources": summary.sources, "listed": summary.listed, "articles_new": load.articles_new,
        "articles_changed": load.articles_changed, "failed": len(summary.failures),
        "facts": dict(load.facts),
    }


@flow(name=RECOMPUTE_MODELS)
def recompute_models(
    warehouse: str,
    article_ids: list[str] | None = None,
    articles_new: int = 0,
    articles_changed: int = 0,
) -> dict:
    """Refresh the models of `warehouse`; the other parameters come from the triggering event."""
    from flows.recompute import recompute

    logger = get_run_logger()
    logger.info("facts changed: %d new and %d changed articles (%d ids)", articles_new,
                articles_changed, len(article_ids or []))
    try:
        result = recompute(warehouse)
    finally:
        drain_events()
    new = sum(c.is_new for c in result.changed_events)
    return {"funding_events": result.funding_events, "new": new,
            "revised": len(result.changed_events) - new}


@flow(name=SEND_ALERTS)
def send_alerts(
    warehouse: str,
    sources_file: str | None = None,
    data_dir: str | None = None,
    event_id: str | None = None,
    revision: int | None = None,
) -> dict:
    """Queue and send the alerts `warehouse` owes its channels (rules from `sources_file`).

    Every due alert goes out, not only `event_id`'s: a run started by one event also retries
    channels that failed before.
    """
    from flows.alerts import alert

    settings = _settings(data_dir, warehouse, sources_file)
    logger = get_run_logger()
    if event_id:
        logger.info("funding event %s revision %s detected", event_id, revision)
    if not settings.alerts.urls:
        logger.info("no alert channels configured ([alerts] urls or COMPUTEWATCH_ALERT_URLS)")
        return {"channels": 0}
    summary = alert(warehouse, settings.alerts)
    return {"channels": len(settings.alerts.urls), "enqueued": summary.enqueued,
            "sent": summary.sent, "failed": summary.failed}


def _poll_schedule(settings: Settings) -> dict[str, Any]:
    if settings.poll_interval_seconds:
        return {"interval": settings.poll_interval_seconds}
    return {"cron": settings.poll_cron}


def deployment_name(base: str, instance: str | None = None) -> str:
    """`poll-sources`, or `poll-sources-<instance>` when several warehouses share a server."""
    return f"{base}-{instance}" if instance else base


def build_deployments(settings: Settings, instance: str | None = None) -> list[RunnerDeployment]:
    """The three deployments for one warehouse, with absolute paths as their parameters.

    The triggers match events whose `computewatch.warehouse.path` label is this warehouse, and
    `instance` (when given) ends each deployment's name, so several `serve`s, each with its own
    warehouse, can share one Prefect server.
    """
    key = warehouse_key(settings.warehouse)
    data_dir = str(Path(settings.data_dir).resolve())
    sources_file = str(Path(settings.sources_file).resolve()) if settings.sources_file else None
    common = {"tags": TAGS, "paused": False, "entrypoint_type": EntrypointType.MODULE_PATH}
    poll = poll_sources.to_deployment(
        deployment_name(POLL_SOURCES, instance),
        parameters={"sources_file": sources_file, "warehouse": key, "data_dir": data_dir},
        description="Poll the sources and load new articles and facts.",
        **_poll_schedule(settings),
        **common,
    )
    recompute_deployment = recompute_models.to_deployment(
        deployment_name(RECOMPUTE_MODELS, instance),
        parameters={"warehouse": key},
        description="Refresh the models when facts change.",
        triggers=[
            DeploymentEventTrigger(
                name="recompute when facts change",
                expect={FACTS_CHANGED},
                match={"prefect.resource.id": WAREHOUSE_RESOURCE, WAREHOUSE_LABEL: key},
                parameters={
                    "article_ids": "{{ event.payload.article_ids }}",
                    "articles_new": "{{ event.payload.articles_new }}",
                    "articles_changed": "{{ event.payload.articles_changed }}",
                },
            )
        ],
        **common,
    )
    alerts_deployment = send_alerts.to_deployment(
        deployment_name(SEND_ALERTS, instance),
        parameters={"warehouse": key, "sources_file": sources_file, "data_dir": data_dir},
        description="Send alerts about new funding events; retry channels that failed.",
        interval=settings.alerts_interval_seconds,
        triggers=[
            DeploymentEventTrigger(
                name="alert on new funding",
                expect={FUNDING_DETECTED},
                within=ALERT_TRIGGER_WINDOW,
                match={"prefect.resource.id": f"{FUNDING_RESOURCE_PREFIX}*",
                       WAREHOUSE_LABEL: key},
                parameters={
                    "event_id": "{{ event.payload.event_id }}",
                    "revision": "{{ event.payload.revision }}",
                },
            )
        ],
        **common,
    )
    return [poll, recompute_deployment, alerts_deployment]
