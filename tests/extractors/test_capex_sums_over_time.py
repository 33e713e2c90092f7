"""Capex summed over time is no cost of its own, and half a year is no yearly period (session 12).
Sentences written for these tests."""

from __future__ import annotations

import pytest

from extractors.facts import extract_facts


@pytest.mark.parametrize(("text", "expected"), [
    ("腾讯今年上半年资本开支达465.83亿元;自2024年第四季度加码AI以来,其累计资本开支已达831.6亿元。",
     [("Tencent", 4.6583e10, None)]),
    ("阿里巴巴 2025 年上半年资本开支为 700 亿元。", [("Alibaba", 7e10, None)]),
    ("Microsoft's cumulative capex of $150 billion since 2023 dwarfs its rivals' spending on data centers.", []),
])
def test_capex(text: str, expected: list[tuple]) -> None:
    assert [(c["subject"], c["amount"], c["period"]) for c in extract_facts(text)["costs"]] == expected
