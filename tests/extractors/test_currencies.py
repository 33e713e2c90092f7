"""Currency markers and the approximate USD conversion."""

from __future__ import annotations

import pytest

from extractors.currencies import FX_TO_USD, prefix_code, suffix_code, to_usd


@pytest.mark.parametrize(("marker", "code"), [
    ("$", "USD"), ("us$", "USD"), ("usd", "USD"), ("€", "EUR"), ("eur", "EUR"), ("£", "GBP"),
    ("hk$", "HKD"), ("rmb", "CNY"), ("cny", "CNY"), ("人民币", "CNY"),
])
def test_prefixes(marker, code):
    assert prefix_code(marker) == code


def test_yen_sign_depends_on_language():
    assert prefix_code("¥", "zh") == "CNY"
    assert prefix_code("¥", "en") == "JPY"


@pytest.mark.parametrize(("marker", "code"), [
    ("美元", "USD"), ("美金", "USD"), ("元", "CNY"), ("元人民币", "CNY"), ("人民币", "CNY"),
    ("欧元", "EUR"), ("英镑", "GBP"), ("港元", "HKD"), ("日元", "JPY"), ("dollars", "USD"),
    ("yuan", "CNY"), ("euros", "EUR"),
])
def test_suffixes(marker, code):
    assert suffix_code(marker) == code


def test_to_usd_uses_the_fixed_table():
    assert to_usd(100, "USD") == 100
    assert to_usd(1e9, "CNY") == pytest.approx(1.4e8)
    assert to_usd(1e9, "EUR") == pytest.approx(1.08e9)
    assert to_usd(1, "XXX") is None
    assert to_usd(None, "USD") is None
    assert set(FX_TO_USD) >= {"USD", "CNY", "EUR", "GBP", "HKD", "JPY"}
