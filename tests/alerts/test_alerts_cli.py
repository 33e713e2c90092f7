"""`computewatch alerts test` and `alerts status`, run as a user runs them."""

from __future__ import annotations

import os
import subprocess
import sys

from funding_rows import put_event
from receivers import SMTP_PASSWORD, JsonReceiver, message_text

from flows.alerts import deliver_alerts, enqueue_alerts
from flows.config import AlertRules


def _cli(args: list[str], tmp_path, urls: str | None) -> subprocess.CompletedProcess:
    env = {**os.environ, "COMPUTEWATCH_DATA_DIR": str(tmp_path)}
    env.pop("COMPUTEWATCH_ALERT_URLS", None)
    if urls is not None:
        env["COMPUTEWATCH_ALERT_URLS"] = urls
    return subprocess.run(
        [sys.executable, "-m", "flows.cli", *args],
        env=env, capture_output=True, text=True, timeout=120,
    )


def test_alerts_test_reaches_every_channel_and_names_the_one_that_failed(
    tmp_path, json_receiver, smtp_receiver
):
    down = JsonReceiver(token="tok-Down-5150")
    urls = f"{json_receiver.url} {smtp_receiver.url} {down.url}"
    proc = _cli(["alerts", "test", "--sources", str(tmp_path / "none.toml")], tmp_path, urls)
    assert proc.returncode == 1, proc.stderr
    (post,) = json_receiver.wait_for(1, timeout_s=5)
    (mail,) = smtp_receiver.wait_for(1, timeout_s=10)
    assert post["title"] == mail["Subject"] == "computewatch test alert"
    assert "computewatch" in message_text(mail)
    lines = proc.stdout.splitlines()
    assert sum(line.startswith("sent") for line in lines) == 2
    assert [line for line in lines if line.startswith("failed")][0].startswith(
        f"failed  json://127.0.0.1:{down.port} (json:")
    output = proc.stdout + proc.stderr
    for secret in (json_receiver.token, down.token, SMTP_PASSWORD):
        assert secret not in output


def test_alerts_test_without_channels_says_how_to_add_one(tmp_path):
    proc = _cli(["alerts", "test", "--sources", str(tmp_path / "none.toml")], tmp_path, None)
    assert proc.returncode == 2
    assert "COMPUTEWATCH_ALERT_URLS" in proc.stderr


def test_alerts_status_counts_alerts_per_channel_and_state(tmp_path, json_receiver):
    warehouse = str(tmp_path / "warehouse.duckdb")
    from warehouse import migrate, write_connection

    with write_connection(warehouse) as con:
        migrate(con)
    put_event(warehouse)
    rules = AlertRules(urls=(json_receiver.url,))
    enqueue_alerts.fn(warehouse, rules)
    deliver_alerts.fn(warehouse, rules)
    proc = _cli(["alerts", "status"], tmp_path, None)
    assert proc.returncode == 0, proc.stderr
    assert "sent" in proc.stdout and "json:" in proc.stdout
    assert json_receiver.token not in proc.stdout
