"""The latest round inside a running total, and chips a cloud installs for a company (session 12).
Sentences written for these tests."""

from __future__ import annotations

import pytest

from extractors.facts import extract_facts


def _rounds(text: str) -> list[tuple]:
    return [(f["lab"], f["amount"], f["currency"], f["valuation"], f["investors"])
            for f in extract_facts(text)["funding"]]


def _gpus(text: str) -> list[tuple]:
    return [(f["owner"], f["count"], f["status"], f["provider"]) for f in extract_facts(text)["gpus"]]


@pytest.mark.parametrize(("text", "expected"), [
    ("Mistral has raised close to $2.9 billion of equity since it was founded in 2023, most recently "
     "€1.7 billion at an €11.7 billion valuation in a round led by ASML last September.",
     [("Mistral AI", 1.7e9, "EUR", 1.17e10, ["ASML"])]),
    ("Cohere has raised about $1 billion in funding since its founding.", []),
])
def test_a_running_total_and_its_latest_round(text: str, expected: list[tuple]) -> None:
    assert _rounds(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Nscale agreed to install 12,600 Nvidia GB300 GPUs at the site for Microsoft.",
     [("Microsoft", 12600, "planned", "Nscale")]),
    ("The campus is built with Nscale, which agreed to install 12,600 GB300 GPUs at the site for "
     "Microsoft, with the first systems due in early 2026.", [("Microsoft", 12600, "planned", "Nscale")]),
    # a purpose after a comma is no company the chips are for
    ("CoreWeave runs 250,000 GPUs for its customers, and Microsoft is the largest.",
     [("CoreWeave", 250000, "operational", None)]),
])
def test_a_cloud_that_installs_chips_for_a_company(text: str, expected: list[tuple]) -> None:
    assert _gpus(text) == expected
