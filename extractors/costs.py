"""Compute costs: capex of clusters and data centres, rental, training cost, spending commitments.

A money phrase in the cost role (see `money_roles`: "spend", "capex",
"would cost", "预算", "花费", "价值 ... 超级计算机", "$38B of AWS services") is a
cost fact when it is compute spending: the spender is an AI lab or cloud named
in the sentence, or the sentence speaks of compute (data centres, GPUs, AI,
算力, 数据中心 ...); a film's budget or tariffs on goods are not. Unit prices
are not costs ("$30,000 per B200", "Each rack costs $3 million", "每块", under
$1M except a training cost); neither is an order backlog ("RPO", "积压订单").
A big tech's capex counts as compute spending ("Alphabet's annual capex"), and in a
passage about compute, so does a deal or power contract of the passage's lab or cloud told
in a sentence that names no one ("The first contracts, worth $3 billion, cover 670 MW").
The subject is the first lab or company of the amount's clause (the spender,
not the supplier named next to the amount); when that is a cloud and a lab
shares the clause, the lab buys ("甲骨文与 OpenAI 签署 3000 亿美元的算力合约").
Period: "year" for per-year or one fiscal year ("annually", "每年", "今年",
"this year", "本财年", "in fiscal year 2025", capex of a year, spending in one
named year), null for a quarter or a multi-year window, "one-off" for what a
thing costs (build, buy, train, budget).
A running total of contracts ("bringing the total value of its contracts to
$N") is not a cost; a subjectless sentence right after a contract cost that
lists earlier pieces ("It follows a $1 billion expansion in April and the
original $3 billion deal") gives costs of the same subject. A site named by
description ("The second phase of the campus will cost $3bn") spends for the
focus when a sentence before speaks of compute. A deal told in the sentence before
("这笔交易价值超过 80 亿美元") is its first party's cost when it is a compute deal;
"the biggest customer of CoreWeave, agreeing to pay $N" is the customer's. Compute
bought "for $N", a haul "worth $N", a site's 总投资 and the baseline a cost is compared
with ("较第一季度的 165 亿元", "down from $N") are costs (see `money_roles`).
"""

from __future__ import annotations

import re

from extractors.chips import CHIP, CHIP_TOKEN_RE, chip_name
from extractors.compute_context import (
    COMPUTE_CONTEXT,
    COMPUTE_SITE,
    CUSTOMER_OF,
    NOT_COMPUTE_SITE,
    TRAINING,
)
from extractors.currencies import to_usd
from extractors.gpus import (
    CONDITIONAL,
    can_own_here,
    coordinated_owners,
    if_clause_before,
    payer_of,
)
from extractors.money_roles import (
    CHANGED_TO,
    CONTRACTED_REVENUE,
    MORE_AFTER,
    PARTICIPLE_OPENS,
    SUPPLY_VERB,
    is_ceiling,
    sentence_roles,
)
from extractors.numbers import QUALIFIER
from extractors.passage import SPEECH_AFTER, Passage
from extractors.places import IN_PLACE, TO_PLACE_ZH
from extractors.project_sites import site_of_investment
from extractors.sentences import OPENING_PHRASE, clause_span, stretch_end, stretch_start
from extractors.word_cues import AnyOf

_UNIT_PRICE = re.compile(
    # (a noun may come first: "$120 million of valuation per employee")
    r"(?:\sof\s[a-z]+)?\s?(?:(?:for\s)?(?:per|a|each|every|/)\s?(?:gpu|chip|unit|card|server|hour|month|token|h100|b200|"
    r"head|employee|engineer|researcher|worker|person|gigawatt|megawatt|gw|mw)\b|each|apiece|"
    r"每(?:块|张|个|台|颗|小时|卡|人|位|名))"
)
_UNIT_PRICE_LEFT = re.compile(r"(?:每(?:块|张|个|台|颗|套)|单(?:价|套|台|颗|块)|per (?:gpu|chip|unit))[^,。]{0,10}$")
# The price of a unit of power, not of a site: "the all-in cost of a gigawatt of AI computing near
# $50 billion", "each gigawatt ... costs", "每吉瓦的资本开支超过 400 亿美元"
_PER_POWER = r"(?:gigawatt|megawatt|gw\b|mw\b|吉瓦|兆瓦)[^,，。;；$€£¥\d]{0,40}$"
_POWER_COSTS = (rf"\s(?:gigawatt|megawatt|gw\b|mw\b)\s(?:of\s[^,$€£¥\d]{{0,40}}?\s)?"
                rf"(?:costs?|costing|runs?(?: to)?|is priced at|comes to)\s(?:{QUALIFIER}\s?)?$")
# "1 GW of AI compute can cost anywhere from $20-25 billion": a digit 1 only with a generic
# complement (not "Meta's 1 GW of capacity in Ohio will cost", a site's)
_ONE_GW_COSTS = (rf"\s(?:gigawatt|gw\b)\s(?:of\s(?:ai\s|data[- ]cent(?:er|re)\s)?(?:compute|computing|capacity|power|"
                 rf"computing capacity|computing power)\s)?(?:can |could |would )?"
                 rf"(?:costs?|runs?(?: to)?|is priced at|comes to)\s(?:anywhere\s)?(?:from\s|between\s)?"
                 rf"(?:{QUALIFIER}\s?)?$")
_PER_POWER_LEFT = re.compile(
    rf"c(?<!\wc)ost of (?:building |developing |adding )?(?:a|one|each|1)\s?{_PER_POWER}|p(?<!\wp)er\s{_PER_POWER}|e(?<!\we)(?:ach|very)\s{_PER_POWER}|"
    rf"每\s?(?:1|一)?\s?{_PER_POWER}|"
    # "a gigawatt of AI data-centre capacity costs $50-60 billion" (not "a one gigawatt site … at a cost of")
    rf"a(?<![\w.]a){_POWER_COSTS}|o(?<![\w.]o)ne{_POWER_COSTS}|"
    rf"(?:(?<=[,;:.]\s)|(?<=\n)|(?<=\bthat\s)|(?<=\bestimate\s)|(?<=\bsay\s)|(?<=\bsays\s)|(?<=\bsaid\s)|(?<=\beach\s)|(?<=\bevery\s))1{_ONE_GW_COSTS}|"
    # "1 吉瓦 AI 算力的全部建设成本约在 200 亿至 250 亿美元之间" (capacity as the unit, not "1 吉瓦的数据中心")
    r"[1一](?<![\d.][1一])(?<!的[1一])(?<!其[1一])\s?(?:吉瓦|gw|兆瓦|mw)\s?的?\s?(?:ai\s?)?(?:算力|容量|产能|装机)(?!中心|园区|集群|基地)"
    r"[^,，。;；$€£¥\d]{0,16}?(?:成本|造价|投资|花费|开支|费用|需要|约需|需|要花)[^,，。;；$€£¥\d]{0,8}$"
)
# "Each GB200 rack costs around $3 million": a price per item, unless it is a facility-size sum
_EACH_LEFT = re.compile(r"e(?<!\we)ach\b|p(?<!\wp)er\b|a(?<!\wa)piece\b|每")
_CAPEX = re.compile(
    r"capex|capital expenditures?|capital spending|property and equipment|资本开支|资本支出|"
    # ("total infrastructure investment is tracking toward $80 billion": a big tech's build-out budget)
    r"infrastructure (?:investment|spending)|"
    r"物业(?:和|及|与)设备|不动产(?:和|及|与)设备|厂房(?:和|及|与)设备"
)
_A_YEAR = re.compile(
    r"2(?<!\w2)0\d\d\b|20\d\d\s?年(?!上半年|下半年)|年度|财年|去(?<!自去)(?<!从去)年(?!以来|上半年|下半年)|"
    r"今年(?!上半年|下半年|前三季度)|明年|"
    r"l(?<!\wl)(?<!since l)ast year\b|t(?<!\wt)(?<!since t)his year\b|n(?<!\wn)(?<!since n)ext year\b"
)
# What training a model cost, a one-off even in a named year ("2023 年说 GPT-4 的训练花费超过")
_TRAINING_COST = re.compile(r"训练(?:成本|花费|费用|开销)|\btraining (?:cost|run|bill)s?\b|\bcost\w* [^.;]{0,20}to train\b")
_YEARLY = re.compile(
    r"per year|a year(?! (?:earlier|ago|before|later))|annually|each year|every year|/year|per annum|"
    r"yearly|annual\b|每年|一年(?!的?(?:报告|估计|研究|调查|榜单))|年均|年度|全年|"
    r"in (?:its )?fiscal(?: year)? 20\d\d|fiscal year|this year|next year|current year|"
    r"今年(?!底|年底|末|上半年|下半年|前三季度|\s?\d{1,2}\s?月|[一二三四五六七八九十]{1,2}月|初|早些时候)|明年|本财年|财年"
)
_YEARLY_RATE = re.compile(
    r"per year|a year(?! (?:earlier|ago|before|later))|annually|each year|every year|/year|per annum|"
    r"yearly|annual\b|每年|年均"
)
_YEARLY_OPENING = re.compile(r"^(?:in |for |during )?(?:this year|next year|今年|明年|本财年)")
_IN_A_YEAR = re.compile(r"\b(?:in|during|for) (?:fiscal )?20\d\d\b|20\d\d\s?年(?!底|末|前|之前|以前|起|后|开始)")
# the amount built one thing: "投入近 10 亿元建成萤火二号" (not "用于建成的数据中心", "has built")
# the whole a deal may come to: "合同总值可达", "最高可达", "the total value could reach" (not "还将购买
# 最多 150 亿美元的额外容量", a further purchase)
# (the condition is an option or an extra purchase, not "若按计划推进")
_OPTION_WORDS = re.compile(r"追加|续约|行使|选项|额外|\boptions?\b|\bexercis\w*|\badds?\b|\bextra\b|\badditional\b")
_CAN_REACH = re.compile(r"可(?:能)?达|"
                        r"\btotal (?:value )?(?:could|would|may|might) (?:reach|rise to|climb to|come to)\b")
_BUILT_AFTER = re.compile(r"\s?建成(?!的|新)")
_SPEND_VERB = re.compile(r"spend|spending|invest|capex|budget|投入(?!使用|运营|运行|生产)|投资|支出|开支|花费|预算")
_QUARTER = re.compile(r"quarter|季度|q(?<!\wq)[1-4]\b")
_MULTI_YEAR = AnyOf(
    re.compile(
        r"over (?:the next )?(?:\w+|\d+) years|in (?:\w+|\d+) years|within|"
        r"t(?:wo|hree|en)-year|f(?:our|ive)-year|s(?:ix|even)-year|eight-year|nine-year|未来.{1,3}年|年内|"
        + "|".join(f"{n}年" for n in "两二三四五六七八九十")
        # a span of years: "2025 年至 2029 年间", "between 2025 and 2029", "from 2026 through 2030"
        + r"|20\d\d\s?年?\s?(?:至|到|-|–|~)\s?20\d\d|between 20\d\d and 20\d\d|from 20\d\d (?:to|through|until) 20\d\d"
    ),
    # "5-year", "3 年" (digit-led: searched apart)
    re.compile(r"\d(?:\d*-year|(?<!\d\d)\d?年)"),
)
_ONE_OFF = re.compile(
    r"c(?<!\wc)osts?\b|would cost|costing|价值|预算|耗资|budget|build|建|造价|train\w*|训练|supercomputer|超级计算机|"
    r"超算|price tag|purchase|采购|购买|买下|购入|t(?<!\wt)o buy\b"
)


# A running total of contracts is not a new commitment: "bringing the total value of its
# contracts to $14 billion", "now worth a combined $9 billion", "使其合同总额增至".
_TOTAL_TO = (r"\w*\s[^,.;$€£¥]{0,50}?\b(?:total|overall|cumulative|combined|aggregate)\b[^,.;$€£¥]{0,50}?"
             r"\bto\s")
_TOTAL_RISES_ZH = (r"[^,。;，；]{0,12}?(?:总额|总值|总金额|总规模|累计)[^,。;，；]{0,4}?"
                   r"(?:增至|升至|达到|达|提高至|增加至)\s?")
_DEALS_TOTAL_ZH = r"的?(?:总额|总值|总金额|总规模)(?:因此|随之|由此|进一步)?(?:增至|升至|提高至|增加至|攀升至)\s?"
_SPENT_SO_FAR_ZH = r"的?(?:资本开支|资本支出|开支|支出|投入|投资)[^,。;，；\d]{0,4}?(?:已达|达到|达|超过|已超过|为|已)?\s?"
# (one group of branches that each open with a literal, a word edge `\b` after it as `(?<!\wx)`,
# so re can skip ahead; and the qualifier they all end with once)
_RUNNING_TOTAL = re.compile(
    "(?:"
    + "|".join(f"{w[0]}(?<!\\w{w[0]}){w[1:]}{_TOTAL_TO}"
               for w in ("bring", "brought", "take", "takes", "taking", "took", "push", "lift", "rais"))
    + r"|n(?<!\wn)ow (?:worth|valued at|total(?:s|ling)?)\s(?:a combined\s|a total of\s|some\s)?|"
    # "bringing the contracts to about $22.4 billion": the deals summed so far
    + r"b(?<!\wb)ring(?:s|ing)?\s(?:the|its|their)\s(?:[\w-]+\s)?(?:contracts|deals|agreements|commitments|contract value)"
      r"\s(?:with\s[^,.;$€£¥]{1,30}?\s)?to\s|"
    # "Cipher's AI hosting contracts now add up to about $8.5 billion": the deals summed (not "the costs
    # add up to $3 billion for the campus")
    + r"(?:contracts|deals|leases|agreements|commitments)\b[^.;$€£¥]{0,20}?\badd(?:s|ed)? up to\s|"
    + "|".join(lead + _TOTAL_RISES_ZH for lead in ("使", "令", "让"))
    # "双方今年以来签署的算力协议总额因此升至 224 亿美元": the deals summed (a capex total stays)
    + "|" + "|".join(deal + _DEALS_TOTAL_ZH for deal in ("协议", "合同", "合约", "订单", "交易"))
    # "自 2024 年第四季度加码 AI 以来，其累计资本开支已达 831.6 亿元": spending summed over time
    + "|" + "|".join(lead + _SPENT_SO_FAR_ZH for lead in ("累计", "累积", "迄今", "至今"))
    # ... or the sum before the word: "过去四个季度的资本开支累计约 1200 亿元"
    + "|" + "|".join(spent + r"[^,。;，；\d]{0,2}?(?:累计|累积)(?:已达|达到|达|超过|已超过|为|约|已)?\s?"
                     for spent in ("资本开支", "资本支出", "开支", "支出", "投入"))
    # "过去四个季度相关投入已超过 1000 亿元": spending summed over past quarters
    + r"|过去(?:[一二两三四五六七八九十]|\d{1,2})\s?个(?:季度|财季)[^,，。;；\d]{0,24}?(?:投入|开支|支出)"
      r"(?:已|累计|合计)*(?:超过|逾|达到?|约|为|近)?\s?"
    # "Two five-year extensions could lift that contract to roughly $7 billion": a ceiling under options
    + r"|(?:e(?<!\we)xtensions?|o(?<!\wo)ptions?|r(?<!\wr)enewals?)\b[^.;$€£¥]{0,40}?\b(?:could|would|may|might)\s"
      r"(?:lift|take|bring|raise|push|increase)\b[^.;$€£¥]{0,50}?\bto\s"
    # "capex over the past four quarters totalled": a sum over past periods
    + r"|(?:o(?<!\wo)ver|i(?<!\wi)n|d(?<!\wd)uring) the (?:past|last|previous) (?:\w+|\d+) (?:quarters|years)\b"
      r"[^,.;$€£¥]{0,30}?\b(?:totall?ed|totals|came to|reached|amounted to)\s"
    + r"|c(?<!\wc)umulative (?:capex|capital (?:expenditures?|spending)|spending|investment)\s(?:of|to|at|reached|hit)\s"
    + rf")(?:{QUALIFIER}\s?)?$"
)
# A deal told again in a sentence with no cue of its own, right after a contract cost:
# "It follows a $1 billion expansion in April and the original $3 billion deal".
_DEAL_NOUN_AFTER = re.compile(
    r"\s?(?:[\w-]+\s){0,2}?(?:expansion|extension|deal|contract|agreement|commitment|add-on|top-up)s?\b|"
    r"\s?的?(?:合同|合约|协议|订单|扩容|追加)"
)
# "In May the companies added up to $4 billion more": more of the same contract
_ADDED_BEFORE = re.compile(rf"\b(?:added|adds|add|expanded|extended)\s(?:(?:{QUALIFIER})\s?)?$|追加了?\s?$")
_CONTRACT = re.compile(r"agreement|contract|deal|commitment|合同|合约|协议|订单|全部承诺|投资承诺|算力承诺|基础设施承诺")
# Buying a company is not compute spending: "花了 440 亿美元买下推特", "spent $44 billion to buy
# Twitter" (but "花 10 亿美元买下 2 万块 GPU", "to buy chips" is)
_ACQUISITION_AFTER = re.compile(
    r"\s?(?:来|去|用于|用来)?\s?(?:买下|收购|并购)|\s(?:to\s)?(?:acquire|buy|buying|acquiring)\s|"
    r"\s(?:on|for) (?:the )?(?:acquisition|purchase|takeover) of\s"
)
_COMPUTE_GOODS = re.compile(
    rf"gpu|chips?\b|servers?|accelerators?|compute|capacity|data cent|(?<![a-z0-9]){CHIP}|"
    r"power\b|electricity|energy|land\b|buildings?|sites?\b|campus|facilit|megawatt|gigawatt|"
    r"厂房|园区|楼|"
    r"芯片|显卡|服务器|算力|数据中心|加速卡|智算|电力|土地|[\d万千]\s?(?:块|张|颗|台|枚)"
)
_COMPUTE_SPEND_WORDS = re.compile(
    r"infrastructure|compute|data cent|gpu|chips?\b|servers?|capex|capital|train|cluster|supercomputer|"
    r"基础设施|算力|数据中心|芯片|服务器|资本|训练|集群|超算"
)
# What the sum pays for that is no compute: "to study the water use of data centers", "new transmission lines"
_NOT_COMPUTE_PURPOSE_AFTER = re.compile(
    r"\s(?:to\s(?:study|research|assess|examine|survey|review)\b|(?:on|for|in)\s(?:new\s|more\s)?"
    r"(?:transmission|power lines|grid lines|substations?|pipelines?|roads?|water systems?)\b)")
# A company's whole research or operating budget, not compute: "研发开支", "total expenses"
_RESEARCH_SPEND = re.compile(
    r"研发(?:开支|支出|费用|投入|成本)|r(?<!\wr)&d\b|research and development|"
    r"t(?<!\wt)otal expenses\b|o(?<!\wo)(?:perating expenses|pex)\b|运营支出|运营开支|营业费用|经营开支|总开支|总支出|招聘|"
    # people, not compute: "its budget for AI talent", "人才预算"
    r"t(?<!\wt)alent\b|h(?<!\wh)iring\b|s(?<!\ws)alar(?:y|ies)\b|c(?<!\wc)ompensation\b|人才|薪酬"
)
_FOR_RESEARCH_AFTER = re.compile(
    r"\s?(?:将)?(?:用于|用在)[^,，。;；$€£¥\d]{0,6}?(?:运营开支|运营支出|运营费用|招聘|研发|人员|薪酬)|"
    r"\s(?:for|on|to cover)\s(?:its\s|the\s)?(?:[a-z]+\s){0,2}?(?:operating expenses|opex|hiring|salaries|r&d|"
    r"research and development)\b")
# (a word edge `\b` after the first letter, as `(?<!\wq)`: re then skips ahead to a "q" or "季")
_QUARTER_OF = re.compile(
    r"q(?<!\wq)(?:(?<!a q)uarter\b(?!\s(?:of\s)?(?:results|earnings|report))|[1-4]\b)|季度(?!\s?(?:财报|业绩|报告))"
)
# Half a year in the amount's own clause ("in H2 2025", "During the first half of 2025, Microsoft spent",
# "截至上半年"), unless a full (fiscal) year is the amount's ("said it would spend $80 billion in fiscal 2025")
_HALF_YEAR_WORD = re.compile(r"上半年|下半年|f(?<!\wf)irst half\b|s(?<!\ws)econd half\b|h(?<!\wh)[12]\b")
_FULL_YEAR_OF = re.compile(r"\bin fiscal (?:year )?20\d\d\b|\bfor (?:the )?(?:full )?year\b|全年|20\d\d\s?财年|20\d\d\s?年(?!上半年|下半年)")
_HALF_YEAR_OPENING = re.compile(
    r"\s*(?:截至|截止)?(?:20\d\d\s?年\s?|今年)?(?:上半年|下半年)|"
    r"\s*(?:in |during |for )?(?:the )?(?:first|second) half\b|\s*(?:in |during )?h[12]\b"
)
_DEAL_WORDS = re.compile(r"\b(?:signed|signs|agreement|contract|deal|capacity|supply|supplies|provide|provides)\b")
_OWN_SPENDING = re.compile(r"\b(?:spend\w*|spent|invest\w*|build\w*|built|buy\w*|bought|purchas\w*)\b")
_WITH_CUSTOMER_BEFORE = re.compile(r"\b(?:with|to|for)\s(?:the\s)?$")
_WITH_PARTNER_BEFORE = re.compile(r"(?:与|和|跟|同)[^,，。;；\d]{0,10}$|\bwith\s(?:[\w-]+\s){0,3}$")
# What is bought that is no compute, even with a building or energy in it: an office, a stake
_NOT_GOODS = re.compile(
    r"office|headquarter|\bstake\b|\bshares?\b|startup|company|firm\b|办公|总部|股份|股权|公司"
)
# Any word that sets a period ("this year", "quarter", "over three years", "build", "capex")
_ANY_PERIOD_CUE = re.compile(
    r"year|年|quarter|季度|q(?<!\wq)[1-4]\b|month|月|cost|价值|预算|budget|build|建|造价|train|训练|"
    r"supercomputer|超算|purchase|采购|购买|capex|capital|资本|contract|deal|agreement|合同|合约|协议"
)
# an assumed unit price ("按每块约 3 万美元计算", "assuming $30,000 per GPU"); not 汇率 or 年化
_PRICED_BY_UNIT = re.compile(
    r"按每(?:块|颗|张|台|个|片|卡|gpu)[^,，。;；]{0,16}?(?:计算|估算|测算|来算)|"
    r"\bassuming\b[^.;]{0,40}?\b(?:a|per|each)\s(?:chip|gpu|unit)\b")
_ANY_MODEL_COST = re.compile(
    r"一个[^,，。;；\d]{0,8}?模型|动辄|"
    r"\b(?:training|to train|building|to build) an? (?:single |frontier |top |leading |state-of-the-art |new )?"
    r"(?:ai |large |language )*model\b"
)
_PAST_SPAN_AFTER = re.compile(
    r"[^.;]{0,60}?\b(?:over|in|during) the (?:past|last|previous) (?:decade|(?:\w+ |\d+ )?(?:years|decades|quarters))\b"
)
_PERFECT_SPENT = re.compile(r"\b(?:has|have|had)\s(?:\w+\s)?(?:invested|spent|poured|put)\b")
_ACROSS_DEALS_AFTER = re.compile(
    r"(?:\s(?:of|in)\s[a-z -]{0,30}?)?\s(?:across|over|from)\s(?:its|their|all|the)\s(?:[\w-]+\s){0,3}?"
    r"(?:deals|contracts|agreements|leases|customers)\b"
)
_BETWEEN_THEM_AFTER = re.compile(r"\s(?:between them|collectively)\b")
# What the money builds is products, not compute: "secures $300M to build open, advanced visual models"
_TO_BUILD_PRODUCTS_AFTER = re.compile(
    r"\s(?:to|for|that will)\s(?:help\s(?:it\s)?)?(?:build|develop|create|make)\s[^.;$€£¥\d]{0,40}?\b(?:models?|products?|apps?|"
    r"applications|agents?|tools|software|robots?|assistants?|chatbots?)\b")
# Cash a company holds, not spending: "leaving the biz with just $4 million in reserve", "$2 billion
# in cash", "账上现金 N"
_CASH_HELD_AFTER = re.compile(r"\s(?:in|of)\s(?:cash\s)?reserves?\b|\s(?:of )?cash on hand\b|\s?(?:的)?(?:现金储备|储备金)")
# cash held, told before the sum: "阿里手持现金及其他流动投资 5738.89 亿元", "账上现金达"
_CASH_HELD_BEFORE = re.compile(r"(?:手持|持有|账上|账面|在手)现金[^,，。;；\d]{0,12}?$")
# "in cash" is cash held only after a holding verb ("leaving it with just $4 million in cash"), not a
# payment ("will pay Nebius $2 billion in cash")
_IN_CASH_AFTER = re.compile(r"\sin (?:the bank|cash)\b")
_HOLDS_BEFORE = re.compile(
    r"\b(?:with|has|had|have|holds|held|hold|ended[^.;]{0,30}?with|sitting on|sits on)\s(?:just\s|only\s|about\s|roughly\s|nearly\s|some\s|over\s)?$")
# Deals summed: "Total AI hosting contracts now reach $8.5 billion including previous deals"
_DEALS_SUMMED = re.compile(
    r"\btotal\b(?!\sof\s(?:\w+\s)?(?:new\s)?(?:gpu\s|ai\s|cloud\s|compute\s)?(?:contracts|deals|agreements)\b)"
    r"[^.;$€£¥\d]{0,40}?\b(?:contracts|deals|agreements|commitments|backlog)\b[^.;$€£¥\d]{0,24}$")
_EARLIER_DEALS_AFTER = re.compile(
    r"\s(?:including|includes|with)\s(?:its\s|the\s)?(?:previous|prior|earlier|existing|past)\s(?:[\w-]+\s)?(?:deals|contracts|agreements)\b")
# A sum as the size of what a company is or makes, not spending: "the company behind the $86.5 billion
# stablecoin Tether", "the $3 trillion chipmaker"
_SIZE_OF_ENTITY = re.compile(
    r"\s(?!(?:the|a|an|its|their|this|that)\s)(?:[a-z]+\s)?(?:company|companies|startup|chipmaker|stablecoin|conglomerate|"
    r"unicorn|behemoth|empire|app|lender|bank|insurer|retailer|automaker|carmaker)(?![\w-])")
_THE_BEFORE = re.compile(r"\b(?:the|a|an|its|this)\s$")
# Spending of a whole group told with no member named: "As Big Tech companies barrel toward $650 billion
# in AI infrastructure spending", "hyperscalers will spend $400 billion"
_GENERIC_SPENDERS = re.compile(
    r"\b(?:big tech(?:\s(?:companies|firms|giants|players))?|tech giants|hyperscalers|cloud giants|the industry|"
    r"tech companies|technology companies)\b|科技巨头们?|科技大厂|云巨头|大厂们|"
    # ("大型云端服务业者的 AI 资本支出", "云服务商们")
    r"大型云(?:端)?服务(?:业者|商|供应商)|超大规模(?:云)?(?:服务商|运营商|营运商|业者)|云服务商们")
# Inventory, a seller's order book: "库存增加 27 亿美元", "其在手销售订单约 12.41 亿元"
_NOT_SPENDING_LEFT = re.compile(r"(?:库存|存货)(?:增加|增长|上升)?了?\s?(?:约|近|逾|超过)?\s?$|"
                                # a seller's booked contracts: "甲骨文透露其未来合同收入增加了 3170 亿美元",
                                # "remaining performance obligations rose to $455 billion"
                                r"合同收入(?:增加|增长|增至|达到|达)?了?\s?(?:约|近|逾|超过)?\s?$|剩余履约义务[^,，。;；\d]{0,8}$|"
                                r"\bremaining performance obligations?\b[^,.;$€£¥\d]{0,24}$|"
                                # purchases summed over several announcements: "累计拟用于采购高算力服务器的额度达 212 亿元"
                                r"(?<!今年)(?<!全年)(?<!年内)累计[^,，。;；\d]{0,24}?(?:额度|金额|总额|总金额)(?:达到|达|为|超过|超)?\s?(?:约|近|逾)?\s?$|"
                                r"(?:在手|销售)订单[^,，。;；\d]{0,6}?$|\binventor(?:y|ies)\s(?:rose|grew|increased|build-?up)\b[^,.;$€£¥\d]{0,20}$")
# (not "A、B 和 C 合计下单了至少 160 亿美元": named buyers' joint order is a cost)
_COMBINED_BEFORE = re.compile(rf"\ba combined\s(?:total of\s)?(?:{QUALIFIER}\s?)?$|加起来[^,，。;；\d]{{0,6}}$")
_GROUP_NOUNS = r"(?:巨头|公司|企业|厂商|业者|服务商|运营商|营运商)"
_GROUP_NOUN = re.compile(_GROUP_NOUNS)
_LIST_FILLER = frozenset("、和与及以 ()（）")


def _listed_after_group(folded: str, sent, group: re.Match, ref) -> bool:
    """True when `ref` is one of the members listed right after the group's noun ("4大…营运商亚马逊、微软、
    Google和Meta的总支出"), not a subject of its own ("三大运营商中，中国移动与华为签署")."""
    noun = _GROUP_NOUN.search(folded, group.start(), ref.start)
    if noun is None:
        return False
    pos = noun.end()
    for r in sorted(sent.refs, key=lambda x: x.start):
        if r.start < pos:
            continue
        if any(ch not in _LIST_FILLER for ch in folded[pos:r.start]):
            return False
        if r is ref:
            return True
        pos = r.end
    return False


_IF_OR_MAYBE = re.compile(r"若|如果|假如|假设|\bif\b|\bwould\b")
_GROUP_TOTAL = re.compile(
    # ("全球 4 大超大规模数据中心营运商…合计"; not "第三大", "许多大型企业")
    rf"(?:(?<!第)(?<!许)(?:[2-9]\s?|[三四五六七八九几多])大[^,，。;；\d]{{0,10}}?{_GROUP_NOUNS}|"
    # (a bare "三家" is the companies that spend, not the ones bought from: "向两家芯片供应商合计采购")
    r"(?<![向从与和跟])[两三四五六几多]家(?!芯片|供应商|供货商|厂商|银行|机构|伙伴))"
    r"[^。;；]*?(?:合计|总计|共计|加起来)|"
    r"\b(?:the )?(?:three|four|five|six|biggest|largest|big)\s(?:[a-z]+\s){0,3}?(?:companies|groups|giants|"
    r"hyperscalers|firms)\b[^.;]*?\b(?:combined|together|in total|collectively)\b|"
    # what a country's or a market's buyers spend: "日本全国GPU采购总额", "Japanese buyers are expected
    # to spend"
    r"(?:全国|全球|全行业|全市场|(?:日本|中国|美国|韩国|欧洲|印度|国内|海外|市场|行业)整体)[^。;；,，]{0,10}?"
    r"(?:总额|总规模|总支出|采购额|采购规模)"
)
# (the clause's subject: "Japanese buyers are expected to spend", "firms have spent"; not "customers
# were spending heavily, and the company expects capex of")
_MARKET_SPENDERS = re.compile(
    r"\b(?:buyers|companies|firms|operators|players|customers)\s(?:are|were|will|would|could|may|might|have|had)\b"
    r"[^.;,]{0,30}?\b(?:spend|spent|invest|buy|bought|pour)\w*[^.;,]*$"
)


def extract_costs(p: Passage) -> list[dict]:
    """Cost facts of a passage (contract dicts), de-duplicated by amount and currency."""
    facts: list[dict] = []
    seen: list[tuple[float, str]] = []
    last_site: str | None = None  # the compute site named as a project last
    folded = p.folded
    deal_of: tuple[int, str] | None = None  # (sentence index, subject) of the last contract cost
    # in a passage about compute, a lab's or cloud's deal spoken of further on is compute spending
    passage_compute = COMPUTE_CONTEXT.search(folded) is not None
    for sent in p.sentences:
        if not sent.money:
            continue
        ceiling_of = None  # the last cost of the sentence, whose ceiling may follow
        for role in sentence_roles(folded, sent):
            m = role.money
            if role.kind is None and not role.total and deal_of is not None and (
                    0 < sent.index - deal_of[0] <= 2) and (_DEAL_NOUN_AFTER.match(
                    folded, m.end, min(sent.end, m.end + 30)) or (
                    MORE_AFTER.match(folded, m.end, min(sent.end, m.end + 12))
                    and _ADDED_BEFORE.search(folded, max(sent.start, m.start - 24), m.start))) and not sent.refs:
                # a subjectless sentence that lists earlier pieces of the same contract
                usd = to_usd(m.amount, m.currency)
                if usd is None or usd < 1e8 or any(
                        abs(a - m.amount) <= 0.01 * m.amount and c == m.currency for a, c in seen):
                    continue
                seen.append((m.amount, m.currency))
                c_start, c_end = clause_span(folded, sent.start, sent.end, m.start)
                facts.append(_fact(p, sent, m, usd, deal_of[1], None, c_start, c_end, 0.5))
                continue
            if role.kind != "cost":
                if (site_fact := _site_cost(p, sent, m, seen, last_site)) is not None:
                    facts.append(site_fact)
                    last_site = site_fact["subject"]
                elif role.kind is None and not role.total and (
                        project_fact := _project_cost(p, sent, m, seen)) is not None:
                    facts.append(project_fact)
                elif role.kind == "funding" and not role.total and (
                        site_fact := _site_investment(p, sent, m, seen)) is not None:
                    facts.append(site_fact)
                continue
            if _RUNNING_TOTAL.search(folded, max(sent.start, m.start - 120), m.start):
                continue
            usd = to_usd(m.amount, m.currency)
            # under $1M is a unit price, except what training a model cost ("trained ... for $294,000")
            if usd is None or usd < 1e5 or (usd < 1e6 and not TRAINING.search(
                    folded, max(sent.start, m.start - 90), min(sent.end, m.end + 30))):
                continue
            if ((unit := _UNIT_PRICE.match(folded, m.end, min(sent.end, m.end + 30)))
                    # (a billion "each" is per site or country, no unit price: "more than $5 billion each in
                    # Mexico and Saudi Arabia")
                    and not (usd >= 1e9 and unit.group().strip() in ("each", "apiece"))) or _UNIT_PRICE_LEFT.search(
                    folded, max(sent.start, m.start - 20), m.start) or _PER_POWER_LEFT.search(
                    folded, max(sent.start, m.start - 60), m.start):
                continue
            c_start, c_end = clause_span(folded, sent.start, sent.end, m.start)
            if usd < 1e8 and _EACH_LEFT.search(folded, c_start, m.start):
                continue
            if any(abs(a - m.amount) <= 0.01 * m.amount and c == m.currency for a, c in seen):
                continue
            if ceiling_of is not None and is_ceiling(folded, ceiling_of, m):
                continue  # the ceiling of the cost just told is not a cost of its own
            if _PRICED_BY_UNIT.search(folded, sent.start, m.start) and _IF_OR_MAYBE.search(folded, sent.start, m.start):
                # "若…普及，可能需要约 72 万块 H100；按每块约 3 万美元计算，仅这批芯片就价值 216 亿美元": a
                # hypothesis worked out, not spending (a training run costed at rental prices stays)
                continue
            if (if_clause_before(folded, sent, c_start) or CONDITIONAL.match(folded, c_start)) and _CAN_REACH.search(
                    folded, c_start, m.start) and _OPTION_WORDS.search(folded, max(sent.start, c_start - 40), m.start):
                continue  # "若三次续约选项全部行使，合同总值可达 177 亿美元": a ceiling under a condition
            if _ANY_MODEL_COST.search(folded, c_start, m.start):
                continue  # "训练一个顶尖大模型的算力开销动辄超过 1 亿美元": what any model costs, no one's
            if (_BETWEEN_THEM_AFTER.match(folded, m.end, min(sent.end, m.end + 16))
                    or _COMBINED_BEFORE.search(folded, max(sent.start, m.start - 30), m.start)) and sum(
                    1 for r in sent.refs if r.salient and sent.start <= r.start < m.start) > 1:
                continue  # "Microsoft, Alphabet, Amazon and Meta, which have spent more than $300bn between them"
            if _PAST_SPAN_AFTER.match(folded, m.end, c_end) and _PERFECT_SPENT.search(folded, c_start, m.start):
                continue  # "it has invested €20 billion in European infrastructure over the past decade": a sum
            if _ACROSS_DEALS_AFTER.match(folded, m.end, min(sent.end, m.end + 60)):
                continue  # "about $8.5 billion of lease payments across its AI deals": deals summed
            if _MARKET_SPENDERS.search(folded, c_start, m.start):
                continue  # what a market's buyers spend, no one's
            if (build := _TO_BUILD_PRODUCTS_AFTER.match(folded, m.end, min(sent.end, m.end + 70))) and not (
                    _COMPUTE_SPEND_WORDS.search(folded, c_start, min(sent.end, build.end() + 40))):
                continue  # "secures $300M to build open, advanced visual models": money raised for products
            if _CASH_HELD_AFTER.match(folded, m.end, min(sent.end, m.end + 24)) or _CASH_HELD_BEFORE.search(
                    folded, max(sent.start, m.start - 30), m.start) or (
                    _IN_CASH_AFTER.match(folded, m.end, min(sent.end, m.end + 16))
                    and _HOLDS_BEFORE.search(folded, max(sent.start, m.start - 40), m.start)):
                continue  # "leaving the biz with just $4 million in reserve": cash held
            if _DEALS_SUMMED.search(folded, max(c_start, m.start - 70), m.start) or _EARLIER_DEALS_AFTER.match(
                    folded, m.end, min(sent.end, m.end + 60)):
                continue  # "Total AI hosting contracts now reach $8.5 billion including previous deals"
            if _THE_BEFORE.search(folded, max(sent.start, m.start - 6), m.start) and _SIZE_OF_ENTITY.match(
                    folded, m.end, min(sent.end, m.end + 30)):
                continue  # "the company behind the $86.5 billion stablecoin Tether"
            if _NOT_SPENDING_LEFT.search(folded, max(sent.start, m.start - 60), m.start):
                continue  # "受第一季度库存增加 27 亿美元…的影响", "其在手销售订单约 12.41 亿元"
            if _GENERIC_SPENDERS.search(folded, c_start, m.start) and not any(
                    c_start <= r.start < m.start for r in sent.refs):
                continue  # "As Big Tech companies barrel toward $650 billion in AI infrastructure spending"
            if (group := _GROUP_TOTAL.search(folded, sent.start, m.start)) and not any(
                    max(c_start, group.start() + 4) <= r.start < m.start and not _listed_after_group(folded, sent, group, r)
                    for r in sent.refs):
                # "四大科技巨头的资本开支…合计将超过 N": a sum over a group, no one's cost (its members
                # may be listed before it: "Google、AWS…等八大云端业者合计")
                continue
            # (the stretch since the last amount of the sentence)
            since = max((x.end for x in sent.money if x.end <= m.start), default=sent.start)
            if since > sent.start and CHANGED_TO.fullmatch(folded, since, m.start):
                # ("its budget for AI talent from $1 billion to $2 billion": the new figure of the same thing)
                since = max((x.end for x in sent.money if x.end < since), default=sent.start)
            research = _RESEARCH_SPEND.search(folded, max(c_start, since, m.start - 60), m.start) or (
                # "另外还会投入约 24 亿美元用于运营开支和本地招聘": what the sum is for, told after it
                _FOR_RESEARCH_AFTER.match(folded, m.end, c_end))
            if _NOT_COMPUTE_PURPOSE_AFTER.match(folded, m.end, c_end):
                continue  # "to study the water use of data centers", "on new transmission lines for data centers"
            if research and not _COMPUTE_SPEND_WORDS.search(folded, max(c_start, since), c_end):
                continue  # R&D or all expenses, not compute ("R&D and AI infrastructure" is mixed)
            buy = _ACQUISITION_AFTER.match(folded, m.end, min(sent.end, m.end + 40))
            bought = (buy.end(), clause_span(folded, sent.start, sent.end, buy.end())[1]) if buy else None
            if bought and (not _COMPUTE_GOODS.search(folded, *bought) or _NOT_GOODS.search(folded, *bought)):
                continue  # the price of a company, not compute spending
            subject, lab_subject = _subject(p, sent, m.start, c_start, c_end)
            if subject is None and (site_fact := _site_cost(p, sent, m, seen, last_site)) is not None:
                facts.append(site_fact)
                last_site = site_fact["subject"]
                continue
            subject_named = any(r.entity.name == subject for r in sent.refs)
            # only compute spending: an AI lab or cloud spends it, or the sentence says compute
            # a big tech's capex is compute spending ("Alphabet's annual capex")
            if subject is None or not (lab_subject or COMPUTE_CONTEXT.search(folded, sent.start, sent.end)
                                       or (passage_compute and _about_compute_company(sent, subject)
                                           and _DEAL_OR_POWER.search(folded, sent.start, sent.end)
                                           and _POWER_OR_COMPUTE.search(folded, sent.start, sent.end)
                                           and not NOT_COMPUTE_SITE.search(folded, sent.start, sent.end))
                                       or ((subject_named or (facts and facts[-1]["subject"] == subject)
                                            # "腾讯控股公布一季度业绩。一季度资本开支为 274.8 亿元": the
                                            # capex of the company the passage is about, none other named
                                            or (not sent.refs and sent.focus is not None
                                                and sent.focus.name == subject
                                                and (sent.focus.is_cloud or "lab" in sent.focus.kinds)))
                                           and _CAPEX.search(folded, sent.start, c_end))
                                       or _points_back_to_compute(p, sent, subject, c_start, m.start)
                                       # "Microsoft reported a record $34.9 billion in capital expenditures.
                                       # This represents a massive escalation from the $24.2 billion spent in
                                       # the previous quarter": the baseline of the spending just told
                                       or (facts and facts[-1]["subject"] == subject and sent.index > 0
                                           and facts[-1]["span"][0] >= p.sentences[sent.index - 1].start
                                           and _BASELINE_SPENT.search(folded, max(c_start, m.start - 60), min(c_end, m.end + 30)))
                                       or _site_of_the_passage(p, sent, c_start, m.start)):
                continue
            seen.append((m.amount, m.currency))
            # (within the amount's stretch between semicolons: "第四季度 N；Alphabet 预计今年 M")
            near_lo, near_hi = max(sent.start, m.start - 60), min(sent.end, m.end + 60)
            lo, hi = max(near_lo, stretch_start(folded, sent.start, m.start)), stretch_end(folded, m.end, near_hi)
            ctx = folded[lo:hi]
            if not _ANY_PERIOD_CUE.search(ctx) and (lo > near_lo or hi < near_hi):
                ctx = folded[near_lo:near_hi]  # (none in the stretch: the sentence's words count)
            if not (_YEARLY.search(ctx) or _QUARTER.search(ctx) or _MULTI_YEAR.search(ctx)):
                # "This year, Microsoft ... $80 billion": a time phrase for the whole sentence
                opening = folded[sent.start:min(m.start, sent.start + 40)]
                if _YEARLY.match(opening) or _YEARLY_OPENING.match(opening):
                    ctx = opening + " " + ctx
            # (the contract named in the amount's clause or before it, since the last amount;
            # a quarter the amount is of, since the last amount: not the quarter of a report,
            # "公布第四季度财报，并给出 2026 年资本开支指引")
            if _QUARTER_OF.search(folded, since, c_end) or ((
                    _HALF_YEAR_WORD.search(folded, max(since, c_start), c_end)
                    or (since == sent.start and _HALF_YEAR_OPENING.match(folded, sent.start, m.start)))
                    and not _FULL_YEAR_OF.search(folded, max(since, c_start), c_end)) or (
                    _CONTRACT.search(folded, since, c_end)
                                        and not _YEARLY_RATE.search(ctx)):
                period = None  # (a contract signed "this year" is not spending per year)
            elif _YEARLY.search(ctx) or (_CAPEX.search(ctx) and _A_YEAR.search(ctx)):
                period = "year"
            elif _MULTI_YEAR.search(ctx):
                period = None
            elif _IN_A_YEAR.search(ctx) and _SPEND_VERB.search(ctx) and not _TRAINING_COST.search(ctx) and not (
                    _BUILT_AFTER.match(folded, m.end, c_end)):  # ("2021 年投入近 10 亿元建成萤火二号": one build)
                period = "year"  # "2025 年计划在 AI 基础设施上投入 1600 亿元", "will spend $X in 2025"
            elif _ONE_OFF.search(ctx):
                period = "one-off"
            elif facts and facts[-1]["span"][0] == sent.start and lo > sent.start and folded[lo - 1] in ";；":
                # "…的训练成本约 A；Meta 的 Llama 约为 B": the figure after the semicolon is of
                # the same kind as the one before
                period = facts[-1]["period"]
            else:
                period = None
            shared, respective = coordinated_owners(p, sent, m.start)
            # "软银、KDDI 和樱花互联网将各自推进约 1000 亿日元的 GPU 采购", "A, B and C will each spend":
            # one cost per company (a sum each company spends in turn, "分别", is not shared out)
            for spender in ([e.name for e in shared] if shared and not respective else [subject]):
                facts.append(_fact(p, sent, m, usd, spender, period, c_start, c_end,
                                   (0.6 if period else 0.5) - (0.05 if m.qualifier_text else 0)))
            ceiling_of = m
            if _CONTRACT.search(folded, c_start, c_end):
                deal_of = (sent.index, subject)
    return facts


# "It spent $5.6 million on the final run", after a sentence about its GPUs
_SITE_POINTER = re.compile(r"project|facility|site|campus|项目|园区")
_POINTER_OPENS_CLAUSE = re.compile(
    r"\s*(?:(?:it|the company|the firm|the lab|the startup|the project|the facility|the site|the campus)\b|"
    r"该公司|这家公司|其|该项目|该园区)"
)


def _points_back_to_compute(p: Passage, sent, subject: str | None, c_start: int, pos: int) -> bool:
    """True when the cost's clause points back ("it", "该公司") to the passage's entity and the
    sentence before speaks of compute."""
    if subject is None or sent.index == 0 or sent.focus is None or sent.focus.name != subject:
        return False
    prev = p.sentences[sent.index - 1]
    # the pointer opens the clause: "It spent", "该公司花费" (not "Iliad says it has invested"); "The
    # project" points back only to a site the sentence before describes
    pointer = _POINTER_OPENS_CLAUSE.match(p.folded, c_start, pos)
    if pointer and _SITE_POINTER.search(pointer.group()) and not COMPUTE_SITE.search(p.folded, prev.start, prev.end):
        return False
    return bool(pointer
                and COMPUTE_CONTEXT.search(p.folded, prev.start, prev.end)
                and not NOT_COMPUTE_SITE.search(p.folded, sent.start, sent.end))  # (vans, offices)


# The site the passage is about, named as the subject of a cost: "The second phase of the
# campus will cost about $3 billion", "该园区二期投资约 N".
_SITE_SUBJECT = re.compile(
    r"\b(?:the|its|this|that)\s(?:first\s|second\s|third\s|next\s|new\s)?(?:phase|campus|site|facility)\b|"
    r"(?:该|这个|此|其)(?:园区|基地)|(?:一期|二期|三期)"
)
# The previous sentence speaks of a compute site, which the site of the cost then is.


def _site_of_the_passage(p: Passage, sent, c_start: int, pos: int) -> bool:
    """True when a cost's clause names a site by description and one of the two sentences
    before speaks of compute (so the site is a data centre)."""
    if not _SITE_SUBJECT.search(p.folded, c_start, pos):
        return False
    return any(COMPUTE_CONTEXT.search(p.folded, prev.start, prev.end)
               and COMPUTE_SITE.search(p.folded, prev.start, prev.end)
               for prev in p.sentences[max(0, sent.index - 2):sent.index])


# an amount that heads a compute project: "its $11 billion Rainier project", "This $3.3 billion
# project covers 315 acres" (after a data centre), "a $2 billion AI data center"
_HEADS_PROJECT = re.compile(
    r"\s(?:(?!(?:of|in|for|to|from|worth|into|on)\s)[\w-]+\s){0,2}?"
    r"(?:project|data ?cent(?:er|re)|campus|complex|supercomputer|cluster|build-?out)\b"
    r"(?!\s(?:assets|stakes?|shares|bonds?|debt|loans?|notes|reits?|portfolio)\b)")
_NOT_COMPUTE_PROJECT = re.compile(r"\b(?:factory|plant|mine|refinery|stadium|hospital|fund|acquisition|deal)\b")


_IN_ANOTHER = re.compile(r"\s(?:in|into)\s(?!(?:its|their|the|a|an|new|more|data|ai|additional)\b)")
_INVESTMENT_AFTER = re.compile(r"\s?(?:\([^)]{0,40}\)\s?)?(?:investment|投资)\b")
# "is set to invest $200 million", "plans to invest roughly $100B", "新增 50 亿英镑投资" is found after
_INVEST_VERB_BEFORE = re.compile(rf"\binvest(?:s|ed|ing)?\s(?:{QUALIFIER}\s?)?$|(?:投资|投入)\s?(?:约|超过|逾|近)?\s?$")


def _site_investment(p: Passage, sent, m, seen: list[tuple[float, str]]) -> dict | None:
    """An "investment" that a company which raises no rounds puts into its own compute sites:
    "ByteDance intends to expand its data center facilities in Johor with an additional 1.5 billion
    ringgit investment" is spending, not a round; so is one in a country, in a passage about
    compute sites ("Alphabet declared a $1 billion investment in Thailand", "向英国新增 50 亿英镑投资")."""
    folded = p.folded
    inv = _INVESTMENT_AFTER.match(folded, m.end, min(sent.end, m.end + 50))
    verb = None if inv else _INVEST_VERB_BEFORE.search(folded, max(sent.start, m.start - 30), m.start)
    if inv is None and verb is None:
        return None
    c_start, c_end = clause_span(folded, sent.start, sent.end, m.start)
    after = inv.end() if inv else m.end
    in_place = IN_PLACE.match(folded, after) or (
        folded.find("投资", max(c_start, m.start - 16), min(c_end, after + 4)) >= 0
        and TO_PLACE_ZH.search(folded, max(c_start, m.start - 24), m.start))
    if not in_place and (inv is None or _IN_ANOTHER.match(folded, inv.end())):
        return None  # (not "a $500 million investment in Ampere": a stake in a company)
    # (the investor: the name nearest before the sum in its clause, else the sentence's first)
    names = [r for r in sent.refs if r.salient and r.role == "name" and r.end <= m.start]
    if not names or names[0].entity.can_raise:
        return None  # (a lab named first takes an investment: "G42 … partnered with Microsoft ($1.5B investment)")
    subject = next((r for r in reversed(names) if r.start >= c_start), names[0])
    if subject.entity.can_raise or not subject.entity.can_own:
        return None
    if not (COMPUTE_SITE.search(folded, sent.start, m.start) or (in_place and _passage_builds_sites(p, sent))):
        return None
    # (the object ends with the place it names: "… in Malaysia, after Microsoft's announcement")
    object_end = in_place.end() if in_place and in_place.end() > m.end else m.end + 40
    if any(r.start > subject.end and r.end <= object_end and (r.entity.can_raise or r.start > m.end)
           for r in sent.refs if r is not subject):
        return None  # (an investment in a lab or a company named after it is no site cost: "in Ampere")
    usd = to_usd(m.amount, m.currency)
    if usd is None or usd < 1e7 or any(abs(a - m.amount) <= 0.01 * m.amount and c == m.currency for a, c in seen):
        return None
    seen.append((m.amount, m.currency))
    return _fact(p, sent, m, usd, subject.entity.name, "one-off", c_start, c_end, 0.5)


def _passage_builds_sites(p: Passage, sent) -> bool:
    """True when the sentence or one of the two before it speaks of compute sites (data centres, AI
    clusters), so that money put into a country goes into them."""
    return any(COMPUTE_CONTEXT.search(p.folded, s.start, s.end) and COMPUTE_SITE.search(p.folded, s.start, s.end)
               and not NOT_COMPUTE_SITE.search(p.folded, s.start, s.end)
               for s in p.sentences[max(0, sent.index - 2):sent.index + 1])


def _project_cost(p: Passage, sent, m, seen: list[tuple[float, str]]) -> dict | None:
    """The one-off cost of a compute project the amount heads, in a sentence (or after one) about
    compute; the subject is the company the sentence names first, else the passage's."""
    folded = p.folded
    head = _HEADS_PROJECT.match(folded, m.end, min(sent.end, m.end + 40))
    if head is None or _NOT_COMPUTE_PROJECT.search(folded, m.end, head.end()):
        return None
    prev = p.sentences[sent.index - 1] if sent.index else sent
    if not (COMPUTE_SITE.search(folded, m.end, head.end()) or COMPUTE_CONTEXT.search(folded, prev.start, sent.end)):
        return None
    usd = to_usd(m.amount, m.currency)
    if usd is None or usd < 1e8 or any(abs(a - m.amount) <= 0.01 * m.amount and c == m.currency for a, c in seen):
        return None
    owner = next((r.entity for r in sent.refs if r.salient and r.entity.can_own and r.start < m.start), sent.focus)
    if owner is None:
        return None
    seen.append((m.amount, m.currency))
    c_start, c_end = clause_span(folded, sent.start, sent.end, m.start)
    return _fact(p, sent, m, usd, owner.name, "one-off", c_start, c_end, 0.5)


def _site_cost(p: Passage, sent, m, seen: list[tuple[float, str]], last_site: str | None) -> dict | None:
    """The one-off cost of a compute site named as a project ("白城绿色算力与数据产业园项目总投资
    63 亿元"), when no company is named; records the amount in `seen`."""
    if p.folded.find("投资", max(sent.start, m.start - 16), m.start) < 0:
        return None  # (the cheap test first: a site's cost is always told as its 投资)
    c_start, c_end = clause_span(p.folded, sent.start, sent.end, m.start)
    site = site_of_investment(p.text, p.folded, c_start, m.start, m.end, c_end, last_site, sent.start)
    usd = to_usd(m.amount, m.currency) if site else None
    if usd is None or usd < 1e7 or any(abs(a - m.amount) <= 0.01 * m.amount and c == m.currency for a, c in seen):
        return None
    seen.append((m.amount, m.currency))
    return _fact(p, sent, m, usd, site, "one-off", c_start, c_end, 0.5)


def _fact(p: Passage, sent, m, usd: float, subject: str, period: str | None,
          c_start: int, c_end: int, confidence: float) -> dict:
    """The contract dict of one cost."""
    return {
        "subject": subject,
        "amount": _num(m.amount),
        "currency": m.currency,
        "amount_usd": _num(usd),
        "period": period,
        "what": p.text[c_start:c_end].strip(" ,;:，；：")[:160],
        "qualifier": m.qualifier_text,
        "evidence": p.evidence(sent),
        "span": [sent.start, sent.end],
        "confidence": confidence,
    }


# "the biggest customer of CoreWeave": the one before pays, the cloud after is paid
# A deal told in the sentence before: "这笔交易价值超过 80 亿美元", "The deal is worth $2 billion".
_DEAL_ANAPHOR = re.compile(
    r"(?:这笔|该|此次|这项|这份|此)(?:交易|协议|合同|合约|订单)|\b(?:the|this|these) (?:deal|agreement|contract|lease)s?\b"
)


def _subject(p: Passage, sent, pos: int, c_start: int, c_end: int) -> tuple[str | None, bool]:
    """(who spends, whether that is an AI lab or cloud) for an amount at `pos`."""
    if CONTRACTED_REVENUE.search(p.folded, max(sent.start, pos - 40), min(sent.end, pos + 60)):
        # a landlord's contracted revenue is what its tenant pays: "Nebius has $17.4 billion of
        # contracted revenue from its Microsoft lease", "TeraWulf signed leases with Fluidstack. The
        # leases carry $3.7 billion of contracted revenue"
        tenant = _tenant(p, sent)
        if tenant is not None:
            return tenant.name, True
    if _VALUE_OPENS_CLAUSE.fullmatch(p.folded, c_start, pos):
        # "signed a GPU deal with Nebius, worth $17.4 billion": the deal's clause before the comma
        c_start = clause_span(p.folded, sent.start, sent.end, max(sent.start, c_start - 2))[0]
    name, compute = _first_party(p, sent, pos, c_start, c_end)
    supplied = SUPPLY_VERB.search(p.folded, max(c_start, pos - 90), pos)
    if supplied is not None and _PRICE_BEFORE.search(p.folded, max(supplied.end(), pos - 24), pos):
        # "CoreWeave will provide GPU capacity to Microsoft for about $10 billion", "Nebius agreed to provide
        # Microsoft with capacity for $17.4 billion": who is supplied pays
        for r in sent.refs:
            if supplied.end() <= r.start < pos and r.entity.can_own and r.entity.name != name and (
                    _TO_BUYER_BEFORE.search(p.folded, max(supplied.end(), r.start - 6), r.start)
                    or (r.start <= supplied.end() + 1 and _WITH_AFTER_BUYER.match(p.folded, r.end))):
                return r.entity.name, True
    # a seller of compute does not buy from its own deal: the other party of the deal does
    seller = next((r.entity for r in sent.refs if r.entity.name == name), None)
    m_end = next((x.end for x in sent.money if x.start == pos), pos)
    if seller is not None and seller.sells_compute and (
            _DEAL_VALUE_AFTER.match(p.folded, m_end) or _DEAL_VALUE_BEFORE.search(p.folded, max(sent.start, pos - 30), pos)):
        # (only for the value of the deal: "CoreWeave raised its capex forecast to $23 billion after
        # signing deals with Meta" is CoreWeave's own spending)
        others = [r for r in sent.refs if r.salient and not r.brand and r.entity is not seller
                  and r.entity.can_own and not _DESCRIBES_NEXT.match(p.folded, r.end) and not _is_backer(p, sent, r)]
        # (the party nearest after the amount first: "a $22.4 billion contract with OpenAI and a $14.2
        # billion deal with Meta")
        buyers = sorted((r for r in others if not r.entity.sells_compute), key=lambda r: (r.start < pos, abs(r.start - pos)))
        tenants = [r for r in others if _WITH_PARTNER_BEFORE.search(p.folded, max(sent.start, r.start - 30), r.start)]
        if tenants and _HOSTING.search(p.folded, sent.start, sent.end):
            return tenants[0].entity.name, True  # "TeraWulf signed a $3.7 billion colocation deal with Fluidstack"
        if buyers:
            return buyers[0].entity.name, True  # "IREN signed a $9.7 billion contract with Microsoft"
        if not others and sent.focus is not None and sent.focus is not seller and sent.focus.can_own and (
                _WITH_PARTNER_BEFORE.search(p.folded, sent.start, pos + 60)):
            return sent.focus.name, True
    return name, compute


_TO_BUYER_BEFORE = re.compile(r"\bto\s(?:the\s)?$")
_VALUE_OPENS_CLAUSE = re.compile(rf"[,，]?\s?(?:worth|valued at)\s(?:{QUALIFIER}\s?)?")
# (the sum is the supply's price: "… to Microsoft for about $10 billion", not "… and will spend $75 billion")
_PRICE_BEFORE = re.compile(rf"\b(?:for|worth|valued at)\s(?:{QUALIFIER}\s?)?$")
_WITH_AFTER_BUYER = re.compile(r"\s(?:with|access to)\b")
_TENANT_BEFORE = re.compile(
    r"\b(?:from|with)\s(?:its\s|their\s|the\s)?(?:[\w-]+\s){0,3}?$|(?:与|和|同|跟|向)[^,，。;；\d]{0,8}$"
)
# A backer or guarantor of a deal is neither its buyer nor its tenant: "backstopped by Google",
# "Google will backstop $1.8 billion", "谷歌将为其提供担保"
_BACKER_BEFORE = re.compile(
    r"\b(?:backstopped|guaranteed|backed|underwritten|financed|funded|supported|sponsored)\sby\s(?:the\s)?$")
_BACKER_AFTER = re.compile(
    r"\s(?:will\s|agreed\sto\s|has\sagreed\sto\s|also\s)?(?:backstops?|guarantees?|underwrites?|backstopped|guaranteed)\b|"
    r"[^,，。;；]{0,8}?(?:担保|兜底)"
)


def _is_backer(p: Passage, sent, r) -> bool:
    """True when `r` backs or guarantees the deal rather than taking part in it."""
    return bool(_BACKER_BEFORE.search(p.folded, max(sent.start, r.start - 20), r.start)
                or _BACKER_AFTER.match(p.folded, r.end, min(sent.end, r.end + 30)))


def _tenant(p: Passage, sent):
    """The party a lease is signed with or paid by, in the sentence or the one before."""
    for s in (sent, p.sentences[sent.index - 1] if sent.index else None):
        if s is None:
            continue
        for r in s.refs:
            if r.salient and r.entity.can_own and not _is_backer(p, s, r) and _TENANT_BEFORE.search(
                    p.folded, max(s.start, r.start - 30), r.start):
                return r.entity
    return None


# The amount is the value of a deal: "a $3.7 billion colocation deal", "签署 50 亿元算力租赁协议", "a
# deal with Nebius worth", "合同金额为"
_DEAL_VALUE_AFTER = re.compile(
    r",?\s(?:(?!after|before|signing|following|since|from|with)[\w-]+,?\s){0,3}?(?:deal|agreement|contract|lease|pact)s?\b|"
    r"\s?的?[^,，。;；\d]{0,8}?(?:协议|合同|合约|租约)"
)
_DEAL_VALUE_BEFORE = re.compile(
    r"\b(?:deal|agreement|contract|lease|pact)s?\s(?:with\s(?:[\w.-]+\s){1,3})?(?:worth|valued at|of)\s(?:[\w-]+\s){0,2}$|"
    r"(?:协议|合同)(?:金额|总额|价值)?(?:为|约|达)?$"
)
_HOSTING = re.compile(r"\b(?:hosting|colocation|lease|leases|leasing)\b|托管|租赁|租约")
# "OpenAI's rival Anthropic", "Microsoft's partner OpenAI": the owner of the possessive is not the party
_DESCRIBES_NEXT = re.compile(
    r"'s\s(?:rival|partner|backer|investor|competitor|parent|customer|supplier|largest shareholder|cloud provider)\b"
)


def _first_party(p: Passage, sent, pos: int, c_start: int, c_end: int) -> tuple[str | None, bool]:
    """(the first party of the amount's clause, whether that is an AI lab or cloud)."""
    # (a chipmaker that rents or buys compute spends too: "Nvidia agreed to rent ... for $1.3bn")
    # (a state body's compute budget is compute spending: "the IndiaAI Mission will spend $1.2 billion on
    # 18,000 GPUs", "METI will provide ¥1 trillion … for compute")
    refs = [r for r in sent.refs if r.salient and not r.brand and can_own_here(p.folded, r)
            and not _DESCRIBES_NEXT.match(p.folded, r.end)] or [
        # (only when no company is named: "微软为回应日本政府…的努力，将投资 29 亿美元" is Microsoft's; and only as
        # the spender, not a body that reports what others spend: "The UK government said British AI firms spent")
        r for r in sent.refs if r.salient and not r.brand and "public" in r.entity.kinds
        and r.end <= pos and _PUBLIC_SPENDS.match(p.folded, r.end, pos)
        # (not a backer of who spends: "a startup backed by the Israel Innovation Authority will spend")
        and not _BACKER_BEFORE.search(p.folded, max(0, r.start - 20), r.start)]
    if not refs and sent.index > 0 and _DEAL_ANAPHOR.search(p.folded, c_start, pos):
        # the deal of the sentence before: its first party buys (a lab before a cloud)
        prev = p.sentences[sent.index - 1]
        parties = [r for r in prev.refs if r.salient and not r.brand and r.entity.can_own]
        if parties:
            buyer = parties[0]
            if buyer.entity.is_cloud:
                buyer = next((r for r in parties if "lab" in r.entity.kinds
                              and not r.entity.is_cloud), buyer)
            # a compute deal only: with a cloud or chipmaker, or the sentence before says compute
            compute = any(r.entity is not buyer.entity and (r.entity.is_cloud or "chipmaker" in r.entity.kinds)
                          for r in prev.refs) or bool(COMPUTE_CONTEXT.search(p.folded, prev.start, prev.end))
            return buyer.entity.name, compute
    # the spender is the subject of the clause, not a supplier named next to the amount
    in_clause = [r for r in refs if c_start <= r.start and r.end <= pos]
    before = [r for r in refs if r.end <= pos]
    after = [r for r in refs if r.start >= pos]
    ref = (in_clause or [None])[0] or (before[-1] if before else None) or (after[0] if after else None)
    if not in_clause and before and PARTICIPLE_OPENS.match(p.folded, c_start, pos):
        ref = before[0]  # "SK Group will build … with AWS, investing 7 trillion won": the subject
    if in_clause and before and len(in_clause) == 1 and in_clause[0].entity.is_cloud and _WITH_PARTNER_BEFORE.search(
            p.folded, max(sent.start, in_clause[0].start - 12), in_clause[0].start):
        # "微软近日宣布，与英国 AI 云公司 Nscale 签署价值 62 亿美元的协议": the subject before signs
        # with the partner named in the clause
        subject_ref = next((r for r in before if r.start < c_start and r.entity is not in_clause[0].entity
                            and not SPEECH_AFTER.match(p.folded, r.end)), None)
        if subject_ref is not None:
            ref = subject_ref
    if (not in_clause and before and sent.focus is not None and sent.focus.can_own and before[0].start >= sent.start
            and all(r.entity is not sent.focus for r in before)
            and OPENING_PHRASE.match(p.folded, sent.start, c_start) and _PRONOUN_OPENS.match(p.folded, c_start, pos)):
        # "Alongside its partnership with Google, the company has signed a $1.8 billion deal": the
        # names in an opening phrase are not the subject; the company spoken of is
        return sent.focus.name, _is_compute_entity(sent.focus)
    payer = payer_of(p.folded, sent, ref, pos) if ref is not None and before and ref is before[-1] else None
    if payer is not None:
        ref = payer  # "Nvidia will pay Lambda about $1.3 billion", "英伟达向 Lambda 支付": the payer
    elif ref is not None and ref.entity.is_cloud and len(before) > 1 and ref is before[-1] and (
            CUSTOMER_OF.search(p.folded, max(sent.start, ref.start - 24), ref.start)):
        ref = before[-2]  # "Amazon has become the biggest customer of CoreWeave, agreeing to pay"
    elif ref is not None and ref.entity.is_cloud:
        # "甲骨文与 OpenAI 签署 3000 亿美元的算力合约": the lab buys, the cloud supplies
        buyer = next((r for r in in_clause if "lab" in r.entity.kinds and not r.entity.is_cloud), None)
        if buyer is None and not in_clause and not before:
            # "A contract worth $6.5 billion has been signed between CoreWeave and OpenAI"
            buyer = next((r for r in after if "lab" in r.entity.kinds and not r.entity.is_cloud), None)
        if buyer is None and not in_clause:
            # "OpenAI 与 CoreWeave 签下 ... 协议，5 月又追加了 40 亿美元": the lab of the deal buys
            buyer = next((r for r in reversed(before) if "lab" in r.entity.kinds and not r.entity.is_cloud), None)
        if buyer is None and _DEAL_WORDS.search(p.folded, c_start, c_end) and not _OWN_SPENDING.search(
                p.folded, c_start, pos):
            # "Nebius has signed about $3 billion of capacity with Meta": the customer of a deal (a
            # cloud that spends or builds "for OpenAI" pays itself)
            buyer = next((r for r in after if "lab" in r.entity.kinds and not r.entity.is_cloud
                          and r.end <= c_end and not p.folded.startswith("'s", r.end) and _WITH_CUSTOMER_BEFORE.search(
                              p.folded, max(sent.start, r.start - 12), r.start)), None)
        if buyer is None and not before and sent.focus is not None and sent.focus is not ref.entity and (
                sent.focus.can_own and _WITH_PARTNER_BEFORE.search(p.folded, max(sent.start, ref.start - 30), ref.start)):
            # "It follows a $14.2 billion deal with CoreWeave": the company spoken of deals with the cloud
            return sent.focus.name, True
        ref = buyer or ref
    if ref is not None and not before and not in_clause:
        # "亚马逊 CEO 贾西表示，第四季度 N 的资本支出…": the officer's company, not a name further on
        officer = next((r for r in sent.refs if r.officer and r.end <= pos), None)
        if officer is not None:
            ref = officer
    if ref is not None:
        return ref.entity.name, _is_compute_entity(ref.entity)
    if sent.focus is not None and sent.focus.can_own and _SITE_NOUN_AFTER.match(p.folded, pos, c_end):
        # "Fairwater, a $3.3 billion campus that will house GB200 chips": the site of the company
        # the passage is about, not the chips it holds
        return sent.focus.name, True
    chip = CHIP_TOKEN_RE.search(p.folded, c_start, c_end)
    if chip:
        return f"{chip_name(chip.group(1))} GPUs", True
    if sent.focus is not None:
        return sent.focus.name, False  # carried over: the sentence itself must say compute
    return None, False


# (after a sentence's opening phrase: "Alongside its partnership with Google, the company has signed")
_PRONOUN_OPENS = re.compile(r"\s?(?:the company|the firm|the startup|the lab|it)\s(?!said\b|says\b)|\s?(?:该公司|这家公司|其|它)")


_BASELINE_SPENT = re.compile(
    r"\b(?:from|than|compared with|versus|vs\.?)\s(?:the\s)?(?:[\w$., -]{0,30}?)\b(?:spent|invested|in capex)\b")
_PUBLIC_SPENDS = re.compile(
    r"(?:(?!\b(?:said|says|estimates?|estimated|reported|reports|expects|forecasts?|predicts?|projects?|projected|"
    r"warns?|warned|sees|calculates?)\b|表示|称|预计|估计)[^.;。；]){0,60}?"
    r"(?:\b(?:will\s|plans to\s|has\s|had\s|is to\s)?(?:spend|spends|spent|invest|invests|invested|allocat\w*|budget\w*|"
    r"set aside|sets aside|earmark\w*|provid\w*|fund|funds|funded|commit\w*|pledg\w*|buy|buys|bought|procur\w*|subsidi\w*)\b|"
    r"投资|拨款|斥资|投入|采购|补贴|出资|设立|核定|编列|预算)")
_SITE_NOUN_AFTER = re.compile(
    r"[^,;，；]{0,30}?(?:\bcampus|\bdata cent(?:er|re)|\bsupercomputer|\bcluster|园区|数据中心|智算中心|集群|超算)"
)


# ... when the sentence is about a deal or a power figure: "The first contracts, worth more than $3
# billion, cover 670 MW" (a headquarters the company builds is not compute)
_DEAL_OR_POWER = re.compile(
    r"agreement|contract|\bdeal|commitment|合同|合约|协议|订单|\d\s?-?(?:gigawatts?|gw|megawatts?|mw)\b|吉瓦|兆瓦"
)
# ... and about power or compute (not an office or a fleet of vans: `NOT_COMPUTE_SITE`)
_POWER_OR_COMPUTE = re.compile(
    r"power|electricity|energy|nuclear|hydro|reactor|\d\s?-?(?:gigawatts?|gw|megawatts?|mw)\b|capacity|gpu|"
    r"电力|核电|核能|水电|购电|吉瓦|兆瓦|算力|容量"
)


def _about_compute_company(sent, subject: str) -> bool:
    """The sentence names no one and carries the passage's lab or cloud as its subject."""
    focus = sent.focus
    return (not sent.refs and focus is not None and focus.name == subject
            and bool(focus.kinds & {"lab", "cloud"}))


def _is_compute_entity(entity) -> bool:
    return bool(entity.kinds & {"lab", "cloud"})


def _num(x: float) -> float | int:
    return int(x) if float(x).is_integer() else x
