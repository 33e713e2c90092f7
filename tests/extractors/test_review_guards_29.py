"""Guards from review 29 (probes written for that review): the edges of the last rules of the session
fixed in facts-2026.11.29.190. Each probe keeps the answer it has after the fix."""

from __future__ import annotations

import pytest

from tests.extractors.guard_summary import guard_summary

CASES = [
    # d003
    ('智谱宣布完成由君联资本领投、跟投方为多家机构的12亿元B轮融资。',
     {'funding': [('Zhipu AI', 1200000000, 'Series B', None, ('Legend Capital',))], 'gpus': [], 'costs': [], 'power': []}),
    # d004
    ('MiniMax完成由阿里领投、参投方为多家产业资本的6亿美元融资。',
     {'funding': [('MiniMax', 600000000, None, None, ('Alibaba',))], 'gpus': [], 'costs': [], 'power': []}),
    # d009
    ('MiniMax去年完成6亿美元融资，今年在新一轮融资中获得投资5亿美元。',
     {'funding': [('MiniMax', 500000000, None, None, ()), ('MiniMax', 600000000, None, None, ())], 'gpus': [], 'costs': [], 'power': []}),
    # d010
    ('智谱去年募资20亿元，在今年的融资中再获投资30亿元，估值升至400亿元。',
     {'funding': [('Zhipu AI', 2000000000, None, None, ()), ('Zhipu AI', 3000000000, None, 40000000000, ())], 'gpus': [], 'costs': [], 'power': []}),
    # d014
    ('xAI has raised $26 billion this year, including $20 billion from its Series E led by Valor.',
     {'funding': [('xAI', 20000000000, 'Series E', None, ('Valor',)), ('xAI', 26000000000, None, None, ('Valor',))], 'gpus': [], 'costs': [], 'power': []}),
    # d022
    ('微软对印度云计算市场的投资将达30亿美元，用于建设数据中心。',
     {'funding': [], 'gpus': [], 'costs': [(3000000000, 'USD')], 'power': []}),
    # d026
    ('阿里巴巴宣布将在未来三年向人工智能产业的投资超过3800亿元，用于云和AI硬件基础设施。',
     {'funding': [], 'gpus': [], 'costs': [(380000000000, 'CNY')], 'power': []}),
    # d023
    ('月之暗面完成由北京人工智能产业投资基金领投的10亿元融资。',
     {'funding': [('Moonshot AI', 1000000000, None, None, ('Beijing AI Industry Investment Fund',))], 'gpus': [], 'costs': [], 'power': []}),
    # d024
    ('摩尔线程获得国家集成电路产业投资基金二期领投的25亿元融资。',
     {'funding': [('Moore Threads', 2500000000, None, None, ('China Integrated Circuit Industry Investment Fund',))], 'gpus': [], 'costs': [], 'power': []}),
    # d025
    ('壁仞科技宣布完成由上海人工智能产业投资基金牵头的15亿元融资。',
     {'funding': [('Biren Technology', 1500000000, None, None, ())], 'gpus': [], 'costs': [], 'power': []}),
    # d032
    ('OpenAI为缓解烧钱压力融资400亿美元，由软银领投。',
     {'funding': [('OpenAI', 40000000000, None, None, ('SoftBank',))], 'gpus': [], 'costs': [], 'power': []}),
    # d034
    ('xAI因烧钱过快融资100亿美元。',
     {'funding': [('xAI', 10000000000, None, None, ())], 'gpus': [], 'costs': [], 'power': []}),
    # d036
    ('月之暗面完成5亿美元融资。公司估值从年初的25亿美元，涨到了33亿美元。',
     {'funding': [('Moonshot AI', 500000000, None, 3300000000, ())], 'gpus': [], 'costs': [], 'power': []}),
    # d038
    ('月之暗面完成5亿美元融资，估值从年初的25亿美元，涨到了33亿美元。',
     {'funding': [('Moonshot AI', 500000000, None, 3300000000, ()), ('Moonshot AI', None, None, 2500000000, ())], 'gpus': [], 'costs': [], 'power': []}),
    # d053
    ('腾讯宣布投资智谱10亿元，在北京建设联合实验室。',
     {'funding': [('Zhipu AI', 1000000000, None, None, ('Tencent',))], 'gpus': [], 'costs': [], 'power': []}),
    # d057
    ('红杉中国投资月之暗面2亿美元，在上海建设研发中心。',
     {'funding': [('Moonshot AI', 200000000, None, None, ('Sequoia China',))], 'gpus': [], 'costs': [], 'power': []}),
    # d054
    ('阿里巴巴投资50亿元，在杭州建设新总部园区。',
     {'funding': [], 'gpus': [], 'costs': [], 'power': []}),
    # d104
    ('xAI had deployed 100,000 H100s by year-end 2024.',
     {'funding': [], 'gpus': [('xAI', 100000, 'operational', '')], 'costs': [], 'power': []}),
    # d105
    ('By end of 2023, Meta had 150,000 H100s in its data centers.',
     {'funding': [], 'gpus': [('Meta', 150000, 'operational', '')], 'costs': [], 'power': []}),
    # d106
    ('字节跳动正在用已有的 1 万张 A100 打造新一代大模型。',
     {'funding': [], 'gpus': [('ByteDance', 10000, 'operational', '')], 'costs': [], 'power': []}),
    # d099
    ('百度在阳泉部署 3000 张 A800 的同时还建成了万卡集群。',
     {'funding': [], 'gpus': [('Baidu', 3000, 'operational', ''), ('Baidu', 10000, 'operational', '')], 'costs': [], 'power': []}),
    # d100
    ('腾讯已经部署 2 万张 H800 和一个新建的万卡集群。',
     {'funding': [], 'gpus': [('Tencent', 10000, 'operational', ''), ('Tencent', 20000, 'operational', '')], 'costs': [], 'power': []}),
    # d042
    ('百川智能估值从上一轮的120亿元，到本轮融资完成时的200亿元，投资方包括阿里。',
     {'funding': [('Baichuan', 20000000000, None, None, ('Alibaba',)), ('Baichuan', None, None, 12000000000, ())], 'gpus': [], 'costs': [], 'power': []}),
    # d043
    ('阶跃星辰估值从此前的10亿美元，一举涨至20亿美元，本轮融资3亿美元。',
     {'funding': [('StepFun', 300000000, None, 2000000000, ()), ('StepFun', None, None, 1000000000, ())], 'gpus': [], 'costs': [], 'power': []}),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_review_29_guard(text, expected):
    assert guard_summary(text) == expected
