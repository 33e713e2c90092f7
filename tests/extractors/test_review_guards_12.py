"""Guards from review 12 of the chip-equivalent, plan-word, cap, payer and cost rules: each
case is a probe the review found wrong or a close paraphrase. Every sentence is written for
the test."""

from __future__ import annotations

import pytest

from extractors.facts import extract_facts


def gpus(text: str) -> list[tuple]:
    return [(g["owner"], g["count"], g["chip"], g["status"]) for g in extract_facts(text)["gpus"]]


# -- a fleet in equivalents: status, and what is no fleet -------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("OpenAI expects to have well over 1 million GPUs online by year-end, equivalent to 2 million H100s.",
     [("OpenAI", 1_000_000, "GPU", "planned"), ("OpenAI", 2_000_000, "H100-equivalent", "planned")]),
    ("Meta 计划今年部署 130 万张 GPU，算力相当于约 200 万张 H100。",
     [("Meta", 1_300_000, "GPU", "planned"), ("Meta", 2_000_000, "H100-equivalent", "planned")]),
    ("Meta plans to end the year with compute equivalent to nearly 600,000 H100s, including 350,000 H100 GPUs.",
     [("Meta", 600_000, "H100-equivalent", "planned"), ("Meta", 350_000, "H100", "planned")]),
    ("Meta bought 350,000 H100s, and its total fleet will equal 600,000 H100 equivalents.",
     [("Meta", 350_000, "H100", "operational"), ("Meta", 600_000, "H100-equivalent", "planned")]),
])
def test_a_restated_or_including_count_keeps_the_plan_of_its_sentence(text, expected):
    assert gpus(text) == expected


@pytest.mark.parametrize("text", [
    "Microsoft's $10 billion order is equivalent to buying about 300,000 H100s at list price.",
    "Oracle's backlog is equivalent to roughly 5 million GB200s, analysts calculate.",
    "腾讯今年的资本开支约相当于 40 万张 H20 的采购金额。",
    "DeepSeek V3 的训练成本约 560 万美元，相当于租用 2048 张 H800 两个月。",
    "If xAI doubles Colossus, it will have the equivalent of 400,000 H100s.",
    "如果 Stargate 建成，其算力将相当于 200 万张 H100。",
    "Cerebras claims one WSE-3 system is equivalent to 10,000 H100s on certain workloads.",
    "华为称，CloudMatrix 384 超节点的算力相当于 1000 张 H100，已向字节跳动交付 300 套。",
    "华为称一台 CloudMatrix 384 的算力可媲美 1000 张 H100。",
    "DeepSeek said its new model needs compute equivalent to 20,000 H800s to serve at scale.",
    "The compute that trained GPT-4 is equivalent to about 25,000 A100s running for 90 days, Epoch AI estimates.",
    "Huawei plans to produce 600,000 Ascend 910C-equivalent dies this year.",
])
def test_prices_needs_hypotheses_units_and_runs_told_in_chips_are_no_fleet(text):
    assert [g for g in gpus(text) if g[2].endswith("-equivalent")] == []


def test_a_count_restated_in_another_chip_is_the_same_fleet():
    assert gpus("Tesla said Cortex will have 50,000 H100s, the equivalent of 100,000 A100s.") == [
        ("Tesla", 50_000, "H100", "planned")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Google has deployed the equivalent of some 2 million H100s in TPUs, according to SemiAnalysis.",
     ("Google", 2_000_000, "H100-equivalent")),
    ("Oracle said its Abilene campus will deliver the equivalent of 450,000 GB200s when complete.",
     ("Oracle", 450_000, "GB200-equivalent")),
    ("Moonshot AI trained Kimi K2 on compute equivalent to about 20,000 H800s, a person familiar said.",
     ("Moonshot AI", 20_000, "H800-equivalent")),
])
def test_a_fleet_or_site_told_in_equivalents_is_counted(text, expected):
    assert [g[:3] for g in gpus(text)] == [expected]


def test_equal_batches_are_chips_not_equivalents():
    assert gpus("Oracle will split the order into equal batches of 65,000 GB200s in Abilene and Texas.")[0][2] == "GB200"


# -- plan words, caps, payers, a site's cost, groups ------------------------------------------

@pytest.mark.parametrize("text", [
    "Microsoft hit its target of 300,000 GPUs installed last quarter.",
    "xAI has hit its goal of 100,000 H100s.",
])
def test_a_target_or_goal_reached_is_no_plan(text):
    assert [g[3] for g in gpus(text)] == ["operational"]


def test_a_long_term_plan_above_100_gw_stays():
    [p] = extract_facts("Sam Altman said OpenAI aims to build 250 gigawatts of compute capacity by 2033.")["power"]
    assert (p["subject"], p["mw"], p["status"]) == ("OpenAI", 250_000, "planned")


def test_the_payees_own_fleet_stays_the_payees():
    assert gpus("Microsoft will pay CoreWeave, which runs 250,000 GPUs, about $10 billion through 2030.")[0][0] == "CoreWeave"


def test_a_payment_for_chips_with_no_exact_sum_still_names_the_user():
    found = extract_facts("Anthropic will pay Google tens of billions of dollars for up to one million TPUs.")["gpus"]
    assert [(g["owner"], g["provider"]) for g in found] == [("Anthropic", "Google")]


def test_a_chipmaker_paying_a_foundry_owns_nothing():
    assert gpus("Nvidia paid TSMC to produce 2 million Blackwell GPUs this year.") == []


@pytest.mark.parametrize(("text", "subject"), [
    ("xAI 表示，孟菲斯 1 吉瓦算力中心的建设成本约 200 亿美元。", "xAI"),
    ("字节跳动今年向两家芯片供应商合计采购 200 亿元 GPU。", "ByteDance"),
])
def test_a_sites_cost_and_a_buyers_sum_stay(text, subject):
    assert [c["subject"] for c in extract_facts(text)["costs"]] == [subject]


def test_a_chinese_pronoun_clause_is_the_subjects():
    assert gpus("腾讯投资了智谱AI，而该公司自身拥有约 23 万张 H20。")[0][0] == "Tencent"


@pytest.mark.parametrize(("text", "amount"), [
    ("Yotta will spend Rs 2,000 crore on GPUs this year.", 2e10),
    ("Yotta will invest ₹1.5 lakh crores in AI data centres.", 1.5e12),
])
def test_rupee_spellings(text, amount):
    [c] = extract_facts(text)["costs"]
    assert (c["amount"], c["currency"]) == (amount, "INR")


@pytest.mark.parametrize("text", [
    "Cerebras raised $1.1 billion, and founder Andrew Feldman invested $10 million on the same terms.",
    "Anthropic raised $13 billion in a round, of which $5 billion arrived in September and the rest in October.",
])
def test_a_part_on_the_same_terms_or_with_its_own_date_is_no_round(text):
    assert len(extract_facts(text)["funding"]) == 1


def test_a_total_across_named_rounds_is_no_round():
    found = extract_facts("Magic raised $320 million, bringing its total across its Series A, B and C to "
                          "$465 million.")["funding"]
    assert [r["amount_usd"] for r in found] == [320_000_000]
