"""parse_article on fixture pages: body, metadata, encodings, broken input."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extractors.article import Article, article_record, parse_article

PAGES = Path(__file__).resolve().parents[1] / "fixtures" / "pages"


def page(name: str) -> bytes:
    return (PAGES / name).read_bytes()


@pytest.fixture(scope="module")
def english() -> Article:
    return parse_article(
        page("en_newsarticle.html"), url="https://news.example.com/markets/today?ref=home"
    )


def test_english_news_article_metadata_comes_from_json_ld(english):
    assert english.title == "Example Labs raises $2 billion to build a 100,000-GPU cluster"
    # JSON-LD datePublished wins over article:published_time
    assert english.published == "2024-05-28T08:30:00+08:00"
    # the first author is an @id reference into the @graph
    assert english.authors == ["Jane Doe", "John Roe"]
    assert english.lang == "en-US"
    assert english.encoding == "utf-8"


def test_english_canonical_url_is_resolved_and_stripped(english):
    assert english.canonical_url == "https://news.example.com/2024/05/28/example-labs-raises?id=42"


def test_english_body_keeps_paragraphs_and_drops_page_chrome(english):
    lines = english.text.split("\n")
    assert any(line.startswith("Example Labs, a two-year-old") for line in lines)
    assert any(line.startswith("Analysts said the size of the round") for line in lines)
    for chrome in ("Most read", "Ten gadgets", "All rights reserved", "Markets"):
        assert chrome not in english.text


def test_gbk_page_without_declaration():
    article = parse_article(page("zh_gbk_undeclared.html"))
    assert article.encoding == "gb18030"
    assert article.lang == "zh"
    assert article.title == "星河智能完成新一轮融资"
    assert "金额为六亿美元，投后估值达到四十亿美元" in article.text
    assert "首页" not in article.text
    assert article.published == "2024-05-28"  # from the "pubtime" element, time has no offset


def test_big5_traditional_page_without_declaration():
    article = parse_article(page("zh_big5_undeclared.html"))
    assert article.encoding == "big5hkscs"
    assert article.lang == "zh-Hant"
    assert article.title == "晨曦科技宣佈完成新一輪融資"
    assert "誰能取得更多晶片" in article.text


def test_bom_beats_a_wrong_meta_charset():
    article = parse_article(page("bom_utf8_wrong_meta.html"))
    assert article.encoding == "utf-8"
    assert article.title == "Café owners try a GPU cluster — naïvely"
    assert "The résumé of their barista" in article.text
    assert article.lang == "en"  # no declaration: guessed from the text


def test_wrong_header_charset_yields_to_the_meta_declaration():
    article = parse_article(page("zh_meta_gb2312.html"), content_type="text/html; charset=utf-8")
    assert article.encoding == "gb18030"
    assert "新建的大型集群往往需要上百兆瓦的电力" in article.text


def test_declared_chinese_page_with_tracking_canonical():
    article = parse_article(page("zh_utf8_declared.html"))
    assert article.canonical_url == "https://www.example.cn/news/12345.html?page=2"
    assert article.title == "云端公司计划建设十万卡集群"  # site name cut from <title>
    assert article.published == "2024-06-03"
    assert article.lang == "zh"


def test_malformed_page_still_gives_what_it_can():
    article = parse_article(page("malformed.html"))
    assert article.title == "A page with broken markup"  # JSON-LD with trailing commas
    assert article.published == "2023-11-02"
    assert article.authors == ["Ann Example"]
    assert article.canonical_url is None  # og:url is javascript:, and no url was given
    assert "First paragraph of a page whose markup is broken" in article.text
    assert "Third paragraph inside a table cell" in article.text


def test_page_of_bare_paragraphs_falls_back_to_the_paragraph_block():
    article = parse_article(page("paragraphs_only.html"))
    assert article.text == (
        "Only paragraphs here.\nNo html, head or body element, and no metadata at all."
    )
    assert article.title is None


@pytest.mark.parametrize(
    "body", [b"", "", b"   \n", b"\x00\x00\x00", "<html></html>", b"<!-- only a comment -->"]
)
def test_empty_or_degenerate_input(body):
    article = parse_article(body)
    assert article.text == ""
    assert article.title is None
    assert article.published is None
    assert article.authors == []


def test_text_input_has_no_encoding():
    article = parse_article(page("en_newsarticle.html").decode("utf-8"))
    assert article.encoding is None
    assert article.title == "Example Labs raises $2 billion to build a 100,000-GPU cluster"


def test_page_url_is_the_canonical_url_when_the_page_names_none():
    body = "<html><body><p>Short demo page.</p></body></html>"
    article = parse_article(body, url="HTTPS://Example.COM:443/a/b?utm_campaign=x&b=2#top")
    assert article.canonical_url == "https://example.com/a/b?b=2"
    assert article.text == "Short demo page."


def test_publication_date_from_the_url_path_as_a_last_resort():
    body = "<html><body><p>Nothing dated in the markup.</p></body></html>"
    article = parse_article(body, url="https://example.com/2024/05/28/slug")
    assert article.published == "2024-05-28"


def test_chinese_text_overrides_a_template_lang_en():
    body = (
        '<html lang="en"><head><title>模型</title></head><body>'
        "<p>公司表示，这笔资金将主要用于购买算力和招聘研究人员，并在西部建设新的数据中心。</p>"
        "</body></html>"
    )
    assert parse_article(body).lang == "zh"


def test_meta_and_microdata_when_there_is_no_json_ld():
    body = """<html><head>
    <title>Chip exports tighten _ Example News</title>
    <meta property="og:site_name" content="Example News">
    <meta name="author" content="By Ann Lee, Bo Chen and Cy Park">
    <meta property="og:locale" content="en_GB">
    </head><body><article>
    <time datetime="2024-02-03T04:05:06-05:00">Feb 3</time>
    <p>Regulators tightened the rules again.</p></article></body></html>"""
    article = parse_article(body)
    assert article.title == "Chip exports tighten"
    assert article.authors == ["Ann Lee", "Bo Chen", "Cy Park"]
    assert article.published == "2024-02-03T04:05:06-05:00"
    assert article.lang == "en-GB"


@pytest.mark.parametrize(
    "json_ld",
    [
        '[{"@type": "WebSite", "name": "x"}, {"@type": "NewsArticle", "headline": "H",'
        ' "datePublished": "2024-01-02", "author": "Ann Lee"}]',
        '{"@type": "WebPage", "mainEntity": {"@type": "http://schema.org/ReportageNewsArticle",'
        ' "headline": ["H"], "datePublished": ["2024-01-02"], "author": [{"name": "Ann Lee"}]}}',
        '<!-- {"@type": "BlogPosting", "headline": "H", "datePublished": "2024-01-02",'
        ' "author": {"@type": "Person", "name": "Ann Lee"}} -->',
        '{"@type": "NewsArticle", "headline": "H", "datePublished": "2024-01-02",'
        ' "author": {"name": "Ann Lee"}}{"@type": "Organization", "name": "o"}',
    ],
    ids=["list", "main-entity", "comment-wrapped", "concatenated"],
)
def test_json_ld_shapes(json_ld):
    body = (
        f'<html><head><script type="application/ld+json">{json_ld}</script></head>'
        "<body><p>Text.</p></body></html>"
    )
    article = parse_article(body)
    assert (article.title, article.published, article.authors) == ("H", "2024-01-02", ["Ann Lee"])


def test_unparsable_json_ld_falls_back_to_opengraph():
    body = """<html><head>
    <script type="application/ld+json">{"@type": "NewsArticle", "headline": </script>
    <meta property="og:title" content="From OpenGraph">
    <meta property="article:published_time" content="Tue, 28 May 2024 10:00:00 GMT">
    </head><body><p>Text.</p></body></html>"""
    article = parse_article(body)
    assert article.title == "From OpenGraph"
    assert article.published == "2024-05-28T10:00:00+00:00"


def test_article_record_has_the_contract_fields():
    record = article_record("a.html", parse_article(page("zh_utf8_declared.html")))
    assert list(record) == ["file", "title", "published", "lang", "text", "canonical_url"]
    assert record["file"] == "a.html"


def test_parse_is_deterministic():
    body = page("en_newsarticle.html")
    assert parse_article(body) == parse_article(body)


_HTML_PIECES = st.sampled_from(
    [
        "<html>", "</html>", "<head>", "<body>", "<p>", "</p>", "<div>", "</div>", "<article>",
        '<meta charset="gbk">', '<meta property="og:url" content="http://[::1">',
        '<link rel="canonical" href="//:0">', '<html lang="zh-TW">', '<time datetime="9999">',
        '<script type="application/ld+json">', "</script>", '{"@type": "NewsArticle",',
        '"headline": [], "author": {"@id": 1}, "datePublished": {"x": 1}}', "[[[[", "<!--",
        "&amp;", "&#0;", "\x00", "中文", "Ünïcödé", "<table><tr><td>", "<title>",
    ]
)  # fmt: skip


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(body=st.binary(max_size=4000))
def test_parse_article_never_raises_on_arbitrary_bytes(body):
    article = parse_article(body)
    assert isinstance(article.text, str)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    pieces=st.lists(st.one_of(_HTML_PIECES, st.text(max_size=40)), max_size=60),
    url=st.none() | st.text(max_size=30),
    content_type=st.none() | st.text(max_size=30),
)
def test_parse_article_never_raises_on_html_like_input(pieces, url, content_type):
    text = "".join(pieces)
    for body in (text, text.encode("utf-8", errors="surrogatepass")):
        article = parse_article(body, url=url, content_type=content_type)
        assert isinstance(article.text, str)
        assert article.published is None or article.published[:4].isdigit()
