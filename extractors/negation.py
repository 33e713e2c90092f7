"""Facts the text denies or calls off: no fact comes of them.

"OpenAI denied reports that it was raising $100 billion", "Anthropic is not raising $5 billion",
"OpenAI's $40 billion round was called off", "月之暗面并未完成 10 亿美元融资", "DeepSeek 否认拥有
5 万张 H100": the number is named, but as what did not or will not happen. The negation must
govern the fact's own verb, with the number as that verb's object: "xAI 没有透露本轮 60 亿美元融资
的估值", "didn't get a board seat despite investing $13 billion", "Anthropic, which denied the
report, closed a $13 billion round" keep their facts. A calling-off after the number must be
said of the number's own deal ("the $40 billion round was called off").
"""

from __future__ import annotations

import re

from extractors.numbers import QUALIFIER

# the verbs of a fact, English and Chinese
_VERBS_EN = (
    r"rais(?:e|es|ed|ing)|clos(?:e|es|ed|ing)|seek(?:s|ing)?|sought|secur(?:e|es|ed|ing)|"
    r"receiv(?:e|es|ed|ing)|get|gets|getting|got|invest(?:s|ed|ing)?|spend(?:s|ing)?|spent|"
    # (not "own": "xAI doesn't own the 100,000 H100s outright" still uses them)
    r"buy(?:s|ing)?|bought|purchas(?:e|es|ed|ing)|order(?:s|ed|ing)?|deploy(?:s|ed|ing)?|"
    r"operat(?:e|es|ed|ing)|pay(?:s|ing)?|paid|in talks to raise"
)
# (the text is folded: traditional characters are already simplified)
_VERBS_ZH = r"完成|获得|拿到|融资|募资|募集|筹集|筹资|投资|注资|投入|出资|部署|拥有|持有|采购|购买|购入|订购|租用|花费"
# what may stand between the verb and its number: articles, possessives, hedges
_OBJECT_GAP = rf"(?:\s(?:a|an|the|its|their|his|her|another|new|fresh|additional|further|{QUALIFIER}))*\s?"
# (not across a clause: "denied the report, but xAI raised", "denied wrongdoing and said")
_SAME_CLAUSE = r"(?:(?!\b(?:and|but|said|says|while|after|before|although|though)\b)[^.;!?,]){0,50}?"
# a denial (not "did not deny that xAI raised")
_DENIAL = r"(?<!not )(?<!n't )\b(?:denied|denies|deny|denying|refuted)\b"
_NEGATED_BEFORE = re.compile(
    # a denial of the fact: "denied reports that it was raising", "denied it would spend"
    rf"{_DENIAL}{_SAME_CLAUSE}\b(?:{_VERBS_EN})\b{_OBJECT_GAP}$|"
    # ... or of the number itself: "actively denies the rumoured 27,000 GPU scale"
    rf"{_DENIAL}(?:\s(?:the|a|an|any|its|their|rumou?red|reported|alleged|claimed|purported|{QUALIFIER}))*\s?$|"
    # the fact's verb negated: "is not raising", "has not closed its", "does not plan to buy"
    # (not "not yet closed": a round still being raised, talks)
    r"(?:\bnot|n't|\bnever|\bno longer)\s(?!yet\s(?:clos|complet|final))(?:yet\s|currently\s|actively\s)?"
    r"(?:(?:going|planning|looking|plan|plans|intend|intends|expect|expects)\sto\s)?"
    rf"(?:{_VERBS_EN})\b{_OBJECT_GAP}$|"
    # 并未完成, 否认拥有, 不会投入 (not 没有透露, 不会削减, 不会低于: the verb is another's)
    r"(?:否认|并未|并没有|没有|未能|未曾|从未|不会|并不|无意|不打算|不计划|不再)\s?(?:已经?|再|曾|要|将)?\s?"
    rf"(?:{_VERBS_ZH})(?:了|过)?[^，。；,;！？的后]{{0,10}}$"
)
_CALLED_OFF_AFTER = re.compile(
    r"\s?(?:[\w-]+\s){0,2}?(?:round|funding|deal|investment|financing|raise|fundraise|fundraising|offering|"
    r"order|purchase|commitment|plan)s?\s(?:was|were|has been|have been|had been|is being|is)\s(?:\w+\s)?"
    r"(?:called off|scrapped|abandoned|shelved|cancel(?:l)?ed|withdrawn|put on hold)\b|"
    r"[^，。；,;！？]{0,12}?(?:被取消|被叫停|被搁置|告吹|搁浅|流产)"
)


# Every match of the patterns holds one of these (looked up first: most numbers have none near)
_CUES_BEFORE = ("not", "n't", "never", "no longer", "deni", "deny", "refut", "否", "未", "没", "不", "无")
_CUES_AFTER = ("called off", "scrapped", "abandoned", "shelved", "cancel", "withdrawn", "on hold", "被",
               "告吹", "搁浅", "流产")


def denied(folded: str, clause_start: int, start: int, end: int, clause_end: int) -> bool:
    """True when the folded text denies, negates or calls off the fact whose number is at
    `start:end`, within its clause `clause_start:clause_end`."""
    lo, hi = max(clause_start, start - 90), min(clause_end, end + 60)
    return (any(folded.find(c, lo, start) >= 0 for c in _CUES_BEFORE)
            and bool(_NEGATED_BEFORE.search(folded, lo, start))) or (
        any(folded.find(c, end, hi) >= 0 for c in _CUES_AFTER)
        and bool(_CALLED_OFF_AFTER.match(folded, end, hi)))
