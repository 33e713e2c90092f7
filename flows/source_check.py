"""`computewatch sources check`: fetch every source once and say how it went.

Nothing is stored: the check ignores the poll schedule and the stored validators, so it shows
what a first poll would see. A `url` source's page is fetched and read, since that page is
what it lists.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Sequence
from dataclasses import dataclass
from urllib.parse import urlsplit

from extractors.article import parse_article
from flows.config import HttpSettings, Source
from flows.fetcher import Fetcher, FetchError
from flows.source_poll import FAILED, SourcePoll, poll_source


@dataclass(frozen=True)
class SourceCheck:
    """One row of the check: the source, its HTTP status, what it lists, or why it failed."""

    source: Source
    ok: bool
    http_status: int | None
    items: int | None
    seconds: float
    detail: str | None = None


async def _check_page(fetcher: Fetcher, source: Source) -> SourceCheck:
    started = time.monotonic()
    try:
        page = await fetcher.fetch(source.url, expect="html", source_name=source.name)
    except FetchError as exc:
        return SourceCheck(source, False, exc.status, None, time.monotonic() - started, str(exc))
    article = parse_article(page.body, url=page.final_url,
                            content_type=page.headers.get("content-type"))
    seconds = time.monotonic() - started
    if not article.text.strip():
        return SourceCheck(source, False, page.status, 0, seconds,
                           f"{source.url}: no article text found")
    return SourceCheck(source, True, page.status, 1, seconds, article.title)


def _from_poll(poll: SourcePoll) -> SourceCheck:
    return SourceCheck(poll.source, poll.status != FAILED, poll.http_status,
                       None if poll.failed else len(poll.articles), poll.seconds, poll.error)


async def _check_all(sources: Sequence[Source], http: HttpSettings) -> list[SourceCheck]:
    hosts = frozenset(urlsplit(s.url).hostname or "" for s in sources if s.allow_private)
    async with Fetcher(http, hosts) as fetcher:

        async def one(source: Source) -> SourceCheck:
            if source.kind == "url":
                return await _check_page(fetcher, source)
            return _from_poll(await poll_source(fetcher, source))

        return list(await asyncio.gather(*(one(s) for s in sources)))


def check_sources(sources: Sequence[Source], http: HttpSettings) -> list[SourceCheck]:
    """Fetch each source once (unconditionally) and report, in the order given."""
    return asyncio.run(_check_all(sources, http))
