"""A bare '910B', a chipmaker that sells chips provides none, a hypothesis worked out in money,
and a group's capex with its members listed (session 12). Sentences written for these tests."""

from __future__ import annotations

import pytest

from extractors.facts import extract_facts


@pytest.mark.parametrize(("text", "expected"), [
    ("字节跳动今年已向华为订购超过10万颗910B。", [("ByteDance", 100000, "Ascend 910B", None)]),
    ("知情人士称，字节跳动正计划使用华为昇腾910B芯片训练新模型。该公司今年已向华为订购超过10万颗910B。",
     [("ByteDance", 100000, "Ascend 910B", None)]),
    # renting from a cloud keeps the cloud as provider
    ("字节跳动从甲骨文租用了 10 万块 H100。", [("ByteDance", 100000, "H100", "Oracle")]),
])
def test_gpus(text: str, expected: list[tuple]) -> None:
    assert [(g["owner"], g["count"], g["chip"], g["provider"]) for g in extract_facts(text)["gpus"]] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("报告认为，若Sora类模型大规模普及，OpenAI推理高峰期可能需要约72万块H100；按每块约3万美元计算，"
     "仅这批芯片就价值216亿美元。", []),
    ("2025年Google、AWS、Meta、Microsoft、Oracle、騰訊、阿里巴巴與百度等八大雲端業者合計資本支出將突破4,200億美元。", []),
    # a training run costed at rental prices stays a cost
    ("DeepSeek-V3 在 2048 块 H800 上完成训练。按每 GPU 小时 2 美元的租赁价格计算，DeepSeek 的训练总成本约为 557.6 万美元。",
     [("DeepSeek", 5.576e6)]),
])
def test_costs(text: str, expected: list[tuple]) -> None:
    assert [(c["subject"], c["amount"]) for c in extract_facts(text)["costs"]] == expected
