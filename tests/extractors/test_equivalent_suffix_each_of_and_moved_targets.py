"""A fleet written in "H100e", a count shared out by "N each of A and B", a round's target that
is set or moved, a further sum beside the first one, and "would invest". Every sentence is
written for the test."""

from __future__ import annotations

import pytest

from extractors.facts import extract_facts


def gpus(text: str) -> list[tuple]:
    return [(g["owner"], g["count"], g["chip"], g["status"]) for g in extract_facts(text)["gpus"]]


def rounds(text: str) -> list[tuple]:
    return [(r["lab"], r["amount"], r["currency"], r["status"]) for r in extract_facts(text)["funding"]]


# -- "H100e" ----------------------------------------------------------------------------------

def test_a_fleet_written_in_h100e_is_a_count_of_h100_equivalents():
    assert gpus("Meta expects to have 1 million H100e online by the end of 2026.") == [
        ("Meta", 1_000_000, "H100-equivalent", "planned")]
    assert gpus("xAI said its Colossus site now runs the equivalent of 200,000 H100e.") == [
        ("xAI", 200_000, "H100-equivalent", "operational")]


def test_a_word_that_merely_starts_with_a_chip_name_is_no_chip():
    assert gpus("Acme shipped 20,000 H100ex boards to a reseller.") == []


# -- "N each of A and B" ----------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Alibaba bought 5,000 each of the H20 and H800 last year.",
    "Alibaba bought 5,000 each of H20 and H800 chips last year.",
])
def test_a_count_each_of_two_chips_is_one_count_per_chip(text):
    assert sorted(gpus(text)) == [("Alibaba", 5000, "H20", "operational"), ("Alibaba", 5000, "H800", "operational")]


# -- a round's target, set or moved ------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Mistral AI raised its round target to €2 billion, people familiar with the matter said.",
    "Mistral AI lifted the target of its funding round to €2 billion from €1 billion.",
    "Mistral AI increased its fundraising goal to €2 billion.",
    "Mistral AI 将本轮融资目标提高至 20 亿欧元。",
    "Mistral AI 的融资目标上调至 20 亿欧元。",
])
def test_a_rounds_target_is_no_round(text):
    assert rounds(text) == []


def test_a_round_raised_beside_its_target_stays_a_round():
    assert rounds("Mistral AI raised €1.7 billion, short of its round target of €2 billion.") == [
        ("Mistral AI", 1_700_000_000, "EUR", "closed")]


def test_a_capex_target_moved_up_stays_a_cost():
    [c] = extract_facts("Microsoft raised its capex target to $80 billion for the fiscal year.")["costs"]
    assert (c["subject"], c["amount"]) == ("Microsoft", 80_000_000_000)


# -- a further sum beside the first one -----------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Amazon will invest another $4 billion in Anthropic, on top of the $4 billion it first invested last year.",
    "亚马逊将向Anthropic追加投资40亿美元，此前其已投资40亿美元。",
])
def test_a_further_sum_and_the_first_of_the_same_size_are_two_rounds(text):
    assert sorted(rounds(text)) == [("Anthropic", 4_000_000_000, "USD", "announced"),
                                    ("Anthropic", 4_000_000_000, "USD", "closed")]


def test_a_further_sum_told_again_stays_one_round():
    assert rounds("Amazon has invested another $4 billion in Anthropic. The additional $4 billion "
                  "closes its commitment.") == [("Anthropic", 4_000_000_000, "USD", "closed")]


def test_would_invest_is_announced():
    assert rounds("Amazon said it would invest $2.75 billion in Anthropic.") == [
        ("Anthropic", 2_750_000_000, "USD", "announced")]
