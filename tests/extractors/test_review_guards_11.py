"""Cases from the eleventh independent review (its probes, with what is right)."""

from __future__ import annotations

import pytest

from extractors.facts import extract_facts


def _facts(text: str) -> list[tuple]:
    facts = extract_facts(text)
    got = [("funding", f["lab"], f["amount"]) for f in facts["funding"]]
    got += [("gpus", g["owner"], g["count"]) for g in facts["gpus"]]
    got += [("costs", c["subject"], c["amount"]) for c in facts["costs"]]
    got += [("power", x["subject"], x["mw"]) for x in facts["power"]]
    return got


@pytest.mark.parametrize("text, expected", [
    # a gapped clause after a sum repeats its kind only when it holds just a name
    ("微软资本开支约800亿美元，营收约2800亿美元。", [("costs", "Microsoft", 80e9)]),
    ("谷歌营收约3500亿美元，资本开支约750亿美元。", [("costs", "Google", 75e9)]),
    ("谷歌资本开支约750亿美元，折合约5400亿元人民币。", [("costs", "Google", 75e9)]),
    ("字节跳动今年资本开支约1600亿元，腾讯约900亿元。", [("costs", "ByteDance", 160e9), ("costs", "Tencent", 90e9)]),
    # money set aside is spending only when it is for compute
    ("Tesla has set aside $5 billion for Nvidia GPUs this year.", [("costs", "Tesla", 5e9)]),
    ("OpenAI set aside $2 billion for employee stock compensation.", []),
    ("OpenAI set aside $1.5 billion for a legal settlement with authors.", []),
    # a gapped investor clause with a pronoun, a time or a source after the amount
    ("Amazon invested $8 billion in Anthropic, and Google $3 billion in it too.",
     [("funding", "Anthropic", 8e9), ("funding", "Anthropic", 3e9)]),
    ("Amazon invested $8 billion in Anthropic, and Google $3 billion last year.",
     [("funding", "Anthropic", 8e9), ("funding", "Anthropic", 3e9)]),
    ("Nvidia invested $2 billion in xAI, and Cisco $500 million (Reuters).",
     [("funding", "xAI", 2e9), ("funding", "xAI", 5e8)]),
    ("英伟达向xAI投资20亿美元，微软则约800亿美元用于数据中心。",
     [("funding", "xAI", 2e9), ("costs", "Microsoft", 80e9)]),
    # 迄今/至今 only right before what was raised
    ("月之暗面至今完成多轮融资，最新一轮融资约5亿美元由IDG领投。", [("funding", "Moonshot AI", 5e8)]),
    ("DeepSeek至今未融资，而月之暗面本月完成5亿美元融资。", [("funding", "Moonshot AI", 5e8)]),
    ("xAI至今已融资约220亿美元，最近一轮为100亿美元。", [("funding", "xAI", 10e9)]),
    # a site of one gigawatt with its cost is no price per gigawatt
    ("xAI is building a one gigawatt site in Memphis at a cost of $20 billion.",
     [("costs", "xAI", 20e9), ("power", "xAI", 1000)]),
    # another company's figure after "against" is not the subject's
    ("Microsoft will spend $80 billion this year, against $55 billion for Google.", [("costs", "Microsoft", 80e9)]),
    ("Meta guided to capex of $70 billion to $72 billion, versus $39 billion last year.",
     [("costs", "Meta", 70e9), ("costs", "Meta", 39e9)]),
    # units of something else, or units shipped, are no fleet
    ("Tencent, which bought H20 chips, sold 2 million units of its game consoles.", []),
    ("ByteDance ordered Nvidia's H20, and Nvidia shipped 300,000 units of it in the quarter.", []),
    ("xAI bought GB200 servers from Dell, about 5,000 units in total.", []),
    ("If Nvidia's H20 is cleared, Alibaba plans an initial order of about 40,000 units.", [("gpus", "Alibaba", 40000)]),
    # a number of places or a percentage between does not stop a gapped count
    ("Meta has 350,000 H100s in 2 data centers, Google 200,000.", [("gpus", "Meta", 350000), ("gpus", "Google", 200000)]),
    ("Meta has 350,000 H100s, up 50% from last year, and Google 200,000.",
     [("gpus", "Meta", 350000), ("gpus", "Google", 200000)]),
    # money committed to a lab over years is a round
    ("Amazon committed $4 billion to Anthropic over two years.", [("funding", "Anthropic", 4e9)]),
    ("Google committed $3 billion to Anthropic, a startup building cloud-based AI.", [("funding", "Anthropic", 3e9)]),
    # an aim is no round unless it was met
    ("Anthropic aimed to raise $10 billion; talks are continuing.", []),
    ("OpenAI initially sought to raise $40 billion from SoftBank and others.", []),
    ("OpenAI aimed to raise $40 billion and did, closing the round in March.", [("funding", "OpenAI", 40e9)]),
    # a named cluster that would need power keeps it
    ("xAI's Colossus 2, a cluster that would need 1.2 GW, is under construction in Memphis.", [("power", "xAI", 1200)]),
    # a capex total is capex
    ("微软资本开支总额增至880亿美元。", [("costs", "Microsoft", 88e9)]),
    # a charge is no cost; a stake paid for is a round
    ("Nvidia guided to a $4.5 billion charge on H20 inventory.", []),
    ("SoftBank laid out $30 billion for its OpenAI stake.", [("funding", "OpenAI", 30e9)]),
])
def test_review_guard(text, expected):
    assert _facts(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Meta laid out $14.3 billion for 49% of Scale AI.", [("funding", "Scale AI", 14.3e9)]),
    ("Microsoft spent $10 billion for a 49% stake in OpenAI.", [("funding", "OpenAI", 10e9)]),
    ("Alphabet spent roughly double the $91.4 billion it laid out on property and equipment last year.",
     [("costs", "Alphabet", 91.4e9)]),
])
def test_money_laid_out_for_a_stake_is_a_round_and_on_equipment_a_cost(text, expected):
    assert _facts(text) == expected
