"""Guards from review 27 (probes written for that review, parts a and b): the edges of the rules of
facts-2026.11.29.167..177 that over-reached and were narrowed in facts-2026.11.29.178. Each probe keeps
the answer it has after the fix."""

from __future__ import annotations

import pytest

from tests.extractors.guard_summary import guard_summary

CASES = [
    # a044
    ("Microsoft's capital expenditures rose to $24 billion, while revenue climbed from $62 billion a year earlier.",
     {'funding': [], 'gpus': [], 'costs': [(24000000000, 'USD')], 'power': []}),
    # a049
    ("Alphabet's capex was $22 billion, while free cash flow fell from $13 billion in the previous quarter.",
     {'funding': [], 'gpus': [], 'costs': [(22000000000, 'USD')], 'power': []}),
    # a148
    ("Alphabet's capex rose to $24 billion, while net income grew from $26 billion a year earlier.",
     {'funding': [], 'gpus': [], 'costs': [(24000000000, 'USD')], 'power': []}),
    # a149
    ("Meta's capex rose to $19 billion, and its share buybacks fell from $14 billion in the prior quarter.",
     {'funding': [], 'gpus': [], 'costs': [(19000000000, 'USD')], 'power': []}),
    # a054
    ('微软资本开支达 1200 亿美元，超越谷歌的 910 亿美元。',
     {'funding': [], 'gpus': [], 'costs': [(120000000000, 'USD')], 'power': []}),
    # a059
    ('Investors committed $1 billion to companies like CoreWeave and Lambda last year.',
     {'funding': [], 'gpus': [], 'costs': [], 'power': []}),
    # a152
    ('Nvidia committed $1 billion to Nscale and other neocloud firms in equity rounds.',
     {'funding': [], 'gpus': [], 'costs': [], 'power': []}),
    # a072
    ('CoreWeave will provide GPU capacity to Microsoft for about $10 billion over four years.',
     {'funding': [], 'gpus': [], 'costs': [(10000000000, 'USD')], 'power': []}),
    # a078
    ('Nebius agreed to provide Microsoft with dedicated GPU capacity for $17.4 billion.',
     {'funding': [], 'gpus': [], 'costs': [(17400000000, 'USD')], 'power': []}),
    # a093
    ("Alphabet's total capital spending in the three months to September (a record) was $24 billion.",
     {'funding': [], 'gpus': [], 'costs': [(24000000000, 'USD')], 'power': []}),
    # a095
    ('腾讯资本开支（包括融资租赁）为 270 亿元。',
     {'funding': [], 'gpus': [], 'costs': [(27000000000, 'CNY')], 'power': []}),
    # a146
    ('阿里巴巴本季度资本开支（不含融资租赁资产）为 386 亿元。',
     {'funding': [], 'gpus': [], 'costs': [(38600000000, 'CNY')], 'power': []}),
    # a100
    ("Data centers in Spain are drawing power from solar farms. SoftBank will invest $1 billion in Spain's renewable grid.",
     {'funding': [], 'gpus': [], 'costs': [], 'power': []}),
    # a158
    ("Google opened a data center in Thailand. Alphabet will invest $100 million in Thailand's startups through Gradient Ventures.",
     {'funding': [], 'gpus': [], 'costs': [], 'power': []}),
    # a157
    ('亚马逊在日本新建数据中心，对当地员工培训投资 1 亿美元。',
     {'funding': [], 'gpus': [], 'costs': [], 'power': []}),
    # a114
    ('昨日，星河智算中心项目开工。同日开工的还有一个物流园项目，项目总投资 10 亿元。',
     {'funding': [], 'gpus': [], 'costs': [], 'power': []}),
    # a124
    ('A区的星河智算中心已投产。二、新材料产业园项目。项目总投资 50 亿元，主要生产电池材料。',
     {'funding': [], 'gpus': [], 'costs': [], 'power': []}),
    # a161
    ('昨日，星河智算中心项目开工。另据了解，当地一座养老院项目也在推进，该项目总投资 3 亿元。',
     {'funding': [], 'gpus': [], 'costs': [], 'power': []}),
    # a115
    ('昨日，星河智算中心项目开工。目前，项目所在园区已引进企业 20 家，总投资 120 亿元。',
     {'funding': [], 'gpus': [], 'costs': [], 'power': []}),
    # a122
    ('昨日，星河智算中心项目开工。项目方表示，总投资 60 亿元的配套光伏电站也将同步建设。',
     {'funding': [], 'gpus': [], 'costs': [], 'power': []}),
    # a159
    ('A区数据中心项目一期已投产。B区智算中心项目今日开工，项目总投资 50 亿元。',
     {'funding': [], 'gpus': [], 'costs': [(5000000000, 'CNY')], 'power': []}),
    # a119
    ('投资 25 亿元的中国建设银行北方数据中心项目正式启用。',
     {'funding': [], 'gpus': [], 'costs': [(2500000000, 'CNY')], 'power': []}),
    # a011
    ('Meta expanded its budget for AI talent from $1 billion to $2 billion this year.',
     {'funding': [], 'gpus': [], 'costs': [], 'power': []}),
    # b018
    ("OpenAI's Stargate site near the Abilene Christian University campus will house 400,000 GB200 chips.",
     {'funding': [], 'gpus': [('OpenAI', 400000, 'planned', '')], 'costs': [], 'power': []}),
    # b151
    ("OpenAI's site near the Abilene Convention Center will house 400,000 GB200 chips.",
     {'funding': [], 'gpus': [('OpenAI', 400000, 'planned', '')], 'costs': [], 'power': []}),
    # b152
    ("xAI's Colossus 2 campus beside the Memphis Medical Center will hold 550,000 GB200 chips.",
     {'funding': [], 'gpus': [('xAI', 550000, 'planned', '')], 'costs': [], 'power': []}),
    # b153
    ("Microsoft's new Wisconsin site, a few miles from the Racine Innovation Lab, will run 200,000 GB300 GPUs.",
     {'funding': [], 'gpus': [('Microsoft', 200000, 'planned', '')], 'costs': [], 'power': []}),
    # b025
    ('The Texas Advanced Computing Center at the University of Texas will add 4,000 GH200 chips.',
     {'funding': [], 'gpus': [('University of Texas at Austin', 4000, 'planned', '')], 'costs': [], 'power': []}),
    # b055
    ('Anthropic, on track to triple its revenue this year, closed a $13 billion Series F.',
     {'funding': [('Anthropic', 13000000000, 'Series F', None, ())], 'gpus': [], 'costs': [], 'power': []}),
    # b056
    ('Cursor maker Anysphere raised $900 million and is on track for $1 billion in annual revenue.',
     {'funding': [('Anysphere', 900000000, None, None, ())], 'gpus': [], 'costs': [], 'power': []}),
    # b057
    ('Harvey raised $300 million in a Series D and is expected to raise again in 2026.',
     {'funding': [('Harvey', 300000000, 'Series D', None, ())], 'gpus': [], 'costs': [], 'power': []}),
    # b058
    ('Perplexity closed a $500 million round, putting it on track to challenge Google.',
     {'funding': [('Perplexity', 500000000, None, None, ())], 'gpus': [], 'costs': [], 'power': []}),
    # b063
    ('Thinking Machines Lab raised $2 billion in July and is on track to release its first product.',
     {'funding': [('Thinking Machines Lab', 2000000000, None, None, ())], 'gpus': [], 'costs': [], 'power': []}),
    # b061
    ("Figure AI's $1 billion round was led by Parkway. Investors also included Nvidia and Brookfield, and the company is on track to ship 100,000 robots.",
     {'funding': [('Figure AI', 1000000000, None, None, ('Parkway', 'Nvidia', 'Brookfield'))], 'gpus': [], 'costs': [], 'power': []}),
    # b065
    ("With the new round, OpenAI's funding to date is expected to total more than $60 billion.",
     {'funding': [], 'gpus': [], 'costs': [], 'power': []}),
    # b089
    ("Harvey raised $300 million, and OpenAI's startup fund joined the round, valuing Harvey at $3 billion.",
     {'funding': [('Harvey', 300000000, None, 3000000000, ('OpenAI',))], 'gpus': [], 'costs': [], 'power': []}),
    # b090
    ('Figure AI raised $1 billion, while OpenAI, an early backer, did not join, a deal that values Figure AI at $39 billion.',
     {'funding': [('Figure AI', 1000000000, None, 39000000000, ())], 'gpus': [], 'costs': [], 'power': []}),
    # b096
    ('MiniMax完成6亿美元融资，同时智谱也参与了本轮，公司估值达到40亿美元。',
     {'funding': [('MiniMax', 600000000, None, 4000000000, ('Zhipu AI',))], 'gpus': [], 'costs': [], 'power': []}),
    # b130
    ('晨曦智能完成1亿元A轮融资。',
     {'funding': [], 'gpus': [], 'costs': [], 'power': []}),
    # b131
    ('朝曦智造宣布完成5000万元天使轮融资。',
     {'funding': [], 'gpus': [], 'costs': [], 'power': []}),
    # b136
    ('The advanced machine intelligence lab raised $500 million, its backers said.',
     {'funding': [], 'gpus': [], 'costs': [], 'power': []}),
    # b116
    ('Tidewell, which makes model trains for collectors, raised $20 million.',
     {'funding': [], 'gpus': [], 'costs': [], 'power': []}),
    # b117
    ('Hirely, which builds job search tools, raised $15 million in a seed round.',
     {'funding': [], 'gpus': [], 'costs': [], 'power': []}),
    # b006
    ('New York University bought 500 H100 GPUs for its Courant researchers.',
     {'funding': [], 'gpus': [('New York University', 500, 'operational', '')], 'costs': [], 'power': []}),
    # b010
    ('On Monday Harvard University said it had bought 500 H200 GPUs.',
     {'funding': [], 'gpus': [('Harvard University', 500, 'operational', '')], 'costs': [], 'power': []}),
    # b011
    ('Yesterday Rice University unveiled a cluster of 300 H100 GPUs.',
     {'funding': [], 'gpus': [('Rice University', 300, 'operational', '')], 'costs': [], 'power': []}),
    # b026
    ('Nvidia donated 500 H100 GPUs to Stanford University for AI research.',
     {'funding': [], 'gpus': [('Stanford University', 500, 'operational', '')], 'costs': [], 'power': []}),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_review_27_guard(text, expected):
    assert guard_summary(text) == expected
