"""Money phrases: number + currency, ranges, qualifiers, conversions in brackets."""

from __future__ import annotations

import pytest

from extractors.folding import fold
from extractors.money import find_money


def money(text: str, lang: str = "en"):
    return [(m.amount, m.currency, m.qualifier_text) for m in find_money(fold(text), lang)]


@pytest.mark.parametrize(("text", "expected"), [
    ("raised $6.6B", [(6.6e9, "USD", None)]),
    ("raised $6 billion", [(6e9, "USD", None)]),
    ("valued at $24bn", [(24e9, "USD", None)]),
    ("US$ 2 billion", [(2e9, "USD", None)]),
    ("USD 5 million", [(5e6, "USD", None)]),
    ("€600 million", [(6e8, "EUR", None)]),
    ("£10bn", [(10e9, "GBP", None)]),
    ("HK$3bn", [(3e9, "HKD", None)]),
    ("6 billion dollars", [(6e9, "USD", None)]),
    ("3 billion yuan", [(3e9, "CNY", None)]),
    ("60 亿美元", [(6e9, "USD", None)]),
    ("100 亿美金", [(1e10, "USD", None)]),
    ("22亿元", [(2.2e9, "CNY", None)]),
    ("人民币 100 亿元", [(1e10, "CNY", None)]),
    ("约 100 億元人民币", [(1e10, "CNY", "about")]),
    ("六十亿美元", [(6e9, "USD", None)]),
    ("超过 240 亿美元", [(24e9, "USD", "over")]),
    ("10 多亿美元", [(1e9, "USD", "over")]),
    ("１００億美元", [(1e10, "USD", None)]),
    # a numeral right after a verb ending in 成 is whole: not 十亿 out of 六十亿
    ("完成六十亿元融资", [(6e9, "CNY", None)]),
    ("完成三十五亿美元融资", [(3.5e9, "USD", None)]),
    ("達成二十億美元", [(2e9, "USD", None)]),
    ("a quarter of a billion dollars", [(2.5e8, "USD", None)]),
    ("three quarters of a billion dollars", [(7.5e8, "USD", None)]),
    ("half a billion dollars", [(5e8, "USD", None)]),
])
def test_money_phrases(text, expected):
    assert money(text, "zh" if any(ord(c) > 0x2E80 for c in text) else "en") == expected


def test_ranges_keep_the_lower_bound():
    assert money("$5-6 billion") == [(5e9, "USD", "range:5e9-6e9")]
    assert money("5 至 6 亿美元", "zh") == [(5e8, "USD", "range:5e8-6e8")]
    assert money("between $30,000 and $40,000") == [(30000, "USD", "range:30000-40000")]


def test_a_number_without_currency_is_not_money():
    assert money("800 million weekly users, 405B parameters, 2024") == []


def test_prefix_does_not_steal_the_next_amount():
    assert money("US$ 2 billion 人民币 5 亿元", "zh") == [(2e9, "USD", None), (5e8, "CNY", None)]


def test_a_conversion_after_an_amount_is_dropped():
    from extractors.passage import analyse

    def amounts(text: str) -> list[tuple[float, str]]:
        return [(m.amount, m.currency) for s in analyse(text).sentences for m in s.money]

    assert amounts("Mistral closed a €600 million Series B, about $640 million, on Tuesday.") == [
        (6e8, "EUR")]
    assert amounts("百川智能完成 50 亿元融资（约合 7 亿美元）。") == [(5e9, "CNY")]
    assert amounts("智谱获得 30 亿元，约合 4.1 亿美元。") == [(3e9, "CNY")]
    # two amounts in one currency are two amounts
    assert amounts("xAI raised $6 billion, about $2 billion more than planned.") == [
        (6e9, "USD"), (2e9, "USD")]


def test_a_second_sum_in_another_currency_is_kept():
    from extractors.passage import analyse

    found = [(m.amount, m.currency) for s in analyse("月之暗面获 5 亿元，另获约 1 亿美元。").sentences
             for m in s.money]
    assert found == [(5e8, "CNY"), (1e8, "USD")]


@pytest.mark.parametrize(("text", "expected"), [
    ("港幣 50 億元", [(5e9, "HKD", None)]),
    ("新台幣100億元", [(1e10, "TWD", None)]),
    ("輝達市值突破 4 兆美元", [(4e12, "USD", None)]),
    ("募资 43 亿港币，另有 30 亿港币", [(4.3e9, "HKD", None), (3e9, "HKD", None)]),
    ("募资 43 亿港币 30 亿港币", [(4.3e9, "HKD", None), (3e9, "HKD", None)]),
    ("100 亿元人民币 5 亿元人民币", [(1e10, "CNY", None), (5e8, "CNY", None)]),
    ("耗电 300 兆瓦", []),
])
def test_taiwan_and_hong_kong_money(text, expected):
    assert money(text, "zh") == expected


@pytest.mark.parametrize("text", ["成千上万美元", "成百上千亿元", "数十亿美元"])
def test_vague_chinese_quantities_are_not_amounts(text):
    assert money(text, "zh") == []
