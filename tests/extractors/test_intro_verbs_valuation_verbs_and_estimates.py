"""More ways news introduces a startup and raises a valuation; outside estimates of chips a job
needs; a yardstick that owns chips (session 12). Sentences written for these tests."""

from __future__ import annotations

import pytest

from extractors.facts import extract_facts


def _rounds(text: str) -> list[tuple]:
    return [(f["lab"], f["amount"], f["valuation"], f["round"]) for f in extract_facts(text)["funding"]]


def _gpus(text: str) -> list[tuple]:
    return [(g["owner"], g["count"], g["status"]) for g in extract_facts(text)["gpus"]]


@pytest.mark.parametrize(("text", "expected"), [
    ("Pika宣布完成8000万美金B轮融资，由Spark Capital领投，其估值随之翻倍至4.7亿美元。",
     [("Pika", 8e7, 4.7e8, "Series B")]),
    ("據報道，月之暗面正推進新一輪融資，最新估值上調至48億美元。", [("Moonshot AI", None, 4.8e9, None)]),
    ("光电混合算力提供商曦智科技宣布完成超15亿元人民币C轮融资。", [("Lightelligence", 1.5e9, None, "Series C")]),
    ("同一周里，AI内容生成公司Typeface也拿到1亿美元，估值达到10亿美元。", [("Typeface", 1e8, 1e9, None)]),
    ("由华人科学家周衔联合创立的物理AI公司Genesis AI结束隐身，宣布完成一亿零五百万美元种子轮融资。",
     [("Genesis AI", 1.05e8, None, "Seed")]),
])
def test_rounds(text: str, expected: list[tuple]) -> None:
    assert _rounds(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Sora到底有多烧卡？投资机构的一份分析给出了估算：训练Sora大约需要4200到10500块H100跑上一个月。", []),
    ("Analysts estimate that training the next model would need about 100,000 H100s at OpenAI.", []),
    # a firm plan stays
    ("OpenAI 计划在明年部署 10 万块 GB200。", [("OpenAI", 100000, "planned")]),
    ("甲骨文的新集群规模超过xAI目前拥有10万颗H100的孟菲斯超级集群。", [("xAI", 100000, "operational")]),
])
def test_gpus(text: str, expected: list[tuple]) -> None:
    assert _gpus(text) == expected
