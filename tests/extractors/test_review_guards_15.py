"""Guards from review 15 of the rules added on 2026-11-29 (second half). Every sentence is
written for the test."""

from __future__ import annotations

import pytest

from extractors.facts import extract_facts


def rounds(text: str) -> list[tuple]:
    return [(r["lab"], r["amount"], r["status"]) for r in extract_facts(text)["funding"]]


@pytest.mark.parametrize("text", [
    "OpenAI raised $40 billion, executives said at an event discussing AI infrastructure.",
    "Anthropic, which closed a $13 billion round this month, is discussing a data center deal with Google.",
    "月之暗面已完成5亿美元融资，公司正敲定新的算力采购合同。",
])
def test_discussing_something_else_leaves_a_round_closed(text):
    assert [r[2] for r in rounds(text)] == ["closed"]


@pytest.mark.parametrize("text", [
    "Anthropic is discussing raising $10 billion at a $350 billion valuation.",
    "xAI正敲定一笔150亿美元的融资。",
])
def test_discussing_a_raise_is_talks(text):
    assert [r[2] for r in rounds(text)] == ["talks"]


@pytest.mark.parametrize("text", [
    "xAI raised $20 billion in debt and equity in 2025. It is now seeking $15 billion in new equity.",
    "Lambda raised $1.5 billion in debt and equity this year. It also raised $480 million in Series D equity in February.",
])
def test_a_debt_and_equity_sum_beside_another_equity_round_stays(text):
    assert len(rounds(text)) == 2


def test_a_separate_equity_part_replaces_its_debt_and_equity_sum():
    assert [r[1] for r in rounds("xAI has raised $10 billion in a mix of debt and equity, Morgan Stanley said. "
                                 "A separate $5 billion arrived as a strategic equity investment.")] == [5_000_000_000]


@pytest.mark.parametrize("text", [
    "该市新能源汽车产业园项目总投资50亿元。",
    "全省三个数据中心项目总投资约200亿元。",
    "国家电网为当地数据中心配套建设的变电站规划容量300兆瓦。",
    "The Northern Virginia data center market will draw 10 GW by 2030.",
])
def test_no_site_from_parks_groups_grids_or_markets(text):
    found = extract_facts(text)
    assert found["costs"] == [] and found["power"] == []


def test_a_sites_name_loses_what_stands_before_it():
    assert [c["subject"] for c in extract_facts("投资五十亿元的和林格尔新区智算中心项目昨日开工。")["costs"]] == ["和林格尔新区智算中心"]


@pytest.mark.parametrize(("text", "cost"), [
    ("英伟达将向xAI出售价值约200亿美元的GPU。", ("xAI", 20_000_000_000)),
])
def test_chips_sold_to_a_buyer_are_the_buyers_cost(text, cost):
    assert [(c["subject"], c["amount"]) for c in extract_facts(text)["costs"]] == [cost]


def test_assets_sold_are_no_cost():
    assert extract_facts("Meta is selling $2 billion of data center assets to raise cash for AI.")["costs"] == []


@pytest.mark.parametrize("text", [
    "Meta and Google will deploy 1 million chips each year.",
    "CoreWeave and Nebius will deploy 20,000 GPUs at each site.",
])
def test_each_year_or_site_is_not_shared_out(text):
    assert len(extract_facts(text)["gpus"]) <= 1


def test_a_rounds_ceiling_is_no_round_only_after_its_amount():
    assert rounds("月之暗面完成5亿美元融资，本轮最多可达10亿美元。") == [("Moonshot AI", 500_000_000, "closed")]
    assert rounds("月之暗面正在洽谈新一轮融资，本轮融资规模最多可达10亿美元。") == [("Moonshot AI", 1_000_000_000, "talks")]


def test_all_told_before_a_named_round_is_that_round():
    assert rounds("All told, Mistral raised €1.7 billion in the Series C led by ASML.") == [
        ("Mistral AI", 1_700_000_000, "closed")]


def test_a_firm_plan_under_a_mild_if_stays_a_cost():
    assert len(extract_facts("若按计划推进,阿里巴巴未来三年AI基础设施投入总额可达3800亿元。")["costs"]) == 1


def test_the_north_korean_government_is_not_the_south_korean_one():
    assert extract_facts("The North Korean government has sought to smuggle 1,000 Nvidia GPUs.")["gpus"] == []


def test_preparing_to_announce_a_raise_is_talks():
    assert rounds("xAI is preparing to announce a $15 billion equity raise.") == [("xAI", 15_000_000_000, "talks")]


def test_money_left_in_the_bank_is_no_round():
    assert rounds("Moonshot AI raised $500 million. Moonshot had only about $1 billion left in the bank.") == [
        ("Moonshot AI", 500_000_000, "closed")]


def test_the_subjects_parent_set_off_by_commas_does_not_own():
    text = ("SemiAnalysis argued that the company and its hedge-fund parent, High-Flyer, have access to roughly "
            "50,000 Hopper GPUs.")
    found = extract_facts("DeepSeek is growing. " + text)["gpus"]
    assert [(g["owner"], g["count"]) for g in found] == [("DeepSeek", 50_000)]


def test_the_cloud_a_company_agreed_with_provides():
    text = "Last month Microsoft agreed with London-based Nscale on roughly 200,000 GB300 GPUs across four sites."
    assert [(g["owner"], g["provider"]) for g in extract_facts(text)["gpus"]] == [("Microsoft", "Nscale")]


def test_a_partner_cloud_set_off_by_commas_provides_to_the_company_spoken_of():
    text = ("Anthropic closed a $13 billion round. In November it said it would spend $50 billion with Fluidstack on "
            "data centers. Amazon, still its main training partner, switched on Project Rainier with nearly 500,000 "
            "Trainium2 chips.")
    assert [(g["owner"], g["count"], g["provider"]) for g in extract_facts(text)["gpus"]] == [
        ("Anthropic", 500_000, "Amazon")]


@pytest.mark.parametrize("text", [
    "根据条款,若OpenAI未能完成重组,软银的出资可从300亿美元降至200亿美元。",
    "Anthropic has raised some $7.3 billion over the past year.",
])
def test_a_cut_between_two_sums_and_a_years_total_are_no_rounds(text):
    assert rounds(text) == []


def test_the_digits_of_a_chips_name_are_no_count():
    assert extract_facts("Microsoft is also deploying its own Maia 100 accelerators across Azure.")["gpus"] == []
