"""A deal that "priced the company at" a pre-money figure, money committed to a startup named
right after it, the latest of a Chinese running total ("最近一笔"), and TPUs in words."""

from __future__ import annotations

from extractors.facts import extract_facts


def test_a_deal_that_priced_the_company_before_the_new_money():
    text = ("The amount matches what xAI collected in its Series B in May, a deal that priced the company at "
            "$18 billion before the new money.")
    facts = extract_facts(text)["funding"]
    assert [(f["lab"], f["amount"], f["valuation"], f["valuation_type"]) for f in facts] == [
        ("xAI", None, 18e9, "pre")]


def test_money_committed_to_a_startup_is_funding():
    text = "Amazon committed $4 billion to the Claude developer in 2023."
    assert [(f["lab"], f["amount"], f["investors"]) for f in extract_facts(text)["funding"]] == [
        ("Anthropic", 4e9, ["Amazon"])]


def test_money_committed_to_something_else_is_no_round():
    text = "SoftBank, its largest investor, committed to a $9.5 billion lifeline for the office company."
    assert extract_facts(text)["funding"] == []


def test_the_latest_piece_of_a_chinese_running_total():
    text = "Anthropic 估值很高。另一大股东亚马逊的累计投资已达80亿美元，最近一笔40亿美元于去年11月宣布。"
    assert [f["amount"] for f in extract_facts(text)["funding"]] == [4e9]


def test_tensor_processing_units_in_words_are_tpus():
    text = "Anthropic will use as many as 1,000,000 tensor processing units from Google Cloud."
    assert [(g["count"], g["chip"]) for g in extract_facts(text)["gpus"]] == [(1000000, "TPU")]
