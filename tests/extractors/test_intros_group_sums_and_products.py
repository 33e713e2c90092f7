"""Startups introduced with more verbs and dates, sums raised by a counted group of companies
or over several rounds, and products that stand for their company."""

from __future__ import annotations

import pytest

from extractors.facts import extract_facts


def rounds(text: str) -> list[tuple]:
    return [(f["lab"], f["amount"], f["currency"], f["round"]) for f in extract_facts(text)["funding"]]


@pytest.mark.parametrize("text, lab, amount", [
    ("Legora, the Stockholm-founded legal AI company, has added $50 million to its Series D.", "Legora", 50e6),
    ("Acme Robotics, a humanoid-robot maker, took in $80 million in a Series A led by Sequoia.",
     "Acme Robotics", 80e6),
    ("Fluxon, the AI chip start-up, received $30 million in seed funding from Lux Capital.", "Fluxon", 30e6),
])
def test_apposition_intros_with_more_verbs_of_raising(text, lab, amount):
    assert [(r[0], r[1]) for r in rounds(text)] == [(lab, amount)]


@pytest.mark.parametrize("text, lab", [
    ("柏林工作流自动化公司n8n宣布完成1.8亿美元C轮融资，由Accel领投。", "n8n"),
    ("同类推理平台Replicate则在2023年12月完成4000万美元B轮融资，由a16z领投。", "Replicate"),
    ("AI 编程公司 Quill 于 6 月完成 9 亿美元融资。", "Quill"),
])
def test_chinese_intros_with_more_domains_and_a_date_before_the_verb(text, lab):
    assert [r[0] for r in rounds(text)] == [lab]


def test_took_in_from_investors_is_a_round():
    text = ("OpenEvidence, the start-up whose chatbot answers clinical questions for doctors, has raised "
            "$250 million. In October, OpenEvidence took in $200 million from investors led by GV at a "
            "valuation of $6 billion.")
    assert ("OpenEvidence", 200e6, "USD", None) in rounds(text)


def test_took_in_revenue_is_no_round():
    assert rounds("Mistral AI took in $2 billion in revenue last quarter.") == []


def test_product_name_stands_for_its_company():
    assert rounds("Cursor raised $900 million at a $9.9 billion valuation, led by Thrive.") == [
        ("Anysphere", 900e6, "USD", None)]


def test_driving_unit_is_its_own_lab():
    assert [r[0] for r in rounds("滴滴自动驾驶宣布完成 2.98 亿美元 C 轮融资。")] == ["DiDi Autonomous Driving"]


@pytest.mark.parametrize("text", [
    "According to LiveReport, the 11 AI companies that listed in Hong Kong over the past two years have "
    "raised HK$18.5 billion in follow-on deals, more than the HK$13.9 billion they took in at their IPOs.",
    "The three robotics startups have raised $500 million so far this year.",
])
def test_a_counted_group_of_companies_raises_no_round(text):
    assert rounds(text) == []


def test_a_sum_over_several_rounds_is_a_total_and_the_latest_round_stays():
    assert rounds("Cursor raised $2.3 billion in two rounds this year, most recently $900 million in June.") == [
        ("Anysphere", 900e6, "USD", None)]
    assert rounds("Anthropic has raised $7.6 billion across ten rounds.") == []
