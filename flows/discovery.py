"""From a source to the article URLs it lists: feeds (feedparser), sitemaps, index pages, single URLs."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urljoin

import feedparser
from bs4 import BeautifulSoup
from lxml import etree

from flows.config import Source


class SourceFormatError(ValueError):
    """A feed, sitemap or index page that cannot be read; the message names the source."""


@dataclass(frozen=True)
class ListedArticle:
    """One article link found in a source."""

    url: str
    source_name: str
    lang_hint: str | None
    title: str | None = None


def links_from_feed(source: Source, body: bytes, base_url: str) -> list[ListedArticle]:
    """Article links of an RSS or Atom document."""
    parsed = feedparser.parse(body)
    if parsed.bozo and not parsed.entries:
        raise SourceFormatError(
            f"source {source.name}: feed at {base_url} is not readable RSS/Atom "
            f"({type(parsed.bozo_exception).__name__}: {parsed.bozo_exception})"
        )
    found = []
    for entry in parsed.entries:
        link = entry.get("link")
        if not link:
            continue
        found.append(ListedArticle(urljoin(base_url, link), source.name, source.lang,
                                   entry.get("title")))
    return found


def links_from_sitemap(source: Source, body: bytes, base_url: str) -> list[ListedArticle]:
    """Page links of a sitemap or news sitemap (a sitemap index lists sitemaps, not articles)."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    try:
        root = etree.fromstring(body, parser=parser)
    except etree.XMLSyntaxError as exc:
        raise SourceFormatError(f"source {source.name}: sitemap at {base_url} is not XML ({exc})") from exc
    return [
        ListedArticle(urljoin(base_url, loc.text.strip()), source.name, source.lang)
        for loc in root.iter("{*}loc")
        if loc.text and loc.getparent() is not None
        and etree.QName(loc.getparent()).localname == "url"
    ]


def links_from_index(source: Source, body: bytes, base_url: str) -> list[ListedArticle]:
    """Links matched by the source's CSS selector on a listing page."""
    soup = BeautifulSoup(body, "lxml")
    found = []
    for a in soup.select(source.link_selector or "a"):
        href = a.get("href")
        if href:
            found.append(ListedArticle(urljoin(base_url, href), source.name, source.lang,
                                       a.get_text(" ", strip=True) or None))
    return found


def list_articles(source: Source, body: bytes, base_url: str) -> list[ListedArticle]:
    """The article links a fetched source document lists, in document order, without repeats."""
    if source.kind in ("rss", "atom"):
        links = links_from_feed(source, body, base_url)
    elif source.kind == "sitemap":
        links = links_from_sitemap(source, body, base_url)
    elif source.kind == "html-index":
        links = links_from_index(source, body, base_url)
    else:
        links = [ListedArticle(base_url, source.name, source.lang)]
    seen: set[str] = set()
    unique = []
    for item in links:
        if item.url not in seen:
            seen.add(item.url)
            unique.append(item)
    return unique
