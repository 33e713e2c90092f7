"""Startups the registry does not know, named where a passage introduces them.

News introduces a young company with a descriptor right before its name and a verb
right after it: "Legal AI startup Harvey has raised", "AI 客服新创 Sierra 宣布完成",
"具身智能公司它石智航（TARS）宣布完成". Such a name stands for a startup lab in the
whole passage (its later mentions too), so funding and compute rules can attribute
facts to it. A Latin name in brackets after a Chinese one is the name the company
uses in English and becomes its canonical name ("它石智航（TARS）" -> "TARS").

Only introductions count: a capitalised word elsewhere is not a company, and the
descriptor must say startup or an AI-ish company ("AI company", "机器人公司").
"""

from __future__ import annotations

import re
import unicodedata

from extractors.labs import Entity, lookup_short_form
from extractors.places import PLACE_NAMES

_LAB_KINDS = frozenset({"lab"})
_COMPANY_KINDS = frozenset({"company"})
# A Chinese company name and its stock code in brackets (A-share six digits, Hong Kong five, Taiwan
# four, an exchange suffix optional): "协创数据(300857.SZ)", "海南华铁（603300.SH）", "鸿海（2317）"
# (a word that joins the name to the sentence: "继海南华铁(603300.SH)…后" is 海南华铁)
_LISTED_LEAD = re.compile(r"(?:继|据|对|在|由|被|把|从|于|但|而|因|自|让|即|又|也|还|且|该|此|这)")
_SHORT_NAME_INTRO = re.compile(
    r"(?P<full>[\u4e00-\u9fff]{4,24}?(?:股份有限公司|有限责任公司|有限公司|集团))\s?[(（]\s?(?:以下)?简称\s?[“\"「]?"
    r"(?P<short>[\u4e00-\u9fffa-z0-9]{2,8})[”\"」]?\s?[)）]")
# (four digits only for a code that is no year: "（2025）" is a date)
_STOCK_CODE = re.compile(r"[(（]\s?(?:\d{6}|\d{5}|(?!19|20)\d{4}|\d{4}\.tw)(?:\.(?:sz|sh|bj|nq|hk|tw))?\s?[)）]")
# (the name right before a stock code, the code itself found by `_STOCK_CODE`)
_LISTED_NAME = re.compile(r"(?<![\u4e00-\u9fff])(?P<name>[\u4e00-\u9fff]{2,8})\s?$")

# English: "<descriptor> <Name> <verb>", case-sensitive on the original text. The scan is
# anchored on the descriptor noun; a "company" or "lab" needs an AI-ish word right before it
# (`_EN_DOMAIN_BEFORE`). Each noun opens with its literal first letter and checks the word
# edge after it (`(?<!\w.)` is the `\b` before that letter): a pattern that starts with `\b`
# is tried at every offset, one that starts with a letter only where that letter is.
# A capitalised name of one to three words: "Xscape Photonics", "Sharon AI"
_EN_WORDS = r"[A-Z][A-Za-z0-9&.'-]*(?:\s[A-Z][A-Za-z0-9&.'-]*){0,2}"
_EN_DESCRIPTORS = ("start-?ups?", "unicorn", "company", "maker", "firm", "lab", "provider", "group")
_EN_INTRO = re.compile(
    "(?P<desc>" + "|".join(d[0] + r"(?<!\w.)" + d[1:] for d in _EN_DESCRIPTORS) + ")"
    rf"\s(?P<name>{_EN_WORDS}?)"
    r"(?=,?\s(?:has|have|had|is|was|said|says|announced|raised|raises|closed|closes|secured|"
    r"secures|landed|completed|will|plans|agreed|signed))"
)
# English apposition: "<Name>, the Paris-based start-up Yann LeCun founded, has raised", "Acme
# Robotics, a humanoid-robot maker, closed". The name opens its sentence; the apposition holds a
# descriptor noun (a company or lab needs a domain word, as above) and a verb of raising follows
# it. Anchored on ", the|a|an " (a comma is rare; a capitalised name at every offset is not).
_EN_APPOSITION = re.compile(
    r",\s(?:(?:the|a|an)\s(?P<desc>[^,;.()]{0,80}?\b(?:start-?ups?|unicorn|company|maker|firm|lab|"
    r"developer|provider|operator|spin-?out|spin-off|spinoff|platform)\b[^,;()]{0,80}?(?:,[^,;()]{0,60}?)?)|"
    # ... or what it does: "SkildAI, which develops AI for powering robots, landed a $1.4 billion Series C"
    r"which\s(?P<does>(?:develops|builds|makes|designs|creates|trains|offers|provides|sells)\b[^,;()]{0,80}?)),\s"
    r"(?=(?:has|have|had|is|was|on \w+|last \w+|this \w+|also|now|just|said(?: that)? it(?: has| had)?)?\s?"
    r"(?:raised|raises|closed|closes|secured|secures|landed|lands|completed|completes|collected|"
    r"announced|is raising|was raising|bagged|pulled in|added|adds|took in|takes in|picked up|picks up|"
    r"received|receives|won|attracted|banked|nabbed|snagged|"
    # (a compute company introduced by what it builds: "Sharon AI, an Australian AI cloud provider, is
    # deploying up to 40,000 GB300 GPUs")
    r"is deploying|deploys|deployed|will deploy|is building|is constructing|operates)\b)"
)
# "New York-based Xscape Photonics raised a $44 million Series A": a place-based name that raises
_EN_BASED_INTRO = re.compile(
    r"(?<![\w-])[A-Z][a-z]+(?:\s[A-Z][a-z]+)?-based\s"
    rf"(?P<name>{_EN_WORDS}?)"
    r"(?=,?\s(?:has\s|have\s|had\s|just\s|also\s)?(?:raised|closed|secured|landed|completed|announced a|bagged)\b)"
)
_EN_NAME = rf"(?P<name>{_EN_WORDS}?)"
# Each of these introductions is found from a literal anchor with str.find (a pattern that starts
# with a word edge or a capital would be tried at every offset of every news body).
# "a $252 million seed round for Merge Labs, a brain-computer interface startup": the round's company
_ROUND_WORDS = ("round ", "raise ", "investment ", "funding ", "financing ")
_ROUND_PREPOSITIONS = ("for ", "in ", "into ")
# (the kind noun heads the apposition: not "…investment in Poland, the company said", "…in Texas, a state
# that courts every data center developer")
_ROUND_FOR_NAME = re.compile(
    _EN_NAME + r"(?=,\s(?:a|an|the)\s(?:(?!\b(?:that|which|who|whose|where)\b)[^,;.()]){0,60}?\b"
    r"(?:start-?ups?|company|maker|developer|lab|firm)\b(?!\s(?:said|says|told|announced|reported|added|noted|stated)\b))")
# "Ireland's Tines raised $125 million", "Germany's Parloa closed a Series C", "Elon Musk's Neuralink
# raised $650 million" (a founder's company)
_POSSESSED_RAISES = re.compile(
    _EN_NAME + r"(?=\s(?:has\s|have\s|had\s|just\s|also\s)?(?:raised|raises|closed|closes|landed|"
    r"pulled in|bagged|picked up|completed|fetched|banked)\b)")
# (a startup's round, not a conglomerate's: the sentence speaks of AI or of a startup)
_AI_STARTUP_WORDS = re.compile(r"\b(?:AI|A\.I\.|artificial intelligence|start-?ups?|models?|robotics|humanoid|chips?)\b")
# title-case words that are no first or last name ("Last Year's Winner raised")
_NOT_A_PERSON_WORD = frozenset(
    "Last Next This That The Year Years Week Month Day Quarter Season Winner Winners Round Company Group "
    "Today Yesterday Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split())
# "a company called Mal", "an AI startup named Reflection"
_CALLED_ANCHORS = (" called ", " named ", " dubbed ")
_KIND_CALLED_BEFORE = re.compile(r"\b(?:[Aa]|[Aa]n)\s(?:[\w-]+\s){0,2}?(?:company|start-?up|firm|lab)$")
_CALLED_NAME = re.compile(rf"(?P<name>{_EN_WORDS})")


def _stock_codes(folded: str) -> list[re.Match]:
    """Bracketed stock codes ("(300857.sz)"), found from each opening bracket."""
    out = []
    for bracket in ("(", "（"):
        at = folded.find(bracket)
        while at >= 0:
            if folded[at + 1:at + 3].strip()[:1].isdigit() and (m := _STOCK_CODE.match(folded, at)):
                out.append(m)
            at = folded.find(bracket, at + 1)
    return out


def _possessor_before(text: str, at: int) -> bool:
    """True when a place ("Ireland", "Saudi Arabia") or a person ("Elon Musk") ends at `at`."""
    words = text[max(0, at - 40):at].split()
    if not words:
        return False
    if words[-1] in PLACE_NAMES or " ".join(words[-2:]) in PLACE_NAMES:
        return True
    return len(words) >= 2 and all(w[0].isupper() and w[1:].islower() and w.isalpha() and len(w) > 1
                                   and w not in _NOT_A_PERSON_WORD for w in words[-2:])


def _more_intros(text: str) -> list[re.Match]:
    """Name matches of the anchored introductions above, in no particular order."""
    out: list[re.Match] = []
    for word in _ROUND_WORDS:
        at = text.find(word)
        while at >= 0:
            after = at + len(word)
            if text.startswith(_ROUND_PREPOSITIONS, after) and (at == 0 or not text[at - 1].isalnum()) and (
                    m := _ROUND_FOR_NAME.match(text, text.index(" ", after) + 1)) and m.group("name") not in PLACE_NAMES:
                out.append(m)
            at = text.find(word, after)
    for mark in ("'s ", "’s "):
        at = text.find(mark)
        while at >= 0:
            if text[at + 3:at + 4].isupper() and _possessor_before(text, at) and (
                    m := _POSSESSED_RAISES.match(text, at + 3)) and _AI_STARTUP_WORDS.search(text):
                out.append(m)
            at = text.find(mark, at + 1)
    for anchor in _CALLED_ANCHORS:
        at = text.find(anchor)
        while at >= 0:
            if _KIND_CALLED_BEFORE.search(text, max(0, at - 50), at) and (m := _CALLED_NAME.match(text, at + len(anchor))):
                out.append(m)
            at = text.find(anchor, at + 1)
    return out
_FUND_NAME = re.compile(r"\b(?:Capital|Partners|Ventures|Fund|Funds|Management|Investments|Holdings|Advisors)$")
_NOT_A_PLACE = re.compile(r"\b(?:Arm|ARM|x86|RISC-V|Nvidia|Blackwell|Hopper|Cloud|GPU|Linux|Python)$")
_EN_APPOSITION_DOMAIN = re.compile(
    r"start-?ups?|unicorn|\b(?:AI|A\.I\.|artificial intelligence|robot\w*|humanoid|chip\w*|model|"
    r"software|coding|legal|search|cloud|compute|GPU|inference|semiconductor|data[- ]cent(?:re|er)s?)\b"
)
# ... what a company does, told with "which": only AI itself counts ("which makes model trains" and "which
# builds job search tools" are no AI startups)
_WHICH_DOMAIN = re.compile(
    r"\b(?:AI|A\.I\.|artificial intelligence|robots?|robotics|humanoids?|(?:AI|computer|GPU) chips?|semiconductors?|"
    r"GPUs?|inference|LLMs?|"
    r"(?:large )?language models?|foundation models?|machine learning|AI models?)\b")
# the description's head is an investor, a fund or the press ("a prominent investor in AI start-ups",
# "the news agency that", "the AI-focused venture firm founded by"), not a startup described by
# such a word ("an AI news startup", "a venture-backed AI startup")
_EN_NOT_A_LAB_DESC = re.compile(
    r"\b(?:investor|investors|fund|funds|agency|newspaper|publication|bank|entrepreneur|founder|executive|"
    r"billionaire|venture firm|investment firm|capital firm|vc firm|equity firm|investment company)\b"
    r"(?=\s(?:that|which|who|in|of|founded|based|with|for|led|run|backed)\b|\s?$)"
)
_EN_SENTENCE_ADVERBS = frozenset(
    "Meanwhile Still However Separately Instead Elsewhere Also Now Today Yesterday Earlier Later Overall "
    "Moreover Indeed Again Then Thus Hence Besides Nevertheless Nonetheless Otherwise Plus Yet".split()
)
_FOR_A_FUND = re.compile(r"[^.;]{0,80}?\bfor\s(?:its|a|an|the|their|his|her|two|three)\s(?:[\w-]+\s){0,3}funds?\b")
_EN_OPENING_NAME = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n)|(?<=[a-z][a-z]\.))(?P<name>[A-Z][A-Za-z0-9&.'-]*(?:\s[A-Z][A-Za-z0-9&.'-]*){0,3})$"
)
# ... or right after a time phrase that opens the sentence: "A few weeks later, Inception, a Palo
# Alto startup …, said it had raised"
_EN_NAME_AFTER_TIME = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))(?:(?:A|An|The) few \w+ (?:later|earlier)|(?:Days|Weeks|Months) later|"
    r"(?:On|In|Last|This|Earlier|Later) [\w ]{1,20}?|Meanwhile|Separately|Elsewhere),\s"
    r"(?P<name>[A-Z][A-Za-z0-9&.'-]*(?:\s[A-Z][A-Za-z0-9&.'-]*){0,3})$"
)
# a round named soon after the verb: the apposition then needs no AI word ("General Intuition, a
# spinout of the clip platform Medal, raised $133.7 million in a seed round")
_SPINOUT = re.compile(r"\bspin-?out\b|\bspin-?off\b")
_ROUND_SOON = re.compile(r"(?:[^.;]|\.(?=\d)){0,80}?\b(?:seed|series [A-K]|round|funding)\b")
_EN_DOMAIN_BEFORE = re.compile(
    r"\b(?:AI|A\.I\.|artificial intelligence|robotics|humanoid|chip|model|foundation-model|software|"
    r"coding|legal|search|cloud|compute|data-center|data centre|data center)\s(?:[a-z-]+\s){0,2}?$"
)
# Chinese (on folded text): "<domain word>…<公司|新创|初创…><Name>（<Latin>）<verb>", anchored
# on the descriptor; the domain word is checked before it (`_ZH_DOMAIN_BEFORE`).
_ZH_INTRO = re.compile(
    r"(?:初创公司|初创企业|新创公司|新创|初创|公司|企业|创企|独角兽|提供商|服务商|厂商|供应商|开发商|平台)\s?"
    r"(?P<name>[a-z][a-z0-9.&-]{1,24}(?: [a-z][a-z0-9.&-]{1,24}){0,2}|[\u4e00-\u9fff]{2,6}?)"
    # (a bracket may give the Latin name, or the Chinese one: "LiblibAI(哩布哩布AI)已完成")
    r"(?:\s?[（(](?:(?P<alias>[a-z][a-z0-9 .&-]{0,24})|[\u4e00-\u9fffa-z0-9 ]{1,16})[)）])?"
    # a date or an adverb may stand between the name and its verb ("星海图2月11日宣布",
    # "Helsing 6月17日宣布", "…今年3月也完成")
    # ("Replicate则在2023年12月完成", "Cursor 于 6 月完成")
    r"(?=\s?(?:也|还|又|则)?(?:在|于)?\s?(?:(?:今年|去年|本月|上月)?(?:\d{4}\s?年\s?)?\d{1,2}\s?月(?:\s?\d{1,2}\s?日)?|"
    r"\d{1,2}\s?日|周[一二三四五六日]|今年|去年|本月|上月)?\s?(?:也|还|又|则|刚|刚刚)?"
    # (or a partner after it: "意大利AI公司iGenius与阿联酋科技集团G42签署协议")
    r"(?:宣布|已经|已|近日|日前|今日|今天|正式|完成|获得|获|拿下|拿到|斩获|筹得|募得|再获|正在|正|将|与|"
    # a short clause may come first: "Genesis AI 结束隐身，宣布完成"
    r"[\u4e00-\u9fff]{2,6}[,，]\s?宣布))"
)
# "由前 xAI 研究员 Eric Zelikman 等人创立的 humans& 宣布完成", "Databricks 前 AI 负责人
# Naveen Rao 创办的 Unconventional AI 刚完成": founders from AI work introduce a startup.
_ZH_FOUNDED_INTRO = re.compile(
    # anchored on the verb (a scan that starts with the founders would try every character)
    r"(?:创立|创办|创建|孵化)的\s?"
    r"(?P<name>[a-z][a-z0-9.&-]{1,24}(?: [a-z][a-z0-9.&-]{1,24}){0,2}&?)"
    r"(?=\s?(?:近日|日前|今日|本周|上周|上月|本月)?\s?(?:也|还|又|则|刚|刚刚)?"
    r"(?:宣布|已经|已|正式|完成|获得|获|拿下))"
)
# "…的原力灵机（Dexmal）就拿下了超 10 亿元的 A 轮融资": a Chinese name with its Latin name in
# brackets, right before a verb of raising, is a company introduced even with no descriptor.
# (anchored on the bracket; the name before and the verb after are checked from there)
_BRACKET_LATIN = re.compile(r"[（(](?P<alias>[a-z][a-z0-9 .&-]{0,24})[)）]")
_CJK_NAME_BEFORE = re.compile(r"(?:^|(?<=[的,，。;；:：\s]))(?P<name>[\u4e00-\u9fff]{2,6})$")
_RAISES_AFTER = re.compile(
    r"\s?(?:(?:今年|去年)?\d{1,2}月(?:\d{1,2}日)?)?\s?(?:也|还|又|则|刚|刚刚|就|已)?\s?"
    r"(?:宣布完成|完成了?|获得了?|拿下了?|再获|斩获|揽获)"
)
# "从 Synopsys 分拆的 OpenLight Photonics 完成 3400 万美元 A 轮融资", "纽约的 Xscape Photonics 完成":
# a Latin name after 的 that completes a round (a round word follows within the clause)
_LATIN_AFTER_DE = re.compile(
    r"的\s?(?P<name>[a-z][a-z0-9.&-]{1,24}(?: [a-z][a-z0-9.&-]{1,24}){0,2})\s?(?:已|刚|也|则|近日)?\s?"
    r"(?:宣布)?(?:完成|获得|拿下|斩获)了?\s?(?:超|近|约|逾)?\s?[\d一二两三四五六七八九十]"
)
_ROUND_WORD_AHEAD = re.compile(r"[^,，。;；]{0,30}?(?:轮|融资)")
_CLAUSE_TAIL = re.compile(r"[^,。;，；]{2,40}$")
# a name that says its field needs no AI founders: "由三位华人联合创办的 Dyna Robotics 完成"
_DOMAIN_IN_NAME = re.compile(r"\s(?:ai|robotics|robots?|intelligence|computing)$")
_AI_FOUNDERS = re.compile(r"ai|人工智能|研究员|研究副总裁|科学家|工程师|负责人|首席|cto|ceo|高管|团队")
# what no name starts with (particles, pronouns) or holds (money words): "AI公司的单轮融资额正在…"
# generic Latin words that follow a description without naming anyone ("创立的 ai 已完成")
_GENERIC_LATIN = frozenset(
    "ai agi llm llms gpu gpus app apps api lab labs model models chatbot startup bot agent agents "
    "saas cloud data robot robots".split()
) | {"ai lab", "ai labs", "ai startup", "ai company", "ai model"}
_NOT_A_NAME_START = frozenset("的地得在是了和与及也都就还又等将已于对向从把被为所之其这那该每各此")
# (a verb of news is no part of a name: "AI独角兽刚宣布完成" names no "刚宣布")
_NOT_A_NAME_PART = re.compile(r"的|融资|估值|投资|收入|营收|市值|规模|金额|全年|仅|只有|共计|其中|宣布|完成|获得")
_ZH_DOMAIN_BEFORE = re.compile(
    r"(?:ai|人工智能|大模型|具身智能|机器人|芯片|智能|科技|算力|模型|云|数字人|生成式|aigc|"
    r"自动化|推理|推论|编程|代码|软件|智能体|自动驾驶|半导体|数据)"
    # (a clause on what it does may stand between: "提供 AI 助手服务的西班牙初创公司")
    r"\s?(?:[\u4e00-\u9fff]{0,8}?的)?[\u4e00-\u9fff]{0,4}?$"
)
# Words a Chinese match may take for a name: times, pronouns, generic nouns.
_NOT_A_NAME = frozenset(
    "今年 去年 前年 近日 日前 此前 目前 已经 本轮 该轮 此轮 这轮 旗下 方面 团队 本身 自身 首次 再次 "
    "正式 成功 顺利 日前已 刚刚 最近 近期 上月 本月 昨日 今日 正在 正 刚 "
    # descriptor words themselves ("一家 AI 初创公司获得": no name follows)
    "公司 企业 初创 新创 创企 独角兽 厂商 平台 机构 集团 巨头 龙头 新秀 "
    # days, times and roles right after a description ("这家 AI 公司周一宣布", "公司创始人宣布")
    "周一 周二 周三 周四 周五 周六 周日 周末 星期一 星期二 星期三 星期四 星期五 星期六 星期日 随后 此后 "
    "明年 今天 明天 本周 上周 下周 当天 同日 创始人 联合创始人 首席执行官 董事长 总裁 负责人 发言人 官方 "
    "ceo cto cfo coo "
    # adverbs right after a plural description ("国内大模型公司普遍去年也完成了")
    "普遍 纷纷 相继 陆续 先后 大多 多数 大都 通常 往往 均已 都已 也已 普遍已".split()
)
_EN_NOT_A_NAME = frozenset(
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June "
    "July August September October November December I We He She It They The This That Its Their "
    "CEO CTO CFO".split()
)
# "这家/该 AI 公司", "the AI company": a company spoken of again, not introduced
_ANAPHORIC_BEFORE = re.compile(r"(?:这家|该|此|那家|这个|其)\s?$|\b(?:the|this|that|its|every|each|any)\s$")


def startup_mentions(text: str, folded: str, taken: list[tuple[int, int]]
                     ) -> list[tuple[int, int, Entity, str]]:
    """Mentions `(start, end, entity, "name")` of startups introduced in the passage and
    of their later repeats; spans in `taken` (registry names) are left alone."""
    found: dict[str, tuple[Entity, str]] = {}  # surface -> (entity, how it is searched)
    for m in _EN_INTRO.finditer(text):
        name = m.group("name")
        if name.split()[0] in _EN_NOT_A_NAME or len(name) < 2:
            continue
        domain = _EN_DOMAIN_BEFORE.search(text, max(0, m.start() - 40), m.start())
        if not m.group("desc").startswith(("start", "unicorn")) and not domain:
            continue
        lead = domain.start() if domain else m.start()
        if _ANAPHORIC_BEFORE.search(text[max(0, lead - 8):lead].lower()):
            continue
        if not overlaps(m.start("name"), m.end("name"), taken):
            found.setdefault(name, (Entity(name, _LAB_KINDS, True), "text"))
    for m in _EN_APPOSITION.finditer(text) if ", " in text else ():
        opening = _EN_OPENING_NAME.search(text, max(0, m.start() - 60), m.start()) or (
            _EN_NAME_AFTER_TIME.search(text, max(0, m.start() - 90), m.start()))
        if opening is None:
            continue
        name = opening.group("name")
        desc = m.group("desc") or m.group("does")
        if (name.split()[0] in _EN_NOT_A_NAME or len(name) < 2
                or overlaps(opening.start("name"), opening.end("name"), taken)):
            continue
        if (m.group("does") and not _WHICH_DOMAIN.search(desc)) or ((not _EN_APPOSITION_DOMAIN.search(desc)
             and not (_SPINOUT.search(desc) and _ROUND_SOON.match(text, m.end())))
                or _EN_NOT_A_LAB_DESC.search(desc)
                or (" " not in name and name in _EN_SENTENCE_ADVERBS)
                or _FOR_A_FUND.match(text, m.end(), min(len(text), m.end() + 120))):
            # "Meanwhile, the AI startup …" (an adverb), "Elad Gil, a prominent investor in AI
            # start-ups" (an investor), "the news agency", "has raised $1 billion for a new fund"
            continue
        found.setdefault(name, (Entity(name, _LAB_KINDS, True), "text"))
    for m in _more_intros(text):
        name = m.group("name").split(". ")[0].rstrip(".")  # ("a company called Mal. They" ends a sentence)
        if (name.split()[0] in _EN_NOT_A_NAME or len(name) < 2 or _FUND_NAME.search(name)
                or overlaps(m.start("name"), m.end("name"), taken)):
            continue
        found.setdefault(name, (Entity(name, _LAB_KINDS, True), "text"))
    based = text.find("-based ")
    while based >= 0:
        # (anchored on "-based ": the place name before it is at most two words)
        m = _EN_BASED_INTRO.search(text, max(0, based - 30), min(len(text), based + 80))
        based = text.find("-based ", based + 7)
        if m is None:
            continue
        name = m.group("name")
        place = text[m.start():m.start("name")].rstrip().removesuffix("-based")
        if (name.split()[0] in _EN_NOT_A_NAME or _FUND_NAME.search(name) or _NOT_A_PLACE.search(place)
                or _FOR_A_FUND.match(text, m.end(), min(len(text), m.end() + 120))
                or overlaps(m.start("name"), m.end("name"), taken)):
            continue  # "Palo Alto-based Foundation Capital raised $600 million for two new funds", "Arm-based"
        found.setdefault(name, (Entity(name, _LAB_KINDS, True), "text"))
    for m in _ZH_INTRO.finditer(folded):
        surface = folded[m.start("name"):m.end("name")]
        if (surface in _NOT_A_NAME or surface in _GENERIC_LATIN or surface[0] in _NOT_A_NAME_START
                or _NOT_A_NAME_PART.search(surface)
                or overlaps(m.start("name"), m.end("name"), taken)):
            continue
        domain = _ZH_DOMAIN_BEFORE.search(folded, max(0, m.start() - 12), m.start())
        if not domain or _ANAPHORIC_BEFORE.search(folded, max(0, domain.start() - 4), domain.start()):
            continue
        alias = m.group("alias")
        original = text[m.start("name"):m.end("name")]
        canonical = text[m.start("alias"):m.end("alias")].strip() if alias else original
        canonical = unicodedata.normalize("NFKC", canonical)  # "ＡＢＣ" is ABC
        # (a short form of a registry name is that entity: "芯片公司昆仑芯" is 昆仑芯科技, Kunlunxin)
        known = None if alias else lookup_short_form(surface)
        found.setdefault(surface, (known or Entity(canonical, _LAB_KINDS, True), "folded"))
    for b in _BRACKET_LATIN.finditer(folded) if ("(" in folded or "（" in folded) else ():
        m = _CJK_NAME_BEFORE.search(folded, max(0, b.start() - 7), b.start())
        if m is None or not _RAISES_AFTER.match(folded, b.end()):
            continue
        surface = m.group("name")
        if (surface in _NOT_A_NAME or surface[0] in _NOT_A_NAME_START or _NOT_A_NAME_PART.search(surface)
                or b.group("alias").strip() in _GENERIC_LATIN
                or overlaps(m.start("name"), b.end(), taken)):
            continue
        canonical = unicodedata.normalize("NFKC", text[b.start("alias"):b.end("alias")].strip())
        found.setdefault(surface, (Entity(canonical, _LAB_KINDS, True), "folded"))
    for m in _LATIN_AFTER_DE.finditer(folded) if "的" in folded else ():
        surface = m.group("name").strip()
        if (surface in _GENERIC_LATIN or overlaps(m.start("name"), m.end("name"), taken)
                or not _ROUND_WORD_AHEAD.match(folded, m.end())
                # (who founded it decides, below: "由两位餐饮老板创立的 Mellow" is no AI startup)
                or folded.endswith(("创立", "创办", "创建", "孵化", "成立"), max(0, m.start() - 2), m.start())):
            continue
        canonical = unicodedata.normalize("NFKC", text[m.start("name"):m.start("name") + len(surface)])
        found.setdefault(surface, (Entity(canonical, _LAB_KINDS, True), "folded"))
    if "的" in folded:
        for m in _ZH_FOUNDED_INTRO.finditer(folded):
            # the founders: the clause before the verb, at most 40 characters
            founders = _CLAUSE_TAIL.search(folded, max(0, m.start() - 40), m.start())
            if not founders or not (_AI_FOUNDERS.search(founders.group()) or _DOMAIN_IN_NAME.search(
                    m.group("name"))) or overlaps(
                    m.start("name"), m.end("name"), taken) or m.group("name").strip() in _GENERIC_LATIN:
                continue
            canonical = unicodedata.normalize("NFKC", text[m.start("name"):m.end("name")].strip())
            found.setdefault(folded[m.start("name"):m.end("name")],
                             (Entity(canonical, _LAB_KINDS, True), "folded"))
    for code in _stock_codes(folded) if not folded.isascii() else ():
        # (anchored on the bracketed code, then the name right before it)
        m = _LISTED_NAME.search(folded, max(0, code.start() - 9), code.start())
        if m is None:
            continue
        # a listed company named with its stock code: "协创数据(300857.SZ)公告称", "莲花控股(600186)"
        # (a word joining the name to the sentence goes only when four characters or more are left:
        # "继海南华铁" is 海南华铁, "和而泰" stays)
        lead = _LISTED_LEAD.match(m.group("name"))
        start = m.start("name") + (lead.end() if lead and m.end("name") - m.start("name") - lead.end() >= 4 else 0)
        surface = folded[start:m.end("name")]
        if (surface in _NOT_A_NAME or surface[0] in _NOT_A_NAME_START or _NOT_A_NAME_PART.search(surface)
                or overlaps(start, m.end("name"), taken)):
            continue
        found.setdefault(surface, (Entity(text[start:m.end("name")], _COMPANY_KINDS, False), "folded"))
    for m in _SHORT_NAME_INTRO.finditer(folded) if "简称" in folded else ():
        # a company named in full, then its short name: "杭州莲花科技创新有限公司(以下简称“莲花科创”)"
        short = m.group("short")
        if overlaps(m.start("full"), m.end("full"), taken) or short in _NOT_A_NAME:
            continue
        entity = Entity(text[m.start("short"):m.end("short")], _COMPANY_KINDS, False)
        found.setdefault(short, (entity, "folded"))
        found.setdefault(m.group("full"), (entity, "folded"))
    if not found:
        return []
    spans: list[tuple[int, int, Entity, str]] = []
    for surface, (entity, where) in found.items():
        haystack = text if where == "text" else folded
        start = haystack.find(surface)
        while start >= 0:
            end = start + len(surface)
            if _whole_word(haystack, start, end) and not overlaps(start, end, taken):
                spans.append((start, end, entity, "name"))
            start = haystack.find(surface, end)
    spans.sort(key=lambda s: s[0])
    return spans


def overlaps(start: int, end: int, taken: list[tuple[int, int]]) -> bool:
    """True when [start, end) overlaps one of the spans in `taken`."""
    return any(s < end and start < e for s, e in taken)


def _whole_word(s: str, start: int, end: int) -> bool:
    """Latin names must not sit inside a longer word ("Harveys", "ASierra")."""
    if not s[start].isascii():
        return True
    before = s[start - 1] if start else " "
    after = s[end] if end < len(s) else " "
    return not (before.isascii() and before.isalnum()) and not (after.isascii() and after.isalnum())
