"""Length-preserving character folding, so every rule sees one spelling.

`fold(text)` maps full-width ASCII to ASCII, ASCII capitals to lower case,
odd spaces and quotes to plain ones, and the traditional Chinese characters
that occur in financing and compute news to their simplified forms. Every
mapping is one character to one character, so an offset in the folded text is
the same offset in the original: evidence spans stay exact.
"""

from __future__ import annotations

# Traditional -> simplified pairs (same position in both strings). Only
# characters whose simplified form differs are listed; the set covers the
# vocabulary of funding, compute, company and people names in tech news.
_TRADITIONAL = (
    "萬億兩個張塊臺輪資獲達將與為訓練幣計劃擁約過進後結東國紅書團裡裏騰訊輝雲層開發佈業機構對於時間這們長漲價總額"
    "預購買數據報導談擬尋領參戰種筆單規籌創辦並運營電腦級務產幾費組還會來從獨雖說稱爾馬貝傑遜亞歐義爭競圖問題應該區際續"
    "軟銀門動節華階躍譜號聯網輯顆畫頭兆陸啟啓億萬頂隊寶訂閱戶積釋隨體現實記錄項貨廣場億舉辦車貸債權條件確認簽署協議"
    "歷將經濟濟術語傳聞稱據悉獲悉萬張顯卡處理器導體晶圓廠設備測試標準雙倍減縮擴增長幅專屬宣佈轉換兌匯率額度級別"
    "億兩臺灣館蘋鏈齊龍鳳極無線網絡網路衛島灣頓羅紐約倫敦雅圖澤蘭諾澳門馮劉陳楊張黃趙錢孫鄭吳許韓謝蘇盧蔣蔡賈丁魏"
    "邊帶達標準備註冊淨營收購併將來說話語類幣別樣樣態態勢"
)
_SIMPLIFIED = (
    "万亿两个张块台轮资获达将与为训练币计划拥约过进后结东国红书团里里腾讯辉云层开发布业机构对于时间这们长涨价总额"
    "预购买数据报导谈拟寻领参战种笔单规筹创办并运营电脑级务产几费组还会来从独虽说称尔马贝杰逊亚欧义争竞图问题应该区际续"
    "软银门动节华阶跃谱号联网辑颗画头兆陆启启亿万顶队宝订阅户积释随体现实记录项货广场亿举办车贷债权条件确认签署协议"
    "历将经济济术语传闻称据悉获悉万张显卡处理器导体晶圆厂设备测试标准双倍减缩扩增长幅专属宣布转换兑汇率额度级别"
    "亿两台湾馆苹链齐龙凤极无线网络网路卫岛湾顿罗纽约伦敦雅图泽兰诺澳门冯刘陈杨张黄赵钱孙郑吴许韩谢苏卢蒋蔡贾丁魏"
    "边带达标准备注册净营收购并将来说话语类币别样样态态势"
)


def _build_table() -> dict[int, int]:
    table: dict[int, int] = {}
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
    assert len(_TRADITIONAL) == len(_SIMPLIFIED)
    for trad, simp in zip(_TRADITIONAL, _SIMPLIFIED, strict=True):
        if trad != simp:
            table[ord(trad)] = ord(simp)
    # full-width capitals were mapped to ASCII capitals above; lower them too
    for code in range(0xFF21, 0xFF3B):
        table[code] = code - 0xFEE0 + 32
    return table


FOLD_TABLE = _build_table()


def fold(text: str) -> str:
    """Return `text` folded for matching; `len(fold(t)) == len(t)` always."""
    return text.translate(FOLD_TABLE)
