"""Search terms (the SQL tokeniser, on an in-memory DuckDB) and snippets (pure string work)."""

from __future__ import annotations

import re

import duckdb
import pytest

from flows.search import FOLDING, _patterns, make_snippet
from warehouse.search_index import search_terms as sql_search_terms


@pytest.fixture(scope="module")
def con():
    connection = duckdb.connect()
    yield connection
    connection.close()


@pytest.fixture
def search_terms(con):
    return lambda text: sql_search_terms(con, text, FOLDING)


def test_chinese_runs_become_overlapping_pairs(search_terms):
    assert search_terms("完成融资").split() == ["完成", "成融", "融资"]


def test_a_single_chinese_character_stays_whole(search_terms):
    assert search_terms("亿").split() == ["亿"]


def test_latin_words_and_numbers_pass_through_lower_cased(search_terms):
    assert search_terms("xAI raised $6 billion").split() == ["xai", "raised", "$6", "billion"]


def test_mixed_text_keeps_words_and_adds_the_pairs(search_terms):
    assert search_terms("xAI完成60亿美元B轮融资").split() == [
        "xai", "60", "b", "完成", "亿美", "美元", "轮融", "融资"]


def test_traditional_characters_fold_to_simplified(search_terms):
    assert search_terms("融資") == search_terms("融资")


def test_full_width_letters_fold_to_ascii(search_terms):
    assert search_terms("ＧＰＵ").split() == ["gpu"]


def test_japanese_kana_are_paired_too(search_terms):
    assert search_terms("データ").split() == ["デー", "ータ"]


def test_empty_text_gives_no_terms(search_terms):
    assert search_terms("").strip() == ""


def test_characters_beyond_the_basic_plane_are_paired(search_terms):
    assert search_terms("\U00020000\U00020001").split() == ["\U00020000\U00020001"]


def test_snippet_centres_on_the_first_match_and_marks_it():
    body = ("Lorem ipsum dolor sit amet. " * 10) + "xAI closed a $6 billion Series B round." + (
        " More words follow here." * 10)
    snippet, spans = make_snippet(body, _patterns("Series", {"series": "seri"}))
    assert "Series B" in snippet
    assert snippet.startswith("… ") and snippet.endswith(" …")
    assert [snippet[s:e] for s, e in spans] == ["Series"]


def test_snippet_finds_chinese_in_traditional_text():
    body = "馬斯克的 xAI 完成 60 億美元 C 輪融資。"
    snippet, spans = make_snippet(body, _patterns("融资", {}))
    assert [snippet[s:e] for s, e in spans] == ["融資"]


def test_stem_patterns_match_inflections_and_y_endings():
    patterns = _patterns("funding companies", {"funding": "fund", "companies": "compani"})
    text = "The company funded it; companies fund things."
    found = [m.group() for p in patterns for m in p.finditer(text.lower())]
    assert sorted(found) == ["companies", "company", "fund", "funded"]


def test_one_letter_words_match_only_themselves():
    (pattern,) = [p for p in _patterns("B", {"b": "b"})]
    assert [m.group() for m in pattern.finditer("series b and billion")] == ["b"]
    assert isinstance(pattern, re.Pattern)
