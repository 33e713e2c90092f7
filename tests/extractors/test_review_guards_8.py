"""Guards from an independent review of the session-12 rules (review 8: 379 probes, 19 problems).
Sentences written by the reviewer for the review."""

from __future__ import annotations

import pytest

from extractors.facts import extract_facts


def _investors(text: str) -> list[list[str]]:
    return [f["investors"] for f in extract_facts(text)["funding"]]


def _rounds(text: str) -> list[tuple]:
    return [(f["lab"], f["amount"], f["round"]) for f in extract_facts(text)["funding"]]


@pytest.mark.parametrize(("text", "expected"), [
    # a negation about something else keeps the investor (P1, P2)
    ("智谱完成 30 亿元新一轮融资，由阿里巴巴和腾讯领投，腾讯未披露具体投资金额。", [["Alibaba", "Tencent"]]),
    ("百川智能完成 50 亿元 A 轮融资，阿里巴巴、腾讯、小米等参投，阿里巴巴未透露出资比例。",
     [["Alibaba", "Tencent", "Xiaomi"]]),
    ("MiniMax 完成 6 亿美元融资，阿里巴巴领投，高瓴资本并非领投方，而是跟投。", [["Alibaba", "Hillhouse"]]),
    ("智谱完成 20 亿元融资，腾讯没有领投本轮，但继续跟投。", [["Tencent"]]),
    ("月之暗面完成 10 亿美元融资，阿里巴巴、腾讯、小米参投，小米不是本轮最大投资方。",
     [["Alibaba", "Tencent", "Xiaomi"]]),
    ("Mistral AI raised €1.7 billion led by ASML; Nvidia did not lead but participated in the round.",
     [["ASML", "Nvidia"]]),
    ("Anthropic raised $4 billion from Amazon and Google; Amazon was not the only investor.",
     [["Amazon", "Google"]]),
    # a name that stays out is still dropped
    ("MiniMax 完成 6 亿美元融资，阿里巴巴领投，腾讯等老股东跟投，红杉中国未出现在投资方名单中。", [["Alibaba", "Tencent"]]),
    # no junk investors from "获得 … 投资" (P9)
    ("该轮融资完成后，月之暗面获得超过 10 亿美元投资，估值 33 亿美元。", [[]]),
    ("xAI 获得马斯克旗下 SpaceX 20 亿美元投资。", [["SpaceX"]]),
    # "led by" after a company noun is its leader (P19)
    ("Unconventional AI, the chip startup led by Naveen Rao, has raised $475 million at a $4.5 billion valuation.",
     [[]]),
])
def test_investors(text: str, expected: list[list[str]]) -> None:
    assert _investors(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # running totals stay totals (P4)
    ("自成立以来，智谱累计募资总额超过 160 亿元。", []),
    ("截至上市前，摩尔线程历史募资总额超过 100 亿元。", []),
    ("壁仞科技在港交所挂牌，此前其累计募集资金总额约 50 亿元。", []),
    # an earlier named round is not swallowed by this round's total (P5)
    ("2023 年，百川智能完成 3 亿美元 A 轮融资。今年 7 月百川智能完成新一轮融资，该轮融资总额达 50 亿元。",
     [("Baichuan", 3e8, "Series A"), ("Baichuan", 5e9, None)]),
    # money raised after a listing is no IPO (P6)
    ("智谱上市后首次定增，募资总额 40 亿元，用于大模型研发。", [("Zhipu AI", 4e9, "Private placement")]),
    ("智谱于 2026 年 1 月在港交所上市。2026 年 6 月，智谱完成 H 股配售，募资总额 40 亿港元。", [("Zhipu AI", 4e9, "Private placement")]),
    # a round raised over recent months is a round (P7); years of raising are a total
    ("Harvey has raised $300 million in a Series E over the last six months, led by Kleiner Perkins.",
     [("Harvey", 3e8, "Series E")]),
    ("Anthropic has raised more than $30 billion in the last two years, most recently a $13 billion Series F.",
     [("Anthropic", 1.3e10, "Series F")]),
    # "including" a part of a total is no round (P8)
    ("Mistral has raised about €3 billion since it was founded in 2023, including €600 million in debt.", []),
    ("OpenAI has raised $64 billion since its founding, including $13 billion from Microsoft.", []),
    # no lab from an adverb, an investor, a fund or a news agency (P10)
    ("Meanwhile, the Chinese AI startup backed by Alibaba, has raised $500 million.", []),
    ("Elad Gil, a prominent investor in AI start-ups, has raised $1 billion for a new fund.", []),
    ("Conviction Partners, the AI-focused venture firm founded by Sarah Guo, has raised $230 million for its "
     "second fund.", []),
    ("Reuters, the news agency that first reported the AI company's plans, announced it had raised $100 million.", []),
])
def test_rounds(text: str, expected: list[tuple]) -> None:
    assert _rounds(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Oracle operates one server farm with 50,000 AMD MI450 GPUs in Texas.", [("Oracle", 50000)]),   # P11
    ("One of its server farms holds 100,000 H100s, Microsoft said.", [("Microsoft", 100000)]),
    ("美国批准H20出口后字节跳动立即订购了10万块H20。", [("ByteDance", 100000)]),                        # P12
    ("Since the US cleared exports ByteDance has bought 100,000 H20 chips.", [("ByteDance", 100000)]),
    ("在开业典礼来临之际，该中心部署了 1 万张 H800。", []),                                             # P13
    ("智谱训练 GLM-5 用了 5000 卡天的算力。", []),                                                      # P15
])
def test_gpus(text: str, expected: list[tuple]) -> None:
    assert [(g["owner"], g["count"]) for g in extract_facts(text)["gpus"]] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("阿里巴巴今年上半年宣布，2025 年资本开支将达 1200 亿元。", [("Alibaba", 1.2e11, "year")]),         # P14
    ("In the first half, Microsoft said it would spend $80 billion in fiscal 2025 on AI data centres.",
     [("Microsoft", 8e10, "year")]),
    ("2025 年上半年，字节跳动在 AI 基础设施上投入 800 亿元。", [("ByteDance", 8e10, None)]),
    ("Sesterce will invest €450 million, or about $500 million, in a data centre.", [("Sesterce", 4.5e8, None)]),  # P17
    ("Firmus raised A$330 million, or 330 million Australian dollars, to build AI factories in Tasmania.", []),  # P18
])
def test_costs(text: str, expected: list[tuple]) -> None:
    assert [(c["subject"], c["amount"], c["period"]) for c in extract_facts(text)["costs"]] == expected


def test_a_present_use_outweighs_a_signed_deal() -> None:   # P16
    text = "The company signed on to 100,000 GPUs of capacity from CoreWeave, which it now uses for training."
    assert [g["status"] for g in extract_facts(text)["gpus"]] == ["training"]
