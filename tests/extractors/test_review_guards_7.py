"""Guards from a third independent review of the rules added on 2026-11-28 (session 5, after
commit 2ea151d)."""

from __future__ import annotations

import pytest

from extractors.facts import extract_facts


def _gpus(text: str) -> list[tuple]:
    return [(f["owner"], f["count"], f["status"]) for f in extract_facts(text)["gpus"]]


def _costs(text: str) -> list[tuple]:
    return [(f["subject"], f["amount"], f["period"]) for f in extract_facts(text)["costs"]]


@pytest.mark.parametrize(("text", "expected"), [
    # a target cut is no fleet
    ("xAI now expects to have 500,000 GPUs by year-end, down from the 1 million it targeted in January.",
     [("xAI", 500000, "planned")]),
    # a ramp up from N to M is a plan
    ("OpenAI expects to bring its fleet up from 200,000 GPUs to 1 million GPUs by the end of 2026.",
     [("OpenAI", 200000, "planned"), ("OpenAI", 1000000, "planned")]),
    # clusters already built are not planned
    ("字节跳动已在乌兰察布搭建起 10 万卡 GPU 集群，目前已投入使用。", [("ByteDance", 100000, "operational")]),
    ("OpenAI's commitments to Oracle include 400,000 GB200s already running in Abilene.",
     [("Oracle", 400000, "operational")]),
])
def test_gpu_status_guard(text: str, expected: list[tuple]) -> None:
    assert _gpus(text) == expected


@pytest.mark.parametrize(("text", "owner"), [
    ("Following OpenAI's lead, Microsoft is expanding Fairwater, deploying 200,000 GB300s.", "Microsoft"),
    ("After talks with Oracle fell through, xAI built Colossus itself, buying 100,000 H100s.", "xAI"),
    ("xAI 的竞争对手中，Meta 为其自研模型建设了 60 万块 H100 的算力。", "Meta"),
])
def test_owner_guard(text: str, owner: str) -> None:
    assert [o for o, *_ in _gpus(text)] == [owner]


def test_power_after_an_expansion_that_is_done() -> None:
    facts = extract_facts("字节跳动扩建后的乌兰察布智算中心已于上月投产，总功率 150 兆瓦。")
    assert [f["status"] for f in facts["power"]] == ["operational"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Dell has $14.4 billion of AI servers in backlog after orders from xAI and CoreWeave.", []),
    ("CoreWeave 表示，其未履约订单中包括与 OpenAI 签订的 224 亿美元算力合同。", [("OpenAI", 22400000000, None)]),
    ("OpenAI 表示，与甲骨文签约的 xAI 将支付 100 亿美元租用算力。", [("xAI", 10000000000, None)]),
    ("微软本财年资本总支出将达 800 亿美元，大部分用于 AI 数据中心。", [("Microsoft", 80000000000, "year")]),
    ("微软承诺今年在 AI 数据中心上投入 800 亿美元。", [("Microsoft", 80000000000, "year")]),
    ("微软今年内将在 AI 数据中心上投入约 800 亿美元。", [("Microsoft", 80000000000, "year")]),
    ("Alphabet reported quarterly results on Tuesday and lifted its 2025 capex plan to $91 billion.",
     [("Alphabet", 91000000000, "year")]),
])
def test_cost_guard(text: str, expected: list[tuple]) -> None:
    assert _costs(text) == expected
