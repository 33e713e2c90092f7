"""Polling one source: a conditional GET of its feed, sitemap or listing page, then its links.

Used by the `ingest` flow and by `computewatch sources check`. A source never raises: every
problem comes back as a failed `SourcePoll` with the reason.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field

from flows.config import Source
from flows.discovery import (
    ListedArticle,
    SourceFormatError,
    list_articles,
    unique_articles,
)
from flows.fetcher import Fetcher, FetchError

OK = "ok"
NOT_MODIFIED = "not modified"
FAILED = "failed"


@dataclass(frozen=True)
class SourcePoll:
    """The outcome of polling one source."""

    source: Source
    status: str  # OK | NOT_MODIFIED | FAILED
    http_status: int | None = None
    articles: list[ListedArticle] = field(default_factory=list)
    etag: str | None = None  # validators to send next time
    last_modified: str | None = None
    error: str | None = None  # why it failed, or what went wrong in part (a child sitemap)
    seconds: float = 0.0

    @property
    def failed(self) -> bool:
        """True when the source gave nothing this time because of an error."""
        return self.status == FAILED


def _expect(source: Source) -> str:
    return "html" if source.kind in ("html-index", "url") else "xml"


async def poll_source(
    fetcher: Fetcher, source: Source, etag: str | None = None, last_modified: str | None = None
) -> SourcePoll:
    """Fetch `source` (conditionally with the given validators) and list its articles.

    A `url` source lists itself without a request: its page is fetched, conditionally, as an
    article. A sitemap index is followed one level, to its newest few sitemaps.
    """
    started = time.monotonic()
    if source.kind == "url":
        listed = [ListedArticle(source.url, source.name, source.lang)]
        return SourcePoll(source, OK, None, listed, etag, last_modified)
    try:
        doc = await fetcher.fetch(source.url, expect=_expect(source), etag=etag,
                                  last_modified=last_modified, source_name=source.name)
        if doc.not_modified:
            return SourcePoll(source, NOT_MODIFIED, doc.status, [],
                              doc.headers.get("etag", etag),
                              doc.headers.get("last-modified", last_modified),
                              seconds=time.monotonic() - started)
        listing = list_articles(source, doc.body, doc.final_url,
                                content_type=doc.headers.get("content-type"),
                                limit=fetcher.settings.max_body_bytes)
    except (FetchError, SourceFormatError) as exc:
        return SourcePoll(source, FAILED, getattr(exc, "status", None), error=str(exc),
                          etag=etag, last_modified=last_modified,
                          seconds=time.monotonic() - started)
    articles = list(listing.articles)
    problems = []
    for child in listing.sitemaps:
        try:
            page = await fetcher.fetch(child, expect="xml", source_name=source.name)
            articles.extend(list_articles(source, page.body, page.final_url,
                                          limit=fetcher.settings.max_body_bytes).articles)
        except (FetchError, SourceFormatError) as exc:
            problems.append(str(exc))
    if listing.sitemaps and len(problems) == len(listing.sitemaps):
        return SourcePoll(source, FAILED, doc.status, error="; ".join(problems),
                          etag=etag, last_modified=last_modified,
                          seconds=time.monotonic() - started)
    return SourcePoll(
        source, OK, doc.status, unique_articles(articles),
        doc.headers.get("etag"), doc.headers.get("last-modified"),
        "; ".join(problems) or None, time.monotonic() - started,
    )
