"""Language tags and the script-based guess."""

from __future__ import annotations

import pytest

from extractors.page_language import (
    chinese_variant,
    guess_language,
    normalize_lang_tag,
    resolve_language,
)

SIMPLIFIED = "公司表示，这笔资金将主要用于购买算力和招聘研究人员。"
TRADITIONAL = "公司表示，這筆資金將主要用於購買算力和招聘研究人員。"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("zh-CN", "zh"), ("zh_cn", "zh"), ("zh-Hans", "zh"), ("zh", "zh"), ("ZH-TW", "zh-Hant"),
        ("zh-HK", "zh-Hant"), ("zh-Hant-HK", "zh-Hant"), ("en", "en"), ("EN-us", "en-US"),
        ("en_GB", "en-GB"), ("sr-latn-rs", "sr-Latn-RS"), ("es-419", "es-419"),
        ("en-US,en;q=0.9", "en-US"), ("{{ lang }}", None), ("und", None), ("", None), (None, None),
    ],
)  # fmt: skip
def test_normalize_lang_tag(raw, expected):
    assert normalize_lang_tag(raw) == expected


def test_chinese_variant():
    assert chinese_variant(SIMPLIFIED) == "zh"
    assert chinese_variant(TRADITIONAL) == "zh-Hant"
    assert chinese_variant("公司") is None  # shared characters say nothing


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (SIMPLIFIED, "zh"),
        (TRADITIONAL, "zh-Hant"),
        ("The company said it would spend the money on computing power.", "en"),
        ("日本の会社はこれを発表しました。", "ja"),
        ("한국 회사가 새로운 데이터 센터를 발표했습니다", "ko"),
        ("Der Hund schläft im Haus.", None),
        ("12345 !!!", None),
        ("", None),
    ],
)
def test_guess_language(text, expected):
    assert guess_language(text) == expected


def test_resolve_language():
    assert resolve_language("zh-CN", TRADITIONAL) == "zh-Hant"  # the text decides the variant
    assert resolve_language("zh-TW", "公司") == "zh-Hant"  # no evidence: keep the declaration
    assert resolve_language("en", SIMPLIFIED) == "zh"  # template default overridden
    assert resolve_language("fr", "Le chien dort.") == "fr"
    assert resolve_language(None, "The company said it was done.") == "en"
    assert resolve_language("nonsense!", "") is None
