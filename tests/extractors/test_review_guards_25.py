"""Guards from review 25 (probes written for that review): the edges of the last real-news rules
(facts-2026.11.29.134..139) that over-reached and were narrowed."""

from __future__ import annotations

import pytest

from extractors.facts import extract_facts


def _summary(text):
    facts = extract_facts(text)
    return {
        "funding": sorted((f["lab"], f["amount"], f["round"], f["valuation"]) for f in facts["funding"]),
        "gpus": sorted((g["owner"], g["count"], g["provider"] or "") for g in facts["gpus"]),
        "costs": sorted((c["amount"], c["currency"]) for c in facts["costs"]),
    }


CASES = [
    # s002
    ('CoreWeave and Oracle are among the largest buyers of Nvidia chips. CoreWeave runs about 250,000 GPUs.',
     {'funding': [], 'gpus': [('CoreWeave', 250000, '')], 'costs': []}),
    # s003
    ('Shares of CoreWeave and Microsoft fell on Tuesday. CoreWeave operates roughly 250,000 GPUs.',
     {'funding': [], 'gpus': [('CoreWeave', 250000, '')], 'costs': []}),
    # s006
    ('Lambda has a multibillion-dollar agreement with Microsoft. Separately, Lambda said it now runs 25,000 GPUs in its own cloud.',
     {'funding': [], 'gpus': [('Lambda', 25000, '')], 'costs': []}),
    # s015
    ('CoreWeave lost a contract with Microsoft last year. CoreWeave now operates 250,000 GPUs.',
     {'funding': [], 'gpus': [('CoreWeave', 250000, '')], 'costs': []}),
    # s035
    ('阿里巴巴斥资8亿美元，向月之暗面注资，该公司估值达到25亿美元。',
     {'funding': [('Moonshot AI', 800000000, None, 2500000000)], 'gpus': [], 'costs': []}),
    # s055
    ('The $1.5 billion valuation is a 7x step-up from the $41 million Series A the startup raised last year, after Sierra closed a $175 million Series B.',
     {'funding': [('Sierra', 175000000, 'Series B', 1500000000)], 'gpus': [], 'costs': []}),
    # s056
    ('Cursor is valued at $29.3 billion, a jump from $9.9 billion in June, after a $2.3 billion round.',
     {'funding': [('Anysphere', 2300000000, None, 29300000000)], 'gpus': [], 'costs': []}),
    # s063
    ('xAI raised $6 billion, Musk said in a post praising OpenAI rival Anthropic; the company is now valued at $24 billion.',
     {'funding': [('xAI', 6000000000, None, 24000000000)], 'gpus': [], 'costs': []}),
    # s064
    ('Mistral raised €600 million, and Nvidia, which also backs xAI, joined; the company is valued at €6 billion.',
     {'funding': [('Mistral AI', 600000000, None, 6000000000)], 'gpus': [], 'costs': []}),
    # s065
    ('智谱完成30亿元融资，超过了月之暗面，该公司估值达到200亿元。',
     {'funding': [('Zhipu AI', 3000000000, None, 20000000000)], 'gpus': [], 'costs': []}),
    # s074
    ("Meta's acquisition of a 49% stake in Scale AI valued the startup at $29 billion.",
     {'funding': [('Scale AI', None, None, 29000000000)], 'gpus': [], 'costs': []}),
    # s095
    ('英伟达推动估值至5万亿美元的同时，向xAI投资20亿美元。',
     {'funding': [('xAI', 2000000000, None, None)], 'gpus': [], 'costs': []}),
    # s098
    ('Figure AI closed a Series C funding round valued at $39 billion.',
     {'funding': [('Figure AI', None, 'Series C', 39000000000)], 'gpus': [], 'costs': []}),
    # s099
    ('Safe Superintelligence raised $2 billion in a funding round valued at $32 billion.',
     {'funding': [('Safe Superintelligence', 2000000000, None, 32000000000)], 'gpus': [], 'costs': []}),
    # s100
    ('Cursor closed a new funding round valued at $29.3 billion, raising $2.3 billion.',
     {'funding': [('Anysphere', 2300000000, None, 29300000000)], 'gpus': [], 'costs': []}),
    # s101
    ('Mistral is in talks for a funding round valued at $14 billion.',
     {'funding': [('Mistral AI', None, None, 14000000000)], 'gpus': [], 'costs': []}),
    # s105
    ("Perplexity's funding was valued at $20 billion.",
     {'funding': [('Perplexity', None, None, 20000000000)], 'gpus': [], 'costs': []}),
    # s107
    ('OpenAI raised $40 billion in a round that was valued at $300 billion.',
     {'funding': [('OpenAI', 40000000000, None, 300000000000)], 'gpus': [], 'costs': []}),
    # s112
    ('英伟达对OpenAI的算力投资高达1000亿美元。',
     {'funding': [('OpenAI', 100000000000, None, None)], 'gpus': [], 'costs': []}),
    # s120
    ('Amazon made a $4 billion capital investment in Anthropic.',
     {'funding': [('Anthropic', 4000000000, None, None)], 'gpus': [], 'costs': []}),
    # s122
    ('OpenAI received a $10 billion capital investment from SoftBank.',
     {'funding': [('OpenAI', 10000000000, None, None)], 'gpus': [], 'costs': []}),
    # s128
    ('SoftBank will own a $30 billion stake in OpenAI after investing that amount this year.',
     {'funding': [('OpenAI', 30000000000, None, None)], 'gpus': [], 'costs': []}),
    # s129
    ('Nvidia will hold an additional $5 billion stake in xAI after joining its latest round.',
     {'funding': [('xAI', 5000000000, None, None)], 'gpus': [], 'costs': []}),
    # s195
    ("Microsoft bought 485,000 Hopper chips, half to serve OpenAI's customers.",
     {'funding': [], 'gpus': [('Microsoft', 485000, '')], 'costs': []}),
    # s196
    ("Microsoft bought 485,000 Hopper chips, most of them to serve OpenAI's models.",
     {'funding': [], 'gpus': [('Microsoft', 485000, '')], 'costs': []}),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_review_25_guard(text, expected):
    assert _summary(text) == expected
