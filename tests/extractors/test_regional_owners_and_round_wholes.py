"""Regional compute owners and chip startups in the registry, and the whole of a round told
with its parts (session 12). Sentences written for these tests."""

from __future__ import annotations

import pytest

from extractors.facts import extract_facts


def _rounds(text: str) -> list[tuple]:
    return [(f["lab"], f["amount"], f["currency"], f["valuation"]) for f in extract_facts(text)["funding"]]


@pytest.mark.parametrize(("text", "expected"), [
    # a neocloud raises venture rounds
    ("Vultr, the cloud provider based in Florida, has raised US$333 million at a valuation of $3.5 billion.",
     [("Vultr", 3.33e8, "USD", 3.5e9)]),
    # "a unicorn at" is a valuation
    ("Twelve months before that an $80 million Series B had made ElevenLabs a unicorn at $1.1 billion.",
     [("ElevenLabs", 8e7, "USD", 1.1e9)]),
    # a sum over the past months is a running total
    ("CoreWeave has raised more than $12 billion in debt and equity over the past 18 months.", []),
    # the total of one lettered round is the round
    ("据报道，具身智能公司傅利叶已完成新一轮融资，E系列融资金额合计近八亿元。", [("Fourier", 8e8, "CNY", None)]),
    # one deal told with its parts: the whole is the round, its parts are no rounds
    ("基金投资审议委员会已批准向大模型公司Upstage投资共计5600亿韩元，其中先进战略产业基金出资1000亿韩元、"
     "韩国产业银行300亿韩元。", [("Upstage", 5.6e11, "KRW", None)]),
    ("南韓國民成長基金今年3月向AI晶片設計公司Rebellions注資6,400億韓圜（約4.6億美元）。",
     [("Rebellions", 6.4e11, "KRW", None)]),
    ("国产推理GPU企业曦望（Sunrise）1月22日宣布完成近３０亿元人民币战略融资。", [("Sunrise", 3e9, "CNY", None)]),
])
def test_rounds(text: str, expected: list[tuple]) -> None:
    assert _rounds(text) == expected


def test_a_sector_sum_with_a_breakdown_stays_no_round() -> None:
    text = "2025年国内模型层公司全年仅完成22笔融资，合计披露金额94.16亿元，其中单轮超过10亿元的只有三家。"
    assert _rounds(text) == []


def test_a_regional_cloud_owns_its_ai_factory() -> None:
    out = extract_facts("越南FPT集团宣布与英伟达合作，投资2亿美元建设“AI工厂”，首期计划部署约3000块英伟达H100 GPU。")
    assert [(g["owner"], g["count"], g["status"]) for g in out["gpus"]] == [("FPT", 3000, "planned")]
    assert [(c["subject"], c["amount"]) for c in out["costs"]] == [("FPT", 2e8)]
