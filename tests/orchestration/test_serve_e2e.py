"""End to end: `computewatch serve` polls a loopback feed and alerts a webhook and a mailbox.

A new funding round in the feed gives exactly one webhook POST and one e-mail; a second poll
sends nothing; a webhook that is down and comes back gets its alert, once.
"""

from __future__ import annotations

import signal
import subprocess
import sys

from child_process import subprocess_env
from feed_server import funding_article, sources_toml
from prefect_api import wait_for
from receivers import message_text

INSTANCE = "e2e"
CHAIN_S = 120  # poll -> recompute -> send-alerts, each a new process on a busy 2-core box
POLL_NOW = {"all_sources": True}  # a poll asked for by hand, as `prefect deployment run` does


def _start_serve(tmp_path, api_url: str, sources) -> tuple[subprocess.Popen, object]:
    log = open(tmp_path / "serve.log", "w")  # noqa: SIM115 (the child writes to it)
    proc = subprocess.Popen(
        [sys.executable, "-m", "flows.cli", "serve", "--data-dir", str(tmp_path / "data"),
         "--sources", str(sources), "--runner-poll-seconds", "1", "--name", INSTANCE],
        env=subprocess_env(api_url, COLUMNS="200", PREFECT_LOGGING_LEVEL="INFO"), stdout=log, stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    return proc, log


def test_serve_alerts_each_new_round_once_and_survives_a_receiver_outage(
    tmp_path, prefect_server, api, feed, json_receiver, smtp_receiver
):
    sources = tmp_path / "sources.toml"
    sources.write_text(sources_toml(
        feed.feed_url, alert_urls=(json_receiver.url, smtp_receiver.url),
        # polls and retries are started by this test, when it needs them
        extra="[schedule]\npoll_interval_seconds = 3600\nalerts_interval_seconds = 3600\n",
    ))
    proc, log = _start_serve(tmp_path, prefect_server, sources)
    log_path = tmp_path / "serve.log"
    try:
        wait_for(lambda: "ready" in log_path.read_text(), 120, "serve to be ready")
        poll = api.deployment("poll-sources", f"poll-sources-{INSTANCE}")
        recompute = api.deployment("recompute-models", f"recompute-models-{INSTANCE}")
        alerts = api.deployment("send-alerts", f"send-alerts-{INSTANCE}")

        # a new round appears: one POST, one e-mail
        article = funding_article(1, "Cohere", 500, "Series D")
        feed.add(article)
        api.wait_final(api.run_deployment(poll["id"], POLL_NOW)["id"], CHAIN_S)
        (post,) = json_receiver.wait_for(1, CHAIN_S)
        (mail,) = smtp_receiver.wait_for(1, CHAIN_S)
        assert post["title"] == mail["Subject"] == "New funding: Cohere, USD 500M, Series D (closed)"
        source = f"{feed.base}/articles/{article.slug}.html"
        assert source in post["message"] and source in message_text(mail)

        # a second poll finds nothing new (checked at the end: no recompute, no alert)
        api.wait_final(api.run_deployment(poll["id"], POLL_NOW)["id"], CHAIN_S)

        # the webhook goes down while a round appears, then comes back: it gets it, once
        json_receiver.stop()
        feed.add(funding_article(2, "Reka", 58, "Series A"))
        api.wait_final(api.run_deployment(poll["id"], POLL_NOW)["id"], CHAIN_S)
        smtp_receiver.wait_for(2, CHAIN_S)
        assert len(json_receiver.items) == 1
        json_receiver.start()
        api.wait_final(api.run_deployment(alerts["id"])["id"], CHAIN_S)  # a later run
        json_receiver.wait_for(2, CHAIN_S)
        api.wait_final(api.run_deployment(alerts["id"])["id"], CHAIN_S)  # and one more
        assert [p["title"] for p in json_receiver.items] == [
            post["title"], "New funding: Reka, USD 58M, Series A (closed)"]
        assert [m["Subject"] for m in smtp_receiver.items] == [
            post["title"], "New funding: Reka, USD 58M, Series A (closed)"]
        # one recompute per poll that found something: the second poll started none
        assert len(api.flow_runs(recompute["id"])) == 2

        # the runs left artifacts: what was ingested, and the new funding events with links
        tables = [a for a in api.artifacts("computewatch-ingest") if feed.base in str(a["data"])]
        lists = [a for a in api.artifacts("computewatch-funding-events")
                 if feed.base in str(a["data"])]
        assert tables and lists
        assert "**Cohere**" in str(lists[-1]["data"]) and source in str(lists[-1]["data"])
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            code = proc.wait(timeout=90)
        finally:
            log.close()
            print(log_path.read_text()[-6000:])
    assert code == 0
    assert log_path.read_text().rstrip().endswith("stopped")
