"""Deployment triggers on the real server: our events start runs with the event's fields."""

from __future__ import annotations

import pytest
from child_process import run_python
from prefect_api import wait_for

REGISTER = """
from flows.config import load_settings
from flows.deployments import build_deployments

settings = load_settings({data!r}, None, {sources!r})
for deployment in build_deployments(settings, {instance!r}):
    deployment.apply()
"""

EMIT_FACTS = """
from flows.events import drain_events, emit_facts_changed
from warehouse.load import LoadResult

result = LoadResult(articles_new=2, articles_changed=1, changed_article_ids={ids!r})
emit_facts_changed(result, {warehouse!r})
drain_events()
"""

EMIT_FUNDING = """
from flows.events import drain_events, emit_funding_detected
from models.refresh import FundingEventChange

change = FundingEventChange(event_id={event_id!r}, revision=2, is_new=False, lab="Cohere",
    round="Series D", amount=5e8, currency="USD", amount_usd=5e8, valuation_usd=5.5e9,
    status="closed", source_urls=["https://news.example/cohere"])
emit_funding_detected(change, {warehouse!r})
drain_events()
"""


@pytest.fixture
def registered(tmp_path, prefect_server) -> dict:
    """The three deployments for a warehouse in tmp_path, registered (not served)."""
    instance = f"trig-{tmp_path.name[-12:].lower().replace('_', '-')}"
    run_python(REGISTER.format(data=str(tmp_path), sources=str(tmp_path / "none.toml"),
                               instance=instance), prefect_server)
    return {"instance": instance, "warehouse": str((tmp_path / "warehouse.duckdb").resolve())}


def _runs_with(api, deployment: dict, emit: str, expected: dict) -> dict:
    """Emit (again if the new trigger was not loaded yet) until a run has `expected` params."""
    def matching() -> dict | None:
        runs = api.flow_runs(deployment["id"])
        found = [r for r in runs if all(r["parameters"].get(k) == v for k, v in expected.items())]
        return found[0] if found else None

    for _ in range(3):
        run_python(emit, api.api_url)
        try:
            return wait_for(matching, 15, f"a {deployment['name']} run with {expected}")
        except AssertionError:
            continue
    raise AssertionError(f"no {deployment['name']} run with {expected}")


def test_facts_changed_starts_recompute_models_with_the_event_fields(api, registered):
    deployment = api.deployment("recompute-models",
                                f"recompute-models-{registered['instance']}")
    ids = ["a1", "a2", "a3"]
    run = _runs_with(api, deployment, EMIT_FACTS.format(ids=ids, warehouse=registered["warehouse"]),
                     {"article_ids": ids})
    assert run["parameters"] == {
        "warehouse": registered["warehouse"], "article_ids": ids, "articles_new": 2,
        "articles_changed": 1,
    }


def test_funding_detected_starts_send_alerts_with_the_event_id(api, registered):
    deployment = api.deployment("send-alerts", f"send-alerts-{registered['instance']}")
    emit = EMIT_FUNDING.format(event_id="ev-42", warehouse=registered["warehouse"])
    run = _runs_with(api, deployment, emit, {"event_id": "ev-42"})
    assert run["parameters"]["revision"] == 2
    assert run["parameters"]["warehouse"] == registered["warehouse"]
