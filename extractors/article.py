"""HTML page -> article: body text, title, publication date, language, canonical URL.

Pure: bytes or text in, an `Article` out; no I/O, no clock. A malformed page never raises,
it gives an `Article` with whatever could be found (possibly an empty text).

Run as a module for the `computewatch article` contract:
    python -m extractors.article FILE.html [FILE.html ...] [--url URL]
prints one JSON line per file: {"file", "title", "published", "lang", "text", "canonical_url"}.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field

import lxml.html
from lxml.html import HtmlElement
from trafilatura.utils import load_html

from extractors.encoding import decode_html
from extractors.page_body import main_text
from extractors.page_dates import date_in_url
from extractors.page_language import resolve_language
from extractors.page_metadata import PageMetadata, read_page_metadata
from extractors.page_url import absolute_http_url, canonicalize_url

__all__ = ["Article", "article_record", "canonicalize_url", "parse_article"]

# Characters lxml refuses in text (C0 controls other than tab/newline/return, surrogates).
_UNPARSABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff]")
_BYTES_PARSER = lxml.html.HTMLParser(
    encoding="utf-8", collect_ids=False, default_doctype=False, remove_comments=True,
    remove_pis=True,
)  # fmt: skip
_LANG_SAMPLE = 4000

_log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Article:
    """An article read from a web page."""

    title: str | None
    published: str | None  # ISO 8601: a date, or a datetime with its UTC offset
    lang: str | None  # "zh" (simplified), "zh-Hant" (traditional), else BCP 47 ("en", "en-US")
    text: str  # the article body, paragraphs joined by "\n"; "" if none was found
    canonical_url: str | None  # tracking parameters and fragment removed
    authors: list[str] = field(default_factory=list)
    encoding: str | None = None  # the encoding the bytes were decoded with; None for str input


def _parse_tree(text: str) -> HtmlElement | None:
    """The page as an lxml tree, parsed as trafilatura parses it; None if unparsable."""
    try:
        tree = load_html(text)
    except Exception:  # odd input can trip the library's pre-checks
        tree = None
    if tree is None and text.strip():
        # trafilatura rejects fragments ("<p>hi</p>"); a whole-document parse accepts them
        try:
            tree = lxml.html.document_fromstring(text.encode("utf-8"), parser=_BYTES_PARSER)
        except Exception:
            tree = None
    return tree


def _canonical_url(metadata: PageMetadata | None, url: str | None) -> str | None:
    base = url
    if metadata is not None and metadata.base_href:
        base = absolute_http_url(metadata.base_href, url) or url
    candidates = metadata.url_candidates if metadata is not None else ()
    for href in candidates:
        resolved = absolute_http_url(href, base)
        if resolved:
            return canonicalize_url(resolved)
    page_url = absolute_http_url(url, None)
    return canonicalize_url(page_url) if page_url else None


def _parse(body: bytes | str, url: str | None, content_type: str | None) -> Article:
    encoding: str | None = None
    if isinstance(body, (bytes, bytearray, memoryview)):
        text, encoding = decode_html(bytes(body), content_type)
    else:
        text = body if isinstance(body, str) else ""
    text = _UNPARSABLE.sub("", text)
    tree = _parse_tree(text)
    metadata = None
    if tree is not None:
        try:
            metadata = read_page_metadata(tree)
        except Exception as err:  # metadata is a bonus; never lose the body over it
            _log.debug("metadata failed on %s: %s", url, err)
    body_text = main_text(tree, text, url)
    canonical = _canonical_url(metadata, url)
    title = metadata.title if metadata else None
    published = metadata.published if metadata else None
    if published is None:
        published = date_in_url(canonical) or date_in_url(url)
    lang_sample = f"{title or ''}\n{body_text[:_LANG_SAMPLE]}"
    return Article(
        title=title,
        published=published,
        lang=resolve_language(metadata.lang if metadata else None, lang_sample),
        text=body_text,
        canonical_url=canonical,
        authors=list(metadata.authors) if metadata else [],
        encoding=encoding,
    )


def parse_article(
    body: bytes | str, url: str | None = None, content_type: str | None = None
) -> Article:
    """Read the article in an HTML page.

    `body` is the page as fetched (bytes, decoded per `extractors.encoding.decode_html`
    with the HTTP `content_type`) or already decoded text. `url` is where the page was
    fetched from: the base for relative links and the canonical URL when the page names
    none. Never raises: a page that cannot be read gives an Article with empty text.
    """
    try:
        return _parse(body, url, content_type)
    except Exception as err:  # the contract is "never raises"; log for whoever debugs it
        _log.warning("could not read page %s: %s", url, err)
        fallback_url = absolute_http_url(url, None)
        return Article(
            title=None,
            published=None,
            lang=None,
            text="",
            canonical_url=canonicalize_url(fallback_url) if fallback_url else None,
            authors=[],
            encoding=None,
        )


def article_record(file: str, article: Article) -> dict[str, str | None]:
    """The JSON line of the `computewatch article` contract for one file."""
    return {
        "file": file,
        "title": article.title,
        "published": article.published,
        "lang": article.lang,
        "text": article.text,
        "canonical_url": article.canonical_url,
    }


if __name__ == "__main__":
    import argparse
    import json
    import sys

    logging.getLogger("trafilatura").setLevel(logging.ERROR)
    cli = argparse.ArgumentParser(
        prog="computewatch article",
        description="Print one JSON line per HTML file: file, title, published, lang, text, "
        "canonical_url.",
    )
    cli.add_argument("files", nargs="+", metavar="FILE.html")
    cli.add_argument("--url", help="the URL the page(s) were fetched from")
    args = cli.parse_args()
    sys.stdout.reconfigure(encoding="utf-8", errors="replace")
    failed = False
    for name in args.files:
        try:
            with open(name, "rb") as handle:
                page = handle.read()
        except OSError as err:
            print(
                f"computewatch article: cannot read {name}: {err.strerror or err}", file=sys.stderr
            )
            failed = True
            continue
        record = article_record(name, parse_article(page, url=args.url))
        print(json.dumps(record, ensure_ascii=False), flush=False)
    sys.exit(1 if failed else 0)
