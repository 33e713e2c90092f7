"""Length-preserving character folding, so every rule sees one spelling.

`fold(text)` maps full-width ASCII to ASCII, ASCII capitals to lower case,
odd spaces and quotes to plain ones, and traditional Chinese characters to their
simplified forms, then the few words Taiwan and Hong Kong write differently
(晶片 -> 芯片, 資料中心 -> 数据中心) to mainland words of the same length. Every
mapping keeps the length, so an offset in the folded text is the same offset in
the original: evidence spans stay exact.

The character table is OpenCC's (from the opencc package), taking a character only
where the mapping goes both ways (see `_opencc_pairs`); our own pairs below come on
top and win.
"""

from __future__ import annotations

import re
from importlib import resources

# Traditional -> simplified pairs: the characters of funding, compute, company
# and people names in tech news whose simplified form differs.
_PAIRS = (
    "愛爱 罷罢 備备 貝贝 筆笔 畢毕 邊边 變变 標标 別别 賓宾 補补 燦灿 層层 產产 場场 長长 嘗尝 車车 徹彻 塵尘 陳陈 稱称 誠诚 "
    "馳驰 齒齿 蟲虫 處处 傳传 創创 詞词 從从 叢丛 錯错 達达 帶带 單单 擔担 當当 黨党 導导 燈灯 敵敌 遞递 點点 電电 調调 頂顶 "
    "東东 動动 鬥斗 獨独 斷断 隊队 對对 噸吨 奪夺 惡恶 兒儿 爾尔 發发 罰罚 範范 飛飞 廢废 費费 紛纷 奮奋 豐丰 鳳凤 婦妇 復复 "
    "負负 該该 蓋盖 幹干 趕赶 剛刚 綱纲 鋼钢 個个 給给 鞏巩 貢贡 溝沟 構构 購购 夠够 顧顾 關关 觀观 館馆 廣广 規规 歸归 櫃柜 "
    "貴贵 國国 過过 漢汉 號号 後后 話话 懷怀 壞坏 歡欢 環环 還还 換换 會会 夥伙 貨货 獲获 機机 積积 極极 幾几 際际 濟济 計计 "
    "記记 紀纪 繼继 績绩 價价 駕驾 堅坚 間间 檢检 簡简 見见 將将 講讲 獎奖 膠胶 僑侨 腳脚 較较 階阶 節节 潔洁 結结 緊紧 僅仅 "
    "進进 盡尽 驚惊 經经 淨净 舊旧 據据 劇剧 決决 絕绝 覺觉 軍军 開开 凱凯 課课 塊块 寬宽 礦矿 虧亏 擴扩 闊阔 來来 藍蓝 蘭兰 "
    "覽览 爛烂 勞劳 樂乐 類类 離离 裡里 裏里 禮礼 歷历 麗丽 厲厉 勵励 連连 聯联 臉脸 練练 糧粮 兩两 輛辆 療疗 獵猎 臨临 靈灵 "
    "領领 劉刘 龍龙 樓楼 錄录 陸陆 亂乱 輪轮 論论 羅罗 邏逻 馬马 買买 賣卖 麥麦 滿满 貿贸 們们 門门 夢梦 彌弥 綿绵 滅灭 納纳 "
    "難难 腦脑 鬧闹 內内 擬拟 鳥鸟 寧宁 農农 濃浓 歐欧 盤盘 賠赔 鵬鹏 騙骗 頻频 憑凭 撲扑 鋪铺 齊齐 騎骑 豈岂 啟启 啓启 氣气 "
    "棄弃 遷迁 簽签 錢钱 淺浅 槍枪 搶抢 牆墙 橋桥 輕轻 傾倾 慶庆 窮穷 區区 趨趋 權权 勸劝 確确 讓让 擾扰 熱热 認认 榮荣 軟软 "
    "銳锐 潤润 賽赛 喪丧 掃扫 殺杀 傷伤 燒烧 設设 審审 聲声 勝胜 聖圣 師师 濕湿 時时 實实 識识 駛驶 勢势 試试 視视 飾饰 釋释 "
    "壽寿 書书 屬属 數数 樹树 雙双 稅税 順顺 說说 碩硕 絲丝 鬆松 訴诉 雖虽 隨随 歲岁 孫孙 損损 縮缩 鎖锁 臺台 態态 談谈 湯汤 "
    "濤涛 討讨 騰腾 體体 條条 鐵铁 廳厅 聽听 頭头 圖图 團团 網网 圍围 偉伟 衛卫 為为 維维 穩稳 問问 無无 誤误 霧雾 襲袭 習习 "
    "係系 戲戏 細细 嚇吓 廈厦 鮮鲜 纖纤 閒闲 顯显 險险 現现 線线 憲宪 鄉乡 詳详 響响 項项 銷销 曉晓 協协 寫写 謝谢 興兴 選选 "
    "學学 尋寻 詢询 訓训 訊讯 壓压 亞亚 煙烟 嚴严 鹽盐 顏颜 驗验 陽阳 養养 樣样 藥药 頁页 業业 葉叶 醫医 儀仪 億亿 藝艺 議议 "
    "義义 譯译 陰阴 隱隐 銀银 飲饮 應应 營营 擁拥 優优 郵邮 猶犹 遊游 魚鱼 與与 語语 預预 園园 員员 圓圆 遠远 願愿 約约 躍跃 "
    "閱阅 雲云 運运 雜杂 災灾 載载 讚赞 責责 擇择 則则 贈赠 齋斋 債债 戰战 張张 漲涨 帳账 趙赵 這这 針针 陣阵 鎮镇 爭争 徵征 "
    "證证 執执 職职 紙纸 製制 質质 鐘钟 種种 眾众 週周 軸轴 築筑 註注 莊庄 裝装 狀状 準准 資资 綜综 總总 縱纵 組组 鑽钻 礎础 "
    "絡络 萬万 顆颗 幣币 劃划 訂订 戶户 釐厘 續续 專专 屆届 蘋苹 鏈链 廠厂 測测 減减 佈布 兌兑 匯汇 級级 灣湾 韓韩 鄭郑 蔣蒋 "
    "盧卢 蘇苏 吳吴 許许 馮冯 楊杨 黃黄 紐纽 倫伦 頓顿 諾诺 澤泽 聞闻 傑杰 遜逊 統统 貸贷 術术 舉举 辦办 務务 輝辉 紅红 華华 "
    "譜谱 輯辑 寶宝 "
    "財财 強强 勁劲 儲储 賬账 於于 曆历 贏赢 輸输 賺赚 錶表 鍵键 閘闸 閃闪 闆板 須须 颱台 飯饭 "
    "複复 親亲 觸触 託托 訪访 診诊 誌志 誕诞 誰谁 請请 諸诸 謀谋 謂谓 謹谨 護护 貧贫 販贩 貪贪 貫贯 "
    "貯贮 貶贬 賀贺 賞赏 賢贤 賦赋 賭赌 賴赖 贊赞 跡迹 踐践 蹤踪 軌轨 輔辅 輩辈 轟轰 違违 適适 遲迟 "
    "遺遗 遼辽 鈔钞 銅铜 銘铭 錦锦 鍊链 鍋锅 鑄铸 鑑鉴 閉闭 閣阁 閥阀 隸隶 靜静 駐驻 騷骚 鴻鸿 鯨鲸 "
    "報报 參参 籌筹 並并 競竞 題题 畫画 轉转 額额 島岛 賈贾 冊册 併并 勳勋 鳴鸣 閆闫 鋒锋 彥彦 風风 攜携 壯壮 瑪玛 烏乌 紹绍 鏡镜 貼贴 鄰邻 憶忆 讀读 佔占 縣县 貳贰 驅驱 漸渐 虛虚 邁迈 氫氢 礙碍 鉅巨 囑嘱 誇夸 劑剂 崑昆 崙仑 "
)


def _opencc_pairs() -> dict[int, int]:
    """Traditional -> simplified characters of OpenCC, where the simplified character's own
    first traditional form is that character: 餘 -> 余, but not 昇 -> 升 (升 is written 升 in
    traditional too, and 昇 stays in simplified names such as 昇腾)."""
    dictionary = resources.files("opencc").joinpath("dictionary")
    first_traditional: dict[str, str] = {}
    for line in dictionary.joinpath("STCharacters.txt").read_text(encoding="utf-8").splitlines():
        simplified, _, traditional = line.partition("\t")
        if traditional:
            first_traditional[simplified] = traditional.split()[0]
    pairs: dict[int, int] = {}
    for line in dictionary.joinpath("TSCharacters.txt").read_text(encoding="utf-8").splitlines():
        traditional, _, simplified = line.partition("\t")
        candidates = simplified.split()
        if (len(traditional) == 1 and candidates and len(candidates[0]) == 1
                and ord(candidates[0]) < 0x10000
                and first_traditional.get(candidates[0]) == traditional):
            pairs[ord(traditional)] = ord(candidates[0])
    return pairs


def _build_table() -> dict[int, int]:
    table: dict[int, int] = _opencc_pairs()
    for code in range(0xFF01, 0xFF5F):  # full-width ASCII block
        table[code] = code - 0xFEE0
    for code in range(ord("A"), ord("Z") + 1):
        table[code] = code + 32
    for ch in "\u3000\u00a0\u2002\u2003\u2009\u200a\u202f\u205f\t":
        table[ord(ch)] = ord(" ")
    for ch in "\u2018\u2019\u2032\u00b4":
        table[ord(ch)] = ord("'")
    table[ord("\uffe5")] = ord("¥")  # full-width yen/yuan sign
    table[ord("\u2013")] = ord("-")  # en dash, as in "$5–6 billion"
    table[ord("\u2212")] = ord("-")
    for pair in _PAIRS.split():
        table[ord(pair[0])] = ord(pair[1])
    # full-width capitals were mapped to ASCII capitals above; lower them too
    for code in range(0xFF21, 0xFF3B):
        table[code] = code - 0xFEE0 + 32
    return table


FOLD_TABLE = _build_table()
# The same mapping as a tuple of code points indexed by code point, for `str.translate`:
# a tuple item is an existing object, where a dict raises KeyError for each character it
# does not map and a string builds a new one-character string for each look-up, so this
# table folds text of any script fastest. It ends at U+FFFF (a table as long as the last
# character it maps would hold 170,000 numbers): the few traditional characters past U+FFFF
# are mapped apart, in text that has a character past U+FFFF at all.
_FOLD_CODES = tuple(FOLD_TABLE.get(code, code) for code in range(0x10000))
_ASTRAL = {chr(code): chr(to) for code, to in FOLD_TABLE.items() if code > 0xFFFF}
_ASTRAL_RE = re.compile("[" + "".join(sorted(_ASTRAL)) + "]")


def _astral(m: re.Match) -> str:
    return _ASTRAL[m.group()]


# Words that Taiwan and Hong Kong write differently from the mainland, as
# (folded traditional word, mainland word) of the same length, so that the
# grammar knows one vocabulary: 晶片 is 芯片, 資料中心 is 数据中心.
_WORDS = (
    ("晶片", "芯片"), ("资料中心", "数据中心"), ("伺服器", "服务器"), ("人工智慧", "人工智能"),
    ("丛集", "集群"), ("绘图卡", "显示卡"), ("绘图处理器", "图形处理器"), ("计画", "计划"),
)
_WORD_TRIGGERS = tuple((traditional[0], traditional, mainland) for traditional, mainland in _WORDS)


def fold(text: str) -> str:
    """Return `text` folded for matching; `len(fold(t)) == len(t)` always."""
    folded = text.translate(_FOLD_CODES)
    # (a character past U+FFFF takes four bytes in UTF-16, every other one two)
    if not folded.isascii() and len(folded.encode("utf-16-le", "surrogatepass")) != 2 * len(folded):
        folded = _ASTRAL_RE.sub(_astral, folded)
    for first, traditional, mainland in _WORD_TRIGGERS:
        if first in folded:
            folded = folded.replace(traditional, mainland)
    return folded
