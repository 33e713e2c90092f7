"""Reading source documents: feeds, sitemaps (news, gzipped, indexes) and listing pages."""

from __future__ import annotations

import gzip

import pytest

from flows.config import Source
from flows.discovery import SourceFormatError, list_articles, without_doctype

BASE = "https://news.example.com/feed"

RSS = b"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>News</title>
<item><title>One</title><link>https://news.example.com/one?utm_source=rss#top</link>
  <pubDate>Tue, 02 Sep 2025 17:30:00 +0000</pubDate></item>
<item><title>Two</title><link>/two</link></item>
<item><title>One again</title><link>https://news.example.com/one?utm_source=rss</link></item>
<item><title>No link</title></item>
<item><title>Mail</title><link>mailto:desk@example.com</link></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>新闻</title>
<entry><title>融资</title><link rel="alternate" href="https://news.example.com/zh/1"/>
  <id>1</id><published>2024-12-20T11:00:00+08:00</published>
  <updated>2024-12-21T09:00:00+08:00</updated></entry>
</feed>""".encode()

NEWS_SITEMAP = b"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
        xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
<url><loc>https://news.example.com/a</loc>
  <news:news><news:publication><news:name>Ex</news:name><news:language>en</news:language>
  </news:publication><news:publication_date>2025-01-21T23:10:00Z</news:publication_date>
  <news:title>Stargate</news:title></news:news></url>
<url><loc> https://news.example.com/b </loc><lastmod>2025-01-22</lastmod></url>
</urlset>"""

SITEMAP_INDEX = b"""<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<sitemap><loc>https://news.example.com/s-2023.xml</loc><lastmod>2023-12-31</lastmod></sitemap>
<sitemap><loc>https://news.example.com/s-2025.xml</loc><lastmod>2025-06-30</lastmod></sitemap>
<sitemap><loc>https://news.example.com/s-2024.xml</loc><lastmod>2024-12-31</lastmod></sitemap>
<sitemap><loc>https://news.example.com/s-2022.xml</loc><lastmod>2022-12-31</lastmod></sitemap>
</sitemapindex>"""


def src(kind: str, **kw) -> Source:
    return Source(name="s", kind=kind, url=BASE, lang="en", **kw)


def test_rss_links_are_absolute_unique_and_dated():
    listing = list_articles(src("rss"), RSS, BASE)
    assert [a.url for a in listing.articles] == [
        "https://news.example.com/one?utm_source=rss", "https://news.example.com/two"]
    first = listing.articles[0]
    assert first.title == "One" and first.stamp == "Tue, 02 Sep 2025 17:30:00 +0000"
    assert first.source_name == "s" and first.lang_hint == "en"


def test_atom_uses_the_updated_date():
    (entry,) = list_articles(src("atom"), ATOM, BASE).articles
    assert entry.url == "https://news.example.com/zh/1" and entry.title == "融资"
    assert entry.stamp == "2024-12-21T09:00:00+08:00"


def test_utf16_feed_is_read():
    body = RSS.decode().replace('encoding="utf-8"', 'encoding="utf-16"').encode("utf-16")
    assert len(list_articles(src("rss"), body, BASE).articles) == 2


def test_doctype_without_entities_is_dropped_and_feed_read():
    body = RSS.replace(b"<rss", b'<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS '
                                b'0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd">'
                                b"\n<rss", 1)
    assert b"DOCTYPE" not in without_doctype(body, "s", BASE)
    assert len(list_articles(src("rss"), body, BASE).articles) == 2


def test_feed_body_naming_a_local_file_is_not_opened(tmp_path):
    secret = tmp_path / "feed.xml"
    secret.write_bytes(RSS)
    with pytest.raises(SourceFormatError, match="not a readable RSS or Atom feed"):
        list_articles(src("rss"), str(secret).encode(), BASE)


def test_html_page_instead_of_a_feed_is_an_error():
    with pytest.raises(SourceFormatError, match="source s: .* not a readable RSS or Atom feed"):
        list_articles(src("rss"), b"<html><body><p>Moved</p></body></html>", BASE)


def test_empty_but_valid_feed_lists_nothing():
    body = b'<rss version="2.0"><channel><title>quiet</title></channel></rss>'
    assert list_articles(src("rss"), body, BASE).articles == []


def test_news_sitemap_gives_title_and_publication_date():
    a, b = list_articles(src("sitemap"), NEWS_SITEMAP, BASE).articles
    assert (a.url, a.title, a.stamp) == ("https://news.example.com/a", "Stargate",
                                         "2025-01-21T23:10:00Z")
    assert (b.url, b.stamp) == ("https://news.example.com/b", "2025-01-22")


def test_gzipped_sitemap_is_read():
    listing = list_articles(src("sitemap"), gzip.compress(NEWS_SITEMAP), BASE)
    assert len(listing.articles) == 2


def test_gzipped_sitemap_bomb_stops_at_the_cap():
    bomb = gzip.compress(b"<urlset>" + b" " * 5_000_000)
    with pytest.raises(SourceFormatError, match="decoded body larger than 100000 bytes"):
        list_articles(src("sitemap"), bomb, BASE, limit=100_000)


def test_sitemap_index_names_its_newest_sitemaps():
    listing = list_articles(src("sitemap"), SITEMAP_INDEX, BASE)
    assert listing.articles == []
    assert listing.sitemaps == ["https://news.example.com/s-2025.xml",
                                "https://news.example.com/s-2024.xml",
                                "https://news.example.com/s-2023.xml"]


@pytest.mark.parametrize("body, message", [
    (b"<urlset><url><loc>x</loc>", "is not XML"),
    (b"<rss version='2.0'/>", r"is XML but not a sitemap \(root <rss>\)"),
])
def test_bad_sitemaps_are_errors(body, message):
    with pytest.raises(SourceFormatError, match=message):
        list_articles(src("sitemap"), body, BASE)


INDEX_PAGE = """<html><head><meta charset="gbk"><title>资讯</title></head><body>
<nav><a href="/about">关于</a></nav>
<ul class="news">
  <li><a href="/2024/05/1.html">月之暗面完成融资</a></li>
  <li><a href="https://www.example.cn/2024/05/2.html#comments">智谱</a></li>
  <li><a href="javascript:void(0)">更多</a></li>
  <li><a href="/2024/05/1.html">重复</a></li>
</ul></body></html>"""


def test_listing_page_follows_the_selector_and_decodes_gbk():
    source = src("html-index", link_selector="ul.news a")
    listing = list_articles(source, INDEX_PAGE.encode("gbk"), "https://www.example.cn/list",
                            content_type="text/html")
    assert [(a.url, a.title) for a in listing.articles] == [
        ("https://www.example.cn/2024/05/1.html", "月之暗面完成融资"),
        ("https://www.example.cn/2024/05/2.html", "智谱"),
    ]


def test_invalid_selector_is_a_clear_error():
    with pytest.raises(SourceFormatError, match="link_selector 'ul >> a' is not a valid CSS"):
        list_articles(src("html-index", link_selector="ul >> a"), INDEX_PAGE.encode(), BASE)


@pytest.mark.parametrize("doctype, message", [
    (b'<!DOCTYPE rss [<!ENTITY a "x">]>', "declares XML entities"),
    (b'<!DOCTYPE rss [<!ATTLIST rss note CDATA "<b>"> <!entity a "x">]>', "declares XML entities"),
    (b'<!DOCTYPE rss [<!ATTLIST rss note CDATA "x"', "unterminated DOCTYPE"),
])
def test_feeds_declaring_entities_are_refused(doctype, message):
    body = RSS.replace(b"<rss", doctype + b"\n<rss", 1)
    with pytest.raises(SourceFormatError, match=message):
        list_articles(src("rss"), body, BASE)
