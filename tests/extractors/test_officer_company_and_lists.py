"""An officer speaks for the organisation named before the title ("OpenAI 首席财务官表示，公司…"),
a build that "goes into use" in a year is not that year's spending, and a Chinese investor
list keeps the funds' names without "其旗下" or "联合"."""

from __future__ import annotations

import pytest

from extractors.facts import extract_facts


@pytest.mark.parametrize(("text", "expected"), [
    ("OpenAI 首席财务官表示，公司今年的算力支出预计将超过 70 亿美元。", [("OpenAI", 7e9, "year")]),
    ("OpenAI's chief financial officer said the company expects to spend more than $7 billion on "
     "compute this year.", [("OpenAI", 7e9, "year")]),
])
def test_the_company_of_an_officer_is_the_officers_organisation(text: str, expected: list) -> None:
    assert [(f["subject"], f["amount"], f["period"]) for f in extract_facts(text)["costs"]] == expected


def test_another_company_named_after_the_officer_keeps_the_count() -> None:
    facts = extract_facts("Nvidia CEO Jensen Huang said xAI deployed 100,000 H100s in 19 days.")
    assert [(f["owner"], f["count"]) for f in facts["gpus"]] == [("xAI", 100000)]


def test_put_into_use_in_a_year_is_a_one_off_cost() -> None:
    facts = extract_facts("微软与 OpenAI 合作建设的超级计算机预计耗资 1000 亿美元，最早于 2028 年投入使用。")
    assert [(f["amount"], f["period"]) for f in facts["costs"]] == [(1e11, "one-off")]


@pytest.mark.parametrize(("text", "investors"), [
    ("银河通用宣布完成 11 亿元新一轮融资，由宁德时代及其旗下溥泉资本、国开金融联合领投。",
     ["宁德时代", "溥泉资本", "国开金融"]),
    ("智谱完成 10 亿元融资，本轮由北京市人工智能产业投资基金、中关村科学城公司共同领投。",
     ["Beijing AI Industry Investment Fund", "中关村科学城公司"]),
])
def test_zh_investor_list_frame_words_are_not_names(text: str, investors: list[str]) -> None:
    assert extract_facts(text)["funding"][0]["investors"] == investors
