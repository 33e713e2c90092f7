"""Guards from review 16 of the rules added on 2026-11-29 (last part). Every sentence is written
for the test."""

from __future__ import annotations

import pytest

from extractors.facts import extract_facts


def rounds(text: str) -> list[tuple]:
    return [(r["lab"], r["amount"], r["status"]) for r in extract_facts(text)["funding"]]


def gpus(text: str) -> list[tuple]:
    return [(g["owner"], g["count"], g["provider"]) for g in extract_facts(text)["gpus"]]


def test_a_partner_clouds_own_fleet_is_its_own():
    assert gpus("Anthropic trains on AWS. Microsoft, its cloud provider, has 300,000 GPUs of its own.") == [
        ("Microsoft", 300_000, None)]


@pytest.mark.parametrize("text", [
    "xAI is discussing a $15 billion equity raise with investors.",
    "Mistral is discussing a roughly €2 billion funding round.",
    "月之暗面正在敲定由腾讯领投的新一轮融资，金额约5亿美元。",
    "智谱正在敲定一笔约5亿美元的融资。",
])
def test_a_round_under_discussion_is_talks(text):
    assert [r[2] for r in rounds(text)] == ["talks"]


@pytest.mark.parametrize(("text", "owner"), [
    ("DeepSeek said its parent, High-Flyer, bought 10,000 A100s in 2021.", "High-Flyer"),
    ("xAI said its sister company, Tesla, has 50,000 H100s.", "Tesla"),
])
def test_a_parent_named_as_the_subject_keeps_its_chips(text, owner):
    assert [g[0] for g in gpus(text)] == [owner]


@pytest.mark.parametrize("text", [
    "Microsoft plans to sell $2 billion of its stake in OpenAI.",
    "OpenAI will sell $10 billion of compute capacity to other companies.",
])
def test_a_stake_or_capacity_sold_is_no_round_or_cost(text):
    found = extract_facts(text)
    assert found["funding"] == [] and found["costs"] == []


@pytest.mark.parametrize("text", [
    "All told, Mistral has raised €3 billion, including the Series C.",
    "All told, OpenAI has raised more than $60 billion since its Series A round.",
])
def test_all_told_with_a_running_word_stays_a_total(text):
    assert rounds(text) == []


def test_a_grid_named_after_the_sites_power_does_not_hide_it():
    found = extract_facts("宁夏中卫数据中心集群规划电力容量300兆瓦,由国家电网配套供电。")["power"]
    assert [p["mw"] for p in found] == [300]


@pytest.mark.parametrize("text", [
    "该市人工智能产业园项目总投资50亿元。",
    "贵州云计算产业园项目总投资80亿元。",
])
def test_a_compute_park_is_a_site(text):
    assert [c["amount"] for c in extract_facts(text)["costs"]] == [5e9 if "50" in text else 8e9]


@pytest.mark.parametrize("text", [
    "阿里云已部署的GPU可达10万卡。",
    "腾讯服务器规模扩大到10万卡。",
])
def test_a_fleet_that_reaches_a_size_is_a_fleet(text):
    assert len(extract_facts(text)["gpus"]) == 1


def test_each_new_building_is_not_shared_out():
    assert len(gpus("Oracle and OpenAI will put 50,000 GPUs in each new building.")) <= 1


def test_chips_the_company_rents_from_a_cloud_named_after_them_are_its():
    assert gpus("xAI is growing. Before that the company was renting about 16,000 H100s from Oracle.") == [
        ("xAI", 16_000, "Oracle")]


@pytest.mark.parametrize("text", [
    "Huawei also showed the Atlas 950 SuperPoD, which links 8,192 Ascend chips and is due in 2026.",
    "Huawei showed the Atlas 960 SuperPoD with 15,488 chips for the end of 2027.",
    "Xu said clusters built from these systems could exceed 500,000 Ascend chips.",
])
def test_what_a_product_links_or_could_reach_is_no_fleet(text):
    assert extract_facts(text)["gpus"] == []


def test_an_investors_sum_since_the_company_was_founded_is_a_total():
    text = ("Groq raised $750 million in September. Davis said his firm has put more than $500 million into Groq "
            "since the company was founded in 2016.")
    assert [r["amount"] for r in extract_facts(text)["funding"]] == [750_000_000]
