"""GPU owners when a cloud buys or builds for a lab, a chipmaker rents, or a programme sets a bar;
the status of power in deals and of sites that will come online. Every sentence is written for
the test."""

from __future__ import annotations

import pytest

from extractors.facts import extract_facts


def _gpus(text):
    return [(g["owner"], g["count"], g["provider"]) for g in extract_facts(text)["gpus"]]


def _power(text):
    return [(p["mw"], p["status"]) for p in extract_facts(text)["power"]]


# --- what each member of a programme is meant to hold is a bar, no one's chips

@pytest.mark.parametrize("text", [
    "Telekom will run the Munich site. It is separate from the EU's planned AI gigafactories, each of "
    "which is supposed to hold more than 100,000 GPUs.",
    "Orange hopes to bid for one of the EU's AI gigafactories, each meant to house at least 100,000 GPUs.",
])
def test_what_each_of_a_programme_is_meant_to_hold_gives_no_count(text):
    assert _gpus(text) == []


def test_a_site_that_holds_chips_is_still_counted():
    text = "Deutsche Telekom will deploy 10,000 Nvidia Blackwell GPUs at its Munich site, each of them in a DGX system."
    assert [g[:2] for g in _gpus(text)] == [("Deutsche Telekom", 10_000)]


# --- chips a cloud buys for a lab's data centre, or a site a cloud builds, are the lab's

def test_chips_bought_for_a_labs_data_centre_in_chinese_are_the_labs():
    text = "甲骨文计划采购约 40 万块英伟达 GB200，用于 OpenAI 在得州的数据中心。"
    assert _gpus(text) == [("OpenAI", 400_000, "Oracle")]


def test_chips_bought_for_two_labs_stay_the_buyers():
    text = "微软计划采购 5 万块 GPU，用于 OpenAI 和 Anthropic 的模型训练。"
    assert [g[0] for g in _gpus(text)] == ["Microsoft"]


def test_a_site_a_cloud_builds_for_the_lab_the_passage_is_about_holds_the_labs_chips():
    text = "OpenAI 将向甲骨文购买算力。位于阿比林的旗舰园区由 Crusoe 负责建设，建成后将部署超过 45 万块 GB200。"
    assert [g[:2] for g in _gpus(text)] == [("OpenAI", 450_000)]


# --- a chipmaker that rents GPUs from a cloud owns them

@pytest.mark.parametrize("text", [
    "英伟达同意向 Lambda 租用 1 万块 GPU，租期四年。",
    "英伟达同意以约 13 亿美元的总价，向 Lambda 租用 1 万块 GPU，租期四年。",
])
def test_a_chipmaker_renting_from_a_cloud_owns_the_chips(text):
    assert _gpus(text) == [("Nvidia", 10_000, "Lambda")]


def test_a_chipmakers_rental_is_its_cost():
    text = "英伟达同意以约 13 亿美元的总价，向 Lambda 租用 1 万块 GPU，租期四年。"
    assert [c["subject"] for c in extract_facts(text)["costs"]] == ["Nvidia"]


# --- power in a deal is capacity to come; a site that "will come online" is planned

@pytest.mark.parametrize("text, expected", [
    ("OpenAI signed a deal with AMD covering 6 gigawatts of Instinct GPUs.", [(6000, "planned")]),
    ("OpenAI 与博通宣布合作部署 10 吉瓦定制 AI 加速器。", [(10_000, "planned")]),
    ("Meta's Prometheus cluster in Ohio will come online in 2026 at 1 GW.", [(1000, "planned")]),
    ("Meta's Prometheus cluster is expected to be operational at 1 GW.", [(1000, "planned")]),
    # (what runs now stays operational)
    ("Meta's Prometheus cluster is already online at 1 GW.", [(1000, "operational")]),
])
def test_power_in_a_deal_or_coming_online_is_planned(text, expected):
    assert _power(text) == expected


# --- review 21: the new rules stay within their frames

@pytest.mark.parametrize("text, status", [
    ("DeepSeek 最终仅用 2048 颗 H800 完成了 V3 的训练。", "training"),
    ("xAI 最终在孟菲斯部署了 10 万颗 H100。", "operational"),
    ("OpenAI eventually bought 10,000 H100 GPUs from Microsoft in 2023.", "operational"),
    ("The Stargate site in Abilene eventually could accommodate up to 400,000 GB200 chips, OpenAI said.", "planned"),
])
def test_eventually_plans_only_what_will_be(text, status):
    assert [g["status"] for g in extract_facts(text)["gpus"]] == [status]


@pytest.mark.parametrize("text, count", [
    ("xAI plans two more clusters, each expected to have 200,000 GB200 GPUs.", 200_000),
    ("Amazon plans Rainier sites, each meant to contain at least 100,000 Trainium2 chips.", 100_000),
])
def test_what_each_of_a_labs_own_sites_holds_is_counted(text, count):
    assert {g[1] for g in _gpus(text)} == {count}  # (once per site when the sites are counted)


@pytest.mark.parametrize("text, owner", [
    ("阿里云部署 1 万颗 H20，用于 DeepSeek 模型的推理服务。", "Alibaba"),
    ("谷歌采购 10 万块 GPU，用于 Anthropic。", "Anthropic"),
])
def test_chips_used_for_serving_a_labs_model_stay_the_clouds(text, owner):
    assert [g[0] for g in _gpus(text)] == [owner]


@pytest.mark.parametrize("text, owner, provider", [
    ("甲骨文联合 OpenAI 建设星际之门，部署 40 万颗 GB200。", "OpenAI", "Oracle"),
    ("华为联合科大讯飞发布新平台，该平台基于 8000 张昇腾 910B。", "iFlytek", "Huawei"),
])
def test_a_lab_named_after_jointly_uses_what_the_cloud_builds(text, owner, provider):
    assert _gpus(text) == [(owner, 400_000 if "GB200" in text else 8000, provider)]


@pytest.mark.parametrize("text, status", [
    ("Under the 2023 contract, Microsoft's 300 MW campus in Iowa already supplies OpenAI.", "operational"),
    ("The deal includes xAI's 300 MW Colossus site in Memphis, which has been running since 2024.", "operational"),
    ("英伟达与 OpenAI 签署协议，部署至少 10 吉瓦的英伟达系统。", "planned"),
])
def test_a_deal_plans_only_the_capacity_it_covers(text, status):
    assert [s for _, s in _power(text)] == [status]


# --- a longer 的-modifier between the count and the chip; a seller named with its kind

def test_a_chipmaker_renting_from_a_cloud_named_with_its_kind_owns_the_chips():
    text = "輝達同意在四年內支付13億美元，向雲端業者Lambda租用1萬顆搭載自家晶片的GPU，供其研究人員使用。"
    assert _gpus(text) == [("Nvidia", 10_000, "Lambda")]


def test_a_lab_s_first_tranche_in_chinese_is_funding_not_a_site_phase():
    text = "亚马逊宣布对这家 Claude 开发商首期投资 12.5 亿美元。"
    facts = extract_facts(text)
    assert [(f["lab"], f["amount"]) for f in facts["funding"]] == [("Anthropic", 1_250_000_000)]
    assert facts["costs"] == []


def test_a_cloud_deploying_for_its_partner_provides_the_partners_chips():
    text = "Nscale 则在 10 月与微软达成协议，将在得州、葡萄牙和英国为其部署约 20 万颗英伟达 GB300。"
    assert _gpus(text) == [("Microsoft", 200_000, "Nscale")]


@pytest.mark.parametrize("text, count", [
    ("甲骨文今年 6 月已推出搭載多達13萬1,072顆MI355X的Zettascale叢集。", 131_072),
    ("该集群由 1万2000 张 H800 组成，归 DeepSeek 所有。", 12_000),
])
def test_a_count_written_as_wan_and_the_rest(text, count):
    assert [g[1] for g in _gpus(text)] == [count]


# --- the lab whose site a cloud builds, named in the same sentence; power said to come online later

@pytest.mark.parametrize("text, owner", [
    ("OpenAI 在阿比林的星际之门园区由 Crusoe 负责建设，将部署 40 万颗 GB200。", "OpenAI"),
    ("OpenAI's Abilene campus, built by Crusoe, will hold 400,000 GB200 chips.", "OpenAI"),
    ("Anthropic 的新园区由 Fluidstack 负责兴建，预计部署 10 万颗 GPU。", "Anthropic"),
])
def test_the_lab_whose_site_a_cloud_builds_owns_its_chips(text, owner):
    assert [(g[0], g[2]) for g in _gpus(text)] == [(owner, "Crusoe" if "Crusoe" in text else "Fluidstack")]


@pytest.mark.parametrize("text", [
    "Stargate UAE's first 200 MW is expected to be operational in 2026.",
    "OpenAI will open its first Stargate UAE site next year. The 200 MW site will come online in 2026.",
])
def test_power_said_to_come_online_later_is_planned(text):
    assert [s for _, s in _power(text)] == ["planned"]


def test_chips_a_relative_clause_says_a_lab_would_build_are_its():
    text = ("That round, whose backers included Microsoft and Nvidia, was meant to bankroll a cluster of 22,000 "
            "Nvidia H100 chips that Inflection said it would build with cloud provider CoreWeave.")
    assert _gpus(text) == [("Inflection AI", 22_000, "CoreWeave")]


# --- review 22: the frames stay within their reach

@pytest.mark.parametrize("text", [
    "OpenAI signed a 4.5 GW deal with Oracle for more Stargate capacity.",
    "AMD 与 OpenAI 签署 6 吉瓦协议。",
    "Meta signed a deal to buy up to 750 megawatts of solar power for its data centers from Zelestra.",
])
def test_capacity_a_deal_sets_up_is_planned(text):
    assert [s for _, s in _power(text)] == ["planned"]


@pytest.mark.parametrize("text, expected", [
    ("Anthropic will use 1 million TPUs that Google is building into its data centers.",
     ("Anthropic", 1_000_000, "Google")),
    ("Microsoft agreed to rent 200,000 GB300 chips that Nscale will deploy in Texas.",
     ("Microsoft", 200_000, "Nscale")),
    ("Amazon built Project Rainier with 500,000 Trainium2 chips that Anthropic trains on.",
     ("Anthropic", 500_000, "Amazon")),
])
def test_a_relative_clause_user_and_its_cloud(text, expected):
    assert _gpus(text) == [expected]


@pytest.mark.parametrize("text, expected", [
    ("微软表示 Nscale 将为其部署 20 万颗 GB300。", ("Microsoft", 200_000, "Nscale")),
    ("OpenAI 表示 CoreWeave 将为其部署 25 万颗 GPU。", ("OpenAI", 250_000, "CoreWeave")),
])
def test_for_it_is_the_speaker_when_one_speaks(text, expected):
    assert _gpus(text) == [expected]


@pytest.mark.parametrize("text, owner", [
    ("Meta's rival OpenAI has a Norway site, built by Nscale, with 100,000 GB300 chips.", "Nscale"),
    ("OpenAI 和 Anthropic 的竞争加剧，得州园区由 Crusoe 负责建设，将部署 10 万颗 GB200。", "Crusoe"),
])
def test_a_lab_is_a_sites_owner_only_as_its_possessor(text, owner):
    assert [g[0] for g in _gpus(text)] == [owner]


@pytest.mark.parametrize("text, count", [
    ("xAI 的 Colossus 已部署 13 萬 1,072 顆 GPU。", 131_072),
    ("Meta 拥有 2 万 4576 张 H100。", 24_576),
])
def test_a_count_written_as_wan_and_the_rest_with_spaces(text, count):
    assert [g[1] for g in _gpus(text)] == [count]


@pytest.mark.parametrize("text", [
    "根据协议，CoreWeave 还拥有在该数据中心园区再租用 150 兆瓦的选择权。",
    "微软与 Helion 签署购电协议，后者承诺从 2028 年起供电，并在一年爬坡期后达到至少 50 兆瓦的数据中心用电。",
])
def test_power_after_a_chinese_deal_word_is_planned(text):
    assert [s for _, s in _power(text)] == ["planned"]
