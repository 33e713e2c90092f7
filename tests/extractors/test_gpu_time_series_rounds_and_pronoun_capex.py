"""GPU-time units, lettered "系列" rounds and a pronoun's capex (session 12). Sentences written
for these tests."""

from __future__ import annotations

import pytest

from extractors.facts import extract_facts


@pytest.mark.parametrize(("text", "expected"), [
    ("Snowflake put the training budget of its Arctic model at under $2 million, or fewer than 3,000 GPU-weeks.", []),
    ("该模型训练共用了 5000 卡天的算力。", []),
    # a count followed by a time word is still a count
    ("Meta bought 10,000 GPUs years ago.", [("Meta", 10000)]),
])
def test_gpu_time_is_no_gpu_count(text: str, expected: list[tuple]) -> None:
    assert [(g["owner"], g["count"]) for g in extract_facts(text)["gpus"]] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("据虎嗅报道,上海具身智能公司傅利叶已完成E系列融资,金额合计近8亿元人民币,国鑫投资、浦东创投等参投。",
     [("Fourier", 8e8, "Series E")]),
    ("傅利叶完成8亿元E系列融资。", [("Fourier", 8e8, "Series E")]),
])
def test_a_lettered_series_is_a_round(text: str, expected: list[tuple]) -> None:
    assert [(f["lab"], f["amount"], f["round"]) for f in extract_facts(text)["funding"]] == expected


def test_a_pronoun_that_invests_in_compute_is_the_passage_company() -> None:
    text = "微软周一宣布扩建云和AI基础设施。5月其宣布在法国投资40亿欧元,计划到2025年底在当地部署2.5万块GPU。"
    assert [(c["subject"], c["amount"], c["currency"]) for c in extract_facts(text)["costs"]] == [
        ("Microsoft", 4e9, "EUR")]
