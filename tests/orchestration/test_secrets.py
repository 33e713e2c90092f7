"""Alert channel URLs hold secrets: none reaches Prefect (parameters, logs) or the console."""

from __future__ import annotations

import json

from child_process import run_python
from funding_rows import put_event
from receivers import SMTP_PASSWORD

from warehouse import migrate, write_connection

SEND = """
from flows.deployments import send_alerts
print(send_alerts({warehouse!r}, {sources!r}, {data!r}, event_id="ev-cohere-d", revision=1))
"""


def test_alert_urls_stay_out_of_prefect_and_the_logs(
    tmp_path, api, prefect_server, json_receiver, smtp_receiver
):
    warehouse = str(tmp_path / "warehouse.duckdb")
    with write_connection(warehouse) as con:
        migrate(con)
    put_event(warehouse)
    proc = run_python(
        SEND.format(warehouse=warehouse, sources=str(tmp_path / "none.toml"), data=str(tmp_path)),
        prefect_server, COMPUTEWATCH_ALERT_URLS=f"{json_receiver.url},{smtp_receiver.url}",
        PREFECT_LOGGING_LEVEL="DEBUG",
    )
    assert "'sent': 2" in proc.stdout
    json_receiver.wait_for(1, timeout_s=10)
    smtp_receiver.wait_for(1, timeout_s=10)
    runs = api.http.post("/flow_runs/filter", json={"limit": 200}).json()
    alert_runs = [r for r in runs if r["parameters"].get("warehouse") == warehouse]
    assert alert_runs and any(
        r["parameters"].get("rules", {}).get("urls") == ["**********"] * 2 for r in alert_runs)
    logs = api.http.post("/logs/filter", json={
        "logs": {"flow_run_id": {"any_": [r["id"] for r in alert_runs]}}, "limit": 200}).json()
    assert any("alert sent to json://127.0.0.1" in entry["message"] for entry in logs)
    everything = json.dumps(runs) + json.dumps(logs) + proc.stdout + proc.stderr
    for secret in (json_receiver.token, SMTP_PASSWORD):
        assert secret not in everything
