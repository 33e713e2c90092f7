"""Currencies of infrastructure deals outside the US and China, trillion-and-hundred-million
figures, and spans of years (session 12). Sentences written for these tests."""

from __future__ import annotations

import pytest

from extractors.currencies import to_usd
from extractors.facts import extract_facts
from extractors.folding import fold
from extractors.money import find_money


def _money(text: str) -> list[tuple[float, str]]:
    return [(m.amount, m.currency) for m in find_money(fold(text), None)]


@pytest.mark.parametrize(("text", "expected"), [
    ("投入200亿澳元", [(2e10, "AUD")]),
    ("投入337亿瑞典克朗", [(3.37e10, "SEK")]),
    ("总投资约 7 亿丹麦克朗", [(7e8, "DKK")]),
    ("33.7 billion Swedish kronor", [(3.37e10, "SEK")]),
    ("DKK 700 million", [(7e8, "DKK")]),
    ("NOK 2 billion", [(2e9, "NOK")]),
    ("AED 1.5 billion", [(1.5e9, "AED")]),
    ("40 billion Saudi riyals", [(4e10, "SAR")]),
    ("RM 10 亿林吉特", [(1e9, "MYR")]),
    ("1.2 trillion won", [(1.2e12, "KRW")]),
    ("KRW 1.46 trillion", [(1.46e12, "KRW")]),
    ("5 亿加元", [(5e8, "CAD")]),
    ("20 billion Australian dollars", [(2e10, "AUD")]),
    # trillions and hundreds of millions written as one figure
    ("投入２兆２６００億日圓", [(2.26e12, "JPY")]),
    ("投入 1 万亿 2000 亿日元", [(1.2e12, "JPY")]),
])
def test_currency_and_compound_figures(text: str, expected: list[tuple[float, str]]) -> None:
    assert _money(text) == expected


def test_new_currencies_convert_to_usd() -> None:
    assert to_usd(1e9, "SEK") == pytest.approx(9.5e7)
    assert to_usd(1e9, "DKK") == pytest.approx(1.45e8)


@pytest.mark.parametrize(("text", "expected"), [
    ("亚马逊宣布将在2025年至2029年间向澳大利亚投入200亿澳元(约130亿美元)，用于扩建数据中心。",
     [("Amazon", 2e10, "AUD", None)]),
    ("微软宣布将在未来两年内向瑞典投入337亿瑞典克朗(约32亿美元)扩建云和AI基础设施。",
     [("Microsoft", 3.37e10, "SEK", None)]),
    ("Amazon will spend A$20 billion on data centres in Australia between 2025 and 2029.",
     [("Amazon", 2e10, "AUD", None)]),
])
def test_a_sum_over_a_span_of_years_has_no_yearly_period(text: str, expected: list[tuple]) -> None:
    assert [(c["subject"], c["amount"], c["currency"], c["period"])
            for c in extract_facts(text)["costs"]] == expected
