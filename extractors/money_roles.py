"""What a money phrase is for: a round, a valuation, a running total, a cost, or none of these.

The role comes from cue words around the phrase, within its sentence and not
beyond the neighbouring money phrases: a valuation cue right next to it
("$24bn valuation", "valued ... at", "估值超过") wins; otherwise the nearest
cue decides between funding ("raised", "round", "融资", "投资", "集资", "put
in"), cost ("spend", "capex", "cost", "预算", "花费", "价值 ... 超级计算机",
"cloud deal", "算力合同") and the traps that must give no fact (revenue, market
value, token prices, debt, credit lines, liquidity, order backlogs, salaries,
acquisitions). A trap word that is the noun the amount measures ("40 亿美元银行
循环信贷额度", "$4 billion credit line") wins over any cue. Receiving money
from someone ("is getting another $2.75bn from Amazon") is funding unless the
rest of the clause says what was sold. An amount with no cue of its own after
"and another" / "又" takes the role of the amount before it.

Running totals ("total raised", "累计融资", "bringing its total investment to
$8bn", "使其总投资额增至") and holdings ("with $8 billion invested", "has invested $8bn in
L to date", "共投资") are flagged so they never become rounds; a total cue
in a commitment or a sum of several investors ("将共同向 L 投资", "A、B 合计向
L 投资至多") is not a running total. Funding turns into cost when the money
goes to infrastructure ("to more than double its data centre footprint",
"，扩大其数据中心规模") or when a company that runs compute invests with no
startup or round in sight ("将在英国投资 300 亿美元"). Capital-markets words
(bonds, loans, convertibles) veto a round; a listing does not (its proceeds
are round "IPO"), but a cornerstone tranche does; a sum raised "in equity and
debt" stays a round. Amounts in a list ("130 亿美元、70 亿美元、60 亿美元融资额")
share the cues of the list.

Investment over years to come ("over the next three years", "未来三年") is a spending
plan (cost) unless a lab receives it; a compute site bought ("以 N 收购...数据中心园区") and a
commitment named by its amount ("$500 billion, 10-gigawatt commitment") are costs; the
value of a stake ("股权，价值约 N") is nothing.

Frames that decide a role whatever the nearest cue: a fundraising target ("the
$700 million it had hoped to raise", "原定的 N 融资目标") is nothing; a minority
stake bought ("以 N 收购 L 15% 的股份") is funding; "back L with $N" is funding;
the sum a contract grew by ("expanded its agreement with X by $N") and spending
on a field ("在 AI 训练上投入 N") or on infrastructure named before the verb
("向欧洲 AI 基础设施投资 N") are cost; a contrast clause without a cue ("微软则预计
N", "while Google expects $N") takes the cost role of the amount before it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import NamedTuple

from extractors.compute_context import COMPUTE_CONTEXT, COMPUTE_SITE, COMPUTE_SITE_WORDS
from extractors.labs import Entity
from extractors.money import Money
from extractors.negation import denied
from extractors.numbers import QUALIFIER
from extractors.passage import GAP_AROUND_NAME, SPEECH_AFTER, Sentence, gapped_name
from extractors.sentences import clause_span, stretch_end, stretch_start
from extractors.word_cues import WordCue


def _series(prefix: str) -> list[str]:
    return [f"{prefix}{letter}" for letter in "abcdefghijk"]


FUNDING_CUE = WordCue([
    "raise", "raised", "raises", "raising", "fundraising", "fund-raising", "fundraise",
    "funding", "financing", "round", "rounds", "investment", "investments", "invest", "invests",
    "invested", "investing", "pump", "pumps", "pumped", "pumping", "inject*", "infusion",
    "fresh capital", "new capital", "raise capital", "capital injection", "capital raise",
    "growth capital", "venture capital", "stake", "stakes", "backing", "seed", "put in", "puts in",
    "putting in", "put up", "put money", "puts money", "putting money", "poured", "pour", "pours", "pouring", "contributed", "contributing",
    "chipped in", "pulled in", "pulls in", "pulling in", "hauled in", "took in", "takes in", "taking in",
    "hoovered up", "hoovers up", "scooped up", "scoops up",
    "venture deal", "funding deal", "financing deal", "new extension", "round extension", "funding extension",
    "new equity", "fresh equity", "所得款项总额", "gross proceeds", "strategic backers",
    "put another", "puts another", "put an additional", "put a further", "top-up",
    *_series("series "), *_series("series-"),
    "融资", "投资", "注资", "融到", "融得", "筹集", "筹资", "筹得", "募得", "募集", "募资", "集资", "获投", "出资", "入股", "领投",
    "取得",
    "跟投", "资金", "轮", "天使",
])
COST_CUE = WordCue([
    "of capacity", "of compute", "of computing capacity", "laid out", "lays out", "spend", "spends", "spending", "spent", "cost", "costs", "costing", "capex",
    "procurement", "procure", "procuring", "allocating", "allocated", "allocates", "allocate",
    "capital expenditure", "capital expenditures", "capital spending", "budget*", "price tag",
    "to build", "toward building", "towards building", "build", "builds", "building", "construct*", "infrastructure",
    "data center", "data centers", "data centre", "data centres", "campus", "campuses", "supercomputer",
    # (hyphened as a modifier: "4.5 GW of data-center capacity")
    "data-center", "data-centers", "data-centre", "data-centres",
    "supercomputers", "cluster", "clusters", "compute", "cloud service", "cloud services",
    "services", "contract", "contracts", "compute commitment*", "cloud commitment*",
    "spending commitment*", "purchase commitment*", "purchase", "lease", "computing power",
    "expenditure on", "expenditures on", "purchase order*",
    "computing capacity", "compute capacity", "cloud deal*", "cloud contract*", "cloud agreement*",
    "compute deal*", "compute contract*", "computing agreement*", "computing contract*", "computing deal*",
    # ("gives Meta $12 billion of dedicated AI capacity"; "協議…總值超過 100 億美元")
    "ai capacity", "dedicated capacity", "总值", "算力合同", "算力协议", "算力合作", "云服务协议", "云服务合同",
    "云计算协议", "云计算合同", "云端运算协议", "云端运算合同",
    "rent", "rents", "rented", "rental", "renting", "to train", "trained", "training cost*",
    "training run", "训练成本", "训练费用", "works out to", "work out to", "worked out to",
    "花费", "花了", "花掉", "要花", "耗费", "耗资", "成本", "预算", "支出", "开支", "资本开支", "资本支出", "造价", "价值", "建设",
    "建造", "建成", "兴建", "的训练", "完成训练", "租用", "租赁", "服务", "算力", "数据中心", "超级计算机", "超算", "集群", "采购",
    "订单", "基础设施", "基建", "智算中心", "订购", "购买", "购入",
])
TRAP_CUE = WordCue([
    "revenue", "revenues", "sales", "annualized", "annualised", "arr", "profit", "profits",
    # what companies are worth together: "其私募市场总价值合计已逼近1兆美元", "总估值"
    "私募市场总价值", "市场总价值", "总估值", "combined valuation", "combined value",
    # research and development spending is an operating expense, not compute
    "研发开支", "研发支出", "研发费用", "研发投入", "r&d spending", "r&d expenses", "r&d expense",
    "research and development expenses", "research and development spending",
    "income", "earnings", "market value", "market cap*", "per token", "per million tokens",
    "token", "tokens", "subscription", "subscriptions", "per month", "a month", "salary",
    "salaries", "pay package", "compensation", "wages", "payroll", "工资", "薪资", "薪酬", "人力成本", "工资成本", "薪资成本", "薪酬成本", "员工成本", "工资支出",
    "薪酬支出", "人力支出", "payroll costs", "payroll cost",
    "labor costs", "labour costs", "staff costs", "personnel costs", "fine", "fined", "fines", "penalty", "penalties",
    "registered capital", "注册资本", "注册资金",
    "settlement", "acquire", "acquired", "acquires", "acquiring", "acquisition", "acquisitions",
    "majority stake", "controlling stake", "控股权", "多数股权",
    # cash burned is a loss, not spending on compute: "could burn through as much as $5 billion"
    "burn*", "cash burn",
    # output value a project or industry is to create: "目标创造 15 兆元产值"
    "产值", "output value", "经济产出", "生产总值", "gdp",
    # taxes a project pays or is spared: "will generate an estimated $650 million in tax payments"
    "tax payment*", "tax revenue*", "in taxes", "tax break*", "tax credit*", "tax incentive*",
    "tax abatement*", "税收", "税收优惠", "减税",
    # fees for a licence, a sale of assets, a vendor's customer contracts: not compute spending
    "licensing fee*", "license fee*", "licence fee*", "licensing", "asset sale", "customer contracts",
    "buyout", "share price", "stock price", "loss", "losses", "debt", "loan", "loans", "bond",
    "bonds", "credit line", "credit facility", "tender offer", "secondary sale", "mezzanine",
    # a guarantee of someone's payments is neither spending nor a round
    "backstop", "backstops", "backstopped", "backstopping", "担保",
    "guarantee", "guarantees", "guaranteed", "guaranteeing",
    # money left over is cash, not money raised or spent: "only around $4 billion was left"
    "was left", "were left", "left over", "remaining cash", "剩余", "余额", "仅剩", "只剩", "还剩",
    "left in the bank", "in the bank",
    "rebate", "rebates", "refund", "返还", "退款",
    # a charge booked on stock or orders is an accounting loss, not spending
    # cash held, and a bill paid for someone: "about $17 billion in its coffers", "picked up the bill"
    "in its coffers", "in their coffers", "cash pile", "picked up the bill", "picked up the tab",
    # a ratio, not a sum: "$120 million of valuation per employee"
    "per employee", "per head", "人均",
    "a charge", "charge of", "charges of", "write-down*", "writedown*", "write-off*", "impairment*", "计提", "减值", "无法交付", "未能交付",
    # what a whole market spends (an analyst's forecast), not anyone's spending
    "of worldwide", "of global ai", "global ai spending", "worldwide spending", "global spending",
    "全球ai支出", "全球 ai 支出", "全球人工智能支出",
    # what a listing nets after its costs: the gross proceeds are the round
    "净额", "net proceeds",
    "secondary share*", "net worth", "worth of", "market size", "market is", "market will",
    "market to", "market could", "市场规模", "市场",
    "tariff*", "shares", "share sale", "notes offering", "convertible", "backlog*",
    "remaining performance obligation*", "rpo", "order book", "cornerstone", "anchor investor*",
    # what a lab sells ("annual contract value has passed €300 million"), a state's handout and
    # shares pledged for a loan: none is a round or spending
    "annual contract value", "acv", "subsidy", "subsidies", "subsidise*", "subsidize*", "grant", "grants",
    "补助", "补贴", "质押", "套现", "cashed out", "cash out",
    # a programme that rallies others' money: "将动员 2000 亿欧元投资 AI", "mobilise €200 billion"
    "mobilise*", "mobilize*", "动员",
    "积压订单", "未交付订单", "未完成订单", "未履约订单", "在手订单", "订单储备", "剩余履约义务", "未履行履约义务", "基石",
    # order visibility and bookings are a seller's sales, not anyone's compute spending
    "能见度", "可见度", "visibility", "bookings", "booking",
    "上市", "募股", "发债", "身家", "关税",
    "收入", "营收", "营业额", "销售额", "利润", "净利", "亏损", "市值", "收购", "并购", "罚款",
    "薪酬", "年薪", "月薪", "股价", "债", "贷款", "每百万", "信贷", "授信", "循环贷款", "流动资金",
    "现金", "liquidity", "cash", "revolving", "闲置",
])
# Capital-markets words that make "raise $X" something other than a venture round.
NOT_A_ROUND = WordCue([
    "bond", "bonds", "debt", "loan", "loans",
    "notes offering", "convertible", "share sale", "tender offer", "secondary sale",
    "underwriter*", "offering", "green shoe", "greenshoe",
    "发债", "债券", "贷款", "承销",
])
# A sum raised as equity and debt together is still a round: "€500 million in equity and debt",
# "a mix of debt and equity", "股权和债权融资". The debt word then vetoes nothing.
_EQUITY_AND_DEBT = re.compile(
    r"\b(?:equity|stock)\s(?:and|plus|&)\s(?:debt|loans?|credit)\b|\b(?:debt|loans?)\s(?:and|plus|&)\s"
    r"equity\b|股权(?:和|与|及|加|\+)债(?:权|务)?|债(?:权|务)(?:和|与|及|加|\+)股权|"
    # "raised €600 million, including debt, in a round led by": a round with a debt part
    r"\bincluding (?:some |a portion of |part )?(?:debt|loans?|venture debt)\b"
)
# (Patterns searched over windows open each branch with a literal, a word edge `\b` after it as
# `(?<!\wx)`: re then skips ahead to the characters a match can start with.)
_CONTROL_STAKE = re.compile(r"m(?<!\wm)ajority stake\b|c(?<!\wc)ontrolling stake\b|控股权|多数股权|绝对控股|取得控股")
# Equity named in the amount's own clause: a debt word of another clause vetoes nothing.
_EQUITY = re.compile(r"\bequity\b|股权")
_LED_BY_BEFORE = re.compile(r"\b(?:led by|co-led by|including)\s$")
# (the lab itself, not its site: "对这家 Claude 开发商首期投资", not "向 OpenAI 的数据中心首期投资")
_LAB_THEN_PHASE = re.compile(r"\s?(?:开发商|公司|初创公司|创企|企业)?\s?")
_PRE_LISTING_ROUND = re.compile(r"\s?的?\s?上市前(?:融资|一轮|轮)")
# A listing: its proceeds are a funding item of round "IPO" (see `funding`).
IPO_CUE = WordCue([
    "ipo", "initial public offering", "public offering", "listing", "flotation", "goes public",
    "going public", "上市", "首次公开募股", "公开募股", "公开发行", "招股", "募股",
])
# A tranche bought by cornerstone or anchor investors of a listing is not a round.
_CORNERSTONE = re.compile(r"cornerstone|anchor investor|基石")
TOTAL_CUE = WordCue([
    "total", "in all", "altogether", "combined", "cumulative", "to date", "so far", "adds up to",
    "add up to", "added up to",
    "累计", "累积", "总计", "总共", "共计", "合计", "总额", "总融资", "融资总额", "总规模", "加起来",
])
_RUNNING_WORDS = re.compile(r"\bha(?:s|ve) (?:now\s)?raised\b|\bincluding\b|\bsince\b|\bto date\b|\bso far\b")
_ALL_TOLD_LEFT = re.compile(
    r"\b(?:all told|all in all|in all|altogether),\s[^.;,$€£¥]{0,70}$|"
    # "In total, the Palo Alto, California-based company has now raised $135 million" (a perfect only:
    # "In total, the round raised" is the round's size)
    rf"\bin total,\s(?:(?!,\s(?:and|but|while)\b)[^.;$€£¥]){{0,90}}?\bha(?:s|ve)\s(?:now\s|so far\s)?"
    rf"(?:raised|secured|pulled in|taken in)\s"
    rf"(?:{QUALIFIER}\s?)?$|"
    # "Including its earlier seed money, Evroc has now raised about $60 million" (not "Including its
    # earlier backers, Mistral closed a €1.7 billion Series C")
    rf"\bincluding (?:its|their|the) (?:earlier|previous|prior|first|initial)\b[^.;,$€£¥]{{0,40}},\s[^.;,$€£¥]{{0,50}}?"
    rf"(?:\bha(?:s|ve) (?:now\s)?(?:raised|taken in|pulled in|secured)|\btotal(?:s|led|ed)|\bcomes? to|\bstands? at)"
    rf"\s(?:{QUALIFIER}\s?)?$"
)
# (what is sold: assets or a business, not chips or compute sold to a buyer, nor new shares)
_SOLD_OBJECT_AFTER = re.compile(r"[^,，。;；]{0,24}?(?:资产|业务|地产|股份|股权|新股|\bassets?\b|\bbusiness\b|\bunit\b|"
                                r"\bdivision\b|\breal estate\b|\bproperties\b|\bstake\b|\bshares\b|"
                                r"\bcompute\b|\bcapacity\b|算力)")
_TO_BUYER_ZH = re.compile(r"向[^,，。;；]{1,16}?(?:出售|卖出)")
_SALE_LEFT = re.compile(r"(?:出售|卖出|\bsell|\bselling|\bsale of)[^,，。;；\d]{0,6}$")
_TO_DATE_WORDS = re.compile(r"\b(?:to date|so far|in total|cumulative|all told)\b|累计|迄今|至今")
_TOTAL_AS_VERB_LEFT = re.compile(
    rf"\b(?:investment|round|raise|deal|financing|funding|it)\b[^.;$€£¥\d]{{0,30}}?\b(?:to|will|would|could|may|might|should)\s"
    rf"(?:\w+\s)?total\s(?:{QUALIFIER}\s?)?$")
_COMBINED_WITH_LEFT = re.compile(
    rf"\b(?:combined|together|along) with\s(?:a\s|an\s|the\s|its\s|their\s)?(?:prior\s|earlier\s|previous\s|existing\s|"
    rf"first\s|initial\s)?(?:{QUALIFIER}\s?)?$")
TOTAL_AFTER = re.compile(r"\s?(?:in total|to date|so far|in all|altogether|combined|in aggregate)")
# A total with a ceiling is the size of one commitment, not a sum so far: "逐步向 OpenAI 投资，总额最高
# 可达 1000 亿美元", "for a total of up to $100 billion"
# ... unless the sum is one to date: "has invested a total of up to $13 billion since 2019"
_TO_DATE = re.compile(
    r"\b(?:has|have|had)\s(?:\w+\s)?(?:invested|put|poured|committed|provided|raised|pledged)\b|\bsince\b|"
    r"\bover the (?:past|last)\b|\bso far\b|\bto date\b|迄今|至今|累计|此前已|已经?(?:累计)?(?:投资|投入|注资)"
)
_CAPPED_TOTAL = re.compile(
    r"(?:总额|总计|总共|合计|共计)(?:将)?(?:最高|最多|至多)(?:可|将)?(?:达到|达|为)?\s?$|"
    r"\btotal(?:ling|ing)?(?: of)?\s(?:up to|as much as)\s$"
)
# "has raised about $3.9 billion since it was founded in 2018": everything raised, not a round
_SINCE_FOUNDING = re.compile(
    r"(?:\s(?:of|in)\s(?:fresh\s|new\s|outside\s)?(?:equity|funding|capital|venture capital|financing)"
    # ("$14 billion of equity the company has raised since it was set up")
    r"(?:\s[^,.;$€£¥]{0,30}?\b(?:raised|took in))?)?"
    r"\s?since (?:it was |its |being |the (?:company|firm|startup|lab) was )?(?:founded|founding|inception|launch|start|set up|established|creation)|"
    # an investor's sum put into a company over time: "has put $8 billion into the company in total",
    # "more than $500 million into Groq since it was founded"
    r"\s(?:(?:in|into)\s(?:it|them|the company|the startup|the lab|the firm)|into\s[\w.-]+(?:\s[\w.-]+)?)\s"
    r"(?:in total|all told|altogether|in all|since (?:it was |its |being |the (?:company|firm|startup|lab) was )?(?:founded|founding|inception|launch|set up|established))\b|"
    # "raised more than $12 billion in debt and equity over the past 18 months": a running sum (a
    # round raised over the last months is still a round: "$300 million in a Series E over the last
    # six months")
    r"\s(?:in|of)\s(?:debt and equity|equity and debt|debt|several rounds|multiple rounds|a series of rounds)"
    r"\s(?:over|in|during) the (?:past|last) (?:\w+|\d+) (?:months|years)\b|"
    # an investor's sum over the years: "has invested $8 billion in Anthropic over the years"
    r"\s(?:in|into)\s[\w.-]+(?:\s[\w.-]+)?\sover the (?:years|past (?:few |several )?(?:years|decade))\b|"
    # ... and so is money raised over years ("more than $30 billion in the last two years")
    r"(?:\s(?:of|in)\s[a-z ]{0,30}?)?\s(?:over|in|during) the (?:past|last) (?:two|three|four|five|several|few|\d+) years\b|"
    # "has raised some $7.3 billion over the past year"
    r"\s(?:over|in|during) the (?:past|last) (?:year|twelve months|12 months)\b"
)
# A running total stated with its verb: "bringing its total investment to $8 billion",
# "使其累计投资额达到 80 亿美元", "总投资增至".
_TOTAL_FRAME = re.compile(
    # (a list of rounds may hold commas: "its total across its Series A, B and C to")
    rf"(?:\btotal\b|\boverall\b|\bcumulative\b|\baggregate\b)(?:[^,.;$€£¥]|,\s(?=[a-k]\b)){{0,50}}?"
    rf"\b(?:to|of|at|reach(?:es|ed|ing)?|hit(?:s|ting)?|stands at|now)\s(?:{QUALIFIER}\s?)?$|"
    rf"(?:\bbring(?:s|ing)?|\bbrought|\btak(?:es|ing)|\btook|\bpush(?:es|ing|ed)?|\blift(?:s|ing|ed)?)"
    rf"\s(?:[^,.;$€£¥]|,\s(?=[a-k]\b)){{0,40}}?\bto\s(?:a total of\s|about\s|around\s|roughly\s|some\s)?$|"
    rf"(?:总额|总计|累计|累积|总投资|合计|总金额|总规模)[^,。;$€£¥\d]{{0,12}}(?:达到|达|增至|升至|增加至|增加到|提高至|至|为|超过)"
    rf"\s?(?:{QUALIFIER}\s?)?$"
)
# A listing's gross proceeds
GROSS_TOTAL = r"(?:募资|集资|募集资金|所得款项|发行)总额"
# The total of this round is its size: "这轮融资总额达到 410 亿美元", "bringing the round's total to"
ROUND_TOTAL = re.compile(
    r"(?:这轮|本轮|该轮|此轮|这一轮|新一轮|一轮)\s?(?:融资|募资)?的?\s?(?:总额|总规模|总金额)|"
    # a listing's gross proceeds: "募资总额约 41.97 亿元", "集資總額約 43.48 億港元", "所得款项总额"
    rf"{GROSS_TOTAL}|"
    # "E 系列融资金额合计近八亿元", "B 轮融资总额": the total of one lettered round
    # ("在 2018 年 8 月的 Pre-A 轮融资中，总额 3.4 亿元")
    r"(?<![a-z])[a-k]\+*\s?(?:系列|轮)(?:融资|募资)?(?:中|里)?[,，]?\s?(?:融资|募资)?的?(?:金额)?\s?(?:总额|总规模|总金额|合计|共计|总计)|"
    r"\b(?:the|this) round's (?:total|size)\b|\btotal (?:size )?of (?:the|this) round\b|"
    # "closed its Series C equity round with total gross proceeds of"
    r"\bwith (?:total )?(?:gross )?proceeds of\b"
)
# Receiving money from someone: "is getting another $2.75 billion from Amazon",
# "secured $2 billion from Google", "took $4 billion from Amazon".
_RECEIVE_LEFT = re.compile(
    rf"\b(?:gets?|getting|got|receiv(?:e|es|ed|ing)|secur(?:e|es|ed|ing)|land(?:s|ed|ing)?|"
    rf"tak(?:e|es|ing)|took|wins?|won|winning|bag(?:s|ged)?|snag(?:s|ged)?|pull(?:s|ed|ing)? in|"
    rf"draws?|drew|attract(?:s|ed|ing)?|nab(?:s|bed)?|net(?:s|ted)?|scor(?:e|es|ed)|"
    rf"(?:haul|rake|bring)(?:s|ed|ing)? in|brought in|collect(?:s|ed)?)\s(?:another\s|an? additional\s|a fresh\s|a further\s|"
    rf"a new\s|an extra\s)?(?:{QUALIFIER}\s?)?$"
)
_BACK_WITH = re.compile(
    rf"\bback(?:s|ed|ing)?\s(?!up\b|out\b|down\b|off\b)[^,.;$€£¥]{{1,30}}?\bwith\s(?:an?\s|another\s)?"
    rf"(?:{QUALIFIER}\s?)?$"
)
# What an investor has put in over the years: "Microsoft, which has put more than $13 billion into
# OpenAI since 2019", "have poured $2 billion into it since 2021" (a sum to date, not a round)
_PUT_IN_SO_FAR_LEFT = re.compile(
    r"\b(?:has|have|had)\s(?:\w+\s)?(?:invested|put|poured|pumped|plowed|ploughed|injected|sunk)\s(?:in\s)?"
    rf"(?:{QUALIFIER}\s?)?(?:of\s)?$")
# (in the same clause: "in xAI's Series E, its biggest startup bet since 2020" is one round)
_SINCE_YEAR_LATER = re.compile(r"[^.;!?,]{0,50}?\bsince\s(?:(?:early|late|mid-?)\s?)?(?:19|20)\d\d\b")
# Money put into a company: "Microsoft alone put $10 billion into it" (not "put the cost at")
_PUT_LEFT = re.compile(rf"\bput(?:s|ting)?\s(?:in\s)?(?:an?\s|another\s|an additional\s|a further\s)?"
                       rf"(?:{QUALIFIER}\s?)?$")
_INTO_AFTER = re.compile(
    r"\s?(?:in\s)?into\s(?:(?P<pronoun>it|the\s(?:[\w-]+\s){0,3}?(?:company|startup|start-up|lab|firm|developer|maker))\b(?!['’]s\b))?"
)
_FROM_RIGHT = re.compile(r"\s?(?:more\s|in (?:new |fresh )?(?:funding|capital|investment)\s)?from\s")
# "将共同向 L 投资至多 N", "will invest a combined $N", "A 和 B 合计向 L 投资": the sum of one
# deal (a commitment, a cap, or several investors together), not a running total.
_COMMITMENT = re.compile(
    r"将|拟|计划|同意|承诺|准备|打算|\bwill\b|\bwould\b|\bplans? to\b|\bagreed to\b|\bagrees to\b|"
    r"\bset to\b|\bis to\b|\bcommit\w*|\bpledg\w*"
)
_JOINT = re.compile(r"合计|共计|共同|一共|总共|共|combined|jointly|together|between them")
_RUNNING = re.compile(r"累计|累积|至今|迄今|to date|so far|cumulative|over the years|since")
# Holdings, not a round: "with $8 billion invested", "has invested $8 billion in Anthropic to
# date", "共投资 80 亿美元" (one investor; several investors together sum one deal).
# A lab takes a sum ("分别拿下超 10 亿美元"); with a valuation in the sentence it is a round
_RECEIVED_ZH = re.compile(
    rf"(?:拿下|获得|拿到|斩获|揽获|揽下|获)了?\s?(?:分别)?\s?(?:{QUALIFIER}\s?)?$"
)
_AVERAGE_LEFT = re.compile(
    rf"\baverage\s(?:[\w-]+\s)?(?:round|deal|cheque|check|investment|raise|ticket)s?(?:\ssize)?\s(?:of|was|is|at|came to)\s"
    rf"(?:{QUALIFIER}\s?)?$|"
    # (a round's average, not a cost's: "平均每年在算力上花费约 100 亿美元" stays)
    rf"平均(?:(?:每轮|每笔|单笔|单轮|水平)(?:融资|募资|投资)?|(?:融资|募资|投资))(?:额|金额|规模)?[^,，。;；\d]{{0,4}}?"
    rf"(?:为|是|达|约)?\s?(?:{QUALIFIER}\s?)?$"
)
_THRESHOLD_AFTER = re.compile(r"\s?(?:以上)?的\s?(?:只有|仅有|包括|还有|共有)|\s(?:or more|and above) (?:were|was|came)\b")
_THIS_FIGURE = re.compile(
    rf"(?:这一数字|这个数字|该数字|此数字|这一数据|\b(?:that|this|the) (?:figure|number)\b)[^,，。;；\d]{{0,12}}?"
    rf"(?:为|是|达|约|was|is|stood at|came to)\s?(?:{QUALIFIER}\s?)?$"
)
_SPENT_ON_COMPUTE_ZH = re.compile(
    r"花在[^,，。;；]{0,14}?(?:算力|芯片|gpu|显卡|数据中心|服务器|训练|推理|云服务|英伟达)[^,，。;；]{0,10}?"
    r"(?:的钱|的资金|的费用|上)?(?:为|达|约|超过|逾)?\s?(?:约|近|超|逾)?\s?$"
)
_TIMES_OF = re.compile(r"\s?的\s?(?:[\d.]+|[一二两三四五六七八九十几数]+)\s?倍")
_AFTER_VALUATION_ZH = re.compile(
    r"估值\s?(?:再|又)?\s?(?:追加|获得|募得|融资|融得|拿到|筹集|募集)了?\s?(?:约|近|超|逾|超过)?\s?$"
)
_VALUATION_WORD = re.compile(r"估值|valuation|valued at|valuing")
_WITH_LEFT = re.compile(rf"w(?<!\ww)ith\s(?:{QUALIFIER}\s?)?$")
_INVESTED_RIGHT = re.compile(r"\s?(?:already\s|now\s)?invested\b")
_INTO_RIGHT = re.compile(r"\s(?:in|into)\s(?:the\s)?$")
_SO_FAR_ZH = re.compile(r"此前|迄今|至今|累计|先后|历年")
_HOLDING_ZH = re.compile(r"共(?<![合总]共)(?:计划|向[^,。;，；]{1,20}?)?(?:投资|注资|投入)了?\s?$")
_NAME_LIST = re.compile(r"(?:、|,|和|与|及|以及|\band\b|&)")


# "add up to", "added up to": a sum, not a ceiling of a commitment
_SUMS_UP_TO = re.compile(r"\b(?:add|adds|added|adding|sum|sums|summed)\sup\sto\s$")
# "added up to $4 billion more": an addition
MORE_AFTER = re.compile(r"\s?(?:more|in additional|additional)\b")


def _joint_commitment(folded: str, sent: Sentence, m: Money) -> bool:
    """True when a total cue before `m` sums one deal rather than past rounds."""
    start = max(sent.start, m.start - 60)
    for stop in ("。", ";", "；"):
        start = max(start, folded.rfind(stop, sent.start, m.start) + 1)
    left = folded[start:m.start]
    if (m.qualifier == "up to" and not _SUMS_UP_TO.search(left)) or _COMMITMENT.search(left):
        return True
    joint = _JOINT.search(left)
    if joint is None or _RUNNING.search(left):
        return False
    names = [r for r in sent.refs if start <= r.start and r.end <= start + joint.start()]
    # (the parties are the last names before the joint word: "智谱获得腾讯和阿里巴巴共计")
    return len(names) >= 2 and bool(_NAME_LIST.search(folded, names[-2].end, names[-1].start))


def _holding(folded: str, sent: Sentence, m: Money, right_end: int) -> bool:
    """True when the amount at `m` is what an investor holds so far, not one round."""
    left = folded[max(sent.start, m.start - 30):m.start]
    if _WITH_LEFT.search(left) and _INVESTED_RIGHT.match(folded, m.end, right_end):
        return True
    if _HOLDING_ZH.search(left) and (not _joint_commitment(folded, sent, m)
                                     or _SO_FAR_ZH.search(left)):
        return True  # ("投资人此前共向 Adept 投入 4.14 亿美元": what they put in so far)
    # "invested $8 billion in Anthropic to date": the total cue after the recipient's name
    for r in sent.refs:
        if m.end < r.start <= m.end + 12 and _INTO_RIGHT.match(folded[m.end:r.start]) and \
                TOTAL_AFTER.match(folded, r.end, right_end):
            return True
    return False


_VAL_RIGHT = re.compile(
    r"\s?(?:pre-money\s|post-money\s)?valuation|\s(?:pre-money|post-money)\s(?:mark|value|price)\b|"
    # "up from a $9.1 billion Series E valuation": the round's name may stand between
    r"\s(?:series[\s-][a-k]\+?|seed|pre-seed|angel)(?:\sround)?\s(?:pre-money\s|post-money\s)?valuation\b(?!\s(?:round|event))|"
    # (a conversion in brackets may stand between: "以600亿美元(约合人民币4366亿元)的投后估值")
    r"(?:\s?[(（][^()（）]{0,30}[)）])?\s?的?(?:投前|投后)?估值|"
    # "the $1.8 billion that investors put on Mistral when it raised ...": a past valuation
    r"\s(?:that|which)\s(?:investors|backers|venture capitalists|vcs)\s(?:had\s)?(?:put|placed)\son\b|"
    # "the $2.6 billion at which the company raised $675 million"
    r"\sat which\b|"
    # "some investors bought in at the $13 billion mark, others at $11 billion"
    r"\smark\b(?=[^.;]{0,40}?\bothers at\b)"
)
# a word of wonder before the figure: "valuing the company at an astonishing $10bn"
_EMPHASIS = (r"(?:an?\s)?(?:staggering|astonishing|whopping|eye-popping|eye-watering|jaw-dropping|record|"
             r"hefty|lofty|massive|reported|rumou?red|stunning|remarkable|impressive)\s?")
_VAL_LEFT = re.compile(
    # the noun phrase between may hold a digit age ("values the 10-month-old company at")
    rf"(?:valu(?:ed|ing|es|e|ation)\b(?:[^$€£¥\d.;]|\d+-(?=[a-z])|(?<=\ba)\.(?=i\.)|(?<=\ba\.i)\.){{0,64}}?"
    rf"\b(?:at|of|to|near|around|about)(?:\s|\Z)(?:just\s|only\s|merely\s)?(?:{_EMPHASIS})?(?:{QUALIFIER}\s?)?"
    rf"|v(?<!\wv)alu(?:ation|ed)\s(?:{QUALIFIER}\s?)"  # "at a valuation above $10 billion"
    # "推升估值至惊人的 $12 billion", "使其估值达到": a verb that moves the valuation
    rf"|(?:推升|推高|拉升)(?:其|公司|该公司)?估值(?:至|到|达到|达)\s?(?:惊人的|高达)?\s?(?:{QUALIFIER}\s?)?"
    # "making its valuation reach $2.4 billion", "its valuation topped $10 billion"
    rf"|v(?<!\wv)aluation\s(?:already\s|now\s|has\s|had\s|quickly\s|soon\s|has already\s|had already\s)?"
    rf"(?:reach(?:ed|es|ing)?|hit|hits|hitting|top(?:s|ped|ping)?|surpass(?:ed|es|ing)?|"
    rf"exceed(?:ed|s|ing)?|(?:climb|jump|soar|rise|rose|grow|grew|swell)\w*\sto)\s(?:{QUALIFIER}\s?)?"
    rf"|u(?<!\wu)nicorn\b[^$€£¥\d.;]{{0,20}}?\bat\s(?:{QUALIFIER}\s?)?"  # "made it a unicorn at $1.1 billion"
    # "a $155 million extension of its Series C put the company at $1.2 billion"
    rf"|p(?<!\wp)ut\s(?:the\s)?(?:company|startup|firm|business|lab|it|them)\s(?:at|near)\s(?:{QUALIFIER}\s?)?"
    # "a deal that would almost double that valuation to $6 billion", "lifting its valuation to"
    rf"|(?:doubl|tripl|lift|push|boost|bump)\w*\s(?:that|its|the|their|[\w.-]+['’]s)\s(?:[\w-]+\s)?(?:valuation|market (?:value|cap\w*))\s"
    rf"(?:to|at|past|above|beyond|over|north of)\s(?:the\s)?(?:{QUALIFIER}\s?)?"
    # "both undertook funding talks with a price tag of $4bn"
    rf"|(?:funding|fundraising|financing|investment)\stalks\s(?:with|at)\sa\sprice\stag\sof\s(?:{QUALIFIER}\s?)?"
    # "a deal that priced the company at $18 billion"
    rf"|p(?<!\wp)ric(?:ed|es|ing)\s(?:the\s)?(?:company|startup|firm|business|lab|it|them)\s(?:at|near)\s(?:{QUALIFIER}\s?)?"
    # (adverbs may pile up: "估值还只有 1830 亿美元")
    rf"|估值\s?(?:(?:尚|仍|已|还|就|也|则|即|或|仅|只有|只|才|落在|介于)\s?){{0,2}}(?:{QUALIFIER}\s?)?"
    # "估值从上一轮融资结束后(今年 6 月)的 99 亿美元，涨到了": the valuation a change starts from
    rf"|估值从[^,;。$€£¥]{{0,30}}?的\s?(?:{QUALIFIER}\s?)?"
    # "是最后一轮融资时的估值（约 42 亿美元）的三倍有余": the figure in brackets after the word
    rf"|估值\s?[(（]\s?(?:{QUALIFIER}\s?)?"
    # ("估值，瞬间飙升至 44.8 亿美元": a comma may follow the noun before a verb of rising)
    rf"|估值,\s?(?:瞬间|一举|直接|迅速|随即|更是|随之|也|已|再度|进一步|进而){{0,2}}\s?(?:飙升至|飙升到|暴增至|暴增到|大增至|大增到|跃升至|跃升到|攀升至|攀升到|飙到|飙至|"
    rf"飙涨至|飙涨到|暴涨至|暴涨到|升至|增至|涨至|涨到|提升至)\s?(?:{QUALIFIER}\s?)?"
    rf"|估值(?:(?!募集|筹集|获得|完成|融资(?!后)|募资)[^,;。\d$]){{0,14}}?"
    rf"(?:为|是|达|达到|超过|攀升至|升至|增至|提升至|跃升至|飙升至|高达|接近|突破|约为|翻倍至|翻番至|翻倍到|"
    rf"暴增至|暴增到|大增至|大增到|飙升到|飙涨至|飙涨到|暴涨至|暴涨到|跃升到|攀升到|飙到|飙至|"
    rf"上调至|上调到|调升至|涨至|涨到|升到|跃至|来到|提高至|提高到|冲上|冲到|冲至|站上|推高到|推高至|推升至|抬升至|增长至|增长到|上涨至|上涨到|"
    # "估值可能升抵 400 亿美元", "估值可能一口气增加逾一倍到 80 亿美元"
    rf"升抵|上升到|上升至|增加到|增加至|倍到|倍至|膨胀到|膨胀至)"
    rf"\s?(?:{QUALIFIER}\s?)?)$"
)
# A fundraising target, not money raised: "the $700 million it had hoped to raise", "above its
# $1 billion goal", "超过原定的 20 亿元融资目标", "高于原计划募集的 20 亿元".
_TARGET_RIGHT = re.compile(
    r"\s?(?:that\s|which\s)?(?:it|they|we|the (?:company|startup|firm|lab|group|business)|"
    r"(?!as\b|and\b|but\b|in\b|for\b|from\b|with\b|at\b|by\b|of\b|to\b|than\b)[\w.'-]+)\s(?:had\s|has\s|have\s|was\s|were\s|had been\s|"
    r"has been\s)?(?:originally\s|initially\s|first\s|once\s)?(?:set out|hoped|aimed|planned|sought|"
    r"targeted|intended|wanted|meant|budgeted|been seeking|been looking)\b|"
    r"\s?(?:fundraising\s|funding\s|raise\s|fund-raising\s)?(?:target|goal)\b|"
    r"\s?的?(?:融资|募资|募集|筹资)?目标"
)
_PLANNED_SUM = r"[^,。;，；\d]{0,6}?\s?"
_ROUND_MAY_REACH = (r"[^,。;，；\d]{0,6}?(?:(?:最终|最后)(?:可能|或将|有望|将)?|"
                    r"可能|或将|有望)(?:达到|达|扩大至|增至|增加到)\s?")
_ROUND_MAY_REACH_EN = (r" (?:round|raise)\s(?:could|may|might|would|will|is expected to)\s"
                       r"(?:eventually\s|ultimately\s)?(?:reach|total|grow to|hit|top)\s")
_ROUND_TARGET = r"(?:融资|募资)?的?目标(?:为|是)?\s?"
_ROUND_TARGET_EN = r" round (?:targets|is targeting|aims (?:for|at)|seeks)\s"
_TARGET_MOVED_EN = r" (?:target|goal) (?:to|of|at)\s"
_TARGET_MOVED_ZH = r"(?:提高|上调|提升|下调|降低|调整|扩大|增加|调高|调低)?(?:至|到|为|是)\s?"
# (one group of branches that each open with a literal, so re can skip ahead, and the qualifier
# they all end with once)
_TARGET_LEFT = re.compile(
    "(?:"
    + "|".join(word + _PLANNED_SUM for word in ("原定", "原计划", "原先计划", "最初计划", "此前计划", "原本计划",
                                              "原本", "原先"))
    # what the whole round may come to: "整轮最终可能达到 10 亿美元", "the full round could reach"
    + "|" + "|".join(word + _ROUND_MAY_REACH for word in ("整轮", "全轮", "本轮", "该轮", "这轮", "总规模"))
    + "|" + "|".join(f"{w[0]}(?<!\\w{w[0]}){w[1:]}{_ROUND_MAY_REACH_EN}" for w in ("full", "whole", "entire", "final"))
    # the round's target: "整轮目标最高 10 亿美元", "the round targets up to $1 billion"
    + "|" + "|".join(word + _ROUND_TARGET for word in ("整轮", "全轮", "本轮", "该轮", "这轮"))
    + "|" + "|".join(f"{w[0]}(?<!\\w{w[0]}){w[1:]}{_ROUND_TARGET_EN}" for w in ("the", "this", "whole", "full", "entire"))
    # a round's target set or moved: "raised its round target to €2 billion", "lifted the target of its
    # funding round to", "将融资目标提高至 20 亿欧元"
    + "|" + "|".join(f"{w[0]}(?<!\\w{w[0]}){w[1:]}{_TARGET_MOVED_EN}" for w in ("round", "fundraising", "fund-raising",
                                                                             "funding", "raise"))
    + r"|t(?<!\wt)arget (?:of|for) (?:its|the|this|a) (?:\w+ )?(?:funding |fundraising )?round (?:to|of|at)\s"
    + rf"|(?:融资|募资|募集)目标(?:金额)?{_TARGET_MOVED_ZH}"
    + rf")(?:{QUALIFIER}\s?)?$"
)
_ROUND_CEILING_LEFT = re.compile(
    r"(?:本轮|该轮|这轮|整轮|此轮)(?:融资)?(?:总)?(?:规模|金额|总额)?(?:最多|最高)可?(?:达到|达|为)?\s?$")
_EARLIER_ROUND_AMOUNT = re.compile(r"\d[\d.,]*\s?[亿万]?\s?(?:美元|美金|元|欧元)[^。]{0,16}?(?:融资|轮)")
_TARGET_LEFT_GATE = ("原", "轮", "规模", "round", "raise", "目标", "goal")
# Compute bought, though the word is a takeover's: "a $1 billion acquisition of NVIDIA's AI servers"
_GOODS_BOUGHT_AFTER = re.compile(
    r"\s(?:acquisition|purchase|buy)\sof\s(?:[\w-]+'s\s|(?:ai|new|additional|more|advanced|its|their|the|nvidia|amd|"
    r"gpu|dell|supermicro)\s){0,3}(?:servers?|gpus?|chips?|accelerators?|"
    r"hardware|compute|computing power|computing capacity|h100s?|h200s?|b200s?|gb200s?|gb300s?)\b"
    # (not a company the goods word describes: "acquisition of chip startup Run:ai")
    r"(?!\s(?:[\w-]+\s)?(?:start-?ups?|company|companies|makers?|designers?|providers?|firms?|business|unit|developers?|"
    r"operators?|infrastructure|specialist)\b)")
_ASSETS_BOUGHT_AFTER_ZH = re.compile(r"(?!\s?(?:的)?(?:融资|投资))[^,，。;；]{0,6}?(?:取得|收购|买下|购得|购买|买入)[^,，。;；\d]{0,24}?资产")
# "an investment of $2 billion by Nvidia in xAI": the parties of a round named right after it
_PARTY_AFTER = re.compile(r"\s(?:by|from|in|into)\s(?:the\s)?")
_REPRESENTS_INVESTMENT = re.compile(
    rf"\b(?:represents?|representing|amounts? to|marks?|involves?|involving|entails?)\s(?:an?\s)?(?:total\s|combined\s|overall\s)?"
    rf"(?:capital\s|corporate\s|private\s|planned\s)?investment\s(?:of\s)?(?:{QUALIFIER}\s?)?$")
_PART_OF_PLAN_AFTER = re.compile(
    r"\s(?:[\w-]+\s){0,2}?(?:plan|program|programme|pledge|initiative|partnership)\b")
_PART_OF_PLAN_AFTER_ZH = re.compile(r"\s?(?:的)?(?:投资|合作)?(?:计划|计画|项目|方案|协议)(?:的)?一部分")
# What a round may grow into, not money raised: "the first installment of what could become a $1 billion
# mega-round", "he's targeting up to $1 billion in total funding"
_MAY_BECOME_LEFT = re.compile(
    rf"\b(?:could|may|might|would)\s(?:eventually\s|ultimately\s|soon\s)?(?:become|grow into|grow to|swell to|"
    rf"balloon to|expand to)\s(?:an?\s)?(?:{QUALIFIER}\s?)?$|"
    rf"\b(?:is|are|was|were|'s|'re)\s(?:now\s)?targeting\s(?:{QUALIFIER}\s?)?$"
)
_COMPARISON_GOES_ON_ZH = re.compile(
    r"\s?[)）]?\s?(?:的?(?:投后|投前)?估值[^,，。;；\d$€£¥]{0,12}?)?[,，]?\s?(?:[^,，。;；\d$€£¥]{0,6}?估值)?\s?(?:但|且|也)?\s?")
# "up from $270 million raised in its Series C": an earlier round's size, not its price
_RAISED_IN_AFTER = re.compile(r"\s(?:raised|in (?:funding|new funding|its|a)\b|of (?:new |fresh )?(?:funding|capital)\b)")
_ROUND_OF_AFTER_ZH = re.compile(r"\s?(?:的)?(?:融资|投资|轮)")
_AFTER_ROUND_OF_ZH = re.compile(r"\s?(?:的)?(?:融资|投资|轮融资)(?:后|之后)的?\s?")
_FOR_ITS_FUND_AFTER = re.compile(
    r"\s(?:for|in)\s(?:its|their|a|the|his|her)\s(?:[\w-]+\s){0,3}?(?:fund|funds|investment vehicle)\b(?!-)|"
    r"\sfor\s(?:vc|venture|venture capital)\sinvestments?\b")
_CALLED_OFF_LEFT = re.compile(
    r"\b(?:suspended|abandoned|scrapped|called off|shelved|halted|paused|cancel(?:l)?ed)\s(?:its|the|their|a)\s"
    r"(?:own\s|planned\s|proposed\s)?$")
# The whole a part was raised out of: "only secured 80 billion won out of the 160 billion won planned"
_OUT_OF_LEFT = re.compile(r"\bout of\s(?:the\s|a\s|an\s|its\s)?$")
_PLANNED_AFTER = re.compile(r"\s(?:it\s|they\s|the company\s)?(?:had\s|has\s)?(?:planned|targeted|sought|hoped|aimed|"
                            r"intended|set out)\b|\s(?:target|goal)\b")
# A change of a figure, not a sum of money raised: "Runway's valuation grew by $2 billion"
_GREW_BY_LEFT = re.compile(
    rf"\b(?:grew|grown|grows|rose|risen|rises|increased|jumped|climbed|surged|soared|swelled|went up|gone up|"
    rf"is up|was up|fell|dropped|declined|shrank)\sby\s(?:{QUALIFIER}\s?)?$"
)
# An aim ("set out to collect 160 billion won … but secured only", "aimed to raise $10 billion; talks
# are continuing") is no money raised, unless it was met ("aimed to raise $40 billion and did")
_AIM_LEFT = re.compile(
    rf"\b(?:set out|aimed|had aimed|hoped|had hoped|initially sought)\sto\s(?:raise|collect|secure)\s(?:{QUALIFIER}\s?)?$")
_AIM_MET_AFTER = re.compile(
    r"[^.;]{0,60}?\b(?:and did|got there|(?:reached|hit|met|achieved|closed|raised) (?:it|that|the target|its target))\b")
# A minority stake bought for a sum is funding of the company whose shares are bought:
# "以 20 亿美元收购 MiniMax 15% 的股份", "斥资 N 购入 X 10% 股权" (a control stake is M&A).
_STAKE_BUY_ZH = re.compile(
    r"\s?(?:的)?\s?(?:收购|购入|买入|认购|购买)\s?[^,。;，；\d%]{1,24}?\s?(?:约|近|逾)?\s?"
    r"(?P<pct>\d+(?:\.\d+)?)\s?%\s?(?:的)?\s?(?:股份|股权)"
)
# A contrast clause that leaves out the cue of the clause before: "亚马逊预估资本支出约 N，微软则
# 预计介于 A 至 B", "Amazon expects capex of $N, while Microsoft expects $M".
_CONTRAST_ELLIPSIS = re.compile(
    rf"(?:则|而|也|亦)\s?(?:预计|预估|估计|计划|将|为|约|达|介于|在)[^,，;；\d]{{0,8}}$|"
    # "…的训练成本约 1.92 亿美元；Meta 的 Llama 3.1 约为 1.7 亿美元": a clause after a semicolon
    # that names another company and only its figure
    rf"[;；]\s?[^,，;；$€£¥]{{1,30}}?(?:约为|约|为|达|则为)\s?(?:{QUALIFIER}\s?)?$|"
    rf"\b(?:while|whereas)\s[\w.&' -]{{1,30}}?\s(?:expects?|sees|forecasts?|projects?|plans?|guided for|"
    rf"estimates?)\s(?:about\s|around\s|roughly\s)?(?:{QUALIFIER}\s?)?$"
)
# The same figure for the next period, its noun left out: "一季度资本开支为 274.76 亿元，同比增长 91%；
# 二季度为 191.07 亿元", "capex was $22.6 billion in the first quarter; in the second quarter it was"
_NEXT_PERIOD_FIGURE = re.compile(
    rf"[;；,，]\s?(?:(?:第?[一二三四1-4]|上一?|下一?|本|当)季度?|q[1-4]|上半年|下半年|(?:19|20)\d\d\s?(?:财年|年)(?:全年|度)?|"
    rf"明年|后年|今年)(?:则|也|亦|又)?(?:会|将|可能|预计)?(?:进一步|继续|再)?"
    rf"(?:为|是|达到?|约为?|回落至|降至|下降至|下滑至|升至|增至|增长至|上升至|回升至|冲上|攀升至|飙升至|增加到)"
    rf"\s?(?:{QUALIFIER}\s?)?$|"
    rf"[;,]\s(?:and\s|while\s)?(?:in\s)?the\s(?:first|second|third|fourth|next|following)\squarter,?\s"
    rf"(?:(?:it\s)?(?:was|came to|rose to|fell to|reached|hit|stood at|climbed to|dropped to)\s)?(?:{QUALIFIER}\s?)?$"
)
# An amount with no cue of its own that continues the previous one of its kind.
_ANOTHER_AMOUNT = re.compile(
    r"(?:\band|\bplus|\bthen|,)\s(?:then\s)?(?:another|a further|an additional|a second|a third|"
    r"an extra)\s(?:of\s)?$|(?:又|再|另)(?:获得?|获|拿到|筹集|追加|增加|加码)?了?\s?$|"
    # "raised $15 million early this year followed by a staggering $200 million in July"
    rf"\bfollowed by\s(?:another\s|a further\s|an?\s)?(?:{_EMPHASIS})?$"
)
# Cheap tests before the slow patterns: a word each of their matches must contain.
_VAL_HINT = re.compile(r"valu|估值|unicorn|p(?<!\wp)(?:ut\b|ric)")
# A sum said again in other words or another currency: "$25 billion, or $26 billion", "€450 million,
# or about $500 million", "200 亿澳元（约合 130 亿美元）"
_RESTATE_LEAD = r"(?:or|i\.e\.|即|或|约合|合)\s?(?:about\s|roughly\s|around\s|some\s|约)?"
_RESTATED = re.compile(rf",?\s?{_RESTATE_LEAD}")
_TOTAL_HINT = re.compile(r"total|overall|cumulat|aggregate|bring|brought|tak|took|push|lift|总|累|合计")
_LIST_SEP = re.compile(
    r"^\s?(?:、|,|and|和|及|与)\s?(?:up to|as much as|about|around|nearly|over|more than|最多|至多|约|超过)?\s?$"
)
# "invest $500 billion ... building AI infrastructure": spending, not a round
_INFRA_NOUN = (
    # (words of the object's noun phrase: "8,000" is one, a clause word such as "as" ends it)
    r"\s(?:(?!(?:as|while|because|which|that|when|after|where|who)\s)(?:\d{1,3}(?:,\d{3})+|[\w.'-]+)\s){0,7}?"
    r"(?:infrastructure|data cent(?:er|re)s?|"
    r"facilit(?:y|ies)|campus(?:es)?|capacity|compute|chips|servers|supercomputers?|clusters?|"
    r"footprint|complex(?:es)?|cloud regions?|(?:gpu|ai) clouds?(?!\s(?:firm|company|provider|startup|operator|player)s?\b)|"
    r"hyperscale|(?:ai|data|compute) hubs?)"
)
_INFRA_OBJECT = re.compile(
    rf"in{_INFRA_NOUN}|into{_INFRA_NOUN}|on{_INFRA_NOUN}|building{_INFRA_NOUN}|to build{_INFRA_NOUN}|"
    rf"for{_INFRA_NOUN}|to{_INFRA_NOUN}|at{_INFRA_NOUN}|"
    r"建设|兴建|扩建|新建|数据中心|基础设施|算力|智算中心|"
    # chips bought with it: "再投资 15 亿美元，采购 8000 块英伟达 B200"
    r"(?:采购|购买|购入)[^,，。;；]{0,16}?(?:块|张|颗|gpu|芯片|显卡|加速卡|服务器)"
)
_RECEIVES_ZH = re.compile(r"获得|获|拿到|接受|迎来|完成")
_TO_LAB = re.compile(r"(?:向|对|给)\s?(?:这家|该)?\s?$")
# Spending on a field in Chinese: "今年将在 AI 训练和推理上合计投入约 N", "在模型研发方面花费 N".
_SPEND_ON_ZH = re.compile(
    rf"在[^,。;，；]{{1,24}}?(?:上|方面|领域)\s?(?:合计|共同|共|总共|再|将|累计|每年|一年)?"
    rf"(?:投入|花费|支出|开支|砸下|砸)了?\s?(?:{QUALIFIER}\s?)?$"
)
# The infrastructure named before the verb in Chinese: "甲骨文与 OpenAI 计划向欧洲 AI 基础设施投资
# N", "将在日本数据中心上投入 N": the partners spend on it, neither funds the other.
_INFRA_INVESTED = (r"[^,。;，；]{0,24}?(?:基础设施|基建|数据中心|算力|智算中心|超算|集群|园区)"
                   r"(?:建设|项目)?(?:上|方面|领域)?\s?(?:合计|共同|共|总共|再|将)?(?:投资|投入|注资|出资)了?\s?")
_COMPUTE_BUDGET = r"(?:网络|中心)?(?:投资|投入|开支|支出)(?:额|计划|预算|规模)?(?:为|约|达)?\s?"
_SITE_THEN_INVESTED = (r"[^。;；]{0,30}?(?:数据中心|园区|集群|超算|智算中心|基地)[^。;；,，\d]{0,10}?[,，]\s?"
                       r"(?:总|计划|预计|首期|一期|二期|三期|初期)?投资(?:额|金额|总额)?(?:为|约|达|将)?\s?")
# a phase of a project: "首期投资约 100 亿欧元", "一期项目投资"
_PHASE_INVESTED = r"(?:项目)?(?:总)?投资(?:额|金额|总额)?(?:为|约|达|将)?\s?"
# (not a stake bought or a round joined: "…投资约 5 亿元入股沐曦", "…参与摩尔线程增资")
_EQUITY_AFTER_ZH = re.compile(r"\s?(?:入股|领投|跟投|参投|参与|认购|增资|融资)")
# (one group of branches that each open with a literal, so re can skip ahead, and the qualifier
# they all end with once)
_INFRA_BEFORE_ZH = re.compile(
    rf"(?:向{_INFRA_INVESTED}|对{_INFRA_INVESTED}|在{_INFRA_INVESTED}|于{_INFRA_INVESTED}|为{_INFRA_INVESTED}|"
    # "其中算力投资 373 亿元", "数据中心投入约 N": the compute investment of a budget
    rf"算力{_COMPUTE_BUDGET}|基础设施{_COMPUTE_BUDGET}|数据中心{_COMPUTE_BUDGET}|智算{_COMPUTE_BUDGET}|"
    # "将建设其第三座大型数据中心，投资超过 200 亿美元": the site built, then what it costs
    rf"建设{_SITE_THEN_INVESTED}|兴建{_SITE_THEN_INVESTED}|新建{_SITE_THEN_INVESTED}|扩建{_SITE_THEN_INVESTED}|"
    rf"打造{_SITE_THEN_INVESTED}|(?<!基金)(?:首期|一期|二期|初期){_PHASE_INVESTED})"
    rf"(?:{QUALIFIER}\s?)?$"
)
_UNDELIVERED_AFTER = re.compile(
    r"[^,，。;；]{0,12}?(?:无法交付|未能交付|无法发货|不能交付)|"
    r"[^,.;]{0,30}?\b(?:cannot|could not|can't|couldn't|will not|won't) be (?:delivered|shipped|fulfilled)\b"
)
CONTRACTED_REVENUE = re.compile(r"\bcontract(?:ed)? revenues?\b|合同收入|合约收入|合同营收")
_HOSTING_DEAL = re.compile(r"\bleases?\b|\bcolocation\b|\bhosting\b|托管|租赁|租约|托管协议")
_IN_LAB_GAP = re.compile(r"\s(?:in|into)\s")  # "… of $40 billion in OpenAI"
_FOR_NAMED = re.compile(r"\sfor\s(?:the\s|its\s)?[A-Za-z0-9]")  # "… at $20 billion for Colossus 2"
_BACKING_WORDS = re.compile(r"\b(?:backed|backer|backing|stake|round|funding|raised|valuation|investors|series [a-k]|from)\b")
# What a project's investment is put at: "puts the initial investment at about 65 billion yen"
_INVESTMENT_PUT_AT = re.compile(
    rf"\b(?:puts?|putting|pegs?|pegged|pegging|estimates?|estimated|estimating)\s(?:the\s|its\s|their\s)?"
    rf"(?:initial\s|total\s|overall\s|planned\s|first-phase\s)?investment\sat\s(?:{QUALIFIER}\s?)?$|"
    # "The project carries a capital investment of USD 901.3 million": what a project costs
    rf"\b(?:carries|carry|has|have|with|involves|represents|requires)\s(?:a|an|the)\s(?:total\s|initial\s|planned\s)?"
    rf"capital investment of\s(?:{QUALIFIER}\s?)?$"
)
# Investment a project needs is what it costs, never a round: "could require investment of up to
# USD 25 billion"
_REQUIRED_OBJECT = (rf"\s(?:an?\s)?(?:total\s)?(?:investment|investments|capital|funding|spending)\s(?:of\s)?"
                    rf"(?:{QUALIFIER}\s?)?$")
_REQUIRED_ZH = rf"(?:投资|投入|资金)\s?(?:{QUALIFIER}\s?)?$"
_REQUIRED_INVESTMENT_LEFT = re.compile(
    rf"r(?<!\wr)equir(?:e|es|ed|ing){_REQUIRED_OBJECT}|n(?<!\wn)eed(?:s|ed)?{_REQUIRED_OBJECT}|"
    rf"c(?<!\wc)alls? for{_REQUIRED_OBJECT}|需要?{_REQUIRED_ZH}|要{_REQUIRED_ZH}|约需{_REQUIRED_ZH}"
)
# ... which is a site's cost when a site or project needs it ("a data centre … that could require
# investment of", "to finish Colossus 2"), and no one's when a company needs funding ("Anthropic
# could require funding of")
_FOR_A_SITE = re.compile(rf"{COMPUTE_SITE_WORDS}|\bprojects?\b|项目|\bto (?:build|finish|complete|expand|construct)\b")
_PURPOSE_CLAUSE = re.compile(
    # (or where it builds: "投资 12 亿欧元，在芬兰拉赫蒂建设一个超大规模数据中心园区")
    r"[,;，；]\s?(?:在[^,;，；。]{1,12}?(?:建设|兴建|新建|扩建|打造)(?=[^,;，；。]{0,16}?(?:数据中心|智算中心|算力|集群|超算))|"
    r"用于|用来|用以|以便?|来|扩大|扩建|扩充|建设|兴建|新建|提升|增加|采购|购买|购入|to |for |which will|"
    r"as it |as part of )"
)
_CLAUSE_END = re.compile(r"[;，；。]|,(?!\d)")  # (not the comma of "8,000")


def _object_span(folded: str, sent: Sentence, m: Money, next_start: int) -> tuple[int, int]:
    """Where the object of an investment verb can be: the rest of the clause, plus a
    following purpose clause ("，用于建设数据中心")."""
    start = m.end
    restated = _RESTATEMENT_AFTER.match(folded, start, min(next_start, start + 50))
    if restated:
        start = restated.end()  # "invest €450 million, or about $500 million, in a data centre"
    limit = min(next_start, start + 90)
    end = _CLAUSE_END.search(folded, start, limit)
    if end is None:
        return m.end, limit
    if _PURPOSE_CLAUSE.match(folded, end.start(), limit):
        nxt = _CLAUSE_END.search(folded, end.end(), limit)
        return m.end, nxt.start() if nxt else limit
    return m.end, end.start()


# A contract grown by a sum: "expanded its agreement with Microsoft by up to $2 billion",
# "将与甲骨文的合同扩大 30 亿美元". The increment is a new spending commitment.
_CONTRACT_GROWTH = re.compile(
    rf"\b(?:expand|extend|increas|enlarg|boost|upsiz|grow|grew|widen)\w*\s(?:its|the|their|his|her|an?)\s"
    rf"(?:[\w'-]+\s){{0,3}}?(?:agreements?|contracts?|deals?|partnerships?|commitments?)\b"
    rf"[^.;$€£¥]{{0,50}}?\bby\s(?:an?\s(?:further|additional)\s|another\s)?(?:{QUALIFIER}\s?)?$|"
    rf"(?:合同|合约|协议|订单)(?:金额|规模)?[^,。;，；]{{0,6}}?(?:扩大|增加|追加|提高)(?:了)?\s?(?:{QUALIFIER}\s?)?$"
)
_RAISED_SO_FAR_ZH = re.compile(
    rf"(?:迄今|至今|到目前为止)(?:为止)?[,，]?\s?(?:已经?|共|累计)?\s?(?:融资|募资|募集|筹集|筹资|获得)(?:了|资金)?\s?(?:{QUALIFIER}\s?)?$|"
    # "自 2023 年成立以来已筹得约 140 亿美元": everything raised since founding
    # ("成立三年来已成功募资约 100 亿美元")
    rf"成立(?:[一二两三四五六七八九十\d]+\s?年)?(?:以来|至今|来)[,，]?\s?(?:已经?|共|累计)?\s?(?:成功)?"
    rf"(?:融资|募资|募集|筹集|筹资|获得|筹得|募得)(?:了|资金)?\s?(?:{QUALIFIER}\s?)?$")
# "自 2022 年底 ChatGPT 横空出世……以来，OpenAI 已从投资者那里募集了超过 600 亿美元": all raised since
_SINCE_RAISED_ZH = re.compile(
    rf"以来[^。;；]{{0,40}}?已经?(?:从[^,，。;；\d]{{0,12}}?)?(?:融资|募资|募集|筹集|筹资|获得|筹得|募得|融得)(?:了|资金)?\s?"
    rf"(?:{QUALIFIER}\s?)?$")
_FOR_STAKE_AFTER = re.compile(
    r"\sfor\s(?:(?:its|a|an|the)\s)?(?:(?:minority|\d+(?:\.\d+)?%)\s)?(?:[\w.-]+\s){0,2}?stake\b|"
    r"\sfor\s(?:a\s)?\d+(?:\.\d+)?%\s(?:stake\s)?(?:of|in)\s")
_SET_ASIDE_LEFT = re.compile(rf"\b(?:set|sets|setting) aside\s(?:{QUALIFIER}\s?)?$|\bearmark(?:s|ed)?\s(?:{QUALIFIER}\s?)?$|预留\s?(?:{QUALIFIER}\s?)?$")
_SET_ASIDE_FOR = re.compile(
    r"chips?|processors?|gpus?|accelerators?|data cent(?:er|re)s?|capacity|infrastructure|capex|compute|"
    r"算力|芯片|服务器|数据中心|智算|基础设施")
_ADDED_LEFT = re.compile(rf"\badd(?:s|ed)?\s(?:{QUALIFIER}\s?)?$")
_TO_COFFERS = re.compile(r"\sto (?:its|their) (?:coffers|war chest)\b")
# Money committed to a startup named right after it: "committed $4 billion to Anthropic"
_COMMITTED_LEFT = re.compile(
    rf"\bcommit(?:s|ted|ting)?\s(?:to\s(?:invest(?:ing)?\s)?)?(?:a further\s|another\s|an additional\s)?(?:{QUALIFIER}\s?)?$")
# A payment for compute: "will pay Lambda about $1.3 billion for access to 10,000 of its GPUs",
# "向 CoreWeave 支付 N 以租用 GPU"
_PAYS_LEFT = re.compile(
    rf"\bpa(?:y|ys|ying|id)\s(?:[\w.'&-]+\s){{0,3}}?(?:{QUALIFIER}\s?)?$|支付\s?(?:{QUALIFIER}\s?)?$")
_FOR_COMPUTE_AFTER = re.compile(
    r"[^.;。；]{0,40}?(?:\bfor (?:access to |the use of |use of )?|\bto (?:rent|lease|use)\s|"
    r"(?:用于|以|来)?(?:租用|使用|采购))[^.;。；]{0,30}?(?:gpus?|chips|compute|computing|capacity|servers|算力|芯片|服务器)"
)
class _Span(NamedTuple):
    """A stretch of text whose cues `_nearest` skips."""

    start: int
    end: int


_RAISED_FIGURE = re.compile(
    r"\brais(?:e|es|ed|ing)\s(?:the|its|their)\s(?:bottom|top|low(?:er)? end|high(?:er)? end|upper end|"
    r"forecast|guidance|outlook|estimate|range|target|projection|prices?|budget|capex|spending)\b")
# A revenue figure told as a growth: "sales at Amazon Web Services grew 24% to $35.6 billion",
# "云业务营收同比增长 34% 至 N"
_GREW_TO = (rf"(?:grew|rose|climbed|increased|jumped|surged|fell|declined|增长|增至|上升|下降)"
            rf"[^.;$€£¥。；]{{0,20}}?(?:\bto|至|到)\s?(?:{QUALIFIER}\s?)?$")
_REVENUE_GREW_LEFT = re.compile(
    # (a decimal point is no sentence end: "revenue rose 5% to 247.8 billion yuan, and its cloud unit grew")
    rf"(?:sales|revenues?|营收|收入)(?:[^.;$€£¥。；]|\.(?=\d)){{0,60}}?{_GREW_TO}|"
    # a business growing to a sum is its sales: "its cloud unit grew 34% to 39.8 billion yuan"
    rf"\b(?:unit|division|segment|business|arm)\s{_GREW_TO}"
)
_COMMIT_FOR_COMPUTE = re.compile(r"capacity|\bcompute\b|computing|\bgpus?\b")
_EQUITY_WORDS = re.compile(r"\b(?:equity|stakes?|shares|funding rounds?|rounds?|venture|debt|loans?)\b")
_PARTNERS_NOUN = re.compile(r"(?:partnerships?|deals?|contracts?|agreements?|companies|providers|firms)\b")
_TO_RIGHT = re.compile(r"\s(?:to|in|into)\s(?:the\s)?")
# A growth told again after the first: "… in May and by $6.5 billion in September", "，9 月再追加"
_AND_BY = re.compile(
    rf"[^.;$€£¥]{{0,30}}?(?:,\s?|\s)(?:and|then)\s(?:again\s|later\s)?by\s(?:another\s)?(?:{QUALIFIER}\s?)?")
# The new figure of a change told from the old one: "from $75 billion to $85 billion", "从原先估计的 750
# 亿美元提升至 850 亿美元", "从 2023 年 244 亿元增长至 2025 年的 1039 亿元"
CHANGED_TO = re.compile(
    # (the old figure's period may come between: "rising from $9.2 billion in the year-ago quarter to")
    rf"(?:\s(?:(?:in|for|during)\s|last\s|a year\s)[^.;,$€£¥]{{0,30}}?)?\sto\s(?:{QUALIFIER}\s?)?|"
    r"\s?(?:[,，]\s?)?(?:(?:在|于)?(?:19|20)\d\d\s?年(?:的|度)?\s?)?[^,，。;；$€£¥\d]{0,4}?"
    r"(?:提升|提高|增长|增加|上调|上修|调高|调升|增|升|涨|扩大|飙升|激增|跃升|攀升|下调|降|下降|减少|削减|缩减|回落)"
    r"(?:至|到)了?\s?(?:(?:19|20)\d\d\s?年(?:的|度)?\s?)?(?:约|超过|逾|近|超)?\s?"
)
_FROM_LEFT = re.compile(rf"\bfrom\s(?:{QUALIFIER}\s?)?$")
_CHANGED_FROM_LEFT = re.compile(
    rf"{_FROM_LEFT.pattern}|从\s?(?:(?:19|20)\d\d\s?年(?:的|度)?|[^,，。;；$€£¥\d]{{0,8}}?的)?\s?(?:约|超过|逾|近)?\s?$")
_CONTRACT_HINT = re.compile(r"agreement|contract|deal|partnership|commitment|合同|合约|协议|订单")


_INVEST_WORD = re.compile(
    r"invest\w*|pour\w*|pump\w*|inject\w*|put\w* in|put\w* (?:another|an additional|a further)|"
    r"投资|投入|注资"
)
# A whole sector's deals, not a lab's round: "机器人领域共发生 223 起融资事件，融资金额高达 232
# 亿元", "AI startups raised $50 billion across 900 deals".
_SECTOR_DEALS = re.compile(
    r"(?:领域|行业|赛道|板块|产业|市场)[^。;]{0,30}?(?:发生|完成|披露|录得)[^。;]{0,10}?"
    r"\d+\s?(?:起|笔|宗)(?:融资|投资|交易)|"
    r"\bacross\s[\d,]+\s(?:deals|rounds|transactions|financings)\b|"
    # "2025 年国内 AI 领域全年融资额超过 1070 亿元": a sector's year of rounds summed (not "智谱在大模型
    # 领域融资额最高": a company's own)
    r"(?<!在)(?<!在[\u4e00-\u9fff])(?<!在[\u4e00-\u9fff]{2})(?<!在[\u4e00-\u9fff]{3})(?<!在[\u4e00-\u9fff]{4})"
    r"(?:领域|行业|赛道|板块)[^,，。;；\d]{0,6}?(?:全年|上半年|下半年|年内|累计)?(?:融资额|融资总额|投资额|融资规模)|"
    r"\b(?:startups|companies|firms)\s(?:in\s[\w\s-]{1,30}?\s)?(?:raised|attracted|drew)\sa\scombined\b|"
    # "大公司联合风险投资机构向 AI 行业大概投出去了 23 亿美元": money put into a whole sector
    r"向\s?(?:ai|人工智能|大模型|具身智能|机器人)?\s?(?:行业|赛道|领域|板块|产业)[^,，。;；\d]{0,10}?(?:投出|投入|投了|注入)|"
    # a counted group as the subject: "the 11 AI companies that listed … have raised HK$18.5 billion"
    r"\bthe\s(?:\d+|two|three|four|five|six|seven|eight|nine|ten|dozen)\s(?:[\w-]+\s){0,4}?"
    r"(?:companies|startups|start-ups|firms|labs|unicorns)\b[^.;]{0,80}?\b(?:have\s|had\s)?"
    r"(?:raised|took in|drew|attracted|pulled in|collected)\b|"
    # a kind of company as the subject: "Israeli start-ups have raised more than $3 billion", "AI 芯片
    # 初创公司当天合计吸金约 11 亿美元"; or money flowing into it: "$1.1 billion flowed into AI chip start-ups"
    r"\b(?:startups|start-ups|companies|firms|unicorns)\s(?:have\s|had\s)?(?:together\s|collectively\s)?"
    r"(?:raised|attracted|drew|pulled in|took in)\b|"
    # ... told by what they do: "Companies that build A.I. foundation models have raised $71.9 billion"
    r"\b(?:startups|start-ups|companies|firms|labs|developers)\s(?:that|which|building|developing|making)\s"
    r"(?:[^.;,$€£¥]|\.(?=\w|\s[a-z])){0,50}?\s(?:have\s|had\s)?(?:together\s|collectively\s)?"
    r"(?:raised|attracted|drew|pulled in|took in|collected)\b|"
    r"\b(?:flowed|flow|flows|poured|pour|pours|went|go|going)\sinto\s(?:[\w-]+\s){0,3}?(?:startups|start-ups|companies|firms)\b|"
    r"(?<!该)(?<!这家)(?<!一家)(?:初创公司|初创企业|创企)[^,，。;；\d]{0,6}?(?:合计|共计|总计|累计|一共)"
)
_OWN_RAISE_BETWEEN = re.compile(
    r"[,，;；]\s?(?:and\s|but\s)?[^,，;；]{0,30}?\b(?:raised|raises|closed|closes|secured|landed|took in)\b|"
    r"[,，;；][^,，;；]{0,20}?(?:完成|获得)")
_SECTOR_GATE = ("起", "笔", "combined", "companies", "startups", "start-ups", "firms", "labs", "unicorns", "领域", "行业",
                "赛道", "板块", "初创", "创企")
# A sum cut down to ("可将其出资下调至 200 亿美元", "could cut its investment to $20 billion"):
# a contingency of a deal already counted, not a new sum.
_CUT_ZH = r"(?:将[^,。;，；\d]{0,10}?)?(?:下调|调降|降低|减少|削减|缩减|降)(?:至|到)\s?"
_CUT_EN = (r"\s(?:\w+\s){0,2}?(?:cut|reduce|lower|trim|scale back)"
           r"\s(?:it|its\s[\w-]+|the\s[\w-]+|that)?\s?to\s")
_CUT_FROM_TO = re.compile(r"\s?(?:下调|调降|降低|减少|削减|缩减|降|减)(?:至|到)\s?")
_CUT_TO = re.compile(
    # (or cut from one sum to another: "软银的出资可从 300 亿美元降至 200 亿美元")
    f"(?:可{_CUT_ZH}|可能{_CUT_ZH}|或将{_CUT_ZH}|或{_CUT_ZH}|有权{_CUT_ZH}|可从\\s?|可能从\\s?|或从\\s?|"
    rf"c(?<!\wc)(?:ould|an){_CUT_EN}|m(?<!\wm)(?:ay|ight){_CUT_EN})(?:{QUALIFIER}\s?)?$"
)
_DEAL_LED_BY = re.compile(
    r"\s?(?:deal|investment|financing|raise|injection|tranche)\s(?:that was\s|which was\s)?(?:co-)?led by\b"
)
_IN_WHICH_INVESTED = re.compile(
    rf"\bin which\s(?:[\w&.'-]+\s){{1,4}}?(?:has\s|have\s|had\s)?(?:already\s|also\s|so far\s)?"
    rf"(?:invested|put|poured|sunk)\s(?:a total of\s|more than\s|nearly\s)?(?:{QUALIFIER}\s?)?$"
)
# "向 Anthropic 投入 1 亿美元": 投入 alone is spending, but put into a lab it is an investment
_INTO_LAB_ZH = re.compile(
    rf"(?:向|对)(?P<lab>[^,。;，；]{{1,20}}?)\s?(?:追加|再|额外)?投入了?\s?(?:{QUALIFIER}\s?)?$"
)


@dataclass(slots=True)
class Role:
    """The role of one money phrase and the context windows that decided it."""

    money: Money
    kind: str | None  # "funding", "valuation", "cost" or None
    total: bool
    left: tuple[int, int]
    right: tuple[int, int]
    group: tuple[int, int] = (0, 1)  # (index in its list, size of the list)
    gap_investor: Entity | None = None  # who puts in an amount of a gapped clause ("and Microsoft $5bn")


_HEAD_END = re.compile(r"[,.;:!?，。；：！？()]|\s(?:from|to|in|at|for|with|by|and|led|that|which)\s")


_CLAUSE_MARK = re.compile(r"[,，;；:：]")


def _head_end(folded: str, start: int, limit: int) -> int:
    """Where the noun phrase right after an amount ending at `start` ends (at most 14 characters)."""
    end = _HEAD_END.search(folded, start, min(limit, start + 14))
    return end.start() if end else min(limit, start + 14)


def _trap_is_head(folded: str, start: int, limit: int) -> bool:
    """True when a trap word is the noun the amount measures: the first cue word in the
    noun phrase right after it ("$4 billion revolving credit facility")."""
    end = _head_end(folded, start, limit)
    trap = TRAP_CUE.search(folded, start, end)
    if trap is None:
        return False
    first = min((m.start() for m in (FUNDING_CUE.search(folded, start, trap.start()),
                                     COST_CUE.search(folded, start, trap.start())) if m),
                default=None)
    return first is None


# Words that make an investment a venture round even with no lab named ("the round").
_ROUND_WORD = re.compile(
    # (not the audience of a forecast: "telling investors it expects to invest")
    r"r(?<!\wr)ound|s(?<!\ws)(?:eries [a-k]\b|take)|f(?<!\wf)unding|v(?<!\wv)aluation|b(?<!\wb)acker|"
    r"i(?<!\wi)(?<!telling i)(?<!told i)(?<!tells i)nvestor|s(?<!\ws)(?<!telling s)(?<!told s)(?<!tells s)hareholder|"
    r"融资|轮|估值|入股|股权|投资者|投资人|股东"
)


_SHARE_OF_REVENUE = re.compile(
    r"\s?[,，]?\s?(?:约|大约|相当于)?(?:占|为)(?:全年|当季|同期|公司|集团)?(?:总)?(?:收入|营收|营业收入)|"
    r"\s?,?\s(?:or\s)?(?:about\s|roughly\s|some\s)?\d[\d.]*\s?%\sof\s(?:its\s|annual\s|total\s)*(?:revenue|sales)")
# what an amount is spent on after it: "and Microsoft $80 billion in data centers", "用于云基础设施" (not
# "in it too", "in the company", "in 2024")
_SPENT_ON_AFTER = re.compile(
    r"\s(?:in|into|on|for|to build)\s(?!(?:it|them|the (?:company|startup|firm|lab|maker|developer)|"
    r"(?:last|this|next) \w+|20\d\d|january|february|march|april|may|june|july|august|september|october|"
    r"november|december)\b)|\s?(?:用于|建设|采购|购买|兴建|投入)")
_GAP_OBJECT = re.compile(r"\s(?:in|into)\s[^,.;]{1,40}?(?=\s?[,;]|\sand\s)")
_GAP_TAIL = re.compile(
    r"\s?[,，]?\s?(?:则|也|将|would|will)?\s?(?:最多|至多|up to|as much as|约|about|another|a further)?\s?"
    r"(?:投资|出资|注资)?\s?(?:了|up to\s|as much as\s|约|最多)?\s?"
)


def _gapped_investor(folded: str, sent: Sentence, prev_end: int, start: int) -> Entity | None:
    """The investor when only a list separator, its name and its verb (or none) lie between
    the amount before and `start`: a gapped clause that repeats the verb before ("and
    Microsoft up to $5 billion", "，微软最多投资 50 亿美元"); else None."""
    names = [r for r in sent.refs if prev_end <= r.start and r.end <= start]
    if not names or names[-1].entity.can_raise:  # (a startup there raises its own)
        return None
    r = names[-1]
    # the object of the verb may come first: "invest up to $10 billion in the Claude developer and
    # Microsoft up to $5 billion" (only the startup that receives it may be named there)
    obj = _GAP_OBJECT.match(folded, prev_end, r.start)
    lead = obj.end() if obj else prev_end
    if any(x is not r and not (x.end <= lead and x.entity.can_raise) for x in names):
        return None
    if GAP_AROUND_NAME.fullmatch(folded, lead, r.start) and _GAP_TAIL.fullmatch(folded, r.end, start):
        return r.entity
    return None


# Another investor's part of the same deal: "invest up to $5 billion in Anthropic alongside up to
# $10 billion from Nvidia"
_ALONGSIDE_LEFT = re.compile(rf"\s(?:alongside|along with|together with|plus)\s(?:{QUALIFIER}\s?)?$")
_FROM_RIGHT_OF = re.compile(r"\s(?:more\s)?from\s")
_LENT_AFTER = re.compile(r"\b(?:credit|credits|loan|loans|debt|bonds?|notes|lease|financing)\b")


def _alongside_investor(folded: str, sent: Sentence, prev_end: int, m: Money) -> Entity | None:
    """The investor named after "from" when the amount is told "alongside" the funding before."""
    if folded.find("along", prev_end, m.start) < 0 and folded.find("plus", prev_end, m.start) < 0:
        return None
    if not _ALONGSIDE_LEFT.search(folded, prev_end, m.start):
        return None
    src = _FROM_RIGHT_OF.match(folded, m.end, min(sent.end, m.end + 12))
    if src is None or _LENT_AFTER.search(folded, src.end(), min(sent.end, src.end() + 50)):
        return None  # ("plus $2.5 billion from JPMorgan in a revolving credit line", "in cloud credits")
    return next((r.entity for r in sent.refs if r.start == src.end() and not r.entity.can_raise
                 and "investor" in r.entity.kinds), None)


_GAP_BARE_ZH = re.compile(r"\s?[,，、]\s?(?P<name>[\u4e00-\u9fff]{2,4}?)\s?(?:约|近|超过|逾|大约)\s?")
_NOT_GAP_NAMES = frozenset("其中 另外 此外 以及 同比 环比 全年 同期 今年 去年 明年 合计 总计 共计 累计 其余 剩余".split())
# (metrics the cue lists do not hold: a conversion, a valuation, gross profit, assets)
_METRIC_ZH = re.compile(r"折合|约合|估值|毛利|资产")


def _gapped_name(folded: str, sent: Sentence, prev_end: int, start: int) -> bool:
    """True when only a list separator, one name and a qualifier lie between the amount
    before and `start` (a clause that leaves out the verb and the noun of the one before)."""
    if not any(prev_end <= r.start and r.end <= start for r in sent.refs):
        # a short Chinese name the registry does not know: "，广达约 1.41 兆元"
        bare = _GAP_BARE_ZH.fullmatch(folded, prev_end, start)
        return bare is not None and bare.group("name") not in _NOT_GAP_NAMES and not any(
            cue.search(bare.group("name")) for cue in (COST_CUE, TRAP_CUE, FUNDING_CUE, _METRIC_ZH))
    name = gapped_name(folded, sent, prev_end, start)
    return name is not None and folded[prev_end:name.start].strip() != ""  # (a separator there)


_TO_PRONOUN = re.compile(r"(?:向|对|给)(?:其|该公司|这家公司)\s?(?:追加|增加)?(?:投资|注资|出资)")


def _invests_in_itself(folded: str, sent: Sentence, m: Money, left: tuple[int, int],
                       right: tuple[int, int], d_fund: int) -> bool:
    """"微软将在英国投资 300 亿美元": a company that can run compute invests with no startup to
    receive the money and no round in sight, in a sentence about compute: capex, not a round."""
    if _nearest(_INVEST_WORD, folded, left, right) != d_fund:
        return False
    clause_start, clause_end = clause_span(folded, sent.start, sent.end, m.start)
    # (a startup named as the source receives it: "According to OpenAI, SoftBank and Nvidia
    # each invested $30 billion", "据 OpenAI 公布")
    if any(r.entity.can_raise and (clause_start <= r.start < clause_end or (
            _SOURCE_BEFORE.search(folded, max(sent.start, r.start - 14), r.start)
            and r.end <= m.start)) for r in sent.refs) or (
            _ROUND_WORD.search(folded, sent.start, sent.end)):
        return False
    if folded.find(";", sent.start, clause_start) >= 0 and any(
            r.entity.can_raise and r.salient and r.end <= clause_start
            and folded.find(";", r.end, clause_start) >= 0 for r in sent.refs):
        # "Amazon has invested $8 billion in Anthropic; Google put in $2 billion in 2023": the clause
        # after the semicolon speaks of the same startup
        return False
    if _TO_PRONOUN.search(folded, clause_start, m.start) and (
            any(r.entity.can_raise and r.end <= clause_start for r in sent.refs)
            or (sent.focus is not None and sent.focus.can_raise)):
        return False  # "英伟达将向其投资最多 100 亿美元": 其 is the startup named before
    subject = next((r for r in sent.refs if r.salient and not r.brand and r.end <= m.start
                    and r.start >= clause_start and r.entity.can_own), None)
    if subject is None and _PRONOUN_SUBJECT.search(folded, clause_start, m.start):
        # "Amazon set the pace, telling investors it expects to invest $200 billion"
        subject = next((r for r in reversed(sent.refs) if r.salient and not r.brand
                        and r.end <= clause_start and r.entity.can_own), None)
        if subject is None and not sent.refs and sent.focus is not None and sent.focus.can_own:
            # "5 月其宣布在法国投资 40 亿欧元": the pronoun stands for the passage's company
            return bool(COMPUTE_CONTEXT.search(folded, sent.start, sent.end))
    elif subject is None and PARTICIPLE_OPENS.match(folded, clause_start, m.start) and not any(
            r.entity.can_raise and r.salient for r in sent.refs):
        # "SK Group will build … with AWS, investing 7 trillion won": the sentence's subject
        # (not "Google backed Anthropic again, investing another $1 billion")
        subject = next((r for r in sent.refs if r.salient and not r.brand
                        and r.end <= clause_start and r.entity.can_own), None)
    return subject is not None and bool(
        COMPUTE_CONTEXT.search(folded, sent.start, sent.end)
        or _IN_A_YEAR_AFTER.match(folded, m.end, min(sent.end, m.end + 30))
        # (the compute may be told just before: "The 1-GW hyperscale Google Data Centre … Google's
        # investment of about $15 billion over five years will create 5,000 jobs")
        or (_POSSESSIVE_INVESTMENT.search(folded, max(clause_start, m.start - 40), m.start)
            and COMPUTE_CONTEXT.search(folded, max(0, sent.start - 240), sent.start)))


_POSSESSIVE_INVESTMENT = re.compile(rf"'s\s(?:[\w-]+\s)?investment\s(?:of\s)?(?:{QUALIFIER}\s?)?$")


_GOT_MONEY_LEFT = re.compile(
    rf"\b(?:secured|secures|landed|lands|got|gets|bagged|bags|snagged|snags|nabbed|scored|picked up|picks up)\s"
    rf"(?:another\s|a further\s|an additional\s|a fresh\s|fresh\s)?(?:{QUALIFIER}\s?)?$")
# (the startup as the subject: not "The deal with Mistral, a French lab, secured $1 billion for the city")
_PREPOSITION_BEFORE = re.compile(r"\b(?:with|of|to|for|from|by|at|in|on|about|than)\s(?:the\s)?$")
# An appositive between the startup and its verb: "Scale AI, a data-labeling platform, secured"
_APPOSITIVE_GAP = re.compile(r",\s(?:a|an)\s[^,;.$€£¥]{2,80},\s?")
_NOT_RAISED_AFTER = re.compile(
    r"[^.;]{0,50}?\b(?:deals?|contracts?|leases?|orders?|loans?|credits?|debt|revenues?|sales|grants?|subsid\w*|awards?|"
    r"tenders?|bookings?|backlog|commitments?|agreements?|capacity|compute|gpus?|support|incentives?|leaseback|"
    r"financing from (?:the\s)?(?:government|state))\b|"
    # money for a site: "OpenAI secures $11.6B to expand its Texas data center"
    r"\s(?:to|for)\s(?:expand|build|fund|finance|construct|develop|buy)\b[^.;]{0,40}?"
    r"\b(?:data cent(?:er|re)s?|campus|facility|cluster|site|gpus?|chips)\b")
_RAISE_VERB = re.compile(r"\b(?:raised|raises|raising|closed|closes|completed|completes)\b")
_INFRA_SPEND_LEFT = re.compile(
    r"\b(?:infrastructure|data cent(?:er|re)|compute|computing|ai infrastructure)\s(?:investment|spending|spend)s?\b"
    r"(?!\s(?:firm|fund|company|startup|group|manager)\b)[^,.;$€£¥\d]{0,36}$")
_COMPUTE_EXPENDITURE_LEFT = re.compile(
    r"\b(?:microsoft|azure|aws|amazon|google cloud|oracle|coreweave|nebius|cloud|compute|computing|gpu|server|"
    r"data cent(?:er|re)|capital)\s(?:expenditures?)\b[^.;$€£¥\d]{0,30}$")
_SELLER_BOOKS_LEFT = re.compile(
    r"\b(?:booked|books|won|wins|received|receives|secured|secures|landed|lands|bagged|took|takes|picked up)\s"
    rf"(?:a\s|an\s|another\s|a further\s|an additional\s)?(?:substantial\s|massive\s|huge\s|record\s)?(?:{QUALIFIER}\s?)?$")
_ORDER_AFTER = re.compile(
    r"\s(?:purchase\s)?orders?\b(?!\s(?:to\s(?:be|make|keep|ensure|avoid|meet|get|help|allow|stay|comply|reduce)|book))"
    # (an order from someone unnamed is what the seller books: "picked up a $1 billion order from a logistics firm")
    r"(?!\s(?:from|by)\s(?:an?|one|several|multiple|unnamed)\s)")
_BY_BEFORE_MONEY = re.compile(r"\bby\s(?:about\s|around\s|roughly\s|some\s|nearly\s|over\s)?$")
_WITH_AN_INVESTMENT_LEFT = re.compile(r"\bwith\s(?:an?\s)?(?:initial\s|total\s|planned\s|estimated\s|first\s)?$")
_INVESTMENT_NOUN_AFTER = re.compile(r"\s(?:capital\s)?investment\b(?!\s(?:from|by|led|round))")


# A round's price after its amount: "raised $6.6 billion at $157 billion"
_AT_FIGURE = re.compile(
    rf"\s?(?:(?:funding\s|equity\s)?round\s|raise\s|series [a-k]\s)?at\s(?:a\s)?(?:{QUALIFIER}\s?)?"
)
# the valuation's clause goes on after a comma: "估值在此期间翻了三倍，达到约 150 亿美元"
_VALUATION_GOES_ON = re.compile(
    rf"估值[^。;；$€£¥\d,，]{{0,16}}[,，]\s?(?:并|已|最终|进一步)?(?:达到|达|升至|增至|涨至|攀升至|提升至)\s?(?:{QUALIFIER}\s?)?$"
)
_PER_SHARE = re.compile(r"\s?(?:a|per|each)\s(?:share|unit)\b|\s?每股")
# ... not money added to something else: "added $80 billion to its data center budget", "in Azure spending"
_ADDED_TO_OTHER = re.compile(
    r"\s(?:to|of|for|into)\s(?!(?:the\s)?(?:company|startup|lab|firm|round|it|them|complete|finish)\b)|"
    r"\sin\s(?!(?:early|late|mid|the (?:first|second|third|fourth|same)|january|february|march|april|may|june|"
    r"july|august|september|october|november|december|20\d\d|q[1-4])\b)|"
    r"[^.;,]{0,30}?\b(?:budget|plan|capex|credits?|spending|debt|revenue|loans?)\b"
)
# Shares placed with investors: a round of a listed company too ("sold $700 million of new shares
# in a private placement to Accel", "定增募资")
PLACEMENT = re.compile(r"\bprivate placements?\b|\bplacement of (?:new )?shares\b|\bshare placement\b|\bplacing\b|"
                       r"定增|定向增发|配售|配股")
_NEW_SHARES_AFTER = re.compile(r"\s(?:of|in)\s(?:new\s|newly issued\s|class a\s|ordinary\s)*shares\b")
_TOOK_LEFT = re.compile(rf"\b(?:took|takes|taking|got|gets|secured|secures|securing|landed|lands|landing|picked up|picking up)\s(?:{QUALIFIER}\s?)?$")
_AND_ADDED_LEFT = re.compile(rf"\b(?:and|then)\s(?:later\s|then\s)?(?:added|adds)\s(?:another\s|a further\s)?(?:{QUALIFIER}\s?)?$")
_RAISE_AT = re.compile(rf"\braise\w*\b[^$€£¥\d;.]{{0,50}}?\bat\s(?:{QUALIFIER}\s?)?$")
_SOURCE_BEFORE = re.compile(r"(?:\baccording to|\bper|据)\s?$")
# The subject of an investing clause said again: "it expects to invest", "该公司计划投资"
_PRONOUN_SUBJECT = re.compile(r"\b(?:it|the company|the group)\b|该公司|公司|其|该集团")
# A participle clause shares the sentence's subject: "SK Group will build ..., investing 7 trillion won"
PARTICIPLE_OPENS = re.compile(r"\s?(?:investing|spending|pouring|committing)\b")
# A sum invested in one year is the investor's spending that year: "$200 billion in 2026"
_IN_A_YEAR_AFTER = re.compile(r"\s?(?:in|for|during)\s(?:fiscal\s(?:year\s)?)?(?:20\d\d|this year|next year)\b")


def _other_measure_before(folded: str, sent: Sentence, lo: int, pos: int) -> bool:
    """True when a measure other than spending (revenue, cash flow) is named in the clause of the
    amount at `pos`, after `lo`: "capex rose to $24 billion, while revenue climbed from $62 billion"."""
    return _OTHER_MEASURE.search(folded, max(lo, clause_span(folded, sent.start, sent.end, pos)[0]), pos) is not None


def _aside_before(folded: str, start: int, pos: int) -> tuple[int, int] | None:
    """(opening, closing) offsets of a bracketed aside that ends just before `pos` ("… (including
    finance leases) of $37.5 billion"), opened after `start`; else None."""
    close = folded.rfind(")", max(start, pos - 8), pos)
    if close < 0:
        return None
    opened = folded.rfind("(", start, close)
    return (opened, close) if opened >= 0 else None


def _nearest_past_aside(rx: WordCue | re.Pattern, folded: str, lo: int, aside: tuple[int, int], pos: int,
                        right: tuple[int, int]) -> int:
    """`_nearest` for an amount at `pos` after an aside: cues between the aside and the amount, after
    the amount, and before the aside (at their distance from the amount) count; cues inside do not."""
    best = _nearest(rx, folded, (aside[1] + 1, pos), right)
    before = _nearest(rx, folded, (lo, aside[0]), (aside[0], aside[0]))
    return min(best, before + pos - aside[0]) if before < 10_000 else best


def _nearest(rx: WordCue | re.Pattern, folded: str, left: tuple[int, int], right: tuple[int, int],
             skip: list | None = None) -> int:
    """Distance from the amount to the nearest cue of `rx` in its left or right window (a cue
    before the amount weighs more); with `skip`, cues inside those name spans do not count."""
    lefts = rx.finditer(folded, *left)
    if skip is not None:
        lefts = (m for m in lefts if not any(r.start <= m.start() < r.end for r in skip))
    best = 10_000
    last = None
    for last in lefts:  # noqa: B007 - the last match is the nearest
        pass
    if last is not None:
        best = left[1] - last.end()
    m = rx.search(folded, *right) if skip is None else next(
        (x for x in rx.finditer(folded, *right) if not any(r.start <= x.start() < r.end for r in skip)), None)
    if m:
        best = min(best, m.start() - right[0] + 2)
    return best


# What compute hardware or a compute deal is worth or was bought for: "a haul worth roughly
# $500 million", "A second agreement, worth $300 million, covers ...", "agreed to buy GPUs and
# networking gear from Dell for about $900 million". The head must be compute or a deal: "the
# startup, worth $2 billion" is a valuation.
_BACKLOG = re.compile(r"积压订单|未交付订单|未完成订单|未履约订单|在手订单|订单储备|履约义务|backlog|\brpo\b")
_BUY_BEFORE = re.compile(
    r"\b(?:buy|buys|bought|buying|purchas\w*|order\w*|spend|spent|spending|with)\b[^.;$€£¥]{0,30}$"
)
_GOODS_AFTER = re.compile(
    r"\s(?:worth\s)?of\s(?:[\w-]+\s){0,2}?(?:chips|gpus|servers|accelerators|compute|computing power|"
    r"nvidia\s(?:gpus|chips)|gpu-packed servers|ai servers)\b"
)
_WORTH_LEFT = re.compile(
    rf"\b(?:haul|order|deal|agreement|contract|purchase|cluster|chips|gpus|servers|shipment|batch|"
    rf"package|commitment|hardware|equipment|systems?|capacity|accelerators)s?,?\s(?:\w+\s)?"
    rf"worth\s(?:{QUALIFIER}\s?)?$"
)
# Verbs of supplying compute to a buyer (the buyer pays: see `costs`)
_SUPPLY_WORDS = (r"provide|provides|provided|providing|supply|supplies|supplied|supplying|deliver|delivers|delivered|"
                 r"delivering")
SUPPLY_VERB = re.compile(rf"\b(?:{_SUPPLY_WORDS})\b")
# ... or of building it, for a sum: "developing 30 gigawatts of computing resources for $1.4 trillion"
_PROVIDED_FOR = re.compile(
    rf"\b(?:{_SUPPLY_WORDS}|develop|develops|developing|build|builds|building)\b(?P<what>[^.;]{{0,60}}?)"
    rf"\bfor\s(?:{QUALIFIER}\s?)?$"
)
_COMPUTE_GOODS = re.compile(
    r"\b(?:capacity|compute|computing|gpus?|chips|servers|data cent(?:er|re)s?|gigawatts?|clusters?|supercomputers?)\b")
_BOUGHT_FOR = re.compile(
    rf"\b(?:buy|buys|bought|buying|purchase|purchases|purchased|purchasing|pay|pays|paid|"
    rf"order|orders|ordered|rent|rents|rented|renting|lease|leases|leased|leasing)\b(?P<what>[^.;]{{0,90}}?)\bfor\s(?:{QUALIFIER}\s?)?$"
)
# A site's whole investment: "智算中心总投资 42 亿元", "總投資 5 億歐元" (not a running total).
_SITE_TOTAL_ZH = re.compile(
    rf"(?:总投资|投资总额|总投入|总造价|投资额|投资规模)额?\s?(?:约为|约|为|达|超过|逾|近|高达)?\s?(?:{QUALIFIER}\s?)?$"
)


# The figure a cost is compared with: "较第一季度的 165 亿元", "down from $2.6 billion".
# Sums that are no round raised (see `_roles`)
_NOT_A_SUM_RAISED_LEFT = re.compile(
    # (a market's own sum, not a company's investment in it: "对印度云计算市场的投资", nor a fund's name:
    # "人工智能产业投资基金领投的")
    rf"(?:^|(?<=[,，。;；\s]))[^,，。;；\d$€£¥对向]{{0,12}}(?:市场|行业)的(?:总)?(?:投资|规模|支出|开支)(?:额|总额)?"
    rf"[^,，。;；\d$€£¥]{{0,10}}$|"
    rf"\b(?:startups|companies|firms)\s(?:with|that have raised|that raised)\s(?:{QUALIFIER}\s?)?$|"
    rf"(?:烧钱|burn rate|cash burn)(?:速度|速率|率)?\s?(?:达到|达|为|约|高达|of)?\s?(?:{QUALIFIER}\s?)?$")
# a backer's share after the round's sum: "，领投为IDG资本的1.5亿美元"
_LEAD_SHARE_LEFT = re.compile(
    rf"[,，]\s?(?:领投|跟投|参投)方?(?:为|是)[^,，。;；\d$€£¥]{{0,16}}?的\s?(?:{QUALIFIER}\s?)?$")
# (not "in a Series E from its Series E": a round named as the source)
_FROM_BACKER_AFTER = re.compile(r"\s(?:from|by)\s(?!(?:its|the|a|an|their)\s(?:[\w-]+\s)?(?:series|round|seed|raise)\b)")
_SHARE_IN_ROUND_LEFT = re.compile(
    r"(?:募资|融资|round|raise)(?:活动)?(?:之中|中|里|裡)\s?[,，]?(?:(?!获)[^,，。;；\d$€£¥]){0,12}?"
    r"(?:投入|投资|出资|认购)(?:上看|了)?\s?(?:约|超过|逾|近)?\s?$")
_RAISED_BY_ZH_LEFT = re.compile(r"(?:调高|上调|调升|上修|提高|增加|追加)了?\s?(?:约|超过|逾|近)?\s?$")
_BY_THEN_TOTAL_ZH = re.compile(r"\s?[,，]?\s?(?:至|到|达到|达|为)\s?(?:约|超过|逾|近)?\s?")
_RANGE_FROM_LEFT = re.compile(r"\b(?:range|ranges|ranging|ranged|run|runs|anywhere)\s(?:[\w-]+\s)?from\s(?:about\s|around\s)?$")
# Measures other than spending, in the clause of a figure told after a spending one
_OTHER_MEASURE = re.compile(
    r"\b(?:revenue|revenues|sales|income|profit|profits|earnings|cash flow|buybacks?|dividends?|margin|"
    r"operating expenses|opex|bookings|backlog)\b|营收|收入|利润|净利|现金流|回购|毛利")
_EARLIER_PERIOD_AFTER = re.compile(
    r"\s(?:a year (?:earlier|ago|before)|last year|in 20\d\d\b|in (?:the )?(?:fiscal )?(?:19|20)\d\d\b|"
    r"(?:in|during) the (?:same|year-ago|year-earlier|prior|previous|preceding) (?:quarter|period|year)|"
    r"(?:in )?the (?:previous|prior|preceding) (?:year|quarter))")
_BASELINE_LEFT = re.compile(
    rf"(?:较|比|相比|同比|环比)(?:于)?(?:[^,。;，；\d$€£¥]|20\d\d){{0,12}}?的?\s?(?:{QUALIFIER}\s?)?$|"
    # (not what analysts expected: "远高于分析师预期的约 580 亿美元")
    rf"(?:高于|低于|多于|少于|超过|超出|超越)(?!(?:[^,。;，；\d]){{0,8}}?(?:预期|预估|预测|共识))"
    rf"(?:[^,。;，；\d$€£¥]|20\d\d){{1,10}}?的\s?(?:{QUALIFIER}\s?)?$|"

    rf"\b(?:down|up) from\s(?:the\s|its\s)?(?:{QUALIFIER}\s?)?$|\bcompared (?:with|to)\s(?:{QUALIFIER}\s?)?$|"
    # "(2024年为392.3亿美元)": the year before, in brackets
    rf"[(（]\s?(?:19|20)\d\d\s?年(?:同期|全年)?(?:为|是|约为|约)\s?(?:{QUALIFIER}\s?)?$"
)
# "… this year, against roughly $131.8 billion in 2025": the baseline (not "against $55 billion for
# Google", another company's figure)
_AGAINST_LEFT = re.compile(rf"\b(?:against|versus|vs\.?)\s(?:the\s|its\s)?(?:{QUALIFIER}\s?)?$")
_OTHERS_AFTER = re.compile(r"\s(?:for|from|by|at)\s(?!(?:the (?:year|quarter|period)|20\d\d|fiscal)\b)[a-z]|'s\b")
_IN_REVENUE = re.compile(
    r"\s(?:in|of)\s(?:[a-z-]+\s){0,2}?(?<!share )(?<!stock )"
    r"(?:revenue|revenues|sales|bookings|recurring revenue|arr)\b(?!-based)|"
    r"\sfrom\s(?:selling|sales of|subscriptions)\b"
)
_EQUITY_SOLD = re.compile(r"\b(?:series [a-k]|round|preferred|shares|stock|equity)\b")
_WITH_BEFORE_ZH = re.compile(
    r"(?:与|和|跟)(?![^,。;，；\d]{0,10}?(?:预测|预期|预估|估计))(?:[^,。;，；\d$€£¥]|20\d\d){1,10}?$"
)
_COMPARED_AFTER_ZH = re.compile(r"[^,。;，；\d]{0,8}?(?:相比|相较|比较)")
_VALUED_UP_FROM = re.compile(rf"\b(?:up|down) from\s(?:the\s|its\s)?(?:{QUALIFIER}\s?)?$|较[^,，。;；$€£¥]{{0,20}}?的?\s?$|"
                             # "估值暴增到 69 亿美元，远高于去年 8 月的 28 亿美元"
                             r"(?:远|大幅|明显)?(?:高于|低于)[^,，。;；$€£¥]{0,12}?的\s?$")
_SITE_WORDS_ZH = re.compile(r"部署|中心|园区|基地|项目|集群|超算|gh200|[abh]\d00|b\d00")


# Investment over a window of years to come is a spending plan, not a round: "its investment over
# the next three years to more than $400 billion", "未来三年的投资总额超过 4500 亿美元" (money put
# into a lab over years, "to invest $10 billion in OpenAI over several years", stays funding).
_YEARS_AHEAD = re.compile(
    r"\bover the (?:next|coming) (?:\w+|\d+) years\b|\bin the (?:next|coming) (?:\w+|\d+) years\b|"
    r"(?:未来|今后|接下来的?)\s?(?:\d+|[两二三四五六七八九十])\s?年"
)


# "would invest $15 billion over five years, from 2026 to 2030": years of a plan announced
_YEARS_SPAN = re.compile(
    r"\bover (?:\w+|\d+) years\b|\bfrom 20\d\d to 20\d\d\b|\bbetween 20\d\d and 20\d\d\b"
)
_WILL_SPEND = re.compile(r"\b(?:will|would|plans? to|intends? to|pledged|pledges|to invest)\b")


def _spending_plan(folded: str, sent: Sentence, m: Money, left_start: int) -> bool:
    """True when `m` is investment over years to come that no lab receives (a spending plan)."""
    span = (max(sent.start, left_start - 30), min(sent.end, m.end + 40))
    if folded.find("year", *span) < 0 and folded.find("年", *span) < 0:
        return False  # the cheap test first
    if not (_YEARS_AHEAD.search(folded, *span) or (
            _YEARS_SPAN.search(folded, *span) and _WILL_SPEND.search(folded, span[0], m.start))
            ) or _RAISE_WORDS.search(folded, span[0], m.start):
        return False  # "plans to raise $100 billion over the next two years" stays a round
    # (a lab named after it as the source is no recipient: "... over the next three years, OpenAI said")
    return not any(r.entity.can_raise and ((r.start >= m.end and not SPEECH_AFTER.match(
        folded, r.end)) or _TO_LAB.search(
        folded, max(sent.start, r.start - 5), r.start) or _INTO_LAB.search(
        folded, max(sent.start, r.start - 6), r.start)) for r in sent.refs)


# A bracket opened right after a sum, around another one: "3800 亿元（逾 1000 亿元用于…）"
_BRACKET_OPENS = re.compile(r"\s?[(（][^()（）]{0,6}")
_BRACKET_CLOSES = re.compile(r"[)）]")


_RAISE_WORDS = re.compile(r"\brais(?:e|es|ed|ing)\b|\bfundrais|融资|筹集|筹资|募集|募资")
_INTO_LAB = re.compile(r"\b(?:in|into)\s$")


# An amount that names the value of one contract: "总额 119 亿美元的协议", "a total $9.7 billion contract".
_CONTRACT_AFTER = re.compile(
    r"\s?(?:的)?(?:算力|云服务|云|计算)?(?:协议|合同|合约|订单)|"
    r"\s(?:(?!in\b|under\b|from\b|through\b|across\b|of\b|with\b)[a-z-]+\s){0,2}?(?:contract|deal|agreement)\b"
)


# The value of a stake is no one's spending: "持有约 27% 股权，价值约 1,350 亿美元", "a stake worth $N".
_STAKE_VALUE_LEFT = re.compile(
    # ("约 27% 的股份，按估值计算价值约", "约27%股权，帐面价值约")
    r"(?:股权|股份|持股|\bstakes?|\bshares?|\bequity)[^。;；,，]{0,6}?[,，]?\s?"
    r"(?:按[^,，。;；\d]{1,6}?计算的?|帐面|账面|目前)?(?:价值|市值|worth|valued at)"
    rf"\s?(?:{QUALIFIER}\s?)?$|"
    # "Goldman Sachs values Baidu's 59% stake in Kunlunxin at $3 billion"
    rf"\bvalu(?:es|ed|ing)\s[^.;$€£¥]{{0,40}}?\b(?:stake|holding|shares)\b[^.;$€£¥]{{0,30}}?\bat\s(?:{QUALIFIER}\s?)?$"
)
# A sum a group raised together is no one's round: "Biren, Iluvatar, Zhipu and MiniMax together
# raised HK$17.7 billion", "the three debutants raised", "四家公司合计募资"
_GROUP_VERB = rf"\s(?:have\s|had\s)?(?:raised|took in|pulled in|drew)\s(?:{QUALIFIER}\s?)?$"
_COMBINED_SUM = rf"\s(?:a\s)?combined\s(?:{QUALIFIER}\s?)?$"
_GROUP_SUM_ZH = (rf"[^,，。;；\d]{{0,10}}?(?:合计|共计|总共|一共)(?:募资|募集|融资|筹资|筹集)"
                 rf"[^,，。;；\d]{{0,4}}?(?:{QUALIFIER}\s?)?$")
# (each branch opens with a literal, so re skips ahead to where a match can start)
_GROUP_RAISED_LEFT = re.compile(
    rf"t(?<!\wt)ogether{_GROUP_VERB}|b(?<!\wb)etween them{_GROUP_VERB}|c(?<!\wc)ombined{_GROUP_VERB}|"
    rf"c(?<!\wc)ollectively{_GROUP_VERB}|j(?<!\wj)ointly{_GROUP_VERB}|"
    rf"t(?<!\wt)he (?:two|three|four|five|six|\d+)\s(?:[a-z-]+s\s)?(?:have\s|had\s)?(?:together\s)?"
    rf"(?:raised|took in)\s(?:{QUALIFIER}\s?)?$|"
    rf"r(?<!\wr)aised{_COMBINED_SUM}|h(?<!\wh)ave raised{_COMBINED_SUM}|t(?<!\wt)ook in{_COMBINED_SUM}|"
    + "|".join(f"{n}家(?:公司|企业)?{_GROUP_SUM_ZH}" for n in "三四五六几多") + f"|三者{_GROUP_SUM_ZH}"
)
_WORTH_JUST_BEFORE_ZH = re.compile(rf"价值\s?(?:{QUALIFIER}\s?)?$")  # "价值约 45 亿卢比的…股份"
_SHARES_AFTER = re.compile(r"\s?的\s?[^,，。;；\d]{0,16}?(?:股份|股权|股票)")
# ... but a stake bought is the price paid: "Google bought a stake worth $2 billion in Anthropic"
_STAKE_BOUGHT = re.compile(r"\b(?:buy|buys|bought|acquire[sd]?|take|takes|took|purchase[sd]?)\b|买入|购买|购入|收购|入股")
# A compute site bought: "以 6.5 亿美元收购了紧邻该电站的数据中心园区", "bought a data center campus
# in Pennsylvania for $650 million" (an acquisition of a company stays a trap).
_SITE_BOUGHT_RIGHT = re.compile(
    rf"\s?(?:收购|购买|买下|购入)了?(?:[^,，。;；]{{0,20}}?{COMPUTE_SITE_WORDS}|"
    # land or a plant bought to be made into one: "以约一千亿日元收购夏普堺工厂部分土地和厂房，改造为
    # 大型 AI 数据中心"
    rf"[^。;；]{{0,30}}?(?:土地|厂房|工厂|园区)[^。;；]{{0,12}}?(?:改造|改建|建设|打造)(?:为|成)[^。;；]{{0,12}}?"
    rf"{COMPUTE_SITE_WORDS})"
)
_SITE_BOUGHT_LEFT = re.compile(
    rf"\b(?:acquired|bought|purchased|acquires|buys|purchases)\b[^,.;]{{0,40}}?{COMPUTE_SITE_WORDS}\b[^,.;]{{0,30}}?"
    rf"\bfor\s(?:{QUALIFIER}\s?)?$"
)
# The value of a deal with a compute seller (a cloud that neither invests nor builds models) is what
# the buyer commits to spend: "a $14.2 billion deal with CoreWeave", "signed a $17.4 billion
# agreement with Amsterdam-based Nebius", "Meta 与 CoreWeave 签署 142 亿美元协议"
_SELLER_DEAL_NOUN = re.compile(
    r",?\s(?:[a-z-]+\s){0,3}?(?:deal|agreement|contract|pact|arrangement)s?\b|\s?的?(?:协议|合同|合约|交易|大单|订单)"
)
_WITH_AFTER_DEAL = re.compile(r"\s(?:[a-z]+\s){0,2}?with\s(?:[a-z-]+\s){0,2}?")
_PARTNER_BEFORE_ZH = re.compile(r"(?:与|和|同|跟)\s?$")


# The value of a compute deal, not of a company: "signed a cloud deal with Oracle, valued at $20
# billion" (but "a deal with Scale AI, valued at $29 billion" may be the startup's valuation)
# (unless a round follows: "a compute deal with Lambda, valued at $4 billion in its last funding round")
_FUNDING_WORDS_AFTER = re.compile(r"[^.;,]{0,30}?\b(?:funding|financing|round|valuation|investors)\b")
_COMPUTE_DEAL_VALUED_AT = re.compile(
    rf"\b(?:cloud|compute|computing|capacity|gpu|data cent(?:er|re))\s(?:[a-z-]+\s){{0,2}}?"
    rf"(?:deal|agreement|contract|pact|lease|order)s?(?:\swith\s[^,.;$€£¥]{{2,30}}?)?,?\svalued at\s(?:{QUALIFIER}\s?)?$"
)
# ... told after the deal: "agreed a 10-year colocation deal with Fluidstack worth about $3 billion",
# "signed a cloud deal with Oracle, valued at $20 billion"
_DEAL_WITH_WORTH_LEFT = re.compile(
    rf"\b(?:deal|agreement|contract|pact|lease)s?,?\s(?:[^.;$€£¥]{{0,24}}?\s)?with\s(?:[a-z-]+\s){{0,2}}?(?P<name>[^,.;$€£¥]{{2,30}}?),?\s"
    rf"(?:worth|valued at|for)\s(?:{QUALIFIER}\s?)?$"
)


# ... not a deal to buy the seller, a tax deal or a loan: "a $9 billion all-stock deal with Core
# Scientific to acquire the miner", "a $1 billion tax-abatement agreement with Crusoe"
_DEAL_CLAUSE_END = re.compile(r",\s(?:which|who|and|while|whose)\b|[;；]|,\s[a-z]+\s(?:will|would|said)\b")
_NOT_A_COMPUTE_DEAL = re.compile(
    r"\b(?:acquir\w*|acquisition|merger|merge|all-stock|all-cash|takeover|buyout|shareholders?|tax\w*|abatement|"
    r"incentive|loan|financing|credit|debt)\b|收购|并购|合并|股东|税|贷款|融资"
)


def _seller_deal(folded: str, sent: Sentence, m: Money, right_end: int) -> bool:
    """True when `m` is the value of a deal with a compute seller named beside it (and a buyer
    other than the seller in the sentence)."""
    # (in the amount's clause up to a relative or a new clause: "a $10 billion deal with Fluidstack,
    # which will acquire land" and "…; CoreWeave will finance the GPUs with debt" are still deals)
    c_start, c_end = clause_span(folded, sent.start, sent.end, m.start)
    cut = _DEAL_CLAUSE_END.search(folded, m.end, c_end)
    if _NOT_A_COMPUTE_DEAL.search(folded, c_start, cut.start() if cut else c_end):
        return False
    if folded.find("with", max(sent.start, m.start - 60), m.start) >= 0 and (
            worth := _DEAL_WITH_WORTH_LEFT.search(folded, max(sent.start, m.start - 60), m.start)):
        named = next((r for r in sent.refs if r.start == worth.start("name")), None)
        if named is not None and named.entity.sells_compute:
            return _has_buyer(sent, named.entity)
        # "Nebius signed a deal with Meta worth up to $27 billion", "we signed another major deal, this
        # time with Meta for approximately $3 billion": the seller is the subject, the buyer follows "with"
        seller = next((r.entity for r in sent.refs if r.end <= worth.start() and r.entity.sells_compute),
                      sent.focus if sent.focus is not None and sent.focus.sells_compute else None)
        return bool(named is not None and named.entity.can_own and not named.entity.sells_compute
                    and seller is not None and seller is not named.entity)
    deal = _SELLER_DEAL_NOUN.match(folded, m.end, right_end)
    if deal is None:
        return False
    with_ = _WITH_AFTER_DEAL.match(folded, deal.end(), min(sent.end, deal.end() + 40))  # (a cheap test first)
    for r in sent.refs:
        if not r.entity.sells_compute:
            continue
        if with_ is not None and _WITH_AFTER_DEAL.fullmatch(folded, deal.end(), r.start):
            return _has_buyer(sent, r.entity)
        if c_start <= r.start < m.start and _PARTNER_BEFORE_ZH.search(folded, max(sent.start, r.start - 3), r.start):
            return any(x.entity is not r.entity and x.entity.can_own for x in sent.refs)
        if with_ is not None and c_start <= r.start < m.start and any(
                _WITH_AFTER_DEAL.fullmatch(folded, deal.end(), x.start) and x.entity.can_own
                and not x.entity.sells_compute for x in sent.refs):
            return True  # "CoreWeave signed a $14.2 billion deal with Meta for GB300 systems": the seller first
    # "[CoreWeave …] The OpenAI relationship began in March with an $11.9 billion, five-year deal": the
    # seller the passage is about deals with the buyer named here
    return sent.focus is not None and sent.focus.sells_compute and any(
        r.salient and r.entity.can_own and not r.brand and not r.entity.sells_compute for r in sent.refs)


def _has_buyer(sent: Sentence, seller: Entity) -> bool:
    """True when a party other than `seller` can buy in the sentence, or the passage is about one."""
    return any(x.entity is not seller and x.entity.can_own for x in sent.refs) or (
        sent.focus is not None and sent.focus is not seller)


# A commitment named by its amount: "their $500 billion, 10-gigawatt commitment", "a $100bn AI
# infrastructure pledge".
_COMMITMENT_AFTER = re.compile(
    r",?\s?(?:[\d.,]+\s?-?\s?(?:gigawatts?|gw|megawatts?|mw)\s)?(?:ai\s|infrastructure\s|compute\s|"
    r"data cent(?:er|re)\s)?(?:commitment|pledge|build-?out|investment plan)s?\b|"
    r"\s?(?:的)?(?:全部|投资|算力|基础设施|建设)承诺"
)


def _priced_compute(folded: str, sent: Sentence, m: Money) -> bool:
    """True when `m` is what compute hardware or a compute deal costs ("worth", "bought ... for",
    "$700 million worth of chips", "buy about $5 billion of GPU-packed servers")."""
    if _GOODS_AFTER.match(folded, m.end, min(sent.end, m.end + 40)) and _BUY_BEFORE.search(
            folded, max(sent.start, m.start - 50), m.start):
        return True
    left = (max(sent.start, m.start - 130), m.start)
    if folded.find("worth", *left) >= 0 and _WORTH_LEFT.search(folded, *left):
        return True
    if folded.find("for", *left) < 0:
        return False
    bought = _BOUGHT_FOR.search(folded, *left)
    if bought is None:
        # "to provide AI cloud capacity for approximately $21 billion", "developing 30 gigawatts of
        # computing resources for $1.4 trillion": compute supplied or built for the sum
        provided = _PROVIDED_FOR.search(folded, max(sent.start, m.start - 90), m.start)
        return provided is not None and bool(_COMPUTE_GOODS.search(folded, provided.start("what"), provided.end("what")))
    # what was bought is compute, not a company whose name holds a compute word ("Reka AI")
    return any(not any(r.start <= w.start() < r.end for r in sent.refs)
               for w in COMPUTE_CONTEXT.finditer(folded, bought.start("what"), bought.end("what")))


# A company bought for a price: "agreed to buy Run:ai, which schedules workloads across GPU
# clusters, for about $700 million", "bought DeepMind for £400 million" (the name is the whole
# object: an apposition or "for" follows it, not "chips" or "'s GPUs")
_COMPANY_BOUGHT_FOR = re.compile(
    rf"\b(?:buy|buys|bought|buying|purchase[sd]?|purchasing|acquire[sd]?|acquiring|take over|takes over|"
    rf"took over)\s(?P<what>[^.;]{{0,90}}?)\bfor\s(?:{QUALIFIER}\s?)?$"
)
_GOODS_BEFORE_FOR = re.compile(r"\b(?:chips|gpus|processors|accelerators|servers|hardware|capacity|systems|compute)\s$")
_STAKE_WORDS = re.compile(r"\bstake\b|\bshares\b|股份|股权")
_NAME_ENDS_OBJECT = re.compile(r"(?:,|\s\(|\sfor\b|\soutright\b)")


def _company_bought(folded: str, sent: Sentence, m: Money) -> bool:
    """True when `m` is the price of a company the sentence says was bought."""
    bought = _COMPANY_BOUGHT_FOR.search(folded, max(sent.start, m.start - 130), m.start)
    if bought is None or _GOODS_BEFORE_FOR.search(folded, bought.start("what"), bought.end("what")) or (
            _STAKE_WORDS.search(folded, sent.start, sent.end)):
        return False  # "buy Nvidia, AMD and Ampere chips for", "buy Scale AI for $14.3 billion, a 49% stake"
    return any(r.start == bought.start("what") and _NAME_ENDS_OBJECT.match(folded, r.end) for r in sent.refs)


def sentence_roles(folded: str, sent: Sentence) -> list[Role]:
    """Role of each money phrase of `sent` (computed once per sentence)."""
    cached = sent.cache.get("roles")
    if cached is None:
        cached = sent.cache["roles"] = _roles(folded, sent)
    return cached


# A deal's ceiling told after its value: "worth $17.4 billion through 2031 and as much as $19.4
# billion if ...", "价值 174 亿美元，最高可达 194 亿美元".
_CEILING_JOIN = re.compile(
    r"(?:\s[^,.;$€£¥]{0,30}?)?,?\s(?:and|or|rising to)\s(?:potentially\s)?(?:as much as|up to)\s?|"
    r"\s?[,，]?\s?(?:最高|最多|至多)(?:可达|可至|达到|达)?\s?"
)
# "合同金额 174 亿美元，期限至 2031 年，若追加服务最高可达 194 亿美元": the same contract's ceiling
# after its term (the term's year is no other year)
_TERM_CEILING_JOIN = re.compile(
    r"\s?[,，][^,，。;；$€£¥\d]{0,4}?(?:期限|为期)[^。;；$€£¥]{0,16}?[,，]\s?(?:若|如)[^,，。;；$€£¥\d]{0,10}?"
    r"(?:最高|最多|至多)(?:可达|可至|达到|达)?\s?"
)


def is_ceiling(folded: str, value: Money, ceiling: Money) -> bool:
    """True when `ceiling` is the upper bound of the deal worth `value`, not a figure of its own
    ("$40 billion this year and as much as $60 billion in 2026" are two years)."""
    if _TERM_CEILING_JOIN.fullmatch(folded, value.end, ceiling.start):
        return True
    if not _CEILING_JOIN.fullmatch(folded, value.end, ceiling.start):
        return False
    return not (_TIME_WORDS.search(folded, value.end, ceiling.start)
                or _TIME_WORDS.match(folded, ceiling.end, ceiling.end + 20))


# The latest round inside a running total: "..., most recently €1.7 billion", "其中最近一轮为"
_LATEST_OF_TOTAL = re.compile(
    r"\b(?:most recently|the latest|the largest being|the biggest being)\s(?:a\s|an\s)?$|"

    r"(?:最近一次|最近一轮|最新一轮|其中最近一轮|最近一笔|最新一笔|其中最近一笔)(?:融资|投资)?(?:为|是)?\s?$"
)
_BREAKDOWN_AFTER = re.compile(
    r"\s?(?:的?(?:投资|融资|注资))?\s?[,，]\s?其中[^。;；]{0,30}?(?:出资|投资|注资|认购|来自)"
)
_ROUNDS_SUM = re.compile(
    r"(?:在|通过|经过|历经|先后|进行了?)(?:[两二三四五六七八九十]|\d+)\s?(?:轮|次)融资"
    # (not the latest of them: "先后进行了三次融资，最近一次为 6 亿美元")
    r"(?:(?!最近一|最新一|其中|本轮|此次|本次)[^。;；$€£¥]){0,24}$|"
    # "2024年两轮共募得约 19 亿美元", "三轮融资合计获得"
    r"(?<!第)(?<!第\s)(?<!\d)(?:[两二三四五六七八九十]|\d+)\s?(?:轮|次)(?:融资)?\s?(?:共|合计|累计|总共|一共)[^,，。;；$€£¥\d]{0,8}$|"
    r"\b(?:across|over|in) (?:two|three|four|five|six|seven|eight|nine|ten|\d+) (?:funding |venture )?rounds\b"
    r"[^.;$€£¥\d]{0,24}$"
)
# A sum raised over recent months with no round named is a running sum ("more than €1 billion over
# the past 12 months"); "$300 million in a Series E over the last six months" is a round
# ... or told after the sum: "raised $2.3 billion in two rounds this year"
_SINCE_YEAR_AFTER = re.compile(
    r"\s(?:in total\s|altogether\s)?since (?:(?:early|late|mid-?)\s?|(?:january|february|march|april|may|june|july|"
    r"august|september|october|november|december)\s)?(?:19|20)\d\d\b|"
    # "has raised more than 8.3 billion yuan in six years"
    r"\s(?:in|over) (?:the (?:past|last) )?(?:two|three|four|five|six|seven|eight|nine|ten|\d+) years\b")
_PERFECT_RAISED = re.compile(
    rf"\bha(?:s|ve) (?:now\s|so far\s|already\s)?(?:raised|taken in|pulled in|secured)\s(?:{QUALIFIER}\s?)?$")
_ROUNDS_SUM_AFTER = re.compile(
    # (after whom it went to: "put about $1.5 billion into the company across seven private rounds")
    r"(?:\sinto\s(?:the company|the startup|it|them|[\w.-]+))?"
    r"\s(?:in|across|over|from)\s(?:two|three|four|five|six|seven|eight|nine|ten|\d+|several|multiple)\s"
    # ("pulled in a staggering $1.53 billion across two back-to-back rounds")
    r"(?:separate\s|private\s|priced\s|earlier\s|prior\s|back-to-back\s|consecutive\s|successive\s)?"
    r"(?:funding\s|venture\s|financing\s|equity\s)?rounds\b|"
    # ... or the rounds named: "across its Series A and B", "in its seed and Series A rounds"
    r"\s(?:in|across|over|from)\s(?:its|their|the)\s(?:seed|series [a-k])(?:,\s(?:series\s)?[a-k])*,?\s"
    r"(?:and|&)\s(?:series\s)?[a-k]\b"
)
_OVER_RECENT_MONTHS = re.compile(
    r"(?:\s(?:of|in)\s[a-z ]{0,30}?)?\s(?:over|in|during) the (?:past|last) (?:\w+|\d+) months\b")
_ROUND_NAMED = re.compile(r"\bseries [a-k]\b|\bround\b|\bseed\b|\bled by\b|[a-k]\s?轮|领投")
_TOTAL_WORD_HINT = re.compile(r"总|计|round's|of (?:the|this) round|proceeds of")


def round_total(text: str, start: int, end: int) -> re.Match | None:
    """`ROUND_TOTAL` in `text[start:end]` (a cheap test first: each of its forms has one of
    总/计/round's/of the round)."""
    return ROUND_TOTAL.search(text, start, end) if _TOTAL_WORD_HINT.search(text, start, end) else None
RUNNING_PAST = re.compile(r"累计|累积|历史|此前|迄今|至今|自成立|成立以来|截至|to date|so far|since")
_RESTATEMENT_AFTER = re.compile(rf"\s?[,(（]\s?(?:{_RESTATE_LEAD})?[^,，)）;。]{{2,40}}?[,)）]")
_USE_OF_PROCEEDS = re.compile(r"用于|用作|将用|所得款项|\bto (?:repay|pay down|refinance|fund)\b|\bproceeds\b")
_BY_TO = re.compile(r"\s?to\s(?:some\s|about\s|around\s|roughly\s|nearly\s)?")
_FUND_SIZE_LEFT = re.compile(
    r"(?:基金|管理|资管)的?(?:总)?(?:规模|资产(?:规模)?)[^,，。;；\d]{0,4}$|"
    r"\bmanag(?:es|ed|ing)\s(?:about\s|around\s|roughly\s|more than\s|over\s|some\s|nearly\s)?$|"
    r"\bassets under management of\s(?:about\s|around\s|roughly\s|more than\s|over\s)?$"
)
_PLANNED_ZH = r"(?:计划|拟|打算|寻求)[^,，。;；]{0,8}$"
_PLANNED_EN = r" (?:planned|hoped|sought)\b[^,.;]{0,20}$"
_ABANDONED_PLAN = re.compile(
    rf"曾{_PLANNED_ZH}|原{_PLANNED_ZH}|原本{_PLANNED_ZH}|原先{_PLANNED_ZH}|一度{_PLANNED_ZH}|最初{_PLANNED_ZH}|起初{_PLANNED_ZH}|"
    r"(?:最初|起初|原本|原先|原定)的?(?:融资|募资|筹资)?目标(?:是|为|定为|定在)?\s?$|"
    rf"h(?<!\wh)ad{_PLANNED_EN}|o(?<!\wo)riginally{_PLANNED_EN}|i(?<!\wi)nitially{_PLANNED_EN}"
)
_COMPUTE_INVESTMENT_LEFT = re.compile(
    rf"(?:gpu|芯片|算力|服务器|数据中心|智算中心|硬件|基础设施|基建)\s?的?\s?(?:总)?投资(?:额|总额|规模)?\s?"
    rf"(?:已|将)?(?:超过|达到|达|约为|约|为|逾|近|高达)?\s?(?:{QUALIFIER}\s?)?$")
_ROUND_VALUED_AT = re.compile(
    rf"\b(?:round|funding|financing|investment|raise|fundraise|deal|tranche)\s(?:that\sis\s|that\swas\s|is\s|was\s)?"
    rf"valued\sat\s(?:{_EMPHASIS})?(?:{QUALIFIER}\s?)?$")
_INTO_SECTOR_AFTER = re.compile(
    r"\s(?:in|into)\s(?:[\w.-]+\s){0,3}?(?:startups|start-ups|companies|firms|unicorns)\b|"
    r"\s?(?:投向|投入|流入)[^,，。;；]{0,10}?(?:初创公司|初创企业|创企|公司)")
_CLAUSE_BREAK_ZH = re.compile(r"[，,；;]")
_SPEND_WORDS_LEFT = re.compile(r"资本支出|资本开支|capex|capital expenditures?|capital spending")
_INVESTMENT_TO_BUY_AFTER = re.compile(
    r"\s(?:[\w-]+\s)?investment\s(?:to\s(?:procure|buy|purchase|acquire|build|deploy|expand)|"
    r"in\s(?:new\s|more\s|additional\s)?(?:gpus|chips|data cent(?:er|re)s|compute|servers|infrastructure))\b")
_PROJECT_BACKED_LEFT = re.compile(
    rf"\b(?:project|phase|facility|campus|site|supercomputer|cluster|data cent(?:er|re))\b[^.;]{{0,50}}?"
    rf"\b(?:supported|financed|funded|backed|underpinned)\s(?:by|with)\s(?:an?\s)?(?:initial\s|total\s|first\s)?"
    rf"investment\s(?:of\s)?(?:{QUALIFIER}\s?)?$")
_VALUATION_TOLD_LATER = re.compile(r"\bvaluation (?:of|at)\b|\bvalued (?:it|the company|the startup) at\b")
_IN_OR_FROM = re.compile(r"\s(?:in|into|from)\s")
_RECEIVED_EN = re.compile(r"\b(?:received|receives|receive|got|gets|won|secured|took in|landed)\b")
_CAPITAL_INVESTMENT_AFTER = re.compile(r"\s(?:capital investment|capital expenditure|capex investment)\b")
_HELD_STAKE_LEFT = re.compile(
    rf"\b(?:hold|holds|held|holding|retain\w*|gave|give|gives|giving|leave|leaves|left)\s(?:[\w-]+\s){{0,3}}?"
    rf"(?:a\s|an\s)?(?:stake\sof\s)?(?:{QUALIFIER}\s?)?$")
_AFTER_BUYING = re.compile(r"\b(?:after|by) (?:investing|joining|buying|putting|leading)\b|\badditional\b")
_STAKE_RIGHT = re.compile(r"\s(?:[\w-]+\s)?stake\b")
_TO_ONLY = re.compile(r"\sto\s")
_GOT_COMPUTE_INVESTMENT = re.compile(r"获得|获|拿到|接受|引入")
_THIS_ROUND_ZH = re.compile(r"本轮|这轮|此轮|该轮|本次融资|此次融资")
_FINAL_FIGURE_LEFT = re.compile(
    rf"(?:最终|最后)[^,，。;；\d$€£¥]{{0,8}}?(?:达到|达|为|筹得|募得|募集|获得|推升至|增至|扩大至|提高至|升至)\s?(?:{QUALIFIER}\s?)?$")
_FIRST_PLAN = re.compile(r"最初|起初|(?:原本|原先|原定)的?(?:融资|募资|筹资)?目标")
_PLAN_OUTGROWN = re.compile(r"但|而|不过|最终|实际|超额|翻倍|翻了|\bbut\b|\bultimately\b|\bfinally\b|\binstead\b")
_EXPANDABLE_LEFT = re.compile(r"\b(?:expandable|extendable|upsizable|increasable)\sto\s(?:up to\s)?$|可扩大至\s?$")
_INCLUDING_LEFT = re.compile(r"\bincluding\s(?:a\s|an\s|its\s|the\s)?$|其中(?:包括)?\s?$")
_NAMED_ROUND_AFTER = re.compile(
    r"\s(?:series [a-k]\b|seed\b|pre-seed\b|round\b|(?:in\s)?series [a-k] (?:funding|round)\b)|\s?(?:的)?[a-k]\+*\s?轮")
_FUND_SIZE_HINT = re.compile(r"基金|管理|资管|manag|assets|aum|fund\b")
# ... or the fund the sum is: "TWG 旗下规模 150 亿美元的 AI 基金", "its $15 billion AI fund" (not
# money a fund puts in: "获得 10 亿元的基金投资")
_FUND_SIZE_RIGHT = re.compile(
    r"\s(?:in|of) assets(?: under management)?\b|\s?(?:in\s)?aum\b|"
    r"\s?的[^,，。;；\d$€£¥]{0,8}?基金(?!投资|出资|注资|领投|参投|跟投)|"
    r"\s(?:ai\s|venture\s|growth\s|infrastructure\s|technology\s)?fund\b"
)
_TIME_WORDS = re.compile(r"\s?(?:this year|next year|in 20\d\d|by 20\d\d|for 20\d\d|20\d\d\s?年|今年|明年|年内)")


def _roles(folded: str, sent: Sentence) -> list[Role]:
    money = sent.money
    roles: list[Role] = []
    # Group list members ("130 亿美元、70 亿美元、60 亿美元") so they share cues.
    groups: list[list[int]] = []
    for i, m in enumerate(money):
        if groups and _LIST_SEP.match(folded[money[groups[-1][-1]].end:m.start]):
            groups[-1].append(i)
        else:
            groups.append([i])
    group_of = {i: g for g in groups for i in g}
    for i, m in enumerate(money):
        g = group_of[i]
        first, last = money[g[0]], money[g[-1]]
        prev_end = money[g[0] - 1].end if g[0] > 0 else sent.start
        next_start = money[g[-1] + 1].start if g[-1] + 1 < len(money) else sent.end
        left = (max(prev_end, first.start - 60), first.start)
        # (a cue after a semicolon belongs to the next clause: "约 580 亿美元；Meta 将预算定在")
        right = (last.end, stretch_end(folded, last.end, min(next_start, last.end + 50)))
        own_left = (max(prev_end if i == g[0] else money[i - 1].end, m.start - 60), m.start)
        own_right = (m.end, min(next_start if i == g[-1] else money[i + 1].start, m.end + 50))
        if denied(folded, stretch_start(folded, sent.start, m.start), m.start, m.end, sent.end):
            # "OpenAI denied reports that it was raising $100 billion", "并未完成 10 亿美元融资"
            roles.append(Role(m, None, False, own_left, own_right))
            continue
        if i == g[-1] and next_start < sent.end and _BRACKET_OPENS.fullmatch(folded, m.end, next_start):
            # "投入 3800 亿元（逾 1000 亿元用于海外数据中心）建设 AI 基础设施": the words after a bracketed part
            # are the sum's own
            close = _BRACKET_CLOSES.search(folded, next_start, min(sent.end, next_start + 40))
            if close is not None:
                right = (right[0], stretch_end(folded, last.end, min(sent.end, close.end() + 50)))
                own_right = (m.end, min(sent.end, close.end() + 50))
        if _VAL_RIGHT.match(folded, m.end, own_right[1]) or (
                folded.find("估值", max(sent.start, m.start - 40), m.start) >= 0
                and _VALUATION_GOES_ON.search(folded, max(sent.start, m.start - 40), m.start)) or (
                _VAL_HINT.search(folded, own_left[0], own_left[1])
                and _VAL_LEFT.search(folded, own_left[0], own_left[1])
                and not (_COMPUTE_DEAL_VALUED_AT.search(folded, own_left[0], own_left[1])
                         and not _FUNDING_WORDS_AFTER.match(folded, m.end, own_right[1]))
                # ("closed a round of funding valued at $250 million. … at a post-money valuation of
                # $1.2 billion": the round's size, when its sentence has no other sum and a valuation follows)
                and not (len(money) == 1 and _ROUND_VALUED_AT.search(folded, own_left[0], own_left[1])
                         and _VALUATION_TOLD_LATER.search(folded, sent.end, min(len(folded), sent.end + 250)))) or (
                # "a valuation of $25 billion, or $26 billion including the new cash"
                roles and roles[-1].kind == "valuation" and roles[-1].money is money[i - 1]
                and _RESTATED.fullmatch(folded, money[i - 1].end, m.start)) or (
                # "raised $6.6 billion at $157 billion", "to raise a few hundred million at $4 billion"
                folded.find("at", *own_left) >= 0 and (
                    (roles and roles[-1].kind == "funding" and roles[-1].money is money[i - 1]
                     and _AT_FIGURE.fullmatch(folded, money[i - 1].end, m.start))
                    or _RAISE_AT.search(folded, *own_left))):
            roles.append(Role(m, "valuation", False, own_left, own_right))
            continue
        # str.find gates: most amounts have none of these rare frames around them
        stake = folded.find("%", m.end, min(sent.end, m.end + 50)) >= 0 and _STAKE_BUY_ZH.match(
            folded, m.end, min(sent.end, m.end + 50))
        if stake and float(stake.group("pct")) < 50:
            roles.append(Role(m, "funding", False, own_left, own_right))
            continue
        if (folded.find("to ", *own_left) >= 0 and _AIM_LEFT.search(folded, *own_left)
                and not _AIM_MET_AFTER.match(folded, m.end, sent.end)) or _TARGET_RIGHT.match(folded, m.end, own_right[1]) or (
                any(folded.find(w, *own_left) >= 0 for w in _TARGET_LEFT_GATE)
                and _TARGET_LEFT.search(folded, *own_left)) or (
                (folded.find("价值", *own_left) >= 0 or folded.find("worth", *own_left) >= 0
                 or folded.find("valu", *own_left) >= 0 or folded.find("市值", *own_left) >= 0)
                and (_STAKE_VALUE_LEFT.search(folded, *own_left) or (
                    # "并同时获得价值 3.5 亿美元的 CoreWeave 股份": shares worth the sum
                    _WORTH_JUST_BEFORE_ZH.search(folded, *own_left) and _SHARES_AFTER.match(folded, m.end, own_right[1])))
                and not _STAKE_BOUGHT.search(folded, *own_left)):
            roles.append(Role(m, None, False, own_left, own_right))
            continue
        if _FOR_ITS_FUND_AFTER.match(folded, m.end, own_right[1]) or (
                _CALLED_OFF_LEFT.search(folded, max(sent.start, m.start - 40), m.start)):
            # "General Catalyst raised a whopping $8bn for its 12th fund", "$4.5bn for VC investments": a
            # fund's money; "Cursor has abruptly suspended its own $2B funding round": no round
            roles.append(Role(m, None, False, own_left, own_right))
            continue
        if (folded.find(" by", *own_left) >= 0 and _GREW_BY_LEFT.search(folded, *own_left)
                and not _ROUND_NAMED.search(folded, max(sent.start, m.start - 60), m.start)) or (
                folded.find("out of", *own_left) >= 0 and _OUT_OF_LEFT.search(folded, *own_left)
                and _PLANNED_AFTER.match(folded, m.end, own_right[1])) or (
                (folded.find("targeting", *own_left) >= 0 or folded.find("ould ", *own_left) >= 0
                 or folded.find("might ", *own_left) >= 0 or folded.find("may ", *own_left) >= 0)
                and _MAY_BECOME_LEFT.search(folded, *own_left) and FUNDING_CUE.search(folded, own_left[0], own_right[1])):
            # (a deal's ceiling stays: "the contract ... could expand to $19.4bn")
            roles.append(Role(m, None, False, own_left, own_right))
            continue
        if _ROUND_CEILING_LEFT.search(folded, max(sent.start, m.start - 24), m.start) and (
                i > 0 or _EARLIER_ROUND_AMOUNT.search(folded, max(0, sent.start - 300), sent.start)):
            # "完成4.75亿美元种子轮融资…该轮总规模最多可达10亿美元": the ceiling of a round whose
            # amount is told (told alone, "本轮融资规模最多可达10亿美元" is the round)
            roles.append(Role(m, None, False, own_left, own_right))
            continue
        if (_FUND_SIZE_HINT.search(folded, max(own_left[0], m.start - 24), min(own_right[1], m.end + 30))
                and (_FUND_SIZE_LEFT.search(folded, max(own_left[0], m.start - 24), m.start)
                     or _FUND_SIZE_RIGHT.match(folded, m.end, own_right[1]))):
            # "Prosperity7 管理的基金规模约 30 亿美元", "which manages about $40 billion": the size
            # of an investor's fund, not money it puts in
            roles.append(Role(m, None, False, own_left, own_right))
            continue
        if _GROUP_RAISED_LEFT.search(folded, *own_left):
            roles.append(Role(m, None, False, own_left, own_right))
            continue
        if folded.find("for", *own_left) >= 0 and _company_bought(folded, sent, m):
            roles.append(Role(m, None, False, own_left, own_right))
            continue
        if (folded.find("averag", *own_left) >= 0 or folded.find("平均", *own_left) >= 0) and _AVERAGE_LEFT.search(
                folded, *own_left):
            roles.append(Role(m, None, False, own_left, own_right))
            continue  # "with an average round of close to $20 million", "平均单笔融资约 2000 万美元"
        if _NOT_A_SUM_RAISED_LEFT.search(folded, *own_left) or (
                i > 0 and roles and roles[-1].kind == "funding" and (
                    _SHARE_IN_ROUND_LEFT.search(folded, *own_left) or _LEAD_SHARE_LEFT.search(folded, *own_left))) or (
                # "raised $20 billion in a Series E, including $2 billion from Nvidia": a backer's part
                i > 0 and roles and roles[-1].kind == "funding" and not roles[-1].total
                and _INCLUDING_LEFT.search(folded, *own_left) and _FROM_BACKER_AFTER.match(folded, m.end, own_right[1])):
            # "领投为IDG资本的1.5亿美元", "辉达在这轮20亿美元募资之中，就投入8亿美元": a backer's share of the
            # round; "印度数据中心市场的投资预计将超过 N": a market's sum; "startups with over $100 million in
            # funding": a bar; "每月烧钱速度达 N": money burnt
            roles.append(Role(m, None, False, own_left, own_right))
            continue
        if _THRESHOLD_AFTER.match(folded, m.end, own_right[1]):
            # "其中单轮超过 10 亿元的只有 MiniMax、智谱和月之暗面": a bar that deals clear, no deal
            roles.append(Role(m, None, False, own_left, own_right))
            continue
        if _CUT_TO.search(folded, max(own_left[0], m.start - 30), m.start) or (
                i > 0 and roles and roles[-1].money is money[i - 1] and roles[-1].kind is None
                and _CUT_FROM_TO.fullmatch(folded, money[i - 1].end, m.start)):
            roles.append(Role(m, None, False, own_left, own_right))
            continue
        if (any(folded.find(w, sent.start, m.start) >= 0 for w in _SECTOR_GATE)
                or folded.find("across", sent.start, sent.end) >= 0
                or folded.find(" into ", m.end, min(sent.end, m.end + 20)) >= 0) and (
                sector := _SECTOR_DEALS.search(folded, sent.start, min(sent.end, m.end + 40))) and not any(
                r.entity.can_raise and min(sector.end(), m.start) <= r.start < m.start for r in sent.refs) and not (
                # ("…, and it raised $40 billion in March", "…, closed a $13 billion Series F": a clause
                # with its own verb)
                _OWN_RAISE_BETWEEN.search(folded, min(sector.end(), m.start), m.start)):
            # (a lab named after the sector's figure raises its own round: "其中银河通用完成 7 亿元")
            roles.append(Role(m, None, False, own_left, own_right))
            continue
        if _INTO_SECTOR_AFTER.match(folded, m.end, own_right[1]):
            # "investors invested $115 billion in AI startups": a sector's sum, no one's round
            roles.append(Role(m, None, False, own_left, own_right))
            continue
        near_left = (max(left[0], left[1] - 30), left[1])
        near_right = (right[0], min(right[1], right[0] + 15))
        total = bool(TOTAL_CUE.search(folded, *near_left) or TOTAL_AFTER.match(folded, *near_right)
                     or _SINCE_FOUNDING.match(folded, right[0], min(sent.end, right[0] + 90))
                     or (_PUT_IN_SO_FAR_LEFT.search(folded, *near_left)
                         and _SINCE_YEAR_LATER.match(folded, right[0], min(sent.end, right[0] + 60))))
        if total and _joint_commitment(folded, sent, first):
            total = False
        if total and _BREAKDOWN_AFTER.match(folded, last.end, right[1]) and not _RUNNING.search(
                folded, max(sent.start, first.start - 30), first.start):
            total = False  # "向 Upstage 投资共计 5600 亿韩元，其中…": one deal told with its parts
        if total and MORE_AFTER.match(folded, m.end, own_right[1]):
            total = False  # "added up to $4 billion more": an addition, not a total
        if total and _TOTAL_AS_VERB_LEFT.search(folded, *own_left) and not _TO_DATE_WORDS.search(folded, sent.start, m.start):
            total = False  # "The investment, expected to total around 2 billion euros": the size of one deal
        if total and _COMBINED_WITH_LEFT.search(folded, *own_left):
            total = False  # "Combined with a prior $14.2 billion arrangement, …": an addend, not the sum
        if total and roles and roles[-1].total and _INCLUDING_LEFT.search(folded, *own_left) and (
                _NAMED_ROUND_AFTER.match(folded, m.end, own_right[1])):
            total = False  # "$12 billion so far, including a $6 billion Series C": the cue is the sum's
        if not total and _OVER_RECENT_MONTHS.match(folded, last.end, right[1]) and not _ROUND_NAMED.search(
                folded, sent.start, sent.end):
            total = True
        total = total or _holding(folded, sent, m, min(sent.end, right[1] + 30)) or bool(
            # "All told, the company has now raised more than $479 million"
            _ALL_TOLD_LEFT.search(folded, max(sent.start, first.start - 90), first.start)
            and (not _ROUND_NAMED.search(folded, sent.start, sent.end)
                 or _RUNNING_WORDS.search(folded, sent.start, sent.end))) or bool(
            # "迄今已融资约 270 亿美元" (not "至今完成多轮融资，最新一轮融资约 5 亿美元")
            _RAISED_SO_FAR_ZH.search(folded, max(sent.start, first.start - 16), first.start)
            or (folded.find("以来", max(sent.start, first.start - 80), first.start) >= 0
                and _SINCE_RAISED_ZH.search(folded, max(sent.start, first.start - 80), first.start)
                and not _NAMED_ROUND_AFTER.match(folded, last.end, right[1]))) or bool(
            # "has now raised more than $1.5 billion since 2019"
            _SINCE_YEAR_AFTER.match(folded, last.end, right[1])
            and _PERFECT_RAISED.search(folded, max(sent.start, first.start - 40), first.start))
        if not total:
            frame = (max(sent.start, first.start - 90), first.start)
            total = bool(_TOTAL_HINT.search(folded, *frame) and _TOTAL_FRAME.search(folded, *frame))
        if total and (rt := round_total(folded, max(sent.start, first.start - 30), first.start)) and not (
                # (a listing's "募资总额" after 累计/历史/此前 sums everything raised; "本轮融资总额迄今"
                # and "the round's total so far" are still this round's)
                re.match(GROSS_TOTAL, rt.group()) and RUNNING_PAST.search(
                    folded, clause_span(folded, sent.start, sent.end, first.start)[0], first.start)):
            # "这轮融资总额达到 410 亿美元": the size of this round, not a running total ("累计募资总额",
            # "历史募资总额", "此前其累计募集资金总额" stay totals)
            total = False
        if total and _THIS_ROUND_ZH.search(folded, sent.start, m.start) and _FINAL_FIGURE_LEFT.search(folded, *own_left):
            total = False  # "本轮融资原定目标为 150 亿美元，…最终融资总额推升至 200 亿美元": this round's final size
        if total and _CAPPED_TOTAL.search(folded, max(sent.start, first.start - 24), first.start) and not (
                RUNNING_PAST.search(folded, max(sent.start, first.start - 40), first.start)
                or _TO_DATE.search(folded, sent.start, sent.end)):
            total = False
        d_fund = _nearest(FUNDING_CUE, folded, left, right)
        if d_fund >= 10_000 and (folded.find("最终", *own_left) >= 0 or folded.find("最后", *own_left) >= 0) and (
                _FINAL_FIGURE_LEFT.search(folded, *own_left)) and FUNDING_CUE.search(folded, sent.start, m.start):
            d_fund = 0  # "融资额超过了此前设定的 150 亿美元目标，最终达到 200 亿美元": the round's final size
        if d_fund < 10_000 and folded.find("rais", left[0], right[1]) >= 0 and (
                raised_figure := _RAISED_FIGURE.search(folded, left[0], right[1])):
            # "raising the bottom of the $64 billion-to-$72 billion range": a figure raised, not money
            d_fund = _nearest(FUNDING_CUE, folded, left, right,
                              skip=[_Span(raised_figure.start(), raised_figure.end())])
        if (got := _GOT_MONEY_LEFT.search(folded, max(sent.start, m.start - 30), m.start)) and any(
                r.entity.can_raise and r.salient and (0 <= got.start() - r.end <= 2 or (
                    0 < got.start() - r.end <= 90 and _APPOSITIVE_GAP.fullmatch(folded, r.end, got.start())
                    and not _PREPOSITION_BEFORE.search(folded, max(sent.start, r.start - 12), r.start)))
                for r in sent.refs) and not (
                _NOT_RAISED_AFTER.match(folded, m.end, min(sent.end, m.end + 60))) and (
                # (a cost or trap word around it wins: "secured $240 million in government support to build")
                _nearest(COST_CUE, folded, left, right) >= 10_000 and _nearest(TRAP_CUE, folded, left, right) >= 10_000):
            # "London's Nscale secured €958 million in September for its AI cloud platform", "Isomorphic Labs
            # landed €523 million in March": a startup named as the subject gets the money (not "secured a
            # $5.5 billion lease", "landed a $9.7 billion contract")
            d_fund = 0
        if d_fund >= 10_000 and i + 1 < len(money) and _AT_FIGURE.fullmatch(folded, m.end, money[i + 1].start) and (
                _TOOK_LEFT.search(folded, *own_left)) and (
                money[i + 1].amount > 2 * m.amount and money[i + 1].currency == m.currency) and not (
                _PER_SHARE.match(folded, money[i + 1].end, min(sent.end, money[i + 1].end + 20))):
            d_fund = 0  # "in March 2025 it took $3.5 billion at $61.5 billion": a round at its price
        if d_fund >= 10_000 and roles and roles[-1].kind == "funding" and roles[-1].money is money[i - 1] and (
                _AND_ADDED_LEFT.search(folded, *own_left)) and not _ADDED_TO_OTHER.match(folded, m.end, own_right[1]):
            d_fund = 0  # "it put USD 2 billion into the company in 2023 and added about $1 billion": more of it
        if _FROM_RIGHT.match(folded, last.end, right[1]) and _RECEIVE_LEFT.search(
                folded, max(left[0], first.start - 30), first.start) and not (
                COST_CUE.search(folded, *right) or TRAP_CUE.search(folded, *right)):
            d_fund = 0  # "received $2 billion from X for cloud services" is a sale
        if folded.find("back", *own_left) >= 0 and _BACK_WITH.search(folded, *own_left):
            d_fund = 0  # "will back Cohere with up to $1 billion" (not "buy back", "pay back")
        if folded.find("put", *own_left) >= 0 and _PUT_LEFT.search(folded, *own_left) and (
                into := _INTO_AFTER.match(folded, m.end, own_right[1])) and ((into.group("pronoun") and any(
                r.salient and not r.entity.can_raise and r.end <= m.start for r in sent.refs)) or any(
                r.start == into.end() and r.entity.can_raise for r in sent.refs)):
            d_fund = 0  # "put $10 billion into it", "put $10 billion into OpenAI" (not "into data centres")
        if folded.find("led", m.end, own_right[1]) >= 0 and (
                led := _DEAL_LED_BY.match(folded, m.end, own_right[1])) and any(
                led.end() < r.start <= led.end() + 3 and "investor" in r.entity.kinds
                for r in sent.refs):
            d_fund = 0  # "in a $21 million deal led by Founders Fund" (an investor leads it)
        if folded.find("in which", *own_left) >= 0 and (
                which := _IN_WHICH_INVESTED.search(folded, *own_left)):
            if any(r.entity.can_raise and 0 <= which.start() - r.end <= 2 for r in sent.refs):
                d_fund = 0  # "OpenAI, in which Microsoft has invested about $13 billion"
        if folded.find("投入", *own_left) >= 0 and (into := _INTO_LAB_ZH.search(folded, *own_left)):
            if any(r.entity.can_raise and r.role == "name" and into.start("lab") <= r.start < into.end("lab")
                   for r in sent.refs):
                d_fund = 0
        # "total capital expenditures (including assets acquired under finance leases) of $37.5 billion",
        # "revenue (including cloud services sold to governments) of $37.5 billion": the words before an
        # aside say what the sum is, not the words inside it
        aside = _aside_before(folded, max(prev_end, first.start - 120), first.start)
        if aside is None:
            d_cost = _nearest(COST_CUE, folded, left, right)
            d_trap = _nearest(TRAP_CUE, folded, near_left, near_right)
        else:
            d_cost = _nearest_past_aside(COST_CUE, folded, max(prev_end, aside[0] - 60), aside, first.start, right)
            d_trap = _nearest_past_aside(TRAP_CUE, folded, max(prev_end, aside[0] - 30), aside, first.start, near_right)
            if 0 < d_fund < 10_000 and FUNDING_CUE.search(folded, *aside):
                # "资本开支（包括融资租赁）为 270 亿元": nor a funding word inside it
                d_fund = _nearest_past_aside(FUNDING_CUE, folded, max(prev_end, aside[0] - 60), aside, first.start, right)
        if d_trap < 10_000 and (brk := _CLAUSE_BREAK_ZH.search(folded, near_right[0], near_right[1])) and (
                _SPEND_WORDS_LEFT.search(folded, max(sent.start, first.start - 24), first.start)):
            # "今年资本支出将激增至逾 1400 亿美元，当时股价一度下跌": a trap word in the next clause does
            # not turn a spending figure told in its own clause
            d_trap = _nearest(TRAP_CUE, folded, near_left, (near_right[0], brk.start()))
        if d_trap < 10_000 and _SHARE_OF_REVENUE.match(folded, last.end, right[1]):
            # "资本开支同比大增 221% 至 767.6 亿元，约占全年收入的 12%": a ratio to revenue after the sum
            # does not make it revenue
            d_trap = _nearest(TRAP_CUE, folded, near_left, (near_right[0], near_right[0]))
        if d_trap < 10_000 and any(near_left[0] <= r.start < near_right[1] for r in sent.refs):
            # (a name that is also a trap word is a name: "led by BOND")
            d_trap = _nearest(TRAP_CUE, folded, near_left, near_right, skip=sent.refs)
        # "a $5 billion debt raise alongside a separate $5 billion equity investment": a trap word
        # that heads the amount before is what that one measures, not this one
        prev_head = (money[i - 1].end, _head_end(folded, money[i - 1].end, m.start)) if i > 0 and _trap_is_head(
            folded, money[i - 1].end, m.start) and not _CLAUSE_MARK.search(folded, money[i - 1].end, m.start) else None
        if d_trap < 10_000 and prev_head is not None:
            d_trap = _nearest(TRAP_CUE, folded, (max(near_left[0], prev_head[1]), near_left[1]), near_right)
        mixed_span = (max(sent.start, m.start - 40), min(sent.end, m.end + 40))
        mixed = (folded.find("debt", *mixed_span) >= 0 or folded.find("债", *mixed_span) >= 0) and \
            _EQUITY_AND_DEBT.search(folded, *mixed_span)
        if d_trap < 10_000 and _PRE_LISTING_ROUND.match(folded, last.end, right[1]):
            d_trap = 10_000  # "7500 亿韩元的上市前融资": a round before a listing, not the listing
        if mixed and d_fund < 10_000:
            d_trap = 10_000  # the debt is part of the sum raised, not what the sum measures
        elif d_trap < 10_000 and _CONTRACT_AFTER.match(folded, m.end, own_right[1]) and (
                _BACKLOG.search(folded, *near_left)):
            d_trap = 10_000  # "未履约订单中包括与 OpenAI 签订的 224 亿美元合同": a contract named in it
        elif (_IN_REVENUE.match(folded, last.end, right[1])
              and not _EQUITY_SOLD.search(folded, last.end, min(sent.end, last.end + 50))) or (
                d_trap < 10_000 and _trap_is_head(folded, last.end, right[1])
                and not (_GOODS_AFTER.match(folded, last.end, right[1])  # ("$700M worth of chips")
                         and _BUY_BEFORE.search(folded, max(sent.start, first.start - 50), first.start))):
            d_trap = 0  # "40 亿美元银行循环信贷额度", "$4 billion credit line", "$4 billion in
            # annualized revenue": what the sum is
        if (folded.find("backstop", *own_left) >= 0 or folded.find("担保", m.end, min(sent.end, m.end + 20)) >= 0
                or (roles and roles[-1].kind is None and roles[-1].money is money[i - 1]
                    and _BY_TO.fullmatch(folded, money[i - 1].end, m.start)
                    and folded.find("backstop", *roles[-1].left) >= 0)):
            # "agreed to backstop $1.8 billion of its lease obligations", "为其 14 亿美元租约义务提供担保",
            # "the backstop was raised by $1.4 billion to $3.2 billion": a guarantee, not spending or a round
            d_trap = 0
        # (the pattern opens with its revenue words, so re skips to them)
        # (compute sold to a buyer named before the verb stays the buyer's: "向 xAI 出售…GPU")
        sold = bool(_SALE_LEFT.search(folded, max(sent.start, first.start - 14), first.start) and (
            _SOLD_OBJECT_AFTER.match(folded, last.end, min(sent.end, last.end + 30)))
            and not _TO_BUYER_ZH.search(folded, max(sent.start, first.start - 30), first.start))
        if d_trap != 0 and sold:
            d_trap = 0  # "计划出售约 20 亿美元的数据中心资产", "to sell $2 billion of": what is sold
        if d_trap != 0 and _REVENUE_GREW_LEFT.search(folded, max(sent.start, first.start - 90), first.start):
            d_trap = 0  # "sales at Amazon Web Services grew 24% to $35.6 billion": what the sum is
        if d_trap != 0 and (folded.find("交付", m.end, min(sent.end, m.end + 20)) >= 0
                            or folded.find("deliver", m.end, min(sent.end, m.end + 40)) >= 0) and (
                _UNDELIVERED_AFTER.match(folded, m.end, min(sent.end, m.end + 40))):
            d_trap = 0  # "另有 25 亿美元的 H20 订单无法交付": an order that will not be filled
        if d_trap < 10_000 and CONTRACTED_REVENUE.search(folded, max(sent.start, m.start - 40),
                                                           min(sent.end, m.end + 30)) and _HOSTING_DEAL.search(
                folded, max(0, sent.start - 300), sent.end):  # (the lease may be told in the sentence before)
            # "The leases carry about $3.7 billion of contracted revenue", "合同收入约 37 亿美元": what
            # the tenant of a hosting lease commits to pay
            d_trap, d_cost = 10_000, 0
        if d_trap < 10_000 and (folded.find("placement", sent.start, sent.end) >= 0 or folded.find(
                "placing", sent.start, sent.end) >= 0) and PLACEMENT.search(folded, *clause_span(folded, sent.start, sent.end, m.start)) and (
                _NEW_SHARES_AFTER.match(folded, m.end, own_right[1])):
            d_fund, d_trap = 0, 10_000  # "sold USD 700 million of new shares … in a private placement to Accel"
        if d_trap < 10_000 and folded.find("of", m.end, own_right[1]) >= 0 and _GOODS_BOUGHT_AFTER.match(
                folded, m.end, own_right[1]):
            d_trap, d_cost = 10_000, 0  # "a $1 billion acquisition of NVIDIA's AI servers": compute bought
        if (folded.find("资产", m.end, own_right[1]) >= 0 and _ASSETS_BOUGHT_AFTER_ZH.match(folded, m.end, own_right[1])) or (
                folded.find("part of", max(sent.start, m.start - 12), m.start) >= 0
                and _PART_OF_PLAN_AFTER.match(folded, m.end, own_right[1])) or (
                folded.find("一部分", m.end, own_right[1]) >= 0 and _PART_OF_PLAN_AFTER_ZH.match(folded, m.end, own_right[1])):
            # "斥资 200 亿美元取得其几乎所有资产": a purchase of assets; "英美联合投资 310 亿英镑计划的一部分",
            # "part of a $31 billion investment plan": a programme the deal belongs to, no one's round
            d_fund = 10_000
        if d_fund < 10_000 and folded.find("investment", *own_left) >= 0 and _REPRESENTS_INVESTMENT.search(
                folded, *own_left) and not ((party := _PARTY_AFTER.match(folded, m.end, own_right[1])) and any(
                    r.start == party.end() for r in sent.refs)) and not _ROUND_NAMED.search(folded, sent.start, sent.end):
            # "the energy infrastructure alone represents an investment of about $7 billion": what a
            # project costs, no round ("a new data center …, representing a corporate investment of more
            # than $20 billion": a data centre's cost)
            d_fund = 10_000
            if COMPUTE_CONTEXT.search(folded, sent.start, sent.end):
                d_cost = 0
        if d_cost > 0 and (folded.find("investment", max(sent.start, m.start - 60), m.start) >= 0
                           or folded.find("spend", max(sent.start, m.start - 60), m.start) >= 0) and (
                _INFRA_SPEND_LEFT.search(folded, max(sent.start, m.start - 60), m.start)) and not (
                _ROUND_NAMED.search(folded, sent.start, sent.end) or _RAISE_VERB.search(folded, sent.start, sent.end)):
            d_fund, d_cost = 10_000, 0  # "total infrastructure investment is tracking toward $80 billion"
        if d_cost > 0 and folded.find("expenditure", max(sent.start, m.start - 60), m.start) >= 0 and (
                _COMPUTE_EXPENDITURE_LEFT.search(folded, max(sent.start, m.start - 60), m.start)):
            d_cost = 0  # "OpenAI's Microsoft expenditure increasing from $13 billion" (not "marketing expenditure")
        if d_cost > 0 and _ORDER_AFTER.match(folded, m.end, min(sent.end, m.end + 30)) and (
                not _SELLER_BOOKS_LEFT.search(folded, max(sent.start, m.start - 40), m.start) or any(
                    m.end < r.start and "lab" in r.entity.kinds and r.entity.can_own for r in sent.refs)
                or folded.find("same customer", m.end, min(sent.end, m.end + 60)) >= 0):
            # "a $10 billion order … to supply Google's TPUs to Anthropic" (not a seller's bookings: "Nvidia
            # booked $50 billion in orders", "Foxconn won $3 billion of orders from cloud providers")
            d_cost = 0
        kind = None
        best = min(d_fund, d_cost, d_trap)
        if best < 10_000:
            if d_trap == best:
                kind = None
            elif d_fund == best:
                kind = "funding"
                for veto in NOT_A_ROUND.finditer(folded, max(sent.start, m.start - 40),
                                                 min(sent.end, m.end + 50)):
                    if mixed and mixed.start() <= veto.start() < mixed.end():
                        continue
                    if any(r.start <= veto.start() < r.end for r in sent.refs) or _LED_BY_BEFORE.search(
                            folded, max(sent.start, veto.start() - 12), veto.start()):
                        continue  # a name that is also the word: "led by BOND", "led by Bond"
                    if prev_head is not None and prev_head[0] <= veto.start() < prev_head[1]:
                        continue  # the head of the amount before ("a $5 billion debt raise")
                    if veto.start() >= m.end and _USE_OF_PROCEEDS.search(folded, m.end, veto.start()):
                        continue  # "集资 10.15 亿港元，所得款项将用于…偿还银行贷款": what the money is for
                    if folded[veto.start():veto.end()] == "offering" and IPO_CUE.search(
                            folded, max(sent.start, veto.start() - 24), veto.end()):
                        continue  # "initial public offering"
                    if veto.end() <= m.start:
                        c_start, c_end = clause_span(folded, sent.start, sent.end, m.start)
                        if veto.end() <= c_start and _EQUITY.search(folded, c_start, c_end):
                            continue  # "…定期贷款，同时该公司另获 50 亿美元战略股权投资"
                    kind = None
                    break
                if _CORNERSTONE.search(folded, max(own_left[0], m.start - 60), m.start):
                    kind = None
                c_left = clause_span(folded, sent.start, sent.end, m.start)[0]
                if _CONTROL_STAKE.search(folded, max(c_left, m.start - 90), m.start):
                    kind = None  # "took a majority stake in X in a deal worth $600 million": M&A
                infra = _INFRA_OBJECT.search(folded, *_object_span(folded, sent, m, next_start))
                # ... unless a lab receives it: "invested $13 billion in OpenAI", "向 OpenAI 投资"
                lab_first = infra and any(
                    (m.end <= r.start < infra.start() and r.entity.can_raise)
                    or (r.entity.can_raise and left[0] - 20 <= r.start < m.start
                        and _TO_LAB.search(folded, max(sent.start, r.start - 3), r.start))
                    for r in sent.refs)
                if infra and not lab_first and _nearest(_INVEST_WORD, folded, left, right) == d_fund:
                    kind = "cost"
                elif kind == "funding" and _infra_before(folded, sent, m):
                    kind = "cost"
                elif kind == "funding" and _invests_in_itself(folded, sent, m, left, right, d_fund):
                    kind = "cost"
            else:
                kind = "cost"
        if kind != "cost" and d_trap != 0 and (
                (not total and _contract_growth(folded, sent, m)) or _spends_on_zh(folded, sent, m)):
            kind = "cost"  # "合计投入" sums one spending plan, not past rounds
        if not total and roles and roles[-1].kind is not None and _TIMES_OF.match(
                folded, m.end, own_right[1]) and not TRAP_CUE.search(folded, *own_left):
            # "约为今年 3 月 E 轮时 615 亿美元的三倍", "几乎是 2025 年 914 亿美元的两倍": the figure
            # compared with is of the same kind as the one before
            kind = roles[-1].kind
        if kind is None and not total and roles and roles[-1].kind in ("cost", "funding") and (
                _THIS_FIGURE.search(folded, *own_left)) and not TRAP_CUE.search(folded, *own_left):
            kind = roles[-1].kind  # "资本开支为 315 亿元；上一季度这一数字为 386 亿元"
        if kind is None and best == 10_000 and not total and roles and roles[-1].kind == "cost" and (
                roles[-1].money is money[i - 1]) and _NEXT_PERIOD_FIGURE.search(folded, *own_left) and not (
                _other_measure_before(folded, sent, money[i - 1].end, m.start)) and not any(
                money[i - 1].end <= r.start < m.start for r in sent.refs):
            kind = "cost"  # "一季度资本开支为 274.76 亿元…；二季度为 191.07 亿元": the next period's figure
        if kind is None and not total and _SPENT_ON_COMPUTE_ZH.search(folded, *own_left):
            kind = "cost"  # "特斯拉 2024 年花在英伟达芯片上的钱为 N" (not "花在营销上")
        if kind is None and not total and _AFTER_VALUATION_ZH.search(folded, *own_left):
            kind = "funding"  # "7 月又以 180 亿美元估值追加 1 亿美元": a sum raised at that valuation
        if (kind is None and best == 10_000 and not total
                and _RECEIVED_ZH.search(folded, max(sent.start, first.start - 12), first.start)
                and _VALUATION_WORD.search(folded, sent.start, sent.end)
                and any(r.entity.can_raise and r.end <= first.start for r in sent.refs)):
            kind = "funding"  # "A、B 分别拿下 X、Y，对应估值分别为": sums labs take at a valuation
        if kind is None and best == 10_000 and roles and roles[-1].kind == "cost" and any(
                own_left[0] <= r.start < m.start for r in sent.refs) and _CONTRAST_ELLIPSIS.search(
                folded, *own_left):
            kind = "cost"  # "微软则预计介于 A 至 B": another company, the same kind of figure
        if total and _CONTRACT_AFTER.match(folded, m.end, right[1]):
            # "签下为期五年、总额 119 亿美元的协议": the value of one contract, not a running total
            kind, total = "cost", False
        if kind == "funding" and (folded.find("at", *own_left) >= 0 or folded.find("capital", *own_left) >= 0) and (
                _INVESTMENT_PUT_AT.search(folded, *own_left)):
            # "The company puts the initial investment at about 65 billion yen", "xAI puts the investment
            # at $20 billion for Colossus 2": a project's cost (no round either way)
            if _BACKING_WORDS.search(folded, sent.start, sent.end) or any(
                    r.entity.can_raise and _IN_LAB_GAP.fullmatch(folded, m.end, r.start) for r in sent.refs):
                # (a round with its backers or its lab stays one, unless it is a part of the round told before)
                if any(r.kind == "funding" for r in roles):
                    kind = None
            else:
                kind = "cost" if (_FOR_A_SITE.search(folded, max(0, sent.start - 200), sent.end)
                                  or _FOR_NAMED.match(folded, m.end, own_right[1])) else None
        if kind == "funding" and not _ROUND_NAMED.search(folded, sent.start, sent.end) and (
                _WITH_AN_INVESTMENT_LEFT.search(folded, *own_left)) and (
                _INVESTMENT_NOUN_AFTER.match(folded, m.end, own_right[1])) and (
                COMPUTE_SITE.search(folded, clause_span(folded, sent.start, sent.end, m.start)[0], m.start)
                or folded.find("ai factor", max(sent.start, m.start - 120), m.start) >= 0):
            kind = "cost"  # "transforming a facility into an AI Factory with an initial $500 million investment"
        if kind == "funding" and _spending_plan(folded, sent, m, left[0]):
            kind, total = "cost", False  # "its investment over the next three years to $400bn"
        if kind is None and not total and not sold and (_SITE_BOUGHT_RIGHT.match(folded, m.end, own_right[1])
                                           or _SITE_BOUGHT_LEFT.search(folded, *own_left)
                                           or _COMMITMENT_AFTER.match(folded, m.end, own_right[1])):
            kind = "cost"  # "以 6.5 亿美元收购了数据中心园区", "their $500 billion, 10-gigawatt commitment"
        if kind is None and best == 10_000 and not total and not sold and _seller_deal(folded, sent, m, own_right[1]):
            kind = "cost"  # "a $14.2 billion deal with CoreWeave", "与 CoreWeave 签署 142 亿美元协议"
        if kind is None and d_trap != 0 and not total and _priced_compute(folded, sent, m):
            kind = "cost"  # "a haul worth $500 million", "bought GPUs from Dell for $900 million"
        if kind == "funding" and not total and _SITE_TOTAL_ZH.search(folded, *own_left) and (
                COMPUTE_CONTEXT.search(folded, sent.start, sent.end)
                or _SITE_WORDS_ZH.search(folded, sent.start, sent.end)):
            kind = "cost"  # "该公司位于阳泉的智算中心总投资 42 亿元"
        if kind in (None, "funding") and roles and roles[-1].money is money[i - 1] and roles[-1].kind == "funding" and (
                _AFTER_ROUND_OF_ZH.fullmatch(folded, money[i - 1].end, m.start)) and any(
                r.kind == "valuation" for r in roles):
            kind = "valuation"  # "较去年 11 月 4 亿美元融资后的 24 亿美元": the price after that round
        if kind is None and not total and i + 1 < len(money) and _OUT_OF_LEFT.fullmatch(
                folded, m.end + 1, money[i + 1].start) and _PLANNED_AFTER.match(
                folded, money[i + 1].end, min(sent.end, money[i + 1].end + 30)) and FUNDING_CUE.search(
                folded, sent.start, sent.end):
            kind = "funding"  # "secured 80 billion won out of the 160 billion won planned for the Series C"
        if kind in (None, "funding") and d_trap != 0 and roles and roles[-1].kind == "valuation" and (
                up_from := _VALUED_UP_FROM.search(folded, *own_left)) and not any(
                up_from.start() <= r.start < m.start for r in sent.refs) and not (
                # ("较去年 11 月 4 亿美元融资后的 24 亿美元": the round's size, then its price)
                _ROUND_OF_AFTER_ZH.match(folded, m.end, own_right[1])) and (
                # (a Chinese comparison goes on from the valuation itself, not from revenue or a round's
                # size told after it: "估值 400 亿元，年收入高于去年的 5 亿元")
                up_from.group().isascii() or _COMPARISON_GOES_ON_ZH.fullmatch(
                    folded, roles[-1].money.end, up_from.start())) and not (
                _RAISED_IN_AFTER.match(folded, m.end, own_right[1])) and (kind is None or (
                # (a round cue nearby does not make "up from $500 million" a round, but "a 7x step-up from
                # the $41 million Series A" names one)
                folded[up_from.start() - 1:up_from.start()] != "-"
                and not _NAMED_ROUND_AFTER.match(folded, m.end, own_right[1]))):
            # (not another company's figure: "但仍远低于 OpenAI 的 5000 亿美元估值")
            kind = "valuation"  # "at an $8 billion valuation, up from $545 million in March"
        if kind is None and d_trap != 0 and roles and roles[-1].kind == "cost" and not (
                # (another measure in this figure's clause: "capex rose to $24 billion, while revenue climbed from
                # $62 billion"; not one only compared: "a figure larger than its free cash flow, up from")
                _other_measure_before(folded, sent, roles[-1].money.end, m.start)) and (
                ((base := _BASELINE_LEFT.search(folded, *own_left))
                 # (another company's figure is no baseline: "超越谷歌的 910 亿美元")
                 and not any(base.start() <= r.start < m.start for r in sent.refs)) or (
                    _AGAINST_LEFT.search(folded, *own_left) and not _OTHERS_AFTER.match(folded, m.end, own_right[1])) or (
                    # "与一季度 274.8 亿元的高点相比": the figure compared with (not a forecast)
                    _WITH_BEFORE_ZH.search(folded, *own_left)
                    and _COMPARED_AFTER_ZH.match(folded, m.end, own_right[1])) or (
                    # "rose to $34.9 billion in the quarter from $24.2 billion a year earlier"
                    _FROM_LEFT.search(folded, *own_left) and _EARLIER_PERIOD_AFTER.match(folded, m.end, own_right[1]))):
            kind = "cost"  # "资本开支为 121 亿元，较第一季度的 165 亿元": the baseline is spending too
        if roles and roles[-1].kind in (None, "cost") and kind != roles[-1].kind and not roles[-1].total and (
                roles[-1].money is money[i - 1]) and _gapped_name(folded, sent, money[i - 1].end, m.start):
            # "鸿海营收约 6.86 兆元，广达约 1.41 兆元", "微软资本开支约 800 亿美元，谷歌约 750 亿美元": a gapped
            # clause repeats what the sum before is
            kind = roles[-1].kind
        if kind is None and d_trap != 0 and not total and _SET_ASIDE_LEFT.search(folded, *own_left) and (
                _SET_ASIDE_FOR.search(folded, m.end, clause_span(folded, sent.start, sent.end, m.start)[1])):
            kind = "cost"  # "has set aside around 85 billion yuan for AI processors" (not for legal claims)
        if kind is None and d_trap != 0 and not total and _ADDED_LEFT.search(folded, *own_left) and (
                _TO_COFFERS.match(folded, m.end, own_right[1])):
            kind = "funding"  # "has added $30 million to its coffers from a clutch of strategic backers"
        if kind == "cost" and folded.find(" for ", m.end, own_right[1]) >= 0 and (
                stake_for := _FOR_STAKE_AFTER.match(folded, m.end, own_right[1])) and any(
                r.entity.can_raise and m.end <= r.start <= stake_for.end() + 6 for r in sent.refs):
            kind = "funding"  # "laid out $30 billion for its OpenAI stake", "for 49% of Scale AI": a stake bought
        if kind in (None, "cost") and d_trap != 0 and not total and folded.find("commit", *own_left) >= 0 and (
                _COMMITTED_LEFT.search(folded, *own_left)) and (to := _TO_RIGHT.match(folded, m.end, own_right[1])) and any(
                r.start == to.end() and r.entity.can_raise and not r.entity.is_cloud for r in sent.refs) and not (
                # (money committed to a cloud, or for capacity over years, buys compute)
                _COMMIT_FOR_COMPUTE.search(folded, m.end, clause_span(folded, sent.start, sent.end, m.start)[1])):
            kind = "funding"  # "Amazon committed $4 billion to the Claude developer" (a startup receives it)
        if kind in ("funding", "cost") and _REQUIRED_INVESTMENT_LEFT.search(folded, *own_left):
            # "a data centre … that could require investment of up to USD 25 billion"; "1 吉瓦算力集群需投资约
            # 500 亿美元"; a company's needs are neither ("Anthropic could require funding of $10 billion")
            kind = "cost" if _FOR_A_SITE.search(folded, sent.start, sent.end) else None
        if kind is None and d_trap != 0 and not total and (
                folded.find("pay", *own_left) >= 0 or folded.find("支付", *own_left) >= 0) and _PAYS_LEFT.search(
                folded, *own_left) and _FOR_COMPUTE_AFTER.match(folded, m.end, clause_span(folded, sent.start, sent.end, m.start)[1]):
            kind = "cost"  # "Nvidia will pay Lambda about $1.3 billion for access to 10,000 of its GPUs"
        if kind is None and d_trap != 0 and not total and folded.find("commit", *own_left) >= 0 and (
                _COMMITTED_LEFT.search(folded, *own_left)) and _INFRA_OBJECT.match(folded, m.end + 1, own_right[1]):
            kind = "cost"  # "Google has committed $15 billion to an AI hub in Visakhapatnam"
        if kind is None and d_trap != 0 and not total and folded.find("commit", *own_left) >= 0 and (
                _COMMITTED_LEFT.search(folded, *own_left)) and (to := _TO_RIGHT.match(folded, m.end, own_right[1])) and any(
                # (a committer named before, who buys: not "Investors committed $1 billion to companies like
                # CoreWeave", nor "… to Nscale in equity rounds")
                r.salient and r.entity.can_own and not r.entity.sells_compute and r.end <= m.start for r in sent.refs) and not (
                _EQUITY_WORDS.search(folded, m.end, clause_span(folded, sent.start, sent.end, m.start)[1])) and (
                any(r.start == to.end() and r.entity.is_cloud for r in sent.refs) or (
                    _PARTNERS_NOUN.match(folded, to.end()) and (
                        folded.find("neocloud", to.end(), min(sent.end, to.end() + 60)) >= 0
                        or any(r.entity.is_cloud and to.end() <= r.start <= to.end() + 60 for r in sent.refs)))):
            kind = "cost"  # "committed $33 billion to companies like Nebius, CoreWeave and Lambda": compute bought
        if kind is None and roles and roles[-1].kind == "cost" and roles[-1].money is money[i - 1] and (
                _BY_TO.fullmatch(folded, money[i - 1].end, m.start)) and _BY_BEFORE_MONEY.search(
                folded, max(sent.start, money[i - 1].start - 16), money[i - 1].start):
            kind = "cost"  # "expanded its OpenAI contract by $6.5B to $22.4B": the contract's new value
        if roles and roles[-1].money is money[i - 1] and roles[-1].kind == "cost" and (
                _RAISED_BY_ZH_LEFT.search(folded, max(sent.start, money[i - 1].start - 8), money[i - 1].start)) and (
                _BY_THEN_TOTAL_ZH.fullmatch(folded, money[i - 1].end, m.start)):
            # "将全年资本支出预估调高 100 亿美元，达 850 亿美元": the change, then the new figure
            roles[-1].kind = None
            kind = "cost"
        if kind in (None, "funding") and roles and roles[-1].money is money[i - 1] and roles[-1].kind == "valuation" and (
                CHANGED_TO.fullmatch(folded, money[i - 1].end, m.start)) and folded.find(
                "估值从", max(sent.start, money[i - 1].start - 40), money[i - 1].start) >= 0:
            kind = "valuation"  # "估值从…的 99 亿美元，涨到了 293 亿美元": the new valuation
        if kind is None and roles and roles[-1].money is money[i - 1] and (
                CHANGED_TO.fullmatch(folded, money[i - 1].end, m.start)) and not (
                # (another measure in the old figure's clause: "while revenue climbed from"; a range: "range from")
                _other_measure_before(folded, sent, sent.start, money[i - 1].start)
                or _RANGE_FROM_LEFT.search(folded, max(sent.start, money[i - 1].start - 24), money[i - 1].start)) and _CHANGED_FROM_LEFT.search(
                folded, max(sent.start, money[i - 1].start - 16), money[i - 1].start) and (
                roles[-1].kind == "cost" or (
                    # (the old figure may be a superseded estimate: "从原先估计的 750 亿美元提升至")
                    roles[-1].kind is None and not roles[-1].total and COST_CUE.search(folded, *roles[-1].left)
                    and not TRAP_CUE.search(folded, *roles[-1].left))):
            kind = "cost"  # "capex forecast from $75 billion to $85 billion", "从 750 亿美元提升至 850 亿美元"
        if kind is None and roles and roles[-1].kind == "cost" and roles[-1].money is money[i - 1] and (
                _AND_BY.fullmatch(folded, money[i - 1].end, m.start)):
            kind = "cost"  # "expanded by up to $4 billion in May and by $6.5 billion in September"
        if kind is None and best == 10_000 and roles and _ANOTHER_AMOUNT.search(folded, *own_left):
            # "... and another $6 billion in December": the amount repeats the verb before it
            kind = next((r.kind for r in reversed(roles) if r.kind != "valuation"), None)
        gap_investor = None
        if kind in (None, "cost") and not total and roles and roles[-1].kind == "funding" and (
                roles[-1].money is money[i - 1]) and (
                gap_investor := (_gapped_investor(folded, sent, money[i - 1].end, m.start)
                                 or _alongside_investor(folded, sent, money[i - 1].end, m))) and not (
                # ("and Microsoft $80 billion in data centers" spends it; "in Anthropic too" funds it)
                (spent := _SPENT_ON_AFTER.match(folded, m.end, sent.end)) and not any(
                    r.entity.can_raise and spent.end() <= r.start <= spent.end() + 4 for r in sent.refs)):
            kind = "funding"  # "英伟达将向其投资最多 100 亿美元，微软最多投资 50 亿美元": the same deal's verb
        if kind == "funding" and _INVESTMENT_TO_BUY_AFTER.match(folded, m.end, min(sent.end, m.end + 60)):
            kind = "cost"  # "a fresh $1.5-billion investment to procure another 8,000 Nvidia GPUs": spending
        if kind == "funding" and folded.find("investment", *own_left) >= 0 and _PROJECT_BACKED_LEFT.search(
                folded, max(sent.start, m.start - 90), m.start):
            kind = "cost"  # "Phase 1 of the project will be supported by an initial investment of EUR10 billion"
        if kind == "funding" and (cap := _CAPITAL_INVESTMENT_AFTER.match(folded, m.end, own_right[1])) and not (
                _IN_OR_FROM.match(folded, cap.end()) or _RECEIVED_EN.search(folded, max(sent.start, m.start - 40), m.start)):
            kind = "cost"  # "marking a $901 million capital investment": capex, not a round
        if kind == "funding" and folded.find("stake", max(sent.start, m.start - 40), min(sent.end, m.end + 20)) >= 0 and (
                _HELD_STAKE_LEFT.search(folded, max(sent.start, m.start - 50), m.start)) and (
                _STAKE_RIGHT.match(folded, m.end, own_right[1]) or folded.find("stake of", max(sent.start, m.start - 30), m.start) >= 0) and not (
                _AFTER_BUYING.search(folded, sent.start, sent.end)):
            kind = None  # "would hold a stake of about $135 billion", "gave Microsoft a $135 billion stake": a holding's worth
        if kind == "cost" and folded.find("allocat", *own_left) >= 0 and any(
                r.entity.can_raise and _TO_ONLY.fullmatch(folded, m.end, r.start) for r in sent.refs if r.start > m.end):
            kind = "funding"  # "SoftBank allocated $30 billion to OpenAI": money given to a lab
        if kind == "funding" and folded.find("投资", max(own_left[0], m.start - 16), m.start) >= 0 and (
                _COMPUTE_INVESTMENT_LEFT.search(folded, max(own_left[0], m.start - 20), m.start)) and not (
                _GOT_COMPUTE_INVESTMENT.search(folded, max(sent.start, m.start - 30), m.start)) and not any(
                r.entity.can_raise and max(sent.start, m.start - 30) <= r.start < m.start
                and folded.endswith(("对", "向", "对 ", "向 "), max(0, r.start - 2), r.start) for r in sent.refs):
            kind = "cost"  # "GPU 投资超过 5 亿美元", "算力投资达": money put into compute, not a round
            # (not one received: "获得上海国资的算力投资 5 亿元" is a round)
        if kind == "funding" and (plan := _ABANDONED_PLAN.search(folded, max(own_left[0], m.start - 20), m.start)) and (
                not _FIRST_PLAN.match(plan.group()) or _PLAN_OUTGROWN.search(folded, m.end, sent.end)):
            kind = None  # "公司去年递表时曾计划募资 2 亿至 3 亿美元": a plan given up, no round
            # (a first plan only when the sentence says it was outgrown: "最初计划融资 100 亿美元，但…")
        if roles and roles[-1].money is money[i - 1] and roles[-1].kind is None and not roles[-1].total and (
                _EXPANDABLE_LEFT.search(folded, *own_left)):
            kind = None  # "a €500 million mezzanine facility …, expandable to €1 billion": the same loan
        if roles and roles[-1].money is money[i - 1] and roles[-1].kind in ("funding", "cost") and (
                _RESTATED.fullmatch(folded, money[i - 1].end, m.start)):
            kind = None  # "A$330 million, or 330 million Australian dollars": the same sum said again
        if kind == "funding" and roles and roles[-1].kind is None and not roles[-1].total and (
                roles[-1].money is money[i - 1] and folded.find("其中", *own_left) >= 0
                and _CORNERSTONE.search(folded, max(sent.start, money[i - 1].start - 60), money[i - 1].start)):
            kind = None  # "基石投资者合共认购约 3.5 亿美元，其中阿布扎比投资局占 6500 万美元": a part of no round
        if not total and ((
                (folded.find("轮", max(sent.start, first.start - 40), first.start) >= 0
                 or folded.find("次", max(sent.start, first.start - 40), first.start) >= 0
                 or folded.find("rounds", max(sent.start, first.start - 40), first.start) >= 0)
                and _ROUNDS_SUM.search(folded, max(sent.start, first.start - 40), first.start)) or (
                (folded.find("rounds", last.end, right[1]) >= 0 or folded.find(" and ", last.end, right[1]) >= 0)
                and _ROUNDS_SUM_AFTER.match(folded, last.end, right[1]))):
            total = True  # "在七轮融资中从约 30 家机构取得共约 15 亿美元": several rounds summed
        if kind is None and not total and d_trap >= 10_000 and roles and roles[-1].kind == "funding" and (
                roles[-1].total and (_LATEST_OF_TOTAL.search(folded, *own_left) or (
                    # "including a $1.2 billion Series B": a named round inside the sum ("including
                    # €600 million in debt" is none)
                    _INCLUDING_LEFT.search(folded, *own_left)
                    and _NAMED_ROUND_AFTER.match(folded, m.end, own_right[1])))):
            kind = "funding"  # "raised $2.9 billion since 2023, most recently €1.7 billion at ..."
        roles.append(Role(m, kind, total, left, right, (g.index(i), len(g)), gap_investor))
    for before, after in zip(roles, roles[1:], strict=False):
        if before.kind is None and not before.total and after.kind == "cost" and is_ceiling(
                folded, before.money, after.money):
            before.kind = "cost"  # "worth $17.4 billion through 2031 and as much as $19.4 billion"
    return roles




def _contract_growth(folded: str, sent: Sentence, m: Money) -> bool:
    """True when `m` is the sum a contract or deal grew by ("expanded its deal ... by $2bn")."""
    near = folded[max(sent.start, m.start - 24):m.start]
    if "by" not in near and not any(w in near for w in ("扩大", "增加", "追加", "提高")):
        return False
    frame = (max(sent.start, m.start - 120), m.start)
    return bool(_CONTRACT_HINT.search(folded, *frame) and _CONTRACT_GROWTH.search(folded, *frame))


def _spends_on_zh(folded: str, sent: Sentence, m: Money) -> bool:
    """True when `m` is what a company spends on a field in Chinese ("在 AI 训练和推理上合计
    投入 N"), with no lab in that field (putting money "into" a lab is a round)."""
    if folded.find("在", max(sent.start, m.start - 40), m.start) < 0:
        return False
    found = _SPEND_ON_ZH.search(folded, max(sent.start, m.start - 40), m.start)
    # the field must be compute ("AI 训练", "大模型", "算力"): "在游戏营销上投入" is not
    return found is not None and bool(COMPUTE_CONTEXT.search(folded, found.start(), found.end())) and not any(
        found.start() <= r.start < m.start and r.entity.can_raise for r in sent.refs)


def _infra_before(folded: str, sent: Sentence, m: Money) -> bool:
    """True when the investment verb before `m` has infrastructure as its Chinese
    prepositional object and no lab sits in that object ("向欧洲 AI 基础设施投资 N"), or names
    the compute part of a budget ("其中算力投资 N") that no lab receives ("获得…的算力投资")."""
    if _EQUITY_AFTER_ZH.match(folded, m.end, min(sent.end, m.end + 20)):
        return False
    found = _INFRA_BEFORE_ZH.search(folded, max(sent.start, m.start - 40), m.start)
    if found is None or any(found.start() <= r.start < m.start and r.entity.can_raise for r in sent.refs):
        return False
    if any(r.entity.can_raise and found.start() - 12 <= r.start < found.start() and _TO_LAB.search(
            folded, max(sent.start, r.start - 8), r.start) and _LAB_THEN_PHASE.fullmatch(folded, r.end, found.start())
            for r in sent.refs):
        return False  # "对这家 Claude 开发商首期投资 12.5 亿美元": a lab's first tranche, not a phase of a site
    c_start = clause_span(folded, sent.start, sent.end, m.start)[0]
    return not _RECEIVES_ZH.search(folded, c_start, found.start())
