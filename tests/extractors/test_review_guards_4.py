"""Guards from an independent review of the rules added on 2026-11-28 (session 4): each
sentence probes one rule's edge; the facts are (kind, lab or owner or subject, amount or count)."""

from __future__ import annotations

import pytest

from extractors.facts import extract_facts

CASES = [
    # P1 funding Moonshot AI 1B USD, investor Alibaba
    ('月之暗面本轮融资金额达 10 亿美元，由阿里巴巴领投。', 'zh',
     [('funding', 'Moonshot AI', 1000000000)]),
    # P1 funding Moonshot AI 1B USD, investor Alibaba (traditional)
    ('月之暗面本輪融資金額達 10 億美元，由阿里巴巴領投。', 'zh',
     [('funding', 'Moonshot AI', 1000000000)]),
    # P2 funding OpenAI 40B, investor SoftBank
    ("OpenAI's nonprofit will retain a controlling stake, as the company raises $40 billion led by SoftBank.", 'en',
     [('funding', 'OpenAI', 40000000000)]),
    # P2 funding Moonshot AI 1B, investor Alibaba
    ('阿里巴巴不谋求控股权，本次向月之暗面投资 10 亿美元。', 'zh',
     [('funding', 'Moonshot AI', 1000000000)]),
    # P2 funding Zhipu AI 3B CNY
    ('创始人保持绝对控股，智谱本轮融资 30 亿元。', 'zh',
     [('funding', 'Zhipu AI', 3000000000)]),
    # P3 funding Galbot 700M CNY (only the 20B sector total dropped)
    ('2024 年具身智能领域共发生 120 起融资，融资金额超 200 亿元，其中银河通用完成 7 亿元融资。', 'zh',
     [('funding', 'Galbot', 700000000)]),
    # P3 funding Moonshot AI 1B
    ('大模型行业上半年共完成 80 笔融资，月之暗面单笔最高，融资 10 亿美元。', 'zh',
     [('funding', 'Moonshot AI', 1000000000)]),
    # P4 cost DeepSeek 5.6M USD one-off
    ('DeepSeek 将训练成本降至 560 万美元。', 'zh',
     [('costs', 'DeepSeek', 5600000)]),
    # P4 funding Zhipu AI 2B CNY closed
    ('受市场影响，智谱将本轮融资规模下调至 20 亿元并已完成交割。', 'zh',
     [('funding', 'Zhipu AI', 2000000000)]),
    # P4 funding Mistral AI 500M EUR closed
    ('Mistral reduced the round to €500 million and closed it on Friday.', 'en',
     [('funding', 'Mistral AI', 500000000)]),
    # P5 funding OpenAI 10B, investor Microsoft
    ('OpenAI is in talks to raise money. Microsoft completed a $10 billion investment, people said.', 'en',
     [('funding', 'OpenAI', 10000000000)]),
    # P5 funding Anthropic 4B, investor Amazon
    ('Anthropic 正在寻求新融资。亚马逊已完成 40 亿美元投资。', 'zh',
     [('funding', 'Anthropic', 4000000000)]),
    # P5 funding xAI 2B, investor Nvidia
    ('xAI is building Colossus. Nvidia completed a $2 billion investment in the company.', 'en',
     [('funding', 'xAI', 2000000000)]),
    # P6 gpus ByteDance 20000 H800
    ('这批 2 万块 H800 已被字节跳动全部买下。', 'zh',
     [('gpus', 'ByteDance', 20000)]),
    # P6 gpus 50000 GB200 (OpenAI or Microsoft), not nothing
    ('这座数据中心被微软和 OpenAI 共同使用，内有 5 万块 GB200。', 'zh',
     [('gpus', 'OpenAI', 50000)]),
    # P7 gpus xAI 200000 planned
    ('A new xAI supercomputer in Memphis will house 200,000 GPUs.', 'en',
     [('gpus', 'xAI', 200000)]),
    # P7 gpus DeepSeek 2048 H800 training
    ('新版 DeepSeek 模型在 2048 块 H800 上完成训练。', 'zh',
     [('gpus', 'DeepSeek', 2048)]),
    # P7 cost subject OpenAI 250B (not Microsoft)
    ('Microsoft signed a new OpenAI deal that lets the lab buy $250 billion of Azure services.', 'en',
     [('costs', 'OpenAI', 250000000000)]),
    # P8 gpus Meta 350000 H100 planned
    ('Meta plans to scale to 350,000 H100 GPUs by the end of 2024.', 'en',
     [('gpus', 'Meta', 350000)]),
    # P8 gpus xAI 200000 planned
    ('xAI said Colossus scales to 200,000 GPUs next year.', 'en',
     [('gpus', 'xAI', 200000)]),
    # P8 gpus OpenAI 400000 GB200 planned
    ("OpenAI's Stargate site in Abilene scales to 400,000 GB200 chips by mid-2026.", 'en',
     [('gpus', 'OpenAI', 400000)]),
    # P10 no gpus fact of 500 H100 (500 servers)
    ('xAI 的集群由 500 台服务器的 H100 组成。', 'zh',
     []),
    # P10 no gpus fact of 500 H100 (traditional)
    ('xAI 的叢集由 500 台伺服器的 H100 組成。', 'zh',
     []),
    # P11 no exact count (several clusters)
    ('中国移动正在建设多个万卡集群。', 'zh',
     []),
    # P11 no count (上万 is vague)
    ('上万卡集群的建设成本高达数十亿元，字节跳动也在规划中。', 'zh',
     []),
    # P11 30000 or nothing, not 10000
    ('字节跳动已建成 3 个万卡集群。', 'zh',
     []),
    # P11 no OpenAI 10000 fact
    ('训练 GPT-4 需要上万卡集群，月之暗面目前只有千卡规模。', 'zh',
     []),
    # P12 one round Anthropic 4B investor Amazon; no separate 1.25B round
    ('Anthropic 获得亚马逊 40 亿美元投资；亚马逊首期投入 12.5 亿美元，其余部分将在明年到位。', 'zh',
     [('funding', 'Anthropic', 4000000000)]),
    # P12 one round OpenAI 40B investor SoftBank; no separate 10B round
    ('OpenAI 获得软银 400 亿美元投资；软银首期投入 100 亿美元，剩余 300 亿美元年底前到位。', 'zh',
     [('funding', 'OpenAI', 40000000000)]),
    # P13 gpus owner CoreWeave (not Mistral AI)
    ('Mistral AI raised €600 million in June. Separately, CoreWeave will provide 20,000 GB200 GPUs to enterprise customers in Europe this year.', 'en',
     [('funding', 'Mistral AI', 600000000), ('gpus', 'CoreWeave', 20000)]),
    # P13 no Cohere GB200 fact
    ('Cohere raised $500 million. Dell will deliver 50,000 GB200 GPUs to enterprise buyers next year.', 'en',
     [('funding', 'Cohere', 500000000)]),
    # P14 no lab named 'ai'
    ('由前 Meta 工程师创立的 ai 已完成 5000 万美元融资。', 'zh',
     []),
    # P14 no lab 'ai', no investor Google
    ('由前谷歌科学家团队孵化的 ai 已经获得 3000 万美元投资。', 'zh',
     []),
    # P14 no lab named 'llm'
    ('由前字节跳动 AI 负责人创办的 llm 已完成 2 亿元融资。', 'zh',
     []),
    # P14 no lab named 'ai lab'
    ('智能公司 ai lab 周一宣布完成 1 亿美元融资。', 'zh',
     []),
    # P15 no funding (OpenAI spending on its own project); cost ok
    ('OpenAI 向 Stargate 项目投入 190 亿美元。', 'zh',
     []),
    # P16 Series B 2.5B with valuation 20B; no Series A valuation-only round
    ('智谱完成 25 亿元 B 轮融资，此后 A 轮投资方也追加了投资，公司估值达 200 亿元。', 'zh',
     [('funding', 'Zhipu AI', 2500000000)]),
    # P17 gpus xAI 200000
    ('Grok 3 的 10 倍算力来自 xAI 的 20 万块 GPU。', 'zh',
     [('gpus', 'xAI', 200000)]),
    # P17 gpus xAI 200000
    ('算力来自 xAI 的 20 万块 GPU。', 'zh',
     [('gpus', 'xAI', 200000)]),
    # P19 funding Cursor (Anysphere) 900M, not Augment Code
    ('Tools that augment code review are popular; Cursor raised $900 million.', 'en',
     [('funding', 'Anysphere', 900000000)]),
    # P19 no owner Cognition AI
    ('Analyst Devin Smith said the company bought 10,000 H100 GPUs.', 'en',
     []),
    # P19 no owner Fourier
    ('The Fourier neural operator was trained on 1,000 A100 GPUs by Nvidia researchers.', 'en',
     []),
    # P20 cost DeepSeek 5.6M one-off
    ('DeepSeek trained V3 on 2,048 H800s. It spent $5.6 million on the final run.', 'en',
     [('gpus', 'DeepSeek', 2048), ('costs', 'DeepSeek', 5600000)]),
    # P21 gpus ByteDance 100000 H100 provider Oracle
    ('字节跳动从甲骨文租用了 10 万块 H100。', 'zh',
     [('gpus', 'ByteDance', 100000)]),
    # P22 no lab named '普遍'
    ('国内大模型公司普遍去年也完成了 10 亿元以上融资。', 'zh',
     []),
]


@pytest.mark.parametrize(("text", "lang", "expected"), CASES)
def test_review_guard(text, lang, expected):
    facts = extract_facts(text, lang)
    got = [("funding", f["lab"], f["amount"]) for f in facts["funding"]]
    got += [("gpus", g["owner"], g["count"]) for g in facts["gpus"]]
    got += [("costs", c["subject"], c["amount"]) for c in facts["costs"]]
    got += [("power", x["subject"], x["mw"]) for x in facts["power"]]
    assert got == expected
