"""One analysed passage: folded text, sentences, entity references and discourse focus.

Every fact rule works on a `Passage`: the sentences with their registry
references (each marked salient or not), their money phrases, and the focus
entity carried from earlier sentences, which is what "the company", "该公司",
"其" or a sentence with no named subject refers to. While the passage is about
a lab that raises money, a sentence whose companies only invest ("阿里巴巴、腾讯已
承诺出资") does not move the focus to them.

A reference is not salient (cannot be the subject of a fact) when it
modifies a role ("former OpenAI chief scientist", "xAI 投资者", "Microsoft-backed"),
follows "former"/"前", sits in a comparison ("than OpenAI", "比 OpenAI"), is a
chip brand ("Nvidia H100"), or is a person quoted in a sentence that names an
organisation ("Tesla will spend ..., Musk said"). A currency conversion right
after an amount ("€600 million, about $640 million", "50 亿元（约合 7 亿美元）")
is dropped.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from extractors.chips import CHIP
from extractors.compute_context import COMPUTE_CONTEXT
from extractors.folding import fold
from extractors.labs import Entity, mention_spans
from extractors.money import Money, find_money
from extractors.new_institutions import institution_mentions
from extractors.new_startups import startup_mentions
from extractors.numbers import QUALIFIER
from extractors.sentences import sentence_spans

_ROLE_AFTER = re.compile(
    r"(?:'s)?\s?(?:(?:former|then|current)\s|前|原|现任|时任)?(?:chief|ceo|cto|cfo|coo|founder|co-?founder|president|"
    r"chair(?:man|woman)?|executive|exec|researcher|scientist|engineer|employee|staff|spokes\w+|"
    r"alum\w*|veteran|board member|investors?|shareholders?|backers?|-backed|-funded|-owned|"
    # "in Anthropic rival and ChatGPT creator OpenAI": a name that describes the next one
    r"(?:rival|competitor|challenger)s?\b(?!\s(?:to|of|in)\b)|"
    r"首席|创始人|联合创始人|总裁|董事(?!会(?!主席|成员|秘书|席位))|员工|前员工|研究员|科学家|工程师|早期成员|成员|团队成员|团队负责人|高管|发言人|投资者|投资人|股东|ceo)"
)
_ROLE_LIST_AFTER = re.compile(r"[\w\s,/&.-]{0,30}?\s(?:ceo|chief executive|founder)\b")
# Words right before a name that make it a non-subject (checked with str.endswith).
# A yardstick of a benchmark claim: "beats Llama 405B", "优于 GPT-4o"
_YARDSTICK_VERBS = (
    "beats", "beat", "outperforms", "outperformed", "surpasses", "surpassed", "competitive with",
    "on par with", "击败", "优于", "超越", "胜过",
)
_BEFORE_NON_SALIENT = tuple(
    "former|ex-|previously|than|unlike|like|such as|rivals like|rivals such as|competitors like|"
    "ahead of|behind|compared with|compared to|versus|vs|vs.|outpacing|outpaced|formerly of|"
    "alumni of|veterans of|competing with|competes with|compete with|rivaling|rivalling|"
    "前|原|比|不如|对手|相比|超过".split("|")
) + _YARDSTICK_VERBS
# "此前 iGenius 已融资", "日前月之暗面": 前 of a time word, not "former" ("前 OpenAI 研究员")
_TIME_BEFORE = re.compile(r"(?:此|之|日|目|以|年|月|提|先|早|久|天)前$")
# "OpenAI 的竞争对手 Anthropic": the rival named after 的 is the head of the phrase, the subject
_HEAD_AFTER_DE = re.compile(r"的(?:竞争)?对手$")
# A lab named as the model of another: "打造中国的OpenAI", "中国版 OpenAI", "Europe's answer
# to OpenAI", "the next OpenAI". It is not the subject ("China's DeepSeek" still is).
_COMPARED_BEFORE = re.compile(
    # (not a clause ending in 的 that heads the name, "同样打造机器人大脑的 Figure AI", unless it is a
    # place's: "打造中国的 OpenAI")
    r"(?:打造|成为|对标|比肩|媲美|号称|被称为|称为|誉为)[^,.;，。；]{0,6}?"
    r"(?:(?<!的)|(?:中国|欧洲|日本|美国|韩国|印度|法国|德国|英国|亚洲|全球|世界|国内|国产)的)[“\"]?$|"
    r"(?:中国|欧洲|日本|美国|韩国|印度|法国|德国|英国|亚洲|国产)版\s?[“\"]?$|"
    r"\b(?:answer to|version of|equivalent of|counterpart to)\s(?:the\s)?$"
)
_COUNT_AFTER = re.compile(r"[^,，。;；]{0,12}?的?\s?(?:\d|[一二两三四五六七八九十几数上]+[万千百]?(?:块|张|颗|台|个))")
_PARTNER_OPENING = re.compile(r"\s*(?:with|alongside|together with|along with|via|through)\s(?:[\w-]+\s){0,3}")
# ... before a pronoun subject: "Together with cloud provider CoreWeave and Nvidia, it is building"
_PRONOUN_SUBJECT_AFTER = re.compile(r"[^.;,]{0,40},\s(?:it|the company|the startup|the firm|the lab)\s")
_PARTNER_BEFORE = re.compile(r"[,;]\s(?:with|alongside|together with|along with|via|through)\s(?:[\w-]+\s){0,3}$")
_YARDSTICK_LIST = re.compile(
    r"\b(?:" + "|".join(v for v in _YARDSTICK_VERBS if v.isascii()) + r")\b[^.;:，。；]{0,40}?(?:,|\band)\s$|"
    r"(?:" + "|".join(v for v in _YARDSTICK_VERBS if not v.isascii()) + r")[^.;:，。；]{0,20}?(?:、|和)$"
)
# a name that opens a clause of its own ("..., and OpenAI is building") is no yardstick
_CLAUSE_VERB_AFTER = re.compile(
    r"[\w.'-]*(?:\s[\w.'-]+){0,2}?\s(?:is|are|was|were|has|have|had|will|would|did|does|raised|runs|plans|said|"
    r"announced|builds|built|is building|rents|bought|ordered|deployed)\b|[^,，。；;]{0,6}?(?:将|已|正在|宣布|完成|部署|计划)"
)
_OWNS_COUNT_AFTER = re.compile(
    r"\s?(?:目前|现在|已经|已)?(?:拥有|运营|运行|部署了)\s?(?:约|超过|逾|近)?\s?\d|"
    r"\s(?:currently |now |already )?(?:owns|runs|operates)\s(?:about |over |more than |nearly )?\d"
)
_FROM_BEFORE = re.compile(r"(?:来自|出身于?|出身自)[^,，。;；的]{0,10}$")
_TIMES_AFTER = re.compile(r"(?:\s?[\w.-]{1,8})?\s?的\s?(?:[\d.]+|[一二两三四五六七八九十几数百千]+)\s?倍")
_BRAND_AFTER = re.compile(rf"\s?(?:blackwell\s|hopper\s)?{CHIP}(?![a-z])")
# Letters counted on the UTF-8 form (C loops, no match objects): its ASCII letters are the
# Latin letters, and the ideographs U+4E00-U+9FFF are the characters whose three bytes
# start with E5-E9, or with E4 then B8-BF.
_LATIN_LETTERS = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
_CJK_LEADS = (b"\xe5", b"\xe6", b"\xe7", b"\xe8", b"\xe9")
_CJK_AFTER_E4 = re.compile(rb"\xe4[\xb8-\xbf]")
_COMPANY_ONLY = frozenset({"company"})


@dataclass(slots=True)
class Ref:
    """A registry reference in the passage with its discourse properties."""

    start: int
    end: int
    entity: Entity
    role: str
    salient: bool
    brand: bool
    officer: bool = False  # named with an officer who speaks for it ("亚马逊 CEO 贾西表示")


@dataclass(slots=True)
class Sentence:
    """A sentence span with what the rules need about it."""

    index: int
    start: int
    end: int
    refs: list[Ref] = field(default_factory=list)
    money: list[Money] = field(default_factory=list)
    focus: Entity | None = None  # carried in from earlier sentences
    cache: dict = field(default_factory=dict)  # per-sentence results shared by the rules


@dataclass(slots=True)
class Passage:
    """Text, folded text, language and sentences of one passage."""

    text: str
    folded: str
    lang: str
    sentences: list[Sentence]

    def evidence(self, sent: Sentence) -> str:
        """The original sentence text."""
        return self.text[sent.start:sent.end]


def detect_lang(text: str) -> str:
    """"zh" when a tenth of the letters are CJK ideographs, else "en"."""
    sample = text[:800]
    if sample.isascii():
        return "en"
    utf8 = sample.encode("utf-8", "surrogatepass")
    cjk = sum(map(utf8.count, _CJK_LEADS)) + len(_CJK_AFTER_E4.findall(utf8))
    if not cjk:
        return "en"
    latin = len(utf8) - len(utf8.translate(None, _LATIN_LETTERS))
    return "zh" if cjk / (cjk + latin) > 0.1 else "en"


def _word_edge(before: str) -> bool:
    """True when the cue ending `before` is a whole word ("than", not "ethan")."""
    for cue in _BEFORE_NON_SALIENT:
        if before.endswith(cue):
            head = before[: -len(cue)]
            return not (cue[0].isascii() and head and head[-1].isalpha() and head[-1].isascii())
    return False


# Words without which the window before a name cannot match _COMPARED_BEFORE (or, with the
# yardstick verbs, _YARDSTICK_LIST; with these, _FROM_BEFORE): most passages have none of
# them, and then those searches are skipped.
_COMPARED_WORDS = ("打造", "成为", "对标", "比肩", "媲美", "号称", "称为", "誉为", "版", "answer to",
                   "version of", "equivalent of", "counterpart to")
_FROM_WORDS = ("来自", "出身")


@dataclass(slots=True)
class _Cues:
    """Which rare cue words of `_ref` a passage has at all (looked up once per passage)."""

    compared: bool
    yardstick: bool
    came_from: bool

    @classmethod
    def of(cls, folded: str) -> _Cues:
        """The cues of the folded passage text."""
        return cls(any(w in folded for w in _COMPARED_WORDS), any(w in folded for w in _YARDSTICK_VERBS),
                   any(w in folded for w in _FROM_WORDS))


def _ref(start: int, end: int, entity: Entity, role: str, folded: str, cues: _Cues) -> Ref:
    # the patterns match in place, in the 40 characters after the name (an end bound
    # is the end of the text for `re`, so this is the same as matching a slice)
    after_end = end + 40
    role_mod = bool(_ROLE_AFTER.match(folded, end, after_end)) or bool(
        role == "name" and "," in folded[end:end + 3]
        and _ROLE_LIST_AFTER.match(folded, end, after_end))
    if not role_mod:
        before = folded[max(0, start - 24):start].rstrip()
        if before.endswith(" the"):
            before = before[:-4].rstrip()
        non_salient = ((before.endswith(_BEFORE_NON_SALIENT) and _word_edge(before)
                        and not _TIME_BEFORE.search(before) and not _HEAD_AFTER_DE.search(before)) or (
            cues.compared and bool(_COMPARED_BEFORE.search(folded, max(0, start - 14), start)))
            # (the next yardstick of the same claim: "beats Llama 405B and Mistral Large 2")
            or (cues.yardstick and folded.endswith(("and ", ", ", "、", "和"), max(0, start - 4), start)
                and bool(_YARDSTICK_LIST.search(folded, max(0, start - 60), start))
                and not _CLAUSE_VERB_AFTER.match(folded, end, after_end))) and not (
            # (the yardstick may own chips: "规模超过 xAI 目前拥有 10 万颗 H100 的集群")
            _OWNS_COUNT_AFTER.match(folded, end, after_end))
    else:
        non_salient = True
    if not non_salient and cues.came_from and (folded.find("来自", max(0, start - 14), start) >= 0
                            or folded.find("出身", max(0, start - 14), start) >= 0):
        # "来自谷歌 DeepMind 的 Daan Wierstra": where a person comes from, not the subject
        non_salient = bool(_FROM_BEFORE.search(folded, max(0, start - 14), start)) and not (
            _COUNT_AFTER.match(folded, end, after_end))
    if not non_salient and entity.name in _PLATFORMS and (folded.startswith("上", end) or folded.startswith(" 上", end)) and (
            _SAYS_ON.match(folded, end)) and _ON_PLATFORM_ZH.search(folded, max(0, start - 12), start):
        non_salient = True  # "奥特曼在推特上预告": where it was said, not who
    elif not non_salient and entity.name in _PLATFORMS and folded.find(" on ", max(0, start - 40), start) >= 0 and (
            _ON_PLATFORM_EN.search(folded, max(0, start - 50), start)):
        non_salient = True  # "Musk said on X", "wrote on his social media platform X"
    if not non_salient and role == "product" and _TIMES_AFTER.match(folded, end, after_end):
        non_salient = True  # "约为 Llama 2 的四倍": a model as yardstick, not the subject
    brand = bool(_BRAND_AFTER.match(folded, end, after_end)) and not folded.startswith(
        ("'s", "的"), end, after_end)
    if not brand and "chipmaker" in entity.kinds and folded.startswith(("'s", "的"), end, after_end):
        # "Huawei's Ascend 910B", "英伟达的 H20": the maker of the chip named, not who holds it
        brand = bool(_BRAND_AFTER.match(folded, end + (1 if folded[end] == "的" else 2), after_end))
    return Ref(start, end, entity, role, not non_salient, brand)


def _products_as_dates_step_aside(refs: list[Ref], folded: str) -> None:
    """A product that dates something ("自ChatGPT出现至今", "since the launch of ChatGPT") is not a
    party when a company is named near it (alone it may still be what "its maker" means)."""
    for r in refs:
        if r.role == "product" and r.salient and (
                (folded.endswith(("自", "从", "自 ", "从 "), max(0, r.start - 3), r.start)
                 and _DEBUT_AFTER_ZH.match(folded, r.end, r.end + 40))
                or _SINCE_DEBUT_EN.search(folded, max(0, r.start - 30), r.start)) and any(
                x is not r and x.role == "name" and x.salient and abs(x.start - r.start) < 80 for x in refs):
            r.salient = False


_DEBUT_AFTER_ZH = re.compile(r"\s?(?:出现|发布|問世|问世|推出|面世|诞生|誕生|爆火|走红|上线|上線|横空出世)")
_SINCE_DEBUT_EN = re.compile(r"\bsince\s(?:the\s)?(?:launch|debut|release|arrival|rise)\sof\s$")


# The platform where something was said: "在推特上预告", "posted on X"
# (only a social platform is a place things are said on: "a post on Anthropic's website" is Anthropic's)
_PLATFORMS = frozenset({"X Corp"})
_ON_PLATFORM_ZH = re.compile(r"在(?:其|他的|她的|社交媒体|社交平台|社群平台|社群媒体|社交網站|社交网站|社群網站)?\s?$")
_SAYS_ON = re.compile(
    r"\s?上\s?(?:发文|發文|预告|預告|表示|发布|發布|宣布|写道|寫道|透露|称|稱|说|說|回应|回應|发帖|發帖|贴文|貼文|留言|直播)")
_ON_PLATFORM_EN = re.compile(
    r"\b(?:posted|posting|posts|wrote|writes|writing|said|says|announced|tweeted|shared|commented|"
    r"reply|replied|post|message|statement|thread)\s(?:\w+\s){0,1}?on\s(?:his\s|her\s|its\s|the\s)?"
    r"(?:own\s)?(?:social media\s|social network\s|social\s)?(?:platform\s|site\s|network\s)?$"
)


# "Musk said", "马斯克表示": a person who speaks, not the subject of the fact.
SPEECH_AFTER = re.compile(
    r"\s?(?:said|says|told|wrote|added|noted|posted|announced|tweeted|replied|responded|argued|"
    r"explained|claimed|insisted|stated|表示|称|说|透露|指出|写道|宣称|回应|回复|解释|强调|坦言)"
)


def _speakers_step_aside(refs: list[Ref], starts: list[int], folded: str) -> None:
    """A person named as a speaker is not salient when the sentence names an organisation
    (`starts`: where the sentences start)."""
    speakers = [r for r in refs if r.role == "person" and r.salient
                and SPEECH_AFTER.match(folded, r.end, r.end + 12)]
    if not speakers:
        return
    orgs = {bisect_right(starts, r.start) for r in refs
            if r.role == "name" and r.salient and not r.brand and r.entity.can_own}
    for r in speakers:
        if bisect_right(starts, r.start) in orgs:
            r.salient = False


# "Tesla CEO Elon Musk", "特斯拉CEO马斯克": the person named as an organisation's officer
_OFFICER_BETWEEN = re.compile(
    r"\s?(?:'s\s)?(?:ceo|chief executive(?: officer)?|co-?founder|founder|chairman|chairwoman|president|"
    r"boss|head|首席执行官|创始人|联合创始人|董事长|总裁|掌门人|老板)\s?(?:and\s(?:ceo|founder)\s)?"
)


# A description set off after a name: the names inside it are not the sentence's subject.
_APPOSITIVE_BETWEEN = re.compile(
    r",\s(?:the|a|an|former|ex-|its|his|her|co-founder|founder|chief)\s?[^,.;()$€£¥]{0,90}?")
_APPOSITIVE_CLOSE = re.compile(r"[^,.;()$€£¥]{0,60}?,")
# A label or dateline before a sentence's first name: "June 8 (Reuters) - ", "Strategic view: "
_LEAD_LABEL = re.compile(r"\s*[^,.;:\n]{0,40}?(?:\((?:reuters|bloomberg|ap|afp|xinhua)\))?\s?(?:[-–—:])\s*")


def _appositives_step_aside(refs: list[Ref], starts: list[int], folded: str) -> None:
    """Names inside a description set off after a sentence's first name are not its subject:
    "Crusoe, the developer building OpenAI's campus, has closed" (but "In a blow to Nvidia, the
    lab DeepSeek said" has no name before the comma to describe); so are names between dashes
    after a name, and a rival named before the head it describes ("Anthropic竞争对手OpenAI")."""
    for i, subject in enumerate(refs[:-1]):
        opening = starts[bisect_right(starts, subject.start) - 1] if starts else 0
        lead = folded[opening:subject.start]
        # (a label or dateline ends with a dash or colon: the cheap test first)
        if lead.strip() and not (("-" in lead or ":" in lead or "—" in lead)
                                 and _LEAD_LABEL.fullmatch(folded, opening, subject.start)):
            continue
        # every name of the description steps aside ("Cohere, an AI company that competes with
        # Microsoft-backed OpenAI, said")
        for inside in refs[i + 1:]:
            if not (_APPOSITIVE_BETWEEN.fullmatch(folded, subject.end, inside.start)
                    and _APPOSITIVE_CLOSE.match(folded, inside.end)):
                break
            inside.salient = False
    if "—" in folded or " - " in folded:
        _dash_asides_step_aside(refs, folded)
    if "对手" in folded:
        for rival, head in zip(refs, refs[1:], strict=False):
            if RIVAL_BETWEEN_ZH.fullmatch(folded, rival.end, head.start):
                # "Anthropic竞争对手OpenAI签署了": the rival named first describes the one after it
                rival.salient, head.salient = False, True


# "Anthropic竞争对手OpenAI": a rival named before the head it describes
RIVAL_BETWEEN_ZH = re.compile(r"\s?的?(?:最强|最大|主要|头号|最强劲|强劲)?的?(?:竞争对手|对手)\s?")


# A description between dashes right after a name: "Anthropic—founded by former OpenAI
# executives—responded", "xAI – which Musk founded after leaving OpenAI – said"
# (folding writes an en dash as a hyphen: a spaced hyphen pair counts too)
_DASH_ASIDE = re.compile(r"(?:\s?—\s?|\s-\s)(?P<aside>[^—.;:\n$€£¥]{3,120}?)(?:\s?—|\s-\s)")


def _dash_asides_step_aside(refs: list[Ref], folded: str) -> None:
    """Names inside a dash-set description of the name before it are not the sentence's subject."""
    # (tried at each name's end only: a scan of the whole text for dashes costs more)
    for ref in refs:
        m = _DASH_ASIDE.match(folded, ref.end)
        if m:
            for r in refs:
                if m.start("aside") <= r.start < m.end("aside"):
                    r.salient = False


# "已被 Adobe、Meta 与微软等整合": the agents of a passive are not what the passage is about
_PASSIVE_LIST_BEFORE = re.compile(
    r"被\s?(?:[^,.;:，。；：、和与及跟\s][^,.;:，。；：、和与及跟]{0,15}?\s?(?:、|,|和|与|及|以及|跟)\s?)*$"
)


def _passive_agent(folded: str, r: Ref) -> bool:
    """True for a name after 被 (or listed with one): "已被 Adobe、Meta 与微软等整合"."""
    return folded.find("被", max(0, r.start - 30), r.start) >= 0 and bool(
        _PASSIVE_LIST_BEFORE.search(folded, max(0, r.start - 30), r.start))


def _officers_speak_for_their_organisation(refs: list[Ref], folded: str) -> None:
    """A person introduced as an organisation's officer stands for that organisation in this
    mention, not for the lab the registry ties them to ("特斯拉CEO马斯克表示，公司已经安装")."""
    for org, person in zip(refs, refs[1:], strict=False):
        if (person.role == "person" and org.role == "name" and org.entity is not person.entity
                and org.entity.can_own and _OFFICER_BETWEEN.fullmatch(folded, org.end, person.start)
                and not any(r.entity is person.entity and r.role == "name"
                            and abs(r.start - person.start) < 200 for r in refs)):
            # (unless their own lab is named too: "SpaceX CEO Elon Musk ... at xAI's Colossus")
            person.entity = org.entity


# "the chipmaker", "该芯片巨头", "the cloud provider": the last entity of that kind named before
_KIND_NOUNS = {
    "chipmaker": ("chipmaker", "chip maker", "chip giant", "chip designer", "chip company", "gpu maker",
                  "芯片巨头", "芯片公司", "芯片厂商", "芯片商", "芯片企业"),
    "cloud": ("cloud provider", "cloud company", "neocloud", "cloud operator", "data-center operator",
              "云服务商", "云厂商", "云计算公司", "云公司"),
    # a fund that builds or buys compute itself ("High-Flyer ... The fund built two AI clusters")
    "investor": ("fund", "hedge fund", "quant fund", "对冲基金", "量化基金"),
    # a young lab, not a neocloud ("The startup, which emerged in 2023 with a seed round")
    "startup": ("startup", "start-up", "ai startup", "ai start-up", "初创公司", "初创企业", "新创公司",
                "新创", "创企", "ai初创公司", "ai 初创公司", "ai新创公司", "ai 新创公司", "ai新创", "ai 新创",
                "ai初创", "ai 初创"),
}
_KIND_OF_NOUN = {noun: kind for kind, nouns in _KIND_NOUNS.items() for noun in nouns}


def _of_kind(entity: Entity, kind: str) -> bool:
    if kind == "startup":
        # a young lab, or a young cloud ("Nscale, the London-based builder of AI clouds ... the startup")
        return entity.startup and ("lab" in entity.kinds or entity.is_cloud)
    return kind in entity.kinds


# ("t(?<!\w.)he" is "\bthe" read from its literal "t", which `re` skips to)
_KIND_ANAPHOR = re.compile(
    r"(?:t(?<!\w.)he |该\s?|这家\s?|此)(?P<noun>" + "|".join(sorted(map(re.escape, _KIND_OF_NOUN), key=len, reverse=True))
    + r")(?![a-z])"
)


# where a sentence starts: the text's start, a full stop or a line break before
_OPENS_SENTENCE = re.compile(r"(?:^|[.!?。！？\n])\s{0,2}$")


def _with_kind_anaphors(mentions: list[tuple], folded: str) -> list[tuple]:
    """Add a mention for each kind anaphor that has an entity of its kind before it."""
    if not any(noun in folded for noun in _KIND_OF_NOUN):
        return mentions  # the cheap test first: most passages have none
    added = []
    starts = {s for s, _, _, _ in mentions}
    for m in _KIND_ANAPHOR.finditer(folded):
        if m.end() in starts or m.end() + 1 in starts:
            continue  # the kind word before a name is its apposition: "the cloud provider CoreWeave"
        kind = _KIND_OF_NOUN[m.group("noun")]
        before = [e for s, _, e, role in mentions if s < m.start() and role == "name"
                  and _of_kind(e, kind)]
        if before and kind == "startup":
            # of the startups named in this paragraph, the one the passage names most (then the
            # last one): not a startup named once in passing ("Cognition bought the rest of
            # Windsurf. ... the startup had been valued at")
            para = folded.rfind("\n", 0, m.start()) + 1
            here = [e for s, _, e, role in mentions if para <= s < m.start() and role == "name"
                    and _of_kind(e, kind)] or before
            # a young lab before a young cloud ("the startup" is a cloud only when no lab is named)
            labs = [e for e in here if not e.is_cloud]
            here = labs or here
            before = [e for e in before if not e.is_cloud] or before
            top = max(before.count(e) for e in here)
            tied = [e for e in here if before.count(e) == top]
            # (of startups named as often, one that opens a sentence, its subject, before one
            # named in passing: "Anthropic has raised … behind only the $40 billion that OpenAI
            # collected … Investors last priced the startup")
            subjects = {e for s, _, e, role in mentions if s < m.start() and role == "name" and e in tied
                        and _OPENS_SENTENCE.search(folded, max(0, s - 3), s) is not None}
            added.append((m.start(), m.end(), next(e for e in reversed(tied) if not subjects or e in subjects),
                          "name"))
        elif before:
            added.append((m.start(), m.end(), before[-1], "name"))
    return sorted(mentions + added, key=lambda t: t[0]) if added else mentions


# "OpenAI 首席财务官表示，公司今年…", "OpenAI's CFO said the company expects": an officer speaks
# for the organisation named before the title, so the company they mention is that organisation
_OFFICER_TITLE_SAYS = (
    r"(?:'s)?\s?(?:chief [a-z]+ officer|ceo|cfo|cto|coo|president|chair(?:man|woman)?|co-?founder|"
    r"founder|spokes(?:man|woman|person)|首席\w{0,3}官|创始人|联合创始人|董事长|总裁|发言人|负责人)"
    r"[^,.;:，。；：]{0,30}?(?:\bsaid|\bsays|\btold [a-z]+|\bnoted|\badded|表示|称|透露|指出|介绍)"
)
_OFFICER_SAYS = re.compile(_OFFICER_TITLE_SAYS)
_SPEECH_HINT = re.compile(r"said|says|told|noted|added|表示|称|透露|指出|介绍")
_OFFICER_SPEAKS = re.compile(
    _OFFICER_TITLE_SAYS
    + r"\s?[,:，：]?\s?(?:that\s)?(?P<it>the company|the firm|该公司|这家公司|公司)(?![a-z])"
)


_PAIR_JOIN = re.compile(r"\s?(?:和|与|及|、|以及)\s?")
_FORMER_LATTER = re.compile(r"前者|后者")


def _with_former_and_latter(mentions: list[tuple], folded: str) -> list[tuple]:
    """Add a mention for 前者 / 后者 of the pair named just before ("智谱AI和阶跃星辰先后宣布拿到
    融资，前者完成新一轮30亿元融资，后者则完成B轮融资")."""
    added = []
    for m in _FORMER_LATTER.finditer(folded):
        before = [x for x in mentions if x[1] <= m.start() and m.start() - x[1] <= 120 and x[3] == "name"]
        pair = next(((a, b) for a, b in zip(reversed(before[:-1]), reversed(before), strict=False)
                     if a[2] is not b[2] and _PAIR_JOIN.fullmatch(folded, a[1], b[0])), None)
        if pair is not None:
            entity = pair[0][2] if m.group() == "前者" else pair[1][2]
            added.append((m.start(), m.end(), entity, "name"))
    return sorted(mentions + added, key=lambda t: t[0]) if added else mentions


def _with_officer_anaphors(mentions: list[tuple], folded: str) -> list[tuple]:
    """Add a mention of the organisation for "the company" / "公司" that an officer of it speaks of."""
    if not _SPEECH_HINT.search(folded):
        return mentions  # (the cheap test first: every match needs a verb of saying)
    added = []
    for _start, end, entity, role in mentions:
        if role == "name" and entity.can_own:
            m = _OFFICER_SPEAKS.match(folded, end, end + 80)
            if m and not any(s < m.start("it") and e > end for s, e, _, _ in mentions):
                added.append((m.start("it"), m.end("it"), entity, "name"))
    return sorted(mentions + added, key=lambda t: t[0]) if added else mentions


def analyse(text: str, lang: str | None = None) -> Passage:
    """Split `text` into sentences and attach references, money and focus."""
    folded = fold(text)
    code = lang.lower()[:2] if isinstance(lang, str) else ""
    lang = code if code in ("en", "zh") else detect_lang(text)  # "zh-TW", "en-US" too
    spans = sentence_spans(text)
    mentions = mention_spans(text, folded)
    taken = [(s, e) for s, e, _, _ in mentions]
    introduced = startup_mentions(text, folded, taken)
    institutions = institution_mentions(text, taken + [(s, e) for s, e, _, _ in introduced])
    if introduced or institutions:
        mentions = sorted(mentions + introduced + institutions, key=lambda m: m[0])
    mentions = _with_kind_anaphors(mentions, folded)
    if "前者" in folded or "后者" in folded:
        mentions = _with_former_and_latter(mentions, folded)
    mentions = _with_officer_anaphors(mentions, folded)
    named = {entity for _, _, entity, role in mentions if role != "person"}
    if any(e.kinds == _COMPANY_ONLY for e in named) and not COMPUTE_CONTEXT.search(folded):
        # in a SpaceX or Tesla story that is not about AI, "Musk" does not stand for xAI
        mentions = [m for m in mentions if m[3] != "person" or m[2] in named]
    cues = _Cues.of(folded)
    refs = [_ref(start, end, entity, role, folded, cues) for start, end, entity, role in mentions]
    if _SPEECH_HINT.search(folded):
        for r in refs:
            if r.role == "name" and not r.salient and _OFFICER_SAYS.match(folded, r.end, r.end + 50):
                r.officer = True
    starts = [s for s, _ in spans]
    _products_as_dates_step_aside(refs, folded)
    _officers_speak_for_their_organisation(refs, folded)
    _appositives_step_aside(refs, starts, folded)
    _speakers_step_aside(refs, starts, folded)
    money = _without_conversions(find_money(folded, lang), folded, lang == "en")
    sentences = [Sentence(i, s, e) for i, (s, e) in enumerate(spans)]
    _distribute(sentences, refs, "refs")
    _distribute(sentences, money, "money")
    _carry_focus(sentences, folded)
    return Passage(text, folded, lang, sentences)


def _carry_focus(sentences: list[Sentence], folded: str) -> None:
    """Set each sentence's focus: the entity the sentences before it are about."""
    focus: Entity | None = None
    partner_of: dict[Entity, Entity | None] = {}  # each entity's first sentence: the lab it was named beside
    for sent in sentences:
        sent.focus = focus
        new = sentence_focus(sent, folded, focus) or focus
        if focus is not None and new is not focus and partner_of.get(new) is focus and _SUPPLIES.search(
                folded, sent.start, sent.end) and not _OWN_NEWS.search(folded, sent.start, sent.end):
            # "Poolside … locked in capacity from CoreWeave. CoreWeave will provide …. Separately,
            # the company is in talks to raise": the lab's supplier, telling what it supplies, does
            # not become "the company" (its own news does: results, shares, capex, a listing)
            new = focus
        elif focus is not None and partner_of.get(new) is focus:
            partner_of[new] = None  # (once the text has turned to the cloud, it stays its own)
        lab = new if new is not None and new.can_raise and not new.is_cloud else None
        lab_at = next((r.start for r in sent.refs if r.entity is lab), None)
        for r in sent.refs:
            if r.entity not in partner_of:
                # (named after the lab: "Poolside … named CoreWeave as its compute partner", not
                # "Humain has found an anchor tenant in xAI")
                partner_of[r.entity] = lab if (r.entity.is_cloud and lab_at is not None and r.start > lab_at) else None
        focus = new


_PAREN_OPEN = re.compile(
    # (after the round's noun: "4.8 亿美元种子轮融资（约合 NT$150 亿元）")
    r"(?:\s?的?\s?(?:(?:pre-)?[a-k]\+*\s?轮|种子轮|天使轮|战略)?\s?(?:融资|投资|资金))?"
    # ("€1.7 billion in Series C funding (about $2 billion)")
    r"(?:\s(?:in\s)?(?:a\s|its\s)?(?:series [a-k]\+?\s|seed\s)?(?:funding|round|financing))?"
    # (a hedge on the converted sum too: "300 亿美元（逾新台币 9,000 亿元）", "(over NT$900 billion)")
    # (with a hedge of "more" or "less" only when the currency differs: "1600 亿元（近 900 亿元用于…）" is a part)
    r"(?P<open>\s?[(（])\s?(?:about|around|roughly|approximately|approx\.?|约合|约当于|约相当于|相当于|约|折合|合|~|"
    r"(?P<hedge>over|more than|nearly|almost|逾|超过|超|近))?\s?$")
_PAREN_CLOSE = re.compile(r"\s?[)）]")
# "€600 million, about $640 million", "5 亿元（约合 7000 万美元）", "£2bn or $2.5bn": the same sum
_CONVERSION_JOIN = re.compile(
    # (past the round's words: "its $2.1 billion Series B financing round, approximately RMB 14.3 billion")
    # (not past a second figure's words: "raised ¥20 billion at a valuation of about $2.6 billion")
    r"(?:\s?(?!(?:at|valuation|valued|valuing|worth|for|from|to|with|by|than)\b)[a-z-]+){0,5}?"
    r"\s?(?:,\s?|\s|\s?\(\s?)(?:or\s|i\.e\.\s)?"
    r"(?:about|around|roughly|approximately|some|or)\s|"
    r"(?:的?(?:融资|投资|资金|股权|现金))?\s?[,(]?\s?(?:约合|折合|约当于|约相当于|相当于|约|合)\s?"
)


def _without_conversions(money: list[Money], folded: str, english: bool = False) -> list[Money]:
    """Drop a currency conversion in brackets right after an amount: "€600 million ($640 million)"."""
    out: list[Money] = []
    for m in money:
        if out and (bracket := _PAREN_OPEN.fullmatch(folded, out[-1].end, m.start)) and not (
                # (a hedged sum of the same currency is a part when the bracket goes on: "1600 亿元（近 900 亿元
                # 用于采购芯片）", "(more than $100 million of it from Nvidia)"; "(over €1 billion)" restates it)
                bracket.group("hedge") and m.currency == out[-1].currency and not _PAREN_CLOSE.match(folded, m.end)):
            close = _PAREN_CLOSE.match(folded, m.end)
            if close and bracket.start("open") == out[-1].end and english:
                # "1.1 billion euros ($1.3 billion) over the past two years": the words after the
                # bracket are the amount's own (in English text: Chinese rules read "（约合…）" in place)
                out[-1].end = close.end()
            continue
        if out and m.currency != out[-1].currency and _CONVERSION_JOIN.fullmatch(folded, out[-1].end, m.start):
            continue
        out.append(m)
    return out


def _distribute(sentences: list[Sentence], items: list, attr: str) -> None:
    i = 0
    for item in items:
        while i < len(sentences) and sentences[i].end <= item.start:
            i += 1
        if i < len(sentences) and sentences[i].start <= item.start:
            getattr(sentences[i], attr).append(item)


_STAKE_IN = re.compile(r"(?:stakes?|invest\w*|back\w*|funding|向|对|入股|投资了?)\s?(?:in|into)?\s?$")


# An investor's verb right after its name: "阿里巴巴、腾讯已承诺出资", "Nvidia also invested".
# (through the rest of a list of names: "Nvidia, Nokia, Dell and Blue Owl also invested")
# Written as the verb and the stretch before it apart (`_invests_after`): the verb is searched
# for once, where the pattern with the stretch lazily before it tried every verb at every
# character. Each verb opens with its literal character (`(?<!\w.)` is the `\b` before it),
# so that `re` skips from one candidate character to the next.
_INVEST_VERB = re.compile(
    r"出资|领投|跟投|参投|投资|注资|认购|invest\w*|b(?<!\w.)ack(?:s|ed|ers?)?\b|l(?<!\w.)ed\b|"
    r"co-led|participat\w*|put in|put up|put (?:money|cash|capital)|pour\w*|pump\w*|inject\w*|"
    r"chipped in|contribut\w*"
)
# (the list may go on past commas, not into a clause of its own: ", which ...")
_BEFORE_INVEST_VERB = re.compile(
    r"(?:[^,.;。，；]|[,，、](?!\s?(?:which|who|whose|while|but|after|as|said)\b)){0,60}"
)


def _invests_after(folded: str, pos: int, end: int) -> bool:
    """True when an investor's verb follows `pos` within 60 characters of its list, before `end`."""
    reach = _BEFORE_INVEST_VERB.match(folded, pos, end).end()
    # a verb that starts by `reach` is read whole before `reach + 16` (the `\w*` of a longer
    # one does not change whether it is there)
    verb = _INVEST_VERB.search(folded, pos, min(end, reach + 16))
    return verb is not None and verb.start() <= reach


# A cloud used as a tool ("借助亚马逊 SageMaker", "on AWS") is not what the passage is about
_TOOL_BEFORE = re.compile(r"(?:借助|通过|依托|利用|在|\bvia|\bon|\busing|\bthrough)\s?$")
# A sentence that lists a round's syndicate ("本轮由 X 领投，Y 跟投", "led by X with participation from Y")
# (searched for, not matched: "the round was led" is found as "round was led"; each branch
# opens with its literal character, `(?<!\w.)` being the `\b` before it)
_SYNDICATE_WORDS = re.compile(
    r"领投|跟投|参投|参与其中|本轮|该轮|此轮|l(?<!\w.)ed by\b|c(?<!\w.)o-led\b|participation from|"
    # "The money came from Microsoft, Nvidia, …"
    r"(?:money|funding|capital|cash|investment) (?:came|comes) from\b|"
    r"r(?<!\w.)ound (?:was|is) led\b|i(?<!\w.)nvestors include(?:d)?\b"
)


_COMPANY_OPENS = re.compile(
    # (after a source: "据彭博报道，公司1月底启动", "according to Bloomberg, the company"; a bare 公司
    # opening a sentence is the company spoken of)
    r"\s*(?:据[^,，。;；]{1,12}?(?:报道|消息|透露|披露)\s?[,，]\s?|according to [^,.;]{1,40},\s)?"
    r"(?:该公司|这家公司|该企业|这家企业|该初创公司|公司(?!的?名)|\b(?:the company|the firm|the startup)\b|"
    # after a time phrase: "In November it said it would spend $50 billion with Fluidstack"
    r"(?:in|on|by|last|this|earlier|later|days later|weeks later|months later)\b[^,.;:]{0,24}?,?\s"
    r"(?:it|the company|the firm|the startup)\b|"
    # a descriptor of the company: "The software group bought", "the tech giant"
    r"\bthe (?:software|tech|technology|internet|search|social media|e-commerce|cloud|chip|ai)\s(?:group|giant|"
    r"company|firm|maker|major)\b|"
    # ... after an opening phrase: "Co-founded last year by Hoffman and DeepMind co-founder Mustafa
    # Suleyman, the company plans to"
    r"(?:(?:co-)?founded|based|backed|headquartered|started|launched|spun out|with|after)\b[^.;:]{0,140}?,\s"
    r"(?:the company|the firm|the startup|the lab)\b)"
)


# What a partner cloud does for the lab it was named beside ("will provide a cluster", "will also
# anchor the first phase", "为其提供"), and the cloud's own news that turns the text to it
_SUPPLIES = re.compile(
    r"\b(?:provid|suppl|deliver|anchor|host|lease)\w*\b|\bunder the (?:agreement|deal|contract|partnership)\b|"
    r"为其|向其提供|为该公司|提供"
)
_OWN_NEWS = re.compile(
    r"\b(?:results|revenue|shares|stock|capex|capital expenditure|went public|listed|ipo|earnings|backlog)\b|"
    r"财报|业绩|营收|收入|股价|上市|资本开支|资本支出"
)


# What stands around the name of a gapped clause, one that leaves out the verb and the noun of
# the clause before: a list separator before it, a qualifier after it ("，百度约 3 万块", "and
# Google $2 billion", "，谷歌约 750 亿美元")
GAP_AROUND_NAME = re.compile(rf"\s?(?:[,，、;；]\s?)?(?:and\s|以及|和|与|及|而)?\s?{QUALIFIER}?\s?")


def gapped_name(folded: str, sent: Sentence, prev_end: int, start: int, *, salient_only: bool = False
                ) -> Ref | None:
    """The one name between `prev_end` and `start` when only `GAP_AROUND_NAME` stands around
    it (counting only salient names with `salient_only`); else None."""
    names = [r for r in sent.refs if prev_end <= r.start and r.end <= start and (r.salient or not salient_only)]
    if len(names) != 1:
        return None
    r = names[0]
    around = GAP_AROUND_NAME.fullmatch(folded, prev_end, r.start) and GAP_AROUND_NAME.fullmatch(folded, r.end, start)
    return r if around else None


# An opening clause of what came before: "继摩尔线程…登陆科创板后，", "After Moore Threads listed, "
# (its names are not the sentence's subject)
OPENING_CLAUSE = re.compile(
    r"\s*(?:继|在|自|随着|紧随)[^,，。;；]{1,40}?(?:之后|后|以来|之际)\s?[,，]|"
    # ("As OpenAI secured its record $40 billion, Anthropic responded with its own raise")
    r"\s*(?:after|following|as|while|when|since|like|unlike|although|though|whereas|just as|even as)\s[^,;]{1,60},\s"
)


_MODIFIER_HEAD = re.compile(r"[^,，。;；:：、\d]{1,40}?的[^,，。;；:：\d的]{0,8}$")


def modifies_later(folded: str, sent: Sentence, r: Ref) -> bool:
    """True when `r` sits in a relative clause ending in 的 before another salient name."""
    return any(x.start > r.end and x.salient and x.entity.can_own and x.entity is not r.entity
               and _MODIFIER_HEAD.fullmatch(folded, r.end, x.start) for x in sent.refs)


# Names given as examples ("startups such as Imbue and Character.ai", "例如 DeepSeek、Kimi") and
# the agent of an English passive ("supplied by Voltage Park", "built by Crusoe"; not "raised by")
_EXAMPLES_BEFORE = re.compile(
    r"\b(?:such as|like|e\.g\.,?|including)\s(?:the\s)?$|(?:例如|比如|诸如|像是)\s?$|"
    r"\b(?:(?!rais)[a-z]{2,}ed|built|made|run|held|owned|driven|chosen|sold|bought|won)\sby\s(?:the\s)?$"
)
# (each cue of `_EXAMPLES_BEFORE` has one of these)
_ASIDE_HINT = re.compile(r"such as|like|e\.g\.|including|例如|比如|诸如|像是|\sby\s")
_LIST_JOIN = re.compile(r"\s?(?:[,，、]\s?)?(?:and\s|or\s|和|与|及|以及)?\s?")
# one or two one-word names, each closed by a list separator, right before a position
_UNKNOWN_NAMES_BEFORE = re.compile(r"(?:(?<![\w.&'-])[\w.&'-]+(?:,\s(?:and\s)?|\sand\s|\sor\s|、)){1,2}$")


def _persons_possessive(folded: str, ref: Ref) -> bool:
    """True for a person named as a possessive ("Musk's suit"), or any name as a possessive in a
    phrase of time ("its first deal after DeepSeek's breakout"): not who the sentence is about."""
    return folded.startswith("'s", ref.end) and (ref.role == "person" or bool(
        _TIME_PHRASE_BEFORE.search(folded, max(0, ref.start - 12), ref.start)))


_TIME_PHRASE_BEFORE = re.compile(r"\b(?:after|since|before|following|amid|until)\s$")


def _aside_of_subject(folded: str, sent: Sentence, ref: Ref) -> bool:
    """True for a name given as an example, as a passive's agent or as a partner before a pronoun
    subject, or listed after one; and for a person named as a possessive."""
    if _persons_possessive(folded, ref):
        return True
    pos = ref.start
    for prev in reversed(sent.refs):
        if prev.end > pos:
            continue
        if _LIST_JOIN.fullmatch(folded, prev.end, pos):
            pos = prev.start  # (a list member: the cue stands before the first of the list)
            continue
        break
    if _EXAMPLES_BEFORE.search(folded, max(sent.start, pos - 24), pos) is not None:
        return True
    # (names the registry does not know may open the list: "used by Adobe, Microsoft and xAI")
    lead = _UNKNOWN_NAMES_BEFORE.search(folded, max(sent.start, pos - 60), pos) if folded.endswith(
        (", ", "and ", "or ", "、"), max(sent.start, pos - 4), pos) else None
    if lead is not None and _EXAMPLES_BEFORE.search(folded, max(sent.start, lead.start() - 24), lead.start()):
        return True
    return bool(_PARTNER_OPENING.fullmatch(folded, sent.start, pos)
                and _PRONOUN_SUBJECT_AFTER.match(folded, ref.end, sent.end))


def sentence_focus(sent: Sentence, folded: str, before: Entity | None = None) -> Entity | None:
    """The entity a sentence is about: an investment target, else its first salient lab.

    While the passage is about a lab that raises money (`before`), a company that only
    invests in this sentence does not take its place: "该公司" still means the lab."""
    if not sent.refs:
        return None
    if before is not None and _COMPANY_OPENS.match(folded, sent.start):
        return before  # "该公司此前一直依靠幻方量化的资金": the company spoken of stays the subject
    refs = sent.refs
    if "的" in folded[sent.start:sent.end]:
        # "替 OpenAI 在德州兴建星际之门园区的 Crusoe，身价再度跳升": a name inside the clause that
        # describes the head noun is not the subject
        refs = [r for r in refs if not modifies_later(folded, sent, r)] or refs
    if before is not None:
        # "The company serves open-weight models such as DeepSeek, Kimi and MiniMax", "the hardware
        # was supplied by Voltage Park": examples and a passive's agent are not the subject
        # (only salient names are ever chosen: the others need no test; and a sentence with no cue
        # of an example, a passive or a partner opening has none aside but a person's possessive)
        if _ASIDE_HINT.search(folded, sent.start, sent.end) or _PARTNER_OPENING.match(folded, sent.start):
            refs = [r for r in refs if not (r.salient and _aside_of_subject(folded, sent, r))]
        else:
            refs = [r for r in refs if not _persons_possessive(folded, r)]
    opening = OPENING_CLAUSE.match(folded, sent.start)
    if opening and any(r.start >= opening.end() and r.salient and r.entity.can_raise for r in refs):
        # "继摩尔线程募资近80亿元登陆科创板后，另一家国产GPU公司沐曦于12月17日上市": the subject
        # follows the clause of what came before
        refs = [r for r in refs if r.start >= opening.end()]
    for ref in refs:
        if ref.salient and ref.entity.can_raise and _STAKE_IN.search(
                folded[max(sent.start, ref.start - 14):ref.start]):
            return ref.entity
    for ref in refs:
        if ref.salient and not ref.brand and ref.role != "product" and ref.entity.can_raise and not (
                # "With cloud provider CoreWeave, Inflection is building": a partner, not the subject
                (_PARTNER_OPENING.fullmatch(folded, sent.start, ref.start)
                 or _PARTNER_BEFORE.search(folded, max(sent.start, ref.start - 30), ref.start)
                 # "Europe's hope to rival OpenAI, Aleph Alpha, may have raised": a rival, not the subject
                 or _RIVAL_BEFORE.search(folded, max(sent.start, ref.start - 24), ref.start))
                and any(r.start > ref.end and r.salient and r.entity.can_raise for r in refs)):
            return ref.entity
    if before is not None and before.can_raise and (any(
            r.salient and r.entity.can_own and _invests_after(folded, r.end, sent.end)
            for r in sent.refs) or _SYNDICATE_WORDS.search(folded, sent.start, sent.end)):
        return None  # the lab's investors, not what the passage is about
    for ref in refs:
        if ref.salient and not ref.brand and ref.role != "product" and ref.entity.can_own and not (
                before is not None and _steps_aside(folded, sent, ref)):
            return ref.entity
    for ref in refs:
        if ref.salient and not ref.brand and ref.entity.can_own and not (
                before is not None and _steps_aside(folded, sent, ref)):
            return ref.entity
    return None


# (the verb, not a title: "Rival xAI, meanwhile, …", "Its rival Anthropic …" are subjects)
_RIVAL_BEFORE = re.compile(
    r"\b(?:to|could|can|will|would|may|might)\s(?:rival|challenge|take on|catch up with)\s(?:the\s)?$|"
    r"\b(?:rivalling|rivaling|compete with|competing with|competitor to|challenger to|alternative to|answer to)\s"
    r"(?:the\s)?$|(?:对标|比肩|追赶|媲美)\s?$")


# The customer the passage's company supplies: "an agreement to supply Microsoft with", "为微软提供"
_CUSTOMER_BEFORE = re.compile(
    r"\b(?:supply|supplies|supplied|supplying|serve|serves|served|serving|provide|provides|"
    r"provided|providing)\s(?:the\s)?$|(?:为|向|给)\s?$"
)


# the partner of a deal whose subject is a pronoun: "它与谷歌敲定协议", "it signed with Google"
PRONOUN_WITH_BEFORE = re.compile(
    r"(?<![^,，。;；:：\s])(?:它|其|该公司|这家公司)[^,，。;；]{0,6}?(?:与|和|同|跟)\s?$|"
    r"\b(?:it|the company|the startup)\s(?:[a-z]+\s){0,3}?with\s$"
)


def _steps_aside(folded: str, sent: Sentence, ref: Ref) -> bool:
    """A cloud used as a tool ("借助亚马逊 SageMaker") or the agent of a passive ("被 Adobe、Meta
    等整合") does not take the focus from the entity the passage is about."""
    return (ref.entity.is_cloud and bool(_TOOL_BEFORE.search(
        folded, max(sent.start, ref.start - 6), ref.start))) or _passive_agent(folded, ref) or bool(
        _CUSTOMER_BEFORE.search(folded, max(sent.start, ref.start - 16), ref.start)) or bool(
        PRONOUN_WITH_BEFORE.search(folded, max(sent.start, ref.start - 16), ref.start))
