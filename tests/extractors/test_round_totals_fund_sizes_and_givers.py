"""Rounds told by their total, fund sizes, who gave an investment and piled-up adverbs before
a valuation (session 12). Sentences written for these tests."""

from __future__ import annotations

import pytest

from extractors.facts import extract_facts


def _rounds(text: str) -> list[tuple]:
    return [(f["lab"], f["amount"], f["valuation"], f["investors"]) for f in extract_facts(text)["funding"]]


@pytest.mark.parametrize(("text", "expected"), [
    # adverbs pile up before a valuation
    ("这家Claude的开发商去年9月完成上一轮融资时,估值还只有1830亿美元。",
     [("Anthropic", None, 1.83e11, [])]),
    # the total of this round is the round; its closings told before join it
    ("软银已向 OpenAI 追加投资225亿美元,完成第二次交割。软银在4月的首次交割中投入了75亿美元,"
     "加上其他联合投资者超额认购的110亿美元,这轮融资总额达到410亿美元。",
     [("OpenAI", 4.1e10, None, ["SoftBank"])]),
    # a fund's size is no money put in
    ("Prosperity7 參與了智譜 AI 約４億美元的新一輪融資，募資後估值約30億美元。Prosperity7 管理的基金"
     "規模約30億美元，在本輪中屬少數股東。", [("Zhipu AI", 4e8, 3e9, ["Prosperity7"])]),
    # who gave an investment stands between the verb and it
    ("软银集团旗下能源公司 SB Energy 宣布,获得 OpenAI 与软银集团合计10亿美金投资。", []),
    ("智谱宣布获得腾讯和阿里巴巴共计 20 亿元投资。", [("Zhipu AI", 2e9, None, ["Tencent", "Alibaba"])]),
    ("智谱宣布获得浦东创投集团和张江集团 10 亿元战略投资。",
     [("Zhipu AI", 1e9, None, ["浦东创投集团", "张江集团"])]),
])
def test_round_shapes(text: str, expected: list[tuple]) -> None:
    assert _rounds(text) == expected


@pytest.mark.parametrize("text", [
    "Mistral AI raised €600 million led by General Catalyst, which manages about $40 billion.",
    "Perplexity raised $500 million from IVP, a firm with $15 billion in assets under management.",
])
def test_a_fund_size_in_english_is_no_round(text: str) -> None:
    assert [f["amount"] for f in extract_facts(text)["funding"]] == [5e8 if "Perplexity" in text else 6e8]


def test_a_running_total_of_earlier_rounds_stays_a_total() -> None:
    # ("累计融资总额" is everything raised, not the total of this round)
    text = "月之暗面累计融资总额已超过 20 亿美元。"
    assert _rounds(text) == []


def test_a_lettered_total_over_rounds_of_other_names_is_a_sum_not_a_round() -> None:
    text = ("硅光子芯片初创公司Ayar Labs宣布完成2500万美元C1轮融资，由Capital TEN领投。加上2022年4月由"
            "Boardman Bay领投的1.3亿美元C轮，该公司C轮融资总额达到1.55亿美元。")
    assert [(f["amount"], f["round"]) for f in extract_facts(text)["funding"]] == [
        (2.5e7, "Series C1"), (1.3e8, "Series C")]
