"""Sentences a new user tried: a deadline with 之前 is no past, 约 before the verb hedges the sum."""

from __future__ import annotations

import pytest

from extractors.facts import extract_facts


@pytest.mark.parametrize(("text", "status", "target"), [
    ("xAI 计划在 2025 年秋天之前部署 10 万张 H100。", "planned", "2025 年秋天之前"),
    ("xAI 计划在 2025 年秋天之前部署 10 万张 H100，租用 10 万台 H100 每年约花费 17 亿美元。",
     "planned", "2025 年秋天之前"),
    ("字节跳动计划在年底之前部署 5 万张 H20。", "planned", "年底之前"),
    ("xAI 之前部署了 10 万张 H100。", "operational", None),  # (之前 alone: before now)
])
def test_zhiqian_after_a_time_is_a_deadline_not_the_past(text, status, target):
    (fact,) = extract_facts(text)["gpus"]
    assert (fact["status"], fact["target_date"]) == (status, target)


@pytest.mark.parametrize("text", ["xAI 租用 10 万台 H100 每年约花费 17 亿美元。", "xAI 的 Colossus 集群约耗资 50 亿美元。"])
def test_yue_before_the_verb_hedges_the_sum(text):
    (fact,) = extract_facts(text)["costs"]
    assert fact["qualifier"] == "about"


@pytest.mark.parametrize("text", [
    "OpenAI will pay Oracle $30 billion a year for 4.5 GW of data-center capacity.",
    "OpenAI agreed to pay Oracle about $30 billion a year for 4.5 gigawatts of data-centre capacity.",
])
def test_a_yearly_payment_for_hyphened_data_center_capacity_is_a_cost(text):
    (cost,) = extract_facts(text)["costs"]
    assert (cost["subject"], cost["amount"], cost["period"]) == ("OpenAI", 3e10, "year")
    assert [p["mw"] for p in extract_facts(text)["power"]] == [4500]


@pytest.mark.parametrize(("text", "owner", "provider"), [
    ("xAI uses more than 15,000 H100s in Oracle's cloud.", "xAI", "Oracle"),
    ("Microsoft Azure is providing Anthropic with 50,000 H100 GPUs.", "Anthropic", "Microsoft"),
    ("Oracle is providing OpenAI with 400,000 GB200 chips in Abilene.", "OpenAI", "Oracle"),
    ("xAI bought 10,000 H100s, boosting Oracle's cloud business.", "xAI", None),
])
def test_the_cloud_whose_chips_a_lab_uses_is_its_provider(text, owner, provider):
    (gpus,) = extract_facts(text)["gpus"]
    assert (gpus["owner"], gpus["provider"]) == (owner, provider)
