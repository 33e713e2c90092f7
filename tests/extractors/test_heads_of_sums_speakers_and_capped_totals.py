"""A trap word that heads the amount before, a speaker who is no investor, and a total with a
ceiling. Every sentence is written for the test."""

from __future__ import annotations

import pytest

from extractors.facts import extract_facts


def rounds(text: str) -> list[tuple]:
    return [(r["lab"], r["amount"], r["status"], r["investors"]) for r in extract_facts(text)["funding"]]


def test_the_debt_word_of_the_sum_before_does_not_cover_the_next_sum():
    assert rounds("Morgan Stanley said on July 1 that xAI had completed a $5 billion debt raise alongside a "
                  "separate $5 billion strategic equity investment.") == [("xAI", 5_000_000_000, "closed", [])]


def test_a_debt_raise_alone_is_no_round():
    assert rounds("xAI had completed a $5 billion debt raise.") == []


def test_a_note_about_the_sum_before_after_a_comma_keeps_its_trap():
    found = extract_facts("月之暗面以15亿美元的投前估值拿到8亿美金。阿里的8亿美元并非全是现金,实际到账不足6亿美元,"
                          "其余以阿里云算力结算。")
    assert found["costs"] == []


def test_who_tells_of_a_round_is_not_its_investor_but_an_investor_telling_of_its_own_stake_is():
    assert rounds("Morgan Stanley said on Monday that xAI had completed a $5 billion strategic equity "
                  "investment.") == [("xAI", 5_000_000_000, "closed", [])]
    assert rounds("Amazon said on Wednesday that it has invested a further $2.75 billion in Anthropic.") == [
        ("Anthropic", 2_750_000_000, "closed", ["Amazon"])]


@pytest.mark.parametrize("text", [
    "英伟达将逐步向OpenAI投资,总额最高可达1000亿美元。",
    "Nvidia will invest in OpenAI progressively, for a total of up to $100 billion.",
])
def test_a_total_with_a_ceiling_is_the_size_of_one_commitment(text):
    assert rounds(text) == [("OpenAI", 100_000_000_000, "announced", ["Nvidia"])]


def test_a_running_total_stays_a_total():
    assert rounds("OpenAI累计融资总额已达579亿美元。") == []
