"""Guards from review 14 of the rules added on 2026-11-29: each case is one the review found the
new rules got wrong, or a close paraphrase they missed. Every sentence is written for the test."""

from __future__ import annotations

import pytest

from extractors.facts import extract_facts


def rounds(text: str) -> list[tuple]:
    return [(r["lab"], r["amount"], r["status"]) for r in extract_facts(text)["funding"]]


def gpus(text: str) -> list[tuple]:
    return [(g["owner"], g["count"], g["status"], g["provider"]) for g in extract_facts(text)["gpus"]]


def costs(text: str) -> list[tuple]:
    return [(c["subject"], c["amount"], c["period"]) for c in extract_facts(text)["costs"]]


@pytest.mark.parametrize("text", [
    "大基金二期投资约5亿元入股沐曦。",
    "阿里巴巴初期投资约8亿美元入股月之暗面。",
])
def test_a_fund_phase_or_a_stake_bought_is_still_a_round(text):
    assert rounds(text) and costs(text) == []


def test_a_site_phase_investment_is_a_cost():
    assert costs("该数据中心一期投资达50亿元，由字节跳动出资建设。") == [("ByteDance", 5e9, "one-off")]


@pytest.mark.parametrize("text", [
    "Microsoft installed 4,608 GB300 GPUs into a single system for OpenAI.",
    "xAI runs 200,000 GPUs in a single cluster in Memphis.",
])
def test_a_big_fleet_in_one_system_is_a_fleet(text):
    assert len(gpus(text)) == 1


def test_a_completion_of_another_site_does_not_make_a_fleet_planned():
    assert gpus("腾讯已部署2万块H20，其新园区将于明年启用。") == [("Tencent", 20_000, "operational", None)]


def test_new_funding_in_all_is_still_a_round():
    assert rounds("Mistral AI raised €1.7 billion in new funding in all, led by ASML.") == [
        ("Mistral AI", 1_700_000_000, "closed")]


@pytest.mark.parametrize("text", [
    "字节跳动2025年将投入1600亿元用于AI基础设施，其中900亿元用于建成新的数据中心。",
    "Microsoft will spend $80 billion in 2025 on data centers it has built.",
])
def test_built_elsewhere_in_the_sentence_keeps_spending_yearly(text):
    assert {c[2] for c in costs(text)} == {"year"}


def test_a_total_to_date_with_a_ceiling_is_still_a_total():
    assert rounds("Microsoft has invested a total of up to $13 billion in OpenAI since 2019.") == []


@pytest.mark.parametrize("text", [
    "Figure AI, which is preparing to go public, raised $1 billion in a Series C.",
    "Zhipu raised $140 million while DeepSeek was preparing to release a new model.",
])
def test_preparing_to_do_something_else_is_no_talks(text):
    assert [r[2] for r in rounds(text)] == ["closed"]


@pytest.mark.parametrize(("text", "count"), [
    ("Microsoft has 500,000 H100es across Azure, SemiAnalysis estimates.", 500_000),
    ("字节跳动今年将拥有约50万H100e的算力。", 500_000),
])
def test_other_spellings_of_h100_equivalents(text, count):
    assert [(g["count"], g["chip"]) for g in extract_facts(text)["gpus"]] == [(count, "H100-equivalent")]


def test_the_same_round_told_again_with_previously_is_one_round():
    assert len(rounds("Anthropic secured another $13 billion from investors. Previously, the $13 billion round "
                      "had been expected to close in October.")) == 1


def test_a_pledge_after_another_raise_does_not_change_that_raises_status():
    found = rounds("Following xAI's $20 billion raise, Nvidia said it would invest $2 billion in the company.")
    assert ("xAI", 20_000_000_000, "closed") in found


def test_money_a_lab_puts_into_its_own_site_is_no_round():
    assert rounds("xAI built Colossus in 122 days and put about $3 billion into it.") == []


def test_what_customers_spend_does_not_hide_the_companys_own_capex():
    assert costs("Microsoft said customers were spending heavily, and the company expects capex of $80 billion "
                 "this fiscal year.") == [("Microsoft", 80_000_000_000, "year")]


def test_the_part_told_after_the_round_lends_its_investor():
    found = extract_facts("MiniMax完成6亿美元融资。腾讯此次投资约2亿美元。")["funding"]
    assert [(r["amount"], r["investors"]) for r in found] == [(600_000_000, ["Tencent"])]


@pytest.mark.parametrize("text", [
    "Microsoft is expanding in the UK. The company will work with Nscale to deploy 23,040 GB300 GPUs in Loughton.",
    "Microsoft is expanding in Norway. It will partner with Nscale to deploy 23,040 GB300s.",
])
def test_the_neocloud_the_company_works_with_provides(text):
    assert gpus(text) == [("Microsoft", 23_040, "planned", "Nscale")]


def test_a_neocloud_working_with_a_customer_still_provides_to_it():
    found = gpus("Nscale has raised $1.1 billion. The company will work with Microsoft to deploy 104,000 GB300 GPUs.")
    assert found == [("Microsoft", 104_000, "planned", None)]


@pytest.mark.parametrize("text", [
    "OpenAI's payroll costs reached $4.4 billion last year.",
    "智谱2024年的薪酬支出为12亿元。",
])
def test_payroll_is_no_compute_cost(text):
    assert costs(text) == []


def test_firms_that_have_spent_are_no_ones_cost():
    assert costs("Firms have spent $300 billion on AI this year; Google will spend $85 billion.") == [
        ("Google", 85_000_000_000, "year")]
