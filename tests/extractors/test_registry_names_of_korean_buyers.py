"""Canonical names the news uses for Korean GPU buyers: Samsung Electronics, Naver Cloud and
the South Korean government. Every sentence is written for the test."""

from __future__ import annotations

import pytest

from extractors.facts import extract_facts


@pytest.mark.parametrize(("text", "owner"), [
    ("The South Korean government will secure 50,000 Blackwell GPUs by 2030.", "South Korean government"),
    ("韩国政府计划采购5万块Blackwell GPU。", "South Korean government"),
    ("Samsung will deploy 50,000 Nvidia GPUs in its AI factory.", "Samsung Electronics"),
    ("Naver will deploy 60,000 Blackwell GPUs for its cloud.", "Naver Cloud"),
])
def test_korean_buyers_take_the_names_the_news_uses(text, owner):
    assert [g["owner"] for g in extract_facts(text)["gpus"]] == [owner]
