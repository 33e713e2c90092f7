"""Facts the text denies or calls off: no fact comes of them.

"OpenAI denied reports that it was raising $100 billion", "Anthropic is not raising $5 billion",
"OpenAI's $40 billion round was called off", "月之暗面并未完成 10 亿美元融资", "DeepSeek 否认拥有
5 万张 H100": the number is named, but as what did not or will not happen. The cue stands in the
number's clause: before it (a denial, a verb negated, 并未/没有/否认/不会 ...) or after it ("was
called off", "被取消"). A negation that bounds the number is a hedge, not a denial: "不会低于 100 亿
美元" is at least, "no fewer than" is a qualifier.
"""

from __future__ import annotations

import re

# a verb of the fact, negated: "is not raising", "has not closed", "does not plan to buy", "won't deploy"
_VERBS_EN = (
    r"rais\w*|clos\w*|seek\w*|sought|secur\w*|receiv\w*|get|getting|got|invest\w*|spend\w*|spent|"
    r"buy\w*|bought|purchas\w*|order\w*|deploy\w*|own|owns|have|has|us(?:e|es|ing)|operat\w*|"
    r"plan\w*|intend\w*|in talks|negotiat\w*|commit\w*|pay\w*|paid"
)
_NEGATED_BEFORE = re.compile(
    # a denial: "denied reports that it was raising", "dismissed a report of"
    r"\b(?:denied|denies|deny|denying|dismissed|refuted|rejected)\b(?:\s(?:reports?|claims?|rumou?rs?|"
    r"speculation)\b)?[^.;!?]{0,70}$|"
    r"(?:\bnot|n't|\bnever|\bno longer)\s(?:yet\s|currently\s|actively\s)?(?:(?:going|planning|looking)\sto\s)?"
    rf"(?:{_VERBS_EN})\b[^.;!?,]{{0,40}}$|"
    r"(?:否认|并未|并没有|没有|未能|未曾|从未|不会|并不|无意|不打算|不计划|不再|取消|终止|叫停|搁置)"
    # (not a bound: "不会低于 100 亿美元", "不会超过")
    r"(?![^，。；,;！？]*?(?:低于|少于|超过|高于|多于|不足|以下|以上))[^，。；,;！？]{0,24}$"
)
_CALLED_OFF_AFTER = re.compile(
    r"[^.;!?]{0,50}?\b(?:was|were|has been|have been|had been|is being|is|been)\s(?:\w+\s)?"
    r"(?:called off|scrapped|abandoned|shelved|cancel(?:l)?ed|withdrawn|put on hold)\b|"
    r"[^，。；,;！？]{0,20}?(?:被取消|被叫停|被搁置|告吹|搁浅|流产)"
)


def denied(folded: str, clause_start: int, start: int, end: int, clause_end: int) -> bool:
    """True when the folded text denies, negates or calls off the fact whose number is at
    `start:end`, within its clause `clause_start:clause_end`."""
    lo = max(clause_start, start - 90)
    return bool(_NEGATED_BEFORE.search(folded, lo, start)) or bool(
        _CALLED_OFF_AFTER.match(folded, end, min(clause_end, end + 60)))
