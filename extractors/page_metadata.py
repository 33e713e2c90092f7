"""Metadata an HTML page declares about its article: title, date, authors, language, URL.

Sources, best first: JSON-LD (`NewsArticle`, `Article`, `BlogPosting`, ... also inside
`@graph`, lists and `mainEntity`), OpenGraph / article:* / Dublin Core / other <meta>,
microdata (`itemprop`), `<time datetime>`, `<link rel=canonical>`, `<html lang>`.
Malformed JSON-LD is repaired where cheap and skipped otherwise.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass

from lxml.html import HtmlElement

from extractors.page_dates import normalize_page_date


@dataclass(frozen=True)
class PageMetadata:
    """What a page says about its article; every field may be missing."""

    title: str | None
    published: str | None  # ISO 8601, see page_dates
    lang: str | None  # the declared tag, as written
    url_candidates: tuple[str, ...]  # canonical URL candidates, best first, maybe relative
    base_href: str | None
    authors: list[str]
    site_name: str | None


_ARTICLE_TYPES = frozenset(
    {"blogposting", "liveblogposting", "socialmediaposting", "report", "newsarticle"}
)
# Secondary nodes that may carry the article's date when no Article node does.
_DATED_TYPES = frozenset({"claimreview", "creativework", "review", "howto", "recipe"})

_DATE_META = (
    "article:published_time", "og:article:published_time", "article:published",
    "og:published_time", "published_time", "article.published", "datepublished",
    "parsely-pub-date", "sailthru.date", "publishdate", "publish_date", "publish-date",
    "publication_date", "pubdate", "pubtime", "publishtime", "ptime", "dc.date.issued",
    "dcterms.issued", "dcterms.created", "dc.date.created", "dc.date", "dcterms.date",
    "date", "article:post_date", "og:release_date", "datecreated",
)  # fmt: skip
_TITLE_META = ("og:title", "twitter:title", "dc.title", "headline", "title")
_AUTHOR_META = (
    "author", "article:author", "parsely-author", "sailthru.author", "dc.creator",
    "dcterms.creator", "byl", "twitter:creator",
)  # fmt: skip
_LANG_META = ("content-language", "language", "dc.language", "og:locale")
_SITE_META = ("og:site_name", "application-name")
_URL_META = ("og:url", "twitter:url")

_TITLE_SEPARATORS = re.compile(r"\s+[|\-–—:·•»]\s+|\s*[_|｜]\s*|\s+::\s+")
_BYLINE_PREFIX = re.compile(
    r"^\s*(?:by|von|par|por|作者|文|记者|記者|编辑|編輯)\s*[:：/]?\s*", re.I
)
_AUTHOR_SPLIT = re.compile(r"\s+(?:and|&)\s+|\s*[,;，、；]\s*", re.I)
_DATE_HINT = re.compile(r"(?i)pub|date|time")
_NOT_PUBLISH_HINT = re.compile(r"(?i)update|modif|edit|comment|timeline|read")
_MAX_JSON_LD_NODES = 500
_MAX_SCRIPT_CHARS = 2_000_000
_MAX_DATE_ELEMENTS = 30


def _clean(value: object) -> str | None:
    """Collapsed-whitespace text of a metadata value, entities decoded; None if empty."""
    if isinstance(value, list):
        value = next((v for v in value if isinstance(v, str) and v.strip()), None)
    if isinstance(value, dict):
        value = value.get("name") or value.get("@value")
    if not isinstance(value, str):
        return None
    text = " ".join(html.unescape(value).split())
    return text or None


# ---- JSON-LD ----------------------------------------------------------------------------


def _json_values(raw: str) -> Iterator[object]:
    """Every JSON value in a script body, tolerating wrappers, concatenation, trailing
    commas and raw control characters; broken parts are skipped."""
    text = raw.strip()
    for prefix in ("<!--", "//<![CDATA[", "<![CDATA["):
        if text.startswith(prefix):
            text = text[len(prefix) :]
    for suffix in ("-->", "//]]>", "]]>"):
        if text.endswith(suffix):
            text = text[: -len(suffix)]
    decoder = json.JSONDecoder(strict=False)
    repaired = False
    pos = 0
    while True:
        while pos < len(text) and text[pos] in " \t\r\n;,":
            pos += 1
        if pos >= len(text):
            return
        try:
            value, pos = decoder.raw_decode(text, pos)
        except (ValueError, RecursionError):
            if repaired:
                return
            # the usual hand-written mistake: a trailing comma before } or ]
            text = text[:pos] + re.sub(r",\s*([}\]])", r"\1", text[pos:])
            repaired = True
            continue
        yield value


def _json_ld_nodes(tree: HtmlElement) -> list[dict]:
    """All typed JSON-LD objects on the page, in document order, nested ones included."""
    nodes: list[dict] = []
    scripts = tree.xpath("//script[contains(translate(@type, 'LDJSON', 'ldjson'), 'ld+json')]")
    for script in scripts:
        raw = script.text or ""
        if len(raw) > _MAX_SCRIPT_CHARS:
            continue
        for value in _json_values(raw):
            stack: list[tuple[object, int]] = [(value, 0)]
            while stack and len(nodes) < _MAX_JSON_LD_NODES:
                item, depth = stack.pop(0)
                if depth > 8:
                    continue
                if isinstance(item, list):
                    stack[:0] = [(v, depth + 1) for v in item]
                elif isinstance(item, dict):
                    if "@type" in item:
                        nodes.append(item)
                    stack.extend(
                        (v, depth + 1) for v in item.values() if isinstance(v, (dict, list))
                    )
    return nodes


def _types(node: dict) -> set[str]:
    value = node.get("@type")
    values = value if isinstance(value, list) else [value]
    return {v.rsplit("/", 1)[-1].lower() for v in values if isinstance(v, str)}


def _is_article(node: dict) -> bool:
    return any(t.endswith("article") or t in _ARTICLE_TYPES for t in _types(node))


def _json_ld_people(value: object, by_id: dict[str, dict]) -> list[str]:
    """Names in a JSON-LD author value: a string, a Person/Organization, an @id, or a list."""
    names: list[str] = []
    items = value if isinstance(value, list) else [value]
    for item in items[:20]:
        if isinstance(item, dict) and "name" not in item and isinstance(item.get("@id"), str):
            item = by_id.get(item["@id"], item)
        name = _clean(item)
        if name and not name.startswith(("http://", "https://")):
            names.append(name)
    return names


@dataclass(frozen=True)
class _JsonLdFacts:
    title: str | None = None
    published: str | None = None
    authors: tuple[str, ...] = ()
    urls: tuple[str, ...] = ()
    lang: str | None = None
    site_name: str | None = None


def _json_ld_facts(tree: HtmlElement) -> _JsonLdFacts:
    nodes = _json_ld_nodes(tree)
    if not nodes:
        return _JsonLdFacts()
    by_id = {n["@id"]: n for n in nodes if isinstance(n.get("@id"), str)}
    articles = [n for n in nodes if _is_article(n)]
    pages = [
        n
        for n in nodes
        if not _is_article(n) and any(t.endswith("page") or t in _DATED_TYPES for t in _types(n))
    ]
    ranked = articles + pages
    title = next((_clean(n.get("headline")) for n in articles if _clean(n.get("headline"))), None)
    published = None
    for node in ranked:
        for key in ("datePublished", "dateCreated"):
            published = normalize_page_date(_clean(node.get(key)))
            if published:
                break
        if published:
            break
    authors: tuple[str, ...] = ()
    for node in articles:
        names = _json_ld_people(node.get("author") or node.get("creator"), by_id)
        if names:
            authors = tuple(names)
            break
    urls = []
    for node in articles:
        for key in ("url", "mainEntityOfPage", "@id"):
            value = node.get(key)
            if isinstance(value, dict):
                value = value.get("@id") or value.get("url")
            if isinstance(value, str) and value.strip().lower().startswith(("http", "/")):
                urls.append(value.strip())
    lang = next((_clean(n.get("inLanguage")) for n in ranked if _clean(n.get("inLanguage"))), None)
    site_name = None
    for node in articles:
        publisher = node.get("publisher")
        if isinstance(publisher, dict) and "name" not in publisher:
            publisher = by_id.get(str(publisher.get("@id")), publisher)
        site_name = _clean(publisher)
        if site_name:
            break
    return _JsonLdFacts(title, published, authors, tuple(urls), lang, site_name)


# ---- meta tags and markup ----------------------------------------------------------------


def _meta_index(tree: HtmlElement) -> dict[str, list[str]]:
    """<meta> contents by lower-cased name / property / itemprop / http-equiv."""
    index: dict[str, list[str]] = {}
    for meta in tree.iter("meta"):
        content = meta.get("content")
        if content is None or not content.strip():
            continue
        for attr in ("property", "name", "itemprop", "http-equiv"):
            key = meta.get(attr)
            if key:
                index.setdefault(key.strip().lower(), []).append(content)
    return index


def _first_meta(index: dict[str, list[str]], keys: tuple[str, ...]) -> str | None:
    for key in keys:
        for value in index.get(key, ()):
            text = _clean(value)
            if text:
                return text
    return None


def _element_text(element: HtmlElement) -> str | None:
    try:
        return _clean(element.text_content())
    except ValueError:
        return None


def _clean_page_title(title: str, site_name: str | None, h1: str | None) -> str:
    """<title> without the site name that pages append or prepend to it."""
    parts = [p.strip() for p in _TITLE_SEPARATORS.split(title) if p and p.strip()]
    if len(parts) < 2:
        return title
    if h1 and h1 in parts:
        return h1
    if site_name:
        site = site_name.lower()
        kept = [p for p in parts if p.lower() != site and p.lower() not in site]
        if kept and len(kept) < len(parts):
            return " - ".join(kept) if len(kept) > 1 else kept[0]
    return title


def _title(
    tree: HtmlElement, index: dict[str, list[str]], json_ld: _JsonLdFacts, site_name: str | None
) -> str | None:
    if json_ld.title:
        return json_ld.title
    found = _first_meta(index, _TITLE_META)
    if found:
        return found
    h1_elements = tree.xpath("//h1")
    h1 = _element_text(h1_elements[0]) if h1_elements else None
    title_elements = tree.xpath("//head/title|//title")
    page_title = _element_text(title_elements[0]) if title_elements else None
    if page_title:
        return _clean_page_title(page_title, site_name, h1)
    return h1


def _markup_date(tree: HtmlElement) -> str | None:
    """A publication date marked up in the body: microdata, <time>, date-like classes."""
    for element in tree.xpath("//*[@itemprop='datePublished' or @itemprop='dateCreated']"):
        for value in (element.get("content"), element.get("datetime"), _element_text(element)):
            found = normalize_page_date(value)
            if found:
                return found
    times = tree.xpath(
        "//time[@pubdate or contains(@class, 'publish') or ancestor::article][@datetime]"
    ) or tree.xpath("//time[@datetime]")
    for element in times[:_MAX_DATE_ELEMENTS]:
        found = normalize_page_date(element.get("datetime"))
        if found:
            return found
    candidates = tree.xpath(
        "//*[self::span or self::div or self::p or self::time or self::em or self::small]"
        "[contains(@class, 'pub') or contains(@class, 'date') or contains(@class, 'time')"
        " or contains(@id, 'pub') or contains(@id, 'date') or contains(@id, 'time')]"
    )
    for element in candidates[:_MAX_DATE_ELEMENTS]:
        hint = f"{element.get('class', '')} {element.get('id', '')}"
        if not _DATE_HINT.search(hint) or _NOT_PUBLISH_HINT.search(hint):
            continue
        text = _element_text(element)
        if text and len(text) <= 80:
            # only unambiguous numeric forms here: free text near a "date" class is noisy
            found = normalize_page_date(text, lenient=False)
            if found:
                return found
    return None


def _split_authors(value: str) -> list[str]:
    names = []
    for part in _AUTHOR_SPLIT.split(_BYLINE_PREFIX.sub("", value)):
        name = _BYLINE_PREFIX.sub("", part).strip(" .·")
        if 1 < len(name) <= 80 and not name.startswith(("http://", "https://", "@")):
            names.append(name)
    return names


def _authors(tree: HtmlElement, index: dict[str, list[str]], json_ld: _JsonLdFacts) -> list[str]:
    if json_ld.authors:
        return list(dict.fromkeys(json_ld.authors))
    for key in _AUTHOR_META:
        for value in index.get(key, ()):
            text = _clean(value)
            names = _split_authors(text) if text else []
            if names:
                return list(dict.fromkeys(names))
    for element in tree.xpath("//*[@itemprop='author']|//a[@rel='author']")[:10]:
        named = element.xpath(".//*[@itemprop='name']")
        text = _element_text(named[0] if named else element)
        names = _split_authors(text) if text else []
        if names:
            return list(dict.fromkeys(names))
    return []


def _declared_lang(
    tree: HtmlElement, index: dict[str, list[str]], json_ld: _JsonLdFacts
) -> str | None:
    root = tree.getroottree().getroot()
    for attr in ("lang", "{http://www.w3.org/XML/1998/namespace}lang", "xml:lang"):
        value = root.get(attr)
        if value and value.strip():
            return value.strip()
    return _first_meta(index, _LANG_META) or json_ld.lang


def read_page_metadata(tree: HtmlElement) -> PageMetadata:
    """Collect the metadata of a parsed page (an lxml.html tree). Never raises on odd markup."""
    index = _meta_index(tree)
    json_ld = _json_ld_facts(tree)
    site_name = _first_meta(index, _SITE_META) or json_ld.site_name
    published = json_ld.published
    if not published:
        for key in _DATE_META:
            for value in index.get(key, ()):
                published = normalize_page_date(value)
                if published:
                    break
            if published:
                break
    if not published:
        published = _markup_date(tree)
    canonical = [
        href
        for link in tree.xpath("//link[@href]")
        if "canonical" in (link.get("rel") or "").lower().split() and (href := link.get("href"))
    ]
    url_candidates = tuple(
        canonical + [v for key in _URL_META for v in index.get(key, ())] + list(json_ld.urls)
    )
    bases = tree.xpath("//base/@href")
    return PageMetadata(
        title=_title(tree, index, json_ld, site_name),
        published=published,
        lang=_declared_lang(tree, index, json_ld),
        url_candidates=url_candidates,
        base_href=str(bases[0]) if bases else None,
        authors=_authors(tree, index, json_ld),
        site_name=site_name,
    )
