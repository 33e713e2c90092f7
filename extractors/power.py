"""Power of data centres and clusters, in MW.

Grammar: an exact number, an optional scale, then a power unit (`MW`,
`megawatts`, `GW`, `gigawatts`, `兆瓦`, `吉瓦`, `千兆瓦`, `万千瓦`, `百萬瓦`, `萬瓩`, and kilowatts
when they add up to a megawatt or more: `150,000 kW`, `15 万千瓦`). Energy
(`MWh`, `兆瓦时`), rack-level kilowatts and vague amounts give no fact. The
figure must sit in a compute context (data centres, AI, a named AI lab), or, in a
passage about compute, be the power of a lab or cloud (its power-purchase deal, a
nuclear restart it takes all of, its campus named further on).
Subject: as for GPU owners (the lab that uses the site over the cloud that
builds it, else the nearest entity that can own compute, else the focus).
Status: planned when a plan is said before the figure (since the previous
figure of the sentence), in its clause or right after it ("will", "planned
for 2026", "approved to supply", "将", "规划", "获批"); else operational.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from extractors.compute_context import COMPUTE_CONTEXT, COMPUTE_SITE, NOT_COMPUTE_SITE
from extractors.gpus import site_owner
from extractors.labs import Entity
from extractors.numbers import (
    AFTER_QUALIFIERS,
    HEDGE_AFTER_RE,
    QUALIFIER,
    qualifier_before,
    value_of,
)
from extractors.passage import Passage
from extractors.project_sites import site_builder_before, site_named_before
from extractors.regex_variants import Variants
from extractors.sentences import clause_span
from extractors.word_cues import WordCue

POWER_RE = Variants(
    r"(?P<num>{NUMBER})(?:\s?(?P<more>多|余))?(?:\s?(?P<scale>万|千|百(?!万)))?\s?-?"
    r"(?P<unit>gigawatts?|megawatts?|kilowatts?|gw|mw|kw|吉瓦|千兆瓦|兆瓦|百万千瓦|万千瓦|百万瓦|千瓦|百万瓩|万瓩|瓩)(?![a-z])(?!\s?时)"
)
# 瓩 is the one-character kilowatt of Taiwanese usage ("15 萬瓩" = 150 MW).
_UNIT = WordCue(["gigawatt*", "megawatt*", "kilowatt*", "gw", "mw", "kw", "吉瓦", "兆瓦", "千瓦", "百万瓦", "瓩"])
_UNIT_MW = {"gigawatt": 1000.0, "gigawatts": 1000.0, "gw": 1000.0, "吉瓦": 1000.0, "千兆瓦": 1000.0,
            "megawatt": 1.0, "megawatts": 1.0, "mw": 1.0, "兆瓦": 1.0, "百万千瓦": 1000.0,
            "万千瓦": 10.0, "kilowatt": 0.001, "kilowatts": 0.001, "kw": 0.001, "千瓦": 0.001,
            "百万瓦": 1.0, "百万瓩": 1000.0, "万瓩": 10.0, "瓩": 0.001}
# (each branch opens with a literal, a word edge `\b` after it as `(?<!\wx)`: re then skips ahead
# to the characters a match can start with)
_PLANNED = re.compile(
    r"w(?<!\ww)ill\b|p(?<!\wp)lans?\b|planned|planning|b(?<!\wb)y (?:the end of )?20\d\d|i(?<!\wi)n 20\d\d|"
    r"f(?<!\wf)or 20\d\d|n(?<!\wn)ext\b|would|could|a(?<!\wa)ims?\b|expect\w*|approv\w*|permit\w*|proposed|"
    r"slated|scheduled|"
    r"b(?<!\wb)y (?:early |late |mid-?)?(?:january|february|march|april|may|june|july|august|september|october|"
    r"november|december) 20\d\d|g(?<!\wg)rows? beyond\b|e(?<!\we)xpands? beyond\b|s(?<!\ws)cales? beyond\b|"
    r"d(?<!\wd)ue\b|to reach|to supply|to provide|to deliver|to develop|to build|to add|to expand|"
    r"agreed to|eventually|future|upcoming|first phase|on track|under construction|is building|"
    r"are building|being built|once complete\w*|when complete\w*|g(?<!\wg)row(?:s|ing)? (?:up )?to\b|"
    r"e(?<!\we)xpand(?:s|ing)? (?:up )?to\b|s(?<!\ws)cal(?:e|es|ing) (?:up )?to\b|"
    r"将|计划|预计|打算|目标|未来|拟|在建|规划|获批|批准|有望|最终|建成后|一期|二期|明年|即将|扩展至|扩容至|增至|扩展到|扩大到|扩大至|提升至|提升到|增加到|增加至|将扩建|正在扩建|计划扩建|扩建中|"
    r"扩至|扩到|同意为|同意开发|同意建设|同意提供|讨论将|商议将|商议增|洽谈将|磋商将|"
    r"i(?<!\wi)n talks to\b|d(?<!\wd)iscussing (?:a|an|plans)\b|n(?<!\wn)egotiat\w*"
)
_TO_BECOME_NOW = re.compile(r"\b(?:will|would|to|shall|set to|expected to)\s(?:\w+\s)?(?:be\s|come\s|go\s|be brought\s)?$")
_APPROVED = re.compile(r"approv\w*|permit\w*|获批|批准")
_COORDINATION = re.compile(r"\s(?:and|but|while|whereas)\s|[,;，；、]|并|而")
_NOW = re.compile(
    r"\b(?:currently|already|now|today|existing|operational|online|in operation|reached|hit|grew to|"
    r"rose to)\b|目前|现有|已经|现已|已"
)


def _status(folded: str, sent, start: int, end: int, prev_end: int) -> str:
    """Planned when a plan is said before the figure (since the previous one, in its clause)
    or right after it ("1 GW planned for 2026"), unless the figure is said to be current
    ("today", "目前"); else operational."""
    c_start, c_end = clause_span(folded, sent.start, sent.end, start)
    left_start = max(c_start, prev_end)
    for coord in _COORDINATION.finditer(folded, left_start, start):
        left_start = coord.end()  # "150 MW today and will grow to 1 GW": after the "and"
    clause_left = (left_start, start)
    if _FROM_BEFORE.search(folded, max(sent.start, start - 6), start) and _TO_FIGURE_AFTER.match(folded, end, sent.end) and (
            not _PLANNED_SITE.search(folded, c_start, start)):
        return "operational"  # "将容量从1.2吉瓦扩至约2.0吉瓦": what it has now (not "a planned site would grow from")
    if _APPROVED.search(folded, *clause_left):
        return "planned"  # "已获批 960 兆瓦": the supply is approved, not yet drawn
    now = _NOW.search(folded, *clause_left)
    if now and not _TO_BECOME_NOW.search(folded, clause_left[0], now.start()):
        return "operational"  # (not "will come online in 2026 at 1 GW", "expected to be operational")
    if _PLANNED.search(folded, max(sent.start, prev_end), start):
        return "planned"
    cut = _COORDINATION.search(folded, end, min(c_end, end + 30))
    right = (end, cut.start() if cut else min(c_end, end + 30))
    now = _NOW.search(folded, *right)
    if now and not _TO_BECOME_NOW.search(folded, right[0], now.start()):
        return "operational"  # (not "200 MW … will come online in 2026")
    if _PLANNED.search(folded, *right) or _DEAL_COVERS.search(folded, max(sent.start, prev_end), start) or (
            _DEAL_AFTER.match(folded, end, c_end)):
        return "planned"
    return "operational"


# A deal for capacity is capacity to come: "signed a deal with AMD covering 6 gigawatts",
# "agreements totalling 33 gigawatts", "与 AMD 的协议涵盖 6 吉瓦", "宣布合作部署 10 吉瓦" (not
# "Under the 2023 contract, Microsoft's 300 MW campus already supplies OpenAI")
_DEAL_COVERS = re.compile(
    r"\b(?:deals?|agreements?|contracts?|pact|letter of intent)\b[^.;]{0,80}?\b(?:cover(?:s|ing)?|for|of up to|"
    r"worth|totall?ing|to deploy|to build|to buy|to take|adds? up to|reserv\w*)\s[^.;]{0,24}$|"
    # (a Chinese deal word before the figure in its sentence: "根据协议，CoreWeave 还拥有再租用 150 兆瓦的选择权",
    # "签署购电协议，后者承诺从 2028 年起供电…至少 50 兆瓦")
    r"协议|合同|意向书|选择权|合作部署"
)
# ... or the figure heads the deal: "signed a 4.5 GW deal with Oracle", "签署 6 吉瓦协议", "6 吉瓦的 GPU 供应协议"
_DEAL_AFTER = re.compile(
    r"\s?(?:[\w-]+\s){0,3}?(?:deals?|agreements?|contracts?|pact|letter of intent)\b|\s?的?[^,，。;；]{0,8}?(?:协议|合同|意向书)"
)


def extract_power(p: Passage) -> list[dict]:
    """Power facts of a passage (contract dicts), de-duplicated by MW."""
    facts: list[dict] = []
    seen: list[float] = []
    folded = p.folded
    units = [u.start() for u in _UNIT.finditer(folded)]
    if not units:
        return facts
    # in a passage about compute, a lab's or cloud's power deal feeds its data centres
    passage_compute = COMPUTE_CONTEXT.search(folded) is not None
    for sent in p.sentences:
        if bisect_left(units, sent.end) == bisect_left(units, sent.start):
            continue  # no power unit in this sentence
        prev_end = sent.start
        last_figure = None  # the end of the sentence's figure before this one
        for m in POWER_RE.finditer(folded, sent.start, sent.end):
            figure_before, last_figure = last_figure, m.end()
            if figure_before is not None and (
                    bracket := _BRACKET_OPEN_BEFORE.search(folded, max(figure_before, m.start() - 24), m.start())) and (
                    bracket.start() - figure_before <= 60):
                continue  # "over 200 megawatts of critical IT load (around 250 MW gross capacity)": said again
            if _BASELINE_BEFORE.search(folded, max(sent.start, m.start() - 24), m.start()):
                continue  # "that figure also surpasses the 1.8 gigawatts the companies announced last summer"
            base = value_of(m.group("num"), m.group("scale"))
            prev_start = p.sentences[sent.index - 1].start if sent.index else sent.start
            if base is None or not (COMPUTE_CONTEXT.search(folded, prev_start, sent.end) or any(
                    (r.salient and r.entity.can_raise and "lab" in r.entity.kinds) or r.brand
                    for r in sent.refs)  # (a chipmaker's systems: "1 吉瓦的英伟达 Vera Rubin 系统")
                    or (passage_compute and _compute_company_nearby(p, sent, m.start()))):
                continue  # a power plant or a country's grid is not a data centre
            mw = base * _UNIT_MW[m.group("unit")]
            if mw < 1 or any(abs(x - mw) <= 0.01 * mw for x in seen):
                continue
            if _COOLING_BEFORE.search(folded, max(sent.start, m.start() - 16), m.start()):
                continue  # "冷却能力达 200 兆瓦", "cooling capacity of 200 MW": the chillers', not the site's draw
            if _DEALS_SUMMED_BEFORE.search(folded, max(sent.start, m.start() - 80), m.start()):
                continue  # "chip deals with Nvidia, AMD and Broadcom that together cover 26 GW": a sum
            if _PER_POWER_UNIT.search(folded, max(sent.start, m.start() - 12), m.end()):
                continue  # "the cost of a gigawatt", "每吉瓦的资本开支", "每周新增 1 吉瓦": a unit or a rate
            if mw == 1000 and _UNIT_EQUIVALENCE.match(folded, m.end(), sent.end) and (
                    not folded[sent.start:m.start()].strip()
                    or _UNIT_OPENING.search(folded, max(sent.start, m.start() - 12), m.start())):
                continue  # "1吉瓦相当于一座核反应堆", "1 GW of AI compute can cost $20-25 billion": a yardstick
            span_from = _FROM_BEFORE.search(folded, max(sent.start, m.start() - 6), m.start())
            if span_from and _TO_FIGURE_AFTER.match(folded, m.end(), sent.end) and not _GROWTH_NEAR.search(
                    folded, max(sent.start, span_from.start() - 40), min(sent.end, m.end() + 4)):
                continue  # "从 1 吉瓦到 6 吉瓦": the low end of a range, not a site (an expansion's is)
            c_start = clause_span(folded, sent.start, sent.end, m.start())[0]
            if _NATIONAL_CAPACITY.search(folded, max(sent.start, m.start() - 60), m.start()):
                continue  # "目标到本世纪中叶将核电产能提升为原先的四倍，从目前 100 吉瓦增至 400 吉瓦": a country's
            if _NOT_POSSIBLE.search(folded, c_start, m.start()):
                continue  # "不可能像国外那样随意扩建 500MW、1GW 规模的机房": what cannot be built, no site's
            if _PLANT_OUTPUT.search(folded, c_start, m.start()) and not any(
                    r.salient and r.entity.kinds & {"lab", "cloud"} for r in sent.refs) and not (
                    COMPUTE_SITE.search(folded, m.end(), min(sent.end, m.end() + 60))) and not (
                    _PLANT_FOR_SITE.search(folded, sent.start, sent.end) or _built_for_a_lab(p, sent)):
                # "The plant would produce 1.5 GW", "a nearby gas plant provides 300 MW": a power plant
                # (its output is a site's when a lab or cloud takes it, or it goes "to … AI data centres")
                continue
            need = _WOULD_NEED.search(folded, c_start, m.start())
            if need and not any(r.salient and sent.start <= r.start < need.start() for r in sent.refs):
                continue  # "a continent-scale model would need a cluster drawing about 150 MW": no one's
            owner = site_owner(p, sent, m.start(), m.end())[0]
            if owner is not None and not owner.kinds & {"lab", "cloud"} and (
                    supplier := _power_supplier(p, sent, owner)) is not None:
                # "TotalEnergies signed a deal to supply renewable power to Google's data centers …
                # Deliveries of 1.5 GW": the power is the customer's sites', none when no customer is named
                owner = supplier
                if owner is _NO_CUSTOMER:
                    continue
            # (no company: a compute site named as the subject, "白城绿色算力与数据产业园规划电力容量 300 兆瓦")
            subject = owner.name if owner is not None else (
                None if _GRID_WORDS.search(folded, c_start, m.start()) else (
                    site_named_before(p.text, folded, c_start, m.start())
                    or site_builder_before(p.text, sent.start, m.start())))
            if subject is None:
                continue
            status = _status(folded, sent, m.start(), m.end(), prev_end)
            if mw > _LARGEST_SITE_MW and status != "planned":
                continue
            seen.append(mw)
            prev_end = m.end()
            hedge_after = HEDGE_AFTER_RE.match(folded, m.end())  # "150 兆瓦以上"
            qualifier = qualifier_before(folded[max(0, m.start() - 16):m.start()]) or (
                AFTER_QUALIFIERS[hedge_after.group(1)] if hedge_after else None)
            facts.append({
                "subject": subject,
                "mw": int(mw) if float(mw).is_integer() else mw,
                "status": status,
                "qualifier": qualifier,
                "evidence": p.evidence(sent),
                "span": [sent.start, sent.end],
                "confidence": 0.7 - (0.05 if qualifier else 0),
            })
    return facts


# a figure compared against, not the site's: "surpasses the 1.8 gigawatts announced last summer",
# "up from 1.2 GW"
# (a site's own floor stays: "Colossus 2 will exceed 1 GW")
_BASELINE_BEFORE = re.compile(
    rf"\b(?:surpass(?:es|ed|ing)?|exceed(?:s|ed|ing)?)\s(?:the|its|their)\s(?:{QUALIFIER}\s?)?$|"
    rf"\b(?:up from|down from|compared (?:with|to))\s(?:the\s|its\s|their\s)?(?:{QUALIFIER}\s?)?$")
_COOLING_BEFORE = re.compile(r"(?:冷却|制冷)(?:能力|量|容量)[^,，。;；\d]{0,4}?$|\bcooling\s(?:capacity|capability|load)\b[^,.;\d]{0,12}$")
# a figure that opens a bracket right after another one restates it in other terms
_BRACKET_OPEN_BEFORE = re.compile(
    r"[(（]\s?(?:(?:around|about|roughly|approximately|or|i\.e\.|some|nearly)\s|约|总|合计|即|或)?$")


# No site runs or is being built near 100 GW (the largest are a few GW): a larger figure that is
# no long-term plan ("250 gigawatts of compute by 2033") is a slip or a joke ("Musk briefly put
# the site at 500 gigawatts"), or a country's grid
_LARGEST_SITE_MW = 100_000


# the grid that feeds a site, not the site: "为当地数据中心配套建设的变电站规划容量 300 兆瓦"
_GRID_WORDS = re.compile(r"变电站|电网|电厂|电站|\bsubstations?\b|\bgrid\b|\bpower plants?\b")
# a country's or an industry's generating capacity, not a site's: "将核电产能提升为原先的四倍，从目前 100 吉瓦
# 增至 400 吉瓦", "US nuclear capacity to 400 GW by 2050"
_NATIONAL_CAPACITY = re.compile(r"核电产能|核能产能|全国[^,，。;；\d]{0,8}?(?:装机|产能)|\bnuclear (?:power )?capacity\b|"
                                r"\bnational\b[^.;]{0,30}?\bcapacity\b")
_DEALS_SUMMED_BEFORE = re.compile(
    r"\b(?:deals|agreements|contracts|partnerships)\b[^.;]{0,60}?\b(?:together|combined|collectively|"
    rf"in total|between them)\b[^.;]{{0,24}}?(?:{QUALIFIER}\s?)?$|"
    # (partners listed, then their deals summed: "与英伟达、AMD 和博通签署的协议合计超过 26 吉瓦")
    r"、[^。;；]{0,30}?(?:签署|达成|签订|敲定)的?(?:协议|合同|合作)[^。;；\d]{0,6}?(?:合计|总计|共计|加起来)[^。;；\d]{0,8}$"
)


# What an unnamed, hypothetical subject would need ("a continent-scale model would need", "若要训练…需要";
# "the purchases would require 4.5 gigawatts" is the deal's)
_WOULD_NEED = re.compile(
    r"\b(?:a|an)\s(?:[\w-]+\s){0,3}?(?:model|lab|cluster|system|company|startup|developer)\s(?:[^,.;]{0,30}?\s)?"
    r"would (?:need|require)\b|\bhypothetical\b|(?:若要|如果要|假如|假设)[^,，。;；]{0,20}?需要")
# A unit of power things are priced or counted by, or a rate ("每周新增 1 吉瓦")
# A gigawatt as a yardstick: "1吉瓦的电力可供应约75万户家庭", "1 GW of AI compute can cost", "Building
# one gigawatt of data center capacity costs $50 to $60 billion"
_UNIT_EQUIVALENCE = re.compile(
    r"\s?(?:的电力|的電力|的算力|的容量|of (?:ai |data cent(?:er|re) )?(?:compute|computing capacity|capacity|power))?"
    r"\s?(?:可供应|可供應|可供|可为|可為|能为|能為|足以|相当于|相當於|约等于|約等於|等于|等於|\bequals\b|"
    r"\bis (?:equivalent|enough|roughly|about)\b|\bcan power\b|\bcould power\b|\bpowers\b|"
    r"\b(?:can|could|would)? ?costs?\b)"
)
# (said of a gigawatt in general: opening its clause, or "building one gigawatt"; not "the
# data center's 1 GW can power", a site's)
_UNIT_OPENING = re.compile(r"(?:[,，。;；:：]|\b(?:building|build|adding|add|every|each|that)\s|每)\s*$")
# a range told "from X to Y" (not a growth: "扩至", "expand from 300 MW to 1 GW")
_FROM_BEFORE = re.compile(r"(?:从|從|\bfrom)\s?$")
_TO_FIGURE_AFTER = re.compile(
    r"\s?(?:扩|擴|增|提升|升|提高|增加)?(?:到|至)\s?(?:约|約|近|超过|超過)?\s?\d|"
    r"\s?to\s(?:about |around |nearly |roughly |over |more than )?\d")
_PLANNED_SITE = re.compile(r"\bplanned\b|\bproposed\b|\bfuture\b|\bwould\b|\bcould\b|规划中|拟建|计划中的|未来")
_GROWTH_NEAR = re.compile(
    r"扩|擴|增|提升|升|提高|\bexpand|\bgrow|\bscal|\bincreas|\bboost|\braise|\brais|\bramp|\bupgrad")
_PER_POWER_UNIT = re.compile(
    r"(?:每|\b(?:per|each|every)\s|\bcost of (?:a|one)\s)[^,，。;；]{0,6}?(?:\d+\s?)?(?:吉瓦|兆瓦|gigawatts?|megawatts?|gw\b|mw\b)"
)


def _compute_company_nearby(p: Passage, sent, pos: int) -> bool:
    """An AI lab or a cloud is the party of a power figure at `pos`: the first salient name of
    the sentence before the figure, or, with none, the entity the passage is about when the
    sentence points back to it ("it", "the company", "该公司", "其") or the passage has just
    spoken of its site ("Meta is building an AI campus ... Hyperion will draw 2 GW"); never for
    an office or a warehouse roof."""
    folded = p.folded
    if NOT_COMPUTE_SITE.search(folded, sent.start, sent.end):
        return False
    named = [r for r in sent.refs if r.salient and not r.brand and r.start < pos]
    kinds = {"lab", "cloud"}
    if named:
        party = named[0].entity
    elif _POINTS_BACK.search(folded, sent.start, pos):
        party = sent.focus
    elif any(COMPUTE_SITE.search(folded, s.start, s.end) for s in p.sentences[max(0, sent.index - 2):sent.index + 1]):
        # the site just spoken of: any operator of compute that builds it ("SoftBank Corp. broke ground
        # on an AI data center ... Operations are due to begin with 50 MW"; not a gas plant, a power
        # supplier, a funder or a landlord)
        party = sent.focus
        if not _POWER_SUPPLY.search(folded, sent.start, sent.end) and any(
                _BUILDS_SITE.search(folded, s.start, s.end) and COMPUTE_SITE.search(folded, s.start, s.end)
                for s in p.sentences[max(0, sent.index - 2):sent.index]):
            kinds = {"lab", "cloud", "company"}
    else:
        return False
    return party is not None and bool(party.kinds & kinds)


# A company that sells power to data centres: "in talks to supply power to data centers",
# "向数据中心供电"
_SUPPLIES_POWER = re.compile(
    r"\bsuppl(?:y|ies|ying)\s(?:\w+\s){0,2}?(?:power|electricity|energy)\s(?:\w+\s){0,3}?to\s|"
    r"(?:向|为)[^,，。;；]{0,20}?(?:供电|提供电力)"
)
_NO_CUSTOMER = object()


def _power_supplier(p: Passage, sent, owner: Entity) -> Entity | object | None:
    """When `owner` is named as a power supplier in the sentence or the one before: the customer
    named after "to" (a lab or cloud), else `_NO_CUSTOMER`; None when `owner` supplies no power."""
    for s in (sent, p.sentences[sent.index - 1] if sent.index else None):
        if s is None:
            continue
        named = [r for r in s.refs if r.entity is owner]
        supply = _SUPPLIES_POWER.search(p.folded, s.start, s.end)
        if not named or supply is None or supply.start() < named[0].end:
            continue
        customer = next((r.entity for r in s.refs if r.start >= supply.end() - 1 and r.entity is not owner
                         and r.entity.kinds & {"lab", "cloud"}), None)
        return customer or _NO_CUSTOMER
    return None


_PLANT_OUTPUT = re.compile(
    r"\b(?:plant|plants|reactors?|turbines?|power station|wind farm|solar farm)\b[^.;,]{0,40}?"
    r"\b(?:produce|produces|generate|generates|provide|provides|supply|supplies|deliver|delivers)\b|"
    r"(?:电厂|电站|发电厂|机组)[^,，。;；]{0,10}?(?:发电|供电|提供)"
)
_NOT_POSSIBLE = re.compile(
    r"(?:不可能|无法|难以)[^,，。;；]{0,12}?(?:扩建|建设|新建|自建|兴建)|"
    r"\b(?:cannot|can't|could not|couldn't|unable to|impossible to)\s(?:\w+\s){0,2}?(?:build|expand|add)\b"
)
# the site's own plants: "On-site gas turbines generate 360 MW", "The plants would produce 2.3 GW"
# after "Meta's Hyperion data center will be powered by three gas plants"
_PLANT_FOR_SITE = re.compile(r"\bon[- ]site\b|\bat the site\b|\bfor the (?:site|campus|data cent(?:er|re))\b|现场|园区内")
_POWERED_BY = re.compile(
    r"\bpowered by\b|\bwill build\b[^.;]{0,40}\bplants?\b[^.;]{0,20}\bfor\b|\b(?:next to|adjacent to|beside)\b|供电|配套|毗邻"
)


def _built_for_a_lab(p: Passage, sent) -> bool:
    """True when the sentence before says a lab's or cloud's site is powered by the plants."""
    if sent.index == 0:
        return False
    prev = p.sentences[sent.index - 1]
    return bool(_POWERED_BY.search(p.folded, prev.start, prev.end) and COMPUTE_SITE.search(p.folded, prev.start, prev.end)
                and any(r.salient and r.entity.kinds & {"lab", "cloud"} for r in prev.refs))


_BUILDS_SITE = re.compile(
    r"\b(?:broke ground|groundbreaking|is building|are building|will build|built|opened|operates|operate|"
    r"constructing|construction of)\b|开工|动工|奠基|兴建|建成|投运|启用"
)
_POWER_SUPPLY = re.compile(
    r"\b(?:gas plant|power plant|plant|supply|supplies|supplying|deliveries|generat\w*|produce|produces|"
    r"turbines?|nuclear|reactor|grid)\b|电厂|发电|供电|电网"
)
_POINTS_BACK = re.compile(
    r"\b(?:it|its|the company|the firm|the lab|the startup|the group)\b|该公司|这家公司|公司|其|该集团|"
    # the deal the passage is about: "The agreement covers 500 MW", "该协议"
    r"\bthe (?:first |new |latest )?(?:agreement|deal|contracts?|pact)s?\b|(?:该|这份|此|这项)(?:协议|合同|合约)"
)
