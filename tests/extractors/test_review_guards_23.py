"""Guards from review 23 (probes written for that review): the edges of the real-news rules of
facts-2026.11.29.121..128 that over-reached and were narrowed."""

from __future__ import annotations

import pytest

from extractors.facts import extract_facts


def _summary(text):
    facts = extract_facts(text)
    return {
        "funding": sorted((f["lab"], f["amount"], f["status"]) for f in facts["funding"]),
        "gpus": sorted((g["owner"], g["count"], g["status"]) for g in facts["gpus"]),
        "costs": sorted((c["amount"], c["currency"]) for c in facts["costs"]),
        "power": sorted((p["mw"], p["status"]) for p in facts["power"]),
    }


CASES = [
    # p025
    ('Figure 3 shows that the startup raised $50 million last year.',
     {'funding': [], 'gpus': [], 'costs': [], 'power': []}),
    # p259
    ("Figure 2 shows Mistral's revenue; the startup raised €600 million in June.",
     {'funding': [('Mistral AI', 600000000, 'closed')], 'gpus': [], 'costs': [], 'power': []}),
    # p260
    ('Figure 4: Funding rounds above $1 billion, 2024. Source: PitchBook.',
     {'funding': [], 'gpus': [], 'costs': [], 'power': []}),
    # p261
    ('OpenAI Startup Fund Backs Robotics Maker at Undisclosed Figure; Round Tops $70 Million',
     {'funding': [], 'gpus': [], 'costs': [], 'power': []}),
    # p051
    ('Cohere closed $500 million and is already targeting a raise next year.',
     {'funding': [('Cohere', 500000000, 'closed')], 'gpus': [], 'costs': [], 'power': []}),
    # p053
    ('Perplexity raised $200 million at a $20 billion valuation, after targeting a valuation of $18 billion.',
     {'funding': [('Perplexity', 200000000, 'closed')], 'gpus': [], 'costs': [], 'power': []}),
    # p332
    ('OpenAI raised $40 billion, well above the target valuation of its advisers.',
     {'funding': [('OpenAI', 40000000000, 'closed')], 'gpus': [], 'costs': [], 'power': []}),
    # p056
    ('xAI would be valued at $200 billion after raising $10 billion in the new round, people familiar with the talks said.',
     {'funding': [('xAI', 10000000000, 'talks')], 'gpus': [], 'costs': [], 'power': []}),
    # p325
    ('Mistral hopes to reach a €14 billion valuation after raising €2 billion in talks now under way.',
     {'funding': [('Mistral AI', 2000000000, 'talks')], 'gpus': [], 'costs': [], 'power': []}),
    # p077
    ('OpenAI closed a $40 billion round in March. Meanwhile, Mistral said Nvidia participated in its €600 million round.',
     {'funding': [('Mistral AI', 600000000, 'closed'), ('OpenAI', 40000000000, 'closed')], 'gpus': [], 'costs': [], 'power': []}),
    # p084
    ('A fresh $2 billion round was confirmed on Tuesday; Mistral said the money would fund data centres.',
     {'funding': [('Mistral AI', 2000000000, 'closed')], 'gpus': [], 'costs': [], 'power': []}),
    # p278
    ('The round totals $1 billion; SSI said it will buy compute.',
     {'funding': [('Safe Superintelligence', 1000000000, 'closed')], 'gpus': [], 'costs': [], 'power': []}),
    # p279
    ('据悉，本轮融资金额为5亿美元；月之暗面表示将用于模型训练。',
     {'funding': [('Moonshot AI', 500000000, 'closed')], 'gpus': [], 'costs': [], 'power': []}),
    # p125
    ('Mistral, like other firms that sell open models, raised €600 million in June.',
     {'funding': [('Mistral AI', 600000000, 'closed')], 'gpus': [], 'costs': [], 'power': []}),
    # p333
    ('Anthropic, like other companies that build frontier models, raised $13 billion this year.',
     {'funding': [('Anthropic', 13000000000, 'closed')], 'gpus': [], 'costs': [], 'power': []}),
    # p334
    ('Among the firms that sell AI chips, Cerebras raised $1.1 billion.',
     {'funding': [('Cerebras', 1100000000, 'closed')], 'gpus': [], 'costs': [], 'power': []}),
    # p183
    ("A post on Anthropic's website said the company raised $13 billion at a $183 billion valuation.",
     {'funding': [('Anthropic', 13000000000, 'closed')], 'gpus': [], 'costs': [], 'power': []}),
    # p184
    ("In a statement on OpenAI's blog, the company said it raised $40 billion.",
     {'funding': [('OpenAI', 40000000000, 'closed')], 'gpus': [], 'costs': [], 'power': []}),
    # p188
    ('Investors commented on Mistral after it raised €600 million.',
     {'funding': [('Mistral AI', 600000000, 'closed')], 'gpus': [], 'costs': [], 'power': []}),
    # p283
    ("Brockman said on OpenAI's livestream that the lab will deploy 1 million GPUs.",
     {'funding': [], 'gpus': [('OpenAI', 1000000, 'planned')], 'costs': [], 'power': []}),
    # p013
    ('月之暗面完成10亿美元融资，此前A轮融资3亿。',
     {'funding': [('Moonshot AI', 300000000, 'closed'), ('Moonshot AI', 1000000000, 'closed')], 'gpus': [], 'costs': [], 'power': []}),
    # p133
    ('MiniMax最初计划融资6亿美元，现已完成。',
     {'funding': [('MiniMax', 600000000, 'talks')], 'gpus': [], 'costs': [], 'power': []}),
    # p194
    ('Since the launch of Grok, its maker has raised $12 billion.',
     {'funding': [('xAI', 12000000000, 'closed')], 'gpus': [], 'costs': [], 'power': []}),
    # p179
    ('具身智能初创公司再生智能完成1亿元天使轮融资。',
     {'funding': [('再生智能', 100000000, 'closed')], 'gpus': [], 'costs': [], 'power': []}),
    # p181
    ('AI芯片公司正在完成新一轮5亿元融资。',
     {'funding': [], 'gpus': [], 'costs': [], 'power': []}),
    # p162
    ('腾讯推进AI战略，目前已拥有约23万张英伟达GPU。',
     {'funding': [], 'gpus': [('Tencent', 230000, 'operational')], 'costs': [], 'power': []}),
    # p166
    ('DeepSeek在推进R2训练的同时，使用了约5万张H800。',
     {'funding': [], 'gpus': [('DeepSeek', 50000, 'training')], 'costs': [], 'power': []}),
    # p289
    ('腾讯正推进混元大模型训练，已部署2万张H20。',
     {'funding': [], 'gpus': [('Tencent', 20000, 'operational')], 'costs': [], 'power': []}),
    # p290
    ('阿里巴巴按照此前规划，已建成10万卡集群。',
     {'funding': [], 'gpus': [('Alibaba', 100000, 'operational')], 'costs': [], 'power': []}),
    # p249
    ("xAI's 1 GW of new capacity in Memphis will cost $30 billion.",
     {'funding': [], 'gpus': [], 'costs': [(30000000000, 'USD')], 'power': [(1000, 'operational')]}),
    # p250
    ("Meta's 1 GW of capacity in Ohio will cost about $10 billion.",
     {'funding': [], 'gpus': [], 'costs': [(10000000000, 'USD')], 'power': []}),
    # p257
    ('The first 1 GW of the campus will cost roughly $12 billion, Oracle said.',
     {'funding': [], 'gpus': [], 'costs': [(12000000000, 'USD')], 'power': []}),
    # p229
    ('OpenAI discussed its 1.2 GW Abilene site, which is already operating.',
     {'funding': [], 'gpus': [], 'costs': [], 'power': [(1200, 'operational')]}),
    # p307
    ('字节跳动同意租用的200兆瓦数据中心已经投入使用。',
     {'funding': [], 'gpus': [], 'costs': [], 'power': [(200, 'operational')]}),
    # p242
    ("The Abilene data center's 1 GW can power 750,000 homes.",
     {'funding': [], 'gpus': [], 'costs': [], 'power': [(1000, 'operational')]}),
    # p316
    ('微软亚特兰大数据中心1吉瓦的电力可供应约75万户家庭。',
     {'funding': [], 'gpus': [], 'costs': [], 'power': [(1000, 'operational')]}),
    # p312
    ('Meta is upgrading its Ohio cluster from 1 GW to 2 GW.',
     {'funding': [], 'gpus': [], 'costs': [], 'power': [(1000, 'operational'), (2000, 'operational')]}),
    # p313
    ("Anthropic's planned site would grow from 1 GW to 5 GW by 2028.",
     {'funding': [], 'gpus': [], 'costs': [], 'power': [(1000, 'planned'), (5000, 'planned')]}),
    # p344
    ("As xAI's backer, Nvidia invested $2 billion; Anthropic also raised $13 billion.",
     {'funding': [('Anthropic', 13000000000, 'closed')], 'gpus': [], 'costs': [], 'power': []}),
    # p209
    ('xAI – which Musk founded after leaving OpenAI – raised $6 billion.',
     {'funding': [('xAI', 6000000000, 'closed')], 'gpus': [], 'costs': [], 'power': []}),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_review_23_guard(text, expected):
    assert _summary(text) == expected
