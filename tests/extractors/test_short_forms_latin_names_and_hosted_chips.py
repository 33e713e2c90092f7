"""A short form of a registry name, Latin names that complete a round in Chinese text, and chips
hosted on a cloud (session 12). Sentences written for these tests."""

from __future__ import annotations

import pytest

from extractors.facts import extract_facts


def test_a_short_form_of_a_registry_name_is_that_entity() -> None:
    text = "百度旗下芯片公司昆仑芯已向港交所递交上市申请。昆仑芯完成首轮融资后估值约130亿元。"
    assert {f["lab"] for f in extract_facts(text)["funding"]} == {"Kunlunxin"}


@pytest.mark.parametrize(("text", "expected"), [
    ("从Synopsys分拆的OpenLight Photonics完成3400万美元A轮融资，由Xora Innovation领投。",
     [("OpenLight Photonics", 3.4e7, "Series A")]),
    ("此前，纽约的Xscape Photonics完成4400万美元A轮融资，由IAG Capital Partners领投。",
     [("Xscape Photonics", 4.4e7, "Series A")]),
])
def test_a_latin_name_after_de_completes_a_round(text: str, expected: list[tuple]) -> None:
    assert [(f["lab"], f["amount"], f["round"]) for f in extract_facts(text)["funding"]] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the company the passage is about trains on the cloud's chips
    ("Zhipu AI trained the model on the cloud. It ran on 1,024 MI300X GPUs hosted on IBM Cloud.",
     [("Zhipu AI", 1024, "IBM")]),
    # an unknown trainer gives the cloud no chips
    ("The ZAYA1 base model was pretrained on a cluster of 1,024 MI300X GPUs hosted on IBM Cloud.", []),
])
def test_chips_hosted_on_a_cloud(text: str, expected: list[tuple]) -> None:
    assert [(g["owner"], g["count"], g["provider"]) for g in extract_facts(text)["gpus"]] == expected
