"""Currency markers and an approximate conversion to US dollars.

Markers are matched on folded text (lower case, full-width folded). `FX_TO_USD`
is a small fixed table of approximate rates (mid 2024 to 2025 levels) so that
`amount_usd` is comparable across facts at extraction time; the models layer
recomputes USD with dated FX rates, so these figures are only a first cut.
"""

from __future__ import annotations

import re

# Approximate US dollars per unit of currency (rounded, 2024-2025 levels).
FX_TO_USD: dict[str, float] = {
    "USD": 1.0,
    "CNY": 0.14,
    "EUR": 1.08,
    "GBP": 1.27,
    "HKD": 0.128,
    "JPY": 0.0067,
    "KRW": 0.00073,
    "INR": 0.012,
    "CAD": 0.73,
    "AUD": 0.66,
    "SGD": 0.74,
    "CHF": 1.13,
    "TWD": 0.031,
    "SEK": 0.095,
    "DKK": 0.145,
    "NOK": 0.094,
    "AED": 0.272,
    "SAR": 0.267,
    "MYR": 0.22,
    "BRL": 0.18,
    "THB": 0.028,
    "ILS": 0.27,
    "IDR": 0.000063,
    "VND": 0.00004,
    "PHP": 0.017,
    "MXN": 0.055,
    "PLN": 0.25,
    "TRY": 0.03,
    "NZD": 0.6,
    "ZAR": 0.054,
    "QAR": 0.275,
    "RUB": 0.011,
    "CZK": 0.043,
}

# Markers before the number ("$6bn", "US$ 2 billion", "人民币 10 亿元").
_PREFIXES = {
    "us$": "USD", "us $": "USD", "u.s.$": "USD", "usd": "USD", "$": "USD",
    "hk$": "HKD", "hkd": "HKD", "c$": "CAD", "cad": "CAD", "a$": "AUD", "aud": "AUD",
    "s$": "SGD", "sgd": "SGD", "nt$": "TWD", "twd": "TWD", "新台币": "TWD", "台币": "TWD",
    "港币": "HKD",
    "€": "EUR", "eur": "EUR", "£": "GBP", "gbp": "GBP",
    "rmb": "CNY", "cny": "CNY", "人民币": "CNY", "¥": "CNY", "jpy": "JPY", "₩": "KRW",
    "₹": "INR", "chf": "CHF", "inr": "INR", "krw": "KRW", "rs": "INR",
    "sek": "SEK", "dkk": "DKK", "nok": "NOK", "aed": "AED", "sar": "SAR", "myr": "MYR", "rm": "MYR",
    "r$": "BRL", "brl": "BRL",
    "฿": "THB", "thb": "THB", "₪": "ILS", "nis": "ILS", "ils": "ILS", "idr": "IDR", "₫": "VND",
    "vnd": "VND", "₱": "PHP", "mx$": "MXN", "mxn": "MXN", "pln": "PLN", "₺": "TRY", "nz$": "NZD", "nzd": "NZD",
    "zar": "ZAR", "qar": "QAR", "₽": "RUB", "czk": "CZK",
}
# Markers after the number ("60 亿美元", "6 billion dollars", "22亿元").
_SUFFIXES = {
    "美元": "USD", "美金": "USD", "元美金": "USD", "dollars": "USD", "dollar": "USD",
    "usd": "USD", "us dollars": "USD",
    "欧元": "EUR", "euros": "EUR", "euro": "EUR", "eur": "EUR",
    "英镑": "GBP", "pounds": "GBP", "pounds sterling": "GBP", "gbp": "GBP",
    "港元": "HKD", "港币": "HKD", "hkd": "HKD",
    "日元": "JPY", "日圆": "JPY", "yen": "JPY", "jpy": "JPY", "円": "JPY",
    "韩元": "KRW", "won": "KRW", "卢比": "INR", "rupees": "INR",
    "元人民币": "CNY", "人民币": "CNY", "元": "CNY", "块钱": "CNY",
    "yuan": "CNY", "rmb": "CNY", "cny": "CNY", "renminbi": "CNY",
    "新台币": "TWD", "台币": "TWD",
    # other currencies of AI infrastructure news (Gulf, Nordic, Asia-Pacific deals)
    "澳元": "AUD", "澳币": "AUD", "australian dollars": "AUD", "aud": "AUD",
    "加元": "CAD", "加币": "CAD", "canadian dollars": "CAD", "cad": "CAD",
    "新加坡元": "SGD", "singapore dollars": "SGD", "sgd": "SGD",
    "瑞士法郎": "CHF", "swiss francs": "CHF", "chf": "CHF",
    "韩圆": "KRW", "韩圜": "KRW", "korean won": "KRW", "krw": "KRW",
    "印度卢比": "INR", "inr": "INR",
    "瑞典克朗": "SEK", "swedish kronor": "SEK", "swedish crowns": "SEK", "sek": "SEK",
    "丹麦克朗": "DKK", "danish kroner": "DKK", "danish crowns": "DKK", "dkk": "DKK",
    "挪威克朗": "NOK", "norwegian kroner": "NOK", "norwegian crowns": "NOK", "nok": "NOK",
    "迪拉姆": "AED", "阿联酋迪拉姆": "AED", "dirhams": "AED", "aed": "AED",
    "里亚尔": "SAR", "沙特里亚尔": "SAR", "riyals": "SAR", "saudi riyals": "SAR", "sar": "SAR",
    "林吉特": "MYR", "马来西亚林吉特": "MYR", "ringgit": "MYR", "malaysian ringgit": "MYR", "myr": "MYR",
    "雷亚尔": "BRL", "巴西雷亚尔": "BRL", "reais": "BRL", "brazilian reais": "BRL", "brl": "BRL",
    "泰铢": "THB", "baht": "THB", "thai baht": "THB", "thb": "THB",
    "谢克尔": "ILS", "新谢克尔": "ILS", "shekels": "ILS", "new israeli shekels": "ILS", "nis": "ILS", "ils": "ILS",
    "印尼盾": "IDR", "rupiah": "IDR", "idr": "IDR", "越南盾": "VND", "vnd": "VND",
    "菲律宾比索": "PHP", "philippine pesos": "PHP", "墨西哥比索": "MXN", "mexican pesos": "MXN", "mxn": "MXN",
    "兹罗提": "PLN", "zloty": "PLN", "złoty": "PLN", "pln": "PLN", "土耳其里拉": "TRY", "turkish lira": "TRY",
    "新西兰元": "NZD", "new zealand dollars": "NZD", "nzd": "NZD", "兰特": "ZAR", "south african rand": "ZAR",
    "zar": "ZAR", "卡塔尔里亚尔": "QAR", "qatari riyals": "QAR", "qar": "QAR", "卢布": "RUB", "rubles": "RUB",
    "roubles": "RUB", "捷克克朗": "CZK", "czech koruna": "CZK", "czk": "CZK",
}


def _alternation(words) -> str:
    return "(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + ")"


# ASCII-letter markers need a word boundary ("usd" must not be part of a word).
PREFIX = _alternation(_PREFIXES)
SUFFIX = _alternation(_SUFFIXES)
# The prefix markers and the Latin suffix markers as plain strings, and the CJK suffix
# markers as an alternation (in the order of `SUFFIX`), for finders that look for markers first.
PREFIX_WORDS = tuple(_PREFIXES)
SUFFIX_LATIN_WORDS = tuple(w for w in _SUFFIXES if w.isascii())
SUFFIX_CJK = _alternation(w for w in _SUFFIXES if not w.isascii())
# Suffix markers that can also open the next amount ("... 100 亿 人民币 5 亿"):
# after a prefixed amount they count as its suffix only if no number follows.
SUFFIX_ONLY = _alternation(set(_SUFFIXES) - set(_PREFIXES))
SUFFIX_OR_PREFIX = _alternation(set(_SUFFIXES) & set(_PREFIXES))


def prefix_code(marker: str, lang: str | None = None) -> str | None:
    """ISO code of a folded prefix marker; `¥` is CNY in Chinese text and JPY otherwise."""
    code = _PREFIXES.get(marker)
    if code is None:  # a marker as the grammar matched it is a key already
        marker = " ".join(marker.split())
        code = _PREFIXES.get(marker)
    if marker == "¥":
        return "CNY" if lang == "zh" else "JPY"
    return code


def suffix_code(marker: str) -> str | None:
    """ISO code of a folded suffix marker (`美元` -> USD, `元` -> CNY)."""
    code = _SUFFIXES.get(marker)
    # a marker as the grammar matched it is a key already; spaces are normalised only if not
    return code if code is not None else _SUFFIXES.get(" ".join(marker.split()))


def to_usd(amount: float | None, currency: str | None) -> float | None:
    """Approximate USD value of `amount` in `currency` (None when unknown)."""
    if amount is None or currency is None:
        return None
    rate = FX_TO_USD.get(currency)
    if rate is None:
        return None
    return round(amount * rate, 2)
