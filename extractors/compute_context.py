"""Words that place a passage, sentence, amount or power figure in the world of AI compute.

Costs and power facts need them (a solar park's gigawatts or a film's budget
are not compute), and a person's mention stands for their AI lab only in a
passage that has them.
"""

from __future__ import annotations

import re

from extractors.word_cues import WordCue

COMPUTE_CONTEXT = WordCue([
    "data center*", "datacenter*", "data centre*", "ai", "a.i.", "artificial intelligence",
    "gpu*", "chips", "compute", "computing", "cluster*", "supercomputer*", "server*",
    "cloud", "training", "trained", "model", "models", "inference", "stargate", "colossus",
    "h100*", "b200*", "gb200*", "tpu*", "nvidia", "hyperscale*", "accelerator*",
    "h200*", "h800*", "h20", "a100*", "a800*", "b300*", "gb300*", "mi300*", "trainium*",
    "reinforcement learning", "reinforcement-learning",
    "数据中心", "算力", "智算", "人工智能", "大模型", "模型", "训练", "芯片", "服务器", "集群",
    "超算", "超级计算机", "云", "gpu", "ai", "昇腾", "强化学习",
])

# Model training: a sentence about it makes a small cost a training run and a cluster a
# training cluster ("trained on", "训练", "强化学习").
TRAINING = re.compile(r"\btrain(?:ed|ing|s)?\b|训练|强化学习|reinforcement[- ]learning")

# "X, a customer of CoreWeave": the cloud after "of" rents to X; it is not the user.
CUSTOMER_OF = re.compile(r"\b(?:customers?|clients?|tenants?)\sof\s(?:the\s)?$")

# Places that hold compute: a cost or power figure next to one belongs to the lab that runs it,
# chips a site will house are chips it has, and a site bought is compute spending.
COMPUTE_SITE_WORDS = (
    r"(?:data cent(?:er|re)s?|datacenters?|campus(?:es)?|\bsites?\b|facility|facilities|clusters?|"
    r"supercomputers?|superclouds?|数据中心|智算中心|超算中心|算力中心|园区|基地|机房|集群|超算)"
)
COMPUTE_SITE = re.compile(COMPUTE_SITE_WORDS)

# Places that hold no compute: an office's power or a headquarters' cost is not a data centre's.
NOT_COMPUTE_SITE = re.compile(
    r"headquarter|office|warehouse|rooftop|store|factory|vans?\b|trucks?\b|vehicles?\b|"
    r"总部|办公|写字楼|仓库|屋顶|门店|工厂|车辆"
)
