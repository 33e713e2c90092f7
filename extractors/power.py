"""Power of data centres and clusters, in MW.

Grammar: an exact number, an optional scale, then a power unit (`MW`,
`megawatts`, `GW`, `gigawatts`, `兆瓦`, `吉瓦`, `千兆瓦`, `万千瓦`). Energy
(`MWh`, `兆瓦时`), kilowatts (rack level) and vague amounts give no fact.
Subject: as for GPU owners (nearest entity that can own compute, else the
focus); status planned when the sentence plans, else operational.
"""

from __future__ import annotations

import re

from extractors.compute_context import COMPUTE_CONTEXT
from extractors.numbers import qualifier_before, value_of
from extractors.passage import Passage
from extractors.regex_variants import Variants
from extractors.sentences import clause_span

POWER_RE = Variants(
    r"(?P<num>{NUMBER})(?:\s?(?P<more>多|余))?(?:\s?(?P<scale>万|千|百))?\s?-?"
    r"(?P<unit>gigawatts?|megawatts?|gw|mw|吉瓦|千兆瓦|兆瓦|百万千瓦|万千瓦)(?![a-z])(?!\s?时)"
)
_UNIT = re.compile(r"gigawatt|megawatt|gw|mw|吉瓦|兆瓦|千瓦")
_UNIT_MW = {"gigawatt": 1000.0, "gigawatts": 1000.0, "gw": 1000.0, "吉瓦": 1000.0, "千兆瓦": 1000.0,
            "megawatt": 1.0, "megawatts": 1.0, "mw": 1.0, "兆瓦": 1.0, "百万千瓦": 1000.0,
            "万千瓦": 10.0}
_PLANNED = re.compile(
    r"\bwill\b|plans?\b|planned|planning|\bby 20\d\d|\bnext\b|would|aims?\b|expects?|"
    r"under construction|is building|are building|将|计划|预计|打算|目标|未来|拟|在建|规划"
)


def _status(folded: str, sent, start: int, end: int) -> str:
    c_start, c_end = clause_span(folded, sent.start, sent.end, start)
    if _PLANNED.search(folded, c_start, c_end) or _PLANNED.search(folded, sent.start, start):
        return "planned"
    return "operational"


def extract_power(p: Passage) -> list[dict]:
    """Power facts of a passage (contract dicts), de-duplicated by MW."""
    facts: list[dict] = []
    seen: list[float] = []
    folded = p.folded
    if not _UNIT.search(folded):
        return facts
    for sent in p.sentences:
        for m in POWER_RE.finditer(folded, sent.start, sent.end):
            base = value_of(m.group("num"), m.group("scale"))
            prev_start = p.sentences[sent.index - 1].start if sent.index else sent.start
            if base is None or not COMPUTE_CONTEXT.search(folded, prev_start, sent.end):
                continue  # a power plant or a country's grid is not a data centre
            mw = base * _UNIT_MW[m.group("unit")]
            if mw < 1 or any(abs(x - mw) <= 0.01 * mw for x in seen):
                continue
            refs = [r for r in sent.refs if r.salient and not r.brand and r.entity.can_own]
            before = [r for r in refs if r.end <= m.start()]
            subject = (before[-1].entity.name if before else refs[0].entity.name if refs
                       else sent.focus.name if sent.focus else None)
            if subject is None:
                continue
            seen.append(mw)
            facts.append({
                "subject": subject,
                "mw": int(mw) if float(mw).is_integer() else mw,
                "status": _status(folded, sent, m.start(), m.end()),
                "evidence": p.evidence(sent),
                "span": [sent.start, sent.end],
                "confidence": 0.7 - (0.05 if qualifier_before(folded[max(0, m.start() - 16):m.start()]) else 0),
            })
    return facts
