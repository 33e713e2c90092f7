"""A fund named like a trap word, place-based and platform startups, 'put the company at', and a
renter the registry does not know (session 12). Sentences written for these tests."""

from __future__ import annotations

import pytest

from extractors.facts import extract_facts


def _rounds(text: str) -> list[tuple]:
    return [(f["lab"], f["amount"], f["valuation"], f["round"]) for f in extract_facts(text)["funding"]]


@pytest.mark.parametrize(("text", "expected"), [
    ("Baseten closed a $150 million Series D led by BOND at a valuation of $2.15 billion.",
     [("Baseten", 1.5e8, 2.15e9, "Series D")]),
    ("New York-based Xscape Photonics raised a $44 million Series A led by IAG Capital Partners.",
     [("Xscape Photonics", 4.4e7, None, "Series A")]),
    ("生成式媒体平台fal.ai完成1.4亿美元D轮融资，红杉资本领投，估值45亿美元。",
     [("fal.ai", 1.4e8, 4.5e9, "Series D")]),
    ("Cohere said a $270 million Series C put the company at $2.2 billion.",
     [("Cohere", 2.7e8, 2.2e9, "Series C")]),
    # a bond is still no round
    ("CoreWeave raised $2 billion in a bond offering.", []),
])
def test_rounds(text: str, expected: list[tuple]) -> None:
    assert _rounds(text) == expected


def test_a_renter_the_registry_does_not_know_gives_the_cloud_no_chips() -> None:
    text = "美国初创公司Zyphra则在IBM云上租用由1024块AMD MI300X组成的集群。"
    assert extract_facts(text)["gpus"] == []
