"""Article pages for the fetching tests, written for them: English, simplified and traditional
Chinese, in any encoding, with or without a declared charset."""

from __future__ import annotations

from html import escape

EN_PARAGRAPHS = [
    "Mistral AI said on Tuesday that it has raised 600 million euros in a Series B round led "
    "by General Catalyst, valuing the Paris start-up at about 5.8 billion euros.",
    "The company plans to spend much of the money on computing capacity, renting thousands of "
    "Nvidia accelerators to train its next family of open-weight language models.",
    "Mistral was founded in 2023 by researchers who previously worked at Google DeepMind and "
    "Meta, and it has released several models under permissive licences since then.",
]

ZH_PARAGRAPHS = [
    "月之暗面宣布完成新一轮融资，阿里巴巴领投，本轮融资金额超过十亿美元，公司估值随之大幅上升。",
    "公司表示，新资金将主要用于扩充算力，采购更多图形处理器，并继续训练更大规模的长文本模型。",
    "业内人士认为，大模型公司之间的竞争正在从模型能力转向算力储备与商业化落地的综合比拼。",
]

ZH_HANT_PARAGRAPHS = [
    "人工智慧公司宣布完成新一輪募資，輝達與超微皆參與投資，這輪募資金額達到六十億美元。",
    "公司計畫把位於孟菲斯的資料中心繼續擴充，目標是部署二十萬顆圖形處理器來訓練新模型。",
    "分析師指出，算力規模已經成為大型語言模型競爭中最重要的門檻之一，資金需求也越來越高。",
]


def article_html(title: str, paragraphs: list[str], *, lang: str = "en",
                 charset: str | None = "utf-8", canonical: str | None = None,
                 published: str | None = None) -> str:
    """A news page with navigation and a footer around the article body."""
    head = [f'<meta charset="{charset}">' if charset else "",
            f"<title>{escape(title)}</title>"]
    if canonical:
        head.append(f'<link rel="canonical" href="{escape(canonical)}">')
    if published:
        head.append(f'<meta property="article:published_time" content="{published}">')
    body = "".join(f"<p>{escape(p)}</p>" for p in paragraphs)
    return (f'<!DOCTYPE html><html lang="{lang}"><head>{"".join(head)}</head><body>'
            '<header><nav><a href="/">Home</a> <a href="/ai">AI</a></nav></header>'
            f"<main><article><h1>{escape(title)}</h1>{body}</article></main>"
            "<footer><p>Example News. All rights reserved.</p></footer></body></html>")
