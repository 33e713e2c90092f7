"""Guards from an independent review of the rules added on 2026-11-28 (session 5): each
sentence probes one rule's edge; the facts are (kind, lab or owner or subject, amount or count)."""

from __future__ import annotations

import pytest

from extractors.facts import extract_facts


def _facts(text: str) -> list[tuple]:
    out = extract_facts(text)
    key = {"funding": "lab", "gpus": "owner", "costs": "subject", "power": "subject"}
    num = {"funding": "amount", "gpus": "count", "costs": "amount", "power": "mw"}
    return [(kind, f[key[kind]], f[num[kind]]) for kind in key for f in out[kind]]


CASES = [
    # revenue pulled in is no round
    ("Anthropic pulled in $4 billion in annualized revenue in July.", []),
    ("xAI pulled in $500 million from selling Grok subscriptions last quarter.", []),
    # a contract bagged is a cost, not a round
    ("Cohere snagged a $240 million contract with the Canadian government for a sovereign AI compute "
     "project.", [("costs", "Cohere", 240000000)]),
    # revenue compared as "N 的 X 倍" stays out
    ("xAI 完成 60 亿美元融资，约为其去年营收 5 亿美元的 12 倍。", [("funding", "xAI", 6000000000)]),
    ("OpenAI 今年在算力上的支出约 200 亿美元，是其收入 130 亿美元的 1.5 倍。", [("costs", "OpenAI", 20000000000)]),
    # a rise in valuation is no round
    ("阶跃星辰估值再涨 50 亿元。", []),
    # a forecast compared with is no baseline; a contract named after "与" is no baseline either
    ("阿里巴巴本季度资本开支 386 亿元，与此前市场预测的 320 亿元相比大幅增加。", [("costs", "Alibaba", 38600000000)]),
    ("OpenAI 今年算力支出约 100 亿美元，并与甲骨文签下 3000 亿美元的长期合同。", [("costs", "OpenAI", 10000000000)]),
    # "which had been expected" does not drop a valuation
    ("Mistral closed the round, which had been expected for weeks, at a valuation of €11.7 billion.",
     [("funding", "Mistral AI", None)]),
    # 从而/然而/but do not take the owner away
    ("该集群部署了 10 万块 H100，从而使 xAI 成为全球算力最大的 AI 公司之一。", [("gpus", "xAI", 100000)]),
    ("Some 100,000 H100s are now running in Memphis, but xAI says it will double that.",
     [("gpus", "xAI", 100000)]),
    # a dated part of the round stays a part
    ("xAI raised $6 billion in a Series C. In December, Nvidia invested $500 million as part of the round.",
     [("funding", "xAI", 6000000000)]),
    # putting more into a data centre is spending
    ("Microsoft put another $10 billion into its Wisconsin AI data center.", [("costs", "Microsoft", 10000000000)]),
    # money spent on marketing or pay is no compute cost
    ("月之暗面去年花在营销上的钱超过 10 亿元。", []),
    # buying power, land or a building for a data centre is compute spending
    ("Microsoft agreed to spend $1.6 billion to buy electricity from the restarted reactor for its data "
     "centers.", [("costs", "Microsoft", 1600000000)]),
    ("OpenAI will spend $1 billion to buy land near Abilene for a new data center campus.",
     [("costs", "OpenAI", 1000000000)]),
    # an if-clause that measures a count held now keeps it
    ("若以 H100 计算，字节跳动目前拥有约 20 万块 GPU。", [("gpus", "ByteDance", 200000)]),
    # a joint count is one count
    ("Microsoft and Meta, each among Nvidia's largest customers, jointly bought 500,000 H100s last year.",
     [("gpus", "Meta", 500000)]),
    # "within a year" is no rate
    ("Within a year 100,000 H100s were up and running at xAI's Colossus.", [("gpus", "xAI", 100000)]),
    # a vendor's chips go to the one it ships them to
    ("Nvidia will ship 100,000 Blackwell GPUs to OpenAI next year.", [("gpus", "OpenAI", 100000)]),
    # junk investors
    ("智谱完成 10 亿元融资，此后将加码算力投入。", [("funding", "Zhipu AI", 1000000000)]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_review_guard(text: str, expected: list[tuple]) -> None:
    assert _facts(text) == expected


@pytest.mark.parametrize("text", [
    "Anthropic has closed a $13 billion round that would value it at $183 billion after the money.",
    "智谱完成 30 亿元融资，投后估值或超 400 亿元。",
])
def test_a_supposed_valuation_does_not_make_a_closed_round_talks(text: str) -> None:
    assert [f["status"] for f in extract_facts(text)["funding"]] == ["closed"]


def test_mentioning_the_next_round_keeps_this_rounds_investors() -> None:
    text = "OpenAI raised $40 billion. SoftBank led the round and said it expects to back the next raise too."
    assert extract_facts(text)["funding"][0]["investors"] == ["SoftBank"]


def test_past_expansion_of_power_is_operational() -> None:
    facts = extract_facts("Meta's Prometheus cluster expanded to 1 gigawatt earlier this year and is now online.")
    assert [f["status"] for f in facts["power"]] == ["operational"]


def test_last_years_capex_before_a_semicolon_is_yearly() -> None:
    facts = extract_facts("亚马逊去年资本支出 830 亿美元；今年预计将超过 1000 亿美元。")
    assert facts["costs"][0]["period"] == "year"


def test_using_chips_to_train_is_training() -> None:
    [g] = extract_facts("OpenAI is using 10,000 A100s to train GPT-5.")["gpus"]
    assert g["status"] == "training"


def test_a_dated_stake_with_putting_in_is_its_own_round() -> None:
    text = ("Mistral raised a $113 million seed round. Two months later Microsoft took a small stake, "
            "putting in €15 million.")
    assert [f["amount"] for f in extract_facts(text)["funding"]] == [113000000, 15000000]
