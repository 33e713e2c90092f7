"""Search terms and snippets: pure string work, no warehouse."""

from __future__ import annotations

import re

from flows.search import _patterns, make_snippet, search_terms


def test_chinese_runs_become_overlapping_pairs():
    assert search_terms("完成融资").split() == ["完成", "成融", "融资"]


def test_a_single_chinese_character_stays_whole():
    assert search_terms("亿").split() == ["亿"]


def test_latin_words_and_numbers_pass_through_lower_cased():
    assert search_terms("xAI raised $6 billion").split() == ["xai", "raised", "$6", "billion"]


def test_mixed_text_splits_at_script_changes():
    assert search_terms("xAI完成60亿美元B轮融资").split() == [
        "xai", "完成", "60", "亿美", "美元", "b", "轮融", "融资"]


def test_traditional_characters_fold_to_simplified():
    assert search_terms("融資") == search_terms("融资")


def test_full_width_letters_fold_to_ascii():
    assert search_terms("ＧＰＵ").split() == ["gpu"]


def test_japanese_kana_are_paired_too():
    assert search_terms("データ").split() == ["デー", "ータ"]


def test_empty_and_none_give_no_terms():
    assert search_terms("").strip() == ""
    assert search_terms(None).strip() == ""  # type: ignore[arg-type]


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
