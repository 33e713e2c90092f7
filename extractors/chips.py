"""Accelerator names (H100, GB200, MI300X, TPU, Trainium2, ...) and generic chip words.

`CHIP` and `GENERIC` are regex sources over folded text; `chip_name` maps a
matched token to the name facts report, using the names of
`models/reference/accelerators.csv` where the product family has one
("Grace Blackwell" -> GB200, "Blackwell Ultra" -> GB300, "Trillium" -> TPU
v6e). The digits inside a chip name never count as a number (the number
grammar refuses digits glued to letters).
"""

from __future__ import annotations

import re
from functools import lru_cache

# (pattern, reported name); order matters where one name prefixes another.
_CHIPS: list[tuple[str, str]] = [
    # product-family names: "Grace Blackwell" is the GB200, "Blackwell Ultra" the GB300,
    # "Grace Hopper" the GH200, "Trillium" the TPU v6e and "Ironwood" the TPU v7 (as in
    # models/reference/accelerators.csv)
    (r"grace[\s-]?blackwell\s?(?:ultra|gb300)|gb300", "GB300"), (r"grace[\s-]?blackwell|gb200", "GB200"),
    (r"grace[\s-]?hopper|gh200", "GH200"), (r"blackwell\s?ultra", "GB300"),
    (r"vera[\s-]?rubin", "Rubin"),
    (r"b300", "B300"), (r"b200", "B200"), (r"b100", "B100"),
    (r"h800", "H800"), (r"h200", "H200"), (r"h100", "H100"), (r"h20", "H20"),
    (r"a800", "A800"), (r"a100", "A100"), (r"v100", "V100"), (r"p100", "P100"),
    (r"l40s", "L40S"), (r"l40", "L40"), (r"l20", "L20"),
    (r"mi450x?", "MI450"), (r"mi400", "MI400"), (r"mi355x", "MI355X"), (r"mi350x", "MI350X"), (r"mi325x", "MI325X"),
    (r"mi300x", "MI300X"), (r"mi300a", "MI300A"), (r"mi300", "MI300X"), (r"mi250x?", "MI250X"),
    (r"tpu\s?v7|ironwood", "TPU v7"), (r"tpu\s?v6e?|trillium", "TPU v6e"), (r"tpu\s?v5p", "TPU v5p"),
    (r"tpu\s?v5e", "TPU v5e"), (r"tpu\s?v4", "TPU v4"), (r"tpu\s?v3", "TPU v3"),
    (r"tpu\s?v\d+[a-z]*|tpus?|tensor processing units?", "TPU"),
    (r"trainium\s?3", "Trainium3"), (r"trainium\s?2|trn2", "Trainium2"), (r"trainium", "Trainium"),
    (r"gaudi\s?3", "Gaudi 3"), (r"gaudi\s?2", "Gaudi 2"),
    # (a bare "910B"/"910C" is Huawei's chip in AI news: "向华为订购超过 10 万颗 910B")
    # (not "910B tokens", "910B parameters")
    (r"(?:(?:ascend|昇腾)\s?)?910c(?!\s?(?:tokens?|parameters|参数))", "Ascend 910C"),
    (r"(?:ascend|昇腾)\s?910b?|910b(?!\s?(?:tokens?|parameters|参数))", "Ascend 910B"),
    (r"ascend\s?npus?|昇腾\s?npu|ascend|昇腾", "Ascend"),
    (r"blackwell", "Blackwell"), (r"hopper", "Hopper"), (r"rubin", "Rubin"),
    (r"mtia", "MTIA"), (r"maia\s?100", "Maia 100"), (r"(?:kunlun|昆仑芯)\s?(?:[一二三]代\s?)?p800", "Kunlun P800"),
    (r"kunlun|昆仑芯", "Kunlun"),
    # workstation and inference cards in clusters ("192 RTX PRO 6000 Blackwell GPUs", "L40S")
    (r"rtx\s?pro\s?6000(?:\s?blackwell)?", "RTX PRO 6000"), (r"rtx\s?5090", "RTX 5090"), (r"rtx\s?4090", "RTX 4090"),
    (r"l40s", "L40S"),
    # non-GPU accelerators named by acronym or in words (Groq's LPU, Cerebras' wafer-scale engine)
    (r"language processing units?|lpu", "LPU"),
    (r"wafer[\s-]scale engines?(?:[\s-]?\d)?|wse[\s-]?\d", "WSE"),
]
CHIP = "(?:" + "|".join(p for p, _ in _CHIPS) + ")"
_CHIP_RES = [(re.compile(p), name) for p, name in _CHIPS]
# Words for an accelerator of no named model.
GENERIC = (
    r"(?:gpus?|graphics processing units?|graphics cards?|chips?|ai chips?|accelerators?|"
    r"processors?|semiconductors?|芯片|显卡|显示卡|加速卡|算力卡|gpu卡|半导体|图形处理器|处理器|加速器|卡)"
)
# A chip name standing alone in a sentence ("Oracle's largest H100 customer").
CHIP_TOKEN_RE = re.compile(rf"(?<![a-z0-9])({CHIP})s?(?![a-z0-9])")


@lru_cache(maxsize=4096)
def chip_name(token: str) -> str:
    """Reported name of a folded chip token (`"h100s"` -> `"H100"`), `"GPU"` for generic words."""
    token = token.strip()
    for rx, name in _CHIP_RES:
        if rx.fullmatch(token) or (token.endswith("s") and rx.fullmatch(token[:-1])):
            return name
    return "GPU"
