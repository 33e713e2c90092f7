"""The language of a page: its declared tag, normalised, or a cheap guess from the script.

Chinese is reported as "zh" (simplified) or "zh-Hant" (traditional); other languages keep
their BCP 47 tag in canonical case ("en-US", "pt-BR").
"""

from __future__ import annotations

import re
from functools import lru_cache

_TAG = re.compile(r"[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*")
_TRADITIONAL_SUBTAGS = {"hant", "tw", "hk", "mo"}
_CHINESE_PRIMARY = {"zh", "cmn", "yue", "zho", "chi"}

# Enough characters to judge the script; more only costs time.
_SAMPLE_CHARS = 4000
_HAN_SHARE = 0.3  # of letters: above this, the text is written in Chinese (or Japanese)
_KANA_SHARE = 0.05  # of letters: kana this common means Japanese
_HANGUL_SHARE = 0.3
_ENGLISH_WORD_SHARE = 0.08

# Frequent English function words; a share of them this high means English prose.
_ENGLISH_WORDS = frozenset(
    "the of and to in a is that for it on with as was by at be this from are have has "
    "an or not but its which said will their they were been".split()
)
_WORD = re.compile(r"[A-Za-z']+")
_LETTER = re.compile(r"[^\W\d_]")
_HAN = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_KANA = re.compile("[\u3040-\u30ff]")
_HANGUL = re.compile("[\uac00-\ud7af\u1100-\u11ff]")


def normalize_lang_tag(raw: object) -> str | None:
    """Canonical BCP 47 tag for a declared language (`zh-CN` -> "zh", `zh_TW` -> "zh-Hant",
    `EN-us` -> "en-US"), or None when the value is not a language tag."""
    if not isinstance(raw, str):
        return None
    first = re.split(r"[,;\s]+", raw.strip().replace("_", "-"), maxsplit=1)[0]
    if not _TAG.fullmatch(first):
        return None
    parts = first.split("-")
    primary = parts[0].lower()
    if primary in ("und", "mul", "zxx", "xx"):
        return None
    subtags = [p.lower() for p in parts[1:]]
    if primary in _CHINESE_PRIMARY:
        return "zh-Hant" if _TRADITIONAL_SUBTAGS & set(subtags) else "zh"
    out = [primary]
    for sub in subtags:
        if len(sub) == 4 and sub.isalpha():
            out.append(sub.title())  # script
        elif (len(sub) == 2 and sub.isalpha()) or (len(sub) == 3 and sub.isdigit()):
            out.append(sub.upper())  # region
        else:
            out.append(sub)
    return "-".join(out)


@lru_cache(maxsize=32768)
def _han_form(ch: str) -> int:
    """+1 if the character is only in Big5 (traditional), -1 if only in GB2312 (simplified)."""
    in_gb = _encodable(ch, "gb2312")
    in_big5 = _encodable(ch, "big5")
    if in_big5 and not in_gb:
        return 1
    if in_gb and not in_big5:
        return -1
    return 0


def _encodable(ch: str, codec: str) -> bool:
    try:
        ch.encode(codec)
    except UnicodeEncodeError:
        return False
    return True


def chinese_variant(text: str) -> str | None:
    """The Chinese variant of `text`: "zh-Hant" or "zh" when traditional or simplified
    characters clearly dominate its Han characters; None when the text does not tell.

    Characters that only GB2312 can encode are simplified forms; those only Big5 can
    encode are traditional forms; shared characters say nothing.
    """
    traditional = simplified = 0
    for ch in _HAN.findall(text[:_SAMPLE_CHARS]):
        form = _han_form(ch)
        if form > 0:
            traditional += 1
        elif form < 0:
            simplified += 1
    if traditional >= 3 and traditional > 3 * simplified:
        return "zh-Hant"
    if simplified >= 3 and simplified > 3 * traditional:
        return "zh"
    return None


def guess_language(text: str) -> str | None:
    """Language guessed from the script of `text`: "zh", "zh-Hant", "ja", "ko", "en" or None."""
    sample = text[:_SAMPLE_CHARS]
    letters = len(_LETTER.findall(sample))
    if not letters:
        return None
    if not sample.isascii():
        if len(_KANA.findall(sample)) / letters > _KANA_SHARE:
            return "ja"
        if len(_HANGUL.findall(sample)) / letters > _HANGUL_SHARE:
            return "ko"
        if len(_HAN.findall(sample)) / letters > _HAN_SHARE:
            return chinese_variant(sample) or "zh"
    words = _WORD.findall(sample)
    if (
        words
        and sum(w.lower() in _ENGLISH_WORDS for w in words) / len(words) >= _ENGLISH_WORD_SHARE
    ):
        return "en"
    return None


def resolve_language(declared: str | None, text: str) -> str | None:
    """The page language from its declared tag and its text.

    The text decides between simplified and traditional Chinese, and overrides a declared
    non-CJK tag when the text is plainly Chinese, Japanese or Korean (site templates often
    keep a default lang="en"). Otherwise the declared tag wins, and the guess fills a gap.
    """
    tag = normalize_lang_tag(declared)
    guess = guess_language(text) if text else None
    if tag is None:
        return guess
    primary = tag.split("-")[0]
    if primary == "zh":
        return chinese_variant(text) or tag
    if guess in ("zh", "zh-Hant", "ja", "ko") and primary not in ("zh", "ja", "ko"):
        return guess
    return tag
