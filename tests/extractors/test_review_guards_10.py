"""Cases from the tenth independent review (its probes, with what is right)."""

from __future__ import annotations

import pytest

from extractors.facts import extract_facts


def _facts(text: str) -> list[tuple]:
    facts = extract_facts(text)
    got = [("funding", f["lab"], f["amount"]) for f in facts["funding"]]
    got += [("gpus", g["owner"], g["count"], g["provider"]) for g in facts["gpus"]]
    got += [("costs", c["subject"], c["amount"]) for c in facts["costs"]]
    return got


@pytest.mark.parametrize("text, expected", [
    # a gapped clause whose amount goes on to what it is spent on is no round
    ("Nvidia invested $100 billion in OpenAI, and Microsoft $80 billion in data centers.",
     [("funding", "OpenAI", 100e9)]),
    ("Microsoft invested $13 billion in OpenAI, and Google $75 billion in capex this year.",
     [("funding", "OpenAI", 13e9)]),
    ("英伟达向 xAI 投资 20 亿美元，微软则投资 800 亿美元建设数据中心。", [("funding", "xAI", 2e9)]),
    ("腾讯向月之暗面投资 3 亿美元，阿里巴巴约 530 亿美元用于云基础设施。", [("funding", "Moonshot AI", 3e8)]),
    ("Meta invested $14.3 billion in Scale AI, and Nvidia $5 billion in Intel.", [("funding", "Scale AI", 14.3e9)]),
    # ... and a clause-final one is the same deal
    ("Amazon invested $4 billion in Anthropic, and Google $2 billion.",
     [("funding", "Anthropic", 4e9), ("funding", "Anthropic", 2e9)]),
])
def test_gapped_investor_clauses(text, expected):
    got = _facts(text)
    assert [g for g in got if g[0] == "funding"] == expected


@pytest.mark.parametrize("text, subject", [
    ("Oracle will spend $40 billion on Nvidia chips for OpenAI's Abilene site.", "Oracle"),
    ("CoreWeave is spending $6 billion to build a data center in Lancaster for OpenAI.", "CoreWeave"),
    ("Microsoft is spending $3.3 billion on a Wisconsin data center for OpenAI.", "Microsoft"),
    ("Nebius has signed about $3 billion of capacity with Meta.", "Meta"),
    ("CoreWeave signed an $11.9 billion contract with OpenAI.", "OpenAI"),
])
def test_a_cloud_spending_for_a_lab_pays_itself(text, subject):
    assert [c[1] for c in _facts(text) if c[0] == "costs"] == [subject]


@pytest.mark.parametrize("text", [
    "Microsoft committed $19.4 billion to Nebius for GPU capacity.",
    "Meta committed $14 billion to CoreWeave over six years.",
    "Microsoft committed $1.5 billion to Lambda for Nvidia GPU capacity.",
    "OpenAI has about $17 billion in its coffers after burning $8 billion this year.",
    "Anthropic had about $8 billion in its coffers at the end of 2025.",
    "xAI 与甲骨文谈判。甲骨文表示将对其云业务投资 250 亿美元。",
    "Microsoft picked up the bill for $10 billion of OpenAI's computing.",
    "OpenAI took in $4.3 billion in revenue in the first half of 2025 and burned $2.5 billion.",
    "Kalshi, a prediction-market platform, raised $1 billion in a funding round at an $11 billion valuation.",
    "由两位餐饮老板创立的 Mellow Labs 完成 500 万美元融资。",
    "由两位咖啡店老板创办的 Brew Cloud 完成 300 万美元融资。",
])
def test_no_round(text):
    assert extract_facts(text)["funding"] == []


@pytest.mark.parametrize("text, expected", [
    ("Google committed another $1 billion to Anthropic in January.", [("Anthropic", 1e9)]),
    ("OpenAI is one of the 10 AI startups that have raised more than $1 billion this year, and it raised "
     "$40 billion in March.", [("OpenAI", 40e9)]),
    ("Anthropic, one of the three AI labs that have raised more than $10 billion, closed a $13 billion "
     "Series F.", [("Anthropic", 13e9)]),
    ("OpenAI aimed to raise $40 billion in its round and did, closing it in March.", [("OpenAI", 40e9)]),
])
def test_rounds(text, expected):
    assert [(f["lab"], f["amount"]) for f in extract_facts(text)["funding"]] == expected


@pytest.mark.parametrize("text, expected", [
    ("Meta has 350,000 H100s and employs 70,000 people; Google 180,000.", [("gpus", "Meta", 350000, None)]),
    ("Meta has 350,000 H100s and 3,000 AI engineers, Google 2,500.", [("gpus", "Meta", 350000, None)]),
    ("微软从CoreWeave租用约10万块GB200，OpenAI约5万块。",
     [("gpus", "Microsoft", 100000, "CoreWeave"), ("gpus", "OpenAI", 50000, "CoreWeave")]),
])
def test_gapped_gpu_counts(text, expected):
    assert [g for g in _facts(text) if g[0] == "gpus"] == expected


@pytest.mark.parametrize("text, owners", [
    ("字节跳动和腾讯是最大买家，两家各采购约10万块H20。", ["ByteDance", "Tencent"]),
    ("字节跳动和腾讯是最大买家，两家公司各采购约10万块H20。", ["ByteDance", "Tencent"]),
    ("Meta and Microsoft bought the most; both each took about 150,000 H100s.", ["Meta", "Microsoft"]),
    ("Meta and Microsoft were the top buyers, the two each bought about 150,000 H100s.", ["Meta", "Microsoft"]),
])
def test_resumptive_word_after_a_predicate_shares_the_count(text, owners):
    assert [(g["owner"], g["provider"]) for g in extract_facts(text)["gpus"]] == [(o, None) for o in owners]


def test_gapped_investor_after_a_semicolon_and_comma():
    text = "Amazon invested $8 billion in Anthropic; Google, $3 billion."
    assert [(f["lab"], f["amount"], f["investors"]) for f in extract_facts(text)["funding"]] == [
        ("Anthropic", 8e9, ["Amazon"]), ("Anthropic", 3e9, ["Google"])]


def test_raised_so_far_in_chinese_is_a_total_and_its_latest_piece_the_round():
    text = "Anthropic 迄今已融资约 270 亿美元，其中最近一笔 130 亿美元由 Iconiq 领投。"
    assert [(f["lab"], f["amount"]) for f in extract_facts(text)["funding"]] == [("Anthropic", 13e9)]
