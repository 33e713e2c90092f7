"""Sums too large to be a round or a site, the fund a sum is, a tranche with its own date,
handouts and pledged shares, a lab the registry marks as raising, the pronoun subject of a
clause that owns chips, and plan words for a fleet (goal, target, roadmap). Every sentence is
written for the test."""

from __future__ import annotations

import pytest

from extractors.facts import extract_facts


def facts(text: str) -> dict[str, list[dict]]:
    return extract_facts(text)


# -- sums no round or site reaches ----------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The UAE pledged $1.4 trillion of investment in the United States, G42 said.",
    "G42 will invest 1.4 万亿美元 in America under the pledge, 阿联酋表示.",
])
def test_a_country_sized_sum_is_no_round(text):
    assert facts(text)["funding"] == []


def test_a_round_of_tens_of_billions_stays():
    [r] = facts("OpenAI raised $40 billion led by SoftBank.")["funding"]
    assert (r["lab"], r["amount_usd"]) == ("OpenAI", 40_000_000_000)


def test_a_site_of_hundreds_of_gigawatts_is_a_slip_not_a_fact():
    text = ("xAI will build a data center in the kingdom. Musk briefly put the site at 500 gigawatts "
            "before correcting himself; it will draw 500 megawatts.")
    assert [f["mw"] for f in facts(text)["power"]] == [500]


# -- the fund a sum is, a tranche, handouts and pledged shares --------------------------------

@pytest.mark.parametrize("text", [
    "Lambda宣布完成15億美元融資,由TWG Global領投;TWG旗下規模150億美元的AI基金以穆巴達拉為基石投資人。",
    "Lambda raised $1.5 billion from TWG, whose $15 billion AI fund counts Mubadala as its anchor.",
])
def test_the_size_of_an_investors_fund_is_no_round(text):
    assert [r["amount_usd"] for r in facts(text)["funding"]] == [1_500_000_000]


def test_money_from_a_fund_is_still_a_round():
    [r] = facts("Mistral 获得 10 亿元的基金投资。")["funding"]
    assert (r["lab"], r["amount"], r["currency"]) == ("Mistral AI", 1_000_000_000, "CNY")


@pytest.mark.parametrize("text", [
    "OpenAI宣布获得400亿美元新融资,由软银领投;其中首期100亿美元于4月到位,其余300亿美元计划在年底前注入。",
    "OpenAI raised $40 billion led by SoftBank; the first tranche of $10 billion arrived in April.",
])
def test_a_tranche_with_its_own_date_is_part_of_the_round(text):
    assert [r["amount_usd"] for r in facts(text)["funding"]] == [40_000_000_000]


@pytest.mark.parametrize("text", [
    "经济产业省宣布向KDDI等五个项目提供最高725亿日元补助。",
    "KDDI 获得日本政府 725 亿日元补贴，用于建设 GPU 云。",
    "阿加瓦尔质押了价值约45亿卢比的Ola Electric股份，为Krutrim筹集资金。",
])
def test_handouts_and_pledged_shares_are_neither_cost_nor_round(text):
    found = facts(text)
    assert found["costs"] == [] and found["funding"] == []


@pytest.mark.parametrize("text", [
    "Xavier Niel led a group that raised €300 million for Kyutai.",
    "法国富豪尼尔牵头为巴黎非营利实验室Kyutai筹得3亿欧元。",
])
def test_a_non_profit_lab_raises_money_too(text):
    [r] = facts(text)["funding"]
    assert (r["lab"], r["amount"], r["currency"]) == ("Kyutai", 300_000_000, "EUR")


# -- the pronoun subject of a new clause owns the chips ---------------------------------------

@pytest.mark.parametrize("text", [
    "Together AI rents out capacity to developers who run models such as DeepSeek and MiniMax, and it "
    "is building a cluster of 36,000 GB200 GPUs.",
    "Together AI rents out capacity to developers who run models such as DeepSeek and MiniMax, and the "
    "company is building a cluster of 36,000 Nvidia GB200 GPUs.",
])
def test_the_pronoun_of_a_new_clause_is_the_sentences_subject(text):
    [g] = facts(text)["gpus"]
    assert (g["owner"], g["count"], g["provider"]) == ("Together AI", 36_000, None)


def test_a_name_in_the_pronouns_own_clause_still_counts():
    [g] = facts("OpenAI works with Microsoft, and the company said it will deploy 100,000 GB200.")["gpus"]
    assert g["owner"] == "OpenAI"


@pytest.mark.parametrize("text", [
    "His stated long-term goal for xAI is 50 million H100s within five years.",
    "xAI has set a target of 1 million GPUs.",
    "xAI laid out a roadmap to 50 million H100s, costing trillions.",
])
def test_a_goal_target_or_roadmap_is_a_plan(text):
    assert [g["status"] for g in facts(text)["gpus"]] == ["planned"]
