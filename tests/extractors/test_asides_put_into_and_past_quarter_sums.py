"""The company spoken of after a source ("据彭博报道，公司…"), names in an aside on a fleet's
subject, the make-up of one system, money put into a company, cash burned, Chinese training and
build costs, sums over past quarters and an investor's sum over time, and talks told by who is
familiar with them. Every sentence is written for the test."""

from __future__ import annotations

import pytest

from extractors.facts import extract_facts


def gpus(text: str) -> list[tuple]:
    return [(g["owner"], g["count"], g["chip"]) for g in extract_facts(text)["gpus"]]


def rounds(text: str) -> list[tuple]:
    return [(r["lab"], r["amount"], r["status"]) for r in extract_facts(text)["funding"]]


def costs(text: str) -> list[tuple]:
    return [(c["subject"], c["amount"], c["period"]) for c in extract_facts(text)["costs"]]


# -- the company spoken of ---------------------------------------------------------------------

@pytest.mark.parametrize("opening", ["据彭博报道,公司", "公司", "据知情人士透露，公司"])
def test_a_sentence_opening_with_the_company_keeps_the_lab_after_its_investors_are_named(opening):
    text = (f"月之暗面的融资节奏明显加快。{opening}启动新一轮融资讨论,阿里巴巴等老股东已承诺超过7亿美金。"
            "就在一个多月前,该公司刚完成5亿美元C轮融资。")
    assert ("Moonshot AI", 500_000_000, "closed") in rounds(text)


# -- an aside on the subject of a fleet -------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "DeepSeek, spun out of quant fund High-Flyer in 2023, has access to roughly 50,000 Hopper GPUs.",
    "DeepSeek is growing fast. The Hangzhou lab, spun out of quant fund High-Flyer in 2023, has access "
    "to roughly 50,000 Hopper GPUs.",
    "DeepSeek is growing fast. The lab, backed by High-Flyer, has access to roughly 50,000 Hopper GPUs.",
])
def test_names_in_an_aside_on_the_subject_do_not_own_its_chips(text):
    assert gpus(text) == [("DeepSeek", 50_000, "Hopper")]


def test_a_subject_named_after_a_which_clause_still_owns():
    assert gpus("Mistral, a unit of nobody, operates 18,000 GB200 chips.") == [("Mistral AI", 18_000, "GB200")]


# -- one system's make-up --------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Huawei says its CloudMatrix 384 links 384 Ascend 910C processors in one system.",
    "Nvidia's NVL72 puts 72 Blackwell GPUs in a single rack.",
])
def test_the_chips_of_one_system_are_no_fleet(text):
    assert gpus(text) == []


def test_a_fleet_in_one_building_stays_a_fleet():
    assert gpus("xAI runs 100,000 H100 GPUs in one building in Memphis.") == [("xAI", 100_000, "H100")]


# -- money put into a company ----------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Microsoft put $10 billion into OpenAI in early 2023.",
    "OpenAI is growing. Microsoft alone put $10 billion into it in early 2023.",
    "OpenAI is growing. Microsoft put $10 billion into the company in early 2023.",
])
def test_money_put_into_a_lab_is_a_round(text):
    assert rounds(text) == [("OpenAI", 10_000_000_000, "closed")]


def test_money_put_into_data_centres_stays_a_cost():
    assert rounds("Microsoft put $10 billion into data centres in Wisconsin last year.") == []
    assert costs("Microsoft put $10 billion into data centres in Wisconsin last year.") == [
        ("Microsoft", 10_000_000_000, None)]


@pytest.mark.parametrize("text", [
    "Anthropic is growing. Amazon, which has put $8 billion into the company in total, remains its cloud partner.",
    "Davis has said his firm has put more than $500 million into Groq since it was founded in 2016.",
])
def test_an_investors_sum_over_time_is_no_round(text):
    assert rounds(text) == []


def test_an_investor_preparing_to_put_money_in_is_in_talks():
    assert rounds("Nvidia is preparing to put as much as $1 billion into Poolside, according to people "
                  "familiar with the talks.") == [("Poolside", 1_000_000_000, "talks")]


# -- cash burned, training and build costs, sums over past quarters ---------------------------------

def test_cash_burned_is_no_cost():
    assert costs("OpenAI said its budget is mostly compute and it could burn through as much as "
                 "$5 billion this year.") == []


def test_a_chinese_training_run_told_by_its_completion_is_a_training_cost():
    assert costs("零一万物仅用2,000张GPU、约300万美元就完成了Yi-Lightning的训练。") == [
        ("01.AI", 3_000_000, "one-off")]


def test_money_put_into_a_build_in_a_year_is_one_off():
    assert costs("2021年,幻方投入近10亿元建成“萤火二号”,部署了约1万张英伟达A100。") == [
        ("High-Flyer", 1_000_000_000, "one-off")]


@pytest.mark.parametrize("text", [
    "阿里巴巴过去四个季度在AI基础设施上的资本开支累计约1200亿元。",
    "Alibaba said capex over the past four quarters totalled about 120 billion yuan.",
])
def test_capex_summed_over_past_quarters_is_no_cost(text):
    assert costs(text) == []


def test_one_quarters_capex_stays_a_cost():
    assert costs("阿里巴巴单季资本开支315亿元,同比增长80%。") == [("Alibaba", 31_500_000_000, None)]
