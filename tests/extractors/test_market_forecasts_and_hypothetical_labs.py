"""A market-wide spending forecast, a hypothetical lab's needs and a gapped clause that repeats
a trap (revenue) give no fact."""

from __future__ import annotations

import pytest

from extractors.facts import extract_facts


@pytest.mark.parametrize("text", [
    "OpenAI grew fast. Gartner, meanwhile, forecasts close to $1.5 trillion of worldwide AI spending in 2025.",
    "OpenAI grew fast. IDC expects global AI spending of $632 billion by 2028.",
])
def test_market_wide_spending_is_no_cost(text):
    assert extract_facts(text)["costs"] == []


def test_a_hypothetical_labs_needs_are_no_fleet():
    text = ("OpenAI cut prices. Serving a dense model costs more, and a hypothetical lab training at 5x10^26 "
            "FLOPs would need on the order of 100,000 H100s for four months.")
    assert extract_facts(text)["gpus"] == []


def test_a_gapped_clause_after_revenue_is_revenue_too():
    text = "鸿海2024年营收约新台币6.86兆元，广达约1.41兆元，两家的AI服务器出货都创新高。"
    assert extract_facts(text)["costs"] == []


def test_a_gapped_clause_after_a_cost_stays_a_cost():
    text = "微软本财年资本开支约800亿美元，谷歌约750亿美元。"
    assert [c["amount"] for c in extract_facts(text)["costs"]] == [80e9, 75e9]
