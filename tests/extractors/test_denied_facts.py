"""Facts the text denies, negates or calls off give none; a negation that bounds a number is a
hedge; what an investor has put in since a year is a sum to date, not a round."""

from __future__ import annotations

import pytest

from extractors.facts import extract_facts


def _facts(text: str) -> list[tuple]:
    out = extract_facts(text)
    return [(kind, f.get("lab") or f.get("owner") or f.get("subject"),
             f.get("amount") or f.get("count") or f.get("mw")) for kind, items in out.items() for f in items]


@pytest.mark.parametrize("text", [
    "OpenAI denied reports that it was raising $100 billion.",
    "Anthropic is not raising $5 billion, a spokesperson said.",
    "xAI has not closed its $6 billion round yet.",
    "Mistral isn't seeking €1 billion from investors.",
    "OpenAI's $40 billion round was called off.",
    "OpenAI denied it would spend $500 billion on Stargate.",
    "ByteDance actively denies the rumoured 27,000 GPU scale.",
    "月之暗面并未完成 10 亿美元融资。",
    "百川智能否认已获得 50 亿元融资。",
    "DeepSeek 否认拥有 5 万张 H100。",
    "Meta does not plan to buy 1 million GPUs, a spokesperson said.",
    "Meta doesn't plan to buy 1 million GPUs.",
    "智谱原定的 30 亿元融资已被取消。",
])
def test_a_denied_or_called_off_fact_gives_none(text):
    assert _facts(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    # a negation elsewhere in the sentence, or in another clause, leaves the fact alone
    ("OpenAI, which is not profitable, raised $6.6 billion at a $157 billion valuation.",
     [("funding", "OpenAI", 6.6e9)]),
    ("Mistral did not disclose its valuation but raised €600 million.", [("funding", "Mistral AI", 6e8)]),
    ("It wasn't long before xAI raised $6 billion.", [("funding", "xAI", 6e9)]),
    ("月之暗面没有透露估值，本轮融资 10 亿美元。", [("funding", "Moonshot AI", 1e9)]),
    ("Meta is not the only buyer: it will deploy 350,000 H100 GPUs this year.",
     [("gpus", "Meta", 350_000)]),
])
def test_a_negation_outside_the_facts_clause_leaves_it(text, expected):
    assert _facts(text) == expected


def test_a_negated_bound_is_a_hedge_not_a_denial():
    (fact,) = extract_facts("百川智能本轮融资不会低于 50 亿元。")["funding"]
    assert (fact["amount"], fact["qualifier"]) == (5e9, "at least")


@pytest.mark.parametrize("text", [
    "Microsoft, which has put more than $13 billion into OpenAI since 2019, said it would keep investing.",
    "Microsoft has invested $13 billion in OpenAI since 2019.",
    "Amazon has poured $8 billion into Anthropic since 2023.",
])
def test_what_an_investor_has_put_in_since_a_year_is_no_round(text):
    assert extract_facts(text)["funding"] == []


def test_one_investment_dated_by_its_year_is_a_round():
    assert _facts("Microsoft invested $10 billion in OpenAI in January 2023.") == [("funding", "OpenAI", 1e10)]


@pytest.mark.parametrize(("text", "kind", "qualifier"), [
    ("月之暗面完成 10 亿美元融资，估值约为 25 亿美元。", "funding", "about"),  # (on the valuation)
    ("DeepSeek 的训练总成本约为 557.6 万美元。", "costs", "about"),
    ("腾讯的数据中心耗电约为 150 兆瓦。", "power", "about"),
    ("腾讯计划明年再部署 H800 芯片 3 万块左右。", "gpus", "about"),
])
def test_yue_wei_and_a_hedge_at_the_clause_end_are_kept(text, kind, qualifier):
    (fact,) = extract_facts(text)[kind]
    assert (fact.get("valuation_qualifier") or fact["qualifier"]) == qualifier


def test_yi_shang_of_an_on_grid_price_is_no_hedge():
    (fact,) = extract_facts("xAI 的 Colossus 耗电 150 兆瓦以上网电价结算。")["power"]
    assert fact["qualifier"] is None


@pytest.mark.parametrize("text", [
    "xAI has not yet closed its $20 billion round.",
    "xAI has yet to close its $20 billion round.",
    "月之暗面尚未完成 10 亿美元融资。",
])
def test_a_round_not_closed_yet_is_in_talks(text):
    (fact,) = extract_facts(text)["funding"]
    assert fact["status"] == "talks"


def test_at_least_about_is_at_least():
    (fact,) = extract_facts("字节跳动今年的资本开支至少約為 940 億美元。")["costs"]
    assert (fact["amount"], fact["qualifier"]) == (9.4e10, "at least")
