"""Number phrases: digits, scales, Chinese numerals, qualifiers and ranges."""

from __future__ import annotations

import re

import pytest

from extractors.folding import fold
from extractors.numbers import NUMBER, SCALE, digits_value, format_range, qualifier_before, value_of

_PHRASE = re.compile(rf"(?P<n>{NUMBER})\s?(?P<s>{SCALE})?")


def parse(text: str) -> float | None:
    m = _PHRASE.search(fold(text))
    return value_of(m.group("n"), m.group("s")) if m else None


@pytest.mark.parametrize(("text", "value"), [
    ("20,000", 20_000),
    ("1.5", 1.5),
    ("100k", 100_000),
    ("6.6bn", 6.6e9),
    ("6 billion", 6e9),
    ("2 mn", 2e6),
    ("60 亿", 6e9),
    ("10 万", 1e5),
    ("1.5 万亿", 1.5e12),
    ("5,000万", 5e7),
    ("557.6万", 5.576e6),
    ("六十亿", 6e9),
    ("两千亿", 2e11),
    ("三十五万", 3.5e5),
    ("１０ 億", 1e9),          # full-width digits, traditional 億
    ("１．５萬", 15_000),      # full-width dot, traditional 萬
    ("one million", 1e6),
    ("a million", 1e6),
])
def test_number_phrases(text, value):
    assert parse(text) == pytest.approx(value)


@pytest.mark.parametrize("text", ["H100", "GB200", "Llama3.1", "V3", "B200s"])
def test_digits_glued_to_letters_are_not_numbers(text):
    assert _PHRASE.search(fold(text)) is None


@pytest.mark.parametrize("text", ["数十万", "几万"])
def test_vague_chinese_amounts_are_not_numbers(text):
    m = _PHRASE.search(fold(text))
    assert m is None


@pytest.mark.parametrize(("left", "qualifier"), [
    ("raised more than ", "over"), ("nearly ", "nearly"), ("about ", "about"), ("~", "about"),
    ("up to ", "up to"), ("at least ", "at least"), ("超过 ", "over"), ("超", "over"),
    ("逾", "over"), ("近", "nearly"), ("约", "about"), ("高达", "up to"), ("the ", None),
])
def test_qualifiers_before_a_number(left, qualifier):
    assert qualifier_before(fold(left)) == qualifier


def test_unreadable_numerals_give_none():
    assert digits_value("") is None
    assert digits_value("abc") is None


def test_range_format():
    assert format_range(5e9, 6e9) == "range:5e9-6e9"
    assert format_range(30000, 40000) == "range:30000-40000"


@pytest.mark.parametrize(("left", "word"), [
    ("in the startup to ", None),          # "up to" must be a whole word
    ("backup to ", None),
    ("will invest up to ", "up to"),
    ("投资至多 ", "up to"),
    ("投资不超过 ", "up to"),
    ("投资最高 ", "up to"),
    ("估值超过 ", "over"),
])
def test_qualifiers_are_whole_words(left, word):
    assert qualifier_before(fold(left)) == word
