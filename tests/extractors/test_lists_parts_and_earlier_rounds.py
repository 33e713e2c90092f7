"""Respective lists of sums and valuations, totals told before their parts, "the same
processors", counts in use now, a valuation of an earlier event after a semicolon, and the
speakers and officers that do not take the subject's place."""

from __future__ import annotations

import pytest

from extractors.facts import extract_facts


def _rounds(text: str) -> list[tuple]:
    return [(f["lab"], f["amount"], f["valuation"]) for f in extract_facts(text)["funding"]]


def _gpus(text: str) -> list[tuple]:
    return [(f["owner"], f["count"], f["chip"], f["status"]) for f in extract_facts(text)["gpus"]]


def test_respective_sums_and_valuations_pair_in_turn() -> None:
    text = ("智谱、百川智能和月之暗面分别拿下 20 亿元、30 亿元和 5 亿美元，"
            "对应估值分别约为 200 亿元、150 亿元和 30 亿美元。")
    assert _rounds(text) == [("Zhipu AI", 2e9, 2e10), ("Baichuan", 3e9, 1.5e10),
                             ("Moonshot AI", 5e8, 3e9)]


def test_a_sum_a_lab_takes_without_a_valuation_is_not_a_round() -> None:
    assert extract_facts("月之暗面和百川智能分别拿下 20 亿元和 30 亿元的政府订单。")["funding"] == []


@pytest.mark.parametrize("text", [
    "xAI 的集群将扩展至 20 万块，其中 5 万块为 H200。",
    "马斯克称，该集群几个月内将翻倍至 20 万块（其中 5 万块 H200）。",
])
def test_total_before_its_part_is_a_gpu_count(text: str) -> None:
    counts = {(f["count"], f["chip"]) for f in extract_facts(text)["gpus"]}
    assert (200000, "GPU") in counts and (50000, "H200") in counts


def test_the_same_processors_are_the_chips_told_before() -> None:
    text = ("Meta trains Llama 4 on 100,000 H100s. An older model was trained on roughly 16,000 of "
            "the same processors.")
    assert [(c, chip) for _, c, chip, _ in _gpus(text)] == [(100000, "H100"), (16000, "H100")]


@pytest.mark.parametrize(("text", "status"), [
    ("Tesla was running about 35,000 H100s and expected to reach 85,000 by year-end.", "operational"),
    ("xAI 目前拥有约 10 万块 H100，计划明年扩展至 20 万块。", "operational"),
])
def test_a_count_in_use_now_is_operational(text: str, status: str) -> None:
    assert _gpus(text)[0][3] == status


def test_year_end_is_a_target_date() -> None:
    facts = extract_facts("Tesla is currently running 35,000 H100s, and will have 85,000 by year-end.")
    assert [f["target_date"] for f in facts["gpus"]] == [None, "by year-end"]


def test_each_of_two_clusters_counts_twice() -> None:
    assert len(extract_facts("Llama 3 此前是在两个各含 24576 块 GPU 的集群上训练的。")["gpus"]) == 2


def test_valuation_of_an_earlier_event_after_a_semicolon() -> None:
    text = "去年 9 月，北京某基金以投前 200 亿元估值领投智谱；12 月，智谱又完成一轮 30 亿元融资。"
    assert sorted(_rounds(text), key=str) == sorted([("Zhipu AI", 3e9, None), ("Zhipu AI", None, 2e10)],
                                                    key=str)


def test_valuation_in_the_rounds_own_stretch_wins() -> None:
    text = ("上市前，智谱最后一轮的投后估值为 244 亿元；最早的一笔来自中科创星，2019 年以 4000 万元入股，"
            "对应投后估值仅 3.75 亿元。")
    [r] = extract_facts(text)["funding"]
    assert (r["amount"], r["valuation"], r["investors"]) == (4e7, 3.75e8, ["中科创星"])


def test_about_to_close_is_talks() -> None:
    [r] = extract_facts("MiniMax 即将完成新一轮近 3 亿美元的融资。")["funding"]
    assert r["status"] == "talks"


def test_former_officer_of_a_lab_is_not_the_subject() -> None:
    text = "由 OpenAI 前首席科学家创办的 Safe Superintelligence 完成 20 亿美元融资，本轮由 Greenoaks 领投，该机构出资 5 亿美元。"
    assert [(f["lab"], f["amount"]) for f in extract_facts(text)["funding"]] == [
        ("Safe Superintelligence", 2e9)]


def test_existing_shareholders_following_on_are_investors() -> None:
    text = "SSI 完成 20 亿美元融资，由 Greenoaks 领投，Lightspeed 与 DST Global 等既有股东跟进。"
    assert extract_facts(text)["funding"][0]["investors"] == [
        "Greenoaks", "Lightspeed Venture Partners", "DST Global"]


def test_a_fund_named_angel_is_no_angel_round() -> None:
    [r] = extract_facts("SSI raised $1 billion from a16z, Sequoia and SV Angel.")["funding"]
    assert r["round"] is None


def test_a_speaker_who_replies_steps_aside() -> None:
    text = ("Musk replied on X that Tesla had nowhere to put the chips. The Giga Texas extension, he "
            "wrote, will house 50,000 H100s.")
    assert [o for o, *_ in _gpus(text)] == ["Tesla"]


def test_investors_in_an_apposition_do_not_take_the_focus() -> None:
    text = ("Apptronik has pulled in another $520 million. Google, an existing backer, put money into "
            "the extension. In February 2025 it had raised $350 million in a deal led by B Capital.")
    assert [(f["lab"], f["amount"]) for f in extract_facts(text)["funding"]] == [
        ("Apptronik", 5.2e8), ("Apptronik", 3.5e8)]


def test_a_round_that_adds_up_is_a_total() -> None:
    text = "Apptronik raised $520 million in a Series A extension; the Series A now adds up to $935 million."
    assert [f["amount"] for f in extract_facts(text)["funding"]] == [5.2e8]
