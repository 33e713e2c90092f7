"""prefect.yaml declares the same deployments, schedules and triggers as `computewatch serve`."""

from __future__ import annotations

import inspect
from pathlib import Path

import yaml
from prefect.events import DeploymentEventTrigger

import flows.deployments as deployments
from flows.config import Settings

ROOT = Path(__file__).resolve().parents[2]


def _declared() -> dict[str, dict]:
    doc = yaml.safe_load((ROOT / "prefect.yaml").read_text(encoding="utf-8"))
    return {d["name"]: d for d in doc["deployments"]}


def _served(tmp_path) -> dict:
    settings = Settings(data_dir=tmp_path, warehouse=tmp_path / "w.duckdb", sources_file=None)
    return {d.name: d for d in deployments.build_deployments(settings)}


def test_the_same_three_deployments_run_the_same_entry_flows(tmp_path):
    declared, served = _declared(), _served(tmp_path)
    assert set(declared) == set(served) == set(deployments.DEPLOYMENT_NAMES)
    for name, spec in declared.items():
        path, function = spec["entrypoint"].split(":")
        assert path == "flows/deployments.py"
        flow = getattr(deployments, function)
        assert flow.name == name and served[name].entrypoint == f"flows.deployments.{function}"
        accepted = set(inspect.signature(flow.fn).parameters)
        assert set(spec["parameters"]) <= accepted, name


def test_schedules_and_triggers_match_serve(tmp_path):
    declared, served = _declared(), _served(tmp_path)
    assert declared["poll-sources"]["schedules"][0]["cron"] == Settings.poll_cron
    assert declared["send-alerts"]["schedules"][0]["interval"] == Settings.alerts_interval_seconds
    for name in ("recompute-models", "send-alerts"):
        (spec,) = declared[name]["triggers"]
        trigger = DeploymentEventTrigger(**{k: v for k, v in spec.items() if k != "type"})
        (served_trigger,) = served[name].triggers
        assert trigger.expect == served_trigger.expect
        assert trigger.parameters == served_trigger.parameters
        assert trigger.within == served_trigger.within
        resource = served_trigger.match.root["prefect.resource.id"]
        assert trigger.match.root["prefect.resource.id"] == resource
