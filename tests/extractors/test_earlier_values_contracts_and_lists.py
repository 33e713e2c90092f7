"""An earlier valuation told as "up from", a subject list running back over commas, an
investor "putting in" its part of the round, contract periods, opex, ellipsis after a
semicolon and "added ... more" to a contract."""

from __future__ import annotations

from extractors.facts import extract_facts


def test_up_from_an_earlier_valuation_is_an_earlier_round() -> None:
    text = ("Reflection AI has raised $2 billion at an $8 billion valuation, up from $545 million in "
            "March. Nvidia led the round with an $800 million cheque, and Lightspeed, Sequoia, DST "
            "Global and GIC also invested.")
    assert [(f["amount"], f["valuation"], f["investors"]) for f in extract_facts(text)["funding"]] == [
        (2e9, 8e9, ["Nvidia", "Lightspeed Venture Partners", "Sequoia Capital", "DST Global", "GIC"]),
        (None, 5.45e8, [])]


def test_an_investor_putting_in_its_part_in_the_same_sentence() -> None:
    text = "OpenAI has raised $40 billion at a $300 billion valuation, led by SoftBank, which is putting in $30 billion."
    assert [f["amount"] for f in extract_facts(text)["funding"]] == [4e10]


def test_a_contract_signed_this_year_has_no_period() -> None:
    text = "CoreWeave has landed a third contract with OpenAI this year, worth up to $6.5 billion."
    assert [(f["amount"], f["period"]) for f in extract_facts(text)["costs"]] == [(6.5e9, None)]


def test_total_operating_expenses_are_no_compute_cost() -> None:
    text = ("Meta expects capital expenditures of $115 billion this year. Total expenses for the year are "
            "expected to land between $162 billion and $169 billion, driven by infrastructure costs.")
    assert [f["amount"] for f in extract_facts(text)["costs"]] == [1.15e11]


def test_a_figure_after_a_semicolon_for_another_model_keeps_the_kind() -> None:
    text = "报告估算，谷歌 Gemini Ultra 的训练成本约 1.92 亿美元；Meta 的 Llama 3.1-405B 约为 1.7 亿美元。"
    assert [(f["subject"], f["amount"], f["period"]) for f in extract_facts(text)["costs"]] == [
        ("Google", 1.92e8, "one-off"), ("Meta", 1.7e8, "one-off")]


def test_last_years_report_and_a_year_of_saying_are_no_yearly_period() -> None:
    text = "前一年的报告给出 GPT-4 训练成本约 7800 万美元的估计，奥特曼 2023 年说训练花费超过 1 亿美元。"
    assert {f["period"] for f in extract_facts(text)["costs"]} == {"one-off"}


def test_added_more_to_a_contract() -> None:
    text = ("In March OpenAI signed a five-year deal with CoreWeave for computing capacity worth as much "
            "as $11.9 billion. "
            "In May the companies added up to $4 billion more.")
    assert [f["amount"] for f in extract_facts(text)["costs"]] == [1.19e10, 4e9]
