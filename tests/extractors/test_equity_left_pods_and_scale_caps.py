"""Equity being finalised, equity raised since a company was set up, cash left and rebates, pod sizes
and cluster caps (session 12). Sentences written for these tests."""

from __future__ import annotations

import pytest

from extractors.facts import extract_facts


def test_a_cash_burn_passage_keeps_only_the_round_in_talks() -> None:
    text = ("Of the $14 billion of equity the company has raised since it was set up in 2023, only around "
            "$4 billion was left at the end of the first quarter. xAI told investors it was finalising $4.3 "
            "billion of new equity and expects a $650 million rebate from a hardware supplier.")
    assert [(f["amount"], f["status"]) for f in extract_facts(text)["funding"]] == [(4.3e9, "talks")]


@pytest.mark.parametrize("text", [
    "Google 發表第七代 TPU「Ironwood」。Ironwood 將以 256 顆與 9216 顆兩種規模的 pod 提供。",
    "Amazon said its EC2 UltraClusters of as many as 20,000 H100 GPUs are now available.",
    "Google Cloud said its A3 virtual machines could scale to 26,000 H100s in a single configuration.",
])
def test_sizes_on_offer_are_no_fleet(text: str) -> None:
    assert extract_facts(text)["gpus"] == []
