"""Guards from review 26 (probes written for that review, parts a and b): the edges of the rules of
facts-2026.11.29.145..162 that over-reached and were narrowed in facts-2026.11.29.163..164. Each
probe keeps the answer it has after the fix."""

from __future__ import annotations

import pytest

from tests.extractors.guard_summary import guard_summary

CASES = [
    # a003
    ("Cohere's Series D was increased by $100 million after strong demand, bringing it to $600 million.",
     {'funding': [('Cohere', 100000000, 'Series D', None, ())], 'gpus': [], 'costs': [], 'power': []}),
    # a025
    ('Reka pulled a $50 million round together in just two weeks.',
     {'funding': [('Reka', 50000000, None, None, ())], 'gpus': [], 'costs': [], 'power': []}),
    # a026
    ('Wayve raised $1.05 billion for its self-driving vehicle software.',
     {'funding': [('Wayve', 1050000000, None, None, ())], 'gpus': [], 'costs': [], 'power': []}),
    # a027
    ('Mistral AI raised €600 million in a Vision Fund-led round.',
     {'funding': [('Mistral AI', 600000000, None, None, ())], 'gpus': [], 'costs': [], 'power': []}),
    # a028
    ('Poolside raised $500 million in a sovereign fund-backed deal.',
     {'funding': [('Poolside', 500000000, None, None, ())], 'gpus': [], 'costs': [], 'power': []}),
    # a042
    ('Lambda got $1.5 billion in compute capacity from Nvidia in a leaseback deal.',
     {'funding': [], 'gpus': [], 'costs': [(1500000000, 'USD')], 'power': []}),
    # a044
    ('Cohere secured $240 million in Canadian government support to build a data centre.',
     {'funding': [], 'gpus': [], 'costs': [(240000000, 'USD')], 'power': []}),
    # a046
    ('Poolside secured $100 million in tax incentives from Texas.',
     {'funding': [], 'gpus': [], 'costs': [], 'power': []}),
    # a047
    ('Figure AI picked up a $1 billion order from a logistics firm.',
     {'funding': [], 'gpus': [], 'costs': [], 'power': []}),
    # a048
    ('Mistral AI landed €100 million in sovereign AI deals with France.',
     {'funding': [], 'gpus': [], 'costs': [], 'power': []}),
    # a066
    ('Harvey raised a $300 million Series D valuation round.',
     {'funding': [('Harvey', 300000000, 'Series D', None, ())], 'gpus': [], 'costs': [], 'power': []}),
    # a084
    ('月之暗面完成 10 亿美元融资，未披露估值，营收达 2 亿美元。',
     {'funding': [('Moonshot AI', 1000000000, None, None, ())], 'gpus': [], 'costs': [], 'power': []}),
    # a087
    ('MiniMax 完成 6 亿美元融资，估值,年收入增至 7000 万美元。',
     {'funding': [('MiniMax', 600000000, None, None, ())], 'gpus': [], 'costs': [], 'power': []}),
    # a091
    ('智谱完成 30 亿元融资，估值 400 亿元，年收入高于去年的 5 亿元。',
     {'funding': [('Zhipu AI', 3000000000, None, 40000000000, ())], 'gpus': [], 'costs': [], 'power': []}),
    # a097
    ('Cohere raised $500 million at a $6.8 billion valuation, up from $270 million raised in its Series C.',
     {'funding': [('Cohere', 270000000, 'Series C', None, ()), ('Cohere', 500000000, None, 6800000000, ())], 'gpus': [], 'costs': [], 'power': []}),
    # a111
    ('Nvidia completed a $700 million acquisition of chip startup Run:ai.',
     {'funding': [], 'gpus': [], 'costs': [], 'power': []}),
    # a115
    ("CoreWeave's $9 billion acquisition of Core Scientific compute infrastructure closed.",
     {'funding': [], 'gpus': [], 'costs': [], 'power': []}),
    # a119
    ('百川智能获得 3 亿元融资收购了一家 AI 公司的资产。',
     {'funding': [('Baichuan', 300000000, None, None, ())], 'gpus': [], 'costs': [], 'power': []}),
    # a120
    ('The $500 million is part of a $1 billion funding package for Poolside.',
     {'funding': [('Poolside', 1000000000, None, None, ())], 'gpus': [], 'costs': [], 'power': []}),
    # a126
    ('The deal involves an investment of $2 billion by Nvidia in xAI.',
     {'funding': [('xAI', 2000000000, None, None, ())], 'gpus': [], 'costs': [], 'power': []}),
    # a127
    ("Microsoft's latest check marks an investment of $10 billion in OpenAI.",
     {'funding': [('OpenAI', 10000000000, None, None, ('Microsoft',))], 'gpus': [], 'costs': [], 'power': []}),
    # a128
    ("Sequoia's commitment amounts to an investment of $100 million in Harvey.",
     {'funding': [('Harvey', 100000000, None, None, ('Sequoia Capital',))], 'gpus': [], 'costs': [], 'power': []}),
    # a132
    ('AI infrastructure investment startup Crusoe raised $1.38 billion in a Series E.',
     {'funding': [('Crusoe', 1380000000, 'Series E', None, ())], 'gpus': [], 'costs': [], 'power': []}),
    # a138
    ('Mistral AI, which runs an AI factory near Paris, closed its Series C with a €1.7 billion investment.',
     {'funding': [('Mistral AI', 1700000000, 'Series C', None, ())], 'gpus': [], 'costs': [], 'power': []}),
    # a143
    ('智谱、月之暗面先后完成 5 亿元融资和 10 亿元融资。',
     {'funding': [('Moonshot AI', 1000000000, None, None, ()), ('Moonshot AI', 500000000, None, None, ())], 'gpus': [], 'costs': [], 'power': []}),
    # a155
    ('智谱完成 5 亿元融资，将门创投领投。',
     {'funding': [('Zhipu AI', 500000000, None, None, ('将门创投',))], 'gpus': [], 'costs': [], 'power': []}),
    # a157
    ('百川智能完成 3 亿元融资，投资方为会稽山资本。',
     {'funding': [('Baichuan', 300000000, None, None, ('会稽山资本',))], 'gpus': [], 'costs': [], 'power': []}),
    # a163
    ('自去年发布大模型以来，月之暗面已获得 10 亿美元 B 轮融资。',
     {'funding': [('Moonshot AI', 1000000000, 'Series B', None, ())], 'gpus': [], 'costs': [], 'power': []}),
    # a168
    ("The $30 million investment in Ohio, the state's largest firm said, will build a data center.",
     {'funding': [], 'gpus': [], 'costs': [], 'power': []}),
    # a171
    ('The investment in Texas, a state that courts every data center developer, totals $40 billion.',
     {'funding': [], 'gpus': [], 'costs': [], 'power': []}),
    # a174
    ("Japan's Toyota raised $5 billion to fund robotaxi research.",
     {'funding': [], 'gpus': [], 'costs': [], 'power': []}),
    # a175
    ("India's Reliance secured $2 billion from investors for its AI data center unit.",
     {'funding': [], 'gpus': [], 'costs': [], 'power': []}),
    # a185
    ("Last Year's Winner raised $10 million from angels.",
     {'funding': [], 'gpus': [], 'costs': [], 'power': []}),
    # a195
    ('和而泰(002402.SZ)公告，拟斥资 3 亿元采购算力服务器。',
     {'funding': [], 'gpus': [], 'costs': [], 'power': []}),
    # a196
    ('向日葵(300111)拟投资 2 亿元建设智算中心。',
     {'funding': [], 'gpus': [], 'costs': [], 'power': []}),
    # a199
    ('世界人工智能大会（2025）期间，多家公司宣布投资 100 亿元建设算力中心。',
     {'funding': [], 'gpus': [], 'costs': [], 'power': []}),
    # a210
    ('AMD completed a $665 million acquisition of AI chip startup Silo AI.',
     {'funding': [], 'gpus': [], 'costs': [], 'power': []}),
    # a211
    ('CoreWeave agreed to a $1.7 billion acquisition of GPU cloud startup Weights Labs.',
     {'funding': [], 'gpus': [], 'costs': [], 'power': []}),
    # a213
    ('Lambda secured $500 million in GPU capacity from Nvidia.',
     {'funding': [], 'gpus': [], 'costs': [], 'power': []}),
    # a214
    ('Nscale landed $1 billion in Microsoft contracts.',
     {'funding': [], 'gpus': [], 'costs': [(1000000000, 'USD')], 'power': []}),
    # a218
    ('Nvidia will make a $100 million investment in Poland, the company said on Tuesday.',
     {'funding': [], 'gpus': [], 'costs': [], 'power': []}),
    # a219
    ('Mistral AI announced a €1 billion investment in Essonne, the company said.',
     {'funding': [('Mistral AI', 1000000000, None, None, ())], 'gpus': [], 'costs': [], 'power': []}),
    # a222
    ('阶跃星辰完成 10 亿元融资，估值 150 亿元，但融资额低于去年 12 月的 20 亿元。',
     {'funding': [('StepFun', 1000000000, None, 15000000000, ()), ('StepFun', 2000000000, None, None, ())], 'gpus': [], 'costs': [], 'power': []}),
    # a228
    ('Applied Intuition raised $600 million for its autonomous vehicle platform.',
     {'funding': [('Applied Intuition', 600000000, None, None, ())], 'gpus': [], 'costs': [], 'power': []}),
    # a231
    ('智谱和月之暗面均在今年完成融资，合计 15 亿元。',
     {'funding': [('Moonshot AI', 1500000000, None, None, ())], 'gpus': [], 'costs': [], 'power': []}),
    # a232
    ('智谱和百川智能在成都获得 5 亿元投资。',
     {'funding': [('Baichuan', 500000000, None, None, ())], 'gpus': [], 'costs': [], 'power': []}),
    # b007
    ('The UK government said its infrastructure investment will reach £725 billion over ten years, covering roads, rail and housing.',
     {'funding': [], 'gpus': [], 'costs': [], 'power': []}),
    # b010
    ('Brookfield, an infrastructure investment firm, led a $600 million Series D in Crusoe.',
     {'funding': [('Crusoe', 600000000, 'Series D', None, ('Brookfield',))], 'gpus': [], 'costs': [], 'power': []}),
    # b019
    ('xAI will spend $3 billion for its R&D cluster in Memphis.',
     {'funding': [], 'gpus': [], 'costs': [(3000000000, 'USD')], 'power': []}),
    # b022
    ('Black Forest Labs will spend $300 million to build its next image models on rented GPUs.',
     {'funding': [], 'gpus': [], 'costs': [(300000000, 'USD')], 'power': []}),
    # b029
    ('Microsoft will pay Nebius $2 billion in cash upfront for dedicated GPU capacity.',
     {'funding': [], 'gpus': [], 'costs': [(2000000000, 'USD')], 'power': []}),
    # b030
    ('xAI bought 100,000 H100 GPUs for roughly $3 billion in cash.',
     {'funding': [], 'gpus': [('xAI', 100000, 'operational', '')], 'costs': [(3000000000, 'USD')], 'power': []}),
    # b031
    ('字节跳动以 50 亿元现金向供应商采购 GPU 服务器。',
     {'funding': [], 'gpus': [], 'costs': [], 'power': []}),
    # b037
    ('Nebius signed a total of three GPU contracts worth $5 billion with Meta this week.',
     {'funding': [], 'gpus': [], 'costs': [(5000000000, 'USD')], 'power': []}),
    # b044
    ('Oracle placed a $40 billion firm order for Nvidia GB200 chips.',
     {'funding': [], 'gpus': [], 'costs': [], 'power': []}),
    # b045
    ('Lambda completed a $1.5 billion lender-backed purchase of Nvidia GPUs.',
     {'funding': [], 'gpus': [], 'costs': [(1500000000, 'USD')], 'power': []}),
    # b046
    ('Meta set a $65 billion company-wide capital spending budget for AI data centers this year.',
     {'funding': [], 'gpus': [], 'costs': [(65000000000, 'USD')], 'power': []}),
    # b047
    ('SoftBank approved a $10 billion group-wide budget for GPUs this year.',
     {'funding': [], 'gpus': [], 'costs': [(10000000000, 'USD')], 'power': []}),
    # b048
    ('xAI is building a $20 billion giant supercomputer in Memphis.',
     {'funding': [], 'gpus': [], 'costs': [(20000000000, 'USD')], 'power': []}),
    # b051
    ('Anthropic signed a $30 billion startup-friendly compute deal with Microsoft Azure.',
     {'funding': [], 'gpus': [], 'costs': [(30000000000, 'USD')], 'power': []}),
    # b053
    ('腾讯总裁表示，作为科技大厂，公司今年资本开支将达 900 亿元。',
     {'funding': [], 'gpus': [], 'costs': [], 'power': []}),
    # b064
    ('字节跳动今年累计采购金额达 400 亿元的 AI 芯片，主要来自英伟达。',
     {'funding': [], 'gpus': [], 'costs': [(40000000000, 'CNY')], 'power': []}),
    # b068
    ('xAI pays for inventories of GPUs worth $6 billion at its Memphis site.',
     {'funding': [], 'gpus': [], 'costs': [(6000000000, 'USD')], 'power': []}),
    # b070
    ('Alphabet reported $24 billion in capital expenditures. That compares with $13 billion spent a year earlier.',
     {'funding': [], 'gpus': [], 'costs': [(24000000000, 'USD')], 'power': []}),
    # b074
    ('The UK government said British AI firms spent £3 billion on compute last year.',
     {'funding': [], 'gpus': [], 'costs': [], 'power': []}),
    # b075
    ('The Japanese government estimates that domestic data center investment will reach ¥5 trillion by 2030.',
     {'funding': [], 'gpus': [], 'costs': [], 'power': []}),
    # b077
    ('The IndiaAI Mission said Indian startups have spent $400 million renting GPUs through its portal.',
     {'funding': [], 'gpus': [], 'costs': [], 'power': []}),
    # b081
    ('METI will provide ¥72.5 billion in subsidies for computing power to five Japanese firms.',
     {'funding': [], 'gpus': [], 'costs': [], 'power': []}),
    # b082
    ("The UK government's total public expenditure will reach £1.3 trillion, with £2 billion going to AI compute.",
     {'funding': [], 'gpus': [], 'costs': [], 'power': []}),
    # b085
    ("Meta's marketing expenditure rose to $3 billion in the quarter.",
     {'funding': [], 'gpus': [], 'costs': [], 'power': []}),
    # b088
    ('Nvidia booked $50 billion in orders for Blackwell chips last quarter.',
     {'funding': [], 'gpus': [], 'costs': [], 'power': []}),
    # b089
    ('Foxconn won $3 billion of orders for GB200 racks from cloud providers.',
     {'funding': [], 'gpus': [], 'costs': [], 'power': []}),
    # b092
    ('In order for the deal to close, CoreWeave must pay $500 million to Core Scientific shareholders.',
     {'funding': [], 'gpus': [], 'costs': [], 'power': []}),
    # b095
    ("Nvidia agreed to a $20 billion acquisition of chip startup Groq's assets and team.",
     {'funding': [], 'gpus': [], 'costs': [], 'power': []}),
    # b097
    ("CoreWeave's $9 billion acquisition of compute provider Core Scientific was rejected by shareholders.",
     {'funding': [], 'gpus': [], 'costs': [], 'power': []}),
    # b111
    ('Meta trimmed its capex forecast by $2 billion to $66 billion.',
     {'funding': [], 'gpus': [], 'costs': [(2000000000, 'USD'), (66000000000, 'USD')], 'power': []}),
    # b114
    ("Microsoft's spending on AI chips is expected to be exceeded by $40 billion to $50 billion of data center construction.",
     {'funding': [], 'gpus': [], 'costs': [(40000000000, 'USD')], 'power': []}),
    # b118
    ('中国移动宣布采购 AI 服务器，金额达 191 亿元。鸿海旗下工业富联是主要供应商之一。',
     {'funding': [], 'gpus': [], 'costs': [(19100000000, 'CNY')], 'power': []}),
    # b120
    ('工业富联公告称，拟投资 30 亿元在郑州建设 AI 服务器工厂，母公司鸿海将提供技术支持。',
     {'funding': [], 'gpus': [], 'costs': [(3000000000, 'CNY')], 'power': []}),
    # b125
    ('〔記者／台北報導〕台積電宣布投資 100 億元，京東同日宣布投入 50 億元採購 GPU。',
     {'funding': [], 'gpus': [], 'costs': [(5000000000, 'CNY')], 'power': []}),
    # b127
    ('新竹一家公司与中国电信签署 20 亿元算力租赁合同。',
     {'funding': [], 'gpus': [], 'costs': [(2000000000, 'CNY')], 'power': []}),
    # b128
    ('科大讯飞在台积电供货受限后，斥资 25 亿元采购国产算力。',
     {'funding': [], 'gpus': [], 'costs': [(2500000000, 'CNY')], 'power': []}),
    # b131
    ('In Narvik, Norway, Aker plans to build a 230 MW AI data center.',
     {'funding': [], 'gpus': [], 'costs': [], 'power': [(230, 'planned')]}),
    # b132
    ('Earlier this year, Kestrel Data will build a 100 MW AI campus in Ohio.',
     {'funding': [], 'gpus': [], 'costs': [], 'power': [(100, 'planned')]}),
    # b134
    ('Governor Greg Abbott said the state will build a 1 GW AI data center near Amarillo.',
     {'funding': [], 'gpus': [], 'costs': [], 'power': []}),
    # b135
    ('Enel inaugurated a 300 MW wind farm that will supply an AI data center in Texas.',
     {'funding': [], 'gpus': [], 'costs': [], 'power': []}),
    # b137
    ('The AI campus being developed by Skybox Datacenters will add 400 MW in Texas.',
     {'funding': [], 'gpus': [], 'costs': [], 'power': [(400, 'planned')]}),
    # b138
    ('Local officials said Ohio will build a 500 MW data center for AI on a former coal site.',
     {'funding': [], 'gpus': [], 'costs': [], 'power': [(500, 'planned')]}),
    # b141
    ("The first phase delivers 100 MW (expandable to 1 GW) for Nscale's AI cluster.",
     {'funding': [], 'gpus': [], 'costs': [], 'power': [(100, 'planned'), (1000, 'operational')]}),
    # b145
    ("xAI's Colossus 2 will exceed 1 GW of capacity by 2026.",
     {'funding': [], 'gpus': [], 'costs': [], 'power': [(1000, 'planned')]}),
    # b146
    ("Meta's Hyperion data center will surpass 5 GW of power over the next several years.",
     {'funding': [], 'gpus': [], 'costs': [], 'power': [(5000, 'planned')]}),
    # b160
    ('DeepSeek 在 2048 块 H800 平台上完成了 V3 的训练。',
     {'funding': [], 'gpus': [('DeepSeek', 2048, 'training', '')], 'costs': [], 'power': []}),
    # b161
    ('月之暗面在 1 万张 H800 平台上训练了 Kimi K2。',
     {'funding': [], 'gpus': [('Moonshot AI', 10000, 'training', '')], 'costs': [], 'power': []}),
    # b162
    ('xAI trained Grok 3 on 100,000 H100 platforms in Memphis.',
     {'funding': [], 'gpus': [('xAI', 100000, 'training', '')], 'costs': [], 'power': []}),
    # b166
    ('xAI 计划年底前部署近百万颗 GPU。',
     {'funding': [], 'gpus': [], 'costs': [], 'power': []}),
    # b171
    ('字节跳动的万卡集群需要大量电力，目前已在内蒙古投入运行。',
     {'funding': [], 'gpus': [('ByteDance', 10000, 'planned', '')], 'costs': [], 'power': []}),
    # b172
    ('百度万卡集群的建设成本约 30 亿元。',
     {'funding': [], 'gpus': [('Baidu', 10000, 'operational', '')], 'costs': [(3000000000, 'CNY')], 'power': []}),
    # b175
    ("Lancium's campus has six halls, each with 40,000 GB200 GPUs.",
     {'funding': [], 'gpus': [('Lancium', 40000, 'operational', '')], 'costs': [], 'power': []}),
    # b182
    ('华为表示，其超节点技术已可互联 8192 颗昇腾芯片。',
     {'funding': [], 'gpus': [], 'costs': [], 'power': []}),
    # b184
    ('华为的 CloudMatrix 384 已经支持 384 颗昇腾 910C 互联。',
     {'funding': [], 'gpus': [], 'costs': [], 'power': []}),
    # b188
    ("OpenAI's Abilene site is filling up. The first 16,000 GB200s were delivered in June.",
     {'funding': [], 'gpus': [('OpenAI', 16000, 'operational', '')], 'costs': [], 'power': []}),
    # b190
    ("For xAI's Colossus, 100,000 H100 GPUs were installed in 122 days, and 50,000 H200s were delivered later.",
     {'funding': [], 'gpus': [('xAI', 50000, 'operational', ''), ('xAI', 100000, 'operational', '')], 'costs': [], 'power': []}),
    # b198
    ('Nscale secured $1.1 billion to expand its data centers, in a Series B led by Aker.',
     {'funding': [], 'gpus': [], 'costs': [(1100000000, 'USD')], 'power': []}),
    # b202
    ("Nvidia's participation in xAI's round, which includes GPUs, represents an investment of about $2 billion.",
     {'funding': [('xAI', 2000000000, None, None, ('GPUs', 'Nvidia'))], 'gpus': [], 'costs': [], 'power': []}),
    # b203
    ('The 1 GW data center campus, representing an investment of $10 billion, will be built by Vantage.',
     {'funding': [], 'gpus': [], 'costs': [], 'power': []}),
    # b208
    ('OpenAI will pay CoreWeave $4 billion in cash for GPU compute over three years.',
     {'funding': [], 'gpus': [], 'costs': [(4000000000, 'USD')], 'power': []}),
    # b209
    ('Anthropic agreed to pay Google $3 billion in cash for TPU capacity.',
     {'funding': [], 'gpus': [], 'costs': [(3000000000, 'USD')], 'power': []}),
    # b210
    ('润泽科技投资 50 亿元建设智算中心，服务器由广达代工。',
     {'funding': [], 'gpus': [], 'costs': [(5000000000, 'CNY')], 'power': []}),
    # b211
    ('北京、河北都在推进算力建设。商汤科技今年投资 50 亿元建设智算中心。',
     {'funding': [], 'gpus': [], 'costs': [(5000000000, 'CNY')], 'power': []}),
    # b212
    ('商汤科技获澳门特区政府支持，将投资 20 亿元建设智算中心。',
     {'funding': [], 'gpus': [], 'costs': [(2000000000, 'CNY')], 'power': []}),
    # b214
    ('Elsewhere, Aker will build a 230 MW AI data center in Narvik.',
     {'funding': [], 'gpus': [], 'costs': [], 'power': [(230, 'planned')]}),
    # b216
    ("Brazil's Ministry of Mines will build a 400 MW AI data center in Ceará.",
     {'funding': [], 'gpus': [], 'costs': [], 'power': [(400, 'planned')]}),
    # b217
    ('Stargate UAE will exceed 1 GW of AI compute capacity when complete.',
     {'funding': [], 'gpus': [], 'costs': [], 'power': [(1000, 'planned')]}),
    # b218
    ("OpenAI's Stargate campus will surpass 1.2 GW, the company said.",
     {'funding': [], 'gpus': [], 'costs': [], 'power': [(1200, 'planned')]}),
    # b220
    ('TSMC received $10 billion of orders for 3nm chips from Apple.',
     {'funding': [], 'gpus': [], 'costs': [], 'power': []}),
    # b222
    ("Microsoft's Fairwater site is filling up: 200,000 GB200s have been delivered so far.",
     {'funding': [], 'gpus': [('Microsoft', 200000, 'operational', '')], 'costs': [], 'power': []}),
    # b226
    ('阿里云的万卡集群的成本已降至数十亿元，并将继续扩容。',
     {'funding': [], 'gpus': [('Alibaba', 10000, 'operational', '')], 'costs': [], 'power': []}),
    # b227
    ('智谱基于 1 万张昇腾 910B 平台训练了 GLM-5。',
     {'funding': [], 'gpus': [('Zhipu AI', 10000, 'training', '')], 'costs': [], 'power': []}),
    # b229
    ('Microsoft set a $80 billion company-wide budget for AI data centers this fiscal year.',
     {'funding': [], 'gpus': [], 'costs': [(80000000000, 'USD')], 'power': []}),
    # b231
    ('Meta completed a $2 billion acquisition of chip startup Rivos.',
     {'funding': [], 'gpus': [], 'costs': [], 'power': []}),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_review_26_guard(text, expected):
    assert guard_summary(text) == expected
