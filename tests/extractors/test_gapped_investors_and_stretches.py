"""Investors in gapped clauses ("and Microsoft up to $5 billion"), money put into a pronoun
("向其投资"), investors kept inside their semicolon stretch, and startup intros that name
their field or say "said it has raised"."""

from __future__ import annotations

import pytest

from extractors.facts import extract_facts


def rounds(text: str) -> list[tuple]:
    return [(f["lab"], f["amount"], f["status"], f["investors"]) for f in extract_facts(text)["funding"]]


def test_english_gapped_investor_clause_is_a_second_round_of_the_same_deal():
    text = ("Nvidia has committed to invest up to $10 billion in Anthropic and Microsoft up to $5 billion, "
            "the companies said on Tuesday.")
    assert rounds(text) == [
        ("Anthropic", 10e9, "announced", ["Nvidia"]),
        ("Anthropic", 5e9, "announced", ["Microsoft"]),
    ]


def test_chinese_gapped_investor_and_money_put_into_a_pronoun():
    text = ("微软、英伟达与Anthropic宣布三方合作：Anthropic承诺购买价值300亿美元的Azure算力；"
            "英伟达将向其投资最多100亿美元，微软最多投资50亿美元。")
    facts = extract_facts(text)
    assert [(f["lab"], f["amount"], f["investors"]) for f in facts["funding"]] == [
        ("Anthropic", 10e9, ["Nvidia"]), ("Anthropic", 5e9, ["Microsoft"])]
    assert [c["amount"] for c in facts["costs"]] == [30e9]


@pytest.mark.parametrize("text", [
    # a startup after the separator raises its own money; a plain second sum is no gapped clause
    "Nvidia invested $10 billion in Anthropic, and Mistral AI $2 billion from its backers.",
    "Microsoft will invest $80 billion in data centres this year and $20 billion next year.",
])
def test_no_gapped_investor_round_without_an_investor_name(text):
    assert not any(r[1] in (2e9, 20e9) and r[0] == "Anthropic" for r in rounds(text))


def test_investors_stay_in_their_semicolon_stretch():
    text = ("由三位华人联合创办的Dyna Robotics完成1.2亿美元A轮融资，估值突破6亿美元，Robostrategy领投，"
            "英伟达、亚马逊、三星等参投；该公司半年前刚以超过2000万美元的种子轮起步。")
    got = {f["amount"]: f["investors"] for f in extract_facts(text)["funding"]}
    assert got[120e6] == ["Robostrategy", "Nvidia", "Amazon", "Samsung Electronics"]
    assert got[20e6] == []


def test_a_name_that_says_its_field_is_a_startup_whoever_founded_it():
    text = "由三位华人联合创办的Dyna Robotics完成1.2亿美元A轮融资。"
    assert [r[0] for r in rounds(text)] == ["Dyna Robotics"]
    assert rounds("由两位餐饮老板创立的 Mellow 完成 1 亿元 A 轮融资。") == []


def test_apposition_then_said_it_has_raised():
    text = ("Modular, the AI software company started by LLVM creator Chris Lattner, said it has raised "
            "$250 million at a valuation of $1.6 billion.")
    facts = extract_facts(text)["funding"]
    assert [(f["lab"], f["amount"], f["valuation"]) for f in facts] == [("Modular", 250e6, 1.6e9)]
