"""Guards from review 28 (probes written for that review): the edges of the narrowing after review 27
and of the rules since, fixed in facts-2026.11.29.183. Each probe keeps the answer it has after the fix."""

from __future__ import annotations

import pytest

from tests.extractors.guard_summary import guard_summary

CASES = [
    # k001
    ('CoreWeave raised $1.1 billion in May and is on track to close the year with $2 billion in revenue.',
     {'funding': [('CoreWeave', 1100000000, None, None, ())], 'gpus': [], 'costs': [], 'power': []}),
    # k002
    ('Anthropic raised $13 billion and is on track to raise its annual revenue to $5 billion.',
     {'funding': [('Anthropic', 13000000000, None, None, ())], 'gpus': [], 'costs': [], 'power': []}),
    # k003
    ('Mistral AI closed a €1.7 billion Series C and is on track for a new funding round in 2026.',
     {'funding': [('Mistral AI', 1700000000, 'Series C', None, ())], 'gpus': [], 'costs': [], 'power': []}),
    # k011
    ('Anthropic is on track for a round of layoffs after it raised $13 billion.',
     {'funding': [('Anthropic', 13000000000, None, None, ())], 'gpus': [], 'costs': [], 'power': []}),
    # k012
    ('OpenAI said its round, expected to total $40 billion, will be led by SoftBank.',
     {'funding': [('OpenAI', 40000000000, None, None, ('SoftBank',))], 'gpus': [], 'costs': [], 'power': []}),
    # i005
    ('The International Energy Agency projects that data centres will spend $580 billion this year.',
     {'funding': [], 'gpus': [], 'costs': [], 'power': []}),
    # i018
    ('The International Energy Agency warns that data centres will spend $580 billion on electricity by 2030.',
     {'funding': [], 'gpus': [], 'costs': [], 'power': []}),
    # i017
    ('A startup backed by the Israel Innovation Authority will spend $20 million on Nvidia GPUs.',
     {'funding': [], 'gpus': [], 'costs': [], 'power': []}),
    # i015
    ('The Environmental Protection Agency will spend $50 million to study the water use of data centers.',
     {'funding': [], 'gpus': [], 'costs': [], 'power': []}),
    # i010
    ('The Tennessee Valley Authority will spend $1.5 billion on new transmission lines for data centers in Memphis.',
     {'funding': [], 'gpus': [], 'costs': [], 'power': []}),
    # i019
    ('The National Development and Reform Commission will allocate 10 billion yuan to national computing hubs.',
     {'funding': [], 'gpus': [], 'costs': [(10000000000, 'CNY')], 'power': []}),
    # p002
    ('星河智算中心项目开工，该项目毗邻已投产的银河数据中心项目，项目总投资 20 亿元。',
     {'funding': [], 'gpus': [], 'costs': [(2000000000, 'CNY')], 'power': []}),
    # x001
    ('Crunchly, which makes potato chips, raised $20 million in a Series A.',
     {'funding': [], 'gpus': [], 'costs': [], 'power': []}),
    # g006
    ("Oracle's capex will range from $25 billion in a low case to $35 billion in a high case.",
     {'funding': [], 'gpus': [], 'costs': [(25000000000, 'USD')], 'power': []}),
    # m006
    ("Oracle's capex hit $8.5 billion in the quarter, a figure larger than its free cash flow, up from $2 billion a year before.",
     {'funding': [], 'gpus': [], 'costs': [(2000000000, 'USD'), (8500000000, 'USD')], 'power': []}),
    # m001
    ("Unlike its revenue, Meta's capex rose from $28 billion to $39 billion.",
     {'funding': [], 'gpus': [], 'costs': [(28000000000, 'USD'), (39000000000, 'USD')], 'power': []}),
    # m004
    ('腾讯在营收增长的同时，将资本开支从 500 亿元提高至 900 亿元。',
     {'funding': [], 'gpus': [], 'costs': [(50000000000, 'CNY'), (90000000000, 'CNY')], 'power': []}),
    # p001
    ('昨日，星河智算中心项目开工，该中心主要服务新能源汽车研发项目。项目总投资 20 亿元。',
     {'funding': [], 'gpus': [], 'costs': [(2000000000, 'CNY')], 'power': []}),
    # p004
    ('星河智算中心项目位于高新区，将服务智能制造等产业项目。项目总投资 35 亿元。',
     {'funding': [], 'gpus': [], 'costs': [(3500000000, 'CNY')], 'power': []}),
    # p014
    ('星河智算中心项目今天签约。项目地处西部枢纽节点，总投资 40 亿元。',
     {'funding': [], 'gpus': [], 'costs': [(4000000000, 'CNY')], 'power': []}),
    # p016
    ('星河智算中心项目开工，将与园区内的酒店项目共享配电设施，项目总投资 20 亿元。',
     {'funding': [], 'gpus': [], 'costs': [(2000000000, 'CNY')], 'power': []}),
    # x005
    ('Since January, Mistral AI has been in talks on a round expected to total €2 billion.',
     {'funding': [('Mistral AI', 2000000000, None, None, ())], 'gpus': [], 'costs': [], 'power': []}),
    # x013
    ('Mistral AI, backed by Nvidia since 2024, is raising a new round expected to total €2 billion.',
     {'funding': [('Mistral AI', 2000000000, None, None, ('Nvidia',))], 'gpus': [], 'costs': [], 'power': []}),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_review_28_guard(text, expected):
    assert guard_summary(text) == expected
