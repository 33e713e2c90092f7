"""A listing's proceeds used to repay loans, a Chinese name in brackets, and the capex of the company a
results passage is about (session 12). Sentences written for these tests."""

from __future__ import annotations

from extractors.facts import extract_facts


def test_proceeds_that_repay_a_loan_are_still_the_ipo() -> None:
    text = ("优必选今日在港交所主板挂牌。公司以每股90港元发行1128.2万股H股,集资总额约10.15亿港元,"
            "所得款项将用于研发及偿还银行贷款。")
    assert [(f["lab"], f["amount"], f["round"]) for f in extract_facts(text)["funding"]] == [
        ("UBTech", 1.015e9, "IPO")]


def test_a_startup_with_its_chinese_name_in_brackets() -> None:
    text = "36氪获悉,AI创作平台LiblibAI(哩布哩布AI)已完成1.3亿美元B轮融资,由红杉中国领投。"
    assert [(f["lab"], f["amount"], f["round"]) for f in extract_facts(text)["funding"]] == [
        ("LiblibAI", 1.3e8, "Series B")]


def test_capex_of_the_company_a_results_passage_is_about() -> None:
    text = "腾讯控股公布2025年第一季度业绩。一季度资本开支为274.8亿元,同比增长91%。"
    assert [(c["subject"], c["amount"]) for c in extract_facts(text)["costs"]] == [("Tencent", 2.748e10)]


def test_a_loan_is_still_no_round() -> None:
    assert extract_facts("CoreWeave raised $2 billion in a loan to buy GPUs.")["funding"] == []
