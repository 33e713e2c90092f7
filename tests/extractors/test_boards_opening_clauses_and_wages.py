"""A company acting through its board, a fleet due to be completed, the subject after an opening
clause about another company, and wages. Every sentence is written for the test."""

from __future__ import annotations

import pytest

from extractors.facts import extract_facts


def test_a_company_acting_through_its_board_owns_what_it_then_buys():
    text = "鸿海董事会通过采购计划。该公司与英伟达合作打造的AI Factory将采购1万颗GB300 GPU。"
    assert [(g["owner"], g["count"], g["chip"]) for g in extract_facts(text)["gpus"]] == [
        ("Foxconn", 10_000, "GB300")]


def test_the_chair_of_a_board_is_a_role_not_the_subject():
    text = "由OpenAI董事会主席Bret Taylor共同创办的AI客服新创Sierra宣布，完成3.5亿美元新一轮融资。"
    assert [r["lab"] for r in extract_facts(text)["funding"]] == ["Sierra"]


def test_chips_of_a_centre_due_to_be_completed_are_planned():
    [g] = extract_facts("鸿海在高雄建置的先进算力中心共4,608颗GB200 GPU，预计2026年完工。")["gpus"]
    assert (g["count"], g["status"]) == (4608, "planned")


@pytest.mark.parametrize("text", [
    "继摩尔线程募资近80亿元登陆科创板后，另一家国产GPU公司沐曦于12月17日上市。其本次公开发行4010万股，募资总额约41.97亿元。",
])
def test_the_subject_after_an_opening_clause_about_another_company_takes_the_pronoun(text):
    found = {(r["lab"], r["amount"]) for r in extract_facts(text)["funding"]}
    assert ("MetaX", 4_197_000_000) in found and ("Moore Threads", 4_197_000_000) not in found


@pytest.mark.parametrize("text", [
    "智谱2024年向外部租用算力的服务费达15.53亿元；同期工资成本为3.24亿元。",
    "Stability AI rented its training capacity for roughly $99 million a year. Wages and other operating "
    "costs added about $54 million.",
])
def test_wages_are_no_compute_cost(text):
    assert len(extract_facts(text)["costs"]) == 1
