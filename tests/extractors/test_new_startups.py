"""Startups the registry does not know, introduced by a descriptor before their name
(`extractors.new_startups`). Sentences written for these tests."""

from __future__ import annotations

import pytest

from extractors.facts import extract_facts
from extractors.numbers import value_of


def funding(text: str) -> list[tuple]:
    return [(f["lab"], f["amount"], f["round"]) for f in extract_facts(text)["funding"]]


@pytest.mark.parametrize(("text", "expected"), [
    ("Legal AI startup Harvey has raised $300 million in a Series E round.",
     [("Harvey", 3e8, "Series E")]),
    ("Robotics startup Quillbot Dynamics raised $40 million in a Series A. The company will hire "
     "engineers. Last year it raised a $12 million seed round.",
     [("Quillbot Dynamics", 4e7, "Series A"), ("Quillbot Dynamics", 1.2e7, "Seed")]),
    ("具身智能公司它石智航（TARS）宣布完成 1.22 亿美元天使+轮融资，由美团战投领投。",
     [("TARS", 1.22e8, "Angel+")]),
    ("AI 客服新創 Sierra 宣布完成 3.5 億美元新一輪融資。該公司 2024 年初已從紅杉資本和 Benchmark 取得 1.1 億美元。",
     [("Sierra", 3.5e8, None), ("Sierra", 1.1e8, None)]),
    ("大模型公司星河智算宣布完成 5 亿元 A 轮融资。", [("星河智算", 5e8, "Series A")]),
])
def test_an_introduced_startup_raises(text, expected):
    assert funding(text) == expected


@pytest.mark.parametrize("text", [
    "公司今年完成了 10 亿元融资。",                       # a time word is no name
    "The company Acme raised $5 million.",               # "company" alone introduces no startup
    "Analysts at the AI firm said revenue rose to $5 million.",
])
def test_no_startup_without_an_introduction(text):
    assert funding(text) == []


def test_a_fund_named_after_a_lab_is_an_investor():
    text = ("Legal AI startup Harvey has raised $300 million. Sequoia and the OpenAI Startup Fund also "
            "put in money. In February the company closed a $100 million Series D.")
    found = extract_facts(text)["funding"]
    assert [f["lab"] for f in found] == ["Harvey", "Harvey"]
    assert "OpenAI Startup Fund" in found[0]["investors"]


@pytest.mark.parametrize(("raw", "scale", "value"), [
    ("1.1", "亿", 110_000_000.0), ("2.75", "亿", 275_000_000.0), ("557.6", "万", 5_576_000.0),
    ("0.5", None, 0.5), ("1.375", None, 1.375),
])
def test_decimals_times_a_scale_are_whole_numbers(raw, scale, value):
    assert value_of(raw, scale) == value


@pytest.mark.parametrize(("text", "expected"), [
    ("Advanced Veridian Works, the Paris-based start-up a former Meta scientist founded, "
     "has raised $1.03 billion in a seed round, the company said.",
     [("Advanced Veridian Works", 1.03e9, "Seed")]),
    ("Quillmark Robotics, a humanoid-robot maker spun out of a university lab, closed a $90 million "
     "Series B led by Lux Capital.", [("Quillmark Robotics", 9e7, "Series B")]),
    ("Periwinkle, an AI coding startup, has raised $40 million. Last year the company raised a "
     "$6 million seed round.", [("Periwinkle", 4e7, None), ("Periwinkle", 6e6, "Seed")]),
])
def test_a_startup_introduced_by_an_apposition_raises(text, expected):
    assert funding(text) == expected


@pytest.mark.parametrize("text", [
    "Acme Corp, the furniture company, raised $5 million from local investors.",  # no AI-ish word
    "The deal, a startup's dream, raised eyebrows at $5 billion.",                 # not a name
    "Analysts said on Monday that Nimbus, an AI startup, could raise $5 million.",  # not the opening
])
def test_no_startup_from_an_apposition_without_its_frame(text):
    assert funding(text) == []
