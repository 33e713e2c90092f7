"""Guards from review 24 (probes written for that review): the edges of the later real-news rules
(facts-2026.11.29.129..133) that over-reached and were narrowed."""

from __future__ import annotations

import pytest

from tests.extractors.guard_summary import guard_summary

CASES = [
    # q030
    ('Oracle, a data center builder, made a $500 million investment in Ampere, the chip designer.',
     {'funding': [], 'gpus': [], 'costs': [], 'power': []}),
    # q035
    ('SoftBank allocated $30 billion to OpenAI in its latest funding round.',
     {'funding': [('OpenAI', 30000000000, None, None, ())], 'gpus': [], 'costs': [], 'power': []}),
    # q049
    ("Microsoft bought 485,000 Hopper chips, some to serve OpenAI's customers.",
     {'funding': [], 'gpus': [('Microsoft', 485000, 'operational', '')], 'costs': [], 'power': []}),
    # q050
    ("Google said 1 million TPUs will be used to serve Anthropic's models starting next year.",
     {'funding': [], 'gpus': [('Anthropic', 1000000, 'operational', 'Google')], 'costs': [], 'power': []}),
    # q053
    ('软银已准备好225亿美元，将向OpenAI注资。',
     {'funding': [('OpenAI', 22500000000, None, None, ())], 'gpus': [], 'costs': [], 'power': []}),
    # q054
    ('谷歌投入20亿美元，对Anthropic进行投资。',
     {'funding': [('Anthropic', 2000000000, None, None, ('Google',))], 'gpus': [], 'costs': [], 'power': []}),
    # q059
    ('微软同意投资100亿美元，为OpenAI提供资金。',
     {'funding': [('OpenAI', 10000000000, None, None, ('Microsoft',))], 'gpus': [], 'costs': [], 'power': []}),
    # q073
    ("Mistral raised €1.7 billion led by ASML at twice Mistral's last valuation.",
     {'funding': [('Mistral AI', 1700000000, None, None, ('ASML',))], 'gpus': [], 'costs': [], 'power': []}),
    # q074
    ("The round was backed by Thrive at double OpenAI's previous valuation of $157 billion.",
     {'funding': [('OpenAI', None, None, 157000000000, ('Thrive',))], 'gpus': [], 'costs': [], 'power': []}),
    # q080
    ('Anthropic is now valued at $183 billion, up from $61.5 billion in March, after raising $13 billion.',
     # (facts-2026.11.29.147: the $183 billion is the new round's price and $61.5 billion the March one's)
     {'funding': [('Anthropic', 13000000000, None, 183000000000, ()), ('Anthropic', None, None, 61500000000, ())], 'gpus': [], 'costs': [], 'power': []}),
    # q081
    ('月之暗面估值达到30亿美元，较上一轮翻倍，本轮融资3亿美元。',
     {'funding': [('Moonshot AI', 300000000, None, 3000000000, ())], 'gpus': [], 'costs': [], 'power': []}),
    # q144
    ('阿里巴巴规划部署的5万张GPU已全部到位并投入运行。',
     {'funding': [], 'gpus': [('Alibaba', 50000, 'operational', '')], 'costs': [], 'power': []}),
    # q148
    ('商汤有序推进算力建设，已部署4.5万张GPU。',
     {'funding': [], 'gpus': [('SenseTime', 45000, 'operational', '')], 'costs': [], 'power': []}),
    # q163
    ("Each 1 GW of AI compute costs $35 billion, while Oracle's 1 GW site in Texas cost $15 billion.",
     {'funding': [], 'gpus': [], 'costs': [(15000000000, 'USD')], 'power': [(1000, 'operational')]}),
    # q170
    ("OpenAI's second 1 GW of capacity runs to $20 billion.",
     {'funding': [], 'gpus': [], 'costs': [(20000000000, 'USD')], 'power': [(1000, 'operational')]}),
    # q189
    ("After OpenAI's huge round, xAI raised $6 billion; the company is valued at $24 billion.",
     {'funding': [('xAI', 6000000000, None, 24000000000, ())], 'gpus': [], 'costs': [], 'power': []}),
    # q205
    ('OpenAI raised $10 billion from Microsoft in 2023. In 2024 it raised an additional $5 billion and another $5 billion in 2025.',
     {'funding': [('OpenAI', 5000000000, None, None, ()), ('OpenAI', 5000000000, None, None, ()), ('OpenAI', 10000000000, None, None, ('Microsoft',))], 'gpus': [], 'costs': [], 'power': []}),
    # q216
    ('字节跳动和腾讯合计以23万块GPU的采购量位居第一。',
     {'funding': [], 'gpus': [('ByteDance', 230000, 'operational', 'Tencent')], 'costs': [], 'power': []}),
    # q217
    ('Oracle and OpenAI will deploy 400,000 GB200s tied to the Stargate project.',
     {'funding': [], 'gpus': [('OpenAI', 400000, 'planned', '')], 'costs': [], 'power': []}),
    # q218
    ('Microsoft and OpenAI will deploy 100,000 GPUs under a tie-up announced Monday.',
     {'funding': [], 'gpus': [('OpenAI', 100000, 'planned', '')], 'costs': [], 'power': []}),
    # q221
    ('微软和OpenAI共同使用的10万块GPU数量排名全球第一。',
     {'funding': [], 'gpus': [('OpenAI', 100000, 'operational', '')], 'costs': [], 'power': []}),
    # q236
    ("Nvidia's shipments of 150,000 H100s to Microsoft this year made it the top buyer.",
     {'funding': [], 'gpus': [('Microsoft', 150000, 'operational', '')], 'costs': [], 'power': []}),
    # q239
    ('英伟达对字节跳动的H20出货量约为10万块。',
     {'funding': [], 'gpus': [('ByteDance', 100000, 'operational', '')], 'costs': [], 'power': []}),
    # q246
    ('Mistral raised €600 million, with Nvidia joining its Series B.',
     {'funding': [('Mistral AI', 600000000, 'Series B', None, ())], 'gpus': [], 'costs': [], 'power': []}),
    # q247
    ('xAI raised $6 billion, and Nvidia took part in the Series C.',
     {'funding': [('xAI', 6000000000, 'Series C', None, ('Nvidia',))], 'gpus': [], 'costs': [], 'power': []}),
    # q248
    ('智谱完成30亿元融资，腾讯参与了本次C轮。',
     {'funding': [('Zhipu AI', 3000000000, 'Series C', None, ('Tencent',))], 'gpus': [], 'costs': [], 'power': []}),
    # q249
    ('月之暗面完成10亿美元融资，阿里巴巴领投本轮B轮融资。',
     {'funding': [('Moonshot AI', 1000000000, 'Series B', None, ('Alibaba',))], 'gpus': [], 'costs': [], 'power': []}),
    # q087
    ('A Figure spokesperson said the company raised $1 billion at a $39 billion valuation.',
     {'funding': [('Figure AI', 1000000000, None, 39000000000, ())], 'gpus': [], 'costs': [], 'power': []}),
    # q088
    ('The Figure robot maker closed a $675 million round backed by Microsoft and Nvidia.',
     {'funding': [('Figure AI', 675000000, None, None, ('Microsoft', 'Nvidia'))], 'gpus': [], 'costs': [], 'power': []}),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_review_24_guard(text, expected):
    assert guard_summary(text) == {kind: sorted(items, key=repr) if kind == "funding" else items
                              for kind, items in expected.items()}
