"""Guards from a second independent review of the session-12 rules (review 9: 440 probes, 22
problems). Sentences written by the reviewer for the review."""

from __future__ import annotations

import pytest

from extractors.facts import extract_facts


def _investors(text: str) -> list[list[str]]:
    return [f["investors"] for f in extract_facts(text)["funding"]]


def _rounds(text: str) -> list[tuple]:
    return [(f["lab"], f["amount"], f["round"]) for f in extract_facts(text)["funding"]]


def _gpus(text: str) -> list[tuple]:
    return [(g["owner"], g["count"], g["status"]) for g in extract_facts(text)["gpus"]]


def _costs(text: str) -> list[tuple]:
    return [(c["subject"], c["amount"], c["period"]) for c in extract_facts(text)["costs"]]


@pytest.mark.parametrize(("text", "expected"), [
    # a contrast about something else does not take the negation back (1)
    ("月之暗面完成 10 亿美元融资，阿里巴巴领投，红杉中国、腾讯跟投；腾讯并未参与本轮融资，但仍是公司股东。",
     [["Alibaba", "Sequoia China"]]),
    ("xAI raised $6 billion from a16z, Sequoia and Fidelity; Fidelity did not take part, but Kingdom Holding did.",
     [["Andreessen Horowitz", "Sequoia Capital"]]),
    # more forms of staying out (2)
    ("Perplexity raised $500 million led by IVP, with Nvidia and SoftBank participating; SoftBank is not a "
     "backer of the new round.", [["IVP", "Nvidia"]]),
    ("百川智能完成 50 亿元 A 轮融资，阿里、腾讯、小米等参投，腾讯未跟进投资本轮。", [["Alibaba", "Xiaomi"]]),
    ("MiniMax 完成 6 亿美元融资，阿里巴巴领投，腾讯、红杉中国参投，腾讯不是本轮投资方。", [["Alibaba", "Sequoia China"]]),
    # not leading is no staying out
    ("智谱完成 30 亿元融资，北京国资领投，腾讯、美团跟投，腾讯未再参与领投。", [["北京国资", "Tencent", "Meituan"]]),
])
def test_investors(text: str, expected: list[list[str]]) -> None:
    assert _investors(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # this round's total "so far" is still this round (3)
    ("Crusoe said additional closings bring the round's total so far to $640 million.", [("Crusoe", 6.4e8, None)]),
    ("MiniMax 本轮融资总额迄今已达 6 亿美元，阿里巴巴领投。", [("MiniMax", 6e8, None)]),
    # money raised over recent months with no round named is a running sum (4)
    ("Mistral has raised more than €1 billion over the past 12 months.", []),
    # the round's total after its named round is that round grown (5)
    ("Skild AI raised $300 million in a Series A in July. The round's total is now $500 million after a "
     "$200 million extension from SoftBank.", [("Skild AI", 5e8, "Series A")]),
    # a listing's proceeds stay an IPO when the shares jumped after it (6)
    ("摩尔线程登陆科创板，上市后首日股价大涨 425%，此次发行募资总额约 80 亿元。", [("Moore Threads", 8e9, "IPO")]),
    # startups described by news/media/venture/analyst words are still startups (9)
    ("Tavily, an AI search startup, raised $25 million in a Series A led by Insight Partners.",
     [("Tavily", 2.5e7, "Series A")]),
    ("Particle, an AI news startup, raised $10.9 million led by Lightspeed.", [("Particle", 1.09e7, None)]),
    ("Zetaworks, a venture-backed AI startup, raised $40 million led by Accel.", [("Zetaworks", 4e7, None)]),
    # money raised for a fund is no round (10, 11)
    ("Zetaworks, an AI startup, has raised $1 billion for a new fund.", []),
    ("Palo Alto-based Foundation Capital raised $600 million for two new funds.", []),
    # a named round inside a sum "to date"/"so far" is that round (22)
    ("DayOne has raised about $1.9 billion to date, including a $1.2 billion Series B in December 2024.",
     [("DayOne", 1.2e9, "Series B")]),
    ("xAI has raised $12 billion so far, including a $6 billion Series C.", [("xAI", 6e9, "Series C")]),
])
def test_rounds(text: str, expected: list[tuple]) -> None:
    assert _rounds(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a comparison ends at a clause of its own (12)
    ("xAI now runs more GPUs than Meta, and OpenAI is building a cluster of 400,000 GB200s in Abilene.",
     [("OpenAI", 400000, "planned")]),
    ("Meta has more GPUs than Microsoft, and Google has deployed 500,000 TPUs.", [("Google", 500000, "operational")]),
    # a maker's shipments and output are not its fleet (13)
    ("Huawei shipped 100,000 Ascend chips to ByteDance last year.", [("ByteDance", 100000, "operational")]),
    ("华为计划明年生产 20 万颗 910C，用于自家云服务。", []),
    # "910B tokens" is no chip (14)
    ("训练数据达 910B tokens，智谱使用了 1 万张卡。", [("Zhipu AI", 10000, "training")]),
    # 卡 then 年内/年底 is a count and a time (15)
    ("阶跃星辰目前拥有 1 万卡年底将扩至 3 万卡。", [("StepFun", 10000, "operational"), ("StepFun", 30000, "planned")]),
    # one superpod's size is no fleet (16)
    ("OpenAI's one superpod packs 576 GB200 chips.", []),
    # an analyst elsewhere in the sentence does not undo a lab's stated need (17)
    ("Meta needs 1.3 million GPUs by year end, Zuckerberg said, as analysts expect capex to climb.",
     [("Meta", 1300000, "planned")]),
    # deals signed on to are plans (18)
    ("xAI has signed on to lease 300,000 GB300s from Oracle.", [("xAI", 300000, "planned")]),
    # an export cap is no fleet (19)
    ("Washington approved exports that allow G42 to import up to 500,000 Nvidia chips a year.", []),
])
def test_gpus(text: str, expected: list[tuple]) -> None:
    assert _gpus(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an exchange rate or an annual rate is no hypothesis (20)
    ("按最新汇率计算，字节跳动明年可能投入约 1600 亿元人民币用于 AI 基础设施。", [("ByteDance", 1.6e11, "year")]),
    ("按 H800 每小时 2 美元计算，DeepSeek 训练 V3 可能只花费了约 560 万美元。", [("DeepSeek", 5.6e6, "one-off")]),
    # half a year in the amount's clause or opening the sentence (21)
    ("Meta expects capex of $35 billion in H2 2025.", [("Meta", 3.5e10, None)]),
    ("During the first half of 2025, Microsoft spent $42 billion on capital expenditures.",
     [("Microsoft", 4.2e10, None)]),
    ("截至上半年，微软今年资本开支已达 400 亿美元。", [("Microsoft", 4e10, None)]),
])
def test_costs(text: str, expected: list[tuple]) -> None:
    assert _costs(text) == expected
