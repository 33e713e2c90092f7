"""A project phase's investment, a month of this year that is a date and not a period, and "the
startup" when two startups are named as often. Every sentence is written for the test."""

from __future__ import annotations

import pytest

from extractors.facts import extract_facts


@pytest.mark.parametrize("text", [
    "Fluidstack今年2月还被法国选为一座1吉瓦AI超算园区的建设方，首期投资约100亿欧元。",
    "Fluidstack将在法国建设一座1吉瓦AI超算园区，首期投资约100亿欧元。",
])
def test_a_project_phases_investment_is_a_one_off_cost(text):
    found = extract_facts(text)
    assert found["funding"] == []
    assert [(c["subject"], c["amount"], c["period"]) for c in found["costs"]] == [
        ("Fluidstack", 10_000_000_000, "one-off")]


def test_this_years_spending_stays_yearly():
    [c] = extract_facts("腾讯今年资本开支预计约为900亿元。")["costs"]
    assert c["period"] == "year"


def test_the_startup_is_the_subject_not_a_startup_named_in_a_comparison():
    text = ("Anthropic has raised $30 billion in a Series G round. It ranks behind only the $40 billion "
            "that OpenAI collected last year in a round led by SoftBank. Investors last priced the "
            "startup in September, when it closed a $13 billion Series F led by ICONIQ.")
    found = [(r["lab"], r["amount"]) for r in extract_facts(text)["funding"]]
    assert ("Anthropic", 13_000_000_000) in found and ("OpenAI", 13_000_000_000) not in found
