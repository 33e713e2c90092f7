"""Guards from a second independent review of the rules added on 2026-11-28 (session 5, after
commit 2b598b6): each sentence probes one rule's edge."""

from __future__ import annotations

import pytest

from extractors.facts import extract_facts


def _facts(text: str) -> list[tuple]:
    out = extract_facts(text)
    key = {"funding": "lab", "gpus": "owner", "costs": "subject", "power": "subject"}
    num = {"funding": "amount", "gpus": "count", "costs": "amount", "power": "mw"}
    return [(kind, f[key[kind]], f[num[kind]]) for kind in key for f in out[kind]]


CASES = [
    # a vendor's chips shipped to a buyer named a few words on
    ("Nvidia will ship 18,000 GB300 chips to Saudi Arabia's Humain for its first data center.",
     [("gpus", "Humain", 18000)]),
    ("英伟达将交付 2 万颗 H20 给国内的字节跳动。", [("gpus", "ByteDance", 20000)]),
    # a name after "while" with a count of its own is not this count's owner
    ("The Memphis site now runs 200,000 GPUs, while OpenAI's Abilene campus will host 400,000.", []),
    # totals that add up are no rounds
    ("Amazon's investments in Anthropic add up to $8 billion.", []),
    # investing in a lab in a participle clause stays funding; a builder's participle is its spending
    ("Google backed Anthropic again, investing another $1 billion in the AI lab in January.",
     [("funding", "Anthropic", 1000000000)]),
    ("SK Group will build an AI data center in Ulsan with AWS, investing 7 trillion won.",
     [("costs", "SK Group", 7000000000000)]),
    # what the market expected is nobody's valuation
    ("外界预计，智谱本轮估值约为 300 亿元。", []),
    # investors named after "投资来自" and "跟进"
    ("MiniMax 完成 6 亿美元融资，阿里巴巴领投，腾讯、红杉中国跟进。", [("funding", "MiniMax", 600000000)]),
    # share sales are a round, not revenue
    ("OpenAI raised $6.6 billion in new share sales to Thrive, Microsoft and Nvidia.",
     [("funding", "OpenAI", 6600000000)]),
    # "的有" is no threshold
    ("月之暗面获得 10 亿美元的有条件投资，由阿里巴巴领投。", [("funding", "Moonshot AI", 1000000000)]),
    # total compute spending and capex beside R&D or opex words stay
    ("OpenAI 今年的算力总支出约 150 亿美元。", [("costs", "OpenAI", 15000000000)]),
    ("Despite cutting R&D staff, Meta raised its capex forecast to $72 billion.", [("costs", "Meta", 72000000000)]),
    # an office or a stake bought is no compute
    ("OpenAI spent $500 million to buy an office building in San Francisco's Mission Bay.", []),
    ("Meta spent $1 billion to buy a stake in a nuclear energy startup.", []),
    # a lab's own stock of chips is its fleet
    ("字节跳动的库存中约有 10 万颗 H20。", [("gpus", "ByteDance", 100000)]),
    # a lab that receives a compute investment raises money
    ("阶跃星辰获得上海国资的算力投资 5 亿元。", [("funding", "StepFun", 500000000)]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_review_guard(text: str, expected: list[tuple]) -> None:
    assert _facts(text) == expected


def test_investors_after_touzi_laizi() -> None:
    [r] = extract_facts("百川智能完成 50 亿元 A 轮融资，投资来自阿里巴巴、腾讯和小米。")["funding"]
    assert r["investors"] == ["Alibaba", "Tencent", "Xiaomi"]


def test_a_contrasted_name_is_no_investor() -> None:
    text = "Perplexity raised $500 million. Unlike Nvidia, SoftBank invested in the round."
    assert extract_facts(text)["funding"][0]["investors"] == ["SoftBank"]


@pytest.mark.parametrize("text", [
    "Mistral closed a €1.7 billion round at €11.7 billion; the next round could value it at €30 billion.",
    "Anthropic closed a $13 billion Series F at $183 billion, and its next round could value it at $300 billion.",
])
def test_the_next_rounds_supposed_valuation_is_talks(text: str) -> None:
    assert [f["status"] for f in extract_facts(text)["funding"]] == ["closed", "talks"]


@pytest.mark.parametrize(("text", "period"), [
    ("Meta plans to invest $65 billion in 2025 in AI infrastructure to train Llama models.", "year"),
    ("字节跳动在这一年里的 AI 资本开支约 800 亿元。", "year"),
    ("OpenAI signed a $10 billion annual contract with Oracle for compute.", "year"),
])
def test_yearly_periods_kept(text: str, period: str) -> None:
    assert [f["period"] for f in extract_facts(text)["costs"]] == [period]


def test_a_power_milestone_reached_is_operational() -> None:
    facts = extract_facts("xAI's Colossus reached 300 megawatts by March 2025.")
    assert [f["status"] for f in facts["power"]] == ["operational"]
