"""A big company investing in a year is its spending, a contract's lab buys even when named
after the amount, a customer does not take the focus, a guessed valuation is nobody's price,
hypothetical chip counts, R&D and baselines of capex."""

from __future__ import annotations

import pytest

from extractors.facts import extract_facts


def _costs(text: str) -> list[tuple]:
    return [(f["subject"], f["amount"], f["period"]) for f in extract_facts(text)["costs"]]


def test_a_cloud_investing_in_a_year_spends() -> None:
    text = ("The biggest US tech groups will pour money into AI data centres this year. Amazon set the "
            "pace, telling investors it expects to invest about $200 billion in 2026.")
    assert _costs(text) == [("Amazon", 2e11, "year")]


def test_a_startup_named_as_the_source_receives_the_money() -> None:
    [r] = extract_facts("According to OpenAI, SoftBank and Nvidia each invested $30 billion.")["funding"]
    assert (r["lab"], r["amount"]) == ("OpenAI", 3e10)


def test_the_lab_of_a_contract_named_after_the_amount_buys() -> None:
    text = "A contract worth up to $6.5 billion has been signed between CoreWeave and OpenAI."
    assert [s for s, *_ in _costs(text)] == ["OpenAI"]


def test_an_add_on_after_a_contract_is_its_cost() -> None:
    text = ("OpenAI signed a five-year contract with CoreWeave worth $11.9 billion for compute. "
            "A $4 billion add-on followed in May.")
    assert [a for _, a, _ in _costs(text)] == [1.19e10, 4e9]


def test_works_out_to_is_a_cost() -> None:
    text = ("DeepSeek trained V3 on 2,048 H800 GPUs for 2.788 million GPU hours. At $2 per GPU hour, "
            "that works out to $5.576 million.")
    assert [a for _, a, _ in _costs(text)] == [5576000]


@pytest.mark.parametrize(("text", "expected"), [
    ("OpenAI raised $6.6 billion at $157 billion.", [(6.6e9, 1.57e11)]),
    ("Deal-watchers had expected Lambda to raise a few hundred million dollars at more than $4 billion.",
     []),
])
def test_a_price_after_at_is_a_valuation_and_a_guess_is_none(text: str, expected: list) -> None:
    assert [(f["amount"], f["valuation"]) for f in extract_facts(text)["funding"]] == expected


def test_a_customer_supplied_does_not_take_the_focus() -> None:
    text = ("Lambda raised $1.5 billion. The money follows an agreement to supply Microsoft with AI "
            "infrastructure. The company is fitting out a site with 10,000 Nvidia B200 GPUs.")
    assert [f["owner"] for f in extract_facts(text)["gpus"]] == ["Lambda"]


def test_hundreds_in_words_count() -> None:
    facts = extract_facts("Oracle will buy roughly four hundred thousand GB200 chips for its data centres.")
    assert [f["count"] for f in facts["gpus"]] == [400000]


def test_a_chip_count_something_would_otherwise_take_is_no_fact() -> None:
    text = "Etched says one Sohu server runs Llama 70B faster than work that would otherwise take 160 H100s."
    assert extract_facts(text)["gpus"] == []


def test_power_of_a_chipmakers_systems_and_growth_plans() -> None:
    facts = extract_facts("从 2027 年起，该实验室 Thinking Machines 将部署至少 1 吉瓦的英伟达 Vera Rubin 系统。")
    assert [(f["subject"], f["mw"], f["status"]) for f in facts["power"]] == [
        ("Thinking Machines Lab", 1000, "planned")]
    facts = extract_facts("Lambda's Kansas City AI factory opens with 24 MW and can grow to more than 100 MW.")
    assert [f["status"] for f in facts["power"]] == ["operational", "planned"]


def test_rnd_spending_is_no_compute_cost_but_capex_baselines_are() -> None:
    text = ("腾讯当季资本开支为 129.8 亿元，与一季度 274.8 亿元的高点相比明显放缓。"
            "CFO 表示全年资本开支仍将高于 2024 年全年的 767 亿元。同期腾讯研发开支为 228.2 亿元。")
    assert [a for _, a, _ in _costs(text)] == [1.298e10, 2.748e10, 7.67e10]
