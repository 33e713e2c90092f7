"""Guarantees, prices per head and export approvals give no fact (session 12). Sentences
written for these tests."""

from __future__ import annotations

import pytest

from extractors.facts import extract_facts


def _all(text: str) -> dict[str, list]:
    out = extract_facts(text)
    return {k: v for k, v in out.items() if v}


@pytest.mark.parametrize("text", [
    "Google is not the tenant: it agreed to backstop $1.8 billion of Fluidstack's lease obligations.",
    "Fluidstack took another building, while Google's backstop was raised by $1.4 billion to some "
    "$3.2 billion and its potential stake to 14%.",
    "谷歌为Fluidstack的14亿美元租约义务提供担保。",
    "Nvidia mainly wants AI21's roughly 200 employees, which would put the cost at $10 million to "
    "$15 million a head.",
    "马斯克旗下xAI与沙特主权AI公司Humain达成合作。美国商务部同日批准向沙特和阿联酋的AI企业出口最多3.5万块Blackwell芯片。",
])
def test_no_fact(text: str) -> None:
    assert _all(text) == {}


def test_a_lease_beside_a_backstop_is_still_a_cost() -> None:
    text = ("Fluidstack signed a ten-year lease worth $3 billion for AI capacity at the data centre, and "
            "Google agreed to backstop $1.4 billion of it.")
    assert [c["amount"] for c in extract_facts(text)["costs"]] == [3e9]
