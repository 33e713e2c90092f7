"""Guards from review 30 (probes written for that review): the edges of the rules of the session
fixed in facts-2026.11.29.198. Each probe keeps the answer it has after the fix."""

from __future__ import annotations

import pytest

from tests.extractors.guard_summary import guard_summary

CASES = [
    # d004
    ('Nscale operates 20,000 GPUs in Norway and plans to deliver its first sovereign service to Microsoft customers next year.',
     {'funding': [], 'gpus': [('Nscale', 20000, 'planned', '')], 'costs': [], 'power': []}),
    # d012
    ('Tesla has 35,000 H100s in Austin, while its energy arm will install 2,000 units by next year.',
     {'funding': [], 'gpus': [('Tesla', 35000, 'operational', '')], 'costs': [], 'power': []}),
    # d018
    ('Meta bought 20,000 more GPUs, raising the total to 600,000.',
     {'funding': [], 'gpus': [('Meta', 20000, 'operational', ''), ('Meta', 600000, 'operational', '')], 'costs': [], 'power': []}),
    # d024
    ('The Regina, SK data center will house 2,000 GPUs for a local startup.',
     {'funding': [], 'gpus': [], 'costs': [], 'power': []}),
    # d040
    ('Microsoft signed a GPU deal with Nebius, valued at $17.4 billion over five years.',
     {'funding': [], 'gpus': [], 'costs': [(17400000000, 'USD')], 'power': []}),
    # d041
    ('Nvidia struck a compute deal with Lambda, valued at $4 billion in its last funding round.',
     {'funding': [('Lambda', None, None, 4000000000, ('Nvidia',))], 'gpus': [], 'costs': [], 'power': []}),
    # d055
    ('The Abilene campus is in Texas. Built by Oracle for OpenAI, the campus will house 400,000 GB200s.',
     {'funding': [], 'gpus': [('OpenAI', 400000, 'planned', 'Oracle')], 'costs': [], 'power': []}),
    # d056
    ("Memphis welcomed the project. Powered by xAI's own turbines, the site now runs 200,000 GPUs.",
     {'funding': [], 'gpus': [('xAI', 200000, 'operational', '')], 'costs': [], 'power': []}),
    # d070
    ('The deal with Mistral, a French lab, secured $1 billion for the city.',
     {'funding': [], 'gpus': [], 'costs': [], 'power': []}),
    # d072
    ('字节跳动今年资本开支 1600 亿元（近 900 亿元用于采购 AI 芯片）。',
     {'funding': [], 'gpus': [], 'costs': [(90000000000, 'CNY'), (160000000000, 'CNY')], 'power': []}),
    # d087
    ('Mistral, which aims to complete its Paris cluster by 2026, raised $600 million in a Series B last week.',
     {'funding': [('Mistral AI', 600000000, 'Series B', None, ())], 'gpus': [], 'costs': [], 'power': []}),
    # d088
    ('The round, which was expected to close in March, closed at $6.6 billion for OpenAI.',
     {'funding': [('OpenAI', 6600000000, None, None, ())], 'gpus': [], 'costs': [], 'power': []}),
    # d105
    ('三大运营商中，中国移动与华为签署了合计 100 亿元的算力采购合同。',
     {'funding': [], 'gpus': [], 'costs': [(10000000000, 'CNY')], 'power': []}),
    # d106
    ('四大科技巨头中，微软和 OpenAI 签署的算力合同总计 500 亿美元。',
     {'funding': [], 'gpus': [], 'costs': [(50000000000, 'USD')], 'power': []}),
    # d133
    ('北大方正集团部署了 1000 张 GPU。',
     {'funding': [], 'gpus': [], 'costs': [], 'power': []}),
    # d134
    ('清华同方采购了 2000 张算力卡。',
     {'funding': [], 'gpus': [], 'costs': [], 'power': []}),
    # d135
    ('复旦微电子出货了 1 万颗芯片。',
     {'funding': [], 'gpus': [], 'costs': [], 'power': []}),
    # d136
    ('浙大网新将建设一个拥有 1000 张 GPU 的智算中心。',
     {'funding': [], 'gpus': [], 'costs': [], 'power': []}),
    # d141
    ('Tsinghua Unigroup bought 3,000 GPUs.',
     {'funding': [], 'gpus': [], 'costs': [], 'power': []}),
    # x1
    ('Microsoft signed a GPU deal with Nebius, valued at $17.4 billion.',
     {'funding': [], 'gpus': [], 'costs': [(17400000000, 'USD')], 'power': []}),
    # x3
    ('Google signed a cloud deal with Fluidstack, valued at about $3 billion.',
     {'funding': [], 'gpus': [], 'costs': [(3000000000, 'USD')], 'power': []}),
    # x11
    ('Nscale runs 20,000 GPUs and will sell its spare capacity to Microsoft.',
     {'funding': [], 'gpus': [('Nscale', 20000, 'planned', '')], 'costs': [], 'power': []}),
    # x12
    ('xAI, which expects to close its Saudi data center deal soon, raised $10 billion last month.',
     {'funding': [('xAI', 10000000000, None, None, ())], 'gpus': [], 'costs': [], 'power': []}),
    # z1
    ('东北大学部署了 1000 张 GPU。',
     {'funding': [], 'gpus': [], 'costs': [], 'power': []}),
    # z2
    ('华中科大采购了 2000 张算力卡。',
     {'funding': [], 'gpus': [], 'costs': [], 'power': []}),
    # z3
    ('北大青鸟采购了 500 张 GPU。',
     {'funding': [], 'gpus': [], 'costs': [], 'power': []}),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_review_30_guard(text, expected):
    assert guard_summary(text) == expected
