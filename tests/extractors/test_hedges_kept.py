"""The hedge the text puts on a number is kept beside it, on every kind of fact."""

from __future__ import annotations

import pytest

from extractors.facts import extract_facts


def _only(text: str, kind: str) -> dict:
    items = extract_facts(text)[kind]
    assert len(items) == 1, items
    return items[0]


@pytest.mark.parametrize(("text", "qualifier", "valuation_qualifier"), [
    ("xAI 以超过 240 亿美元估值获得 60 亿美元 B 轮融资。", None, "over"),
    ("Anthropic raised $4 billion at a valuation of nearly $30 billion.", None, "nearly"),
    ("Mistral is in talks to raise $5-6 billion at a valuation of about $14 billion.",
     "range:5e9-6e9", "about"),
    ("月之暗面完成超过 10 亿美元融资，估值 25 亿美元。", "over", None),
    ("OpenAI raised $6.6 billion at a $157 billion valuation.", None, None),
])
def test_funding_keeps_the_hedges_of_amount_and_valuation_apart(text, qualifier, valuation_qualifier):
    fact = _only(text, "funding")
    assert (fact["qualifier"], fact["valuation_qualifier"]) == (qualifier, valuation_qualifier)


def test_a_round_known_only_by_its_valuation_keeps_the_hedge_in_both_fields():
    fact = _only("Cohere is now valued at more than $5 billion after its latest round.", "funding")
    assert fact["amount"] is None
    assert fact["qualifier"] == fact["valuation_qualifier"] == "over"


@pytest.mark.parametrize(("text", "qualifier"), [
    ("Meta will have nearly 350,000 H100 GPUs by the end of 2024.", "nearly"),
    ("xAI 的 Colossus 拥有超过 10 万张 H100。", "over"),
    ("字节跳动已部署 10 万张以上的 H800。", "over"),
    ("百度拥有约 3 万块左右的昆仑芯。", "about"),
    ("xAI operates 100,000+ H100 GPUs in Memphis.", "over"),
    ("Meta runs 600k+ GPUs.", "over"),
    ("Inflection AI is building a cluster of 22,000 H100 GPUs.", None),
])
def test_gpu_counts_keep_their_hedge(text, qualifier):
    assert _only(text, "gpus")["qualifier"] == qualifier


def test_a_hedged_count_is_a_little_less_certain_than_a_plain_one():
    plain = _only("字节跳动已部署 10 万张 H800。", "gpus")
    hedged = _only("字节跳动已部署 10 万张以上的 H800。", "gpus")
    assert hedged["count"] == plain["count"] == 100_000
    assert hedged["confidence"] < plain["confidence"]


@pytest.mark.parametrize(("text", "qualifier", "amount"), [
    ("Microsoft plans to spend more than $80 billion on AI data centers this year.", "over", 8e10),
    ("OpenAI will spend $10-12 billion a year renting compute from CoreWeave.",
     "range:1e10-1.2e10", 1e10),
    ("租用 10 万台 H100 每年可能花费约 17 亿美元。", "about", 1.7e9),
    ("Meta will spend $65 billion on AI infrastructure in 2025.", None, 6.5e10),
])
def test_costs_keep_their_hedge_and_a_range_its_lower_bound(text, qualifier, amount):
    fact = _only(text, "costs")
    assert fact["qualifier"] == qualifier and fact["amount"] == amount


@pytest.mark.parametrize(("text", "qualifier"), [
    ("xAI's Colossus draws about 150 MW.", "about"),
    ("xAI 在 Memphis 的 Colossus 耗电 150 兆瓦以上。", "over"),
    ("xAI 在 Memphis 的 Colossus 耗电 150 兆瓦左右。", "about"),
    ("xAI's Colossus draws 150 MW.", None),
])
def test_power_keeps_its_hedge(text, qualifier):
    assert _only(text, "power")["qualifier"] == qualifier
