"""Prices and rates per unit of power, the size of one pod or rack, and export licences give no
fact (session 12). Sentences written for these tests."""

from __future__ import annotations

import pytest

from extractors.facts import extract_facts

LEAD = "OpenAI 计划建设更多数据中心。"


@pytest.mark.parametrize("text", [
    LEAD + "Industry executives often put the all-in cost of a gigawatt of AI computing near $50 billion.",
    LEAD + "按当前水平,每吉瓦的资本开支超过400亿美元。",
    LEAD + "他表示,希望未来建成一座算力工厂,每周新增1吉瓦的产能。",
    LEAD + "Jensen Huang said each gigawatt of AI data centre capacity costs $50 billion to $60 billion.",
    "谷歌云的训练作业相当于199个 pod 同时工作,每个 pod 含256颗芯片。",
    "Google said a single TPU v5p pod holds 8,960 chips.",
    "In the same week the U.S. Commerce Department cleared exports of up to 35,000 Blackwell chips to "
    "Humain and the UAE's G42 together.",
])
def test_no_fact(text: str) -> None:
    assert {k: v for k, v in extract_facts(text).items() if v} == {}


def test_a_site_with_its_power_and_price_keeps_both() -> None:
    out = extract_facts(LEAD + "OpenAI plans a 1 GW data centre in Abilene that will cost $15 billion.")
    assert [(c["amount"]) for c in out["costs"]] == [1.5e10]
    assert [(w["mw"]) for w in out["power"]] == [1000]


def test_clusters_each_with_a_count_stay_counts() -> None:
    out = extract_facts("Meta built two clusters, each with 24,576 H100 GPUs.")
    assert [g["count"] for g in out["gpus"]] == [24576, 24576]
