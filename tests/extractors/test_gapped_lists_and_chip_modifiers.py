"""GPU counts in gapped lists (the verb and chip left out after the first count) and chips
with a memory or cooling modifier between the count and the model."""

from __future__ import annotations

import pytest

from extractors.facts import extract_facts


def gpus(text: str) -> list[tuple]:
    return [(g["owner"], g["count"], g["chip"], g["status"]) for g in extract_facts(text)["gpus"]]


def test_english_gapped_list_gives_each_name_its_count():
    text = "Tencent bought about 50,000 H800s, Baidu about 30,000 and Alibaba about 25,000."
    assert gpus(text) == [
        ("Tencent", 50000, "H800", "operational"),
        ("Baidu", 30000, "H800", "operational"),
        ("Alibaba", 25000, "H800", "operational"),
    ]


def test_english_gapped_list_with_serial_comma_and_time():
    text = "Tencent bought about 50,000 H800s, Baidu about 30,000, and Alibaba some 25,000 last year."
    assert [g[:2] for g in gpus(text)] == [("Tencent", 50000), ("Baidu", 30000), ("Alibaba", 25000)]


def test_english_gapped_plan_keeps_the_plan():
    text = "Microsoft plans to deploy 100,000 GB200s by the end of 2025, and OpenAI 50,000."
    facts = extract_facts(text)["gpus"]
    assert [(g["owner"], g["count"], g["chip"], g["status"]) for g in facts] == [
        ("Microsoft", 100000, "GB200", "planned"), ("OpenAI", 50000, "GB200", "planned")]


@pytest.mark.parametrize("text", [
    # a number after a non-name is no gapped count
    "Meta bought 350,000 H100s in 2024, up from 150,000 in 2023.",
    "Nvidia shipped 500,000 H100s in the quarter, the report said, and analysts 20,000.",
])
def test_no_gapped_count_without_a_name(text):
    assert len(gpus(text)) <= 1


def test_chinese_gapped_list_shares_the_status_of_the_first_count():
    statuses = {g[3] for g in gpus("腾讯采购了约5万块H800，百度约3万块，阿里巴巴约2.5万块。")}
    assert len(statuses) == 1


@pytest.mark.parametrize("text, owner, count, chip", [
    ("Meta 發表的 LLaMA 論文指出，訓練 650 億參數版本時使用了 2048 塊 80GB 記憶體的 NVIDIA A100 GPU。",
     "Meta", 2048, "A100"),
    ("xAI 表示，由 10 万颗液冷 H100 组成的超级集群已开始训练。", "xAI", 100000, "H100"),
    ("Meta trained Llama on 2,048 80GB A100 GPUs.", "Meta", 2048, "A100"),
])
def test_memory_and_cooling_modifiers_before_the_chip(text, owner, count, chip):
    assert [g[:3] for g in gpus(text)] == [(owner, count, chip)]


def test_resumptive_two_before_each_shares_the_count():
    text = "Omdia估算，2023年英伟达H100的头号买家是Meta和微软，两家各采购约15万块。"
    assert [(g[0], g[1], g[2]) for g in gpus(text)] == [("Meta", 150000, "H100"), ("Microsoft", 150000, "H100")]


def test_shared_out_and_gapped_counts_in_a_sentence_after_the_chip():
    text = ("2023年英伟达H100的头号买家是Meta和微软。谷歌、亚马逊和甲骨文各约5万块，云服务商CoreWeave约4万块，"
            "同为GPU云新贵的Lambda约2万块，特斯拉约1.5万块。")
    facts = extract_facts(text)["gpus"]
    assert [(g["owner"], g["count"], g["chip"], g["provider"]) for g in facts] == [
        ("Google", 50000, "H100", None), ("Amazon", 50000, "H100", None), ("Oracle", 50000, "H100", None),
        ("CoreWeave", 40000, "H100", None), ("Lambda", 20000, "H100", None), ("Tesla", 15000, "H100", None)]
    assert len({g["status"] for g in facts}) == 1


def test_a_shared_out_part_keeps_the_total_told_before_it():
    text = "研究机构估计，DeepSeek可调用的Hopper架构GPU约有5万块，其中H800和H100各约1万块，其余主要是H20。"
    assert [(g[1], g[2]) for g in gpus(text)] == [(50000, "Hopper"), (10000, "H800"), (10000, "H100")]


@pytest.mark.parametrize("text, expected", [
    ("Microsoft led the table with about 485,000 Hopper chips, while Meta took around 224,000.",
     [("Microsoft", 485000), ("Meta", 224000)]),
    ("Microsoft bought 485,000 of Nvidia's Hopper chips this year, far ahead of Meta, which bought 224,000.",
     [("Microsoft", 485000), ("Meta", 224000)]),
])
def test_elliptic_counts_after_took_and_in_a_relative_clause(text, expected):
    assert [g[:2] for g in gpus(text)] == expected


def test_capex_before_a_ratio_to_revenue_is_still_capex():
    text = "腾讯控股公布的年报显示，2024年集团资本开支同比大增221%至767.6亿元，约占全年收入的12%。"
    assert [(c["subject"], c["amount"]) for c in extract_facts(text)["costs"]] == [("Tencent", 76.76e9)]
