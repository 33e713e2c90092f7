"""From a fetched source document to the article links it lists.

Feeds are read with feedparser, sitemaps (plain, gzipped, news sitemaps and sitemap indexes)
with lxml, listing pages with BeautifulSoup and the source's CSS selector. Each link keeps the
date its listing gives (feed entry updated/published, sitemap lastmod or news publication
date), so a known article is fetched again only when that date changes.

Hostile documents are bounded: a feed whose DOCTYPE declares entities is refused and any other
DOCTYPE is removed before parsing (feedparser's fallback parser would expand declared entities
without limit); sitemaps are parsed without resolving entities; gzipped sitemaps are
decompressed under the body cap.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit, urlunsplit

import feedparser
from bs4 import BeautifulSoup
from lxml import etree

from extractors.encoding import decode_html
from flows.config import Source
from flows.content_coding import BodyTooLarge, BoundedDecoder, TruncatedBody

# a sitemap index can name thousands of sitemaps; the newest few hold the news
MAX_CHILD_SITEMAPS = 3
_GZIP_MAGIC = b"\x1f\x8b"


class SourceFormatError(ValueError):
    """A feed, sitemap or index page that cannot be read; the message names the source."""


@dataclass(frozen=True)
class ListedArticle:
    """One article link found in a source."""

    url: str
    source_name: str
    lang_hint: str | None
    title: str | None = None
    stamp: str | None = None  # the listing's date for the entry, as written there


@dataclass(frozen=True)
class Listing:
    """What one source document lists: articles, and for a sitemap index, more sitemaps."""

    articles: list[ListedArticle] = field(default_factory=list)
    sitemaps: list[str] = field(default_factory=list)


def article_link(href: str | None, base_url: str) -> str | None:
    """An absolute http(s) URL for a link, without its fragment; None if it is not one."""
    if not href or not href.strip():
        return None
    try:
        parts = urlsplit(urljoin(base_url, href.strip()))
    except ValueError:
        return None
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return None
    return urlunsplit((parts.scheme, parts.netloc, parts.path or "/", parts.query, ""))


# --- feeds -------------------------------------------------------------------------------


def _end_of_doctype(text: str, start: int) -> int | None:
    """Index just past the `>` closing the DOCTYPE that starts at `start`, or None."""
    i, depth, quote = start + len("<!DOCTYPE"), 0, ""
    while i < len(text):
        ch = text[i]
        if quote:
            quote = "" if ch == quote else quote
        elif text.startswith("<!--", i):
            close = text.find("-->", i + 4)
            if close < 0:
                return None
            i = close + 3
            continue
        elif ch in "\"'":
            quote = ch
        elif ch == "[":
            depth += 1
        elif ch == "]":
            depth -= 1
        elif ch == ">" and depth <= 0:
            return i + 1
        i += 1
    return None


_DOCTYPE = re.compile(r"<!DOCTYPE", re.I)
_ELEMENT_START = re.compile(r"<[A-Za-z_]")
_ENTITY_DECLARATION = re.compile(r"<!ENTITY", re.I)
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")


def without_doctype(body: bytes, source_name: str, base_url: str) -> bytes:
    """The feed without its DOCTYPE; a feed whose DOCTYPE declares entities is refused.

    feedparser's fallback parser expands declared entities without any limit, so a few
    kilobytes can become gigabytes; news feeds do not declare entities. UTF-16 and UTF-32
    feeds are re-encoded as UTF-8 first (the scan works on text).
    """
    if body.startswith((b"\xff\xfe", b"\xfe\xff")) or b"\x00" in body[:4]:
        for codec in ("utf-32", "utf-16"):
            try:
                text = body.decode(codec)
                break
            except UnicodeDecodeError:
                continue
        else:
            raise SourceFormatError(
                f"source {source_name}: feed at {base_url} is neither UTF-16 nor UTF-32 text")
        body = _XML_DECLARATION.sub("", text).encode("utf-8")
    text = body.decode("latin-1")  # one char per byte: positions are byte offsets
    doctype = _DOCTYPE.search(text)
    first_element = _ELEMENT_START.search(text)
    prolog_end = first_element.start() if first_element else len(text)
    if doctype is None or doctype.start() > prolog_end:
        return body  # no DOCTYPE in the prolog (one inside the content declares nothing)
    refused = SourceFormatError(
        f"source {source_name}: feed at {base_url} declares XML entities in its DOCTYPE; "
        "refused, since expanding them can take unbounded memory")
    if _ENTITY_DECLARATION.search(text, doctype.start(), prolog_end):
        raise refused  # the usual case, found without scanning the DOCTYPE
    end = _end_of_doctype(text, doctype.start())
    if end is None:
        raise SourceFormatError(
            f"source {source_name}: feed at {base_url} has an unterminated DOCTYPE")
    if _ENTITY_DECLARATION.search(text, doctype.start(), end):
        raise refused
    return body[: doctype.start()] + body[end:]


def links_from_feed(source: Source, body: bytes, base_url: str) -> Listing:
    """Article links of an RSS or Atom document, with each entry's updated or published date."""
    safe = without_doctype(body, source.name, base_url)
    # a stream, not bytes: feedparser would treat a bytes body as a file name to open
    parsed = feedparser.parse(io.BytesIO(safe), sanitize_html=False, resolve_relative_uris=False)
    found = []
    for entry in parsed.entries:
        url = article_link(entry.get("link") or _alternate_link(entry), base_url)
        if url:
            # dict.get: FeedParserDict maps a missing "updated" to "published" with a warning
            stamp = dict.get(entry, "updated") or dict.get(entry, "published")
            found.append(ListedArticle(url, source.name, source.lang, entry.get("title"), stamp))
    # a broken document counts as a feed only if something usable could be read from it
    if not found and (parsed.bozo or not parsed.version):
        problem = parsed.get("bozo_exception")
        detail = f" ({type(problem).__name__}: {problem})" if problem else ""
        raise SourceFormatError(
            f"source {source.name}: {base_url} is not a readable RSS or Atom feed{detail}")
    return Listing(found)


def _alternate_link(entry: dict) -> str | None:
    for link in entry.get("links") or ():
        if link.get("rel", "alternate") == "alternate" and link.get("href"):
            return link["href"]
    return None


# --- sitemaps ----------------------------------------------------------------------------


def _child_text(element: etree._Element, localname: str) -> str | None:
    for child in element.iter(f"{{*}}{localname}"):
        if child.text and child.text.strip():
            return child.text.strip()
    return None


def links_from_sitemap(source: Source, body: bytes, base_url: str, limit: int) -> Listing:
    """Page links of a sitemap or news sitemap, or the sitemaps a sitemap index names.

    A gzipped sitemap (`.xml.gz`) is decompressed first, to at most `limit` bytes.
    """
    if body.startswith(_GZIP_MAGIC):
        try:
            decoder = BoundedDecoder("gzip", limit)
            body = decoder.decode(body) + decoder.finish()
        except (BodyTooLarge, TruncatedBody) as exc:
            raise SourceFormatError(
                f"source {source.name}: gzipped sitemap at {base_url}: {exc}") from exc
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False,
                             load_dtd=False)
    try:
        root = etree.fromstring(body, parser=parser)
    except etree.XMLSyntaxError as exc:
        raise SourceFormatError(
            f"source {source.name}: sitemap at {base_url} is not XML ({exc})") from exc
    if root is None or not isinstance(root.tag, str):
        raise SourceFormatError(f"source {source.name}: sitemap at {base_url} is empty")
    kind = etree.QName(root).localname
    if kind == "sitemapindex":
        children = []
        for entry in root.iter("{*}sitemap"):
            url = article_link(_child_text(entry, "loc"), base_url)
            if url:
                children.append((_child_text(entry, "lastmod") or "", url))
        # newest first when dates are given, else the last ones listed (indexes grow at the end)
        if any(stamp for stamp, _ in children):
            children.sort(key=lambda item: item[0], reverse=True)
        else:
            children.reverse()
        return Listing(sitemaps=[url for _, url in children[:MAX_CHILD_SITEMAPS]])
    if kind != "urlset":
        raise SourceFormatError(
            f"source {source.name}: {base_url} is XML but not a sitemap (root <{kind}>)")
    found = []
    for entry in root.iter("{*}url"):
        url = article_link(_child_text(entry, "loc"), base_url)
        if url:
            stamp = _child_text(entry, "lastmod") or _child_text(entry, "publication_date")
            found.append(ListedArticle(url, source.name, source.lang, _child_text(entry, "title"),
                                       stamp))
    return Listing(found)


# --- listing pages -----------------------------------------------------------------------


def links_from_index(source: Source, body: bytes, base_url: str,
                     content_type: str | None = None) -> Listing:
    """Links matched by the source's CSS selector on a listing page."""
    text, _ = decode_html(body, content_type)
    soup = BeautifulSoup(text, "lxml")
    try:
        anchors = soup.select(source.link_selector or "a[href]")
    except Exception as exc:  # soupsieve raises its own error types for a bad selector
        raise SourceFormatError(
            f"source {source.name}: link_selector {source.link_selector!r} is not a valid CSS "
            f"selector ({exc})") from exc
    found = []
    for a in anchors:
        url = article_link(a.get("href"), base_url)
        if url:
            found.append(ListedArticle(url, source.name, source.lang,
                                       a.get_text(" ", strip=True) or None))
    return Listing(found)


def list_articles(source: Source, body: bytes, base_url: str, *,
                  content_type: str | None = None, limit: int = 10 * 1024 * 1024) -> Listing:
    """What a fetched source document lists, in document order, each article URL once."""
    if source.kind in ("rss", "atom"):
        listing = links_from_feed(source, body, base_url)
    elif source.kind == "sitemap":
        listing = links_from_sitemap(source, body, base_url, limit)
    elif source.kind == "html-index":
        listing = links_from_index(source, body, base_url, content_type)
    else:
        listing = Listing([ListedArticle(base_url, source.name, source.lang)])
    return Listing(unique_articles(listing.articles), listing.sitemaps)


def unique_articles(articles: list[ListedArticle]) -> list[ListedArticle]:
    """The articles without repeated URLs, first occurrence kept."""
    seen: set[str] = set()
    unique = []
    for item in articles:
        if item.url not in seen:
            seen.add(item.url)
            unique.append(item)
    return unique
