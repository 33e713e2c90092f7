"""Guards from review 31 (probes written for that review): the edges of the last rules of the session
fixed in facts-2026.11.29.200. Each probe keeps the answer it has after the fix."""

from __future__ import annotations

import pytest

from tests.extractors.guard_summary import guard_summary

CASES = [
    # d099
    ('Rival xAI, meanwhile, has hired away staff from Mistral. The company raised $10 billion in July.',
     {'funding': [('xAI', 10000000000, None, None, ())], 'gpus': [], 'costs': [], 'power': []}),
    # d101
    ('Its rival Anthropic, by contrast, has poached engineers from Cohere. The firm pulled in $13 billion in a Series F.',
     {'funding': [('Anthropic', 13000000000, 'Series F', None, ())], 'gpus': [], 'costs': [], 'power': []}),
    # d017
    ('In total, 40 funds joined, and Perplexity has raised $500 million in the new round.',
     {'funding': [('Perplexity', 500000000, None, None, ())], 'gpus': [], 'costs': [], 'power': []}),
    # d039
    ('Meta has 350,000 H100s and plans to buy another 150,000 units this year.',
     {'funding': [], 'gpus': [('Meta', 150000, 'planned', ''), ('Meta', 350000, 'planned', '')], 'costs': [], 'power': []}),
    # d040
    ('Microsoft installed 20,000 GB300s in Wisconsin and will deploy 40,000 units in Atlanta.',
     {'funding': [], 'gpus': [('Microsoft', 20000, 'planned', ''), ('Microsoft', 40000, 'planned', '')], 'costs': [], 'power': []}),
    # d043
    ('xAI runs 200,000 GPUs in Memphis; it will add 100,000 units by June.',
     {'funding': [], 'gpus': [('xAI', 100000, 'planned', ''), ('xAI', 200000, 'operational', '')], 'costs': [], 'power': []}),
    # d045
    ('Google added 50,000 TPUs and Meta 30,000, bringing the total to 80,000.',
     {'funding': [], 'gpus': [('Google', 50000, 'operational', ''), ('Meta', 30000, 'operational', '')], 'costs': [], 'power': []}),
    # d046
    ('Amazon ordered 40,000 GB200s, Microsoft 35,000 and Google 30,000, lifting the total to 105,000.',
     {'funding': [], 'gpus': [('Amazon', 40000, 'planned', ''), ('Google', 30000, 'planned', ''), ('Microsoft', 35000, 'planned', '')], 'costs': [], 'power': []}),
    # d048
    ('Anthropic expects to close the round at about $10 billion next month.',
     {'funding': [('Anthropic', 10000000000, None, None, ())], 'gpus': [], 'costs': [], 'power': []}),
    # d049
    ('Mistral expects to close its Series C funding of €1.7 billion in September.',
     {'funding': [('Mistral AI', 1700000000, 'Series C', None, ())], 'gpus': [], 'costs': [], 'power': []}),
    # d053
    ('SSI is set to finalize a new funding round worth $2 billion.',
     {'funding': [('Safe Superintelligence', 2000000000, None, None, ())], 'gpus': [], 'costs': [], 'power': []}),
    # d056
    ('Meta signed a cloud contract with Nebius, valued at $3 billion, its investors said.',
     {'funding': [], 'gpus': [], 'costs': [(3000000000, 'USD')], 'power': []}),
    # d057
    ("OpenAI signed a compute deal with CoreWeave, valued at $11.9 billion, days after CoreWeave's last round.",
     {'funding': [], 'gpus': [], 'costs': [(11900000000, 'USD')], 'power': []}),
    # d064
    ('OpenAI raised $40 billion in March and Mistral, a Paris-based lab, secured €1.7 billion in September.',
     {'funding': [('Mistral AI', 1700000000, None, None, ()), ('OpenAI', 40000000000, None, None, ())], 'gpus': [], 'costs': [], 'power': []}),
    # d068
    ('Mistral raised €1.05 billion (over €1 billion) in a Series C.',
     {'funding': [('Mistral AI', 1050000000, 'Series C', None, ())], 'gpus': [], 'costs': [], 'power': []}),
    # d070
    ('阿里巴巴将投入 3800 亿元（逾 1000 亿元用于海外数据中心）建设 AI 基础设施。',
     {'funding': [], 'gpus': [], 'costs': [(100000000000, 'CNY'), (380000000000, 'CNY')], 'power': []}),
    # d073
    ('四大AI巨头微软、谷歌、亚马逊和Meta今年资本开支合计将达 4000 亿美元。',
     {'funding': [], 'gpus': [], 'costs': [], 'power': []}),
    # d079
    ('三大电信运营商中国移动、中国电信和中国联通今年算力投资合计超过 1000 亿元。',
     {'funding': [], 'gpus': [], 'costs': [], 'power': []}),
    # d093
    ('三星电子计划采购 5 万张 GPU。其他公司仍在观望。韩国政府也在推动。三星电子与 LG 分别引进了 300 万块显示面板。',
     {'funding': [], 'gpus': [('Samsung Electronics', 50000, 'planned', '')], 'costs': [], 'power': []}),
    # d037
    ('Built by Crusoe for OpenAI and Oracle, the Texas site will house 450,000 GB200s.',
     {'funding': [], 'gpus': [('OpenAI', 450000, 'planned', 'Crusoe')], 'costs': [], 'power': []}),
    # d072
    ('The startup Perplexity raised $250 million (more than $100 million of it from Nvidia).',
     {'funding': [('Perplexity', 250000000, None, None, ())], 'gpus': [], 'costs': [], 'power': []}),
    # d088
    ("Tsinghua's AI lab deployed 1,000 A100 GPUs last year.",
     {'funding': [], 'gpus': [('Tsinghua University', 1000, 'operational', '')], 'costs': [], 'power': []}),
    # d089
    ('北大计算中心采购了 2000 张 A800。',
     {'funding': [], 'gpus': [('Peking University', 2000, 'unknown', '')], 'costs': [], 'power': []}),
    # d090
    ('中科大部署了 500 张 H800。',
     {'funding': [], 'gpus': [('University of Science and Technology of China', 500, 'operational', '')], 'costs': [], 'power': []}),
    # d092
    ('复旦团队采购了 500 张 A100。',
     {'funding': [], 'gpus': [('Fudan University', 500, 'unknown', '')], 'costs': [], 'power': []}),
    # d027
    ('Lambda operates 25,000 H100s and sells capacity to Amazon Web Services customers.',
     {'funding': [], 'gpus': [('Amazon', 25000, 'operational', 'Lambda')], 'costs': [], 'power': []}),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_review_31_guard(text, expected):
    assert guard_summary(text) == expected
