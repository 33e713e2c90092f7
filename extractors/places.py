"""Countries, regions and cities that news names as a company's home or as where money goes.

"Ireland's Tines raised $125 million" (a home), "a $1 billion investment in Thailand", "向英国新增
50 亿英镑投资" (where a company spends). A short list of the places AI compute news names, not a
gazetteer: a place missing here only loses those readings.
"""

from __future__ import annotations

import re

# As written in English text (title case).
PLACES_EN = (
    "America|Britain|Canada|China|Denmark|Estonia|Finland|France|Germany|India|Indonesia|Ireland|Israel|Italy|Japan|"
    "Korea|South Korea|Mexico|Netherlands|Norway|Poland|Portugal|Saudi Arabia|Singapore|Spain|Sweden|Switzerland|"
    "Taiwan|Turkey|UAE|the UAE|UK|the UK|Ukraine|Vietnam|Europe|Asia|Africa|Brazil|Australia|Austria|Belgium|"
    "Czechia|Nigeria|Kenya|Egypt|Qatar|Dubai|Abu Dhabi|London|Paris|Berlin|Munich|Stockholm|Tel Aviv|Toronto|"
    "Montreal|Bangalore|Bengaluru|Tokyo|Seoul|Beijing|Shanghai|Shenzhen|Hangzhou|Zurich|Amsterdam|Helsinki|Dublin"
)
# Further countries and regions that receive data-centre investment, in folded (lower-case) text,
# and the words that point back to a place named before.
_MORE_PLACES_EN = (
    "thailand|malaysia|philippines|armenia|kazakhstan|chile|argentina|colombia|south africa|morocco|"
    "new zealand|greece|romania|hungary|the netherlands|the united kingdom|the united states|the us|the u\\.s\\.|"
    "the country|the kingdom|the region|the state|southeast asia|latin america|the middle east|the gulf"
)
PLACES_ZH = (
    "美国|英国|法国|德国|日本|韩国|印度|印尼|印度尼西亚|泰国|马来西亚|新加坡|越南|菲律宾|澳大利亚|加拿大|墨西哥|巴西|"
    "沙特|沙特阿拉伯|阿联酋|卡塔尔|以色列|意大利|西班牙|葡萄牙|荷兰|挪威|瑞典|芬兰|丹麦|波兰|爱尔兰|瑞士|土耳其|"
    "欧洲|亚洲|非洲|东南亚|中东|拉美|台湾|香港|该国|当地|该地区|该州"
)
PLACE_NAMES = frozenset(PLACES_EN.split("|"))
# "in Thailand", "into the country" after an investment (folded text)
# (the place itself, not a thing of it: "in Spain's renewable grid", "in Thailand's startups")
IN_PLACE = re.compile(rf"\s(?:in|into|across)\s(?:{PLACES_EN.lower()}|{_MORE_PLACES_EN})\b(?!['’]s\b)")
# "向英国新增", "对该国的", "在泰国投资" right before an investment's sum (folded text; not "对当地员工培训投资")
TO_PLACE_ZH = re.compile(
    rf"(?:向|对|在|于)\s?(?:{PLACES_ZH})\s?(?:的)?\s?(?:新增|追加|再|额外|合计|共|累计)?\s?(?:投资|投入)?\s?"
    rf"(?:约|超过|逾|近|达)?\s?$")
