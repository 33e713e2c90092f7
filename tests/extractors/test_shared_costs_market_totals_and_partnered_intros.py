"""A sum each of several companies spends, what a country's or a market's buyers spend, and a
startup introduced with the partner it signs with. Every sentence is written for the test."""

from __future__ import annotations

import pytest

from extractors.facts import extract_facts


def costs(text: str) -> list[tuple]:
    return sorted((c["subject"], c["amount"]) for c in extract_facts(text)["costs"])


@pytest.mark.parametrize("text", [
    "SoftBank, KDDI and Sakura Internet will each spend about 100 billion yen on GPUs.",
    "软银、KDDI和樱花互联网将各自推进约1000亿日元规模的GPU采购。",
])
def test_a_sum_each_company_spends_is_one_cost_per_company(text):
    assert costs(text) == [("KDDI", 1e11), ("Sakura Internet", 1e11), ("SoftBank", 1e11)]


def test_sums_spent_in_turn_are_not_shared_out():
    assert len(costs("Microsoft and Google will spend $80 billion and $75 billion respectively on "
                     "data centres this year.")) <= 2


@pytest.mark.parametrize("text", [
    "日本全国GPU采购总额预计达4500亿日元左右。",
    "Sakura Internet runs 2,000 H100 GPUs, and Japanese buyers are expected to spend about 450 billion "
    "yen on Nvidia GPUs in total.",
])
def test_what_a_markets_buyers_spend_is_no_ones_cost(text):
    assert costs(text) == []


def test_a_companys_own_spending_stays_a_cost():
    assert costs("Sakura Internet will spend about 100 billion yen on GPUs.") == [("Sakura Internet", 1e11)]


def test_a_startup_introduced_with_its_partner_raises_its_own_round():
    found = extract_facts("意大利AI公司iGenius与阿联酋科技集团G42签署协议。此前iGenius已融资6.5亿欧元。")["funding"]
    assert [(r["lab"], r["amount"]) for r in found] == [("iGenius", 650_000_000)]
