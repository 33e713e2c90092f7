"""Compute sites named as projects, with what they cost.

Regional build-outs are often told with no company the registry knows: "白城绿色算力与数据
产业园项目总投资 63 亿元", "投资九十三亿元的骋风而来超大规模人工智能算力中心项目", "该项目整体投资
38 亿元". The site itself is then the subject of the cost. Only a site named by a compute word
(智算中心, 算力中心, 数据中心, 产业园 …) counts, and a sum over many projects ("207 个重大项目
总投资") names none.
"""

from __future__ import annotations

import re

from extractors.numbers import QUALIFIER

_SITE_WORDS = (r"(?:智算中心|算力中心|数据中心|超算中心|计算中心|数据产业园|算力产业园|智算产业园|云计算产业园|"
               r"人工智能产业园|大数据产业园|数据中心产业园|ai产业园|算力园区|算力基地|数据中心集群|算力集群)")
# "<site>(项目)(一期)(总)投资(约) N" (folded text: ASCII brackets and commas)
_SITE_BEFORE = re.compile(
    rf"(?P<site>[\u4e00-\u9fffa-z0-9()]{{2,24}}?{_SITE_WORDS})\s?(?:项目)?\s?(?:一期|二期|首期|一阶段)?\s?(?:项目)?"
    rf"(?:总投资|计划投资|整体投资|投资总额|总投资额|拟投资|预计投资|投资)(?:额)?\s?(?:达|为|将达)?\s?(?:{QUALIFIER}\s?)?$"
)
# "该项目整体投资 38 亿元": the site told of just before
_THIS_PROJECT_BEFORE = re.compile(
    rf"(?:该|此|这一|这个)项目\s?(?:一期|二期|首期)?\s?(?:整体|总|计划)?投资(?:额)?\s?(?:达|为)?\s?(?:{QUALIFIER}\s?)?$")
# "项目总投资 33.6 亿元", "此次开工的项目二期计划投资 11.9 亿元", "本项目…，总投资约 72 亿元": a clause that
# is only the investment of "the project" (the site named in the sentences before)
_PROJECT_CLAUSE = re.compile(
    rf"\s?(?:(?:该|此|这一|这个|本|此次开工的|此次签约的|新开工的)?项目)?\s?(?:一期|二期|三期|首期|一阶段)?\s?"
    rf"(?:规划|计划|预计)?\s?(?:整体|总|计划)?投资(?:额|总额)?\s?(?:达|为|将达)?\s?(?:{QUALIFIER}\s?)?")
_PROJECT_OPENS = re.compile(
    r"(?:据悉|据了解|据介绍|记者了解到|目前)?\s?[,，]?\s?(?:该|此|这一|这个|本)?项目(?!方|所在|部|组|团队|负责|公司)")
# "投资九十三亿元的<site>项目": the sum before the site it pays for
_INVESTED_BEFORE = re.compile(rf"(?:总投资|投资)\s?(?:达)?\s?(?:{QUALIFIER}\s?)?$")
_SITE_AFTER = re.compile(rf"\s?的\s?(?P<site>[\u4e00-\u9fffa-z0-9()]{{2,24}}?{_SITE_WORDS})")
# many projects summed: "207 个重大项目", "项目 20 个"
_MANY_PROJECTS = re.compile(r"(?:\d+|[两三四五六七八九十几多数]+)\s?(?:个|大)[^,，。;；]{0,8}(?:项目|中心)|项目\s?\d+\s?个")
_LEADING_WORDS = re.compile(r"^(?:其中|另外|此外|同时|以及|而|及|当地|该市|全省|全国|本地)")


# (words that end what is said before a site's name: "也是该公司在中卫数据中心", "中聯建工發布紹興…算力中心")
_BEFORE_SITE_WORDS = ("的", "在", "打造", "发布", "發布", "启动", "啟動")


def _site_name(raw: str) -> str:
    """A site's name without what stands before it: "吉林白城的X数据中心" -> "X数据中心"."""
    # (and what the sentence says before it: "也是该公司在中卫数据中心" -> "中卫数据中心")
    cut = max((raw.rfind(w) + len(w) for w in _BEFORE_SITE_WORDS if w in raw), default=0)
    return _LEADING_WORDS.sub("", raw[cut:]).strip()
# a site named before a figure of its own: "白城绿色算力与数据产业园规划电力容量", "The Baicheng data
# centre campus will draw" (English on the original text: capitalised name words before the site noun)
_SITE_NAMED_ZH = re.compile(rf"(?P<site>[\u4e00-\u9fffa-z0-9()]{{2,24}}?{_SITE_WORDS})")
_SITE_NAMED_EN = re.compile(
    r"(?P<site>(?:[A-Z][\w-]*\s){1,4}(?:data cent(?:re|er)|AI data cent(?:re|er)|campus|supercomputer|"
    r"computing cent(?:re|er)|AI factory)(?:\scampus)?)"
    r"(?!\s(?:market|sector|industry|pipeline|demand|capacity|cluster market)\b)"
)
# a capitalised name of one to three words: "CloudHQ", "APL Group"
_CAP_WORDS = r"[A-Z][A-Za-z0-9&-]+(?:\s[A-Z][A-Za-z0-9&-]+){0,2}"
_EN_CAP_NAME = rf"(?P<name>{_CAP_WORDS})"
_SITE_NOUN_EN = r"(?:data cent(?:re|er)s?|campus(?:es)?|facility|facilities|AI factory|supercomputer)"
# "the campus being developed by CloudHQ"
_SITE_BY_EN = re.compile(rf"\b{_SITE_NOUN_EN}\s(?:being\s|to be\s)?(?:developed|built|operated|run|owned)\sby\s{_EN_CAP_NAME}")
# the sentence's subject opens or builds a site: "ODATA inaugurated its QR03 campus", "APL Group … plans to
# invest 125 billion yen to build a data center"
_BUILDS_SITE_EN = re.compile(
    r"\b(?:inaugurated|opened|launched|unveiled|is building|will build|broke ground on|operates)\s(?:its|a|an|the)\s|"
    r"\b(?:plans|aims|is set|intends)\sto\s(?:invest\s[^.;]{0,40}?\sto\s)?(?:build|construct|develop)\s(?:a|an|its|the)\s"
)
_AI_SITE_OBJECT = re.compile(
    r"(?:(?!\b(?:wind|solar|farm|plant|reactor|factory floor)\b)[^.;]){0,50}?"
    r"\b(?:AI|data cent(?:er|re)s?|datacenters?|campus|cluster|supercomputer|AI factory)\b")
# a name after a preposition is a place, not who builds: "a site in the Kitakyushu Science Park"
_PLACE_PREPOSITION_BEFORE = re.compile(r"\b(?:in|at|near|on|of|from|to|into)\s(?:the\s)?$")
_SPEECH_BETWEEN = re.compile(r"\b(?:said|says|say|told|announced|reported|noted|added|stated|estimates?)\b")
_CAP_RUN = re.compile(rf"(?<![\w.]){_CAP_WORDS}")
_NOT_A_BUILDER = frozenset({"The", "This", "It", "They", "We", "Meanwhile", "Today", "Last", "In", "On", "At", "By",
                            "For", "As", "After", "Before", "When", "While", "Also", "However", "Additionally",
                            "Construction", "According", "Earlier", "Elsewhere", "Local", "Later", "Now", "Next",
                            "Separately", "Still", "Then", "Yet", "Governor", "Mayor", "President", "Minister"})


def site_builder_before(text: str, start: int, pos: int) -> str | None:
    """A company the registry does not know, named between `start` and `pos` as who builds or opens
    a site: "the campus being developed by CloudHQ … will add 900 MW", "ODATA inaugurated its QR03
    campus with 24 MW", "APL Group … plans to invest 125 billion yen to build a data center"."""
    found = None
    for found in _SITE_BY_EN.finditer(text, start, pos):  # noqa: B007 - the last one is nearest
        pass
    if found is not None:
        return found.group("name")
    verb = _BUILDS_SITE_EN.search(text, start, pos)
    if verb is None or not _AI_SITE_OBJECT.match(text, verb.end(), min(len(text), pos + 60)):
        return None  # (an AI site only: not "Enel inaugurated a 300 MW wind farm")
    # (the subject: the name nearest before the verb, with no speaker between: not "Governor Greg Abbott
    # said the state will build", "In Narvik, Norway, Aker plans to build" is Aker)
    runs = [c for c in _CAP_RUN.finditer(text, start, verb.start()) if c.group().split()[0] not in _NOT_A_BUILDER
            and not _PLACE_PREPOSITION_BEFORE.search(text, max(0, c.start() - 10), c.start())]
    if not runs or _SPEECH_BETWEEN.search(text, runs[-1].end(), verb.start()):
        return None
    return runs[-1].group()


def site_of_investment(text: str, folded: str, clause_start: int, start: int, end: int, limit: int,
                       last_site: str | None, sentence_start: int | None = None) -> str | None:
    """The site a sum at folded[start:end] is the investment in, as written in `text`, or None.

    `clause_start` opens the sum's clause and `limit` ends it; `last_site` is the site told of
    before in the passage (for "该项目"), else the one named in the text before `sentence_start`
    (for "项目总投资 N", "本项目…，总投资 N")."""
    sentence_start = clause_start if sentence_start is None else sentence_start
    if _MANY_PROJECTS.search(folded, clause_start, start):
        return None
    found = _SITE_BEFORE.search(folded, max(clause_start, start - 60), start)
    if found is not None:
        return _site_name(text[found.start("site"):found.end("site")])
    if last_site is not None and _THIS_PROJECT_BEFORE.search(folded, max(clause_start, start - 16), start):
        return last_site
    if (clause := _PROJECT_CLAUSE.fullmatch(folded, clause_start, start)) and (
            "项目" in clause.group() or _PROJECT_OPENS.match(folded, sentence_start)) and not (
            # (the sum of a thing named after it: "总投资 60 亿元的配套光伏电站")
            folded.startswith("的", end) or folded.startswith(" 的", end)):
        # (the site named last, in the sentence itself too: "星河数据中心项目已签约，项目总投资 30 亿元")
        return _project_named_before(text, folded, max(0, sentence_start - 600), clause_start)
    if _INVESTED_BEFORE.search(folded, max(clause_start, start - 8), start):
        after = _SITE_AFTER.match(folded, end, min(limit, end + 40))
        if after is not None:
            return _site_name(text[after.start("site"):after.end("site")])
    return None


# another kind of project (a logistics park, a care home, a solar plant), not one described again ("重点招商
# 引资项目", "人工智能产业综合体项目")
# (named as a project of its own, not one the site serves: "还有一个物流园项目", not "服务新能源汽车研发项目")
_OTHER_PROJECT_ZH = re.compile(
    r"(?:还有|另有|另一|一个|一座|一批|[二三四五六七八九]、)[^,，。;；]{0,8}?"
    r"(?:物流|养老|医院|学校|住宅|小区|道路|公路|大桥|光伏|风电|水电|电站|水厂|污水|酒店|商业|新材料|制造|工厂|"
    r"厂房|化工|汽车|电池|钢铁|文旅|体育|公园|博物馆|港口|机场)[\u4e00-\u9fff0-9]{0,6}项目")
_LANDMARK_BEFORE = re.compile(r"毗邻|邻近|紧邻|靠近|临近|比邻")
_SITE_PROJECT_ZH = re.compile(rf"(?P<site>[\u4e00-\u9fffa-z0-9()]{{2,24}}?{_SITE_WORDS})\s?(?:\(\S{{1,4}}\)\s?)?项目")


def _project_named_before(text: str, folded: str, start: int, pos: int) -> str | None:
    """The compute site named last as a project ("浩云长盛宁夏数据中心项目") between `start` and `pos`,
    else the site named last."""
    found = None
    for site in _SITE_PROJECT_ZH.finditer(folded, start, pos):
        if not _LANDMARK_BEFORE.search(folded, max(start, site.start() - 8), site.end()):
            found = site  # (the last one named, not a landmark: "毗邻已投产的银河数据中心项目")
    # (another project named after it is "the project": "…同日开工的还有一个物流园项目，项目总投资 10 亿元")
    other = None
    for other in _OTHER_PROJECT_ZH.finditer(folded, start, pos):  # noqa: B007
        pass
    if other is not None and (found is None or other.end() > found.end()):
        return None
    if found is not None:
        return _site_name(text[found.start("site"):found.end("site")])
    return site_named_before(text, folded, start, pos)


def site_named_before(text: str, folded: str, start: int, pos: int) -> str | None:
    """The compute site named last between `start` and `pos` (a sentence's figure), as written in
    `text`, or None."""
    found = None
    for found in _SITE_NAMED_ZH.finditer(folded, start, pos):  # noqa: B007 - the last one is nearest
        pass
    if found is not None:
        return _site_name(text[found.start("site"):found.end("site")])
    for found in _SITE_NAMED_EN.finditer(text, start, pos):  # noqa: B007
        pass
    return re.sub(r"^(?:The|A|An)\s", "", found.group("site").strip()) if found is not None else None

