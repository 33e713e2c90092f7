"""Listings: gross proceeds are the IPO round, net proceeds and cornerstone parts are not, and
rounds summed before a listing are a total (session 12). Sentences written for these tests."""

from __future__ import annotations

import pytest

from extractors.facts import extract_facts


def _rounds(text: str) -> list[tuple]:
    return [(f["lab"], f["amount"], f["currency"], f["round"]) for f in extract_facts(text)["funding"]]


@pytest.mark.parametrize(("text", "expected"), [
    ("国产GPU企业沐曦股份今日登陆上交所科创板。该公司此次公开发行4010万股,发行价为每股104.66元,"
     "募资总额约41.97亿元,扣除发行费用后募资净额约38.99亿元。", [("MetaX", 4.197e9, "CNY", "IPO")]),
    ("沐曦股份登陆科创板,首次公开发行募集资金41.97亿元。", [("MetaX", 4.197e9, "CNY", "IPO")]),
    ("MiniMax今早在港交所上市,集资约41.9亿港元。14名基石投资者合共认购约3.5亿美元,其中阿布扎比投资局占"
     "6500万美元。上市前,MiniMax在七轮融资中从约30家机构取得共约15亿美元。",
     [("MiniMax", 4.19e9, "HKD", "IPO")]),
])
def test_listing(text: str, expected: list[tuple]) -> None:
    assert _rounds(text) == expected


def test_a_listing_planned_is_not_the_listing_of_before() -> None:
    # "上市前" is before the listing: the rounds then are no IPO
    assert _rounds("上市前,智谱完成了 10 亿元 B 轮融资。") == [("Zhipu AI", 1e9, "CNY", "Series B")]
