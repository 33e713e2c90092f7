"""GPU counts: owner, exact count, chip, status, target date and provider.

Grammar: an exact number (digits, `100k`, `10 万`, `三万`), an optional
classifier (个 张 块 台 枚 颗 片 套), optional brand or adjective words ("of the
most advanced", "of Nvidia's latest", "辉达"), then a chip name (`H100`,
`GB200`, "Grace Blackwell", `MI300X`, `TPU v5p`, ...; see `chips`) or a generic
word (`GPUs`, `chips`, `芯片`, `晶片`, `显卡`). Chinese also puts the chip
first ("H20 芯片约 20 万块") or names it in an earlier clause ("采购 H20 芯片，拟
先试购约 2 万颗"; a price such as "售价约 10 万块" is not a count). A generic
count takes the chip named in its sentence (not one that belongs to another
count), else the only chip named in the passage, else "GPU"; a later repeat
that names the model upgrades it. After a full count, an elliptic one borrows
its chip ("35,000 H100s online and expects to reach 85,000", "20 万块 GPU，计划
扩展至 100 万块"). A part of a total ("200,000 GPUs, 50,000 of them H200", "其中 5 万张为
H200") is its own count with its own chip and the total's status; the total keeps its chip.
A count shared out over chips ("其中 H800 和 H100 各约 1 万块") is one count per chip.

No fact for: a product's capacity ("the larger model supports 20,000 chips",
"最多支持 2 万张卡"; a site that will house chips has them: "园区建成后将容纳 45000 块 GB200"), vague counts ("tens of thousands", "数十万"), GPU-hours, prices
("$30,000 per H100"), years before a chip ("in 2024 H100 prices"), counts
under 100, rack counts ("NVL72"), compute compared with chips ("would match 600,000
H100s", "comparable to"), counts in a conditional
clause ("如果", "if") or that are the basis of a hypothetical cost ("租用 10 万台
H100 每年可能花费 17 亿美元"), and counts with no owner. Compute stated as the chips
it equals ("600,000 H100 equivalents", "compute equivalent to nearly 600,000 H100s",
"相当于 60 万张 H100", "100 万个 H100 等效 GPU") is a count of chip "H100-equivalent".

Owner (who uses the chips) and provider (who rents them out): the nearest
entity before the count that can own compute (labs, clouds, companies; not
chip brands or speakers), else the nearest after it, else the passage focus.
A lab the sentence says uses a cloud's chips owns them and the cloud
provides: "which Anthropic is using", "rent the computing power to OpenAI",
"为 OpenAI 提供", "built for Anthropic", "rent ... from Oracle", "Oracle's
largest H100 customer", "与微软联手". Chips deployed "供微软 Azure 使用" / "for use by
Microsoft" are Microsoft's, with the deployer as provider. A supplier's object uses the chips ("Lambda is to supply Amazon with", "is to
supply the company with", "将为该公司提供"); the supplier provides them.
When a cloud supplies another cloud that rents to a lab ("Oracle will supply
Microsoft with GPUs that OpenAI uses", "CoreWeave provides ... to Microsoft for
OpenAI", "由甲骨文提供给微软"), the lab owns and the cloud next to it in the chain
(Microsoft) provides. A chip name used as a unit ("H100-equivalent compute")
gives no chip to a generic count.
Whoever works with a cloud ("the company
is building with cloud provider Fluidstack" -- the lab of the passage; "微软与
Nscale 合作") uses its chips.

Status: operational when the count is said to be online (and not to be
online: "expects to have 1 million GPUs online") or is in the past
("previously"); else planned when the verb before it or its clause plans
("will", "plans", "ordered", "by <date>", "将", "计划", "需要", "下一步", "扩充至",
"expand ... to"), when delivery is still to come ("预计今年交付") or the chips
are what money is for ("用途", "to buy", "预算"); else training ("train", "训练",
or a cluster the passage introduced as a training cluster); else operational.
Sentences that say "each" of N clusters yield N facts. Repeats (same owner,
same count, same or generic chip) are reported once.

Coordinated owners share a count out: "A, B and C will each deploy N", "A 和 B 各订购
N 块" give one fact per owner; "A 与 B 分别采购 N 块和 M 块" pairs them in turn (provider
null). In such a sentence a bare count after an ordering verb ("各订购约 8 万块", "will
each deploy 50,000") needs no chip word when a sentence just before names chips. A
chipmaker owns chips it is said to rent, buy, use or pay for ("Nvidia will rent ... from
Lambda"); whoever pays a cloud for chips uses them ("Nvidia will pay Lambda … for access
to 10,000 of its GPUs"); the pronoun subject of a new clause is the sentence's subject
("…, and it is building a cluster of"); "the biggest customer of CoreWeave" makes
the name before it the owner; "X, the parent of Y," leaves X the subject. A Chinese
purchase with no plan or state word (采购, 订购) has status "unknown".
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from itertools import chain

from extractors.chips import CHIP, CHIP_TOKEN_RE, GENERIC, chip_name
from extractors.compute_context import COMPUTE_SITE_WORDS, CUSTOMER_OF, TRAINING
from extractors.dates import find_dates, is_deadline, target_phrase
from extractors.labs import Entity
from extractors.money_roles import COST_CUE
from extractors.negation import denied
from extractors.numbers import (
    AFTER_QUALIFIERS,
    ARABIC,
    NUMBER,
    QUALIFIER,
    qualifier_before,
    value_of,
)
from extractors.passage import PRONOUN_WITH_BEFORE, Passage, Ref, Sentence, gapped_name
from extractors.regex_variants import Variants
from extractors.sentences import OPENING_PHRASE, clause_span, stretch_end, stretch_start
from extractors.word_cues import WordCue

_ADJ = (
    r"(?:the|its|their|his|her|our|company's|firm's|group's|lab's|startup's|"
    r"nvidia's|nvidia|英伟达的|英伟达|辉达的|辉达|amd's|amd|google cloud|google's|google|"
    r"谷歌云|aws|amazon's|amazon|亚马逊|own|"
    r"谷歌的|谷歌|华为的|华为|huawei's|huawei|intel's|intel|英特尔|"
    r"most|more|additional|new|newest|extra|latest|advanced|powerful|fastest|top-end|top-of-the-line|"
    r"high-performance|state-of-the-art|next-generation|next-gen|coveted|sought-after|scarce|prized|"
    r"custom|custom-built|in-house|liquid-cooled|air-cooled|specialized|data-center|datacenter|dedicated|"
    # memory and cooling: "2,048 80GB A100s", "10 万颗液冷 H100"
    r"\d{2,3}\s?gb|液冷|风冷|专用|高端|高阶|先进|最先进|最先进的|最新|最新的|高性能|高性能的|自研|自研的|ai|国产|智算|"
    r"blackwell|hopper|high-end|cutting-edge|flagship|instinct|radeon instinct|"
    # Nvidia's data-centre line before Hopper: "1,024 Nvidia Tesla P100 GPUs"
    r"tesla|"
    # "20,000 of the same processors": the chips named before
    r"same|these|those|此类|这类|该类|此种|这种|这些|此批|这批|超微|超微的|人工智能)"
)
GPU_COUNT_RE = Variants(
    rf"(?P<num>{{NUMBER}})(?:\s?(?P<more>多|余))?"
    rf"(?:\s?(?P<scale>thousand|million|mn|k|m|万|千|百万|十万))?(?:\s?(?P<more2>多|余))?\+?"
    # ("a 100,000-GPU cluster": a count of thousands joined to its chip word before a site)
    rf"(?:(?<=\d,\d\d\d)-(?=(?:gpu|h100|h200|b200|gb200|gb300|nvidia|chip|accelerator)s?[\s-]"
    rf"(?:[\w-]+\s){{0,2}}?(?:cluster|supercomputer|system|data cent|campus|facility|deployment)))?"
    # ("10,000 each of H800 and H20": a count shared out over the chips after it)
    rf"\s?(?P<cls>个|张|块|台|枚|颗|片|套)?\s?(?:of\s|each\sof\s(?:the\s)?)?"
    # a short modifier with 的 after a classifier: "14400 块联网的英伟达 H100", "1 万颗搭载自家芯片的 GPU"
    rf"(?:(?<=[个张块枚颗片])\s?(?![^的]{{0,6}}?(?:服务器|节点|机柜|机架|系统|集群))(?:\d{{2,3}}\s?gb\s?)?[\u4e00-\u9fff]{{1,6}}的\s?)?"
    # a maker's name the registry of chips lacks, before a card word: "16384 张平头哥算力卡", "4096 张沐曦算力卡"
    rf"(?:(?<=[张块枚颗片])\s?[\u4e00-\u9fff]{{1,4}}(?=\s?(?:算力卡|加速卡|gpu卡)))?"
    # (a ticker or a gloss in brackets may follow a word: "5 万片超微 (AMD-US) 人工智能 (AI) 图形处理器")
    rf"(?:{_ADJ}\s?(?:[(（][a-z0-9. -]{{1,10}}[)）]\s?)?){{0,3}}"
    # ("1 million H100e": the e of an equivalent stays outside the chip, for _EQUIV_AFTER)
    rf"(?P<chip>{CHIP}|{GENERIC})(?P<plural>s)?(?:(?![a-z0-9])|(?<=\d)(?=es?(?![a-z0-9])))"
    # ("16,000 processor cores" are CPU cores, no accelerators)
    rf"(?!\s(?:cores?|threads)\b)"
)
_VAGUE_BEFORE_ZH = re.compile(r"[\d一二两三四五六七八九十数几上多余百千万成近逾超约]$")
_GENERIC_CLUSTER_AFTER = re.compile(r"\s?(?:是指|是个|是一个|是一项|意味着|需要|的造价|造价|的建设成本|的成本)")
# Chip first, count after (Chinese): "其中 H20 芯片约 20 万块", "GPU 数量达到 10 万张".
_REVERSED_ZH = re.compile(
    rf"(?<![a-z0-9])(?P<chip>{CHIP}|gpu|(?:ai\s?)?(?:加速卡|算力卡))s?\s?(?:芯片|gpu|显卡|卡)?\s?(?:的)?(?:数量|总数|规模)?\s?"
    rf"(?:已经|已|将)?(?:达到|达|约为|约|超过|超|突破|为|共|近|逾|增至|扩展至|至)?\s?"
    rf"(?P<num>{NUMBER})(?:\s?(?P<more>多|余))?(?:\s?(?P<scale>万|千|百万|十万))?\s?(?P<cls>个|张|块|台|枚|颗|片)"
)
_CLASSIFIER = re.compile(r"[个张块台枚颗片]")
# A cluster sized in cards: "万卡集群" is a cluster of 10,000 accelerators, "5 万卡" 50,000.
# "10 万张 GPU 组成的万卡集群": the count the cluster is made of, right before its class
_CLUSTER_OF_BETWEEN = re.compile(r"\s?(?:组成|构成|打造|搭建)?的\s?")
_CARD_CLUSTER = re.compile(
    rf"(?:(?P<num>{NUMBER})\s?)?(?<![多数几上个])(?P<scale>十万|万|千)\s?卡\s?(?:级\s?)?(?:gpu\s?)?"
    r"(?:算力集群|智算集群|集群|规模)"
)
# A part of the count before it, with its own chip: "50,000 of them the newer H200",
# "其中 5 万张为 H200". Its chip is not the total's.
_SUBSET = Variants(
    rf"(?:(?P<num>{{NUMBER}})(?:\s?(?P<scale>thousand|million|k))?\s(?:of (?:them|which|those))\s"
    rf"(?:(?:are|were|is|will be|being)\s)?|"
    rf"(?:其中|当中)(?:约|有|约有)?\s?(?P<num_zh>{{NUMBER}})(?:\s?(?P<scale_zh>万|千|百万|十万))?\s?"
    rf"(?P<cls>个|张|块|台|枚|颗|片)?\s?(?:为|是|将为|将是)\s?)"
    rf"(?:(?:{_ADJ}|newer|older|newest)\s?){{0,3}}(?P<chip>{CHIP}|{GENERIC})(?P<plural>s)?(?![a-z0-9])"
)
# A count whose chip word is left out, after a full count in the same sentence.
_ELLIPTIC_ZH = Variants(
    r"(?P<num>{NUMBER})(?:\s?(?P<scale>万|千|百万|十万))?\s?(?P<cls>块|张|颗|枚)(?!钱|\s?(?:gpu|芯片|显卡|卡))"
)
# Literal pieces every match of a pattern holds: str.find on them is far cheaper than the
# pattern, and most sentences have none.
_SUBSET_WORDS = ("of them", "of which", "of those", "其中", "当中")
_ELLIPTIC_ZH_CLASSIFIERS = ("块", "张", "颗", "枚")
_DIGIT = re.compile(r"\d")
_ELLIPTIC_EN = re.compile(
    rf"\b(?:to|reach(?:es|ing)?|total of|another|additional|have|has|install|installs|deploy|deploys|"
    rf"goal of|target of|ambition of|plan for|expects|expected|plans|aims for|hopes for|"
    rf"operate|operates|run|runs|buy|buys|order|orders|add|adds|took|bought|received|acquired)\s(?:{QUALIFIER}\s)?(?P<num>{ARABIC})"
    # ("while Naver Cloud will install around 60,000 units": the chips of the count before)
    rf"(?:\s?(?P<scale>k|thousand|million))?(?:\sunits)?"
    rf"(?=\s(?:by|in|next|this|before|within|over|later|at|it|that|which|last)\b|\s?[,.;)]|$)"
)
_TOTAL_TO = re.compile(r"\btotal\sto\s")
# (a count of something else names it next: "分别引进了 300 万块显示面板")
_CJK_NEXT = re.compile(r"[\u4e00-\u9fff]")
# A gapped English clause that leaves the verb and chip of the count before it out: "Tencent
# bought about 50,000 H800s, Baidu about 30,000 and Alibaba about 25,000". The words before
# the number must be a registry name (checked in `_gapped_en`).
_GAPPED_EN = re.compile(
    rf"(?:[,;]\s(?:and\s)?|\sand\s)(?P<name>[a-z0-9][\w.&'-]*(?:\s[\w.&'-]+){{0,2}}?)\s(?:{QUALIFIER}\s)?"
    rf"(?P<num>{ARABIC})(?:\s?(?P<scale>k|thousand|million))?"
    rf"(?=\s?[,.;)]|\s(?:and|each|in|last|this|by|so far|to date)\b|$)"
)


def _gapped_en(folded: str, sent: Sentence, start: int) -> list[re.Match]:
    """Gapped counts after `start` whose name is a salient registry reference."""
    return [m for m in _GAPPED_EN.finditer(folded, start, sent.end)
            if any(r.salient and r.start == m.start("name") and r.end == m.end("name") for r in sent.refs)]


# Cheap gate before the count grammar: any chip name or chip word at all.
_CHIP_WORD = WordCue([
    f"{w}*" for w in (
        "h100 h200 h20 h800 a100 a800 b100 b200 b300 gb200 gb300 gh200 v100 l40 l20 mi2 mi3 tpu "
        "trainium trn2 gaudi ascend 910b 910c blackwell hopper rubin mtia maia gpu chip accelerator "
        "processor semiconductor graphics kunlun grace vera trillium ironwood mi4 lpu wafer wse "
        "芯片 显卡 加速卡 算力卡 半导体 处理器 加速器 卡 昇腾 昆仑芯 language tensor"
    ).split()
])
# "5000 卡天", "30 万卡时": GPU time ("3 万卡年内扩展至", "1 万卡年底" are a count and a time);
# after a count that took the 卡 itself, the time word alone
_CARD_TIME = r"(?:天|周|月(?!底|内|初|中)|年(?!内|底|初|中|末)|时|小时)"
_CARD_TIME_AFTER = re.compile(_CARD_TIME)
_HOURS_AFTER = re.compile(
    # ("GPU-weeks" takes its hyphen: "10,000 GPUs years ago" is a count)
    r"\s?(?:gpus?\s?|chips?\s?)?(?:-?hours?|-(?:days?|weeks?|months?|years?)\b|小时|时|hrs?\b|机时|"
    rf"卡{_CARD_TIME}|(?:天|周|月|年)卡)"
)
_RACK_AFTER = re.compile(
    r"\s?(?:nvl\d+(?!\d)(?!\s?(?:gpus?|chips?|superchips?|accelerators?|芯片))|racks?|servers?|服务器|机柜|机架|"
    # "330 台 GPU 系列服务器": servers of a series, not chips; "144 个辉达 GB300 平台": racks (not "在 2048 块
    # H800 平台上训练", the chips a model was trained on)
    r"(?:系列|型)\s?(?:服务器|整机|机柜)|平台(?!上|训练|进行|完成))")
# compute stated as the number of a chip it equals: "compute equivalent to nearly 600,000 H100s",
# "相当于 60 万张 H100" (what is equated is compute or a fleet); a comparison or a need is no
# fleet ("would match close to 600,000 H100s", "comparable to", "otherwise require", "可媲美")
# (Patterns searched over stretches open each branch with a literal, a word edge `\b` after it as
# `(?<!\wx)`: re then skips ahead to the characters a match can start with.)
_EQUIV_BEFORE = re.compile(
    r"equivalent (?:in (?:scale|size|compute) )?(?:of|to)[^,.;]*$|e(?<!\we)qual(?:s|led|ling)? to\b[^,.;]*$|"
    r"e(?<!\we)quals\b[^,.;]*$|相当于[^,.;]*$|等效[^,.;]*$|等同于[^,.;]*$|折合[^,.;]*$"
)
_EQUATED_FLEET = re.compile(
    r"\b(?:compute|computing|capacity|fleet|clusters?|infrastructure|processing power|gpus|tpus|chips|"
    r"accelerators|supercomputers?|campus|site|data cent(?:er|re)s?|deployed|runs|operates)\b|"
    rf"算力|集群|超算|计算能力|gpu|芯片|数据中心|园区|(?<![a-z0-9]){CHIP}s?(?![a-z0-9])"
)
_COMPARED_BEFORE = re.compile(
    r"m(?<!\wm)atch(?:es|ed|ing)?\b[^,.;]*$|c(?<!\wc)omparable to\b[^,.;]*$|o(?<!\wo)n par with\b[^,.;]*$|"
    r"o(?<!\wo)therwise (?:take|require|need|use)\b[^,.;]*$|"
    r"w(?<!\ww)ould (?:be |have )?(?:equivalent|equal)|c(?<!\wc)ould (?:be |have )?(?:equivalent|equal)|"
    r"m(?<!\wm)ight (?:be |have )?(?:equivalent|equal)|媲美[^,.;]*$|比肩[^,.;]*$|堪比[^,.;]*$"
)
# ... and no fleet when the equation is a price, a need, a hypothesis, a unit's power or a speed:
# "$10 billion order is equivalent to buying about 300,000 H100s", "one WSE-3 system is
# equivalent to 10,000 H100s", "超节点的算力相当于 1000 张 H100", "equivalent to renting 2,048 H800s"
_NOT_A_FLEET = re.compile(
    r"\b(?:price|cost|costs|capex|budget|backlog|worth|buy|buying|rent|renting|need|needs|required?|"
    r"each|per|one|a single|system|(?:super)?pods?|rack|server|node|performance|speed|throughput|faster|"
    r"produc\w*|power|draw|draws|energy|electricity)\b|"
    r"单个|单台|每|超节点|节点|服务器|性能|速度|吞吐|需要|价格|成本|预算|采购金额|购买|租用|生产|产能|功耗|电力|耗电"
)
_NOT_A_FLEET_AFTER = re.compile(r"[^,.;]{0,24}?\b(?:in|of) (?:training |inference )?(?:throughput|performance|speed)\b|"
                                r"[^,.;]{0,12}?(?:的)?(?:性能|吞吐|速度)")
# (not a way of counting: "如果把其他 GPU 也算上，总算力相当于近 60 万块 H100", "if you count other chips")
_IF = re.compile(r"\bif\b(?! you (?:count|include|add)\b)|(?:如果|若|假如|假设)(?![^,.;]{0,12}?(?:算上|算进|计入|算在内))")
# ... nor when the count is a share of the fleet it is compared with ("equivalent to half of its
# 100,000 H100s": those are chips), or runs for a time (a training run's compute)
_SHARE_OF_BETWEEN = re.compile(r"\b(?:half|a third|a quarter|twice|double|triple)\b|一半|两倍|三倍|\d\s?%")
_RUNNING_FOR_AFTER = re.compile(r"\s(?:running\s)?for\s(?:about\s)?(?:\d+|a|one|two|three|six)\s(?:days?|weeks?|months?|years?)|"
                                r"\s?(?:连续)?运行\s?(?:约)?\s?\d")
_EQUIV_AFTER = re.compile(r"\s?-?(?:gpus?\s)?(?:equivalents?|es?(?![a-z0-9])|等效|当量)")


def _equivalent_unit(folded: str, pos: int) -> bool:
    """True when the chip name at `pos` is a unit of compute ("H100-equivalent", "H100e",
    "H100 等效"), not the chip of a count."""
    m = CHIP_TOKEN_RE.match(folded, pos)
    return bool(m and _EQUIV_AFTER.match(folded, m.end()))


# A product made of chips: "该系统由 384 颗昇腾 910C 和 192 颗鲲鹏 CPU 互联而成", "超节点由"
_UNITS = ("system", "pod", "rack", "server", "node")
_MADE_OF = re.compile(
    "|".join(f"{unit}\\s?由\\s?$" for unit in ("系统", "超节点", "节点", "机柜", "服务器", "整机", "平台"))
    + "|" + "|".join(f"{w[0]}(?<!\\w{w[0]}){w[1:]}s?\\b\\s?由\\s?$" for w in _UNITS)
    + "|" + "|".join(f"{w[0]}(?<!\\w{w[0]}){w[1:]}s? (?:is |are )?(?:made|built) (?:up )?of\\s$" for w in _UNITS)
    # "Huawei's CloudMatrix 384 supernode links 384 Ascend 910C chips": what one product joins
    + "|" + "|".join(f"{w[0]}(?<!\\w{w[0]}){w[1:]}s?,? (?:which |that )?(?:links|joins|connects|combines|integrates|packs) "
                     "(?:up to )?$" for w in ("supernode", "superpod", "supercluster", "rack", "server", "node"))
    # "the Atlas 960 SuperPoD with 15,488 chips"
    + "|" + "|".join(f"{w[0]}(?<!\\w{w[0]}){w[1:]}s? with (?:up to )?$" for w in ("supernode", "superpod", "supercluster"))
)
# Chips in stock are no one's fleet: "英伟达手头库存仅约 70 万颗", "inventory of 700,000"
_STOCK_BEFORE = re.compile(r"库存[^,，。;；\d]{0,6}$|i(?<!\wi)nventory of\s(?:about\s|some\s)?$")
# a product spoken of before "can scale to N" ("该系统…并可扩展至 16 万卡"), not a site's plan
_PRODUCT_SUBJECT = re.compile(r"超节点|节点|机柜|服务器|系统|整机|\b(?:pods?|racks?|systems?|servers?|nodes?)\b")
# (a product's scale: "Atlas 960 超节点则可达 15488 张卡", "超节点的规模扩大到 15488 张卡")
_CAN_GROW_TO = re.compile(r"(?:可|能|最多可|最高可)(?:扩展|扩充|扩容)(?:至|到)\s?$|"
                          r"(?:超节点|supernode|superpod|supercluster|机柜|整机)[^,，。;；\d]{0,8}?"
                          r"(?:可达|规模(?:扩大|扩展|提升)(?:到|至))\s?$")


def _sellers_stock(sent: Sentence, pos: int) -> bool:
    """True when the stock before a count is a chipmaker's or a vendor's ("英伟达手头库存"), not
    a lab's own ("字节跳动的库存中约有 10 万颗 H20")."""
    near = [r for r in sent.refs if r.end <= pos]
    return bool(near) and bool(near[-1].entity.kinds & {"chipmaker", "vendor"})


_ONE_UNIT = (r"\s(?:[\w-]+\s){0,2}?(?:pod|rack|node|server|slice|superpod|chassis|tray)s?\b"
             r"(?!\s(?:farm|hall|room|park|campus|cluster|site))[^,.;\d]{0,20}?$")
_PER_UNIT_BEFORE = re.compile(
    "|".join(f"{each}[^,，。;；\\d]{{0,10}}?$" for each in ("每个", "每台", "每套", "每组", "每座", "每一个", "每节点"))
    # "每个 pod 含 256 颗芯片", "each pod holds 8,960 chips": the size of one unit
    # (not "one server farm with 50,000 GPUs", "one of its server farms")
    + rf"|a(?<!\wa) single{_ONE_UNIT}|o(?<!\wo)ne(?! of){_ONE_UNIT}|e(?<!\we)(?:ach|very){_ONE_UNIT}|p(?<!\wp)er{_ONE_UNIT}"
)
# what each of a kind is meant to hold: "the EU's planned AI gigafactories, each of which is supposed
# to hold more than 100,000 GPUs" (a bar for a programme, no one's chips; "xAI plans two more
# clusters, each expected to have 200,000 GB200" are xAI's)
_EACH_MEANT_TO = re.compile(
    r"e(?<!\we)ach(?: of (?:which|them|those))?(?:\s(?:is|are|was|were|would be|will be))?\s(?:supposed|meant|"
    r"designed|required|set|planned|expected|slated|intended|envisaged|due)\sto\s(?:hold|have|house|host|contain|"
    r"exceed|reach|include|run|deploy|get)\s(?:more than\s|over\s|at least\s|up to\s|about\s|around\s|some\s)?$"
)
# pod sizes on offer: "以 256 颗与 9216 颗两种规模的 pod 提供", "in pods of 256 or 9,216 chips"
_POD_SIZES_AFTER = re.compile(
    r"[^,，。;；]{0,16}?(?:两种|三种|多种|不同)?规模的\s?(?:pod|超节点)|\s?(?:or|与|和|或)[^,.;，。]{0,14}?\bpods?\b"
)
# "links 384 Ascend 910C processors in one system", "puts 72 Blackwell GPUs in a single rack": the
# make-up of one unit (not "installed 4,608 GB300 GPUs into a single system", a fleet)
_ONE_UNIT_AFTER = re.compile(
    r"\s?(?:[a-z]+\s)?(?:in|into|within|per) (?:one|a single|each|every) (?:system|rack|server|node|pod|cabinet|"
    r"supernode|chassis|box)\b"
)
_LINKS_BEFORE = re.compile(r"\b(?:links|linking|connects|connecting|packs|packing|combines|integrates|holds|houses)\s"
                           r"(?:up to\s)?$")
_MONEY_BEFORE = re.compile(r"(?:[$€£¥]|us\$|usd|rmb)\s?$")
# What a product can hold, not chips anyone has: "the larger model supports 20,000 chips",
# "超节点最多支持 2 万张卡", "可容纳 1 万颗芯片".
_UP_TO_COUNT = rf"\s?(?:单集群|单个集群|单一集群)?(?:up to\s|as many as\s|多达|最多|最高|高达|至多)?(?:{QUALIFIER}\s?)?$"
_HOLDS_ZH = "(?:支持|支援|支撑|容纳|连接|互联|承载|串接|串联)"
# (one group of heads that each open with a literal, so re can skip ahead, and one tail)
_CAPACITY_BEFORE = re.compile(
    r"(?:s(?<!\ws)upport(?:s|ed|ing)?|a(?<!\wa)ccommodat(?:e|es|ing)|"
    r"s(?<!\ws)cal(?:es?|ing) up to|c(?<!\wc)onnects? up to|l(?<!\wl)inks? up to|h(?<!\wh)olds? up to|"
    r"c(?<!\wc)(?:ould|an) scale to|w(?<!\ww)ill be able to scale to|clusters? of (?:as many as|up to)|"
    r"c(?<!\wc)(?:ould|an) exceed|"
    rf"可{_HOLDS_ZH}|能{_HOLDS_ZH}|最多{_HOLDS_ZH}|最高{_HOLDS_ZH}|最大{_HOLDS_ZH}|"
    r"支持|支援|支撑|容纳|连接|互联|承载|串接|串联)"
    + _UP_TO_COUNT
)
# ... but a site that will house chips has them: "建成后将容纳最多 45000 块 GB200", "the campus
# will accommodate up to 100,000 GPUs", "Colossus 2 最终可容纳约 55 万颗" (a rack, node or system
# holding them is a product).
_SITE_HOLDS = re.compile(
    rf"{COMPUTE_SITE_WORDS}|建成后|\bonce (?:complete|completed|built|finished)\b|最终(?:将|可|能|会)|"
    rf"\b(?:will|could|would|can|to) eventually\b|\beventually (?:will|could|would|can)\b"
)
_HOUSES = re.compile(r"容纳|accommodat|\bholds?\b")
# a site that will house chips has them planned: "南部扩展区将很快 “容纳 5 万个 H100”"
_WILL_BEFORE = re.compile(r"(?:将|将会|会|将很快|很快将|很快就会)\s?[\"“”]?\s?$|\bwill(?: soon)?\s$")
# what each of many units can hold: "eight buildings, each capable of hosting 50,000 of Nvidia's GPUs"
_EACH_CAPABLE = re.compile(
    r"e(?<!\we)ach(?: of (?:which|them|those))?\s(?:is\s|are\s)?(?:capable of|able to)\s(?:host|hold|hous|support|accommodat|run)\w*"
    r"\s(?:up to\s|as many as\s|more than\s|over\s|about\s|around\s)?$")
_PRODUCT_HOLDS = re.compile(
    r"超节点|节点|机柜|服务器|交换机|架构|平台|\b(?:racks?|pods?|nodes?|servers?|systems?|models?|"
    r"switch(?:es)?|superchips?|platforms?)\b"
)
CONDITIONAL = re.compile(r"\s?(?:if|如果|假如|假设|倘若|若)")
_RATE_BEFORE = re.compile(
    r"每年[^,，。;；\d]{0,8}$|每月[^,，。;；\d]{0,8}$|每季度[^,，。;；\d]{0,8}$|"
    r"p(?<!\wp)er (?:year|month|quarter)\b[^,，。;；\d]{0,8}$|e(?<!\we)ach (?:year|month|quarter)\b[^,，。;；\d]{0,8}$")


# a need told as a hypothesis: "ChatGPT would require more than 30,000 GPUs"
_WOULD_REQUIRE_BEFORE = re.compile(
    rf"\b(?:would|could|might)\s(?:\w+\s)?(?:need|require)\s(?:a\s(?:[\w-]+\s)?(?:cluster|system|supercomputer)\sof\s|an?\s)?"
    rf"(?:{QUALIFIER}\s?|at least\s|some\s|roughly\s)?$")
# chips a market took, told in the passive with no one named: "were delivered to data centers"
_DELIVERED_AFTER = re.compile(
    r"[^,.;]{0,12}?\s(?:were|was|have been|had been)\s(?:delivered|shipped|sold)\b")
_SLICES_OF = re.compile(r"\d\s?[×x*]\s?$")
_TO_THE_MARKET = re.compile(r"\s(?:to|across)\s(?:the\s)?(?:data cent(?:er|re)s|customers|the market|hyperscalers|clouds)\b")
_NEED = re.compile(r"需要|恐怕|或许|n(?<!\wn)eed(?:s|ed)?\b|r(?<!\wr)equire")
_FIRM_PLAN = re.compile(
    r"拟|计划|将|预计|打算|准备|有意|决定|p(?<!\wp)lans?\b|w(?<!\ww)ill\b|i(?<!\wi)ntends?\b|e(?<!\we)xpects?\b")


def if_clause_before(folded: str, sent: Sentence, c_start: int) -> bool:
    """True when the clause right before the count's is an if-clause ("若需求照目前速度成长，十年后
    恐怕需要 100 万颗"): the count is a hypothesis."""
    if c_start <= sent.start:
        return False
    prev_start = clause_span(folded, sent.start, sent.end, c_start - 1)[0]
    return bool(CONDITIONAL.match(folded, prev_start))
_ESTIMATE = re.compile(
    r"估算|测算|推算|粗算|假想|e(?<!\we)stimat\w*|a(?<!\wa)naly(?:s[ie]s\b|sts?\b)|back-of-(?:the-)?envelope|"
    r"h(?<!\wh)ypothetical\b")
# (renting alone is no hypothesis: "agreeing to pay $1 billion to rent 9,000 GPUs")
_HYPOTHETICAL = re.compile(r"would|could|可能|预计|假设|估计")
# delivery or start-up still to come, said after the count
# a completion to come told right after the count ("4,608 颗 GPU，预计 2026 年完工"), not of
# another site ("已部署 2 万块 H20，其新园区将于明年启用")
_DONE_SOON_AFTER = re.compile(
    r"[^,，。;；]{0,20}?(?:[,，]\s?)?(?:预计|将于|将|计划|有望|即将)[^,，。;；]{0,10}?(?:完工|启用|落成)")
_FUTURE_AFTER = re.compile(
    r"(?:预计|将|将于|计划|有望|即将).{0,10}?(?:交付|到货|上线|投入使用|部署|建成|投产|投入运行)|"
    r"expected to (?:be )?(?:deliver|arriv|come online|go online|complete|be online|be operational)|"
    r"will be (?:delivered|online|deployed|operational|installed|completed|built)|"
    r"(?:are|is) (?:expected|due|scheduled|slated) to|when (?:complete|completed|finished|built)|"
    r"\bdue to (?:be|go|come)\s(?:available|online|live|operational|ready|delivered)"
)
_PLANNED_WORDS = WordCue([
    "ordered", "order", "orders", "ordering", "will", "plan", "plans", "planned", "planning",
    "next", "would", "to deploy", "aim", "aims", "goal", "goals", "roadmap", "intend*", "expect*", "is building",
    "are building", "under construction", "need", "needs", "going to", "is to", "are to",
    "is set to", "are set to", "agreed to", "agrees to", "signed on to", *[f"by {w}" for w in (
        "the end", "next", "this", "early", "late", "mid", "q1", "q2", "q3", "q4")],
    "by year-end", "by year end",
    "订购", "下单", "将", "计划", "终期", "远期", "规划为", "规划部署", "规划建设", "有序推进", "正在向", "需要", "预计", "打算", "希望", "目标", "未来", "明年", "即将", "拟",
    "下一个", "下一代", "下一步", "筹建", "在建", "要", "扩充至", "扩充到", "扩展至", "扩展到", "扩大至",
    "扩大到", "增加到", "增加至", "扩容", "正在搭建", "正在建设", "正在建", "正在打造", "搭建中",
    "将搭建", "计划搭建", "拟搭建", "将兴建", "计划兴建", "拟兴建",
    "建设中", "最终将", "最终可", "最终能", "最终会", "will eventually", "could eventually",
    "would eventually", "can eventually", "eventually could", "eventually will", "eventually would",
])
_GROWS_TO = r"(?:s|ed|ing)? (?:\w+ )?to\b"
_PLANNED_FRAMES = re.compile(
    rf"b(?<!\wb)y 20\d\d|e(?<!\we)xpand{_GROWS_TO}|g(?<!\wg)row{_GROWS_TO}|d(?<!\wd)ouble{_GROWS_TO}|"
    rf"t(?<!\wt)riple{_GROWS_TO}|s(?<!\ws)cale{_GROWS_TO}|i(?<!\wi)ncrease{_GROWS_TO}|r(?<!\wr)amp{_GROWS_TO}|"
    # a target set, not one hit ("has set a target of 1 million GPUs", "set itself an ambitious target")
    r"s(?<!\ws)et(?:s|ting)? (?:a|an|its|the|itself an?) (?:[a-z-]+ ){0,2}target\b|"
    # building now, where and for whom between: "正在得州阿比林为 OpenAI 建设装有 40 万块 GB200 的数据中心"
    r"正在(?:[^,，。;；用]){1,16}?(?:建设|兴建|搭建)|"
    # the count is the target ("OpenAI's target is 1 million GPUs", "now targets 1.3 million GPUs"; not
    # "the new rule targets the 200,000 H20s ByteDance bought")
    rf"t(?<!\wt)arget(?:s|ing)?(?: of| is| was| to reach| to have|:)?\s(?:{QUALIFIER}\s?)?$"
)


class _Planned:
    """Plan words ("will", "ordered", "将", "by 2026", "expand ... to"): one cue set and one
    regex for the phrases with structure."""

    @staticmethod
    def search(text: str, pos: int = 0, endpos: int | None = None) -> re.Match | None:
        end = len(text) if endpos is None else endpos
        for m in chain(_PLANNED_WORDS.finditer(text, pos, end), _PLANNED_FRAMES.finditer(text, pos, end)):
            # a goal or target reached is no plan: "xAI has hit its goal of 100,000 H100s"
            if m.group(0).startswith("by year") and _YEAR_AFTER.match(text, m.end()):
                continue  # "had deployed 100,000 H100s by year-end 2024": a past year's state
            if not (m.group(0).startswith(("goal", "target"))
                    and _REACHED_BEFORE.search(text, max(0, m.start() - 24), m.start())):
                return m
        return None


_YEAR_AFTER = re.compile(r"\s?(?:of\s)?(?:19|20)\d\d\b")
_REACHED_BEFORE = re.compile(
    r"\b(?:hit|hits|reached|reaches|met|meets|achieved|surpassed|exceeded|beat|topped)\s(?:its|their|the)\s"
    r"(?:[a-z-]+\s)?$")


_PLANNED = _Planned()
_ONLINE_AFTER = re.compile(
    r"(?:\s?(?:gpus?|chips?))?\s?(?:are\s|is\s)?(?:already\s)?(?:online|operational|up and running|in operation|"
    r"already running|"
    r"in service|deployed|已上线|已投入使用|已部署|在运行)"
)
# chips that money being raised is for are still to come
_PURPOSE = re.compile(
    r"用途|用于购买|用于采购|将用于|采购预算|预算|b(?<!\wb)udget|to (?:buy|purchase|acquire)\b|proceeds|"
    r"use the (?:money|funds|capital)|"
    r"money (?:will|would) (?:be used|go)|funds (?:will|would) (?:be used|go)|capital (?:will|would) (?:be used|go)"
)
_JOINED_COUNT = re.compile(r"\s?(?:和|与|及|and)\s?(?:约|近|超过|about|roughly|some)?\s?")
_INSTALLED_BEFORE = re.compile(
    r"h(?<!\wh)a(?:s|ve|d)\s(?:already\s)?(?:installed|deployed|built|brought online)\b|已(?:部署|建成|安装|上线)"
)
_BUY_ZH = re.compile(r"(?:采购|採购|订购|购买|购入|下单)了?\s?(?:约|近|超过|逾|大约)?\s?$")
_CAPABLE_BEFORE = re.compile(
    r"(?:可承载|可支持|可用于|可满足|能够|能承载|足以|可|支持|capable of|can (?:handle|support|run|"
    r"be used for)|able to|suitable for|designed for|built for)[^,.;，。；]{0,8}$"
)
# The count's own verb says the chips run now: "was running about", "currently operates", "目前正在使用"
_IS_RUNNING = r"\s(?:already\s|now\s|currently\s)?(?:running|operating|using)"
_NOW_RUNS = r"\s(?:runs|operates|uses|has)"
_RUNS_ZH = r"(?:正在)?(?:运行|使用|拥有|部署了?)"
_IN_USE_BEFORE = re.compile(
    rf"(?:i(?<!\wi)s{_IS_RUNNING}|w(?<!\ww)as{_IS_RUNNING}|a(?<!\wa)re{_IS_RUNNING}|w(?<!\ww)ere{_IS_RUNNING}|"
    rf"c(?<!\wc)urrently{_NOW_RUNS}|n(?<!\wn)ow{_NOW_RUNS}|a(?<!\wa)lready{_NOW_RUNS}|"
    rf"目前{_RUNS_ZH}|当前{_RUNS_ZH}|现已{_RUNS_ZH}|已经{_RUNS_ZH})\s?(?:(?:{QUALIFIER})\s?)?$"
)
_USES = r"\s(?:uses|runs|operates|trains)\b"
_NOW_USES_AFTER = re.compile(
    rf"n(?<!\wn)ow{_USES}|c(?<!\wc)urrently{_USES}|a(?<!\wa)lready{_USES}|目前(?:正在)?(?:使用|用于)|已投入使用")
_DONE_NOW_BEFORE = re.compile(r"已(?:经)?(?:部署|建成|投入|投运|拥有|上线|装机|配备|运行)了?\s?(?:约|超过|近|逾)?\s?$")
_IN_SERVICE_AFTER = re.compile(r"[^,，。;；]{0,12}?已(?:经)?(?:全部)?(?:到位|投入运行|投入使用|投运|上线|建成)")
_PAST = re.compile(r"previously|original|used to|此前|之前|原先|最初")
# 之前 after a time is a deadline, not the past, in a clause with a plan ("计划在 2025 年秋天之前部署";
# not an order: "在 2024 年之前订购了" is past)
_TIME_BEFORE_ZHIQIAN = re.compile(r"[年月日天季底末秋春夏冬周号]\s?$")
_PLAN_ZH = re.compile(r"计划|将|拟|预计|打算|准备|目标|有望")


def _said_past(clause: str) -> bool:
    """True when the clause says its count is of the past ("此前", "previously", "之前"), not
    counting a deadline's 之前 in a clause that plans ("计划在年底之前部署" is planned)."""
    plans = None
    for m in _PAST.finditer(clause):
        if m.group() != "之前" or not _TIME_BEFORE_ZHIQIAN.search(clause, max(0, m.start() - 2), m.start()):
            return True
        if plans is None:
            plans = bool(_PLAN_ZH.search(clause))
        if not plans:
            return True
    return False


# An earlier count said with its past verb: "up from the 100,000 it ran last year"
_HAD_AFTER = re.compile(r"\s(?:it|they)\s(?:ran|had|operated|used|owned)\b")
_UP_FROM_HAD = re.compile(
    rf"\bup from (?:the )?(?P<num>{ARABIC})(?:\s?(?P<scale>k|thousand|million))?"
    r"(?=\s(?:it|they)\s(?:ran|had|operated|used|owned)\b)"
)
# What a cloud does with chips for someone else (its verb before the count)
_DEPLOYS = re.compile(r"\b(?:install|deploy|build|host|supply|deliver)\w*\b")
_CLAUSE_BREAK_BETWEEN = re.compile(r"[,;，；。]|\b(?:while|and|but|which)\b")
# "built for Anthropic", "为 OpenAI 提供": the lab named after "for" uses the cloud's chips
_FOR_LAB = re.compile(r"(?:\bfor|为|给|供)\s?$")
# A renting relation around a cloud's name makes it the provider, not the owner.
_PROVIDER_BEFORE = re.compile(
    r"(?:\bfrom|\bon|\bvia|\bthrough|\bwith|hosted by|provided by|rented from|leased from|租用|租赁|"
    r"使用|在|向|与|和|从|通过|借助|依托)\s?(?:the\s)?(?:(?:cloud|compute|infrastructure|gpu|data cent(?:er|re))\s)?"
    r"(?:(?:provider|partner|company|firm|operator|specialist|startup)\s)?(?:云服务商|云厂商|合作伙伴)?\s?$"
)
# Working with a cloud: "with cloud provider X", "与云服务商 X", "和 X 合作".
_WITH_CLOUD = re.compile(
    r"(?:\bwith|\bpartnering with|\bpartnered with|与|和|同)\s?(?:the\s)?"
    r"(?:(?:cloud|compute|infrastructure|gpu|data cent(?:er|re))\s)?"
    r"(?:(?:provider|partner|company|firm|operator|specialist|startup)\s)?(?:云服务商|云厂商|合作伙伴)?\s?$"
)
_PROVIDER_AFTER = re.compile(
    r"(?:'s)?\s?(?:cloud\s)?(?:(?:largest|biggest|big|major|top|key|important)\s)?(?:[\w-]+\s){0,2}?"
    r"(?:customers?|clients?|tenants?)\b|"
    r"\s?(?:will\s|is to\s|are to\s|is set to\s|plans to\s|agreed to\s|is\s|are\s)?(?:provides?|provided|providing|"
    r"hosts?|hosted|hosting|supply|supplies|supplied|supplying|rents?|rented|renting|leases?|leased|leasing)\b|"
    r".{0,12}?客户|\s?(?:将|计划)?(?:为|向).{0,20}?提供|\s?(?:联手|合作|共同|携手)|.{0,6}?云|"
    r"\s?上(?![周月午年个次市])"
)
_EACH = re.compile(r"e(?<!\we)ach\b|a(?<!\wa)piece\b|各|分别")
_CARDINALS = {"two": 2, "three": 3, "four": 4, "five": 5, "both": 2, "2": 2, "3": 3, "4": 4, "5": 5,
              "两": 2, "二": 2, "三": 3, "四": 4, "五": 5}
_COUNTED = re.compile(
    r"\b(two|three|four|five|both|[2-5])\s(?:[\w-]+\s){0,3}?(?:clusters|data cent(?:er|re)s|supercomputers|systems|sites)"
    r"|([两二三四五])\s?(?:个|座)(?:[^,，。;；]{0,24}?)(?:集群|数据中心|超算)"
)
_CONTAINER = re.compile(r"clusters?|集群|supercomputers?|超算|data cent(?:er|re)s?|数据中心")


_COUNTED_BEFORE = re.compile(
    r"(?:\d|[万千k]|\bmillion|\bthousand)\s?(?:个|张|块|台|枚|颗)?\s?(?:of\s)?(?:nvidia's\s|nvidia\s|英伟达的?\s?|辉达的?\s?|amd\s)?$"
)


def _chip_in_passage(p: Passage) -> str | None:
    """The one chip model the passage names outside counts, if there is exactly one."""
    folded = p.folded
    names = set()
    _chip_words(p)
    for sent in p.sentences:
        if not sent.cache["chip_words"]:
            continue
        subsets = [c for c in _counts(folded, sent) if c.subset]
        for start, _ in sent.cache["chip_words"]:  # every chip name is at a chip word
            m = CHIP_TOKEN_RE.match(folded, start)
            if (m and not _COUNTED_BEFORE.search(folded, max(0, start - 16), start)
                    and not any(c.start <= start < c.end for c in subsets)
                    and not _EQUIV_AFTER.match(folded, m.end())):
                names.add(chip_name(m.group(1)))
    names.discard("GPU")
    return names.pop() if len(names) == 1 else None


# A supplier's object that is "the company" of the passage: "to supply the company with",
# "为该公司提供".
# "由 Nscale 在伦敦附近为其搭建": a cloud that builds for the company spoken of
_BUILDS_FOR_IT = re.compile(r"(?:为|给)(?:该公司|这家公司|该企业|其)[^,，。;；]{0,4}?(?:搭建|建设|建造|打造|部署)")
_SUPPLIES_IT = r"\s(?:the (?:company|firm|startup|lab|group)|it|them)\s(?:with\b|[\d,.]+)"
_FOR_IT_ZH = r"(?:该公司|这家公司|该企业|其)(?:提供|供应|交付|供货)"
_SUPPLIES_ANAPHOR = re.compile(
    rf"s(?<!\ws)uppl(?:y|ies|ied|ying){_SUPPLIES_IT}|p(?<!\wp)rovid(?:e|es|ed|ing){_SUPPLIES_IT}|"
    rf"d(?<!\wd)eliver(?:s|ed)?{_SUPPLIES_IT}|e(?<!\we)quips?{_SUPPLIES_IT}|"
    rf"为{_FOR_IT_ZH}|向{_FOR_IT_ZH}|给{_FOR_IT_ZH}|"
    # a cloud that builds for the company: "由 Nscale 在伦敦附近为其搭建", "build for the company"
    r"b(?<!\wb)uil(?:d|ds|ding|t)\b[^,.;]{0,30}?\bfor (?:the company|it)\b|"
    r"h(?<!\wh)ost(?:s|ing)?\b[^,.;]{0,30}?\bfor (?:the company|it)\b"
)


# The rest of "在 X 上 …" / "on X" before the count, with no other party: a cloud used
_ON_CLOUD_AFTER = re.compile(
    r"\s?(?:上|平台上|云上)?[^,;，；]{0,24}?(?:训练|运行|完成|调用|使用|trained|running|ran|using)"
)
# A supplier's verb with no one named to receive: "CoreWeave ... will supply a cluster of
# 40,000 GPUs" in a passage about Poolside (its lab is the one supplied).
_BUYERS_ORDER_ZH = r"(?:们)?(?:已经|已|正|也|共|合计)?(?:订购|采购|购买|下单)"
_BUYERS_ORDER_EN = r"\s(?:have |had )?(?:ordered|bought|purchased)\b"
_GENERIC_BUYERS = re.compile(
    # (not after 该, 这家 or 其)
    rf"科(?<!该科)(?<!这家科)(?<!其科)技(?:企业|公司们|厂商|客户){_BUYERS_ORDER_ZH}|"
    + "|".join(f"{w[0]}(?<!该{w[0]})(?<!这家{w[0]})(?<!其{w[0]}){w[1:]}{_BUYERS_ORDER_ZH}"
               for w in ("企业", "公司们", "厂商", "客户"))
    + rf"|c(?<!\wc)hinese (?:companies|firms|customers|buyers){_BUYERS_ORDER_EN}"
    rf"|t(?<!\wt)ech (?:companies|firms|customers|buyers){_BUYERS_ORDER_EN}"
    rf"|t(?<!\wt)echnology (?:companies|firms|customers|buyers){_BUYERS_ORDER_EN}"
    + "|" + "|".join(f"{w[0]}(?<!\\w{w[0]}){w[1:]}{_BUYERS_ORDER_EN}" for w in ("companies", "firms", "customers", "buyers"))
)
# Chips a government lets be exported ("批准向沙特和阿联酋的 AI 企业出口最多 3.5 万块", "cleared exports
# of up to 35,000 Blackwell chips to Humain"): a licence, not chips anyone has
_AFTER_EVENT = re.compile(r"(?:之后|以后|后)|\b(?:after|since|once)\b")
# A chipmaker's output or shipments (not what it provides as a service: "Cerebras will provide 750 MW")
_DEFINES = re.compile(r"是指|指的是|即是指|\brefers? to\b|\bis defined as\b|\bis a term for\b")
_SALES_VOLUME_BEFORE = re.compile(
    rf"(?:销量|出货量|销售量)[^,，。;；\d]{{0,8}}$|\b(?:shipments|unit sales|sales volume)\s(?:of\s)?(?:{QUALIFIER}\s?)?$")
_MAKER_OUTPUT = re.compile(
    r"\s?(?:[\w\s]{0,30}?)?\b(?:shipped|ships|will ship|produced|produces|will produce|manufactur\w*|sold|sells|"
    r"will supply|supplies|supplied|make|makes|making|to produce|to make)\b|"
    r"\s?(?:[^,，。;；]{0,8}?)?(?:出货|生产|量产|售出|卖出|出售)"
)
_SOLD_TO_BEFORE = re.compile(r"(?:\bto|\bfor|给|向|供|对)\s?(?:the\s)?$")
_TO_BUYER_BEFORE = re.compile(r"\b(?:to|for)\s(?:the\s)?$|(?:给|向|供)\s?$")
_BOUGHT_VERB = re.compile(r"\b(?:bought|buys|has bought|ordered|purchased|acquired|deployed)\b|订购|采购|购买|买入|部署|下单")
_CAP_WORDS = re.compile(r"\b(?:allow\w*|up to|as many as|a year|per year)\b|允许|最多|至多|每年")
_EXPORTS_ZH = r"[^,，。;；]{0,20}?出口"
_EXPORTS_EN = r"\w*\b[^,.;]{0,30}?\bexports?\b"
_EXPORT_APPROVAL = re.compile(
    rf"批准{_EXPORTS_ZH}|允许{_EXPORTS_ZH}|放行{_EXPORTS_ZH}|a(?<!\wa)(?:pprov|llow){_EXPORTS_EN}|"
    rf"l(?<!\wl)icen[cs]{_EXPORTS_EN}|c(?<!\wc)lear{_EXPORTS_EN}"
)
# a count-sized number ("will host 400,000", "部署 40 万块")
_BIG_NUMBER = re.compile(r"\b\d{1,3}(?:,\d{3})+\b|\d+(?:\.\d+)?\s?(?:万|千|k\b|thousand\b|million\b)")
_RENTED_OUT_TO = re.compile(r"\b(?:rent|rents|renting|rented|lease|leases|leasing|leased)\b[^.;]{0,40}?\bto\b|租给|出租给")
_PARTICIPLE_TAKES = re.compile(r"\s?(?:taking|using|deploying|buying|renting|leasing|adding|installing)\b")
_RECIPIENT_BETWEEN = re.compile(r"\b(?:to|for)\b|给|向|为")
_BREAK_BETWEEN = re.compile(r"[,;，；。]|\bwhile\b|\bwhereas\b")
# the count itself goes to the one named next: "deliver approximately 52,000 GB300 GPUs to Microsoft"
_TO_AFTER_COUNT = re.compile(r"[^,.;]{0,30}?\bto\s(?:the\s)?")
# a clause of contrast opens between a count and a name after it
_CONTRAST_BETWEEN = re.compile(r"[,;]\s(?:while|whereas|but)\b|[,，;；]\s?(?:而|但)")


def _own_count_after(p: Passage, sent: Sentence, ref: Ref, end: int) -> bool:
    """True when the name after a count has a count of its own further on in its clause: a
    parallel statement about another site, not the owner of this one."""
    c_end = clause_span(p.folded, sent.start, sent.end, ref.start)[1]
    return any(ref.end <= c.start < c_end and c.start > end for c in _counts(p.folded, sent)) or bool(
        _BIG_NUMBER.search(p.folded, ref.end, c_end))
_VENDOR_SHIPS = re.compile(
    r"\s?(?:said\s)?(?:it\s)?(?:will\s|would\s|is to\s|plans to\s|has\s|also\s|"
    r"is (?:estimated|expected|said|reported|believed) to (?:have\s)?)?"
    r"(?:deliver|ship|supply|sell|sold|provide|place)\w*\b|"
    r"\s?(?:[^,，。;；]{0,8}?)?(?:将|已|也)?(?:交付|供应|出货|提供|销售|售出|卖出|出售)"
)
_RENT_AFTER_CLOUD = re.compile(r"[^,。;，；]{0,8}?(?:租用|租赁|租下|采购|购买|订购)|\s?(?:云|cloud)?\s?上\s?租用")
# "... to enterprise customers", "给多家客户": the chips go to others, named or not
_TO_SOMEONE_ELSE = re.compile(r"[^,.;，。；]{0,20}?\b(?:to|for)\s(?!the company\b|it\b)[a-z]|[^,。;，；]{0,12}?(?:给|供)")
_SUPPLIES_UNNAMED = re.compile(
    r"\b(?:will|would|is to|are to|agreed to|plans to)\s(?:also\s)?(?:supply|provide|deliver)\b|"
    r"(?:将|会|计划)(?:提供|供应|交付)"
)


_SUPPLIER_BETWEEN = re.compile(
    r"\s?(?:will\s|is to\s|are to\s|is set to\s|plans to\s|agreed to\s|has agreed to\s)?"
    r"(?:supply|supplies|supplied|provide|provides|provided|equip|equips)\s|\s?(?:将|计划)?(?:为|向|给)\s?"
)


def site_owner(p: Passage, sent: Sentence, start: int, end: int
               ) -> tuple[Entity | None, Entity | None, bool]:
    """(owner, provider, owner named in the sentence) of the compute at folded[start:end]."""
    owner, provider, named = _direct_owner(p, sent, start, end)
    if owner is not None:
        owner, provider = _resold(p, sent, owner, provider)
    return owner, provider, named


# A cloud supplying another cloud: "Oracle will supply Microsoft with", "CoreWeave provides
# capacity to Microsoft", "甲骨文将向微软提供", "由甲骨文提供给微软".
# a stretch within one clause (the comma of a figure such as "52,000" does not end it)
_NO_BREAK = r"(?:[^,.;]|(?<=\d)[,.](?=\d))"
_SUPPLIES_CLOUD = re.compile(
    r"\s?(?:will\s|would\s|is to\s|are to\s|is set to\s|plans to\s|agreed to\s|has agreed to\s)?"
    r"(?:supply|supplies|supplied|supplying|provide|provides|provided|providing|deliver|delivers|"
    r"delivered|sell|sells|sold|rent|rents|rented|lease|leases|leased)"
    rf"(?:\s|\s{_NO_BREAK}{{0,50}}?\bto\s(?:the\s)?)$|"
    r"\s?(?:将|计划|会|拟)?(?:向|为|给)\s?$|\s?(?:提供|供应|出租|租|转租|交付)给\s?$"
)


def _resold(p: Passage, sent: Sentence, owner: Entity, provider: Entity | None
            ) -> tuple[Entity, Entity | None]:
    """A cloud that supplies another cloud which rents to a lab: the lab that uses the
    chips owns them and the cloud that rents them to it provides them ("Oracle will supply
    Microsoft with GPUs that OpenAI uses", "CoreWeave provides capacity to Microsoft for
    OpenAI")."""
    refs = [r for r in sent.refs if r.salient and not r.brand and r.entity.can_own]
    if sum(1 for r in refs if r.entity.is_cloud) < 2:
        return owner, provider
    folded = p.folded
    if owner.is_cloud and "lab" not in owner.kinds and provider is not None:
        # the object of a supplier is itself renting to a lab that uses the chips
        user = next((r.entity for r in refs if "lab" in r.entity.kinds and not r.entity.is_cloud
                     and r.entity is not owner and r.entity is not provider
                     and _uses(folded, sent, r)), None)
        return (user, owner) if user is not None else (owner, provider)
    if owner.is_cloud:
        return owner, provider
    # the lab's provider is the cloud another one supplies ("由甲骨文提供给微软")
    for supplier in (r for r in refs if r.entity.is_cloud and r.entity is not owner):
        for r in refs:
            if (r.start >= supplier.end and r.entity.is_cloud and r.entity is not owner
                    and r.entity is not supplier.entity
                    and _SUPPLIES_CLOUD.search(folded, supplier.end, r.start)):
                return owner, r.entity
    return owner, provider


# A chipmaker that is itself said to rent, buy or use chips owns them ("Nvidia will rent
# 10,000 GPUs from Lambda", "英伟达已采购").
_BUYER_AFTER = re.compile(
    r"\s?(?:has\s|have\s|had\s|will\s|would\s|is\s|plans to\s|"
    r"(?:has\s)?agreed\s(?:(?:this|last|next|in|earlier)\s[a-z]+\s)?to\s)?"
    r"(?:also\s|now\s|already\s)?(?:rent|rents|rented|renting|lease|leases|leased|leasing|bought|"
    r"buys|buy|buying|purchased|purchases|purchase|ordered|orders|acquired|uses|used|using|"
    r"installed|deployed|deploys|deploy)\b|"
    r"\s?(?:已|将|也)?(?:租用|采购|採购|购买|购入|订购|使用|部署|动用|调用)|"
    # renting from a cloud: "英伟达同意以约 13 亿美元的总价，向 Lambda 租用"
    r"[^。;；]{0,30}?(?:向|从)[^,，。;；]{1,20}?租|"
    # its own system: "英伟达自家的 Eos", "Nvidia's own Eos supercomputer"
    r"\s?自家的?|'s own\b"
)
# "Cohere, the parent of Reka AI, built ...": the name inside the apposition is not the subject
# a name set off as the subject's relation: "the company and its hedge-fund parent, High-Flyer, have"
_POSSESSIVE_APPOSITION = re.compile(
    r"\b(?:and|&)\s(?:its|their)\s(?:[\w-]+\s){0,2}?(?:parent|owner|backer|sister company|parent company|"
    r"holding company)\s?,\s$")
_APPOSITION_OF = re.compile(
    r",\s(?:the\s|a\s|its\s)?(?:parent|owner|majority owner|backer|sister company|investor|"
    r"parent company|holding company|largest shareholder)\s(?:of|to|behind)\s(?:the\s)?$"
)
# "the biggest customer of CoreWeave": the cloud named after it provides, the one before owns


# A neocloud's deal with one customer: "Nscale is partnered with OpenAI", "Nscale and Microsoft …
# entered a commitment", "a deal with Microsoft", "services for Microsoft"
_NEO_DEAL_BETWEEN = re.compile(
    r"^(?:[^.;]{0,60}?\b(?:partner\w*|deal|agreement|contract|commitment|customer)\b[^.;]{0,30}?\b(?:with|for|to)\s|"
    r"[^.;]{0,160}?\b(?:services|capacity|compute|gpus)\sfor\s|"
    r"\s?(?:与|和|同)\s?|[^,，。;；]{0,20}?(?:为|替)\s?)$"
)


_AND_JOIN = re.compile(r"\s(?:and|与|和)\s|\s?(?:与|和)\s?")
# ("Nscale and Microsoft … have entered a commitment": a pair is a deal only with a deal word after it)
_DEAL_AFTER_PAIR = re.compile(r"\b(?:commitment|agreement|deal|contract|partnership|partnered|signed)\b|协议|合作|签约|签署")
_LOST_DEAL = re.compile(r"\b(?:lost|ended|terminated|cancell?ed|scrapped|walked away from)\b|终止|取消|失去")
_OWN_FLEET_WORDS = re.compile(r"\bits own\b|\btheir own\b|自有|自己的")
_IT_OPENS = re.compile(r"\s*(?:the (?:firm|company|startup|group|neocloud)|it|该公司|这家公司|公司)\b")


def _neocloud_customer(p: Passage, sent: Sentence, neo: Entity) -> Entity | None:
    """The one customer the passage says a neocloud deals with, in this sentence or the three
    before; None when none or several are named, or the sentence says the fleet is its own."""
    if _OWN_FLEET_WORDS.search(p.folded, sent.start, sent.end):
        return None  # "Lambda said it now runs 25,000 GPUs in its own cloud"
    found: set[Entity] = set()
    for s in p.sentences[max(0, sent.index - 3):sent.index + 1]:
        neos = [r.end for r in s.refs if r.entity is neo]
        if not neos and s.focus is neo and _IT_OPENS.match(p.folded, s.start):
            neos = [_IT_OPENS.match(p.folded, s.start).end()]  # "The firm is partnered with OpenAI"
        for r in s.refs:
            if r.entity is neo or _neocloud(r.entity) or not r.entity.can_own or not r.entity.kinds & {"lab", "cloud"}:
                continue
            for n in neos:
                if n > r.start:
                    continue
                between = p.folded[n:r.start]
                joined = _AND_JOIN.fullmatch(between) and _DEAL_AFTER_PAIR.search(p.folded, r.end, s.end)
                if (joined or _NEO_DEAL_BETWEEN.search(between)) and not _LOST_DEAL.search(p.folded, s.start, s.end):
                    found.add(r.entity)
    return next(iter(found)) if len(found) == 1 else None


def _neocloud(entity: Entity) -> bool:
    """True for a young cloud that rents out compute (Nscale, Lambda), not a big tech cloud."""
    return entity.is_cloud and entity.startup


def can_own_here(folded: str, ref: Ref) -> bool:
    """True when the entity at `ref` can own compute here: an operator, or a chipmaker
    that the text says rents, buys or uses chips itself."""
    return ref.entity.can_own or (
        "chipmaker" in ref.entity.kinds and bool(_BUYER_AFTER.match(folded, ref.end))
        and not _SELLER_BEFORE.search(folded, max(0, ref.start - 6), ref.start))


# "将向辉达采购", "buy from Nvidia": the chipmaker sells
_HOSTED_ON_BEFORE = re.compile(r"\b(?:hosted|running|run|rented|leased) (?:on|in|from|through|via)\s(?:the\s)?$")
_CLOUD_INSTANCES_AFTER = re.compile(r"(?:'s)?\s?(?:cloud\s)?instances\b|'s cloud\b")
_OPERATED_BY_BEFORE = re.compile(r"\b(?:run|operated|managed|hosted|built|developed) by\s(?:the\s)?$")
_OPERATES_AFTER = re.compile(r"\s?(?:负责)?(?:运营|运维|托管|管理|建设|兴建|建造)")
_RENT_WORD = re.compile(r"租|\brent|\blease")
# (a kind word may stand between: "向云端业者 Lambda 租用", "从云服务商 CoreWeave")
_SELLER_BEFORE = re.compile(r"(?:向|从|自|在|\bfrom|\bon)\s?(?:云端业者|云服务商|云厂商|云端服务商|云业者)?\s?$")


# a site built with a cloud, its subject unnamed: "a supercomputer in Loughton, built with Nscale"
# (not the partner's own fleet: "Microsoft, its cloud provider, has 300,000 GPUs of its own")
_OWN_FLEET = re.compile(r"\b(?:has|have|had|owns?|owned|operates?|operated|runs?|ran)\b|\bits own\b")
_PARTNER_APPOSITION = re.compile(
    r"\s?,\s(?:still\s|now\s|already\s)?(?:its|their)\s(?:[\w-]+\s){0,3}?(?:partner|provider|supplier|host)\b")
# what names a cloud as the one that provides: built, dealt or partnered with it, or used
_PROVIDER_RELATION_BEFORE = re.compile(
    r"\b(?:built|developed|set up|constructed|created|in partnership)\swith\s$|"
    r"\b(?:agreed|agreement|deal|deals|partnered|partnership|signed|contracted|contract)\s(?:[\w-]+\s){0,2}?with\s"
    r"(?:[\w-]+\s){0,2}?$|"
    r"\b(?:its|their|the)\s(?:use|usage)\sof\s$|\b(?:using|uses|use)\s$")
_DEAL_WITH_BETWEEN = re.compile(
    r"\s(?:has\s|have\s|had\s)?(?:also\s)?(?:inked|signed|struck|agreed|reached|clinched|landed|sealed)\s"
    r"(?:a\s|an\s)?(?:[\w-]+\s){0,3}?(?:deal|agreement|contract|pact)?\s?with\s")
_TO_DEPLOY_AFTER = re.compile(
    r"\s(?:to|that will|which will|under which it will)\s(?:deploy|provide|supply|deliver|host|build|install)\b")
_THAT_BEFORE = re.compile(r"\b(?:that|which)\s$")
_WOULD_BUILD_AFTER = re.compile(
    r"\s(?:said it\s|says it\s)?(?:would|will|plans to|planned to|is|was|has|had)?\s?(?:also\s)?"
    r"(?:build|buy|bought|building|buying|deploy|deployed|deploying|run|runs|ran|use|uses|used|rent|rents|rented|"
    r"train|trains|trained|install|installed|order|ordered)\b"
)
# a lab's site: "OpenAI's Abilene campus", "OpenAI 在阿比林的星际之门园区", "Anthropic 的新园区"
_SITE_OF_AFTER = re.compile(rf"(?:'s|\s?(?:在[^,，。;；]{{0,8}}?)?的)\s?(?:[^,，。;；\s]+\s?){{0,3}}?{COMPUTE_SITE_WORDS}")
# (a subject that takes or gets the chips a cloud builds; its uses and purchases are `_USER_AFTER`
# and `_BUYER_AFTER`)
_TAKES_AFTER = re.compile(r"\s(?:will\s|would\s|has\s|had\s|agreed to\s|plans to\s)?(?:take|takes|took|get|gets|got)\b")
_RELATIVE_OPENER = re.compile(r"\b(?:whose|which|who)\b")
_SPEAKS_AFTER = re.compile(r"[^,，。;；]{0,6}?(?:表示|称|透露|宣布|说)[,，:：]?\s?")
_PARTNER_CUE = re.compile(r"(?:与|和|同)\s?$|(?:签约|签署|达成|合作|协议)")
_FOR_IT_DEPLOYS = re.compile(r"为其[^,，。;；]{0,6}?(?:部署|提供|建设|配置|安装|上线)")
_JOINTLY_WITH_BEFORE = re.compile(r"(?:联合|携手|联手)\s?$")
_COMPARED_WITH_BEFORE = re.compile(
    r"\b(?:than|as many as|as much as|compared with|compared to|versus)\s$|比\s?$|"
    # "仅为马斯克旗下 xAI 同类投入的 1%": the name the figure is a share of
    r"(?:仅为|仅相当于|只相当于|不到)[^,，。;；\d]{0,8}?$"
)
_RELATIVE_CLAUSE = re.compile(r",\s(?:which|who)\s[^,;]{1,60},\s(?=[a-z]+\s)")
# An aside after the sentence's subject that names its backers or origin: "DeepSeek, spun out of
# quant fund High-Flyer in 2023, has", "The lab, backed by Microsoft, operates"
_SUBJECT_ASIDE = re.compile(
    r"\s*[^,;]{1,60}?(?P<aside>,\s(?:(?:backed|founded|co-founded|owned|controlled|funded|incubated|"
    r"set up|created|started) by|spun (?:out|off) (?:of|from)|(?:a|the) (?:unit|subsidiary|affiliate|"
    r"spin-?off|spinout|arm) of|part of)\s[^,;]{1,60},\s)(?=[a-z]+\s)"
)
_FOR_CHIPS_BEFORE = re.compile(rf"\bfor\s(?:access to\s)?(?:{QUALIFIER}\s?)?$")
# the one paid, after "pay" or before "支付" ("will pay Lambda", "向 Lambda 支付")
_PAYEE_BEFORE = re.compile(r"\bpa(?:y|ys|ying|id)\s$")
_PAID_AFTER_ZH = re.compile(r"\s?(?:支付|付款|付费)")


def payer_of(folded: str, sent: Sentence, payee: Ref, pos: int) -> Ref | None:
    """The name before `payee` when what follows, up to `pos`, is paid to it ("Nvidia will pay
    Lambda", "英伟达将向 Lambda 支付"); None when `payee` is not paid."""
    if not (_PAYEE_BEFORE.search(folded, max(sent.start, payee.start - 12), payee.start)
            or _PAID_AFTER_ZH.match(folded, payee.end, pos)):
        return None
    return next((r for r in reversed(sent.refs) if r.salient and r.end <= payee.start
                 and r.entity is not payee.entity), None)
# a new clause whose subject is a pronoun: ", and it is building", "; the company has ordered"
_PRONOUN_SUBJECT = re.compile(
    r"[,;]\s(?:and\s|but\s|while\s)?(?:it|the company|the firm|the startup)\s(?!said\b|says\b)|"
    # (folded text has ASCII commas and semicolons)
    r"[,;]\s?(?:而|并且|并)?(?:它|该公司|这家公司)(?![^,;。]{0,4}?(?:表示|称))"
)


def _direct_owner(p: Passage, sent: Sentence, start: int, end: int
                  ) -> tuple[Entity | None, Entity | None, bool]:
    """(owner, provider, owner named) from the nearest names and the renting relations."""
    c_lo = clause_span(p.folded, sent.start, sent.end, start)[0]
    approval = _EXPORT_APPROVAL.search(p.folded, c_lo, start)
    if approval:
        for after in _AFTER_EVENT.finditer(p.folded, approval.end(), start):
            c_lo = after.end()  # "美国批准 H20 出口后字节跳动订购了…": the buyer's own clause after "后"
        approval = _EXPORT_APPROVAL.search(p.folded, c_lo, start)
    if approval and not any(approval.end() <= r.start < start and r.salient and r.entity.can_own
                            and _BOUGHT_VERB.search(p.folded, r.end, start)
                            and not _CAP_WORDS.search(p.folded, approval.end(), start)
                            for r in sent.refs):
        # (a buyer named after the licence buys: "Since the US cleared exports ByteDance has bought")
        return None, None, False
    refs = [r for r in sent.refs if r.salient and not r.brand and can_own_here(p.folded, r)]
    before = [r for r in refs if r.end <= start]
    # (not a name the count is compared with: "bought 485,000 …, twice as many as Meta")
    after = [r for r in refs if r.start >= end and not _COMPARED_WITH_BEFORE.search(
        p.folded, max(end, r.start - 20), r.start)]
    before = [r for r in before if not (_POSSESSIVE_APPOSITION.search(p.folded, max(sent.start, r.start - 40), r.start)
                                        and p.folded.startswith(",", r.end))]
    if len(before) > 1 and _APPOSITION_OF.search(
            p.folded, max(sent.start, before[-1].start - 40), before[-1].start):
        before = before[:-1]  # "Cohere, the parent of Reka AI, built ...": Cohere built
    if len(before) > 1 and (rel := _RELATIVE_CLAUSE.search(p.folded, before[0].end, start)):
        # "Microsoft, which pays CoreWeave billions, owns about 750,000 GPUs": the names inside a
        # closed relative clause are not the subject
        before = [r for r in before if not rel.start() <= r.start < rel.end()] or before
    if before and (aside := _SUBJECT_ASIDE.match(p.folded, sent.start, start)):
        # the names in an aside on the subject are not the subject; with no name before it the
        # subject is the company spoken of ("The Hangzhou lab, spun out of High-Flyer, has")
        before = [r for r in before if not aside.start("aside") <= r.start < aside.end("aside")]
        refs = [r for r in refs if not aside.start("aside") <= r.start < aside.end("aside")]
    if before and (opening := OPENING_PHRASE.match(p.folded, sent.start, start)):
        # "Driven by Tesla Megapack batteries, Phase 1 is live using 200,000 H100s": the names of an
        # opening phrase are not the subject (the company spoken of is, when no name follows); not a
        # possessive ("Powered by xAI's own turbines"); one it is built for is the first named after
        # "for" ("Built by Crusoe for OpenAI and Oracle, the site will house": OpenAI's)
        for_ = p.folded.find(" for ", sent.start, opening.end())
        if for_ >= 0:
            first_for = next((r for r in before if for_ < r.start < opening.end()), None)
            before = ([first_for] if first_for else []) + [r for r in before if r.start >= opening.end()]
        else:
            aside = [r for r in before if r.start < opening.end() and not p.folded.startswith(("'s", "’s"), r.end)]
            before = [r for r in before if r not in aside]
            refs = [r for r in refs if r not in aside]
    pronoun = _PRONOUN_SUBJECT.search(p.folded, before[-1].end, start) if len(before) > 1 else None
    if pronoun:
        # "… models such as DeepSeek and MiniMax, and it is building a cluster of 36,000 GB200":
        # the pronoun of a new clause is the sentence's subject (its first name); the names
        # between belong to the clause before
        refs = [before[0]] + [r for r in refs if r.start >= pronoun.end()]
        before, after = [before[0]], [r for r in after if r.start >= pronoun.end()]
    if before and (any(before[-1].end <= x.start < start for x in sent.money)
                   or _FOR_CHIPS_BEFORE.search(p.folded, max(before[-1].end, start - 24), start)) and (
            payer := payer_of(p.folded, sent, before[-1], start)):
        # "Nvidia will pay Lambda about $1.3 billion for access to 10,000 of its GPUs": the payer
        # uses the chips paid for, the one paid provides them (not "pay CoreWeave, which runs …")
        return payer.entity, before[-1].entity if before[-1].entity.is_cloud else None, True
    user = next((r for r in after if _FOR_USE_BY.search(p.folded, max(sent.start, r.start - 16), r.start)
                 or (_FOR_LAB.search(p.folded, max(sent.start, r.start - 6), r.start)
                     and _USE_AFTER.match(p.folded, r.end, min(sent.end, r.end + 16)))), None)
    if user is None and before and before[-1].entity.is_cloud and _DEPLOYS.search(p.folded, before[-1].end, start):
        # "Nscale agreed to install 12,600 GB300 GPUs at the site for Microsoft": a cloud that
        # installs chips for a company provides them; that company uses them
        user = next((r for r in after if r.start - end <= 40 and r.entity is not before[-1].entity
                     and _FOR_LAB.search(p.folded, max(sent.start, r.start - 6), r.start)
                     and not _CLAUSE_BREAK_BETWEEN.search(p.folded, end, r.start)), None)
    if user is not None:
        # "部署 20 万颗 GB300，供微软 Azure 使用", "for use by Microsoft": the one it is for uses
        # the chips; the subject that deploys them provides them
        supplier = next((r for r in before if r.entity is not user.entity and r.entity.is_cloud), None)
        return user.entity, supplier.entity if supplier else None, True
    if not before and after and any(
            ("vendor" in r.entity.kinds or "chipmaker" in r.entity.kinds) and r.end <= start
            and _VENDOR_SHIPS.match(p.folded, r.end, start) for r in sent.refs) and not (
            _RECIPIENT_BETWEEN.search(p.folded, end, after[0].start)
            and not _BREAK_BETWEEN.search(p.folded, end, after[0].start)):
        after = []  # "Nvidia would place 120,000 GPUs in British data centres, while OpenAI ...":
        # a vendor's chips belong to the one it ships them to ("to Saudi Arabia's Humain")
    if (not before and after and after[0].entity.is_cloud and sent.focus is not None
            and sent.focus is not after[0].entity and sent.focus.can_own
            and _SELLER_BEFORE.search(p.folded, max(end, after[0].start - 12), after[0].start)
            and _RENT_WORD.search(p.folded, clause_span(p.folded, sent.start, sent.end, start)[0], after[0].start)):
        # "the company was renting about 16,000 H100s from Oracle": the company spoken of rents them
        return sent.focus, after[0].entity, False
    if not before and after and _own_count_after(p, sent, after[0], end):
        after = []  # "runs 200,000 GPUs, while OpenAI's Abilene campus will host 400,000": its own
    if not before and after and _CONTRAST_BETWEEN.search(p.folded, end, after[0].start) and any(
            c.start > after[0].end for c in _counts(p.folded, sent)):
        # "Global supercomputers run on 30,000 GPUs, while India's Airawat, installed in C-DAC, has
        # 640": the clause of contrast counts its own (not "…, while CoreWeave will operate them")
        after = []
    if len(before) > 1 and _PARTICIPLE_TAKES.match(p.folded, clause_span(p.folded, sent.start, sent.end, start)[0]) \
            and not _RENTED_OUT_TO.search(p.folded, sent.start, sent.end):
        # "OpenAI will launch Stargate UK with Nvidia and Nscale, taking up to 8,000 GPUs": the
        # sentence's subject takes them; a cloud named with it provides them
        p_start = clause_span(p.folded, sent.start, sent.end, start)[0]
        main_start = clause_span(p.folded, sent.start, sent.end, max(sent.start, p_start - 2))[0]
        main = [r for r in before if main_start <= r.start < p_start] or before
        subject = main[0]
        cloud = next((r.entity for r in main[1:] if r.entity.is_cloud and r.entity is not subject.entity), None)
        return subject.entity, cloud, True
    builder = next((r for r in after if r.start - end <= 40 and _THAT_BEFORE.search(p.folded, max(end, r.start - 6), r.start)
                    and _WOULD_BUILD_AFTER.match(p.folded, r.end, sent.end)), None)
    if builder is not None and builder.entity.can_own:
        # "a cluster of 22,000 H100 chips that Inflection said it would build with cloud provider
        # CoreWeave": the one the relative clause says builds, buys or runs them owns them; a cloud
        # that builds them for the subject before provides them ("Anthropic will use 1 million TPUs
        # that Google is building"), and a cloud subject provides what a lab uses ("Microsoft bought
        # 485,000 Hopper chips that OpenAI uses")
        main = before[-1] if before and before[-1].entity.can_own and before[-1].entity is not builder.entity and not (
            _RELATIVE_OPENER.search(p.folded, sent.start, before[-1].start)) else None  # (not "whose backers included Microsoft")
        if main is not None and builder.entity.is_cloud and (
                _USER_AFTER.match(p.folded, main.end) or _BUYER_AFTER.match(p.folded, main.end)
                or _TAKES_AFTER.match(p.folded, main.end)):
            return main.entity, builder.entity, True
        if main is not None and main.entity.is_cloud and not builder.entity.is_cloud:
            return builder.entity, main.entity, True
        cloud = next((r.entity for r in after if r.start > builder.end and r.entity.is_cloud
                      and r.entity is not builder.entity and _PROVIDER_BEFORE.search(
                          p.folded, max(builder.end, r.start - 40), r.start)), None)
        return builder.entity, cloud, True
    if before and _JOINTLY_WITH_BEFORE.search(p.folded, max(sent.start, before[-1].start - 4), before[-1].start):
        # "该公司联合华为上线万卡集群", "商汤携手华为建成": the one named after 联合 builds it with the
        # subject, whose cluster it is (the subject named before it, else the company spoken of);
        # a lab named after a cloud or a chipmaker uses the cluster they build ("甲骨文联合 OpenAI
        # 建设星际之门", "华为联合科大讯飞"), the cloud providing it
        partner, subject = before[-1].entity, (before[-2].entity if len(before) > 1 else sent.focus)
        if "lab" in partner.kinds and not partner.is_cloud and subject is not None and (
                subject.is_cloud or "chipmaker" in subject.kinds):
            return partner, subject if subject.is_cloud else None, True
        if len(before) > 1:
            before = before[:-1]
        elif sent.focus is not None and sent.focus is not before[-1].entity and sent.focus.can_own:
            return sent.focus, None, False
    owner_ref: Ref | None = before[-1] if before else (after[0] if after else None)
    owner = owner_ref.entity if owner_ref else None
    named = owner_ref is not None
    if (len(before) > 1 and before[-2].entity is not owner and p.folded.find("其", owner_ref.end, start) >= 0
            and _FOR_IT_DEPLOYS.search(p.folded, owner_ref.end, start)):
        if _SPEAKS_AFTER.match(p.folded, before[-2].end, owner_ref.start) and owner.is_cloud:
            # "微软表示 Nscale 将为其部署 20 万颗 GB300": 其 is the speaker, who uses them
            return before[-2].entity, owner, True
        if before[-2].entity.is_cloud and _PARTNER_CUE.search(p.folded, before[-2].end, owner_ref.start + 12):
            # "Nscale 与微软达成协议，将在得州…为其部署约 20 万颗 GB300": the partner it deploys for
            # uses the chips, the cloud that deploys them provides them
            return owner, before[-2].entity, True
    if (owner_ref is not None and len(before) > 1 and _neocloud(before[-2].entity) and owner is not before[-2].entity
            and owner.can_own and not _neocloud(owner)
            and _DEAL_WITH_BETWEEN.fullmatch(p.folded, before[-2].end, owner_ref.start)
            and _TO_DEPLOY_AFTER.match(p.folded, owner_ref.end, start)):
        # "Nscale has inked a deal with Microsoft to deploy 200,000 GB300 GPUs": the customer the
        # neocloud deals with uses them, the neocloud provides them
        return owner, before[-2].entity, True
    if owner_ref is not None and owner_ref.end <= start and "chipmaker" in owner.kinds and _MAKER_OUTPUT.match(
            p.folded, owner_ref.end, start):
        # "Huawei shipped 100,000 Ascend chips to ByteDance", "华为计划明年生产 20 万颗 910C": a maker's
        # output belongs to whom it goes to, if anyone is named
        to = next((r for r in after if r.entity is not owner
                   and _TO_BUYER_BEFORE.search(p.folded, max(end, r.start - 8), r.start)), None)
        return (to.entity, None, True) if to else (None, None, False)
    if (owner_ref is not None and len(before) > 1 and owner.is_cloud
            and CUSTOMER_OF.search(p.folded, max(sent.start, owner_ref.start - 24), owner_ref.start)):
        # "Amazon has become the biggest customer of CoreWeave, ... to rent 9,000 GPUs"
        return before[-2].entity, owner, True
    if owner_ref is not None and (_SUPPLIES_ANAPHOR.search(p.folded, owner_ref.end, start) or (
            owner.is_cloud and p.folded.find("由", max(sent.start, owner_ref.start - 3), owner_ref.start) >= 0
            and _BUILDS_FOR_IT.search(p.folded, owner_ref.end, start))):
        # "Lambda is to supply the company with 30,000 GPUs": the company spoken of (this
        # sentence's subject, else the passage's) uses them and the supplier named provides them
        spoken_of = next((r.entity for r in before if r.start < owner_ref.start and r.entity is not owner),
                         sent.focus)
        if spoken_of is not None and spoken_of is not owner and spoken_of.can_own:
            return spoken_of, owner, True
    if (owner_ref is not None and owner.is_cloud and sent.focus is not None and sent.focus is not owner
            and sent.focus.can_own and (partner := _PARTNER_APPOSITION.match(p.folded, owner_ref.end, start))
            and not _OWN_FLEET.search(p.folded, partner.end(), start)):
        # "Amazon, still its main training partner, switched on Project Rainier with nearly 500,000
        # Trainium2 chips": the partner provides, the company spoken of uses them
        return sent.focus, owner, False
    if (owner_ref is not None and owner.is_cloud and (
            _PROVIDER_RELATION_BEFORE.search(p.folded, max(sent.start, owner_ref.start - 40), owner_ref.start)
            or PRONOUN_WITH_BEFORE.search(p.folded, max(sent.start, owner_ref.start - 40), owner_ref.start))):
        # a cloud the user deals, works, builds with or uses provides: "Microsoft agreed with
        # London-based Nscale on roughly 200,000 GB300 GPUs", "该公司将与 Nscale 合作…部署 23,040 块",
        # "a supercomputer built with Nscale", "expand its use of Google Cloud to one million TPUs";
        # the user is the name before it, else the company spoken of (never a neocloud)
        user_ref = next((r for r in reversed(before[:-1]) if r.entity is not owner and not _neocloud(r.entity)), None)
        user = user_ref.entity if user_ref else sent.focus
        if user is not None and user is not owner and user.can_own and not _neocloud(user):
            return user, owner, user_ref is not None
    if (owner_ref is not None and owner.is_cloud and not before and (
            _HOSTED_ON_BEFORE.search(p.folded, max(sent.start, owner_ref.start - 16), owner_ref.start)
            or _CLOUD_INSTANCES_AFTER.match(p.folded, owner_ref.end, min(sent.end, owner_ref.end + 16)))):
        # "1,024 MI300X GPUs hosted on IBM Cloud", "spread across 64 AWS instances": the cloud provides;
        # the company the passage is about trains on them (none when it is unknown)
        user = sent.focus if sent.focus is not None and sent.focus is not owner and sent.focus.can_own \
            and not sent.focus.is_cloud else None
        return user, owner if user else None, False
    site_lab = next((r.entity for r in reversed(before) if r is not owner_ref
                     and r.start < (owner_ref.start if owner_ref else 0) and "lab" in r.entity.kinds
                     and not r.entity.is_cloud and _SITE_OF_AFTER.match(p.folded, r.end)), None)
    user = site_lab or sent.focus  # (the lab whose site it is, named in the sentence: "OpenAI's Abilene campus")
    if (owner_ref is not None and owner.is_cloud and user is not None and user is not owner
            and "lab" in user.kinds and not user.is_cloud
            and (_OPERATED_BY_BEFORE.search(p.folded, max(sent.start, owner_ref.start - 14), owner_ref.start)
                 or (p.folded.find("由", max(sent.start, owner_ref.start - 3), owner_ref.start) >= 0
                     and _OPERATES_AFTER.match(p.folded, owner_ref.end, start)))):
        # "阿比林园区由甲骨文负责运营，计划部署约 6.4 万块 GB200", "the campus, run by Oracle, will hold":
        # the cloud runs the site for the lab the passage is about
        return user, owner, site_lab is not None
    if (owner_ref is not None and owner.is_cloud
            and _SELLER_BEFORE.search(p.folded, max(sent.start, owner_ref.start - 12), owner_ref.start)
            and _RENT_AFTER_CLOUD.match(p.folded, owner_ref.end, start)):
        # "字节跳动从甲骨文租用了 10 万块 H100": the one renting from the cloud owns, the cloud provides
        # (a chipmaker that sells its chips provides nothing: "向华为订购 10 万颗 910B")
        seller = None if "chipmaker" in owner.kinds and not _RENT_WORD.search(
            p.folded, owner_ref.end, start) else owner
        if len(before) > 1:
            return before[-2].entity, seller, True
        renter = sent.focus if sent.focus is not None and sent.focus is not owner and sent.focus.can_own else None
        return renter, seller if renter else None, False  # (a renter the registry does not know: no owner)
    supplier = next((r for r in before[:-1] if r.entity is not owner and r.entity.is_cloud
                     and _SUPPLIER_BETWEEN.fullmatch(p.folded, r.end, owner_ref.start)), None)
    if supplier is not None:
        # "Lambda is to supply Amazon with 30,000 GPUs": the object uses, the subject provides
        return owner, supplier.entity, True
    if owner is None and _GENERIC_BUYERS.search(p.folded, clause_span(p.folded, sent.start, sent.end, start)[0],
                                                start):
        return None, None, False  # "中国科技企业已订购逾 200 万颗 H200": many buyers, no one owner
    if owner is None and sent.focus is not None and sent.focus.can_own and not any(
            ("vendor" in r.entity.kinds or "chipmaker" in r.entity.kinds) and r.end <= start
            and _VENDOR_SHIPS.match(p.folded, r.end, start)
            for r in sent.refs):
        owner = sent.focus  # (unless a vendor ships them: "Dell will deliver 50,000 GPUs")
    provider = None
    if owner is not None:
        labs = [r for r in refs if "lab" in r.entity.kinds and not r.entity.is_cloud]
        clouds = [r for r in refs if r.entity.is_cloud and r.entity is not owner]
        # (a cloud of another statement, past a semicolon, rents nothing out for this count)
        lo, hi = stretch_start(p.folded, sent.start, start), stretch_end(p.folded, start, sent.end)
        renting = [r for r in clouds if lo <= r.start < hi and _rents_out(p.folded, sent, r)]
        # a lab the sentence says uses the chips ("which Anthropic is using", "rent ... to
        # OpenAI", "built for Anthropic") owns them; the cloud next to it provides them
        # (a big cloud a neocloud supplies counts too: "Nscale is expected to deliver 52,000 GB300
        # GPUs to Microsoft")
        users = [r for r in refs if ("lab" in r.entity.kinds or (
                    _neocloud(owner) and r.entity.is_cloud and not _neocloud(r.entity)
                    and r.start > end and _TO_AFTER_COUNT.fullmatch(p.folded, end, r.start)))
                 and r.entity is not owner and _uses(p.folded, sent, r)]
        own_ref = [r for r in refs if r.entity is owner]
        if owner.is_cloud and users:
            provider, owner = owner, min(users, key=lambda r: abs(r.start - start)).entity
            named = True
        elif owner.is_cloud:
            # a cloud next to a lab with a renting relation: the lab owns (a big tech that is
            # both a lab and a cloud gives way only to a startup lab)
            cand = [r for r in labs if r.entity is not owner
                    and ("lab" not in owner.kinds or r.entity.can_raise)]
            if cand and own_ref and _rents_out(p.folded, sent, own_ref[0]):
                provider = owner
                owner = min(cand, key=lambda r: abs(r.start - start)).entity
            elif not cand and own_ref and _WITH_CLOUD.search(
                    p.folded, max(sent.start, own_ref[0].start - 40), own_ref[0].start):
                # "the company is building with cloud provider Fluidstack", "微软与 Nscale 合作":
                # whoever works with the cloud (the sentence's subject, else the lab the passage
                # is about) uses the chips; the cloud provides them
                partner = next((r.entity for r in refs if r.end <= own_ref[0].start
                                and r.entity is not owner), None)
                if partner is None and sent.focus is not None and "lab" in sent.focus.kinds:
                    partner = sent.focus
                if partner is not None and partner is not owner:
                    provider, owner = owner, partner
            elif (not cand and own_ref and sent.focus is not None and "lab" in sent.focus.kinds
                  and not sent.focus.is_cloud and sent.focus is not owner
                  and _PROVIDER_BEFORE.search(p.folded, max(sent.start, own_ref[0].start - 12),
                                              own_ref[0].start)
                  and _ON_CLOUD_AFTER.match(p.folded, own_ref[0].end, start)):
                # "Falcon 40B 同样在 SageMaker 上完成训练": the passage's lab trains on the cloud
                provider, owner = owner, sent.focus
            elif (not cand and own_ref and "lab" not in owner.kinds and sent.focus is not None
                  and "lab" in sent.focus.kinds and not sent.focus.is_cloud
                  and not any(own_ref[0].end <= r.start < start for r in refs)
                  and _SUPPLIES_UNNAMED.search(p.folded, own_ref[0].end, start)
                  and not _TO_SOMEONE_ELSE.match(p.folded, end, min(sent.end, end + 40))):
                provider, owner = owner, sent.focus
        elif renting:
            provider = min(renting, key=lambda r: abs(r.start - start)).entity
        elif clouds and owner_ref is not None and _FOR_LAB.search(
                p.folded, max(sent.start, owner_ref.start - 6), owner_ref.start):
            provider = max((r for r in clouds if r.start < owner_ref.start),
                           key=lambda r: r.start, default=clouds[0]).entity
    if owner is None and sent.focus is None:
        return None, None, False
    return owner, provider, named


# Chips deployed for someone's use: "供微软 Azure 使用", "for use by Microsoft", "for Microsoft's use".
_GIVEN_TO_ZH = r"给了?\s?(?:[^,，。;；\d]{0,6}?(?:与|和|及)\s?)?$"
_FOR_USE_BY = re.compile(
    r"f(?<!\wf)or (?:the )?(?:exclusive )?use (?:by|of)\s(?:the\s)?$|"
    # "fitted with 23,040 GB300 chips and leased to Microsoft", "租给字节跳动"
    r"l(?<!\wl)e(?:ased|t)(?: out)? to\s(?:the\s)?$|r(?<!\wr)ented(?: out)? to\s(?:the\s)?$|"
    r"租给\s?$|出租给\s?$|租赁给\s?$|"
    # chips sent on to another user: "优先调拨给 xAI", "diverted to xAI"
    r"d(?<!\wd)iverted to\s$|r(?<!\wr)e(?:directed|allocated|routed) to\s$|"
    + "|".join(verb + _GIVEN_TO_ZH for verb in ("调拨", "转", "划拨", "改", "让", "调", "分", "交"))
)

_USE_AFTER = re.compile(r"(?:'s)?\s?(?:[\w-]+\s?){0,2}?(?:使用|\buse\b)")


# The user of compute named after its verb: "is using", "trains on", "正在使用", "租用".
_USER_AFTER = re.compile(
    r"\s?(?:is\s|are\s|was\s|were\s|will\s|will be\s|has been\s|would\s)?(?:now\s|already\s|also\s)?"
    r"(?:using|uses|use|used|training on|trains on|trained on|renting|rents|leasing|leases|taps|"
    r"tapping|runs on|running on)\b|\s?(?:正在|将|已经|已|也|目前)?(?:使用|租用|采用|利用)"
)
# The user of compute named after a renting verb: "rent the computing power to OpenAI",
# "把算力租给 OpenAI", "built for Anthropic".
_USER_BEFORE = re.compile(
    r"\b(?:rent|rents|rented|renting|lease|leases|leased|leasing|provide|provides|provided|providing|"
    r"supply|supplies|supplied|supplying|sell|sells|sold|make available|"
    # ("Nscale is expected to deliver approximately 52,000 GB300 GPUs to Microsoft")
    rf"deliver|delivers|delivered|delivering)\b{_NO_BREAK}{{0,40}}?\bto\s(?:the\s)?$|"
    r"(?:租给|提供给|出租给|供应给|交付给|租予|提供予)\s?$|(?:\bfor|为|给|供)\s?$|"
    # chips that help a lab train: "已串联超过 50 万颗此类芯片协助这家 AI 新创训练最新模型"
    r"(?:协助|帮助|助力)\s?$|"
    # chips that run a lab's models: "to power Anthropic's Claude model", "to train OpenAI's models"
    r"(?<!some\s)(?<!part\s)(?<!portion\s)(?<!half\s)(?<!most\s)(?<!them\s)(?<!many\s)\bto (?:power|train|run|serve)\s$"
)


def _uses(folded: str, sent: Sentence, ref: Ref) -> bool:
    """True when the sentence says the entity at `ref` uses (rents, trains on) the compute
    (alone: "用于 OpenAI 和 Anthropic 的模型训练" is shared, no one's)."""
    if not (_USER_AFTER.match(folded, ref.end, min(sent.end, ref.end + 30))
            or _USER_BEFORE.search(folded, max(sent.start, ref.start - 60), ref.start)
            or (_USED_FOR_BEFORE.search(folded, max(sent.start, ref.start - 4), ref.start)
                and _OWN_SITE_AFTER.match(folded, ref.end, sent.end))):
        return False
    joined = _AND_ANOTHER.match(folded, ref.end, sent.end)
    return not (joined and any(r.start == joined.end() and r.entity is not ref.entity for r in sent.refs))


# chips for a lab's own site or training, or the lab alone: "用于 OpenAI 在得州的数据中心", "用于
# Anthropic。" (not "用于 DeepSeek 模型的推理服务", a cloud serving a lab's open model)
_USED_FOR_BEFORE = re.compile(r"用于\s?$")
_OWN_SITE_AFTER = re.compile(rf"[^,，。;；]{{0,14}}?(?:{COMPUTE_SITE_WORDS}|训练)|\s?(?:使用)?\s?(?:[,，。;；]|$)")
_AND_ANOTHER = re.compile(r"\s?(?:和|与|及|以及|、|,\sand\s|\sand\s|,\s)\s?")


# Chips run in a cloud's own place: "uses more than 15,000 H100s in Oracle's cloud"
_IN_ON_BEFORE = re.compile(r"\b(?:in|on|inside)\s(?:the\s)?$")
_CLOUD_OF_AFTER = re.compile(r"'s\s(?:[\w-]+\s)?(?:cloud|data cent(?:er|re)s?|servers|infrastructure)\b")


def _rents_out(folded: str, sent: Sentence, ref: Ref) -> bool:
    """True when the text around a cloud's name says it rents compute to someone."""
    return bool(_PROVIDER_BEFORE.search(folded, max(sent.start, ref.start - 40), ref.start)
                or _PROVIDER_AFTER.match(folded, ref.end, min(sent.end, ref.end + 40))
                or (_IN_ON_BEFORE.search(folded, max(sent.start, ref.start - 12), ref.start)
                    and _CLOUD_OF_AFTER.match(folded, ref.end, min(sent.end, ref.end + 30))))


def _status(p: Passage, sent: Sentence, start: int, end: int, prev_end: int) -> str:
    """Status of the count at folded[start:end]; `prev_end` ends the previous count of the sentence."""
    folded = p.folded
    c_start, c_end = clause_span(folded, sent.start, sent.end, start)
    clause = folded[c_start:c_end]
    if _HAD_AFTER.match(folded, end, min(sent.end, end + 20)):
        return "operational"  # "up from the 100,000 it ran last year"
    if _said_past(clause) or (_ONLINE_AFTER.match(folded, end, min(sent.end, end + 16))
                                and not _PLANNED.search(folded, max(c_start, prev_end), start)):
        return "operational"  # ... unless it is to be online: "expects to have 1 million GPUs online"
    # a Chinese purchase with no plan or state word says neither ("各订购了约 8 万块")
    buy = _BUY_ZH.search(folded, max(c_start, prev_end), start)
    if buy and not any(w.group(0) not in ("订购", "下单") for w in _PLANNED_WORDS.finditer(
            folded, c_start, c_end)) and not _FUTURE_AFTER.search(folded, end, sent.end):
        return "unknown"
    if _NOW_USES_AFTER.search(folded, end, sent.end):
        # "signed on to 100,000 GPUs of capacity from CoreWeave, which it now uses for training"
        return "training" if TRAINING.search(folded, end, sent.end) else "operational"
    if _IN_USE_BEFORE.search(folded, max(c_start, prev_end, start - 60), start):
        # "Tesla was running about 35,000 H100s and expected to reach ..." ("is using N to train")
        return "training" if TRAINING.search(folded, c_start, c_end) else "operational"
    if _DONE_NOW_BEFORE.search(folded, max(c_start, prev_end, start - 12), start) or _IN_SERVICE_AFTER.match(
            folded, end, min(sent.end, end + 24)):
        return "operational"  # "已部署4.5万张GPU", "5万张GPU已全部到位并投入运行": in place now
    # plans stated before the count (its verb) or in its own clause decide
    if (_PLANNED.search(folded, max(sent.start, prev_end), start) or _PLANNED.search(clause)
            or _PURPOSE.search(folded, sent.start, sent.end)
            or _FUTURE_AFTER.search(folded, end, sent.end) or _DONE_SOON_AFTER.match(folded, end, sent.end)):
        return "planned"
    if _INSTALLED_BEFORE.search(folded, max(c_start, prev_end), start):
        return "operational"  # "has installed 15,000 H100s for AI training": in place, in use
    if any(not _CAPABLE_BEFORE.search(folded, max(sent.start, t.start() - 12), t.start())
           for t in TRAINING.finditer(folded, sent.start, sent.end)):
        return "training"  # ... but "可承载大模型训练" says what the cluster can do, not what it does
    # a cluster introduced earlier as a training cluster keeps that status
    if _CONTAINER.search(clause):
        for prev in p.sentences[max(0, sent.index - 4):sent.index]:
            seg = folded[prev.start:prev.end]
            if TRAINING.search(seg) and _CONTAINER.search(seg):
                return "training"
    return "operational"


def _deadlines(p: Passage, sent: Sentence) -> list[tuple[int, int]]:
    cached = sent.cache.get("deadlines")
    if cached is None:
        cached = sent.cache["deadlines"] = [
            d for d in find_dates(p.folded, sent.start, sent.end) if is_deadline(p.folded, d)]
    return cached


def _target(p: Passage, sent: Sentence, start: int) -> str | None:
    dates = _deadlines(p, sent)
    if not dates:
        for nxt in p.sentences[sent.index + 1:sent.index + 3]:
            if _counts(p.folded, nxt):
                break
            later = [d for d in _deadlines(p, nxt) if re.search(r"前|by|before|之前", p.folded[d[0]:d[1]])]
            if later:
                return target_phrase(p.text, p.folded, later[0])
        return None
    best = min(dates, key=lambda d: abs(d[0] - start))
    return target_phrase(p.text, p.folded, best)


def _copies(p: Passage, sent: Sentence, start: int) -> int:
    """How many clusters a distributive "each" count stands for (1 when not distributive)."""
    c_start, c_end = clause_span(p.folded, sent.start, sent.end, start)
    if not _EACH.search(p.folded, c_start, start + 1):
        return 1
    for prev in reversed(p.sentences[max(0, sent.index - 3):sent.index + 1]):
        m = _COUNTED.search(p.folded, prev.start, prev.end)
        if m:
            return _CARDINALS.get(m.group(1) or m.group(2), 1)
    return 1


# Coordinated owners with a distributive or respective word before their count:
# "A, B and C will each deploy", "A 和 B 各订购", "A 与 B 分别采购 N 块和 M 块".
# "each" right after the count and its chip: "ordered about 230,000 Nvidia chips each"
_EACH_AFTER = re.compile(r"[^,.;]{0,24}?\s(?:each|apiece)\b(?!\s(?:new\s|fiscal\s|additional\s)?(?:of|year|quarter|"
                         r"month|week|day|site|building|rack|campus|location|facility|data|cluster|phase|time|hall|"
                         r"server)\b)")
# a ranking that puts the names before a count level with it
_TIED_AFTER = re.compile(
    r"[^,，。;；]{0,16}?的?(?:购买量|采购量|出货量|订单量)[^,，。;；]{0,8}?(?:并列|共同位居|位居第|位列第|排名第|紧随其后)|"
    r"[^,.;]{0,30}?\b(?:tied|tie)\s(?:for|at)\b")
_JOINTLY = re.compile(r"\b(?:jointly|together|combined|in total)\b|合计|共同|一共|总共|联合")
_CONJ_GAP = re.compile(
    r"\s?(?:,|、)?\s?(?:and|&|和|与|及|以及|同|跟)?\s?"
    # (a descriptor may stand before the next name: "字节跳动和云服务供应商 Lambda Labs")
    r"(?:[\u4e00-\u9fff]{0,6}?(?:提供商|供应商|服务商|厂商|公司)\s?|(?:cloud|ai|chip)\s(?:provider|company|firm)\s)?")
# (a comma may set "each" off: "Meta and Microsoft, each with 150,000 H100s")
# (or a resumptive word may take them up after a comma: "头号买家是 Meta 和微软，两家各采购约 15 万块")
_DISTRIBUTIVE = re.compile(
    # (after a predicate too: "字节跳动和腾讯是最大买家，两家各", "Meta and Microsoft bought the most; both")
    r"(?:\s?,(?=\s?each\b)|[^,.;。;:]{0,24}?\s?[,;]\s?(?:但|而|且|but\s)?(?:两家|三家|四家|二者|两者|三者|双方|both|the two|all three)"
    r"(?:公司|企业)?)?"
    r"[^,.;。;:]{0,30}?(?:\b(?P<each>each)\b|(?P<each_zh>各)|(?P<resp>分别|respectively))")
# A bare Chinese count after an ordering verb in a distributive sentence ("各订购了约 8 万块").
_BARE_ZH = Variants(
    r"(?:采购|採购|订购|购买|购入|部署|拥有|囤积|下单|引进|引入)了?\s?"
    r"(?:约|近|超过|逾|大约)?\s?(?P<num>{NUMBER})(?:\s?(?P<scale>万|千))?\s?(?P<cls>块|张|颗|枚)(?!钱)"
    r"|(?<=[块张颗枚])\s?(?:和|与|及)\s?(?:约|近|超过)?\s?(?P<num2>{NUMBER})(?:\s?(?P<scale2>万|千))?\s?"
    r"(?P<cls2>块|张|颗|枚)(?!钱)"
    # ("谷歌、亚马逊和甲骨文各约 5 万块": the distributive word itself before the count)
    r"|(?<=各)\s?(?:约|近|超过|逾|大约)?\s?(?P<num3>{NUMBER})(?:\s?(?P<scale3>万|千))?\s?(?P<cls3>块|张|颗|枚)(?!钱)"
)


def coordinated_owners(p: Passage, sent: Sentence, start: int, end: int | None = None) -> tuple[list[Entity], int]:
    """Owners joined by "and" / "和" right before a distributive word that leads to the count
    at `start` (or, given the count's `end`, right after it: "ordered about 230,000 chips each"),
    and, when the word pairs them with counts in turn ("分别", "respectively"), where it ends
    (else 0); ([], 0) when the count is not shared out."""
    refs = [r for r in sent.refs if r.salient and not r.brand and r.entity.can_own and r.end <= start]
    if len(refs) < 2:
        return [], 0
    folded = p.folded
    seg = folded[refs[-1].end:start]
    if "each" in seg or "各" in seg or "分别" in seg or "respectively" in seg:
        m = _DISTRIBUTIVE.match(folded, refs[-1].end, start)
        if m is None or m.end() > start or _JOINTLY.search(folded, m.end(), start):
            return [], 0  # ("A and B, each among its largest customers, jointly bought N": one count)
        respective = m.end() if m.group("resp") else 0
    elif end is not None and _EACH_AFTER.match(folded, end, min(sent.end, end + 30)) and not _JOINTLY.search(
            folded, refs[-1].end, start):
        respective = 0
    elif end is not None and _TIED_AFTER.match(folded, end, min(sent.end, end + 40)) and not _JOINTLY.search(
            folded, refs[-1].end, start):
        respective = 0  # "Meta 和微软两家公司以 15 万块 H100 的购买量并列位居第一": each bought that many
    elif end is not None and "respectively" in folded[end:min(sent.end, end + 80)] and _RESPECTIVELY_AFTER.match(
            folded, end, min(sent.end, end + 80)):
        respective = refs[-1].end  # "Amazon and Google bought around 196,000 and 169,000 respectively"
    else:
        return [], 0
    group = [refs[-1]]
    for r in reversed(refs[:-1]):
        gap = folded[r.end:group[0].start]
        if not gap.strip() or not _CONJ_GAP.fullmatch(gap):
            break
        group.insert(0, r)
    owners = list(dict.fromkeys(r.entity for r in group))
    if len(owners) < 2:
        return [], 0
    # a respective word: the counts after it are the owners' in turn (its end, for pairing)
    return owners, respective


# The first of two counts that share the chip named after the second ("224,000 and 196,000 H100s"),
# not the low end of a range ("between 10,000 and 20,000")
_PAIRED_BEFORE = re.compile(
    rf"(?<!between\s)(?<![\d,.])(?P<num>{ARABIC})(?:\s?(?P<scale>k|thousand|million))?\sand\s(?:{QUALIFIER}\s)?$"
)
_PAIRED_BEFORE_ZH = re.compile(rf"(?<![\d,.])(?P<num>{ARABIC})(?:\s?(?P<scale>万|千))?\s?(?:和|与|、)\s?(?:{QUALIFIER}\s?)?$")
# The counts paired with the owners before them in turn, "respectively" told after them
_RESPECTIVELY_AFTER = re.compile(
    rf"(?:\s?(?:,|and|,\sand)\s(?:{QUALIFIER}\s?)?{ARABIC}(?:\s?(?:k|thousand|million))?)*"
    rf"(?:\s(?:[\w-]+\s){{0,2}}?(?:{CHIP}|{GENERIC})s?)?,?\s(?:respectively)\b"
)


@dataclass(slots=True)
class _Count:
    start: int
    end: int
    num: str
    scale: str | None
    cls: str | None
    chip: str | None  # None for an elliptic count ("扩展至 100 万块", "to reach 85,000")
    more: bool
    subset: bool = False  # a part of the count before it ("50,000 of them H200")


_WAN_BEFORE = re.compile(r"(?<![\d.])(?P<wan>\d{1,4})\s?万\s?$")


def _with_wan_before(folded: str, c: _Count) -> _Count:
    """A count written as 万 and the rest ("13 万 1,072 颗" is 131,072), else `c` itself."""
    if c.scale is not None or folded[max(0, c.start - 2):c.start].strip()[-1:] != "万" or (
            wan := _WAN_BEFORE.search(folded, max(0, c.start - 6), c.start)) is None:
        return c
    rest = c.num.replace(",", "")
    if not rest.isdigit() or int(rest) >= 10_000:
        return c
    return _Count(wan.start(), c.end, str(int(wan.group("wan")) * 10_000 + int(rest)), None, c.cls, c.chip, c.more,
                  c.subset)


def _has_any(folded: str, start: int, end: int, words: tuple[str, ...]) -> bool:
    """True when one of `words` occurs in folded[start:end]."""
    return any(folded.find(w, start, end) >= 0 for w in words)


def _counts(folded: str, sent: Sentence) -> list[_Count]:
    """Counts of chips in a sentence (computed once per sentence)."""
    cached = sent.cache.get("counts")
    if cached is None:
        cached = sent.cache["counts"] = _find_counts(folded, sent)
    return cached


def _chip_words(p: Passage) -> list[tuple[int, int]]:
    """Spans of every chip name or chip word of the passage (one scan of the text), and
    each sentence's share of them in its cache."""
    if p.sentences and "chip_words" in p.sentences[0].cache:
        return [h for sent in p.sentences for h in sent.cache["chip_words"]]
    hits = [w.span() for w in _CHIP_WORD.finditer(p.folded)]
    starts = [h[0] for h in hits]
    for sent in p.sentences:
        lo = bisect_left(starts, sent.start)
        hi = bisect_left(starts, sent.end, lo)
        sent.cache["chip_words"] = hits[lo:hi]
    return hits


def _windows(folded: str, sent: Sentence) -> list[tuple[int, int]]:
    """Stretches before each chip word where its count can be (merged when they overlap)."""
    spans: list[tuple[int, int]] = []
    words = sent.cache.get("chip_words")
    if words is None:
        words = [w.span() for w in _CHIP_WORD.finditer(folded, sent.start, sent.end)]
    for w_start, w_end in words:
        start, end = max(sent.start, w_start - 48), min(sent.end, w_end + 28)
        if spans and start <= spans[-1][1]:
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((start, end))
    return spans


# "Samsung, SK Group and Hyundai will each deploy 50,000" (chips named in the sentence before)
_BARE_EACH_EN = re.compile(
    rf"\beach\s(?:deploy(?:s|ed)?|buys?|bought|order(?:s|ed)?|gets?|got|receive[sd]?|takes?|took|"
    rf"install(?:s|ed)?|operates?|runs?)\s(?:{QUALIFIER}\s?)?"
    rf"(?P<num>{ARABIC})(?:\s?(?P<scale>k|thousand|million))?(?![\d%]|[,.]\d|\s?(?:percent|%|units|people|"
    rf"employees|users|customers|shares|engineers)\b)(?=\s?[,.;]|\s(?:by|in|this|next|over|at|from)\b|$)"
)


# "Meta took about 224,000, while Amazon and Google bought around 196,000 and 169,000
# respectively" (the chips of a count in the sentence before)
_BOUGHT_WORDS = ("took", "bought", "ordered", "purchased", "acquired")
_BARE_BOUGHT_EN = re.compile(
    rf"\b(?:took|bought|ordered|purchased|acquired)\s(?:{QUALIFIER}\s?)?"
    rf"(?P<num>{ARABIC})(?:\s?(?P<scale>k|thousand|million))?"
    # (not "224,000 and 196,000 shares respectively": a count of something else)
    rf"(?!\sand\s(?:{QUALIFIER}\s?)?{ARABIC}(?:\s?(?:k|thousand|million))?\s(?!respectively\b)[a-z])"
    rf"(?:\sand\s(?:{QUALIFIER}\s?)?(?P<num2>{ARABIC})(?:\s?(?P<scale2>k|thousand|million))?,?\srespectively)?"
    rf"(?![\d%]|[,.]\d|\s?(?:percent|%|units|people|employees|users|customers|shares|engineers)\b)"
    rf"(?=\s?[,.;]|\s(?:while|whereas|and|by|in|this|last|over)\b|$)"
)


def _bare_counts(folded: str, sent: Sentence, after_each: bool = False, bought: bool = False) -> list[_Count]:
    """Counts with a classifier and no chip word after an ordering verb, in a sentence that
    shares them out ("字节跳动和腾讯各订购了约 8 万块", "分别采购 13 万块和 9 万块"); with
    `after_each` (a sentence with no chip word) also right after 各 ("甲骨文各约 5 万块") or
    "each" and a verb ("will each deploy 50,000")."""
    seg = folded[sent.start:sent.end]
    if "各" not in seg and "分别" not in seg:
        if not after_each:
            return []  # (str tests first: most sentences share nothing out)
        pattern = _BARE_EACH_EN if "each" in seg else _BARE_BOUGHT_EN if bought and any(
            w in seg for w in _BOUGHT_WORDS) else None
        if pattern is None:
            return []
        out = [_Count(m.start("num"), m.end() if pattern is _BARE_EACH_EN else m.end("scale") if m.group("scale")
                      else m.end("num"), m.group("num"), m.group("scale"), None, "gpu", False)
               for m in pattern.finditer(folded, sent.start, sent.end)]
        if pattern is _BARE_BOUGHT_EN:
            # "… bought around 196,000 and 169,000 respectively": the second count of the pair
            out += [_Count(m.start("num2"), m.end("num2"), m.group("num2"), m.group("scale2"), None, "gpu", False)
                    for m in pattern.finditer(folded, sent.start, sent.end) if m.group("num2")]
            out.sort(key=lambda c: c.start)
        return out
    out = []
    for m in _BARE_ZH.finditer(folded, sent.start, sent.end):
        n = "" if m.group("num") else "2" if m.group("num2") else "3"
        if n == "3" and not after_each:
            continue
        key, scale, cls = "num" + n, "scale" + n, "cls" + n
        out.append(_Count(m.start(key), m.end(), m.group(key), m.group(scale), m.group(cls),
                          "gpu", False))
    return out


def _find_counts(folded: str, sent: Sentence) -> list[_Count]:
    """Full counts, then elliptic ones after a full one."""
    windows = _windows(folded, sent)
    cards = [_Count(m.start(), m.end(), m.group("num") or "1", m.group("scale"), "卡", "gpu", False)
             for m in _CARD_CLUSTER.finditer(folded, sent.start, sent.end)
             # (not a kind of cluster spoken of in general: "建设万卡集群是个百亿元成本的投入")
             if m.group("num") or not _GENERIC_CLUSTER_AFTER.match(folded, m.end()) or any(
                 # (a company's own cluster stays: "字节跳动的万卡集群需要大量电力", "百度万卡集群的建设成本")
                 0 <= m.start() - r.end <= 2 for r in sent.refs)
             ] if folded.find("卡", sent.start, sent.end) >= 0 else []

    if not windows:
        # no chip word: shared-out counts and card clusters, and the gapped counts after them
        # ("谷歌、亚马逊和甲骨文各约 5 万块，云服务商 CoreWeave 约 4 万块")
        full = sorted(_bare_counts(folded, sent, after_each=True, bought=True) + cards, key=lambda c: c.start)
        return _with_elliptic(folded, sent, full) if full else full
    subsets = [_Count(m.start(), m.end(), m.group("num") or m.group("num_zh"),
                      m.group("scale") or m.group("scale_zh"), m.group("cls"), m.group("chip"),
                      False, True)
               for start, end in windows for m in _SUBSET.finditer(folded, start, end)
               ] if _has_any(folded, sent.start, sent.end, _SUBSET_WORDS) else []
    full = [_Count(m.start(), m.end(), m.group("num"), m.group("scale"), m.group("cls"),
                   m.group("chip"), bool(m.group("more") or m.group("more2")))
            for start, end in windows for m in GPU_COUNT_RE.finditer(folded, start, end)]
    full = [c for c in full if not any(s.start < c.end and c.start < s.end for s in subsets)]
    # a count told by its scale word alone: "部署百万颗 GPU" (not "数百万颗", a vague amount)
    full = [_Count(c.start, c.end, "1", c.num, c.cls, c.chip, c.more, c.subset)
            if c.num in ("百万", "十万") and c.scale is None and not _VAGUE_BEFORE_ZH.search(
                folded, max(sent.start, c.start - 1), c.start) else c for c in full]
    full = [_with_wan_before(folded, c) for c in full]
    full += subsets + _totals_of_parts(folded, sent, subsets, full)
    reversed_zh = _CLASSIFIER.search(folded, sent.start, sent.end) and _REVERSED_ZH.finditer(
        folded, sent.start, sent.end)
    for m in reversed_zh or ():
        if not any(c.start < m.end() and m.start("num") < c.end for c in full):
            full.append(_Count(m.start("num"), m.end(), m.group("num"), m.group("scale"),
                               m.group("cls"), m.group("chip"), bool(m.group("more"))))
    named = bool(full)
    if named and (folded.find("respectively", sent.start, sent.end) >= 0 or folded.find("分别", sent.start, sent.end) >= 0):
        # "Meta and Amazon bought 224,000 and 196,000 H100s respectively", "百度和阿里巴巴分别购买了 3 万和
        # 2.5 万块 H100": the first count shares the chip of the second
        for c in list(full):
            if (pair := (_PAIRED_BEFORE.search(folded, max(sent.start, c.start - 40), c.start)
                         or _PAIRED_BEFORE_ZH.search(folded, max(sent.start, c.start - 20), c.start))) and not any(
                    f.start < pair.end("num") and pair.start("num") < f.end for f in full):
                full.append(_Count(pair.start("num"), pair.end("scale") if pair.group("scale") else pair.end("num"),
                                   pair.group("num"), pair.group("scale"), c.cls, c.chip, False))
        full.sort(key=lambda c: c.start)
    # (bought counts with their chips in the sentence before only when this one counts none itself:
    # "…, far ahead of Meta, which bought 224,000" is the elliptic count of the full one)
    for c in _bare_counts(folded, sent, after_each=True, bought=not named) + cards:
        if c in cards and c.num == "1" and any(
                f.end <= c.start and _CLUSTER_OF_BETWEEN.fullmatch(folded, f.end, c.start) for f in full):
            continue  # "部署 10 万张 GPU 组成的万卡集群": the class of the cluster just counted
        if not any(f.start < c.end and c.start < f.end for f in full):
            full.append(c)
    if not full:
        return _counts_after_chip(folded, sent)
    if not named:
        # no count names its chip: the counts after a chip model count too ("Hopper 架构 GPU
        # 约有 5 万块，其中 H800 和 H100 各约 1 万块")
        full += [c for c in _counts_after_chip(folded, sent)
                 if not any(f.start < c.end and c.start < f.end for f in full)]
    full.sort(key=lambda c: c.start)
    return _with_elliptic(folded, sent, full)


def _with_elliptic(folded: str, sent: Sentence, full: list[_Count]) -> list[_Count]:
    """The full counts of a sentence and the elliptic ones after the first of them."""
    out = list(full)
    rest = full[0].end
    digits = _DIGIT.search(folded, rest, sent.end)
    for rx in (_ELLIPTIC_ZH if _has_any(folded, rest, sent.end, _ELLIPTIC_ZH_CLASSIFIERS) else None,
               _ELLIPTIC_EN if digits else None,
               _UP_FROM_HAD if folded.find("up from", rest, sent.end) >= 0 else None,
               _GAPPED_EN if digits and sent.refs else None):
        if rx is None:
            continue
        for m in (_gapped_en(folded, sent, rest) if rx is _GAPPED_EN else rx.finditer(folded, rest, sent.end)):
            if any(c.start < m.end("num") and m.start("num") < c.end for c in out):
                continue
            if rx is _GAPPED_EN and any(
                    _OTHER_THINGS.match(folded, n.end()) for n in _NUMBER_TOKEN.finditer(
                        folded, max(c.end for c in out if c.end <= m.start()), m.start("name"))):
                continue  # another count since the chips ("and employs 70,000 people; Google 180,000")
            if rx is _ELLIPTIC_EN:
                since = max(c.end for c in out if c.end <= m.start())
                if m.group().endswith("units") and _CONTRAST_BETWEEN.search(folded, since, m.start()) and not any(
                        since <= r.start < m.start() for r in sent.refs):
                    continue  # "units" of another thing ("…, while its energy arm will install 2,000 units")
                if _TOTAL_TO.search(folded, max(0, m.start() - 6), m.end()) and len(
                        {r.entity for r in sent.refs if r.salient and r.end <= m.start()}) > 1:
                    continue  # the sum of several owners' counts ("…, bringing the total to 260,000")
            out.append(_Count(m.start("num"), m.end(), m.group("num"), m.group("scale"),
                              m.groupdict().get("cls"), None, False))
    out.sort(key=lambda c: c.start)
    return out


# A total told with only its classifier, right before its part: "将翻倍至 20 万块（其中 5 万块
# H200）", "扩展至 20 万块，其中 5 万块为 H200". The total is a count of GPUs.
_TOTAL_BEFORE_PART = Variants(
    r"(?P<num>{NUMBER})(?:\s?(?P<scale>万|千|百万|十万))?\s?(?P<cls>块|张|颗|枚)\s?[(（,，]?\s?$"
)


def _totals_of_parts(folded: str, sent: Sentence, subsets: list[_Count], full: list[_Count]
                     ) -> list[_Count]:
    """The totals without a chip word that Chinese parts ("其中 N 块 H200") follow."""
    out = []
    for part in subsets + full:
        # the part opens with 其中 ("其中 5 万块为 H200", "其中5万块H200")
        anchor = max(folded.rfind("其中", max(sent.start, part.start - 4), part.start + 2),
                     folded.rfind("当中", max(sent.start, part.start - 4), part.start + 2))
        if anchor < 0:
            continue
        m = _TOTAL_BEFORE_PART.search(folded, max(sent.start, anchor - 16), anchor)
        if m and not any(c.start < m.end() and m.start("num") < c.end for c in full):
            out.append(_Count(m.start("num"), m.end("cls"), m.group("num"), m.group("scale"),
                              m.group("cls"), "gpu", False))
    return out


_WHICH_BEFORE = re.compile(r",\s(?:which|who)\b[^,.;]{0,30}$")
_NUMBER_TOKEN = re.compile(r"\d(?:[\d,.]*\d)?")
_OTHER_THINGS = re.compile(
    r"\s(?:[a-z]+\s)?(?:people|employees|staff|engineers|researchers|workers|users|customers|scientists|"
    r"servers|racks|nodes)\b")
_UNITS_OF_OTHER = re.compile(r"\sof\s(?!(?:it|them|the chips?|those|these)\b)")
_SHIPS = re.compile(r"\b(?:sold|sells|shipped|ships|delivered|delivers)\b")
_SERVER_WORDS = re.compile(r"\b(?:servers?|racks?|nodes?|systems?|consoles?)\b")
_UNITS_EN = re.compile(rf"(?<![\d,.])(?P<num>{ARABIC})(?:\s?(?P<scale>k|thousand|million))?\s(?:more\s)?units\b")
_SAME_CHIPS = re.compile(r"\b(?:the same|these|those)\b|同样的|同款|这些|这批")
_PRICE_WORD = re.compile(r"售价|价格|单价|报价|价值|花费|成本|元|美元|钱|price|cost")


def _counts_after_chip(folded: str, sent: Sentence) -> list[_Count]:
    """"采购英伟达 H20 芯片，拟先试购约 2 万颗": a Chinese count with a classifier and no chip
    word takes the chip model named earlier in its sentence."""
    zh = _has_any(folded, sent.start, sent.end, _ELLIPTIC_ZH_CLASSIFIERS)
    en = folded.find("units", sent.start, sent.end) >= 0
    if not zh and not en:
        return []  # no classifier, no such count
    chip = CHIP_TOKEN_RE.search(folded, sent.start, sent.end)
    if chip is None:
        return []
    # "If Nvidia's H200 is cleared …, it intends to start with a test order of about 20,000 units"
    out = [_Count(m.start("num"), m.end(), m.group("num"), m.group("scale"), None, chip.group(1), False)
           for m in (_UNITS_EN.finditer(folded, chip.end(), sent.end) if en else ())
           # (not units of something else, sold or shipped, or servers between: "sold 2 million units of
           # its game consoles", "5,000 Dell servers")
           if not _UNITS_OF_OTHER.match(folded, m.end()) and not _SHIPS.search(
               folded, clause_span(folded, sent.start, sent.end, m.start())[0], m.start())
           and not _SERVER_WORDS.search(folded, chip.end(), m.start())]
    for m in _ELLIPTIC_ZH.finditer(folded, chip.end(), sent.end) if zh else ():
        c_start, _ = clause_span(folded, sent.start, sent.end, m.start())
        if _PRICE_WORD.search(folded, c_start, m.end() + 2):
            continue  # "售价约 2 万块" is a price in yuan
        out.append(_Count(m.start("num"), m.end(), m.group("num"), m.group("scale"), m.group("cls"),
                          chip.group(1), False))
    return out


def extract_gpus(p: Passage) -> list[dict]:
    """GPU count facts of a passage (contract dicts), de-duplicated."""
    facts: list[dict] = []
    keys: dict[tuple[str, int], list[str]] = {}  # (owner, count) -> chips already reported
    by_key: dict[tuple[str, int], list[dict]] = {}  # (owner, count) -> facts reported
    passage_chip: str | None | bool = False  # computed lazily
    folded = p.folded
    if not _chip_words(p):
        return facts  # no chip named, no count
    for sent in p.sentences:
        if not sent.cache["chip_words"] and not any(
                prev.cache["chip_words"] for prev in p.sentences[max(0, sent.index - 2):sent.index]) and not (
                # (cards shared out in a passage about chips named further back: "三星电子、SK集团、现代汽车集团
                # 将各引进5万张")
                (folded.find("各", sent.start, sent.end) >= 0 or folded.find("分别", sent.start, sent.end) >= 0)
                and any(not _CJK_NEXT.match(folded, b.end()) for b in _BARE_ZH.finditer(folded, sent.start, sent.end))
                and any(prev.cache["chip_words"] for prev in p.sentences[:sent.index])):
            continue  # no chip word here or just before: no count
        prev_end = sent.start
        counts = _counts(folded, sent)
        last_chip: str | None = None
        last_status: str | None = None
        last_owner: tuple | None = None
        chip_tokens: list[tuple[int, str]] | None = None
        free_chips: list[str] = []
        for m in counts:
            count = value_of(m.num, m.scale)
            if count is None or count < 100 or not float(count).is_integer():
                continue
            if m.chip is None and (last_chip is None or count < 1000):
                continue
            if not m.scale and not m.cls and re.fullmatch(r"(?:19|20)\d\d", m.num):
                continue  # a year: "in 2024 H100 prices rose"
            if any(t.start() < m.start < t.end() for t in CHIP_TOKEN_RE.finditer(folded, max(sent.start, m.start - 12),
                                                                              min(sent.end, m.end))):
                continue  # the digits of a chip's name: "its own Maia 100 accelerators"
            if _MONEY_BEFORE.search(folded, max(0, m.start - 4), m.start):
                continue
            if _PER_UNIT_BEFORE.search(folded, max(sent.start, m.start - 30), m.start) or (
                    folded.find("each", max(sent.start, m.start - 40), m.start) >= 0
                    and _EACH_CAPABLE.search(folded, max(sent.start, m.start - 40), m.start)) or (
                    folded.find("each", max(sent.start, m.start - 70), m.start) >= 0
                    and (each := _EACH_MEANT_TO.search(folded, max(sent.start, m.start - 70), m.start))
                    and not any(r.salient and r.entity.kinds & {"lab", "cloud"} and r.end <= each.start()
                                for r in sent.refs)
                    ) or _POD_SIZES_AFTER.match(
                    folded, m.end, min(sent.end, m.end + 40)) or (_ONE_UNIT_AFTER.match(
                    folded, m.end, min(sent.end, m.end + 40)) and (count <= 1024 or _LINKS_BEFORE.search(
                    folded, max(sent.start, m.start - 20), m.start))):
                continue  # "8 个、每个 1024 颗的切片", "racks each with 72 GPUs": a unit's size
            if _MADE_OF.search(folded, max(sent.start, m.start - 30), m.start) or (
                    _STOCK_BEFORE.search(folded, max(sent.start, m.start - 16), m.start)
                    and _sellers_stock(sent, m.start)) or (
                    _CAN_GROW_TO.search(folded, max(sent.start, m.start - 12), m.start)
                    and _PRODUCT_SUBJECT.search(folded, sent.start, m.start)):
                continue  # "该系统由 384 颗昇腾 910C 互联而成" (a product's make-up), "库存仅约 70 万颗"
            capacity = _CAPACITY_BEFORE.search(folded, max(sent.start, m.start - 24), m.start)
            if capacity and not (
                    # ("已串联超过 50 万颗此类芯片": chips linked already are a fleet, not what a product can link)
                    folded.endswith(("已", "已经"), max(sent.start, capacity.start() - 2), capacity.start())
                    # (not a product's proven capability: "已可互联 8192 颗", "已经支持 384 颗")
                    and capacity.group().startswith(("串联", "串接", "连接", "互联"))) and not (
                    _HOUSES.search(capacity.group())  # "容纳", "accommodate": a site houses chips
                    and (_SITE_HOLDS.search(folded, sent.start, m.start)
                         or _WILL_BEFORE.search(folded, max(sent.start, capacity.start() - 8), capacity.start()))
                    and not _PRODUCT_HOLDS.search(folded, sent.start, m.start)):
                continue
            if (_HOURS_AFTER.match(folded, m.end) or _RACK_AFTER.match(folded, m.end)
                    or (folded.endswith("卡", m.start, m.end) and _CARD_TIME_AFTER.match(folded, m.end))
                    or _COMPARED_BEFORE.search(folded, max(sent.start, m.start - 60), m.start)):
                continue
            # a fleet told in a chip's equivalents ("600,000 H100 equivalents", "相当于 8 万张 H100")
            # is a count of that unit; the models read an H100-equivalent as H100-class GPUs (a
            # total that may include the chips named beside it)
            equated = None if _EQUIV_AFTER.match(folded, m.end) else _EQUIV_BEFORE.search(
                folded, max(sent.start, m.start - 30), m.start)
            if equated is not None and _SHARE_OF_BETWEEN.search(folded, equated.end(), m.start):
                equated = None  # "equivalent to half of its 100,000 H100s": the chips themselves
            equivalent = equated is not None or bool(_EQUIV_AFTER.match(folded, m.end))
            if equivalent:
                c_lo = clause_span(folded, sent.start, sent.end, m.start)[0]
                if (m.chip is None or chip_name(m.chip) == "GPU" or count < 1000  # no unit; pods
                        # (a count restated in another chip's equivalents is the same fleet: only
                        # H100-equivalents, the models' own unit, are kept beside it)
                        or (prev_end > sent.start and chip_name(m.chip) != "H100")
                        or _NOT_A_FLEET.search(folded, c_lo, m.start)
                        or _IF.search(folded, sent.start, m.start)
                        or any(c_lo <= x.start < m.end for x in sent.money)
                        or _RUNNING_FOR_AFTER.match(folded, m.end, min(sent.end, m.end + 24))
                        or _NOT_A_FLEET_AFTER.match(folded, m.end, min(sent.end, m.end + 40))
                        or (equated is not None and not (
                            # (the fleet may be a count just before: "1 million GPUs online, equivalent to")
                            _EQUATED_FLEET.search(folded, max(sent.start, equated.start() - 40), equated.start())
                            or _EQUATED_FLEET.search(folded, m.end, min(sent.end, m.end + 16))))):
                    continue
            c_start, c_end = clause_span(folded, sent.start, sent.end, m.start)
            if denied(folded, stretch_start(folded, sent.start, m.start), m.start, m.end, sent.end):
                continue  # "DeepSeek 否认拥有 5 万张 H100", "Meta does not plan to buy 1 million GPUs"
            if CONDITIONAL.match(folded, c_start) or (
                    if_clause_before(folded, sent, c_start) and _NEED.search(folded, c_start, m.start)
                    and not _FIRM_PLAN.search(folded, c_start, m.start)):
                continue  # a need under an if-clause ("若需求…，十年后恐怕需要 100 万颗"); a plan or
                # a count held now stays ("若获准…拟先试购约 2 万颗", "若以 H100 计算，目前拥有")
            if _NEED.search(folded, c_start, m.start) and _ESTIMATE.search(
                    folded, max(sent.start, c_start - 30), m.start) and not (
                    _FIRM_PLAN.search(folded, c_start, m.start)):
                continue  # an outside estimate of what a job needs ("一份分析估算：训练 Sora 大约需要 1 万块 H100")
            if _WOULD_REQUIRE_BEFORE.search(folded, max(c_start, m.start - 40), m.start) or (
                    (delivered := _DELIVERED_AFTER.match(folded, m.end, c_end)) and (
                        # (a market's shipments: "delivered to data centers"; an owner named in the sentence
                        # or the passage keeps its chips: "The first 16,000 GB200s were delivered in June")
                        _TO_THE_MARKET.match(folded, delivered.end(), c_end)
                        or (not sent.refs and sent.focus is None))) or _SLICES_OF.search(
                    folded, max(sent.start, m.start - 8), m.start):
                # "it was reported that ChatGPT would require more than 30,000 GPUs" (a need, no fleet),
                # "over 3.8 million GPUs were delivered to data centers" (a market's shipments),
                # "provisioned as 8 × 1,024 chip slices" (the size of one slice)
                continue
            if _DEFINES.search(folded, sent.start, min(sent.end, m.end + 8)):
                continue  # "万卡集群是指由一万张及以上的加速卡组成的系统": a definition, no one's chips
            if _SALES_VOLUME_BEFORE.search(folded, max(c_start, m.start - 16), m.start) and not any(
                    _SOLD_TO_BEFORE.search(folded, max(sent.start, r.start - 5), r.start)
                    and (r.start > m.end or r.end <= m.start) for r in sent.refs if r.entity.can_own):
                continue  # "GPU 的销量将超过 50 万块", "shipments of 500,000 H100s": a maker's sales, no fleet
            if _RATE_BEFORE.search(folded, max(c_start, m.start - 12), m.start):
                continue  # "每年采购约 1 万颗", "adding 50,000 GPUs a year": a rate, not a fleet
            if _HYPOTHETICAL.search(folded, c_start, c_end) and any(
                    x.start >= c_start and x.end <= c_end + 20 for x in sent.money
            ) and COST_CUE.search(folded, c_start, min(sent.end, c_end + 20)):
                continue
            owner, provider, named = site_owner(p, sent, m.start, m.end)
            gapped = gapped_name(folded, sent, prev_end, m.start, salient_only=True) if m.chip is None else None
            if gapped is not None:
                # "，特斯拉约 1.5 万块": the name of a gapped clause is its subject, renting from whom the
                # count before rents ("微软从 CoreWeave 租用约 10 万块 GB200，OpenAI 约 5 万块")
                owner, provider, named = gapped.entity, (last_owner[1] if last_owner else None), True
            relative = _WHICH_BEFORE.search(folded, prev_end, m.start) if m.chip is None else None
            if relative is not None and (named_by := next(
                    (r for r in sent.refs if r.end == relative.start() and r.entity.can_own), None)):
                # "far ahead of Meta, which bought 224,000": the name the relative clause is about
                owner, provider, named = named_by.entity, None, True
            elif m.chip is None and last_owner is not None and not any(
                    r.salient and prev_end <= r.start < m.start for r in sent.refs):
                # an elliptic count goes on about the one before ("taking up to 8,000 GPUs …
                # with the option to scale to 31,000 over time")
                owner, provider, named = last_owner
            if owner is None:
                continue
            if provider is None and _neocloud(owner) and (customer := _neocloud_customer(p, sent, owner)) is not None:
                # "Nscale targets 104,000 GB300 GPUs at a Texas campus, with services for Microsoft":
                # the customer of the neocloud's deal uses the chips it deploys
                owner, provider = customer, owner
            last_owner = (owner, provider, named)
            if m.chip is None:
                chip = last_chip
            else:
                chip = chip_name(m.chip)
            if chip == "GPU":
                # a chip named in the sentence, unless it belongs to another count
                if chip_tokens is None:
                    chip_tokens = [(t.start(), chip_name(t.group(1)))
                                   for t in CHIP_TOKEN_RE.finditer(folded, sent.start, sent.end)]
                    # "H100-equivalent compute" names a unit, not the chips counted
                    free_chips = [name for pos, name in chip_tokens
                                  if not any(o.start <= pos < o.end for o in counts)
                                  and not _equivalent_unit(folded, pos)]
                own = [name for pos, name in chip_tokens if m.start <= pos < m.end]  # "Hopper chips"
                tokens = [t for t in own + free_chips if t != "GPU"]
                if tokens:
                    chip = tokens[0]
                elif facts and _SAME_CHIPS.search(folded, m.start, m.end):
                    chip = facts[-1]["chip"]  # "20,000 of the same processors": the chips told before
                else:
                    if passage_chip is False:
                        passage_chip = _chip_in_passage(p)
                    chip = passage_chip or "GPU"
            if equivalent:
                chip = f"{chip}-equivalent"
            last_chip = chip
            status = _status(p, sent, m.start, m.end, prev_end)
            # (a fleet restated right after its count, "200,000 GPUs, equivalent in scale to 300,000
            # H100s", is that count's; one told in a clause of its own keeps its own plan)
            restated = (equated is not None and prev_end > sent.start and equated.start() - prev_end <= 20
                        and not _PLANNED_WORDS.search(folded, prev_end, equated.start()))
            if last_status is not None and (m.subset or _JOINED_COUNT.fullmatch(folded, prev_end, m.start)
                                            or gapped is not None or restated
                                            or (equivalent and status != "planned")):
                # a part, "N 块和 M 块", a gapped "百度约 3 万块" or the same fleet in equivalents
                # ("1 million GPUs online by year-end, equivalent to 2 million H100s") shares the
                # plan or state before
                status = last_status
            last_status = status
            if not equivalent:
                # (the plan before an equivalent fleet still governs the count after it: "plans to
                # end the year with compute equivalent to 600,000 H100s, including 350,000 H100s")
                prev_end = m.end
            target = _target(p, sent, m.start) if status == "planned" else None
            qualifier = qualifier_before(folded[max(0, m.start - 16):m.start])
            if m.more:
                qualifier = qualifier or "over"
            elif qualifier is None and (after := _HEDGE_AFTER_COUNT.match(folded, m.start, min(sent.end, m.end + 3))):
                qualifier = AFTER_QUALIFIERS[after.group("hedge")]  # "10 万张以上的 H800", "100k+ GPUs"
            pairs = [(owner, provider)]
            shared, respective = coordinated_owners(p, sent, m.start, m.end)
            if shared and respective and sum(1 for c in counts if c.start >= respective and not c.subset) == 1:
                pairs = [(e, None) for e in shared]  # "字节跳动和腾讯分别订购了约 23 万枚": one count, each
            elif shared and respective:
                # "A 与 B 分别采购 N 块和 M 块": the i-th count is the i-th owner's
                turn = sum(1 for c in counts if respective <= c.start < m.start and not c.subset)
                pairs = [(shared[turn], None)] if turn < len(shared) else pairs
            elif shared:
                pairs = [(e, None) for e in shared]  # "A and B will each deploy N"
            if shared:
                last_owner = (owner, None, named)  # (no provider for a gapped count after a shared one)
            # "其中 H800 和 H100 各约 1 万块", "about 10,000 each of H800 and H20 chips": one count per chip
            for owner, provider in pairs:
                for each_chip in _chips_shared_out(folded, sent, m) or [chip]:
                    _report(p, sent, facts, keys, by_key, owner, provider, named, count, each_chip,
                            status, target, qualifier, m, 1 if shared else _copies(p, sent, m.start))
    return facts


# a hedge after the count's classifier or scale: "10 万张以上的 H800", "约 1 万块左右", "100k+ GPUs"
_HEDGE_AFTER_COUNT = re.compile(
    rf"(?:{NUMBER}\s?(?:万|千|百万|十万)?\s?[个张块台枚颗片套]\s?|{ARABIC}\s?(?:k|thousand|million)?)"
    r"(?P<hedge>以上(?!网)|左右|\+)"
)


_CHIP_LIST = rf"{CHIP}s?(?:\s?(?:、|,|和|与|及|以及|and|&)\s?{CHIP}s?)+"
_EACH_OF_CHIPS = re.compile(rf" each of (?:the )?(?P<chips>{_CHIP_LIST})")
_CHIPS_EACH_BEFORE = re.compile(rf"(?P<chips>{_CHIP_LIST})\s?(?:芯片|gpu|显卡)?\s?各\s?(?:{QUALIFIER}\s?)?$")


def _chips_shared_out(folded: str, sent: Sentence, m: _Count) -> list[str]:
    """The chips a count is shared out over ("H800 和 H100 各约 1 万块"); [] when it counts one kind."""
    lo = max(sent.start, m.start - 40)
    # (str.find first: every match holds 各, and most counts have none before them)
    found = _CHIPS_EACH_BEFORE.search(folded, lo, m.start) if folded.find("各", lo, m.start) >= 0 else None
    if found is None:
        each = folded.find(" each of ", m.start, m.end)
        found = _EACH_OF_CHIPS.match(folded, each, min(sent.end, m.end + 40)) if each >= 0 else None
    if found is None:
        return []
    names = list(dict.fromkeys(chip_name(t.group(1)) for t in CHIP_TOKEN_RE.finditer(found.group("chips"))))
    return names if len(names) > 1 else []


def _of_family(family: str, chip: str) -> bool:
    """True when `chip` is a model of the chip family `family` ("Kunlun" of "Kunlun P800", "TPU" of
    "TPU v5p", "Ascend" of "Ascend 910C")."""
    return chip.startswith(family + " ")


def _report(p: Passage, sent: Sentence, facts: list[dict], keys: dict, by_key: dict,
            owner: Entity, provider: Entity | None, named: bool, count: float, chip: str,
            status: str, target: str | None, qualifier: str | None, m: _Count, copies: int) -> None:
    """Add the fact of one count for one owner unless it repeats one already reported."""
    key = (owner.name, int(count))
    chips_seen = keys.setdefault(key, [])
    if copies == 1 and any(c == chip or "GPU" in (c, chip) or _of_family(c, chip) or _of_family(chip, c)
                           for c in chips_seen):
        vaguer = next((c for c in chips_seen if c == "GPU" or _of_family(c, chip)), None)
        if chip != "GPU" and vaguer is not None and vaguer != chip:
            # a repeat that names the model: "10 万颗 GPU" ... "10 万颗 Hopper GPU", "3 万卡昆仑芯" ...
            # "3 万张昆仑芯 P800"
            for fact in by_key[key]:
                if fact["chip"] == vaguer:
                    fact["chip"] = chip
            chips_seen[chips_seen.index(vaguer)] = chip
        return
    confidence = 0.6 + (0.15 if named else 0) + (0.1 if chip != "GPU" else 0)
    confidence -= 0.15 if m.chip is None else 0
    confidence -= 0.05 if qualifier else 0  # a hedged count ("about", "more than")
    chips_seen.append(chip)
    for _ in range(copies):
        fact = {
            "owner": owner.name,
            "count": int(count),
            "chip": chip,
            "status": status,
            "target_date": target,
            "provider": provider.name if provider else None,
            "qualifier": qualifier,
            "evidence": p.evidence(sent),
            "span": [sent.start, sent.end],
            "confidence": round(min(confidence, 0.95), 2),
        }
        facts.append(fact)
        by_key.setdefault(key, []).append(fact)
