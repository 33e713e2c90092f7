"""Guards from review 13 (plan targets, payees in relative clauses, needed investment, group
sums, restated fleets, equivalents of power or throughput). Every sentence is written for the test."""

from __future__ import annotations

import pytest

from extractors.facts import extract_facts


def gpus(text: str) -> list[tuple]:
    return [(g["owner"], g["count"], g["chip"], g["status"]) for g in extract_facts(text)["gpus"]]


@pytest.mark.parametrize(("text", "statuses"), [
    ("OpenAI's target is 1 million GPUs online.", ["planned"]),
    ("Microsoft targets 2 million GPUs.", ["planned"]),
    ("Meta set itself an ambitious target of 1.3 million GPUs for 2025.", ["planned"]),
    ("Meta met its target of 350,000 H100s and now targets 1.3 million GPUs.", ["operational", "planned"]),
    ("Microsoft hit its target of 300,000 GPUs installed last quarter.", ["operational"]),
    ("The new US rule targets the 200,000 H20s ByteDance bought.", ["operational"]),
])
def test_a_target_set_is_a_plan_and_one_met_is_not(text, statuses):
    assert [g[3] for g in gpus(text)] == statuses


@pytest.mark.parametrize(("text", "owner"), [
    ("Microsoft, which pays CoreWeave billions, owns about 750,000 GPUs.", "Microsoft"),
    ("Meta, which pays Google Cloud for TPUs, runs about 1.3 million GPUs.", "Meta"),
])
def test_a_name_inside_a_relative_clause_is_not_the_owner(text, owner):
    assert gpus(text)[0][0] == owner


@pytest.mark.parametrize(("text", "costs"), [
    ("xAI needs investment of about $15 billion to finish Colossus 2.", [15_000_000_000]),
    ("Anthropic could require funding of $10 billion next year.", []),
])
def test_needed_investment_is_a_sites_cost_and_a_companys_need_no_fact(text, costs):
    found = extract_facts(text)
    assert found["funding"] == [] and [c["amount_usd"] for c in found["costs"]] == costs


@pytest.mark.parametrize("text", [
    "Microsoft and Meta have spent a combined $150 billion on AI data centres this year.",
    "字节跳动和腾讯今年的资本开支加起来约 2000 亿元。",
])
def test_spending_summed_over_two_companies_is_no_ones(text):
    assert extract_facts(text)["costs"] == []


@pytest.mark.parametrize("text", [
    "Zhipu and MiniMax raised a combined HK$10 billion in their listings.",
    "Anthropic and OpenAI are rivals; the two raised $53 billion last year.",
])
def test_money_two_companies_raised_together_is_no_round(text):
    assert extract_facts(text)["funding"] == []


def test_named_buyers_joint_order_stays_a_cost():
    text = "据报道，字节跳动、阿里巴巴和腾讯等中国公司今年一季度合计下单了至少160亿美元的英伟达H20服务器芯片。"
    assert [c["amount_usd"] for c in extract_facts(text)["costs"]] == [16_000_000_000]


def test_one_owners_sites_together_keep_their_power():
    [p] = extract_facts("The Stargate sites in Texas, New Mexico and Ohio together will draw nearly 7 GW for "
                        "OpenAI.")["power"]
    assert (p["subject"], p["mw"]) == ("OpenAI", 7000)


@pytest.mark.parametrize(("text", "expected"), [
    ("xAI operates 200,000 GPUs in Memphis, equivalent in scale to 300,000 H100s.",
     [("xAI", 200_000, "GPU", "operational"), ("xAI", 300_000, "H100-equivalent", "operational")]),
    ("Meta 已购买 35 万张 H100，年底总算力将相当于 60 万张 H100。",
     [("Meta", 350_000, "H100", "unknown"), ("Meta", 600_000, "H100-equivalent", "planned")]),
])
def test_a_restated_fleet_is_its_counts_and_a_new_clause_keeps_its_plan(text, expected):
    assert gpus(text) == expected


@pytest.mark.parametrize("text", [
    "The cluster power draw equals that of 300,000 H100s.",
    "Huawei says its SuperPoD is equivalent to 10,000 H100s.",
    "xAI runs a cluster equivalent to 300,000 A100s in training throughput.",
    "Zhipu says GLM-5 is comparable to a model trained on 50,000 H100s.",
])
def test_power_units_throughput_and_comparisons_are_no_equivalent_fleet(text):
    assert gpus(text) == []


def test_an_ai_cloud_firm_is_a_company_invested_in():
    [r] = extract_facts("Nvidia invested $500 million in AI cloud firm CoreWeave.")["funding"]
    assert r["lab"] == "CoreWeave"


def test_a_cloud_that_builds_for_the_company_provides_what_it_builds():
    # (the English branch of this rule held literal backspaces and never matched)
    found = extract_facts("Microsoft signed a deal in London. Nscale will build for the company a cluster of "
                          "20,000 GPUs near London.")["gpus"]
    assert [(g["owner"], g["provider"]) for g in found] == [("Microsoft", "Nscale")]


# -- from blind set 43 ------------------------------------------------------------------------

def test_revenue_told_as_a_growth_is_no_cost():
    text = ("At Amazon, sales at Amazon Web Services grew 24% to $35.6 billion in the December quarter. "
            "Its Trainium4 chip is due in 2027.")
    assert extract_facts(text)["costs"] == []


def test_capex_told_as_a_growth_stays_a_cost():
    assert [c["amount_usd"] for c in extract_facts("Microsoft said capex grew 50% to $35 billion in the quarter.")[
        "costs"]] == [35_000_000_000]


def test_the_chips_one_supernode_links_are_no_fleet():
    assert gpus("Huawei's CloudMatrix 384 supernode links 384 Ascend 910C chips.") == []


@pytest.mark.parametrize("text", [
    "Anthropic完成300亿美元G轮融资。训练一个顶尖大模型的算力开销动辄超过1亿美元，资本门槛已经高到普通玩家够不着。",
    "Training a frontier model now costs more than $1 billion, Anthropic said.",
])
def test_what_any_model_costs_is_no_ones(text):
    assert extract_facts(text)["costs"] == []


def test_a_named_models_training_cost_stays():
    assert [c["subject"] for c in extract_facts("OpenAI spent $100 million training GPT-4.")["costs"]] == ["OpenAI"]


@pytest.mark.parametrize("text", [
    "百度宣布，已點亮由３萬張自研崑崙芯三代P800組成的單一集群。",
    "百度宣布，已点亮由3万张昆仑芯P800组成的单一集群。",
])
def test_kunlun_chips_in_either_script_and_with_their_generation(text):
    assert gpus(text) == [("Baidu", 30_000, "Kunlun P800", "operational")]


def test_a_repeat_in_the_chip_family_is_one_count_with_the_model():
    text = ("百度已点亮由3万张昆仑芯三代P800组成的集群,这是国内首个全自研的3万卡集群。")
    assert [(g[1], g[2]) for g in gpus(text)] == [(30_000, "Kunlun P800")]
