"""Pages through the fetcher into `parse_article`: encodings come out clean end to end."""

from __future__ import annotations

import asyncio
import gzip

import pytest

from extractors.article import parse_article
from flows.config import HttpSettings
from flows.fetcher import Fetcher

from .loopback import LOOPBACK, LoopbackSite
from .pages import EN_PARAGRAPHS, ZH_HANT_PARAGRAPHS, ZH_PARAGRAPHS, article_html


def fetch_and_parse(settings: HttpSettings, url: str):
    async def go():
        async with Fetcher(settings, LOOPBACK) as fetcher:
            return await fetcher.fetch(url)

    page = asyncio.run(go())
    return parse_article(page.body, url=page.final_url,
                         content_type=page.headers.get("content-type"))


@pytest.mark.parametrize("name, paragraphs, encoding, content_type, lang", [
    ("gbk-undeclared", ZH_PARAGRAPHS, "gbk", "text/html", "zh"),
    ("gb18030-undeclared", [*ZH_PARAGRAPHS, "汉字扩展：䶮、𠮷。"], "gb18030", "text/html", "zh"),
    ("big5-undeclared", ZH_HANT_PARAGRAPHS, "big5", "text/html", "zh-Hant"),
    ("gb2312-header", ZH_PARAGRAPHS, "gbk", "text/html; charset=gb2312", "zh"),
    ("utf8-bom", EN_PARAGRAPHS, "utf-8-sig", "text/html; charset=iso-8859-1", "en"),
])
def test_page_encodings_come_out_clean(site: LoopbackSite, http: HttpSettings, name, paragraphs,
                                       encoding, content_type, lang):
    title = {"en": "Title", "zh": "标题", "zh-Hant": "標題"}[lang]
    html = article_html(title, paragraphs, lang=lang, charset=None)
    site.page(f"/{name}.html", html.encode(encoding), content_type)
    article = fetch_and_parse(http, site.url(f"/{name}.html"))
    assert "\ufffd" not in article.text
    for paragraph in paragraphs:
        assert paragraph in article.text
    assert article.lang == lang


def test_gzipped_gbk_page_decodes(site: LoopbackSite, http: HttpSettings):
    html = article_html("标题", ZH_PARAGRAPHS, lang="zh", charset=None)
    site.page("/z.html", gzip.compress(html.encode("gbk")), "text/html",
              headers={"Content-Encoding": "gzip"})
    assert ZH_PARAGRAPHS[0] in fetch_and_parse(http, site.url("/z.html")).text
