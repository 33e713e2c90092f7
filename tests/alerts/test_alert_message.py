"""The alert text: lab, amount, round, valuation, status, date and sources, in English."""

from __future__ import annotations

from datetime import UTC, datetime

from flows.alert_message import format_money, render_alert, render_test_message
from warehouse.outbox import AlertedSnapshot

EVENT = {
    "event_id": "e1", "revision": 1, "lab": "Zhipu AI", "round": "Strategic", "amount": 3e9,
    "currency": "CNY", "amount_usd": 4.17e8, "valuation": 2e10, "valuation_currency": "CNY",
    "valuation_usd": 2.78e9, "valuation_type": "post", "status": "closed",
    "first_seen": datetime(2024, 12, 20, 8, 0, tzinfo=UTC), "investors": ["Hangzhou city fund"],
    "source_urls": ["https://news.example/zhipu-a", "https://news.example/zhipu-b"],
}


def test_a_new_alert_names_every_fact_and_every_source():
    title, body = render_alert(EVENT, "new")
    assert title == "New funding: Zhipu AI, CNY 3B, Strategic (closed)"
    for text in (
        "Lab: Zhipu AI",
        "Amount: CNY 3B (about USD 417M)",
        "Round: Strategic",
        "Valuation: CNY 20B (about USD 2.78B), post-money",
        "Status: closed",
        "Date: 2024-12-20 (first reported)",
        "Investors: Hangzhou city fund",
        "Sources (2):",
        "- https://news.example/zhipu-a",
        "- https://news.example/zhipu-b",
        "Alert id: e1 revision 1",
    ):
        assert text in body, text


def test_an_update_says_what_changed_since_the_last_alert():
    event = {**EVENT, "revision": 3, "amount": 4e9, "amount_usd": 5.5e8}
    title, body = render_alert(event, "update", AlertedSnapshot(1, "talks", 4.17e8))
    assert title.startswith("Update: Zhipu AI")
    assert "status talks -> closed; amount USD 417M -> USD 550M." in body.splitlines()[0]


def test_missing_facts_read_as_words_not_blanks():
    event = {"event_id": "e2", "revision": 1, "lab": "Reka", "round": None, "amount": None,
             "currency": None, "amount_usd": None, "valuation_usd": None, "status": None,
             "first_seen": None, "source_urls": []}
    title, body = render_alert(event, "new")
    assert title == "New funding: Reka, undisclosed (unknown)"
    assert "Round: round not named" in body and "Valuation: not reported" in body
    assert "Date: unknown" in body and "Sources (0):" in body


def test_money_is_short_and_keeps_its_currency():
    assert format_money(6e9) == "USD 6B"
    assert format_money(6.6e9, "USD") == "USD 6.6B"
    assert format_money(600e6, "EUR") == "EUR 600M"
    assert format_money(157e9) == "USD 157B"
    assert format_money(None) == "undisclosed"


def test_the_test_message_names_the_channel_without_its_secret():
    title, body = render_test_message("slack (slack:0123456789abcdef)")
    assert title == "computewatch test alert"
    assert "slack (slack:0123456789abcdef)" in body


def test_hedged_figures_keep_their_hedge():
    event = {**EVENT, "currency": "USD", "amount": 1e9, "amount_usd": 1e9, "amount_qualifier": "over",
             "valuation": 2.5e9, "valuation_currency": "USD", "valuation_usd": 2.5e9,
             "valuation_type": None, "valuation_qualifier": "about"}
    title, body = render_alert(event, "new")
    assert title == "New funding: Zhipu AI, over USD 1B, Strategic (closed)"
    assert "Amount: over USD 1B\n" in body and "Valuation: about USD 2.5B\n" in body


def test_a_range_reads_as_a_range_in_both_currencies():
    event = {**EVENT, "amount": 5e9, "amount_usd": 6.95e8, "amount_qualifier": "range:5e9-6e9",
             "valuation_qualifier": "over"}
    _, body = render_alert(event, "new")
    assert "Amount: CNY 5B-CNY 6B (about USD 695M-USD 834M)" in body
    assert "Valuation: over CNY 20B (about USD 2.78B), post-money" in body
