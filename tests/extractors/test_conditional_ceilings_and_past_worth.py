"""A deal's total under a condition, a sum told "all told", output value, a past worth, and
coming back to investors. Every sentence is written for the test."""

from __future__ import annotations

import pytest

from extractors.facts import extract_facts


@pytest.mark.parametrize("text", [
    "Hut 8与Fluidstack签署租约,基础租期合同价值约70亿美元;若三次续约选项全部行使,合同总值可达177亿美元。",
    "微软与Nebius签下174亿美元的算力合约;若微软追加服务,总值最高可达194亿美元。",
])
def test_the_total_a_deal_may_reach_under_a_condition_is_no_cost(text):
    assert len(extract_facts(text)["costs"]) == 1


def test_a_further_purchase_under_a_condition_stays_a_cost():
    text = ("Meta将在五年内向Nebius采购120亿美元算力;此外,若Nebius的集群未能售出,Meta还将购买最多150亿美元的额外容量。")
    assert len(extract_facts(text)["costs"]) == 2


def test_all_told_is_a_running_total():
    text = "Sakana AI raised $135 million. All told, the company has now raised more than $479 million."
    assert [r["amount"] for r in extract_facts(text)["funding"]] == [135_000_000]


def test_output_value_is_no_cost():
    assert extract_facts("国网云端算力中心目标创造15兆元产值与50万个AI就业机会。")["costs"] == []


def test_coming_back_for_more_is_a_round_and_a_past_worth_is_no_amount():
    text = ("Moonshot AI is growing fast. Its valuation is $2.5 billion, roughly eight times the $300 million it was "
            "worth after its first funding. Moonshot has now come back for $300 million more, this time from "
            "Tencent, at a valuation of $3.3 billion.")
    found = [(r["amount"], r["valuation"]) for r in extract_facts(text)["funding"]]
    assert (300_000_000, 3_300_000_000) in found and (300_000_000, None) not in found
