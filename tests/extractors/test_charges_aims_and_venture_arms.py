"""Accounting charges are no spending, an aim a round fell short of is no round, money added
"to its coffers" is raised, and a corporate venture arm in a list is an investor, not the lab."""

from __future__ import annotations

from extractors.facts import extract_facts


def test_a_charge_booked_on_chip_stock_is_no_cost():
    text = "受出口限制影响，英伟达当季计提45亿美元与H20库存和采购义务相关的费用。"
    assert extract_facts(text)["costs"] == []


def test_a_write_down_is_no_cost():
    assert extract_facts("Nvidia took a $4.5 billion write-down on H20 chips it could not sell.")["costs"] == []


def test_an_aim_the_round_fell_short_of_is_no_round():
    text = ("In 2023 FuriosaAI set out to collect 160 billion won in its Series C but secured only "
            "80 billion won in a first close.")
    assert [(f["lab"], f["amount"]) for f in extract_facts(text)["funding"]] == [("FuriosaAI", 80e9)]


def test_money_added_to_its_coffers_is_raised():
    text = ("Twelve Labs, the San Francisco video-understanding start-up founded by a group of Korean engineers, "
            "has added $30 million to its coffers from a clutch of strategic backers.")
    assert [(f["lab"], f["amount"]) for f in extract_facts(text)["funding"]] == [("Twelve Labs", 30e6)]


def test_a_venture_arm_heading_an_investor_list_is_not_the_lab():
    text = ("Twelve Labs, the video-understanding start-up, has added $30 million. Databricks Ventures, "
            "Snowflake Ventures and SK Telecom are among the investors in the round, which comes six months "
            "after the company closed a $50 million Series A.")
    assert {f["lab"] for f in extract_facts(text)["funding"]} == {"Twelve Labs"}
