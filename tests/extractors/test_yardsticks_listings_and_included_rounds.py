"""Yardsticks of a benchmark claim, a named round inside a sum, a loan's ceiling, Chinese
listed companies and 'of the company's' chips (session 12). Sentences written for these tests."""

from __future__ import annotations

import pytest

from extractors.facts import extract_facts


def test_yardsticks_of_a_benchmark_claim_take_no_chips() -> None:
    text = ("Huawei researchers released the report for Pangu Ultra. The network has 94 layers. The model "
            "beats Llama 405B and Mistral Large 2 and is competitive with DeepSeek-R1. A sister model was "
            "trained on a cluster of 6,000 Ascend NPUs.")
    assert [g["owner"] for g in extract_facts(text)["gpus"]] == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Huawei said the run used 8,192 of the company's Ascend NPUs.", [("Huawei", 8192, "Ascend")]),
])
def test_chips_of_the_company(text: str, expected: list[tuple]) -> None:
    assert [(g["owner"], g["count"], g["chip"]) for g in extract_facts(text)["gpus"]] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("DayOne has raised about $1.9 billion since it was founded, including a $1.2 billion Series B in "
     "December 2024.", [("DayOne", 1.2e9, "Series B")]),
    ("自动驾驶芯片公司黑芝麻智能今天在港交所主板挂牌。本次全球发售3700万股,募资总额约10.36亿港元,"
     "扣除上市开支后净额约9.51亿港元。", [("Black Sesame Technologies", 1.036e9, "IPO")]),
    ("摩尔线程拟以不超过75亿元的闲置募集资金进行现金管理。", []),
])
def test_rounds(text: str, expected: list[tuple]) -> None:
    assert [(f["lab"], f["amount"], f["round"]) for f in extract_facts(text)["funding"]] == expected


def test_a_loans_ceiling_is_no_cost() -> None:
    text = ("DayOne has also lined up a €500 million mezzanine facility from Brookfield, expandable to "
            "€1 billion, for its Finnish data centre campuses.")
    assert extract_facts(text)["costs"] == []
