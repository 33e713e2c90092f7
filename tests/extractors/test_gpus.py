"""GPU count grammar: counts, chips, owners, providers, status, target dates, traps."""

from __future__ import annotations

import pytest

from extractors.facts import extract_facts


def gpus(text: str) -> list[dict]:
    return extract_facts(text)["gpus"]


def one(text: str) -> dict:
    found = gpus(text)
    assert len(found) == 1, found
    return found[0]


def test_seed_sentence_meta_planned_by_end_of_2024():
    g = one("Meta plans to have 350,000 Nvidia H100 GPUs by the end of 2024")
    assert (g["owner"], g["count"], g["chip"], g["status"]) == ("Meta", 350000, "H100", "planned")
    assert g["target_date"] == "by the end of 2024"


@pytest.mark.parametrize(("text", "count", "chip"), [
    ("xAI will deploy a 300,000 Nvidia Blackwell B200 GPU data center.", 300000, "B200"),
    ("The xAI 100k H100 training cluster is online.", 100000, "H100"),
    ("Meta 的 1.6万块H100集群在训练。", 16000, "H100"),
    ("DeepSeek 在2048个H800 GPU集群上训练。", 2048, "H800"),
    ("xAI 将需要 10 万个 Nvidia H100 GPU。", 100000, "H100"),
    ("到 2024 年底,Meta 将拥有 35 万台 H100。", 350000, "H100"),
    ("字节跳动订购了三十万块英伟达 H20 芯片。", 300000, "H20"),
    ("OpenAI will use 1 million TPUs.", 1000000, "TPU"),
    ("Anthropic trains on 400,000 Trainium2 chips.", 400000, "Trainium2"),
    ("Microsoft runs 50,000 AMD MI300X accelerators.", 50000, "MI300X"),
    ("Meta 将拥有 １０ 萬块 GB200。", 100000, "GB200"),
])
def test_counts_and_chips(text, count, chip):
    g = one(text)
    assert (g["count"], g["chip"]) == (count, chip)


def test_generic_chip_words():
    assert one("马斯克表示,该公司目前正在 2 万个 GPU 上训练 Grok 2。")["chip"] == "GPU"
    # a generic count takes the chip named in its sentence
    g = one("XAI 已经是 Oracle 最大的 H100 客户,使用了超过 15000 个芯片。")
    assert (g["owner"], g["chip"], g["provider"]) == ("xAI", "H100", "Oracle")
    # ... but not the chip of another count in the sentence
    found = gpus("xAI said the cluster will double to 200,000 GPUs, including 50,000 H200s.")
    assert [(f["count"], f["chip"]) for f in found] == [(200000, "GPU"), (50000, "H200")]


@pytest.mark.parametrize(("text", "status"), [
    ("xAI will deploy 300,000 B200s next summer.", "planned"),
    ("该公司目前正在大约 20,000 个 H100 芯片上训练 Grok 2.0。", "training"),
    ("xAI is believed to currently rent around 16,000 Nvidia H100 GPUs from Oracle Cloud.", "operational"),
    ("Previously, Meta's original clusters contained around 16,000 Nvidia A100 GPUs.", "operational"),
    ("Tesla has about 35,000 H100s online and expects more by the end of the year.", "operational"),
    ("字节跳动已订购了约 20 万块英伟达 H20 芯片，预计今年交付。", "planned"),
    ("OpenAI和微软联手打造的下一个超算集群,将由10万块GB200组成。", "planned"),
])
def test_status(text, status):
    assert one(text)["status"] == status


def test_providers():
    g = one("xAI is believed to currently rent around 16,000 Nvidia H100 GPUs from Oracle Cloud.")
    assert (g["owner"], g["provider"]) == ("xAI", "Oracle")
    g = one("OpenAI和微软联手打造的下一个超算集群,将由10万块GB200组成。")
    assert (g["owner"], g["provider"]) == ("OpenAI", "Microsoft")
    g = one("Microsoft bought 485,000 of Nvidia's Hopper chips, far ahead of Meta.")
    assert (g["owner"], g["provider"], g["chip"]) == ("Microsoft", None, "Hopper")


def test_target_dates_as_written():
    assert one("xAI will deploy 300,000 B200s by next summer.")["target_date"] == "next summer"
    g = one("马斯克表示公司将帮助其在 2025 年下半年达到 10 万个 GPU。")
    assert g["target_date"] == "2025 年下半年"
    g = one("xAI 将需要多达 10 万个 H100。马斯克希望在 2025 年秋天之前让这台超级计算机投入运行。")
    assert g["target_date"] == "2025 年秋天之前"


def test_each_of_two_clusters_gives_two_facts():
    found = gpus("Meta unveiled two new data center-scale clusters. The clusters each contain "
                 "24,576 Nvidia H100 GPUs.")
    assert [(f["owner"], f["count"]) for f in found] == [("Meta", 24576), ("Meta", 24576)]


def test_repeats_in_a_passage_merge():
    found = gpus("xAI will deploy 300,000 B200 GPUs next summer. Musk said the next step is ~300k B200s.")
    assert len(found) == 1


def test_elliptic_counts_take_the_chip_of_the_sentence():
    found = gpus("Tesla has about 35,000 H100s online and expects to reach 85,000 by the end of the year.")
    assert [(f["count"], f["chip"], f["status"]) for f in found] == [
        (35000, "H100", "operational"), (85000, "H100", "planned")]
    found = gpus("xAI 目前拥有 20 万块 GPU，马斯克计划将其扩展至 100 万块。")
    assert [f["count"] for f in found] == [200000, 1000000]


def test_owner_from_the_passage_focus_and_people():
    found = gpus("上个月,马斯克表示,xAI 将需要 10 万个 H100。他表示,该公司目前正在 2 万个 H100 上训练。")
    assert [f["owner"] for f in found] == ["xAI", "xAI"]


@pytest.mark.parametrize("text", [
    "如果说去年做大模型的算力门槛是 1 万张英伟达 H100 的算力集群。",      # conditional
    "租用 10 万台 H100 每年可能花费约 17 亿美元。",                          # basis of a cost
    "DeepSeek-V3 took 2.788 million H800 GPU hours.",                       # GPU-hours
    "每万亿tokens仅需180K个H800 GPU小时。",
    "Meta snapped up thousands of its flagship H100s.",                     # vague
    "微软计划为 OpenAI 提供容纳数十万个 GPU 的服务器。",
    "B200s cost between $30,000 and $40,000 each.",                         # prices
    "In 2024 H100 prices fell.",                                            # a year
    "Each server holds 8 H100 GPUs.",                                       # too small
    "Nvidia sold 100 GB200 NVL72 racks to Microsoft.",                      # racks
    "Nvidia shipped 500,000 H100s last quarter.",                           # a chipmaker is no owner
])
def test_no_gpu_fact(text):
    assert gpus(text) == []


def test_equivalents_are_counted_apart_from_the_chips():
    found = gpus("Meta's AI infrastructure will include 350,000 H100 GPUs by the end of 2024, and "
                 "overall compute equivalent to nearly 600,000 H100s.")
    assert [(f["count"], f["chip"], f["status"]) for f in found] == [
        (350000, "H100", "planned"), (600000, "H100-equivalent", "planned")]


def test_built_for_a_lab_makes_the_cloud_the_provider():
    g = one("Amazon's Project Rainier, a cluster built for Anthropic, contains nearly half a million "
            "Trainium2 chips.")
    assert (g["owner"], g["provider"], g["count"]) == ("Anthropic", "Amazon", 500000)
    g = one("Microsoft will provide OpenAI with 100,000 GB200s in its Wisconsin data center next year.")
    assert (g["owner"], g["provider"], g["status"]) == ("OpenAI", "Microsoft", "planned")


def test_chinese_chip_before_count():
    g = one("字节跳动在 AI 芯片上的采购预算约为 800 亿元，其中 H20 芯片约 20 万块。")
    assert (g["owner"], g["count"], g["chip"]) == ("ByteDance", 200000, "H20")


# ---------------------------------------------------------------- owner and provider


@pytest.mark.parametrize(("text", "owner", "provider"), [
    ("Oracle will rent the computing power to OpenAI, using 400,000 Nvidia GB200 chips.",
     "OpenAI", "Oracle"),
    ("甲骨文将把算力租给 OpenAI，该数据中心将部署 40 万颗英伟达 GB200 芯片。", "OpenAI", "Oracle"),
    ("甲骨文將把算力租給 OpenAI，該資料中心將部署 40 萬顆輝達 GB200 晶片。", "OpenAI", "Oracle"),
    ("Amazon's Project Rainier holds 500,000 Trainium2 chips, which Anthropic is using to train Claude.",
     "Anthropic", "Amazon"),
    ("Google Cloud operates 100,000 TPUs which Anthropic is using.", "Anthropic", "Google"),
    ("微软的数据中心拥有 5 万块 H100，OpenAI 正在使用这些芯片。", "OpenAI", "Microsoft"),
    ("月之暗面与云服务商阿里云合作，共部署 1 万张 H800。", "Moonshot AI", "Alibaba"),
    ("OpenAI 正在與甲骨文合作建設數據中心，將使用 40 萬顆 GB200 晶片。", "OpenAI", "Oracle"),
])
def test_the_lab_that_uses_a_clouds_chips_owns_them(text, owner, provider):
    g = one(text)
    assert (g["owner"], g["provider"]) == (owner, provider)


@pytest.mark.parametrize("text", [
    "Anthropic announced a new data center in Texas. The company is building it with cloud provider "
    "Fluidstack, and it will house 200,000 GPUs.",
    "Anthropic said the company is building with cloud provider Fluidstack a cluster of 100,000 GPUs.",
    "Anthropic 宣布在德州新建数据中心。该公司与云服务商 Fluidstack 合作，将部署 20 万块 GPU。",
])
def test_the_company_building_with_a_cloud_is_the_lab_of_the_passage(text):
    g = one(text)
    assert (g["owner"], g["provider"], g["status"]) == ("Anthropic", "Fluidstack", "planned")


def test_a_cloud_renting_out_with_no_lab_named_keeps_its_chips():
    g = one("Oracle rents 50,000 GPUs to customers.")
    assert (g["owner"], g["provider"]) == ("Oracle", None)


# ---------------------------------------------------------------- counts and chips


@pytest.mark.parametrize(("text", "count", "chip"), [
    ("xAI bought 20,000 of the most advanced GPUs from Nvidia.", 20000, "GPU"),
    ("Meta will buy 350,000 of Nvidia's latest H100 chips by year end.", 350000, "H100"),
    ("xAI 将部署 10 万颗 Grace Blackwell 芯片。", 100000, "GB200"),
    ("OpenAI will get 64,000 Grace Blackwell chips at the site.", 64000, "GB200"),
    ("Microsoft ordered 50,000 Grace Hopper superchips.", 50000, "GH200"),
    ("CoreWeave will deploy 100,000 Blackwell Ultra GPUs.", 100000, "GB300"),
    ("Anthropic will use up to 1 million Ironwood TPUs.", 1000000, "TPU v7"),
    ("Google runs 50,000 TPU v5p chips for Gemini.", 50000, "TPU v5p"),
    ("Anthropic trains on 100,000 Trillium chips.", 100000, "TPU v6e"),
    ("Tesla 已購買 3.5 萬顆輝達 H100 晶片。", 35000, "H100"),
    ("據報導，xAI 已在孟菲斯部署 10 萬塊輝達 H100 GPU。", 100000, "H100"),
    ("Microsoft 將採購 48.5 萬顆輝達 Hopper 晶片。", 485000, "Hopper"),
    ("OpenAI will deploy 6 gigawatts of AMD MI450 chips, starting with 100,000 MI450 GPUs.",
     100000, "MI450"),
])
def test_counts_with_words_between_and_chip_families(text, count, chip):
    g = one(text)
    assert (g["count"], g["chip"]) == (count, chip)


@pytest.mark.parametrize("text", [
    "字节跳动计划采购英伟达 H20 芯片，拟先试购约 2 万颗。",
    "字節跳動計劃採購輝達 H20 晶片，擬先試購約 2 萬顆。",
])
def test_a_count_takes_the_chip_of_an_earlier_clause(text):
    g = one(text)
    assert (g["owner"], g["count"], g["chip"], g["status"]) == ("ByteDance", 20000, "H20", "planned")


def test_a_price_in_yuan_is_not_a_count():
    assert gpus("字节跳动采购 H20 芯片，单颗售价约 10 万块。") == []


def test_a_repeat_that_names_the_model_upgrades_the_chip():
    found = gpus("xAI 的 Colossus 已有 10 萬顆 GPU。目前 Colossus 配備 10 萬顆輝達 Hopper 架構 GPU，"
                 "下一步將擴充至 20 萬顆。")
    assert [(f["count"], f["chip"], f["status"]) for f in found] == [
        (100000, "Hopper", "operational"), (200000, "Hopper", "planned")]


def test_a_speaker_is_not_the_owner():
    g = one("Tesla will spend $10 billion this year on AI, Musk said, including buying 50,000 GPUs.")
    assert g["owner"] == "Tesla"


def test_to_be_online_is_planned():
    g = one("OpenAI expects to have well over 1 million GPUs online by the end of this year.")
    assert (g["status"], g["target_date"]) == ("planned", "by the end of this year")


@pytest.mark.parametrize(("text", "target"), [
    ("Oracle plans to deploy 50,000 AMD MI450 chips starting in the third quarter of 2026.",
     "in the third quarter of 2026"),
    ("騰訊已向輝達訂購 5 萬顆 H20 晶片，預計明年第一季交付。", "明年第一季"),
])
def test_quarters_as_target_dates(text, target):
    assert one(text)["target_date"] == target


@pytest.mark.parametrize("text", [
    "微軟與 Nscale 合作打造英國最大的超級電腦，配備逾 2.3 萬顆輝達 GB300 晶片。",
    "Microsoft is partnering with Nscale on a supercomputer that will hold 23,000 GB300 chips.",
])
def test_whoever_works_with_a_cloud_uses_its_chips(text):
    g = one(text)
    assert (g["owner"], g["provider"], g["count"]) == ("Microsoft", "Nscale", 23000)


@pytest.mark.parametrize(("text", "count"), [
    ("Meta will have compute equal to 600,000 H100s by the end of the year.", 600_000),
    ("Meta 今年底的算力将等效 60 万张 H100。", 600_000),
    ("Meta expects around 600,000 H100 equivalents of compute.", 600_000),
])
def test_compute_equivalence_is_a_count_of_equivalents(text, count):
    assert [(f["owner"], f["count"], f["chip"]) for f in gpus(text)] == [("Meta", count, "H100-equivalent")]


@pytest.mark.parametrize(("text", "status"), [
    ("Colossus will grow to 200,000 GPUs in a few months, 50,000 of them the newer H200.", "planned"),
    ("xAI runs 100,000 GPUs, 20,000 of which are H200s.", "operational"),
    ("xAI 的 Colossus 将在几个月内扩展到 20 万张 GPU，其中 5 万张为 H200。", "planned"),
    ("xAI 目前运行 10 万张 GPU，其中 2 万张是 H200。", "operational"),
])
def test_a_subset_keeps_its_chip_and_the_total_stays_generic(text, status):
    found = sorted((f["count"], f["chip"], f["status"]) for f in gpus("xAI. " + text))
    total = 200000 if "200,000" in text or "20 万" in text else 100000
    part = 50000 if total == 200000 else 20000
    assert found == [(part, "H200", status), (total, "GPU", status)]
