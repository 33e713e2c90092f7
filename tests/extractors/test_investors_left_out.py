"""Investors said to stay out of a round are not among its investors (session 12)."""

from __future__ import annotations

import pytest

from extractors.facts import extract_facts


def _investors(text: str) -> list[list[str]]:
    return [f["investors"] for f in extract_facts(text)["funding"]]


@pytest.mark.parametrize(("text", "expected"), [
    ("Perplexity closed a $500 million round at a $9 billion valuation, with Nvidia and SoftBank "
     "participating, though Amazon declined to invest.", [["Nvidia", "SoftBank"]]),
    ("Cohere has raised $500 million at a $5.5 billion valuation in a round led by Inovia Capital; "
     "Oracle, which backed earlier rounds, was not part of it.", [["Inovia Capital"]]),
    ("月之暗面完成 10 亿美元融资，由红杉中国领投，阿里巴巴跟投，腾讯并未参与本轮融资。",
     [["Sequoia China", "Alibaba"]]),
])
def test_a_name_that_stays_out_is_no_investor(text: str, expected: list[list[str]]) -> None:
    assert _investors(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a negation about something else keeps the investor
    ("Thrive Capital led the $6.6 billion round in OpenAI, and Thrive did not respond to requests "
     "for comment.", [["Thrive Capital"]]),
    # a negation inside the name's apposition is about the past
    ("Nvidia, which did not invest in the earlier rounds, joined the $640 million Series D of Cohere.",
     [["Nvidia"]]),
    ("智谱完成 30 亿元融资，腾讯跟投，未披露估值。", [["Tencent"]]),
])
def test_other_negations_keep_the_investor(text: str, expected: list[list[str]]) -> None:
    assert _investors(text) == expected
