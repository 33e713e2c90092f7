"""Shapes from real news passages (session of 2026-11-29, third part): chips a cloud delivers
to a customer, a count told in "units" after a full one, a sum of the counts before, and a
short company name. Every sentence is written for the test."""

from __future__ import annotations

import pytest

from extractors.facts import extract_facts


def _gpus(text):
    return [(f["owner"], f["count"], f["chip"], f["provider"]) for f in extract_facts(text)["gpus"]]


# --- chips delivered to a customer

@pytest.mark.parametrize("verb", ["deliver", "supply", "lease"])
def test_chips_a_cloud_delivers_to_a_lab_are_the_labs(verb):
    text = f"Oracle will {verb} 400,000 GB200 chips to OpenAI."
    assert _gpus(text) == [("OpenAI", 400000, "GB200", "Oracle")]


def test_chips_a_neocloud_delivers_to_a_big_cloud_are_the_big_clouds():
    text = ("The Aker–Nscale joint venture in Narvik is expected to deliver approximately 52,000 GB300 "
            "GPUs to Microsoft under a multi-year agreement.")
    assert _gpus(text) == [("Microsoft", 52000, "GB300", "Nscale")]


def test_a_neocloud_renting_to_another_neocloud_keeps_its_chips():
    # (a neocloud renting to a neocloud is a wholesale deal: no user named)
    assert _gpus("Nscale will rent 8,000 GPUs to CoreWeave.") == [("Nscale", 8000, "GPU", None)]


def test_a_chipmaker_delivering_chips_provides_nothing():
    assert _gpus("Nvidia will deliver 10,000 GPUs to xAI.") == [("xAI", 10000, "GPU", None)]


# --- a count in "units", and a sum of the counts before

def test_a_count_in_units_after_a_full_count_shares_its_chips():
    text = "Meta and Microsoft will each deploy 50,000 H100s, while Google will install around 60,000 units."
    assert _gpus(text) == [("Meta", 50000, "H100", None), ("Microsoft", 50000, "H100", None),
                           ("Google", 60000, "H100", None)]


def test_the_total_the_counts_before_bring_is_no_count_of_its_own():
    text = ("Samsung and Hyundai Motor will each deploy up to 50,000 GPUs, while Naver Cloud will "
            "install around 60,000 units, bringing the total to 260,000.")
    assert [(o, n) for o, n, _, _ in _gpus(text)] == [
        ("Samsung Electronics", 50000), ("Hyundai Motor Group", 50000), ("Naver Cloud", 60000)]


def test_a_total_of_a_plan_still_counts():
    text = "xAI runs 100,000 H100s and plans a total of 200,000 by next year."
    assert [n for _, n, _, _ in _gpus(text)] == [100000, 200000]


# --- "SK" alone is SK Group, in its own casing only

def test_sk_alone_is_sk_group():
    text = "Samsung, SK and Hyundai Motor will each deploy up to 50,000 GPUs."
    assert [o for o, _, _, _ in _gpus(text)] == ["Samsung Electronics", "SK Group", "Hyundai Motor Group"]


@pytest.mark.parametrize("text", ["SK hynix will supply HBM for 10,000 GPUs.", "The risk desk bought 5,000 GPUs."])
def test_sk_inside_other_names_or_words_is_not_sk_group(text):
    assert all(o != "SK Group" for o, _, _, _ in _gpus(text))
