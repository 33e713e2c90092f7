"""Funding rounds: lab, amount, round, valuation, investors and status.

Grammar, applied per sentence and then across the passage:

- A money phrase in the funding role (see `money_roles`) is a round; a running
  total ("累计", "total raised", "bringing its total investment to $8bn") is
  not, but the sum of one deal is ("A、B 合计向 L 投资至多 N", "will invest a
  combined $15bn"). Every round with an amount is its own item, even two of
  one lab in one sentence ("... and another $6 billion in December").
- The lab is the recipient: the entity after "in/into/for" ("invested $13bn in
  OpenAI"), or after 向/对 before an investment verb ("微软向 OpenAI 投资",
  also with adverbs between: "合计/共同/将/拟 向 L 投资"), else the nearest lab
  before the amount, else the nearest one after it in its clause (or opening
  the next: "Raising $6bn, xAI ..."), else the passage focus ("the company",
  "该公司", "其", a sentence with no name). "Another company" / "另一家" gives
  no lab, hence no fact.
- Investors: the subjects of investment verbs, "from/led by/including X",
  "投资方包括 X、Y", "X、Y 等参与", "X, Y and Z were among the investors",
  receiving from someone ("is getting $2.75bn from Amazon"); "X-backed L" is an
  epithet, not an investor; days, months and speech tags are not names. In a
  list an unregistered name counts when the list's syntax marks it ("led by
  Harborline Capital", "参投方包括星河"), a registry person is the person
  ("angel investors including Jeff Bezos", "王小川个人出资"), and descriptions
  ("某国资平台", "existing investors") are not names. With
  "分别/respectively" the i-th investor funds the i-th amount. A sentence
  without an amount that names investors or the round's name ("The Series E
  round was led by ...", "此轮融资为 C 轮") adds them to the lab's round just
  before it, or (as in "X and Y took stakes in L") to the next round of that
  lab; a sentence that tells another dated event ("今年 9 月，X 领投了 L 一轮
  融资") does not.
- Valuation: a valuation phrase attaches to the nearest round of its sentence;
  alone in a sentence it attaches to the lab's latest round (a post-money
  figure replaces a pre-money one) or, with a funding cue or for another dated
  event, is a round known only by its valuation ("完成由 X 领投的新一轮融资，
  估值超过 N"). Valuations under $1M are typos and ignored.
- Round names: series letters, seed, angel, strategic, Pre-IPO; the proceeds of
  a listing are round "IPO" (a cornerstone tranche is not a round).
- Status: talks ("in talks", "拟", "洽谈", "磋商", "seeking") over closed
  ("raised", "完成", "获得", "拿下") over announced ("will invest", "宣布", "将共同向 L
  投资", "已同意向 L 追加投资"); earlier rounds ("previous", "initial", "此前",
  "早期") are closed; default closed. A list of amounts shares its verb.
- Across the passage: an investor's share stated after the round ("亚马逊在这轮
  融资中投入了 500 亿美元", "X and Y each put in $10bn") or a round said to be
  "part of" a larger one merges into that round, unless it is a new event
  ("later", "又", "再"); repeats of a round (same lab, same amount) merge.
  So does a contributor's share in the round's own sentence ("软银领投 4 亿美元",
  "with SAP contributing $250m of it") and a tranche of a commitment ("$300
  million upfront and the rest over two years", "首期 N"). A valuation-only
  round in talks and the amount told in the next sentence are one round; a
  sentence saying the lab is in talks with no amount gives its status to an
  amount of the next two sentences that has no verb of its own ("... is in
  talks to raise new funding. The round would total $N."), unless that sentence
  dates its round before ("此前", "last year": an earlier round). The amount after
  "part of" or before "的一部分" is the round; the piece told with it ("raised
  $8.3bn as part of its $40bn round", "作为 400 亿美元融资的一部分，完成了 83 亿美元")
  is not a round of its own.
- "Each partner is putting in $1bn" gives no lab: a joint project's partners
  do not fund the lab the passage is about.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from extractors.currencies import SUFFIX_CJK, to_usd
from extractors.labs import Entity, is_person, lookup
from extractors.money import Money
from extractors.money_roles import (
    FUNDING_CUE,
    GROSS_TOTAL,
    PLACEMENT,
    RUNNING_PAST,
    Role,
    round_total,
    sentence_roles,
)
from extractors.numbers import QUALIFIER, SCALE_ZH
from extractors.passage import (
    OPENING_CLAUSE,
    RIVAL_BETWEEN_ZH,
    SPEECH_AFTER,
    Passage,
    Ref,
    Sentence,
    modifies_later,
)
from extractors.sentences import SEMICOLON, clause_span, stretch_end, stretch_start
from extractors.word_cues import AnyOf, WordCue

_RECIPIENT_BEFORE = re.compile(
    r"(?:\b(?:in|into|for|to|backing)\s(?:[a-z][\w.-]*'s\s)?(?:the\s)?$)|(?:向|对|给|为|投资了?)\s?$|"
    # with a descriptor between: "入股数据标注公司 Scale AI", "in data-labelling startup Scale AI"
    r"(?:投资了?|入股|注资)[\u4e00-\u9fffa-z ]{0,10}?(?:公司|企业|初创|新创|独角兽|平台)\s?$|"
    r"\b(?:in|into)\s(?:the\s)?(?:[\w-]+\s){0,3}?(?:start-?up|company|firm|lab|unicorn|developer)\s$|"
    # the round's owner after "of": "the $300 million Series A financing of Skild AI"
    r"\b(?:financing|funding|round|raise|fundraising)\sof\s$"
)
# "与 OpenAI 进行磋商": the party negotiated with is the recipient
_RIVAL_OF_NEXT = re.compile(r"\s(?:rival|competitor|challenger)s?\b")
_PHRASE_BREAK = re.compile(r"[,.;:，。；：()]|\b(?:which|that|who|while|but)\b")
_NEGOTIATE_WITH = re.compile(r"(?:与|和|同)\s?$")
_NEGOTIATE_AFTER = re.compile(r"\s?(?:进行|展开|开展)?(?:磋商|谈判|洽谈|商谈|讨论|接触)")
_RECIPIENT_ZH_BEFORE = re.compile(r"(?:向|对|给|为)\s?$")
_INVEST_VERB = re.compile(
    r"invest\w*|pump\w*|inject\w*|back(?:s|ed|ing)?\b|stakes?\b|commit\w*|pledg\w*|put\w*|"
    r"led the|co-led|participat\w*|contribut\w*|"
    r"投资|注资|出资|入股|领投|跟投|参投|参与|承诺|投入|收购|购入|认购"
)
_ANOTHER = re.compile(
    r"another (?:company|startup|firm|lab|player)|另一家|另一个|另外一家|其他公司|一家(?!.{0,3}名为)"
)
_PREVIOUS = WordCue([
    "previous", "earlier", "initial", "prior", "first round", "last year", "last year's",
    "此前", "之前", "早期", "上一轮", "前一轮", "首轮", "上轮", "最初", "最后一轮",
    # a round compared with: "这次估值较去年 11 月 4 亿美元融资后的 24 亿美元"
    "较去年", "较上一轮", "较此前", "较前一轮",
])
# "据此前报道", "earlier reports said": who told it before, not an earlier event
_EARLIER_REPORT = re.compile(r"(?:此前|之前|earlier|previous|prior)\s?的?(?:报道|报导|消息|媒体|reports?|reporting)")
_ADDITIONAL = WordCue(["additional", "another $", "fresh", "new round", "追加", "额外", "新一轮"])
_AGAIN = WordCue(["additional", "another", "again", "second", "追加", "再次", "又", "再向", "再度", "再获", "再投"])
# The whole a piece belongs to: the amount after "part of" ("$8.3bn as part of its $40bn
# round"), or before "的一部分" ("作为 400 亿美元融资的一部分").
_PART_OF = re.compile(r"part of")
_PART_OF_AFTER = re.compile(r"[^,，。;；]{0,10}?一部分")
# (Patterns searched over stretches open each branch with a literal, the word edge `\b` after
# it as `(?<!\wx)`: re then skips ahead to the letters a match can start with.)
_ROUND_ANAPHOR = re.compile(
    r"t(?<!\wt)h(?:is|e|at) (?:(?:latest|new|current) )?(?:round|funding|raise|deal|investment|financing|fundraising|"
    r"fundraise|capital raise)\b|本轮|该轮|这轮|此轮|这一轮|此一轮|该一轮|"
    r"这笔融资|本次融资|此次融资|这次融资"
)
# A piece of a round: "各自投资了 300 亿美元", "each invested", "of which $1bn came from".
_SHARE = re.compile(
    r"e(?<!\we)ach\b|a(?<!\wa)piece\b|o(?<!\wo)f (?:which|that|the total|it)\b|i(?<!\wi)n (?:the|that) round\b|"
    r"各自|各|分别|"
    # "腾讯参与其中" took part in it: not "of which"
    r"其(?<!参与其)(?<!参投其)(?<!位列其)(?<!跻身其)中|"
    # "英伟达在股权部分(中)最多出资 20 亿美元": one investor's part of the round; "ASML 领投并出资 13 亿欧元"
    r"领投并(?:出资|投资|投入)|"
    r"在(?:本轮|该轮|此轮|这轮|这笔融资|本次融资|股权部分|债务部分)|"
    # "Rao 本人也按同等条款投入 1000 万美元", "on the same terms": a part of the round just told
    r"(?:按|以)(?:同等|相同|同样)条款|o(?<!\wo)n (?:the )?same terms\b"
)
_CONTRIBUTED_LEFT = re.compile(
    rf"\b(?:committed|commits|committing|put in|puts in|putting in|put up|putting up|contributed|"
    rf"contributes|contributing|chipped in|provided|"
    # "Nvidia led the new financing with $800 million"
    rf"(?:co-)?led (?:the|this) (?:new\s)?(?:round|financing|raise|investment) with)\s"
    rf"(?:(?:a little |just )?(?:under|over)\s|{QUALIFIER}\s?)?$"
)
_REFUSED_OBJECT = r" (?:the|this|that|its|an?)\s(?:offer|investment|proposal|deal|approach)"
_REFUSED = re.compile(
    rf"婉拒|拒绝了|回绝|t(?<!\wt)urned down{_REFUSED_OBJECT}|r(?<!\wr)e(?:jected|buffed){_REFUSED_OBJECT}|"
    rf"d(?<!\wd)eclined{_REFUSED_OBJECT}"
)
_ORDINAL_ROUND = re.compile(
    r"第[一二三四五六七八九十\d]+轮|\b(?:first|second|third|fourth|latest|last) (?:round|raise|of (?:them|those))\b"
)
_SHARE_AFTER = re.compile(
    r"[^,，。;；]{0,12}?(?:\beach\b|\bapiece\b|各)|"
    r"\s(?:of (?:it|that|the total|the round|the \$[\d.]+ \w+)|in the round|in that round|on (?:the )?same terms)\b"
)
# A new event: "later", "then", "又", "再": the amount is not a piece of an earlier round.
_FRESH = re.compile(
    r"l(?<!\wl)a(?:ter|st year)\b|t(?<!\wt)h(?:en|is year)\b|s(?<!\ws)ubsequently\b|"
    r"a(?<!\wa)(?:fterwards|gain|nother|dditional)\b|n(?<!\wn)(?:ow|ext)\b|m(?<!\wm)ore\b|f(?<!\wf)urther\b|"
    r"i(?<!\wi)n (?:january|february|march|april|may|june|july|august|september|"
    r"october|november|december|20\d\d)\b|又|再|此后|随后|后来|如今|今年|去年|追加|新一轮|"
    r"个月(?:之)?后|周(?:之)?后|星期(?:之)?后|天(?:之)?后|年(?:之)?后"
)
_CLAUSE_BREAK = re.compile(r"[,;:，；：]")


def _clause_start(folded: str, sent: Sentence, pos: int) -> int:
    """Start of the clause of `sent` holding `pos` (after the last comma or semicolon)."""
    best = sent.start
    for m in _CLAUSE_BREAK.finditer(folded, sent.start, pos):
        best = m.end()
    return best


def _forms(*parts: str) -> list[str]:
    """All joins of alternatives: _forms("in ", "|advanced ", "talks") -> in talks, in advanced talks."""
    out = [""]
    for part in parts:
        out = [a + b for a in out for b in part.split("|")]
    return out


_TALKS = WordCue([
    *_forms("in ", "|advanced |early |late |final |preliminary ", "talks|discussions|negotiations"),
    *_forms("close to ", "securing|raising|closing|a deal|finalizing|finalising"),
    "nearing", "seek", "seeks", "seeking", "looking to raise", "negotiat*",
    *_forms("plan|plans|planning|aim|aims|aiming|hopes|hoping|set|looks|looking", " to raise"),
    "considering", "would raise", "could raise", "is raising", "are raising",
    *_forms("preparing|prepares", " to ", "raise|close|put|invest|lead|announce|sign|finalize|finalise"),
    *_forms("trying|tries|try", " to raise"),
    "familiar with the talks", "familiar with the discussions",
    "familiar with the negotiations",
    "in the process of raising", "potential", "proposed",
    "拟", "洽谈", "磋商", "谈判", "商谈", "寻求", "融资计划", "计划融资", "推进", "正在进行", "正进行",
    "正在筹集", "正在募集", "正筹", "正以", "正在以", "正寻求", "有望", "或将", "传闻", "据传", "计划以",
    # about to close: "即将完成新一轮融资", "is close to completing"
    "即将完成", "即将敲定", "接近完成", "close to completing", "nearing a deal",
    "is finalising", "is finalizing", "was finalising", "was finalizing", "finalising", "finalizing",
    # not closed yet: "has not yet closed its $20 billion round", "尚未完成"
    "not yet closed", "yet to close", "not yet completed", "yet to complete", "尚未完成", "还未完成", "仍未完成",
    "尚未交割",
])
# (the round's words, right up to its sum)
_UP_TO_THE_SUM = r"(?:its|the|a|an)\s[^,.;$€£¥]{0,40}?(?:[$€£¥]|us\$|hk\$)?$"
_ROUND_TO_COME_LEFT = re.compile(
    r"\bon track for a (?:new (?:funding |financing )?|funding |financing )round\b|\bexpected to total\s|"
    r"\bon track to raise\s(?:between\s)?$|"
    # ("expects to close its $2.1 billion round next month", "expects the completion of its"; right before
    # the sum, and not "was expected to close" nor a cluster it aims to complete)
    rf"(?<!was\s)(?<!were\s)\b(?:expects?|expected|is set|are set|aims?) to (?:close|complete|finali[sz]e)\s"
    rf"{_UP_TO_THE_SUM}|\bexpects? the (?:completion|closing|close) of\s{_UP_TO_THE_SUM}")
_CLOSED = WordCue([
    "raised", "closed", "secured", "completed", "received", "landed", "got", "took in", "invested",
    "pulled in", "hauled in", *_forms("announced the |announces the ", "completion|closing|close"),
    "pumped", "injected", "backed", *_forms("announced ", "in|on|last|earlier"),
    "完成", "获得", "获", "筹集", "募集", "筹得", "募得", "拿到", "拿下", "斩获", "揽获", "取得", "投资了", "注资了", "已", "宣布完成",
])
_ANNOUNCED = WordCue([
    "announc*", "will invest", "would invest", "to invest", "is investing", "are investing", "is pumping",
    "are pumping", "agreed to", "commit*", "pledg*", "is getting", "are getting", "will get",
    "will receive", "is receiving", "to receive", "is set to get",
    "宣布", "将投资", "将向", "将注资", "承诺", "计划投资", "将领投",
])
# A commitment to invest: "将共同向 L 投资", "已同意向 L 追加投资", "will together invest",
# "agreed to put up to".
_TO_INVEST_EN = r"\sto\s(?:[a-z]+\s){0,2}?(?:invest|put|pump|inject|commit|provide|contribute)"
_TO_INVEST_ZH = r"[^,。;]{0,16}?(?:投资|注资|出资|投入|提供)"
_ANNOUNCE_FRAME = re.compile(
    rf"将{_TO_INVEST_ZH}|计划{_TO_INVEST_ZH}|同意{_TO_INVEST_ZH}|承诺{_TO_INVEST_ZH}|准备{_TO_INVEST_ZH}|"
    rf"打算{_TO_INVEST_ZH}|"
    r"w(?<!\ww)ill\b[^,.;]{0,30}?\b(?:invest|put|pump|inject|commit|provide|contribute|back)|"
    rf"a(?<!\wa)gree[ds]{_TO_INVEST_EN}|p(?<!\wp)lan(?:s|ning)?{_TO_INVEST_EN}|s(?<!\ws)et{_TO_INVEST_EN}|"
    rf"i(?<!\wi)ntends?{_TO_INVEST_EN}|e(?<!\we)xpects?{_TO_INVEST_EN}"
)
_ROUND = re.compile(
    r"series[\s-]?(?P<en>[a-k])(?P<ennum>[1-9](?![\d,.]))?(?P<enplus>\+|plus)?(?![a-z])|"
    r"(?<![a-z])pre-?(?P<pre>[a-k])\s?轮|"
    r"(?<![a-z])(?P<zh>[a-k])(?P<zhnum>[1-9])?(?P<zhplus>\+)?\s?(?:轮|系列融资)|(?P<seed>pre-seed|\bseed\b|种子轮|种子)|"
    # "angel investors" and "天使投资人" are people, not an angel round
    # (an angel round is named as one: "angel round", "angel funding"; "SV Angel" is a fund)
    r"(?P<angel>\bangel\b(?=\s?(?:round|funding|financing|investment|stage|轮|\+))(?P<angelplus>\+)?|天使(?!投资人|投资者)(?P<angelplus2>\+)?)|"
    r"(?P<ipo>pre-?ipo|上市前(?=融资|一轮|轮))|(?P<listing>\bipo\b|initial public offering|"
    r"\blisting\b|首次公开募股|首次公开发行|公开发行|全球发售|挂牌|上市(?!前|之前|以前|后|之后|以后|公司))|(?P<strat>strategic (?:equity |round|investment|funding)(?! from)|战略(?:股权)?融资|战略(?:股权)?投资(?!者|人|方|机构)|战略轮)|"
    r"(?P<private>private placement|私募配售|定增|定向增发|(?<!公开)配售(?!股份予)|\bplacing\b)"
)
# "Nvidia, valued at", "Nvidia, now worth", "英伟达市值/估值": the name owns the valuation
_VALUED_AFTER_NAME = re.compile(r"(?:'s|,)?\s?(?:which is |now |currently )?(?:valued at|worth)\s|的?估值")
_POST = re.compile(
    r"post-money|投后|本轮结束后|融资完成后|融资后|after the (?:round|investment|deal|raise)|"
    r"including the (?:new )?(?:money|investment|capital|round|cash|funds|funding)"
)
_PRE = re.compile(
    r"pre-money|投前|未包括这笔融资|不包括这笔融资|before the (?:new )?(?:round|investment|money|cash|capital)")
_POST_ZH_RESULT = re.compile(
    "|".join(f"{lead}估值(?:有望)?(?:攀升|升|增|提升|跃升|达到|达)" for lead in ("使其", "其", "")))
# Investor lists after a cue ("led by X", "投资方包括 X、Y") and before one ("X、Y 等参与").
_ZONE_AFTER = WordCue([
    *_forms("led by |co-led by |backed by |from |including |includes |include |included |"
            "with participation from |participation from |joined by |alongside |along with "),
    *_forms("participants |investors |backers ", "were |are "),
    *_forms("投资方|投资者|投资人|投资机构|出资方|参投方|新股东", "包括|为|有|是"),
    # "最早的一笔来自中科创星", "投资来自阿里巴巴、腾讯和小米"
    *_forms("笔|资金|投资|融资", "来自"),
])
# "由 X、Y 领投": 由 opens a list only when 领投 follows
_LEADER_NOUN_BEFORE = re.compile(
    "|".join(f"{w[0]}(?<!\\w{w[0]}){w[1:]}\\s$"
             for w in ("startup", "start-up", "company", "lab", "firm", "team", "business", "unit", "venture")))
_ZONE_AFTER_YOU = re.compile(r"由(?=.{1,40}领投)")
_ZONE_END = re.compile(
    r"[;.。;]|\s(?:at|to|which|that|who|valuing|valued|in order|as part|according|on|in|last|this|"
    r"earlier|among others)\s|,\s?(?:[a-z]+\s){0,3}?(?:said|says|announced|told|reported|noted|added)\b|"
    r"\((?![^()]{1,40}\))|—|领投|跟投|参投|等(?:参与|机构|基金)?|,\s?(?:将|并|其|此|该|这)"
)
# Capitalised words that are not investors: days, months, pronouns, articles.
_NOT_A_NAME = re.compile(
    r"(?:The|A|An|Its|Their|Inc|Corp|It|He|She|They|We|This|That|Today|Yesterday|Tomorrow|"
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|August|"
    r"September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?(?:'s)?"
)
_ZONE_BEFORE_CUE = WordCue([
    *_forms("等|", "参与了|参与|参投|联合领投|共同领投|领投|跟投"),
    # existing shareholders following on: "a16z 与 DST Global 等既有股东跟进", "老股东继续加码"
    *_forms("等|", "既有股东|老股东|现有股东|原有股东", "跟进|继续跟投|继续加码|加码"),
    *_forms("等|", "跟进|继续加码"),  # (a bare "加码" is any increase: "此后将加码算力投入")
    # a person investing their own money: "王小川个人出资", "以个人身份参投"
    *_forms("|等", "个人出资|个人投资|以个人身份参投|以个人身份投资|以个人名义出资"),
    *_forms(" led| co-led| has led| have led", " the | a | an | its | this | that | a new ",
            "round|funding|investment|financing|funding round|raise|series "),
    *_forms(" ", "also |", "participated|participating"),
    " have taken stake", " have taken stakes", " has taken a stake", " took stake",
    " took stakes", " took a stake", " took part", " joined", " joined the round", " joined in",
    *_forms(" ", "were |are |", "also |", "among ", "the |", "other |new |existing |",
            "investors|backers|participants"),
])
# What may follow a registry name inside one list item ("Fidelity Management & Research Company").
# (a corporate venture arm too: "Databricks Ventures, Snowflake Ventures and SK Telecom are among")
_NAME_TAIL = re.compile(
    r"\s*(?:(?:company|co\.?|inc\.?|corp\.?|group|holdings?|ltd\.?|llc|lp|plc|ventures|capital|investments?)\s*)?")
# A list item before a comma that is one registry name ("Microsoft, Nvidia, ... participated").
_LIST_ITEM_LEAD = re.compile(r"\s?(?:(?:with|and|as well as|plus|including|alongside)\s)?(?:the\s)?")
# What ends the subject of a Chinese sentence before a "X 领投" list: the lab's verb or 由.
_ZONE_GOT_FROM = re.compile(
    r"(?:获得了?|获|得到了?|拿到了?|接受了?)\s?(?P<names>[^,，。;；:：\d]{2,40}?)\s?"
    rf"(?:合计|共计|总计|共同|联合|共)?\s?(?:约|近|超过|逾|超|达)?\s?\d[\d.,]*\s?{SCALE_ZH}?\s?"
    rf"{SUFFIX_CJK}的?(?:战略|股权|新一轮)?(?:投资|注资)"
)
_ZONE_BEFORE_OPENER = re.compile(
    r"由|获得了?|获|完成了?|得到了?|拿到了?|接受了?|迎来了?|宣布|筹集了?|募集了?|s(?<!\ws)a(?:id|ys)\b"
)
# After a bare "from", only names that look like investors count ("from Hong Kong" does not).
_ORG_NAME = re.compile(
    r"\b(?:Capital|Ventures?|Partners|Fund|Investments?|Group|Holdings?|Management|Bank|Global|"
    r"Equity|Advisors|Inc|LLC|LP|Labs?|Technologies|Corp)\b|基金|资本|创投|投资|集团|银行"
)
_BARE_FROM = re.compile(
    r"f(?<!\wf)(?<!participation f)(?<!investment f)(?<!investments f)(?<!funding f)(?<!backing f)"
    r"(?<!capital f)(?<!commitments f)rom $"
)
# "多家战略投资者", "国资背景机构", "其他股东": a description, not a name.
# A clause after a list, not a name: "…和真格基金，如今总部已迁至洛杉矶"
_CLAUSE_WORDS_ZH = re.compile(
    r"如今|目前|总部|表示|正在|位于|宣布|完成|获得|迁至|迁往|已经|此前|随后|"
    # connectives and quantities are no names ("而是", "但继续", "超过", "其合计")
    r"^(?:而是|但|而|并|且|则|继续|超过|超|约|近|逾|其|合计|共计|总计)|"
    # a pronoun or a modal verb starts a clause, not a name ("这将使其深度参与公司决策"; 将门创投 and 会稽山资本
    # are names)
    r"^(?:这将|这是|这家|这一|那些|该公司|此次|它们|他们|她们|将会|可能|能够|使其)|使其|将会|深度参与|积极参与"
)
_VAGUE_PARTY = re.compile(r"^(?:某|多家|多个|多位|一些|若干|数家|几家|其他|其它|众多|部分|一批|各类|一家)|背景|投资者$|股东$|^(?:国资|国企|央企|地方国资|战投|产业资本|财务投资人)$")
_INSTITUTION = re.compile(r"(?:基金|资本|创投|投资|集团|有限公司|银行|资管|控股|产业基金|基金会)$")
_ZH_ORG_TO_LAB = re.compile(
    r"(?P<suffix>基金|资本|创投|投资|集团|有限公司|银行|资管|控股|基金会)"
    r"\s?(?:宣布|已|将|拟|计划|也|还|近日|今日|日前){0,2}\s?(?:向|对)"
)
_CJK_NAME = re.compile(r"[\u4e00-\u9fff]+")
# A person's full name: two capitalised words, or two to four Chinese characters.
_FULL_NAME = re.compile(r"[A-Z][\w.'-]+(?:\s[A-Z][\w.'-]+)+|[\u4e00-\u9fff]{2,4}")
_ITEM_SPLIT = re.compile(r",\s?(?:and\s)?|\sand\s|、|和|及|(?<!参)与|以及")  # (not the 与 of 参与)
_CAPITALISED_RUN = re.compile(r"(?:[A-Z][\w.&-]*(?:\s(?:[A-Z][\w.&-]*|of|&))*)$")
_POSSESSIVE_HEAD = re.compile(r"^.*?'s\s")


@dataclass(slots=True)
class Round:
    """A funding fact being built."""

    sent: Sentence
    money: Money | None
    lab: Entity
    explicit_lab: bool
    investors: list[str] = field(default_factory=list)
    round: str | None = None
    status: str = "closed"
    status_explicit: bool = False
    valuation: Money | None = None
    valuation_type: str | None = None
    previous: bool = False
    additional: bool = False
    part_of: bool = False
    whole: bool = False  # told as the total of this round ("这轮融资总额"): its closings join it
    anaphor: bool = False
    share: bool = False  # "各自投资了", "each put in", "of which": a piece of a round
    fresh: bool = False  # "later", "then", "又", "再": a new event, not a piece of an earlier one
    again: bool = False  # "an additional $4 billion": a new round even at the same amount
    group: int | None = None  # start of the list of amounts this one belongs to
    tranche: bool = False  # "$300 million now and the rest later": a part of a commitment
    touched: int = -1  # the last sentence that added a share to it (investors may follow that)


def _round_name(m: re.Match) -> str:
    # numbered sub-rounds ("B1 轮", "Series A2") keep their number
    if m.group("en"):
        return ("Series " + m.group("en").upper() + (m.group("ennum") or "")
                + ("+" if m.group("enplus") else ""))
    if m.group("pre"):
        return "Pre-" + m.group("pre").upper()
    if m.group("zh"):
        return ("Series " + m.group("zh").upper() + (m.group("zhnum") or "")
                + ("+" if m.group("zhplus") else ""))
    if m.group("seed"):
        return "Pre-seed" if m.group("seed").startswith("pre") else "Seed"
    if m.group("angel"):
        return "Angel+" if m.group("angelplus") or m.group("angelplus2") else "Angel"
    if m.group("ipo"):
        return "Pre-IPO"
    if m.group("listing"):
        return "IPO"
    if m.group("private"):
        return "Private placement"
    return "Strategic"


def _window(folded: str, role: Role) -> str:
    return folded[role.left[0]:role.right[1]]


_BACKED_ITS = re.compile(
    rf"\b(?:participated|participating|took part|joined|backed|led|co-led|invested|funded|contributed)\s"
    rf"(?:in\s|to\s)?its\s(?:new\s|latest\s|recent\s|fresh\s)?(?:{QUALIFIER}\s?)?$"
)
_TIME_ONLY = re.compile(r"\s?(?:今年初|今年|去年|前年|年初|年中|年底|此前|上月|本月|早前|\d{1,2}\s?月|"
                        r"(?:在\s?)?20\d\d\s?年(?:初|底|末|中)?)?\s?的?\s?")
# a record the amount is ranked against: "仅次于竞争对手 OpenAI 在 2025 年的 400 亿美元"
_RANKED_AGAINST_ZH = re.compile(r"仅次于|次于|超过了?|超越了?|打破了?|不及|低于|高于")
_ROUND_WORD_RIGHT = re.compile(r"\s?的?\s?(?:融资|募资|集资|\sfunding round\b|\sround\b)")


def _find_lab(p: Passage, sent: Sentence, role: Role) -> tuple[Entity | None, bool, Ref | None]:
    """(lab, named in this sentence, the reference) for a funding amount."""
    folded = p.folded
    m = role.money
    refs = [r for r in sent.refs if not r.brand]
    # a listed company raises too when it places shares ("寒武纪定增募资", "a private placement to Accel")
    placed = sent.cache.get("placement")
    if placed is None:
        placed = sent.cache["placement"] = PLACEMENT.search(folded, sent.start, sent.end) is not None
    raises = _raises_by_placement if placed else _raises
    # 0. a company whose relative clause raises the amount ("unlike Figure AI, which closed a round
    # of more than $1 billion, …", "CoreWeave, which raised $1.1 billion in May, rents GPUs to
    # OpenAI"), even when the name is a yardstick
    if folded.find("which", max(sent.start, m.start - 100), m.start) >= 0 and (
            rel := _WHICH_RAISED.search(folded, max(sent.start, m.start - 100), m.start)):
        owner = next((r for r in refs if r.end == rel.start()), None)
        if owner is not None and (head := _APPOSITION_HEAD.search(folded, sent.start, owner.start)):
            # "Mistral AI, the French rival to OpenAI, which raised": the head before the apposition
            owner = next((r for r in refs if r.end == head.start()), None)
        if owner is not None and not folded.startswith(_KIND_ANAPHOR_OPENINGS, owner.start) and (
                raises(owner.entity) or owner.entity.is_cloud):
            return owner.entity, True, owner  # (a cloud raises too: "Crusoe, which raised $1.38 billion")
    # 1. explicit recipient after the amount: "$13 billion in OpenAI"
    zones = _zone_spans(folded, sent)
    for r in refs:
        if not (m.end <= r.start <= m.end + 45 and raises(r.entity)) or _in_zones(r, zones):
            continue
        if not r.salient and _RIVAL_OF_NEXT.match(folded, r.end):
            # "in Anthropic rival and ChatGPT creator OpenAI": the head of the phrase comes after
            if _RECIPIENT_BEFORE.search(folded, max(m.end, r.start - 20), r.start):
                head = next((x for x in refs if r.end < x.start <= r.end + 40 and raises(x.entity)
                             and not _PHRASE_BREAK.search(folded, r.end, x.start)), None)
                if head is not None:
                    return head.entity, True, head
            continue
        if _CLAUSE_BREAK.search(folded, m.end, r.start) and _RECIPIENT_ZH_BEFORE.search(
                folded, max(m.end, r.start - 3), r.start) and any(
                r.end <= x.money.start < _clause_end(folded, r.end, sent.end) and x.kind != "valuation"
                for x in sentence_roles(folded, sent)):
            continue  # "向OpenAI投资了300亿美元，向Anthropic投资了100亿美元": the next clause's own recipient
        if _RECIPIENT_BEFORE.search(folded, max(m.end, r.start - 20), r.start) or (
                _NEGOTIATE_WITH.search(folded, max(m.end, r.start - 3), r.start)
                and _NEGOTIATE_AFTER.match(folded, r.end)):
            return r.entity, True, r
    # 2. Chinese "X 向 L 投资 N": L right after 向/对 with an investment verb before N (not inside
    # the clause that describes the subject: "为 Anthropic 提供算力的 Fluidstack 完成")
    for r in reversed(refs):  # (the nearest: "向OpenAI投资了300亿美元，向Anthropic投资了100亿美元")
        if (r.end <= m.start and raises(r.entity) and r.start > role.left[0] - 40 and not modifies_later(folded, sent, r)
                and _RECIPIENT_ZH_BEFORE.search(folded, max(sent.start, r.start - 3), r.start)):
            # ("向OpenAI竞争对手Anthropic追加10亿美元投资": the rival named first describes the one after it)
            head = next((h for h in refs if h.start > r.end and RIVAL_BETWEEN_ZH.fullmatch(folded, r.end, h.start)), None)
            return (head.entity, True, head) if head is not None and raises(head.entity) else (r.entity, True, r)
    # 2b. a lab whose possessive heads the amount: "far smaller than Mistral AI's €1.7 billion Series C"
    for r in refs:
        if r.end < m.start <= r.end + 4 and folded.startswith("'s", r.end) and raises(r.entity):
            return r.entity, True, r
    # 2c. a lab that heads its own round with at most a time between: "继OpenAI今年初400亿美元融资后"
    for r in refs:
        if r.end <= m.start <= r.end + 14 and raises(r.entity) and _TIME_ONLY.fullmatch(folded, r.end, m.start) and (
                _ROUND_WORD_RIGHT.match(folded, m.end)
                or _RANKED_AGAINST_ZH.search(folded, max(sent.start, r.start - 12), r.start)):
            return r.entity, True, r
    # 2d. "<backers> jointly participated in its $400 million round": the round of the lab "its"
    # stands for, not of a backer named before the verb
    if folded.find(" its ", max(sent.start, m.start - 40), m.start) >= 0 and (
            _BACKED_ITS.search(folded, max(sent.start, m.start - 60), m.start)):
        # (a lab that tells of it is what "its" stands for: "Mistral said Nvidia participated in its round")
        speaker = next((r for r in refs if r.end <= m.start and r.salient and raises(r.entity)
                        and SPEECH_AFTER.match(folded, r.end)), None)
        if speaker is not None:
            return speaker.entity, True, speaker
        if sent.focus is not None and raises(sent.focus) and not any(
                r.entity is sent.focus for r in refs if r.end <= m.start):
            return sent.focus, False, None
    # 3. the nearest salient lab before the amount (not an investor in a list)
    before = [r for r in refs if r.end <= m.start and r.salient and raises(r.entity)
              and not _in_zones(r, zones)]
    if before and (rel := _SUBJECT_RELATIVE.search(folded, sent.start, m.start)):
        # "Mistral, which serves models such as DeepSeek and MiniMax, has raised": the names in the
        # relative clause on the subject are not the subject
        before = [r for r in before if not rel.start() <= r.start < rel.end()]
    prev_money_end = max((x.end for x in sent.money if x.end <= m.start), default=sent.start)
    if before:
        # a lab named after the previous amount is the subject of this one
        near = [r for r in before if r.start >= prev_money_end] or before
        r = near[-1]
        if not _ANOTHER.search(folded, r.end, m.start):
            return r.entity, True, r
    if _ANOTHER.search(folded, max(sent.start, m.start - 40), m.start):
        return None, False, None
    # 4. nearest lab after the amount in the same sentence
    after = [r for r in refs if r.start >= m.end and r.salient and raises(r.entity)
             and not _in_zones(r, zones) and _same_or_subject_clause(folded, sent, m.end, r)
             and not _opens_own_statement(folded, sent, m, r)]
    if after and not before:
        return after[0].entity, True, after[0]
    if before:
        return before[-1].entity, True, before[-1]
    # 5. the passage focus, unless the amount's subject is a generic party of a joint
    # project ("Each partner is putting in $1 billion"): that money goes to the project
    c_start = _clause_start(folded, sent, m.start)
    if sent.focus is not None and raises(sent.focus) and not _GENERIC_PARTY.search(
            folded, c_start, m.start) and not any(
            # "SpaceX raised $750 million": a named company raises, not the passage's lab
            r.role == "name" and r.salient and c_start <= r.start and r.end <= m.start
            and r.entity is not sent.focus and _RAISED_AFTER.match(folded, r.end, m.start)
            for r in sent.refs):
        return sent.focus, False, None
    return None, False, None


def _clause_end(folded: str, pos: int, end: int) -> int:
    """End of the comma clause that `pos` is in."""
    nxt = _CLAUSE_BREAK.search(folded, pos, end)
    return nxt.start() if nxt else end


def _opens_own_statement(folded: str, sent: Sentence, m: Money, r: Ref) -> bool:
    """True for a lab after a semicolon with an amount of its own after it: "…, Nvidia invested
    $2 billion; Anthropic also raised $13 billion" (not "A $600 million round closed; Mistral said")."""
    return SEMICOLON.search(folded, m.end, r.start) is not None and any(
        r.end <= x.start < stretch_end(folded, r.end, sent.end) for x in sent.money)


def _raises(entity: Entity) -> bool:
    return entity.can_raise


def _raises_by_placement(entity: Entity) -> bool:
    """Any company that can run compute, or a chipmaker, raises by placing its shares (not one that
    invests: it is the one the shares are placed with)."""
    return entity.can_raise or ((entity.can_own or "chipmaker" in entity.kinds) and "investor" not in entity.kinds)


_KIND_ANAPHOR_OPENINGS = ("the ", "this ", "该", "这家", "此")  # ("The neocloud, which raised": a guess at who)
_APPOSITION_HEAD = re.compile(r",\s(?:a|an|the)\s[^,;]{0,60}?\b(?:to|of|from|for|at|with|in|by)\s$")
# (money or a round raised, not "raised its stake in Anthropic", "raised its investment to $13 billion")
_WHICH_RAISED = re.compile(
    r",\s(?:which|who)\s(?:has\s|had\s|have\s|also\s|just\s|recently\s|last year\s|this year\s)?(?:raised|closed|"
    r"secured|landed|completed|took in|pulled in)\s(?!(?:its|their|the)\s(?:stake|investment|commitment|holding|budget|"
    r"bet|offer|price|guidance|forecast)\b)[^,;]{0,60}$"
)
# A closed relative clause right before the verb of raising: ", which … MiniMax, has raised"
_SUBJECT_RELATIVE = re.compile(
    r",\s(?:which|who)\s[^;]{1,160}?,\s(?=(?:has|have|had|also|just|recently|now|said|says|raised|raises|closed|"
    r"secured|landed|completed|announced)\b)"
)
# A company that raises: "SpaceX raised", "SpaceX has closed a", "字节跳动完成"
_RAISED_AFTER = re.compile(
    r"\s?(?:has\s|have\s|had\s|also\s|just\s)?(?:raised|raises|is raising)\b|"
    r"\s?(?:已|也|刚)?(?:筹集|募集|融资)"
)


_GENERIC_PARTY = re.compile(
    r"\b(?:each|both|all|the|two|three|four) (?:of the )?(?:partners?|parties|members|consortium members|"
    r"joint venture partners|jv partners|companies)\b|各方|各合作方|合作方|合作伙伴|每家(?:公司|企业)|双方|三方"
)


def _same_or_subject_clause(folded: str, sent: Sentence, pos: int, r: Ref) -> bool:
    """True when `r` is in the clause of `pos`, or opens the next clause ("Raising $6
    billion, xAI ..."); a lab deep in a later clause is not the recipient."""
    breaks = [b.end() for b in _CLAUSE_BREAK.finditer(folded, pos, r.start)]
    if not breaks:
        return True
    return len(breaks) == 1 and not folded[breaks[0]:r.start].strip(" (\"'")


_RESPECTIVELY = re.compile(r"respectively|分别|各自")


# What joins the items of a list: "A、B 和 C", "A, B and C", "A, B, and C"
_LIST_SEP = re.compile(r"\s?(?:[,、，]\s?(?:and\s)?|(?:and|&|和|与|及)\s?)")


def _respective_valuations(folded: str, sent: Sentence, rounds: list[Round], first: Money) -> bool:
    """"A、B 和 C 分别拿下 X、Y 和 Z，对应估值分别为 U、V 和 W": the i-th valuation of a list
    is the i-th round's. True when the list was paired."""
    if not _RESPECTIVELY.search(folded, first.start - 12 if first.start > 12 else 0, first.end + 40):
        return False
    i = sent.money.index(first) if first in sent.money else -1
    if i < 0:
        return False
    values = [first]
    for nxt in sent.money[i + 1:]:
        if not _LIST_SEP.fullmatch(folded, values[-1].end, nxt.start):
            break
        values.append(nxt)
    listed = sorted((r for r in rounds if r.money is not None and r.money.end <= first.start),
                    key=lambda r: r.money.start)
    if len(values) < 2 or len(values) != len(listed):
        return False
    for rnd, val in zip(listed, values, strict=True):
        rnd.valuation = val
    return True


_LIST_JOIN = re.compile(r"\s?(?:、|,|，|和|与|及|以及|and|&)\s?(?:and\s)?")
# (the mark right after the list, a time or an adverb at most between: "A 和 B 今年各完成", "A and B each raised")
_EACH_MARK = re.compile(
    r"\s?(?:(?:今年|去年|近日|日前|本月|上月|也|还|已|都已)\s?){0,2}(?:各自|各|均|都|前后脚|先后|相继)(?!地|成)|\s(?:each|both)\b")
# a sum of the list, not one told for each: "合计 15 亿元", "a combined $2 billion"
_LIST_TOTAL = re.compile(r"合计|共计|总计|一共|累计|共\s?(?:获|融|募|筹)|combined|together|in total|in all|between them")


def _each_of(folded: str, sent: Sentence, lab: Entity, start: int) -> list[Entity]:
    """The other labs of a list that is the subject of one sum told for each ("A and B each raised
    $X"); [] when the lab is not in such a list."""
    refs = [r for r in sent.refs if r.end <= start and r.salient and r.entity.can_raise]
    at = next((i for i in range(len(refs) - 1, -1, -1) if refs[i].entity is lab), None)
    if at is None or at != len(refs) - 1:
        return []
    i = at
    while i > 0 and _LIST_JOIN.fullmatch(folded, refs[i - 1].end, refs[i].start):
        i -= 1
    stretch = stretch_end(folded, start, sent.end)  # (up to a semicolon: the list's own statement)
    if i == at or not _EACH_MARK.match(folded, refs[at].end, start) or _LIST_TOTAL.search(
            folded, refs[at].end, min(stretch, start + 40)) or sum(
            1 for x in sent.money if refs[at].end <= x.start < stretch) != 1:
        return []  # (one sum only: "先后完成 5 亿元融资和 10 亿元融资" pairs each with its own)
    return [r.entity for r in refs[i:at] if r.entity is not lab]


def _respective_lab(p: Passage, sent: Sentence, role: Role) -> tuple[Entity | None, bool]:
    """"A、B 和 C 分别获得 X、Y、Z": the i-th amount of a list goes to the i-th lab."""
    index, size = role.group
    if size < 2 or not _RESPECTIVELY.search(p.folded, sent.start, sent.end):
        return None, False
    first = sent.money[sent.money.index(role.money) - index]
    prev_end = max((x.end for x in sent.money if x.end <= first.start), default=sent.start)
    labs = [r for r in sent.refs if prev_end <= r.start and r.end <= first.start
            and r.salient and r.entity.can_raise]
    if len(labs) < size:
        return None, False
    return labs[len(labs) - size + index].entity, True


_SUBORDINATOR = re.compile(r"\s(?:after|when|once|as|while|because|since)\s")


def _zone_spans(folded: str, sent: Sentence, *, after_only: bool = False) -> list[tuple[int, int]]:
    """Investor-list spans of a sentence ("led by ...", "投资方包括 ...", "... 等参与")."""
    cached = sent.cache.get("zones")
    if cached is None:
        cached = sent.cache["zones"] = _find_zones(folded, sent)
    return cached[0] if after_only else cached[1]


# a name and its possessive right after a cue: "from Sarvam AI's estimated valuation"
_POSSESSIVE_NEXT = re.compile(r"'s\s(?:[\w-]+\s){0,2}?(?:valuation|value|price|worth|market cap\w*)\b")


def _find_zones(folded: str, sent: Sentence) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """(spans after a cue, all spans) of a sentence."""
    spans = []
    cues = [*_ZONE_AFTER.finditer(folded, sent.start, sent.end),
            *_ZONE_AFTER_YOU.finditer(folded, sent.start, sent.end)]
    for m in sorted(cues, key=lambda x: x.start()) if len(cues) > 1 else cues:
        if _LEADER_NOUN_BEFORE.search(folded, max(sent.start, m.start() - 24), m.start()) and (
                folded.startswith("led by", m.start())):
            continue  # "the chip startup led by Naveen Rao": who runs it, not who invests
        end = _ZONE_END.search(folded, m.end(), sent.end)
        if (own := next((r for r in sent.refs if m.end() <= r.start <= m.end() + 1), None)) is not None and (
                _POSSESSIVE_NEXT.match(folded, own.end)):
            continue  # "a step-up from Sarvam AI's valuation": whose figure, not who gave money
        spans.append((m.end(), end.start() if end else sent.end))
    after = list(spans)
    for m in _ZONE_BEFORE_CUE.finditer(folded, sent.start, sent.end):
        start = max(folded.rfind(",", sent.start, m.start()), folded.rfind("。", sent.start, m.start()),
                    folded.rfind(";", sent.start, m.start()))
        start = sent.start if start < 0 else start + 1
        # "... at $110 million after Amazon joined": a subordinate clause opens the list
        for sub in _SUBORDINATOR.finditer(folded, start, m.start()):
            start = sub.end()
        # "L 完成由 X 领投的", "L 获得 X 领投的": the list starts after the verb of the lab
        opener = None
        for found in _ZONE_BEFORE_OPENER.finditer(folded, start, m.start()):
            opener = found
        if opener is not None:
            start = opener.end()
        else:
            start = _extend_over_names(folded, sent, start)
        spans.append((start, m.start()))
    if folded.find("资", sent.start, sent.end) >= 0:
        # "获得 OpenAI 与软银集团合计 10 亿美元投资": who gave the investment, between the verb and it
        for m in _ZONE_GOT_FROM.finditer(folded, sent.start, sent.end):
            # (the investor is the arm after "旗下", not its owner: "马斯克旗下 SpaceX")
            arm = folded.rfind("旗下", m.start("names"), m.end("names"))
            spans.append((arm + 2 if arm >= 0 else m.start("names"), m.end("names")))
    return after, spans


def _extend_over_names(folded: str, sent: Sentence, start: int) -> int:
    """Move a list start back over comma-separated items that are each one registry name."""
    while start > sent.start + 1 and folded[start - 1] == ",":
        prev = max(folded.rfind(",", sent.start, start - 1) + 1, sent.start)
        lead = _LIST_ITEM_LEAD.match(folded, prev, start - 1)
        item_start = lead.end() if lead else prev
        item_end = start - 1
        refs = [r for r in sent.refs if item_start <= r.start and r.end <= item_end]
        if len(refs) != 1 or not _NAME_TAIL.fullmatch(folded, refs[0].end, item_end):
            break
        if refs[0].start != item_start:
            # the head of the list: "existing backers Andreessen Horowitz, ..."
            if refs[0].start - item_start <= 30 and not any(c.isdigit() for c in
                                                            folded[item_start:refs[0].start]):
                start = refs[0].start
            break
        start = prev
    return start


def _in_zones(r: Ref, zones: list[tuple[int, int]]) -> bool:
    return any(s <= r.start and r.end <= e for s, e in zones)


def _zone_names(p: Passage, sent: Sentence, span: tuple[int, int],
                strict: bool = False) -> list[tuple[int, str]]:
    """Investor names in a list span: registry names, else capitalised names (English) or
    short names and institution names (Chinese)."""
    out: list[tuple[int, str]] = []
    s, e = span
    pos = s
    pieces = _ITEM_SPLIT.split(p.folded[s:e])
    # a single name after a bare "from" must look like an investor ("from Hong Kong" is not)
    strict = strict and len([x for x in pieces if x.strip()]) < 2
    for piece in pieces:
        item_start = p.folded.find(piece, pos, e) if piece else pos
        if item_start < 0:
            item_start = pos
        item_end = item_start + len(piece)
        pos = item_end
        refs = [r for r in sent.refs if item_start <= r.start and r.end <= item_end]
        if refs:
            out.extend((r.start, r.entity.name) for r in refs if r.role == "name")
            # a person in an investor list invests in person: "angel investors including
            # Jeff Bezos" is Bezos, not Amazon; only a full name counts
            out.extend((r.start, p.text[r.start:r.end]) for r in refs
                       if r.role == "person" and _FULL_NAME.fullmatch(p.text, r.start, r.end))
            continue
        if strict and not refs:
            org = _ORG_NAME.search(p.text[item_start:item_end])
            if not org:
                continue
        original = p.text[item_start:item_end].strip(" ,.\"'()")
        original = re.sub(r"^(?:由|包括|来自于?|以及|于)", "", original)
        # "宁德时代及其旗下溥泉资本、国开金融联合领投": the fund, not "其旗下" or "联合"
        original = _ZH_LIST_FRAME.sub("", original)
        # "宁德时代旗下产业投资平台晨道资本": the fund named at the end
        arm = _ARM_OF.search(original) if "旗下" in original else None
        if arm:
            original = arm.group(1)
        if original in _GENERIC_FUND:
            continue  # "及其旗下基金": no name
        original = _POSSESSIVE_HEAD.sub("", original)
        if original.isascii():
            m = _CAPITALISED_RUN.search(original)
            if m and m.end() == len(original) and len(m.group(0)) > 2:
                name = m.group(0).strip()
                lead = re.match(r"The\s(?=[A-Z])", name)  # "The Astera Institute" is Astera Institute
                if lead:
                    name = name[lead.end():]
                if not _NOT_A_NAME.fullmatch(name):
                    out.append((item_start + m.start() + (lead.end() if lead else 0), name))
        elif (1 < len(original) <= 10 or (len(original) <= 24 and _INSTITUTION.search(original))) and (
                not re.search(r"\d|等|的|[,，。]|[a-z]{3}", original)) and not _VAGUE_PARTY.search(original) and (
                not _CLAUSE_WORDS_ZH.search(original)):
            out.append((item_start, original))
    return out


_APPOSITIVE = re.compile(
    r"\s?(?:valued|which|who|whose|based|founded|backed|the|a|an|now|worth|one of|its|led by|both|"
    r"existing|longtime|early|"
    r"together|along|alongside|along with)\b"
)
_AUX_ONLY = re.compile(
    r"\s*(?:(?:has|have|had|will|would|also|already|reportedly|previously|is|was|are|were|"
    r"each|jointly|together|recently|last \w+|this \w+)\s*)*"
)


def _subject_clause_start(folded: str, sent: Sentence, verb: int) -> int:
    """Start of the clause holding the subject of the verb at `verb`, skipping appositives
    ("Nvidia, valued at $3 trillion, invested ...")."""
    # (a semicolon or colon ends a clause too: "三方合作:…算力;英伟达将向其投资"; the comma of a
    # number does not: "斥资143亿美元（约1,115亿港元）入股")
    comma = folded.rfind(",", sent.start, verb)
    while comma > sent.start and folded[comma - 1].isdigit() and folded[comma + 1:comma + 2].isdigit():
        comma = folded.rfind(",", sent.start, comma)
    start = max(comma, folded.rfind(";", sent.start, verb), folded.rfind(":", sent.start, verb)) + 1
    start = max(start, sent.start)
    for _ in range(2):
        if start <= sent.start or not _AUX_ONLY.fullmatch(folded, start, verb):
            break
        prev = max(folded.rfind(",", sent.start, start - 1) + 1, sent.start)
        if not _APPOSITIVE.match(folded, prev, start):
            break
        start = max(folded.rfind(",", sent.start, prev - 1) + 1, sent.start)
        verb = prev
    return start


_GENERIC_FUND = frozenset("基金 资本 机构 创投 投资 国资 资金".split())
_ARM_OF = re.compile(r"旗下(?:的)?(?:[\u4e00-\u9fff]{0,8}?(?:平台|机构|基金|公司))?([\u4e00-\u9fffA-Za-z]{3,10})$")
_ZH_LIST_FRAME = re.compile(r"^(?:及|和|与)?其?旗下(?:的)?|(?<=\w\w)(?:联合|共同|独家)$")


# A name said to stay out of the round: "Meta is not an investor", "Oracle, which backed earlier
# rounds, was not part of it", "Amazon declined to invest", "腾讯并未参与本轮融资". The negation must
# be about taking part: "Thrive did not respond to requests for comment" keeps Thrive.
_NEGATION_HINT = re.compile(r"n(?:(?<!\wn)ot\b|'t)|declined|sat out|stayed out|未|没|并非|不是|不在")
_LEFT_OUT = re.compile(
    r"(?:,[^,.;]{1,60},)?\s?(?:"
    r"(?:is|was|were|are|has|have|had|did|does|do|will|would)\s(?:not|never)\s|"
    r"(?:isn't|wasn't|weren't|aren't|hasn't|haven't|hadn't|didn't|doesn't|won't|wouldn't)\s|"
    r"(?:declined|refused|chose not|opted not)\sto\s|sat out\b|stayed out\b)"
    # the negated verb is taking part itself ("did not lead but participated" keeps the name)
    r"(?:also\s|directly\s|yet\s|itself\s)?(?:invest(?:ed|ing)?\b|participat\w*|take part|took part|join(?:ed)?\b|"
    r"back(?:ed)?\b|(?:a\s)?part of\b|an investor\b|a backer\b|one of the (?:investors|backers)\b|"
    r"among the (?:investors|backers)|put (?:in )?money|contribut\w*|in the round)|"
    # Chinese: the negation right before the verb ("腾讯并未参与本轮", "未跟进投资", "不在投资方之列");
    # "未披露投资金额", "并非领投方", "未再参与领投" and "不是本轮最大投资方" are about something else
    r"\s?(?:并|则|也)?(?:未|没有|没|并未|未曾|从未)(?:再|继续|跟进)?(?:参与|参投|跟投|出资|投资)(?!金额|额|比例|规模|领投)|"
    r"\s?(?:并非|不是)(?:本轮|此轮|这轮)?的?(?:投资方|投资人|股东)|\s?不在(?:本轮)?(?:投资方|投资人|股东)(?:之列|名单)|"
    r"\s?(?:并)?未(?:出现|列)在(?:本轮)?的?(?:投资方|投资人|股东)"
)
# A contrast that takes the negation back, in the same clause, about taking part in this round:
# "并非领投方，而是跟投", "did not lead but participated" (not "但仍是公司股东", "而是此前的 B 轮",
# "but Kingdom Holding did")
_BUT_AFTER = re.compile(
    r"[^。;；.]{0,12}?(?:但|而是|\bbut\b)\s?(?:also\s|still\s|仍|继续|也)?"
    r"(?:跟投|参投|参与了?本轮|participat\w*|joined|took part|invested)(?![^。;；.]{0,10}?(?:之前|此前|上一轮|earlier|previous|prior))"
)


def _investor_mentions(p: Passage, sent: Sentence) -> list[tuple[int, str]]:
    """(position, name) of the investors a sentence names.

    A list after its cue ("... led by X") belongs to the amount before it: when
    that amount is not a round (debt, revenue), its names are dropped by
    giving them the position of that amount, which no round owns.
    """
    names: list[tuple[int, str]] = []
    after_spans = _zone_spans(p.folded, sent, after_only=True)
    for span in _zone_spans(p.folded, sent):
        found = _zone_names(p, sent, span, strict=bool(_BARE_FROM.search(p.folded, sent.start, span[0])))
        if span in after_spans:
            # (the amount before it in the same stretch: a semicolon starts another event)
            lo = stretch_start(p.folded, sent.start, span[0])
            owner = [x for x in sent.money if lo <= x.start and x.end <= span[0]]
            if owner:
                found = [(owner[-1].start, name) for _, name in found]
        names.extend(found)
    # subjects of an investment verb: "Microsoft has invested", "软银集团及英伟达各自投资了";
    # they fund the next amount of the sentence (only names that can invest can be one, so
    # a sentence without such a name skips the verbs)
    can_invest = [r for r in sent.refs
                  if r.role == "name" and not r.brand and (
                      "investor" in r.entity.kinds or r.entity.is_cloud
                      or "chipmaker" in r.entity.kinds or "company" in r.entity.kinds)]
    for m in _INVEST_VERB.finditer(p.folded, sent.start, sent.end) if can_invest else ():
        if m.start() > 0 and p.folded[m.start() - 1] == "-":
            continue  # "Microsoft-backed OpenAI": an epithet, not this round's investor
        clause_start = _subject_clause_start(p.folded, sent, m.start())
        # the subject may be a list that runs back over commas: "Lightspeed, Sequoia, GIC and
        # Citi also invested"
        for r in reversed([x for x in sent.refs if x.end <= clause_start]):
            if not r.salient or not _LIST_SEP.fullmatch(p.folded, r.end, clause_start):
                break
            clause_start = r.start
        # (not past a semicolon: "英伟达、亚马逊等参投；该公司半年前…种子轮" funds the round before)
        stop = stretch_end(p.folded, m.end(), sent.end)
        nxt = [x for x in sent.money if m.end() <= x.start < stop]
        for r in can_invest:
            # (not who tells of it: "Morgan Stanley said … a $5 billion strategic equity investment")
            if clause_start <= r.start and r.end <= m.start() and not (
                    SPEECH_AFTER.match(p.folded, r.end) and any(
                        r.end < x.start < m.start() and x.entity.can_raise for x in sent.refs)):
                names.append((nxt[0].start if nxt else r.start, r.entity.name))
    # an unregistered institution opening a Chinese clause before "向 L 投资": "珠海华发集团宣布向
    # 智谱投资 5 亿元" (str.find first: the pattern needs 向 or 对)
    zh_to = (p.folded.find("向", sent.start, sent.end) >= 0
             or p.folded.find("对", sent.start, sent.end) >= 0)
    for m in _ZH_ORG_TO_LAB.finditer(p.folded, sent.start, sent.end) if zh_to else ():
        # the name runs from the start of its clause to the institution word
        start = max(p.folded.rfind(c, sent.start, m.start()) for c in ",，;；:：") + 1
        start = max(start, sent.start)
        while start < m.start() and p.folded[start] == " ":
            start += 1
        name = p.text[start:m.end("suffix")]
        nxt = [x for x in sent.money if x.start >= m.end()]
        if (nxt and 2 <= len(name) <= 16 and _CJK_NAME.fullmatch(name)
                and not any(start <= r.start < m.end("suffix") for r in sent.refs)):
            names.append((nxt[0].start, name))
    if names and _NEGATION_HINT.search(p.folded, sent.start, sent.end):
        # "Meta is not an investor", "though Amazon declined to invest", "腾讯并未参与本轮"; an amount
        # inside the name's apposition stays its own ("Amazon, which has invested $8 billion in
        # Anthropic, is not an investor in this round")
        left_out: dict[str, tuple[int, int]] = {}
        for r in sent.refs:
            neg = _LEFT_OUT.match(p.folded, r.end, min(sent.end, r.end + 90))
            if neg and not _BUT_AFTER.match(p.folded, neg.end(), sent.end):
                left_out[r.entity.name] = (r.end, neg.end())
        names = [(pos, name) for pos, name in names
                 if name not in left_out or left_out[name][0] <= pos < left_out[name][1]]
    seen: set[tuple[int, str]] = set()
    out = []
    for pos, name in sorted(names, key=lambda x: x[0]):
        if (pos, name) not in seen:
            seen.add((pos, name))
            out.append((pos, name))
    return out


_PURPOSE_ZH = "用于|用来|用以|将用于|以便|以推进|旨在"
_PURPOSE_EN = (r"to (?:fund|finance|support|help|build|expand|accelerate|advance|develop|pay for)|"
               r"which will (?:fund|go)|for (?:its|the) ")
_PURPOSE_START = re.compile(rf"[,，]?\s?(?:{_PURPOSE_ZH})|\s(?:{_PURPOSE_EN})")
# Its words alone, which re can skip ahead to: a purpose starts at most 2 characters before
# the first of them ("，用于", " to fund")
_PURPOSE_WORD = re.compile(f"{_PURPOSE_ZH}|{_PURPOSE_EN}")
# Money added to a round already told: "added $100 million to the round it announced".
_ADDED_TO = re.compile(r"a(?<!\wa)dd(?:ed|s)\b[^,.;]{0,20}$")


# a raise under discussion: "is also discussing a far larger equity raise of about", "正敲定…新一轮融资"
# ... or told around the amount: "is discussing a $15 billion equity raise", "正敲定由阿里巴巴领投的 6 亿美元
# 融资", "融资正在敲定中"
_DISCUSSING_BEFORE = re.compile(r"\bdiscuss(?:ing|es)\s(?:a|an|the|another)?\s?(?:new\s)?(?:about\s|roughly\s|around\s|some\s|"
                                r"up to\s|nearly\s)?$|"
                                r"正(?:在)?敲定[^,，。;；\d]{0,10}$")
_ROUND_AFTER = re.compile(r"[^,，。;；.]{0,30}?(?:\braise\b|\bround\b|\bfunding\b|\bfinancing\b|\binvestment\b|融资|轮)")
_SETTLING_AFTER = re.compile(r"[^,，。;；]{0,12}?(?:融资|轮)[^,，。;；]{0,4}?正(?:在)?敲定中")
_DISCUSSING_ROUND = re.compile(
    r"\bdiscuss(?:ing|es|ed)?\s(?:[\w-]+\s){0,4}?(?:rais\w*|round|funding|financing|investment)\b[^,.;]{0,20}$|"
    r"正(?:在)?敲定[^,，。;；]{0,12}?(?:融资|一轮|轮)[^。;；]{0,8}$|正(?:在)?敲定(?:一笔|一轮|新一轮)?\s?$"
)


_MODAL_OR_TALKS = re.compile(
    r"\b(?:would|could|may|might|will|expected to|hopes? to|aims? to|plans? to|set to|in talks|under way|underway)\b")
_AFTER_RAISING = re.compile(
    rf"\b(?:after|since|following)\s(?:securing|raising|closing|receiving|landing|completing|bagging|netting|"
    rf"getting|taking in|pulling in)\s(?:a\s|an\s|its\s|their\s|the\s)?(?:{QUALIFIER}\s?)?$"
)


def _status(folded: str, sent: Sentence, role: Role, previous: bool) -> tuple[str, bool]:
    m = role.money
    if role.group[0] > 0 and m in sent.money:
        # "分别投资最多 100 亿美元和 50 亿美元": a list shares the verb of its first amount
        m = sent.money[sent.money.index(m) - role.group[0]]
    # the previous amount that is not a valuation bounds the verb of this one, and the next one
    # the words after it ("Following xAI's $20 billion raise, Nvidia said it would invest $2 billion")
    roles = sentence_roles(folded, sent)
    prev_end = max((r.money.end for r in roles
                    if r.money.end <= m.start and r.money is not m and r.kind != "valuation"
                    and r.money is not role.money),
                   default=sent.start)
    next_start = min((r.money.start for r in roles if r.money.start >= role.money.end and r.kind != "valuation"),
                     default=sent.end)
    left = (max(sent.start, min(prev_end, m.start - 10)), m.start)
    right_end = stretch_end(folded, m.end, min(sent.end, m.end + 60, max(m.end, next_start)))  # (not past a semicolon)
    # (nor into the clause of another subject: "…raise, Nvidia said it would invest")
    subject = next((r for r in sent.refs if r.salient and m.end < r.start < right_end
                    and _CLAUSE_BREAK.search(folded, m.end, r.start)), None)
    right = (m.end, subject.start if subject is not None else right_end)
    word = _PURPOSE_WORD.search(folded, *right)
    purpose = word and _PURPOSE_START.search(folded, max(right[0], word.start() - 2), right[1])
    if purpose:
        # "，用于推进 …", "to fund …": what the money is for does not set the round's status
        right = (right[0], purpose.start())
    # "... kicked off talks, a month after securing $500 million": done before (not "would be valued
    # at $200 billion after raising $10 billion", "after raising €2bn in talks now under way")
    if _AFTER_RAISING.search(folded, max(left[0], m.start - 40), m.start) and not (
            _MODAL_OR_TALKS.search(folded, _clause_start(folded, sent, m.start), min(sent.end, m.end + 40))):
        return "closed", True
    if _TALKS.search(folded, *left) or _TALKS.search(folded, *right) or _DISCUSSING_ROUND.search(folded, *left) or (
            # (told before the sum only: "on track for a new funding round that would value it at",
            # "its round, expected to total $40 billion")
            _ROUND_TO_COME_LEFT.search(folded, *left)) or (
            _DISCUSSING_BEFORE.search(folded, *left) and _ROUND_AFTER.match(folded, *right)) or _SETTLING_AFTER.match(
            folded, *right):
        return "talks", True
    if previous or _ADDED_TO.search(folded, *left):
        return "closed", True
    if _ANNOUNCE_FRAME.search(folded, *left):
        return "announced", True
    if _CLOSED.search(folded, *left):
        return "closed", True
    if _ANNOUNCED.search(folded, *left) or _ANNOUNCED.search(folded, *right):
        return "announced", True
    if _CLOSED.search(folded, *right):
        return "closed", True
    return "closed", False


def _valuation_type(folded: str, sent: Sentence, val: Money) -> str | None:
    left = (max(sent.start, val.start - 40), val.start)
    right = (val.end, min(sent.end, val.end + 30))
    # the word nearest the figure decides ("pre-money valuation of $25 billion, or $26 billion
    # including the new cash": the first is pre, the second post)
    pre_r, post_r = _PRE.search(folded, *right), _POST.search(folded, *right)
    if pre_r or post_r:
        return "pre" if pre_r and (not post_r or pre_r.start() < post_r.start()) else "post"
    pre_l = [m.end() for m in _PRE.finditer(folded, *left)]
    post_l = [m.end() for m in _POST.finditer(folded, *left)]
    if pre_l or post_l:
        return "pre" if max(pre_l, default=-1) > max(post_l, default=-1) else "post"
    if _POST_ZH_RESULT.search(folded, max(sent.start, val.start - 12), val.start) and FUNDING_CUE.search(
            folded, sent.start, val.start):
        return "post"
    return None


def _talks_before(p: Passage, sent: Sentence, lab: Entity) -> bool:
    """True when one of the two sentences before says `lab` is in talks about a round and
    gives no amount ("OpenAI is in talks to raise new funding. The round would total $40
    billion."): an amount told without a verb of its own is that round, still in talks."""
    folded = p.folded
    if _PREVIOUS.search(folded, sent.start, sent.end) or _PAST_TIME.search(folded, sent.start, sent.end):
        return False  # "此前以 43 亿美元估值拿下 5 亿美元": an earlier round, not the one in talks
    for prev in reversed(p.sentences[max(0, sent.index - 2):sent.index]):
        if prev.money and any(r.kind == "funding" for r in sentence_roles(folded, prev)):
            return False  # the sentence before has an amount of its own
        if not (_names_backers(folded, prev) and _TALKS.search(folded, prev.start, prev.end)):
            continue
        named = next((r.entity for r in prev.refs if r.salient and r.entity.can_raise), None)
        if (named or prev.focus) is lab:
            return True
    return False


# No company has raised anywhere near this in one round (the largest, OpenAI's of 2025, was
# $40 billion): a larger sum is a country's pledge or a market's size ("the Emirates' pledge of
# $1.4 trillion of investment in the United States", "欧盟将动员 2000 亿欧元投资 AI")
_LARGEST_ROUND_USD = 1.5e11


def _valid_valuation(money: Money) -> bool:
    usd = to_usd(money.amount, money.currency)
    return usd is not None and usd >= 1e6


def extract_rounds(p: Passage) -> list[Round]:
    """All funding rounds of a passage, merged and de-duplicated, in text order."""
    rounds: list[Round] = []
    # lab -> (sentence, investors) announced before their round; they join a round told within two
    # sentences (not one far on: "Microsoft, which has put $13 billion into OpenAI since 2019")
    pending: dict[str, tuple[int, list[str]]] = {}
    if not any(role.kind in ("funding", "valuation") for sent in p.sentences if sent.money
               for role in sentence_roles(p.folded, sent)):
        return rounds  # no amount is a round or a valuation: nothing to build
    for sent in p.sentences:
        if not sent.money and not sent.refs and not (
                rounds and sent.index - rounds[-1].sent.index <= 2):
            continue  # nothing to start a round, name its lab or add to a recent one
        roles = sentence_roles(p.folded, sent) if sent.money else []
        sent_rounds: list[Round] = []
        valuations: list[Role] = []
        refused = False
        for role in roles:
            if role.kind == "valuation":
                if _valid_valuation(role.money):
                    valuations.append(role)
                continue
            if role.kind != "funding" or role.total:
                continue
            usd = to_usd(role.money.amount, role.money.currency)
            if usd is None or usd < 1e5 or usd > _LARGEST_ROUND_USD:
                continue
            lab, explicit = _respective_lab(p, sent, role)
            if lab is None:
                lab, explicit, _ = _find_lab(p, sent, role)
            if lab is None:
                continue
            window = _window(p.folded, role)
            near_left = p.folded[max(role.left[0], role.money.start - 40):role.money.start]
            rnd = Round(sent, role.money, lab, explicit)
            rnd.previous = any(not _EARLIER_REPORT.match(near_left, w.start())
                               for w in _PREVIOUS.finditer(near_left, 0, len(near_left)))
            rnd.additional = bool(_ADDITIONAL.search(near_left))
            rnd.again = bool(_AGAIN.search(near_left))
            if role.group[1] > 1:
                rnd.group = sent.money[sent.money.index(role.money) - role.group[0]].start
            # (the total of this round is the whole its closings told before make up)
            rnd.whole = round_total(near_left, 0, len(near_left)) is not None
            rnd.part_of = bool(_PART_OF.search(near_left) or rnd.whole
                               or _PART_OF_AFTER.match(p.folded, role.money.end, sent.end))
            rnd.anaphor = bool(_ROUND_ANAPHOR.search(p.folded, max(sent.start, role.money.start - 30),
                                                     min(sent.end, role.money.end + 30)))
            # after the amount only "each" makes it a piece ("$1bn each"); "，其中英伟达出资 8 亿"
            # breaks the amount down, it is the whole
            rnd.share = bool(_SHARE.search(p.folded, max(sent.start, role.money.start - 30),
                                           role.money.start)
                             or _SHARE_AFTER.match(p.folded, role.money.end, min(sent.end, role.money.end + 20)))
            # (a lab named only as a possessive, "the startup's largest backer", is not the subject)
            named_here = explicit and any(r.entity is lab and not p.folded.startswith("'s", r.end)
                                          for r in sent.refs)
            if not named_here and not rnd.share and _CONTRIBUTED_LEFT.search(
                    p.folded, max(sent.start, role.money.start - 40), role.money.start) and not (
                    # ("Two months later Microsoft took a stake, putting in €15 million": its own event)
                    _FRESH.search(p.folded, sent.start, role.money.start)
                    or _OWN_TIME.search(p.folded, sent.start, sent.end)):
                # "The round was led by Thrive, which committed about $1.25 billion": an investor
                # puts in its part of the round the passage is about (its lab is not named here)
                rnd.share = True
            if rnd.share and _ORDINAL_ROUND.search(p.folded, max(sent.start, role.money.start - 12),
                                                   role.money.start):
                rnd.share = False  # "合计约 2.3 亿美元……其中第二轮约 1 亿美元": one of the rounds
            c_start = _clause_start(p.folded, sent, role.money.start)
            rnd.fresh = bool(_FRESH.search(p.folded, c_start, role.money.start))
            rnd.tranche = bool(_TRANCHE.search(p.folded, c_start, min(sent.end, role.money.end + 30)))
            # a round named right after the amount is its own ("across its Series A and B …,
            # including a US$1.2 billion Series B"), before any other in the window
            rm = _find_round(p.folded, role.money.end, min(sent.end, role.money.end + 16))
            if rm is None or not _ROUND_JUST_AFTER.fullmatch(p.folded, role.money.end, rm.start()):
                # (not past the next clause's own subject: "前者完成新一轮30亿元融资，后者则完成B轮融资")
                other = next((r.start for r in sent.refs if role.money.end < r.start < role.right[1]
                              and r.entity is not lab and r.entity.can_raise
                              and _CLAUSE_BREAK.search(p.folded, role.money.end, r.start)), None)
                own_window = window if other is None else p.folded[role.left[0]:other]
                rm = _find_round(own_window, 0, len(own_window))
            if rm:
                rnd.round = _round_name(rm)
            elif _GROSS_PROCEEDS.search(near_left) and _LISTING.search(
                    p.folded, p.sentences[sent.index - 1].start if sent.index else sent.start, sent.end) and not (
                    _AFTER_LISTING.search(p.folded, sent.start, sent.end)
                    or RUNNING_PAST.search(p.folded, sent.start, role.money.start)):
                rnd.round = "IPO"  # "公司此次公开发行 4010 万股……募资总额约 41.97 亿元"
            if _REFUSED.search(p.folded, role.money.end, sent.end):
                refused = True
                continue  # "提出投资 5 亿美元……但婉拒了这笔投资": an offer turned down
            rnd.status, rnd.status_explicit = _status(p.folded, sent, role, rnd.previous)
            if not rnd.status_explicit and not rnd.previous and _talks_before(p, sent, lab):
                rnd.status, rnd.status_explicit = "talks", True
            if role.gap_investor is not None and sent_rounds:
                # "…, and Microsoft up to $5 billion": the verb, and so the status, of the one before
                rnd.status = sent_rounds[-1].status
                rnd.investors.append(role.gap_investor.name)
            sent_rounds.append(rnd)
            if role.group[1] == 1 and explicit:
                # "A、B 前后脚宣布完成近 5 亿元融资", "Mistral AI and Cohere each raised $500 million": one
                # sum told for each of the labs listed as the subject
                for other in _each_of(p.folded, sent, lab, role.money.start):
                    sent_rounds.append(replace(rnd, lab=other, investors=list(rnd.investors)))
        if valuations and len(sent_rounds) > 1 and _respective_valuations(p.folded, sent, sent_rounds,
                                                                           valuations[0].money):
            valuations = valuations[1:]
        # valuations attach to the nearest round of the sentence
        valued_rounds: list[Round] = []
        for vrole in valuations if not refused else ():  # (the valuation of a refused offer too)
            val = vrole.money
            target = None
            valued = _valued_entity(p, sent, val)
            if valued is not None and not valued.can_raise:
                continue  # "Nvidia, valued at $3 trillion, ...": not the lab's valuation
            stretch = stretch_start(p.folded, sent.start, val.start)
            named = [r for r in sent.refs if stretch <= r.start < val.start and r.salient and r.role == "name"]
            if named and all(r.entity.kinds <= _OTHER_COMPANY and not r.entity.can_raise for r in named):
                continue  # "SpaceX 去年发行第2轮股票，估值高达 8000 亿美元；xAI …": another company's worth
            v_start = _clause_start(p.folded, sent, val.start)
            opening = OPENING_CLAUSE.match(p.folded, sent.start)
            spoken_of = next((r.entity for r in sent.refs if r.salient and r.entity.can_raise and r.end <= v_start
                              and (opening is None or r.start >= opening.end())), sent.focus)
            if sent_rounds and spoken_of is not None and all(r.lab is not spoken_of for r in sent_rounds) and (
                    _COMPANY_SUBJECT.search(p.folded, v_start, val.start)) and not any(
                    v_start <= x for x in [r.money.start for r in sent_rounds] + [r.start for r in sent.refs]
                    if x < val.start):
                # "该公司估值将突破 1200 亿美元，成为继 OpenAI 今年初 400 亿美元融资后…": the company
                # spoken of is valued, not the other lab whose round the sentence names
                _lone_valuation(p, sent, vrole, rounds)
                continue
            if sent_rounds:
                v_clause = _clause_of(p.folded, sent, val.start)
                # a round in the valuation's own stretch between semicolons comes first
                c_lo = _clause_start(p.folded, sent, val.start)
                c_hi = _CLAUSE_BREAK.search(p.folded, val.end, sent.end)
                c_hi = c_hi.start() if c_hi else sent.end
                # a round of the valuation's own clause, else of its stretch between semicolons
                near = ([r for r in sent_rounds if c_lo <= r.money.start < c_hi]
                        or [r for r in sent_rounds if v_clause[0] <= r.money.start < v_clause[1]]
                        or sent_rounds)
                # (not a round the valuation is told as a step-up from: "The $1.5 billion valuation is a 7x
                # step-up from ... its $41 million Series A")
                near = [r for r in near if not _stepped_up_from(p.folded, sent, val, r)]
                # (an earlier round told after the price, in a comparison, is not at that price: "正以 50 亿
                # 美元估值洽谈新一轮融资，这次估值较去年 11 月 4 亿美元融资后的 24 亿美元")
                compared = [r for r in near if r.previous and r.money.start > val.end
                            and _COMPARED_BEFORE.search(p.folded, max(val.end, r.money.start - 30), r.money.start)]
                if compared and len(compared) == len(near):
                    _lone_valuation(p, sent, vrole, rounds, compared)
                    continue
                near = [r for r in near if r not in compared]
                if not near:
                    continue
                target = min(near, key=lambda r: (abs(r.money.start - val.start)
                                                  + (0 if r.money.start < val.start else 5)))
                if target.money.end < val.start and any(
                        r.salient and r.entity.can_raise and r.entity is not target.lab
                        and target.money.end < r.start < val.start
                        and (b := p.folded.rfind(",", target.money.end, r.start)) >= 0
                        and _NEW_SUBJECT_BEFORE.fullmatch(p.folded, b, r.start)
                        # (not an investor of the round: "，同时智谱也参与了本轮", "OpenAI's fund joined the round")
                        and not _BACKER_WORDS.search(p.folded, r.end, val.start)
                        # (nor when the round's lab is named again: "…, valuing Harvey at $3 billion")
                        and not any(x.entity is target.lab and r.end <= x.start < val.start for x in sent.refs)
                        for r in sent.refs):
                    # "OpenAI筹得66亿美元…，而 Perplexity 传出正洽谈新的募资事宜，公司估值可能…到 80 亿美元":
                    # another lab, named in a clause of its own after the round, has the valuation
                    _lone_valuation(p, sent, vrole, rounds)
                    continue
                own = _own_round_between(p.folded, target, val)
                if own is None and (((ev := _EARLIER_VALUE.search(p.folded, max(sent.start, val.start - 26), val.start))
                                     # (not another company's figure: "远低于 OpenAI 的 5000 亿美元估值")
                                     and not any(ev.start() <= r.start < val.start for r in sent.refs)
                                     # (nor the price after a round told in between: "较去年 4 亿美元融资后的")
                                     and not any(ev.start() <= x.start < val.start for x in sent.money))
                                    or _NEXT_ROUND.search(p.folded, c_lo, val.start)):
                    own = ""  # "up from $545 million in March", "and its next round could value it at"
                if own is None and _event_apart(p.folded, target, val) and FUNDING_CUE.search(
                        p.folded, *v_clause):
                    # "去年 9 月，X 以投前 200 亿元估值领投；12 月，该公司又完成一轮 30 亿元融资":
                    # the valuation of an earlier round known only by it
                    rm = _find_round(p.folded, *_clause_of(p.folded, sent, val.start))
                    own = _round_name(rm) if rm else ""
                if own is not None:
                    # "…种子轮；同年 9 月又完成 A 轮融资，估值约 15 亿美元": a later round known
                    # only by its valuation, not the seed's valuation
                    rnd = Round(sent, None, target.lab, target.explicit_lab, valuation=val,
                                valuation_type=_valuation_type(p.folded, sent, val))
                    rnd.round = own or None
                    rnd.status, rnd.status_explicit = _status(p.folded, sent, vrole, False)
                    if _NEXT_ROUND.search(p.folded, c_lo, val.start) or _SUPPOSED.search(
                            p.folded, max(v_clause[0], val.start - 24), val.start):
                        rnd.status, rnd.status_explicit = "talks", True  # "; the next round could value it at"
                    valued_rounds.append(rnd)
                    continue
                vtype = _valuation_type(p.folded, sent, val)
                if target.valuation is None or (vtype == "post" and target.valuation_type == "pre") or (
                        v_clause[0] <= target.money.start < v_clause[1]
                        and not v_clause[0] <= target.valuation.start < v_clause[1]):
                    # (a post-money figure beside a pre-money one wins, and so does one in the
                    # round's own stretch between semicolons over one from another)
                    target.valuation = val
                    target.valuation_type = vtype
                continue
            _lone_valuation(p, sent, vrole, rounds)
        # investors named in the sentence
        investors = (_investor_mentions(p, sent)
                     if sent_rounds or _names_backers(p.folded, sent) else [])
        if sent_rounds and investors:
            owned = {r.money.start: r for r in sent_rounds}
            owned.update({r.valuation.start: r for r in sent_rounds + valued_rounds
                          if r.valuation is not None})
            for pos, name in investors:
                target = owned.get(pos)
                if target is None and any(x.start == pos for x in sent.money):
                    continue  # listed for an amount that is not a round
                if target is None:
                    # the nearest round of the name's own stretch between semicolons, if any
                    pool = sent_rounds + valued_rounds
                    lo = stretch_start(p.folded, sent.start, pos)
                    hi = stretch_end(p.folded, pos, sent.end)
                    pool = [r for r in pool if lo <= (r.money or r.valuation).start < hi] or pool
                    target = min(pool, key=lambda r: abs((r.money or r.valuation).start - pos))
                # "分别投资了 10 亿美元和 20 亿美元": the investor of a list funds each amount
                for rnd in [x for x in sent_rounds if x.group == target.group] if target.group else [target]:
                    if name != rnd.lab.name and name not in rnd.investors:
                        rnd.investors.append(name)
            _pair_respectively(p, sent, sent_rounds)
        elif not sent_rounds:
            if investors and not any(r.total and r.kind == "funding" for r in roles):
                # shareholders listed with a running total are not this round's investors
                _continuation(p, sent, investors, rounds, pending)
            if rounds and not _made_here(rounds, sent) and sent.index - rounds[-1].sent.index <= 2:
                _later_round_name(p, sent, rounds)
        sent_rounds = _without_shares(p, sent, sent_rounds)
        for rnd in sent_rounds:
            told, names = pending.pop(rnd.lab.name, (sent.index, []))
            for name in names if sent.index - told <= 2 else ():
                if name != rnd.lab.name and name not in rnd.investors:
                    rnd.investors.append(name)
        for rnd in sent_rounds:
            _add_round(rounds, rnd, p.folded)
        rounds.extend(valued_rounds)
    return _without_parts_of_a_whole(_without_split_sums(p.folded, p.sentences, _dedupe(p.folded, rounds)))


# A contributor's part of a round told in the round's own sentence: "软银领投 4 亿美元",
# "with SAP contributing $250 million of it". A plain "and X invested $N" may be another
# event, so it stays a round of its own.
_CONTRIBUTES = re.compile(
    r"领投|跟投|参投|出资|认购|contribut\w*|chipped in|\bled (?:it |the round )?with\b|accounting for|"
    r"\b(?:is |are |was )?(?:putting|put|puts) (?:in|up)\b|\bcommitt(?:ed|ing)\b|"
    r"\bof (?:it|which|that|the round)\b|其中|(?:按|以)(?:同等|相同|同样)条款|\bon (?:the )?same terms\b"
)


# A listing's gross proceeds, and the words of a listing in the sentence or the one before
_GROSS_PROCEEDS = re.compile(rf"{GROSS_TOTAL}[^,，。;；\d]{{0,4}}$|\bgross proceeds of\s?$")
_LISTING = re.compile(
    r"上市(?!前|之前|以前|后|之后|以后|公司)|挂牌|公开发行|全球发售|招股|"
    r"登陆[^,，。;；]{0,8}(?:科创板|创业板|主板|北交所|港交所|纳斯达克|纽交所)|"
    r"\bipo\b|initial public offering|\blisting\b"
)
# Money raised after a listing is no IPO: "上市后首次定增", "H 股配售", "follow-on offering"
_NEW_ROUND_WORDS = re.compile(r"新一轮|新的一轮|\bnew round\b|\blatest round\b|\bnew funding\b")
_AFTER_LISTING = re.compile(
    r"上市后[^，。,；;]{0,8}(?:首次)?(?:定增|配售|增发|募资)|(?<!国际)(?<!公开)配售(?!比例)|定增|增发|向特定对象|"
    r"\bplacement\b|follow-on"
)
# A tranche of a commitment: "$300 million now and the rest over two years", "首期 10 亿元".
_TRANCHE = re.compile(
    r"u(?<!\wu)p(?:front| front|-front)\b|i(?<!\wi)n(?:itially| tranches)\b|a(?<!\wa)t (?:first|closing)\b|"
    r"t(?<!\wt)he (?:rest|remainder|balance)\b|f(?<!\wf)irst tranche\b|s(?<!\ws)econd tranche\b|"
    r"首期|首批|第一期|第二期|剩余|其余|余下|分期|分批|先期|先行"
)


def _without_shares(p: Passage, sent: Sentence, sent_rounds: list[Round]) -> list[Round]:
    """Fold into the round before it an amount of the same sentence that an investor
    contributes to that round: same lab, smaller, a contributor verb in its clause, an
    investor named, and no date or "another" of its own (a new event stays a round)."""
    if len(sent_rounds) < 2:
        return sent_rounds
    folded = p.folded
    out: list[Round] = []
    for rnd in sent_rounds:
        main = next((x for x in reversed(out) if x.lab is rnd.lab and x.money is not None
                     and not x.previous and _usd(x) > _usd(rnd) * 1.01), None)
        if main is None or rnd.money is None or rnd.again or rnd.previous:
            out.append(rnd)
            continue
        c_start = _clause_start(folded, sent, rnd.money.start)
        c_end = _CLAUSE_BREAK.search(folded, rnd.money.end, sent.end)
        c_end = c_end.start() if c_end else sent.end
        # the tranche word of the amount's own clause ("其余 15 亿" is the next amount's)
        tranche = _TRANCHE.search(folded, c_start, min(c_end, rnd.money.end + 30))
        if not rnd.investors and not tranche and not rnd.share:
            out.append(rnd)  # (a piece "其中" names may be an unregistered fund: "其中先进战略产业基金出资")
            continue
        if c_start <= main.money.end or (rnd.group is not None and rnd.group == main.group):
            out.append(rnd)  # no clause break between the two: a list or one phrase
            continue
        if (rnd.investors and not tranche and set(rnd.investors) - set(main.investors)
                and folded.find(";", main.money.end, c_start) >= 0):
            out.append(rnd)  # "…40 亿美元；一个月后，谷歌承诺投资 20 亿": another investor's deal
            continue
        if (not (tranche or _CONTRIBUTES.search(folded, c_start, min(c_end, rnd.money.end + 24)))
                or _FRESH.search(folded, c_start, rnd.money.start)
                # (a tranche or a part has its own date: "其中首期 100 亿美元于 4 月到位", "of which $5
                # billion arrived in September")
                or (_OWN_TIME.search(folded, rnd.money.end, c_end) and not (tranche or rnd.share))
                or (rnd.round and main.round and rnd.round != main.round)):
            out.append(rnd)
            continue
        _absorb(main, rnd)
    return out


def _pair_respectively(p: Passage, sent: Sentence, sent_rounds: list[Round]) -> None:
    """"A 与 B 分别投资 X 及 Y", "A and B will invest X and Y respectively": the i-th investor
    of the list funds the i-th amount."""
    if not _RESPECTIVELY.search(p.folded, sent.start, sent.end):
        return
    groups: dict[int, list[Round]] = {}
    for r in sent_rounds:
        if r.group is not None:
            groups.setdefault(r.group, []).append(r)
    for members in groups.values():
        names = members[0].investors
        if len(members) > 1 and len(names) == len(members) and all(
                m.investors == names for m in members):
            for rnd, name in zip(members, list(names), strict=True):
                rnd.investors = [name]


_OTHER_COMPANY = frozenset({"company"})


def _stepped_up_from(folded: str, sent: Sentence, val: Money, r: Round) -> bool:
    """True when the round's amount is the first amount after a step-up phrase that follows the
    valuation: "The $1.5 billion valuation is a 7x step-up from ... its $41 million Series A"."""
    if r.money.start <= val.end:
        return False
    step = _STEP_UP_FROM.search(folded, val.end, r.money.start)
    return step is not None and not any(step.end() <= x.start < r.money.start for x in sent.money)


_STEP_UP_FROM = re.compile(r"\b(?:step-?up|jump|increase|rise|leap|markup|mark-up)\s(?:\w+\s){0,2}?from\b")
_COMPANY_SUBJECT = re.compile(r"该公司|這家公司|这家公司|該公司|\b(?:the company|the startup|the firm)\b")


def _valued_entity(p: Passage, sent: Sentence, val: Money) -> Entity | None:
    """The entity a "valued at" phrase is attached to, when one is named right before it."""
    near = [r for r in sent.refs if val.start - 30 <= r.end <= val.start]
    if not near:
        return None
    between = p.folded[near[-1].end:val.start]
    return near[-1].entity if _VALUED_AFTER_NAME.match(between) else None


# Dates that can only be past ("in March" may be the close of the round in talks).
_PAST_TIME = re.compile(
    r"去年|前年|此前|之前|早前|上月|上个月|l(?<!\wl)ast (?:year|month|spring|summer|fall|autumn|winter)\b|"
    r"e(?<!\we)arlier this year\b|a(?<!\wa)go\b|p(?<!\wp)r(?:evious|eviously|ior)\b"
)
# A date of its own, past or not: "今年 9 月", "in March", "last year", "此前".
_MONTH_OR_YEAR = (r" (?:january|february|march|april|may|june|july|august|september|october|november|"
                  r"december|20\d\d)\b")
_OWN_TIME_WORDS = re.compile(
    _PAST_TIME.pattern
    + "|" + "|".join(f"{w[0]}(?<!\\w{w[0]}){w[1:]}{_MONTH_OR_YEAR}"
                     for w in ("in", "on", "since", "during", "back in", "last", "earlier in"))
    + r"|20\d\d\s?年(?:底|初|末|年底|年初|年中|上半年|下半年)"
)
# (a month told by number, "今年 9 月" too: searched apart, where re skips ahead to its digits)
_OWN_TIME = AnyOf(_OWN_TIME_WORDS, re.compile(r"\d\d?\s?月"))


# A round still to come: "the next round could value it at", "下一轮融资估值或达"
# A figure the text only supposes, for a round known by its valuation alone
_SUPPOSED = re.compile(
    r"c(?<!\wc)ould value\b|w(?<!\ww)ould value\b|m(?<!\wm)(?:ight|ay) value\b|或达|或超|或将达到|有望达到")
_NEXT_ROUND = re.compile(
    r"n(?<!\wn)ext (?:\w+ )?(?:round|raise)\b|下一轮|下轮|"
    # ("discussions about a larger round that would have valued the company at"): another round
    r"a(?<!\wa) (?:larger|bigger|further|separate|later|follow-on) (?:funding )?(?:round|raise)\b")


def _another_event(folded: str, sent: Sentence) -> bool:
    """True when a sentence without an amount tells a funding event of its own date
    ("今年 9 月，X 领投了智谱一轮融资"), not more about the round just told."""
    return bool(FUNDING_CUE.search(folded, sent.start, sent.end)
                and (_OWN_TIME.search(folded, sent.start, sent.end)
                     # "in talks for another venture deal that would almost double that valuation"
                     or (folded.find("another", sent.start, sent.end) >= 0
                         and _ANOTHER_DEAL.search(folded, sent.start, sent.end)))
                and not _ROUND_ANAPHOR.search(folded, sent.start, sent.end))


_COMPARED_BEFORE = re.compile(r"较|相比|\bup from\b|\bcompared (?:with|to)\b|\bthan\b")
_ANOTHER_DEAL = re.compile(r"\banother\s(?:[\w-]+\s)?(?:round|deal|raise|fundraise|fundraising|funding round)\b")


_CLOSED_VERB = re.compile(r"完成|获得|拿下|completed|closed|raised|announced")
_ROSE_FROM_ZH = re.compile(r"估值从[^,，。;；$€£¥]{0,24}?的\s?$")
_EARLIER_VALUE = re.compile(r"u(?<!\wu)p from\s(?:the\s|its\s)?(?:[a-z]+\s)?$|d(?<!\wd)own from\s(?:the\s|its\s)?(?:[a-z]+\s)?$|"
                            # "估值暴增到 69 亿美元，远高于去年 8 月的 28 亿美元"
                            r"(?:高于|低于|较)[^,，。;；$€£¥]{0,20}?的\s?$|"
                            # "估值从年初的 25 亿美元，涨到了 33 亿美元": the figure the valuation rose from
                            + _ROSE_FROM_ZH.pattern)
_ROUND_TIME_AFTER = re.compile(r"\s?(?:时|的时候|期间)")
_ROUND_AS_MODIFIER = re.compile(r"\s?(?:的)?(?:投资方|投资人|投资者|股东|领投方|investors?|backers?)")


def _event_apart(folded: str, target: Round, val: Money) -> bool:
    """True when a semicolon and a new time ("；12 月，该公司又完成") part a valuation from the
    round's amount: two events of one sentence."""
    if target.money is None:
        return False
    between = folded[min(target.money.end, val.end):max(target.money.start, val.start)]
    brk = SEMICOLON.search(between)
    return bool(brk and (_OWN_TIME.search(between, brk.end()) or _FRESH.search(between, brk.end())))


def _clause_of(folded: str, sent: Sentence, pos: int) -> tuple[int, int]:
    """The stretch between the semicolons (or sentence ends) around `pos`."""
    return stretch_start(folded, sent.start, pos), stretch_end(folded, pos, sent.end)


def _own_round_between(folded: str, target: Round, val: Money) -> str | None:
    """The name of another round told after `target`'s amount and before a valuation, in a
    clause of its own with a new time ("; in September it completed a Series A at a valuation
    of", "；同年 9 月又完成 A 轮融资，估值约"), else None."""
    if target.money is None or not target.money.end < val.start <= target.money.end + 120:
        return None
    between = folded[target.money.end:val.start]
    if not _ROUND_HINT.search(between):
        return None
    for brk in _CLAUSE_BREAK.finditer(between):
        rm = _ROUND.search(between, brk.end())
        if rm is None:
            return None
        if (_round_name(rm) != target.round and _FRESH.search(between, brk.end(), rm.start())
                and _CLOSED_VERB.search(between, brk.end(), rm.start())
                and not _ROUND_AS_MODIFIER.match(between, rm.end())):
            return _round_name(rm)
        if (target.round and _round_name(rm) != target.round and _ROUND_TIME_AFTER.match(between, rm.end())
                and _OWN_TIME.search(between, brk.end(), rm.start())):
            return _round_name(rm)  # "…，约为今年 3 月 E 轮时 615 亿美元的三倍": the E round's valuation
    return None


_EXPECTED_BEFORE = re.compile(
    r"\b(?:had|have|were|was|been)\s(?:widely\s)?(?:expected|anticipated|predicted|forecast)\s"
    r"(?:it|the company|the startup|them|[a-z]+)\sto\s(?:raise|fetch|command|be valued)\b[^.;]{0,80}$|"
    r"(?:此前|市场|外界)(?:曾)?(?:预期|预计|预测)[,，:：]?[^,，。;；]{0,30}$"
)


# a valuation aimed at: "is targeting a valuation of $10 billion", "seeks a $10 billion valuation"
_TARGETING_BEFORE = re.compile(
    rf"\b(?:targeting|targets|seeking|seeks|aiming for|aims for)\s(?:a\s)?(?:valuation\s(?:of\s)?)?(?:{QUALIFIER}\s?)?$")
_TAKEOVER = re.compile(
    # ("收购前，Manus 正以 20 亿美元的估值进行新一轮融资": before a takeover, a round of its own)
    r"收购(?!前|之前)|并购|合并|重组|\bacquisition\b|\bacquir(?:e|ed|es|ing)\b|\bmerg(?:er|ed|ing)\b|\btakeover\b|\brestructur\w*")
_VALUATION_WORD_AFTER = re.compile(r"\s?(?:valuation|post-money valuation|pre-money valuation)\b")


def _earlier_price(folded: str, vrole: Role) -> bool:
    """True when the valuation is told as an earlier round's: a word for "earlier" right
    before it, or after it in its own stretch ("the $24 billion valuation in its previous
    round"; not "valued at $50 billion, up from ...", whose earlier figure comes next)."""
    val = vrole.money
    if _ROSE_FROM_ZH.search(folded, max(vrole.left[0], val.start - 30), val.start):
        return True  # "公司估值从年初的 25 亿美元，涨到了 33 亿美元": the figure it rose from
    before = _PREVIOUS.search(folded, max(vrole.left[0], val.start - 30), val.start)
    if before and not _EARLIER_REPORT.match(folded, before.start()):
        return True
    return bool(_VALUATION_WORD_AFTER.match(folded, val.end)
                and _PREVIOUS.search(folded, val.end, min(vrole.right[1], val.end + 40)))


# A lab that opens a clause of its own as its subject: ", 而 AI 搜索新创公司 Perplexity", ", while rival Cohere"
_BACKER_WORDS = re.compile(
    r"\b(?:joined|joins|participated|participates|backed|backs|backer|invested|invests|led|leads|co-led|"
    r"did not join|didn't join|declined)\b|参与|参投|跟投|领投|投资了|出资|加入")
_NEW_SUBJECT_BEFORE = re.compile(
    r",\s?(?:而|但|但是|同时|另外|此外|与此同时|and\s|while\s|whereas\s|but\s|meanwhile,?\s)\s?"
    r"(?:[^,;。]{0,12}?(?:公司|初创|新创|创企|独角兽|start-?up|company|rival|firm)\s?)?"
)


def _lone_valuation(p: Passage, sent: Sentence, vrole: Role, rounds: list[Round],
                    compared: list[Round] | None = None) -> None:
    """A valuation with no amount in its sentence: attach, or a valuation-only round.

    `compared` are rounds the valuation is compared with: told before it, though not in `rounds`."""
    val = vrole.money
    told = [*rounds, *compared] if compared else rounds
    if _EXPECTED_BEFORE.search(p.folded, max(sent.start, val.start - 90), val.start):
        return  # "deal-watchers had expected it to raise ... at $4 billion": a guess, not the price
    pseudo = Role(val, "funding", False, vrole.left, vrole.right)
    lab, explicit, _ = _find_lab(p, sent, pseudo)
    if told and told[-1].money is not None and told[-1].sent.index == sent.index - 1 and (
            _ROUND_ANAPHOR.match(p.folded, sent.start)) and not any(
            r.salient and r.entity.can_raise and r.end <= val.start for r in sent.refs):
        # "… a $252 million seed round for Merge Labs, a brain-computer interface startup. The investment
        # values the company at $850 million": the round just told, whoever "the company" was taken for
        lab, explicit = told[-1].lab, False
    if lab is None:
        return
    usd = to_usd(val.amount, val.currency)
    same_lab = [r for r in told[-_LOOK_BACK:] if r.lab is lab]
    for r in same_lab:
        if r.valuation is not None and abs(to_usd(r.valuation.amount, r.valuation.currency) - usd) <= 0.01 * usd:
            return
    c_lo = _clause_start(p.folded, sent, val.start)
    if (takeover := _TAKEOVER.search(p.folded, max(sent.start, c_lo - 40), val.start)) and not (
            p.folded.find("stake", takeover.end(), min(val.start, takeover.end() + 40)) >= 0):
        return  # "彼时马斯克宣布xAI收购X平台，对xAI的估值为800亿美元": a merger's price, not a round's
    vtype = _valuation_type(p.folded, sent, val)
    # a round still to come: "the next round could value it at", "下一轮融资估值或达"
    next_round = _NEXT_ROUND.search(p.folded, _clause_start(p.folded, sent, val.start), val.start)
    # an earlier round's price: "doubling the $24 billion valuation in its previous round",
    # "its previous valuation of $24 billion", "此前估值为 240 亿美元"
    earlier = _earlier_price(p.folded, vrole)
    if same_lab and not next_round and not earlier and not _another_event(p.folded, sent):
        target = next((r for r in reversed(same_lab) if not r.previous), same_lab[-1])
        if target.valuation is None or (vtype == "post" and target.valuation_type != "post"):
            target.valuation = val
            target.valuation_type = vtype
        return
    if FUNDING_CUE.search(p.folded, sent.start, sent.end):
        rnd = Round(sent, None, lab, explicit, valuation=val, valuation_type=vtype)
        rm = _find_round(p.folded, sent.start, sent.end)
        if rm:
            rnd.round = _round_name(rm)
        rnd.previous = bool(earlier)
        rnd.status, rnd.status_explicit = _status(p.folded, sent, pseudo, rnd.previous)
        if next_round or _TARGETING_BEFORE.search(p.folded, max(sent.start, val.start - 40), val.start) or (
                _SUPPOSED.search(p.folded, max(sent.start, val.start - 24), val.start)
                          and not _CLOSED_VERB.search(p.folded, _clause_start(p.folded, sent, val.start),
                                                      val.start)):
            rnd.status, rnd.status_explicit = "talks", True  # "could value it at", "估值或达"
        rounds.append(rnd)


# Words for the investors of a round ("Participants included ...", "The syndicate ...").
_SYNDICATE = WordCue([
    "participant", "participants", "investor", "investors", "backer", "backers", "syndicate",
    "co-investor", "co-investors", "participated", "participating", "co-led", "co-leading", "led",
    "took part", "take part", "taking part", "also joined", "参与",
    "投资方", "投资者", "投资人", "投资机构", "参投", "跟投", "领投", "出资方", "股东",
])
# Funding words and syndicate words in one trie: one scan of the sentence tells whether
# either set occurs (a word of both sets keeps the wider, open-ended form).
_BACKERS_CUE = WordCue([
    *(w + "*" if w in FUNDING_CUE.open_end else w for w in sorted(FUNDING_CUE.words)),
    *(w for w in sorted(_SYNDICATE.words) if w not in FUNDING_CUE.words),
])


def _names_backers(folded: str, sent: Sentence) -> bool:
    """True when a sentence may name investors: it speaks of funding or of a syndicate."""
    found = sent.cache.get("backers")
    if found is None:
        found = sent.cache["backers"] = bool(_BACKERS_CUE.search(folded, sent.start, sent.end))
    return found


def _made_here(rounds: list[Round], sent: Sentence) -> bool:
    """True when the last round was created from this very sentence (a valuation-only round)."""
    return rounds[-1].sent is sent


# Cheap test before `_ROUND`: every round name has one of these, at most 8 characters after
# its start ("initial public offering", "pre-a 轮").
_ROUND_HINT = re.compile(
    r"series|seed|angel|ipo|strategic|listing|public offering|private placement|轮|系列|种子|天使|上市|募股|发行|发售|挂牌|"
    r"战略|私募配售|定增|定向增发|配售|placing"
)
_HINT_AFTER_START = 8


# What may stand between an amount and the round it is: "$1.1 billion in a Series G round" (not
# "$1.1 billion. The Series G" or "$1.1 billion from investors in a Series G")
_ROUND_JUST_AFTER = re.compile(r"\s?(?:(?:in|as|via|through)\s(?:a|an|its|the|their)\s|的)?")


def _find_round(text: str, start: int, end: int) -> re.Match | None:
    """The first round name in `text[start:end]` (`_ROUND` is slow: it is tried at every
    offset, so the scan starts where the first hint allows a name to start)."""
    hint = _ROUND_HINT.search(text, start, end)
    if hint is None:
        return None
    return _ROUND.search(text, max(start, hint.start() - _HINT_AFTER_START), end)


def _later_round_name(p: Passage, sent: Sentence, rounds: list[Round]) -> None:
    """"The Series E round was led by ...", "此轮融资为 C 轮": a round name in a sentence
    without an amount names the lab's round of the sentence or two before."""
    rm = _find_round(p.folded, sent.start, sent.end)
    if rm is None or _PREVIOUS.search(p.folded, sent.start, sent.end) or rm.group("listing"):
        return  # (a listing spoken of later, "寻求赴港上市的传闻", is an event of its own)
    lab = next((r.entity for r in sent.refs if r.salient and r.entity.can_raise), None) or sent.focus
    recent = [r for r in rounds[-_LOOK_BACK:] if r.lab is lab and 0 < sent.index - r.sent.index <= 2]
    if recent and recent[-1].round is None:
        recent[-1].round = _round_name(rm)


_THIS_ROUND = re.compile(r"本轮|此轮|该轮|这轮|t(?<!\wt)h(?:e|is) round\b")


def _continuation(p: Passage, sent: Sentence, investors: list[tuple[int, str]],
                  rounds: list[Round], pending: dict[str, tuple[int, list[str]]]) -> None:
    """Investors named in a sentence without an amount."""
    if not _names_backers(p.folded, sent):
        return  # "rents GPUs from Oracle" names no investor
    names = [n for _, n in investors]
    lab = None
    for r in sent.refs:
        if r.salient and r.entity.can_raise and r.entity.name not in names:
            lab = r.entity
            break
    lab = lab or sent.focus
    if lab is None:
        return
    recent = [r for r in rounds[-_LOOK_BACK:]
              if r.lab is lab and sent.index - max(r.sent.index, r.touched) <= 2]
    if recent and recent[-1].sent is not sent and _another_event(p.folded, sent):
        return  # investors of another round, told without its amount
    if recent:
        # "本轮由 X 领投": this round is the one with an amount, not an earlier one known only
        # by its valuation that the same sentence told in passing
        this_round = _THIS_ROUND.search(p.folded, sent.start, sent.end)
        target = next((r for r in reversed(recent) if r.money is not None), recent[-1]) \
            if this_round else recent[-1]
        for name in names:
            if name != lab.name and name not in target.investors:
                target.investors.append(name)
        if _TALKS.search(p.folded, sent.start, sent.end) and not target.status_explicit:
            target.status = "talks"
    elif not any(r.lab is lab for r in rounds[-_LOOK_BACK:]):
        pending.setdefault(lab.name, (sent.index, []))[1].extend(n for n in names if n != lab.name)


def _usd(r: Round) -> float:
    return to_usd(r.money.amount, r.money.currency) if r.money else 0.0


def _earlier_close(folded: str, r: Round, prev: Round) -> bool:
    """True when `r` closed at a date of its own that the round before has not: "When it
    unveiled the Series A in February 2025 it had raised $350 million" tells an earlier close,
    not a share of the round just told."""
    return (r.status == "closed" and r.status_explicit and r.sent is not prev.sent
            and not (r.anaphor or r.part_of or r.share)
            and bool(_OWN_TIME.search(folded, r.sent.start, r.sent.end))
            and not _OWN_TIME.search(folded, prev.sent.start, prev.sent.end))


def _add_round(out: list[Round], r: Round, folded: str) -> None:
    """Append `r`, or fold it into the round it is a share or a part of."""
    talks = next((x for x in reversed(out[-_LOOK_BACK:]) if x.lab is r.lab), None)
    if (r.money is not None and talks is not None and talks.money is None
            and talks.valuation is not None and talks.status == "talks" and not talks.previous
            and 0 < r.sent.index - talks.sent.index <= 2 and not (r.previous or r.fresh or r.again)
            # (a round priced apart is another: "targeting $10 billion ... after securing $500
            # million at a $4.3 billion valuation")
            and not (r.valuation is not None and abs(to_usd(r.valuation.amount, r.valuation.currency)
                                                     - to_usd(talks.valuation.amount, talks.valuation.currency))
                     > 0.01 * to_usd(talks.valuation.amount, talks.valuation.currency))
            and not (r.status == "closed" and r.status_explicit
                     and _OWN_TIME.search(folded, r.sent.start, r.sent.end))):
        # (a round closed at a date of its own is an earlier one: "... in July, when it closed a
        # $2 billion seed round")
        # "百川正在洽谈新一轮融资，目标估值 N。老股东已承诺出资 M。": the amount of the round in
        # talks told in the next sentence; one round, still in talks
        if r.valuation is None:
            r.valuation, r.valuation_type = talks.valuation, talks.valuation_type
        r.status, r.status_explicit = "talks", True
        r.round = r.round or talks.round
        r.investors[:0] = [n for n in talks.investors if n not in r.investors]
        out.remove(talks)
    whole = next((x for x in reversed(out[-_LOOK_BACK:]) if x.lab is r.lab), None)
    if (r.money is not None and whole is not None and whole.money is not None and whole.sent is r.sent
            and _usd(whole) > _usd(r) and _FIRST_TRANCHE.search(folded, max(r.sent.start, r.money.start - 24), r.money.start)):
        # "would put as much as $4 billion into the company, starting with $1.25 billion": its first tranche
        _absorb(whole, r)
        return
    if (r.money is not None and not r.part_of and whole is not None and whole.part_of
            and whole.sent is r.sent and _usd(whole) > _usd(r) and not (r.previous or r.again)):
        # "作为 400 亿美元融资的一部分，完成了 83 亿美元": the piece told after its whole
        _absorb(whole, r)
        return
    if r.money is not None and r.part_of:
        pieces = [x for x in out[-_LOOK_BACK:] if x.lab is r.lab and x.money is not None and _usd(x) < _usd(r)]
        if r.whole:
            if r.round and any(x.round and x.round != r.round and x.round.startswith(r.round)
                               and r.sent.index - x.sent.index <= 1 for x in pieces):
                # "加上 1.3 亿美元 C 轮，该公司 C 轮融资总额达到 1.55 亿美元" after a C1 round: a sum
                return
            # "Skild AI raised $300 million in a Series A in July. The round's total is now $500
            # million": told as that round's total, it is that round grown
            named = [x for x in pieces if x.round and not x.previous and not x.tranche
                     and r.sent.index - x.sent.index == 1 and r.round is None]
            if len(named) == 1 and _ROUND_ANAPHOR.search(folded, r.sent.start, r.money.start) and not (
                    _NEW_ROUND_WORDS.search(folded, r.sent.start, r.sent.end)):
                r.round = named[0].round
                _absorb(r, named[0])
                out.remove(named[0])
            # (only the closings of this round: unnamed pieces of this sentence or the one before)
            pieces = [x for x in pieces if x.round is None and not x.previous and r.sent.index - x.sent.index <= 1]
        # "The ASML funds come as part of a $2 billion round": earlier pieces join it
        for prev in pieces:
            r.investors[:0] = [n for n in prev.investors if n not in r.investors]
            _absorb(r, prev)
            out.remove(prev)
    elif r.money is not None and (r.investors or r.tranche) and not r.previous and not r.additional:
        # an investor's share stated after its round: "亚马逊在这轮融资中投入了 500 亿美元"
        for prev in reversed(out[-_LOOK_BACK:]):
            if (prev.lab is r.lab and prev.money is not None and _usd(prev) > _usd(r) * 1.01
                    and not prev.previous and r.sent.index - prev.sent.index <= 4
                    and (r.anaphor or ((r.share or r.tranche) and not r.fresh
                                       and r.sent.index > prev.sent.index))
                    and not (r.group is not None and r.group == prev.group)
                    and not (r.round and prev.round and r.round != prev.round)
                    and not _earlier_close(folded, r, prev)):
                for name in r.investors:
                    if name not in prev.investors:
                        prev.investors.append(name)
                prev.touched = r.sent.index
                return
    out.append(r)


def _absorb(into: Round, piece: Round) -> None:
    for name in piece.investors:
        if name not in into.investors:
            into.investors.append(name)
    if into.valuation is None and piece.valuation is not None:
        into.valuation, into.valuation_type = piece.valuation, piece.valuation_type
    if not into.status_explicit and piece.status_explicit:
        into.status, into.status_explicit = piece.status, True
    into.round = into.round or piece.round


# Passage-level look-backs compare with at most this many earlier rounds, so that a
# pathological text (thousands of amounts) stays linear.
_LOOK_BACK = 64


def _valued_apart(a: Round, b: Round) -> bool:
    """Two rounds of one amount, each valued in its own sentence more than 1 % apart, are two
    events ("以 140 亿美元估值募得 5 亿美元 ... 一轮同样是 5 亿美元，估值为 90 亿美元"); a pre- and a
    post-money figure of one round (apart by its amount) are not."""
    if a.valuation is None or b.valuation is None or not all(
            r.sent.start <= r.valuation.start < r.sent.end for r in (a, b)):
        return False  # (a valuation attached from another sentence is no evidence)
    va = to_usd(a.valuation.amount, a.valuation.currency)
    vb = to_usd(b.valuation.amount, b.valuation.currency)
    if va is None or vb is None or abs(va - vb) <= 0.01 * max(va, vb):
        return False
    if a.valuation_type == b.valuation_type:
        return True
    # of two types (or one untold), a pre- and a post-money figure of one round differ by about its
    # amount, and the round is then told again as "the round" ("68 亿美元" after "以 55 亿美元估值募得
    # 5 亿美元" a year before is another round; "The €600 million round put its pre-money valuation at
    # €5 billion" after "€600 million at a €5.8 billion valuation" is the same)
    return not (a.anaphor or b.anaphor) and abs(abs(va - vb) - _usd(a)) > 0.4 * _usd(a)


def _told_apart(folded: str, prev: Round, r: Round) -> bool:
    """True when two rounds of one amount are two events: one earlier ("此前已承诺投资 20 亿美元")
    and one in talks ("正拟以约 600 亿美元估值融资 20 亿美元"), or a further sum and the first one
    ("追加投资 40 亿美元 … 2023 年 9 月首次宣布最多投资 40 亿美元")."""
    if (prev.previous != r.previous and {prev.status, r.status} == {"closed", "talks"}
            and prev.status_explicit and r.status_explicit):
        return True
    if folded.endswith("the ", max(0, r.money.start - 4), r.money.start) and not (
            _FIRST_OF_SEVERAL.search(folded, max(r.sent.start, r.money.start - 30), r.money.start)
            or _FIRST_TIME_AFTER.match(folded, r.money.end, min(r.sent.end, r.money.end + 40))):
        return False  # "Previously, the $13 billion round had been expected": the same sum told again
    if prev.investors and r.investors and not r.anaphor and not any(
            a in b or b in a for a in prev.investors for b in r.investors):
        # "3 月获得杭州城投产业基金等超 10 亿元投资…7 月浦东创投集团和张江集团再向智谱注资 10 亿元": the
        # same sum from other investors is another round
        return True
    first = _FIRST_TIME.search(folded, max(r.sent.start, r.money.start - 30), r.money.start)
    if first and _EARLIER_REPORT.match(folded, first.start(), r.money.start):
        first = None  # "此前媒体报道的 40 亿美元投资今日正式完成": the sum reported before, not a first one
    return (prev.again or prev.additional) and not (r.again or r.additional or r.anaphor) and bool(
        first
        or _FIRST_TIME_AFTER.match(folded, r.money.end, min(r.sent.end, r.money.end + 40)))


_FIRST_TRANCHE = re.compile(
    rf"\b(?:starting with|beginning with|with an initial|including an initial|an initial)\s(?:an?\s)?(?:{QUALIFIER}\s?)?$|"
    rf"(?:首期|首笔|第一笔|其中首期)(?:为|约|先)?\s?(?:{QUALIFIER}\s?)?$"
)
# the first of several sums: "2023 年 9 月首次宣布最多投资", "its initial $4 billion", "on top of the
# $4 billion", "此前其已投资"
_FIRST_TIME = re.compile(r"首次|第一次|最初|首笔|此前|之前|先前|早前|"
                         r"\b(?:first|initial|initially|original|originally|on top of|earlier|previously)\b")
# (the words that say so even of "the $N": "on top of the $4 billion", "the initial $4 billion")
_FIRST_OF_SEVERAL = re.compile(r"首次|第一次|最初|首笔|\b(?:first|initial|initially|original|originally|on top of)\b")
# ... or told after the sum: "the $4 billion it first committed", "the $1.25 billion Amazon initially put in"
_FIRST_TIME_AFTER = re.compile(r"[^,.;，。；]{0,24}?\b(?:first|initially|originally)\b")


# An investor's part of this round told after it: "Thrive 此次出资约 12.5 亿美元", "its share of the round"
_THIS_ROUND_PART = re.compile(
    r"(?:此次|本次|这次|本轮|该轮|此轮|这轮)(?:融资中|融资)?\s?(?:出资|投资|认购|投入|注资)(?:了)?\s?(?:约|近|超过|逾)?\s?$|"
    r"(?:\b(?:its|their)|'s) (?:share|part|portion) of (?:the|this) round (?:was|is|came to|amounted to)\s"
    r"(?:about\s|roughly\s)?$"
)


# A sum of debt and equity together: "$10 billion in a mix of debt and equity", "split evenly between
# borrowing and equity", "一半是债务，一半是股权"
_DEBT_AND_EQUITY = re.compile(
    r"\b(?:debt|borrowing|loans?|notes)\s(?:and|plus|&)\s(?:equity|stock)\b|\b(?:equity|stock)\s(?:and|plus|&)\s"
    r"(?:debt|borrowing|loans?)\b|\bbetween\s(?:borrowing|debt|loans?)\sand\s(?:equity|stock)\b|"
    r"\bbetween\s(?:equity|stock)\sand\s(?:borrowing|debt|loans?)\b|"
    r"股权(?:和|与|及|加|\+)债(?:权|务)?|债(?:权|务)(?:和|与|及|加|\+)股权|一半是债务|一半是股权"
)
_EQUITY_WORD = re.compile(r"\bequity\b|股权")
# (or told as a part of it: "A separate $5 billion arrived as", "separately raised")
_PART_MARK = re.compile(r"\bseparate(?:ly)?\b|\bportion\b|另外|另有")
# the debt part of a sum: "$5 billion of secured notes and term loans", "50 亿美元债务"
_DEBT_AFTER = re.compile(r"\s?(?:in\s|of\s)?(?:secured\s|senior\s)?(?:debt|notes|loans?|term loans|borrowing|bonds?)\b|"
                         r"\s?(?:为|是)?的?(?:有担保)?(?:债务|债权|贷款|债券|票据)")
_EARLIER_MARK = re.compile(r"\b(?:previous|previously|earlier|prior|last|also)\b|此前|之前|上一轮|也")


def _without_parts_of_a_whole(rounds: list[Round]) -> list[Round]:
    """Fold the pieces of a round told just after it into it: "The two tech giants have agreed to
    invest up to $15 billion in the Claude maker ... Nvidia will invest up to $10 billion and
    Microsoft up to $5 billion": two or more amounts of one sentence, each a plain piece (no earlier
    or additional round), that add up to the round within 1%."""
    drop: set[int] = set()
    for w in rounds:
        if w.money is None or id(w) in drop:
            continue
        for sent_index in (w.sent.index, w.sent.index + 1, w.sent.index + 2):
            # (an "initial" and an "additional" piece may add up too: "up to $40 billion … an initial
            # $10 billion investment, followed by an additional $30 billion"; an earlier round may not)
            parts = [x for x in rounds if x is not w and x.lab is w.lab and x.sent.index == sent_index
                     and x.money is not None and x.money.start > w.money.start and id(x) not in drop
                     and x.money.currency == w.money.currency
                     and (not (x.previous or x.additional or x.again or x.fresh) or w.status != "closed")]
            if len(parts) >= 2 and abs(sum(x.money.amount for x in parts) - w.money.amount) <= 0.01 * w.money.amount:
                for x in parts:
                    _absorb(w, x)
                    drop.add(id(x))
                break
    return [r for r in rounds if id(r) not in drop] if drop else rounds


def _without_split_sums(folded: str, sentences: list[Sentence], rounds: list[Round]) -> list[Round]:
    """Drop a sum of debt and equity whose equity part is told as a round of its own just after it
    ("xAI has raised $10 billion in a mix of debt and equity … a separate $5 billion arrived as a
    strategic equity investment"): the equity part is the round."""
    def debt_part_between(r: Round, x: Round) -> bool:
        # (the debt part is told too, between the two: "with Morgan Stanley arranging $5 billion of debt")
        return any(r.money.end <= y.start < x.money.start and _DEBT_AFTER.match(folded, y.end, y.end + 30)
                   for sent in sentences if r.sent.index <= sent.index <= x.sent.index for y in sent.money)

    def split(r: Round) -> bool:
        if r.money is None:
            return False
        c_start, c_end = clause_span(folded, r.sent.start, r.sent.end, r.money.start)
        # (its own clause, or the next one saying how it splits: "…$10 billion in fresh capital, split
        # evenly between borrowing and equity")
        mix = _DEBT_AND_EQUITY.search(folded, c_start, min(r.sent.end, c_end + 50))
        if mix is None or any(r.money.end <= x.start < mix.start() for x in r.sent.money):
            return False
        return any(x is not r and x.lab is r.lab and x.money is not None and _usd(x) < _usd(r) * 0.99
                   and 0 <= x.sent.index - r.sent.index <= 2 and x.money.start > r.money.start
                   and x.status == r.status and x.round in (None, "Strategic") and not x.previous
                   and _EQUITY_WORD.search(folded, max(x.sent.start, x.money.start - 60),
                                           min(x.sent.end, x.money.end + 60))
                   and not _EARLIER_MARK.search(folded, x.sent.start, x.money.start)
                   and (debt_part_between(r, x) or _PART_MARK.search(
                       folded, clause_span(folded, x.sent.start, x.sent.end, x.money.start)[0], x.money.start))
                   for x in rounds)
    return [r for r in rounds if not split(r)]


def _dedupe(folded: str, rounds: list[Round]) -> list[Round]:
    out: list[Round] = []
    by_lab: dict[str, list[Round]] = {}
    for r in rounds:
        dup = None
        same = by_lab.setdefault(r.lab.name, [])
        if (r.money is not None and not r.round and not r.previous and _THIS_ROUND_PART.search(
                folded, max(r.sent.start, r.money.start - 40), r.money.start) and any(
                prev.money is not None and not prev.previous and _usd(prev) > _usd(r) * 1.01 for prev in same)):
            main = max((prev for prev in same if prev.money is not None and not prev.previous), key=_usd)
            main.investors.extend(i for i in r.investors if i not in main.investors)
            continue  # a part of the round told before it, not a round of its own
        for prev in same[-_LOOK_BACK:]:
            if r.again:
                continue
            if r.money is not None and prev.money is not None:
                a, b = _usd(prev), _usd(r)
                if abs(a - b) <= 0.01 * max(a, b) and (prev.round == r.round or not prev.round or not r.round) and (
                        not _valued_apart(prev, r)) and not _told_apart(folded, prev, r):
                    dup = prev
                    break
        if dup is None:
            out.append(r)
            same.append(r)
            continue
        _absorb(dup, r)
    return out


def to_fact(p: Passage, r: Round) -> dict:
    """The contract dict of a round."""
    sent = r.sent
    money, val = r.money, r.valuation
    confidence = 0.55 + (0.15 if r.explicit_lab else 0) + (0.1 if r.status_explicit else 0)
    confidence += 0.05 if (r.round or val) else 0
    return {
        "lab": r.lab.name,
        "amount": _num(money.amount) if money else None,
        "currency": money.currency if money else None,
        "amount_usd": _num(to_usd(money.amount, money.currency)) if money else None,
        "round": r.round,
        "valuation": _num(val.amount) if val else None,
        "valuation_currency": val.currency if val else None,
        "valuation_usd": _num(to_usd(val.amount, val.currency)) if val else None,
        "valuation_type": r.valuation_type if val else None,
        # a founder investing in person ("王小川个人出资") is an investor of the lab
        "investors": [n for n in r.investors
                      if lookup(n) is None or lookup(n) is not r.lab or is_person(n)],
        "status": r.status,
        "qualifier": money.qualifier_text if money else (val.qualifier_text if val else None),
        # the valuation's own hedge ("以超过 240 亿美元估值", "at a valuation of nearly $30 billion")
        "valuation_qualifier": val.qualifier_text if val else None,
        "evidence": p.evidence(sent),
        "span": [sent.start, sent.end],
        "confidence": round(min(confidence, 0.95), 2),
    }


def _num(x: float | None) -> float | int | None:
    if x is None:
        return None
    return int(x) if float(x).is_integer() else x
