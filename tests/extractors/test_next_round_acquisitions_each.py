"""A round still to come keeps its own valuation, buying a company is not compute spending,
and "each" set off by a comma still shares a count out."""

from __future__ import annotations

import pytest

from extractors.facts import extract_facts


def _rounds(text: str) -> list[tuple]:
    return [(f["lab"], f["amount"], f["valuation"], f["status"]) for f in extract_facts(text)["funding"]]


@pytest.mark.parametrize(("text", "expected"), [
    ("OpenAI raised $6.6 billion. The next round could value it at $150 billion, people said.",
     [("OpenAI", 6.6e9, None, "closed"), ("OpenAI", None, 1.5e11, "talks")]),
    ("月之暗面完成 10 亿美元融资。其下一轮融资估值或达 40 亿美元。",
     [("Moonshot AI", 1e9, None, "closed"), ("Moonshot AI", None, 4e9, "talks")]),
    # the round just told keeps a valuation told after it
    ("月之暗面完成 10 亿美元融资。本轮融资后估值达 25 亿美元。",
     [("Moonshot AI", 1e9, 2.5e9, "closed")]),
])
def test_next_round_valuation_is_a_round_of_its_own(text: str, expected: list[tuple]) -> None:
    assert _rounds(text) == expected


def test_supposed_valuation_is_talks() -> None:
    assert _rounds("据悉，月之暗面新一轮融资估值或达 40 亿美元。") == [("Moonshot AI", None, 4e9, "talks")]


@pytest.mark.parametrize("text", [
    "马斯克花了 440 亿美元买下推特，如今 xAI 又融资 60 亿美元。",
    "Musk spent $44 billion to buy Twitter in 2022, and xAI now spends billions on GPUs.",
])
def test_price_of_a_company_is_no_cost(text: str) -> None:
    assert extract_facts(text)["costs"] == []


@pytest.mark.parametrize(("text", "amount", "period"), [
    ("xAI 花了 30 亿美元买下 10 万块 H100。", 3e9, "one-off"),
    ("Meta will spend $10 billion to buy chips from Nvidia.", 1e10, "one-off"),
])
def test_buying_compute_is_a_cost(text: str, amount: float, period: str) -> None:
    assert [(f["amount"], f["period"]) for f in extract_facts(text)["costs"]] == [(amount, period)]


def test_each_after_a_comma_shares_the_count() -> None:
    facts = extract_facts("Meta and Microsoft, each with 150,000 H100s, were Nvidia's largest customers.")
    assert sorted((f["owner"], f["count"]) for f in facts["gpus"]) == [
        ("Meta", 150000), ("Microsoft", 150000)]
