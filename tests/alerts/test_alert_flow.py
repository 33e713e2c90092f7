"""The alert tasks and flow against a real warehouse, a loopback webhook and an SMTP server."""

from __future__ import annotations

import threading

import duckdb
from funding_rows import put_event
from receivers import SMTP_PASSWORD, message_text

from flows.alerts import deliver_alerts, enqueue_alerts
from flows.config import AlertRules

ALL_STATUSES = ("closed", "announced", "talks")


def _run(warehouse: str, rules: AlertRules) -> tuple[int, int, int]:
    enqueued = enqueue_alerts.fn(warehouse, rules)
    return (enqueued, *deliver_alerts.fn(warehouse, rules))


def test_each_event_reaches_each_channel_once(warehouse, json_receiver, smtp_receiver):
    put_event(warehouse, "ev-cohere")
    put_event(warehouse, "ev-reka", lab="Reka", round="Series A", amount=58e6, amount_usd=58e6,
              valuation_usd=None)
    rules = AlertRules(urls=(json_receiver.url, smtp_receiver.url))
    assert _run(warehouse, rules) == (4, 4, 0)
    posts = json_receiver.wait_for(2, timeout_s=5)
    mails = smtp_receiver.wait_for(2, timeout_s=10)
    assert sorted(p["title"] for p in posts) == [
        "New funding: Cohere, USD 500M, Series D (closed)",
        "New funding: Reka, USD 58M, Series A (closed)",
    ]
    assert sorted(m["Subject"] for m in mails) == sorted(p["title"] for p in posts)
    assert "https://news.example/2026/11/20/cohere-series-d" in message_text(mails[0]) + \
        message_text(mails[1])
    assert _run(warehouse, rules) == (0, 0, 0)
    assert len(json_receiver.items) == 2 and len(smtp_receiver.items) == 2


def test_old_news_does_not_alert_when_a_maximum_age_is_set(warehouse, json_receiver):
    from datetime import UTC, datetime, timedelta

    now = datetime.now(UTC)
    # (a warehouse that had no channel before, or an upgrade that found an old round)
    put_event(warehouse, "ev-fresh", reported=now - timedelta(days=2))
    put_event(warehouse, "ev-old", lab="Reka", reported=now - timedelta(days=400))
    rules = AlertRules(urls=(json_receiver.url,), max_age_days=30)
    assert _run(warehouse, rules) == (1, 1, 0)
    assert json_receiver.wait_for(1, 5)[0]["title"].startswith("New funding: Cohere")
    # without the limit every event alerts
    assert _run(warehouse, AlertRules(urls=(json_receiver.url,))) == (1, 1, 0)


def test_rules_pick_the_events(warehouse, json_receiver):
    put_event(warehouse, "ev-big")
    put_event(warehouse, "ev-small", lab="Reka", amount=5e6, amount_usd=5e6)
    put_event(warehouse, "ev-talks", lab="Cohere", round="Series E", status="talks")
    put_event(warehouse, "ev-other-lab", lab="xAI", amount=6e9, amount_usd=6e9)
    rules = AlertRules(urls=(json_receiver.url,), min_amount_usd=100e6, labs=("cohere",))
    assert _run(warehouse, rules) == (1, 1, 0)
    assert json_receiver.wait_for(1, 5)[0]["title"].startswith("New funding: Cohere, USD 500M")


def test_a_status_change_and_a_corrected_amount_send_one_update_each(warehouse, json_receiver):
    rules = AlertRules(urls=(json_receiver.url,), statuses=ALL_STATUSES)
    put_event(warehouse, status="talks", revision=1)
    assert _run(warehouse, rules) == (1, 1, 0)
    put_event(warehouse, status="closed", revision=2)
    assert _run(warehouse, rules) == (1, 1, 0)
    assert _run(warehouse, rules) == (0, 0, 0)
    put_event(warehouse, status="closed", amount=550e6, amount_usd=550e6, revision=3)
    assert _run(warehouse, rules) == (1, 1, 0)
    new, status_update, amount_update = json_receiver.wait_for(3, timeout_s=5)
    assert new["title"].startswith("New funding: Cohere")
    assert status_update["title"].startswith("Update: Cohere")
    assert "status talks -> closed" in status_update["message"]
    assert "amount USD 500M -> USD 550M" in amount_update["message"]


def test_a_channel_that_was_down_gets_everything_once_it_is_back(
    warehouse, json_receiver, smtp_receiver
):
    put_event(warehouse)
    rules = AlertRules(urls=(json_receiver.url, smtp_receiver.url), retry_seconds=0.001)
    json_receiver.stop()
    assert _run(warehouse, rules) == (2, 1, 1)
    smtp_receiver.wait_for(1, timeout_s=10)
    with duckdb.connect(warehouse, read_only=True) as con:
        state, attempts, error = con.execute(
            "SELECT state, attempts, last_error FROM alerts_outbox WHERE channel LIKE 'json:%'"
        ).fetchone()
    assert (state, attempts) == ("pending", 1) and error
    json_receiver.start()
    assert _run(warehouse, rules) == (0, 1, 0)
    assert _run(warehouse, rules) == (0, 0, 0)
    assert len(json_receiver.wait_for(1, timeout_s=5)) == 1
    assert len(smtp_receiver.items) == 1


def test_two_deliveries_at_once_send_each_alert_once(warehouse, json_receiver):
    for i in range(6):
        put_event(warehouse, f"ev-{i}", lab="Cohere", round=f"Series {'ABCDEF'[i]}")
    rules = AlertRules(urls=(json_receiver.url,))
    assert enqueue_alerts.fn(warehouse, rules) == 6
    start = threading.Barrier(2)
    results: list[tuple[int, int]] = []

    def deliver() -> None:
        start.wait()
        results.append(deliver_alerts.fn(warehouse, rules))

    threads = [threading.Thread(target=deliver) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert sum(sent for sent, _ in results) == 6
    assert len(json_receiver.wait_for(6, timeout_s=5)) == 6
    assert deliver_alerts.fn(warehouse, rules) == (0, 0)


def test_no_secret_reaches_the_warehouse(warehouse, json_receiver, smtp_receiver):
    put_event(warehouse)
    json_receiver.stop()  # a failure too, so an error message is stored
    _run(warehouse, AlertRules(urls=(json_receiver.url, smtp_receiver.url)))
    with duckdb.connect(warehouse, read_only=True) as con:
        text = " ".join(str(row) for row in con.execute("SELECT * FROM alerts_outbox").fetchall())
    for secret in (json_receiver.token, SMTP_PASSWORD, json_receiver.url, smtp_receiver.url):
        assert secret not in text
