"""Brazilian reais, and a cloud that runs a lab's site (session 12). Sentences written for these tests."""

from __future__ import annotations

import pytest

from extractors.facts import extract_facts
from extractors.folding import fold
from extractors.money import find_money


@pytest.mark.parametrize(("text", "expected"), [
    ("committed 14.7 billion reais ($2.7 billion) over three years", [(1.47e10, "BRL"), (2.7e9, "USD")]),
    ("投资 147 亿雷亚尔", [(1.47e10, "BRL")]),
    ("R$ 14.7 billion", [(1.47e10, "BRL")]),
])
def test_reais(text: str, expected: list[tuple]) -> None:
    assert [(m.amount, m.currency) for m in find_money(fold(text))] == expected


@pytest.mark.parametrize("text", [
    "OpenAI周二宣布扩建星际之门。阿比林园区由甲骨文负责运营，计划到2026年底部署约6.4万块英伟达GB200。",
    "OpenAI is expanding Stargate. The Abilene campus, run by Oracle, will hold about 64,000 GB200 chips.",
])
def test_a_cloud_that_runs_a_labs_site_provides_its_chips(text: str) -> None:
    assert [(g["owner"], g["count"], g["provider"]) for g in extract_facts(text)["gpus"]] == [
        ("OpenAI", 64000, "Oracle")]
