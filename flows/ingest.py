"""The `ingest` flow: sources -> fetched pages -> articles and facts -> one load per batch."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime

from prefect import flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE

from extractors.article import canonicalize_url, parse_article
from extractors.facts import EXTRACTOR_VERSION, extract_facts
from flows.config import HttpSettings, Source
from flows.discovery import ListedArticle, SourceFormatError, list_articles
from flows.events import emit_facts_changed
from flows.fetcher import FetchedPage, Fetcher, FetchError, FetchFailure
from flows.search import refresh_search_index
from warehouse import migrate, read_connection, write_connection
from warehouse.failures import record_failure, resolve_failures
from warehouse.load import ArticleRecord, LoadResult, load_articles

BATCH_SIZE = 50


@dataclass
class IngestSummary:
    """What one ingest run did."""

    sources: int = 0
    listed: int = 0
    fetched: int = 0
    skipped_known: int = 0
    failures: list[FetchFailure] = field(default_factory=list)
    load: LoadResult = field(default_factory=LoadResult)


def _allowed_hosts(sources: Sequence[Source]) -> frozenset[str]:
    from urllib.parse import urlsplit

    return frozenset(urlsplit(s.url).hostname or "" for s in sources if s.allow_private)


async def _fetch_all(
    sources: Sequence[Source], http: HttpSettings, known: set[str]
) -> tuple[list[FetchedPage], list[FetchFailure], int, int]:
    failures: list[FetchFailure] = []
    listed: list[ListedArticle] = []
    async with Fetcher(http, allow_private_hosts=_allowed_hosts(sources)) as fetcher:

        async def one_source(source: Source) -> None:
            if source.kind == "url":
                listed.append(ListedArticle(source.url, source.name, source.lang))
                return
            try:
                doc = await fetcher.fetch(source.url, source_name=source.name)
                listed.extend(list_articles(source, doc.body, doc.final_url))
            except (FetchError, SourceFormatError) as exc:
                failures.append(FetchFailure(source.url, "source", str(exc), source.name))

        await asyncio.gather(*(one_source(s) for s in sources))
        # the same article may be listed by several sources: fetch it once
        todo: dict[str, ListedArticle] = {}
        for item in listed:
            todo.setdefault(item.url, item)
        fresh = [item for url, item in todo.items() if url not in known]
        skipped = len(todo) - len(fresh)

        async def one_page(item: ListedArticle) -> FetchedPage | None:
            try:
                return await fetcher.fetch(item.url, source_name=item.source_name,
                                           lang_hint=item.lang_hint)
            except FetchError as exc:
                failures.append(FetchFailure(item.url, "fetch", str(exc), item.source_name))
                return None

        pages = [p for p in await asyncio.gather(*(one_page(i) for i in fresh)) if p is not None]
    return pages, failures, len(todo), skipped


@task(name="fetch-sources", cache_policy=NO_CACHE)
def fetch_sources(
    sources: Sequence[Source], http: HttpSettings, known: set[str]
) -> tuple[list[FetchedPage], list[FetchFailure], int, int]:
    """Fetch every source document and every article page it lists that is not stored yet."""
    return asyncio.run(_fetch_all(sources, http, known))


def _parse_published(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def page_to_article(
    page: FetchedPage, fetched_at: datetime
) -> tuple[ArticleRecord, dict] | FetchFailure:
    """Parse one page into an article record and its facts, or say why it has none."""
    try:
        article = parse_article(page.body, url=page.final_url,
                                content_type=page.headers.get("content-type"))
    except Exception as exc:  # a parser bug must cost one page, not the run
        return FetchFailure(page.url, "page", f"{page.url}: page could not be parsed ({exc})",
                            page.source_name)
    if not article.text.strip():
        return FetchFailure(page.url, "page", f"{page.url}: no article text found", page.source_name)
    lang = article.lang or page.lang_hint
    facts = extract_facts(article.text, lang=lang, published=article.published)
    record = ArticleRecord(
        url=page.url,
        canonical_url=article.canonical_url or canonicalize_url(page.final_url),
        body=article.text,
        fetched_at=fetched_at,
        source_name=page.source_name,
        title=article.title,
        published=_parse_published(article.published),
        lang=lang,
        authors=tuple(article.authors),
        etag=page.headers.get("etag"),
        last_modified=page.headers.get("last-modified"),
    )
    return record, facts


@task(name="extract-batch", cache_policy=NO_CACHE)
def extract_batch(
    pages: Sequence[FetchedPage], fetched_at: datetime
) -> tuple[list[tuple[ArticleRecord, dict]], list[FetchFailure]]:
    """Articles and facts of a batch of pages (one task per batch, never per fact)."""
    items, failures = [], []
    for page in pages:
        out = page_to_article(page, fetched_at)
        (failures if isinstance(out, FetchFailure) else items).append(out)
    return items, failures


@task(name="load-batch", cache_policy=NO_CACHE)
def load_batch(
    warehouse: str,
    items: Sequence[tuple[ArticleRecord, dict]],
    failures: Sequence[FetchFailure],
    now: datetime,
) -> LoadResult:
    """Write a batch of articles, their facts and the failures in one short write."""
    with write_connection(warehouse) as con:
        result = load_articles(con, items, EXTRACTOR_VERSION)
        for failure in failures:
            record_failure(con, failure.url, failure.stage, failure.reason, now,
                           failure.source_name)
        resolve_failures(con, [record.url for record, _ in items], now)
    return result


def _known_urls(warehouse: str) -> set[str]:
    with write_connection(warehouse) as con:
        migrate(con)
    with read_connection(warehouse) as con:
        return {row[0] for row in con.execute("SELECT url FROM article_urls").fetchall()}


@flow(name="ingest", log_prints=False)
def ingest(
    warehouse: str, sources: list[Source], http: HttpSettings | None = None
) -> IngestSummary:
    """Fetch the enabled sources, extract articles and facts, and load them idempotently."""
    logger = get_run_logger()
    http = http or HttpSettings()
    enabled = [s for s in sources if s.enabled]
    summary = IngestSummary(sources=len(enabled))
    known = _known_urls(warehouse)
    pages, failures, listed, skipped = fetch_sources(enabled, http, known)
    summary.listed, summary.fetched, summary.skipped_known = listed, len(pages), skipped
    now = datetime.now(UTC)
    batches = [pages[i : i + BATCH_SIZE] for i in range(0, len(pages), BATCH_SIZE)] or [[]]
    pending_failures = list(failures)
    for batch in batches:
        items, page_failures = extract_batch(batch, now)
        summary.load.merge(load_batch(warehouse, items, pending_failures + page_failures, now))
        summary.failures.extend(pending_failures + page_failures)
        pending_failures = []
    for failure in summary.failures:
        logger.warning("skipped: %s", failure.reason)
    refresh_search_index(warehouse)  # no-op unless articles changed since the last index
    if summary.load.changed:
        emit_facts_changed(summary.load, warehouse)
    return summary
