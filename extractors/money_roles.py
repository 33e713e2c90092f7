"""What a money phrase is for: a round, a valuation, a running total, a cost, or none of these.

The role comes from cue words around the phrase, within its sentence and not
beyond the neighbouring money phrases: a valuation cue right next to it
("$24bn valuation", "valued ... at", "估值超过") wins; otherwise the nearest
cue decides between funding ("raised", "round", "融资", "投资"), cost
("spend", "capex", "cost", "预算", "花费", "价值 ... 超级计算机") and the traps
that must give no fact (revenue, market value, token prices, debt, salaries,
acquisitions). Running totals ("total raised", "累计融资", "总融资规模") are
flagged so they never become rounds. Amounts in a list ("130 亿美元、70 亿美元、
60 亿美元融资额") share the cues of the list.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extractors.money import Money
from extractors.numbers import QUALIFIER
from extractors.passage import Sentence

FUNDING_CUE = re.compile(
    r"rais(?:e|ed|es|ing)\b|fund-?rais\w*|funding|financing|\bround\b|investments?\b|"
    r"invest(?:s|ed|ing)?\b|pump(?:s|ed|ing)?\b|inject\w*|infusion|"
    r"capital\b(?!\s(?:expenditure|spending|investment))|\bstakes?\b|backing|"
    r"融资|投资|注资|筹集|筹资|筹得|募集|募资|获投|出资|入股|领投|跟投|资金|[a-k+]\s?轮|天使|"
    r"series [a-k]|\bseed\b"
)
COST_CUE = re.compile(
    r"spend(?:s|ing)?\b|spent|\bcosts?\b|costing|capex|capital expenditures?|capital spending|"
    r"budget\w*|price tag|worth of|to build|build(?:ing|s)?\b|construct\w*|infrastructure|"
    r"data cent(?:er|re)s?|supercomputers?|clusters?|compute\b|cloud services?|services\b|"
    r"contracts?\b|commitments?|purchase|lease|rent(?:al|ing)?\b|"
    r"花费|耗资|成本|预算|支出|开支|资本开支|资本支出|造价|价值|建设|建造|兴建|租用|租赁|服务|"
    r"算力|数据中心|超级计算机|超算|集群|采购|订单"
)
TRAP_CUE = re.compile(
    r"revenues?|\bsales\b|annuali[sz]ed|\barr\b|profits?|\bincome|earnings|market (?:value|cap\w*)|"
    r"per (?:million )?tokens?|\btokens?\b|subscriptions?|per month|a month|salar(?:y|ies)|"
    r"pay package|compensation|\bfined?\b|penalt(?:y|ies)|settlement|acqui(?:re|red|res|ring|sition)|"
    r"buyout|share price|stock price|\bloss(?:es)?\b|\bdebt\b|\bloans?\b|\bbonds?\b|credit (?:line|facility)|"
    r"tender offer|secondary (?:sale|share)|"
    r"收入|营收|营业额|销售额|利润|净利|亏损|市值|收购|并购|罚款|薪酬|年薪|月薪|股价|债|贷款|每百万|token"
)
TOTAL_CUE = re.compile(
    r"\btotal\b|in all\b|altogether|combined|cumulative|to date|so far|"
    r"累计|累积|总计|总共|共计|合计|总额|总融资|融资总额|总规模|加起来"
)
TOTAL_AFTER = re.compile(r"\s?(?:in total|to date|so far|in all|altogether|combined|in aggregate)")
_VAL_RIGHT = re.compile(r"\s?(?:pre-money\s|post-money\s)?valuation|\s?的?(?:投前|投后)?估值")
_VAL_LEFT = re.compile(
    rf"(?:(?:valued|valuing|values|value|valuation)\b[^$€£¥\d.;]{{0,40}}?"
    rf"\b(?:at|of|to|near|around|about)\s(?:{QUALIFIER}\s?)?"
    rf"|估值(?:已|更|将|或|还|也|则|有望|预计|或将|一举)?"
    rf"(?:为|是|达|达到|超过|超|逾|近|约|至|攀升至|升至|增至|提升至|跃升至|飙升至|高达|接近|突破|在|约为)?"
    rf"\s?(?:{QUALIFIER}\s?)?)$"
)
_LIST_SEP = re.compile(r"^\s?(?:、|,|and|和|及|与)\s?$")
# "invest $500 billion ... building AI infrastructure": spending, not a round
_INFRA_OBJECT = re.compile(
    r"(?:in|into|on|building|to build|for)\s(?:[\w-]+\s){0,4}?(?:infrastructure|data cent(?:er|re)s?|"
    r"facilit(?:y|ies)|campus(?:es)?|capacity|compute|chips|servers|supercomputers?|clusters?)|"
    r"建设|兴建|数据中心|基础设施|算力|智算中心"
)
_INVEST_WORD = re.compile(r"invest\w*|投资|投入")


@dataclass(slots=True)
class Role:
    """The role of one money phrase and the context windows that decided it."""

    money: Money
    kind: str | None  # "funding", "valuation", "cost" or None
    total: bool
    left: tuple[int, int]
    right: tuple[int, int]
    group: tuple[int, int] = (0, 1)  # (index in its list, size of the list)


def _nearest(rx: re.Pattern, folded: str, left: tuple[int, int], right: tuple[int, int]) -> int:
    best = 10_000
    for m in rx.finditer(folded, *left):
        best = min(best, left[1] - m.end())
    m = rx.search(folded, *right)
    if m:
        best = min(best, m.start() - right[0] + 2)  # a cue before the amount weighs more
    return best


def sentence_roles(folded: str, sent: Sentence) -> list[Role]:
    """Role of each money phrase of `sent`."""
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
        right = (last.end, min(next_start, last.end + 50))
        own_left = (max(prev_end if i == g[0] else money[i - 1].end, m.start - 60), m.start)
        own_right = (m.end, min(next_start if i == g[-1] else money[i + 1].start, m.end + 50))
        if _VAL_RIGHT.match(folded, m.end, own_right[1]) or _VAL_LEFT.search(
                folded, own_left[0], own_left[1]):
            roles.append(Role(m, "valuation", False, own_left, own_right))
            continue
        near_left = (max(left[0], left[1] - 30), left[1])
        near_right = (right[0], min(right[1], right[0] + 15))
        total = bool(TOTAL_CUE.search(folded, *near_left) or TOTAL_AFTER.match(folded, *near_right))
        d_fund = _nearest(FUNDING_CUE, folded, left, right)
        d_cost = _nearest(COST_CUE, folded, left, right)
        d_trap = _nearest(TRAP_CUE, folded, near_left, near_right)
        kind = None
        best = min(d_fund, d_cost, d_trap)
        if best < 10_000:
            if d_trap == best:
                kind = None
            elif d_fund == best:
                kind = "funding"
                far_right = (right[0], min(next_start, right[0] + 90))
                if _INFRA_OBJECT.search(folded, *far_right) and _nearest(_INVEST_WORD, folded, left, right) == d_fund:
                    kind = "cost"
            else:
                kind = "cost"
        roles.append(Role(m, kind, total, left, right, (g.index(i), len(g))))
    return roles
