"""Generic prices per gigawatt, ratios per employee, a contract's ceiling after its term, deals
summed, shares received worth a sum, and a hypothetical model's power give no fact."""

from __future__ import annotations

import pytest

from extractors.facts import extract_facts


@pytest.mark.parametrize("text", [
    "OpenAI is building. Jensen Huang has estimated that a gigawatt of AI data-centre capacity costs "
    "$50-60 billion, of which about $35 billion goes to Nvidia's chips and systems.",
    "据路透社报道，CoreWeave与OpenAI签下扩展合同，双方今年以来签署的算力协议总额因此升至224亿美元。",
    "3月，OpenAI与CoreWeave敲定租赁协议，并同时获得价值3.5亿美元的CoreWeave股份。",
    "Thinking Machines Lab has about 100 staff, which works out to $120 million of valuation per employee.",
])
def test_no_cost(text):
    assert extract_facts(text)["costs"] == []


def test_a_contracts_ceiling_after_its_term_is_not_a_second_cost():
    text = ("9月，微软与Nebius签订合同，由后者在新泽西州的新数据中心为其提供专用GPU算力，合同金额174亿美元，"
            "期限至2031年，若追加服务最高可达194亿美元。")
    assert [c["amount"] for c in extract_facts(text)["costs"]] == [17.4e9]


def test_a_hypothetical_models_power_is_no_fact():
    text = ("Mistral AI is growing. A continent-scale model would need a 100,000-GPU cluster drawing about "
            "150 MW, because nobody has committed to build it.")
    assert extract_facts(text)["power"] == []


def test_a_deals_required_power_stays():
    text = ("Oracle has signed a contract under which OpenAI would buy $300 billion of computing power. "
            "The purchases would begin in 2027 and would require 4.5 gigawatts of capacity.")
    assert [p["mw"] for p in extract_facts(text)["power"]] == [4500]


def test_spending_set_against_last_years_is_last_years_spending():
    text = "Amazon expects to spend about $200 billion on capex this year, against roughly $131.8 billion in 2025."
    assert [(c["subject"], c["amount"]) for c in extract_facts(text)["costs"]] == [
        ("Amazon", 200e9), ("Amazon", 131.8e9)]


def test_money_laid_out_on_property_and_equipment_is_capex():
    text = "Alphabet spent roughly double the $91.4 billion it laid out on property and equipment last year."
    assert [c["amount"] for c in extract_facts(text)["costs"]] == [91.4e9]


def test_an_outlay_named_beside_a_stake_leaves_the_stake_a_round():
    text = ("Meta will spend $600 billion on US data centres. The outlay comes on top of the $14.3 billion Meta "
            "paid last June for a 49% stake in Scale AI.")
    assert [(f["lab"], f["amount"]) for f in extract_facts(text)["funding"]] == [("Scale AI", 14.3e9)]
