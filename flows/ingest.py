"""The `ingest` flow: due sources -> listed pages -> fetched pages -> articles and facts -> loads.

Which sources are polled and which listed pages are requested follows `flows.fetch_plan`
(poll intervals, conditional GETs of known pages only when they may have changed, failure
backoff). Pages are fetched in the background (`flows.fetch_session`) while this thread
parses and loads them in batches, one short warehouse write per batch.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from urllib.parse import urlsplit

from prefect import flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE

from extractors.article import canonicalize_url, parse_article
from extractors.encoding import binary_kind
from extractors.facts import EXTRACTOR_VERSION, extract_facts
from flows.artifacts import publish_ingest_table
from flows.config import HttpSettings, Source
from flows.events import emit_facts_changed
from flows.fetch_plan import PageJob, next_poll_at, plan_pages, source_is_due
from flows.fetch_session import FetchSession
from flows.fetcher import FetchedPage, FetchFailure
from flows.reextract import reextract_stale
from flows.search import refresh_search_index
from flows.source_poll import SourcePoll
from warehouse import migrate, write_connection
from warehouse.failures import record_failure, resolve_failures
from warehouse.load import ArticleRecord, LoadResult, load_articles
from warehouse.source_state import (
    PageCheck,
    PageState,
    PendingFailure,
    SourcePollRecord,
    SourceState,
    pages_to_revisit,
    pending_page_failures,
    read_page_states,
    read_source_states,
    save_feed_validators,
    save_page_checks,
    save_source_polls,
    sync_sources,
)

BATCH_SIZE = 50


@dataclass
class IngestSummary:
    """What one ingest run did."""

    sources: int = 0  # enabled sources
    polled: int = 0  # of those, due and polled this run
    listed: int = 0  # distinct article URLs the polled sources listed
    fetched: int = 0  # pages read (2xx)
    not_modified: int = 0  # known pages answered 304
    skipped_known: int = 0  # known pages not due for a revisit, not requested
    deferred: int = 0  # failed pages whose retry time has not come
    failures: list[FetchFailure] = field(default_factory=list)
    load: LoadResult = field(default_factory=LoadResult)
    reextracted: LoadResult = field(default_factory=LoadResult)  # stored articles read again
    reextract_left: int = 0  # stored articles of older extractors left for later runs

    @property
    def unchanged(self) -> int:
        """Known articles that turned out (or were assumed, by the schedule) unchanged."""
        return self.load.articles_unchanged + self.not_modified + self.skipped_known


def _allowed_hosts(sources: Sequence[Source]) -> frozenset[str]:
    return frozenset(urlsplit(s.url).hostname or "" for s in sources if s.allow_private)


@task(name="prepare-fetch", cache_policy=NO_CACHE)
def prepare_fetch(
    warehouse: str, sources: Sequence[Source]
) -> tuple[dict[str, SourceState], dict[str, PendingFailure]]:
    """Migrate, store the configured sources, and read their state and pending page failures."""
    with write_connection(warehouse) as con:
        migrate(con)
        sync_sources(con, sources)
        return read_source_states(con), pending_page_failures(con)


@task(name="poll-sources", cache_policy=NO_CACHE)
def poll_sources(
    session: FetchSession, sources: Sequence[Source], states: dict[str, SourceState]
) -> list[SourcePoll]:
    """Fetch each due source document (conditionally) and list its articles."""
    return session.poll(sources, states)


@task(name="record-polls", cache_policy=NO_CACHE)
def record_polls(
    warehouse: str,
    polls: Sequence[SourcePoll],
    states: dict[str, SourceState],
    page_urls: Sequence[str],
    http: HttpSettings,
    now: datetime,
) -> tuple[dict[str, PageState], list[PageState]]:
    """Store each poll's outcome and schedule.

    Returns what is known of the pages in `page_urls`, and the recent pages of the polled
    sources that may be due for a revisit.
    """
    records = []
    with write_connection(warehouse) as con:
        for poll in polls:
            source = poll.source
            state = states.get(source.name)
            failures = (state.consecutive_failures if state else 0) + 1 if poll.failed else 0
            # the feed's new validators wait for `remember_feed_validators`, after the loads:
            # a run that dies first must not make the next poll hear "not modified"
            records.append(SourcePollRecord(
                source.name, now, poll.status, None if poll.failed else len(poll.articles),
                state.etag if state else None, state.last_modified if state else None,
                next_poll_at(source, now, failures, http), poll.error))
            if poll.failed:
                record_failure(con, source.url, "source", poll.error or "failed", now,
                               source.name)
        save_source_polls(con, records)
        # a `url` source's address is its article page: its page failures stay until it loads
        resolve_failures(con, [p.source.url for p in polls
                               if not p.failed and p.source.kind != "url"], now)
        revisits = pages_to_revisit(
            con, [p.source.name for p in polls if not p.failed],
            now - timedelta(hours=http.revisit_after_hours),
            now - timedelta(days=http.revisit_for_days))
        return read_page_states(con, page_urls), revisits


@task(name="remember-feed-validators", cache_policy=NO_CACHE)
def remember_feed_validators(warehouse: str, polls: Sequence[SourcePoll]) -> None:
    """Store the feeds' ETag and Last-Modified once every page they listed is loaded.

    Until then a source keeps its old validators, so a run killed mid-way (or pages left for
    later) is followed by a full read of the feed instead of a 304 that hides the rest.
    """
    with write_connection(warehouse) as con:
        save_feed_validators(con, [(p.source.name, p.etag, p.last_modified)
                                   for p in polls if not p.failed])


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
    if kind := binary_kind(page.body, page.headers.get("content-type")):  # (no or a wrong Content-Type)
        return FetchFailure(page.url, "page", f"{page.url}: not an HTML page ({kind})", page.source_name)
    try:
        article = parse_article(page.body, url=page.final_url,
                                content_type=page.headers.get("content-type"))
    except Exception as exc:  # a parser bug must cost one page, not the run
        return FetchFailure(page.url, "page", f"{page.url}: page could not be parsed ({exc})",
                            page.source_name)
    if not article.text.strip():
        return FetchFailure(page.url, "page", f"{page.url}: no article text found", page.source_name)
    lang = article.lang or page.lang_hint
    try:
        facts = extract_facts(article.text, lang=lang, published=article.published)
    except Exception as exc:  # an extractor bug must cost one page, not the run
        return FetchFailure(page.url, "page", f"{page.url}: facts could not be extracted ({exc})",
                            page.source_name)
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
    fetched: Sequence[tuple[PageJob, FetchedPage]], fetched_at: datetime
) -> tuple[list[tuple[ArticleRecord, dict]], list[FetchFailure], list[PageCheck]]:
    """Articles and facts of a batch of pages (one task per batch, never per fact).

    Returns the articles with their facts, the pages that gave none, and a check (validators,
    listing date) for every page that was read.
    """
    items, failures, checks = [], [], []
    for job, page in fetched:
        out = page_to_article(page, fetched_at)
        if isinstance(out, FetchFailure):
            failures.append(out)
            continue
        items.append(out)
        checks.append(PageCheck(job.url, job.source_name, page.headers.get("etag"),
                                page.headers.get("last-modified"), job.stamp, fetched_at,
                                page.status))
    return items, failures, checks


@task(name="load-batch", cache_policy=NO_CACHE)
def load_batch(
    warehouse: str,
    items: Sequence[tuple[ArticleRecord, dict]],
    failures: Sequence[FetchFailure],
    checks: Sequence[PageCheck],
    now: datetime,
) -> LoadResult:
    """Write a batch of articles, their facts, page checks and failures in one short write."""
    with write_connection(warehouse) as con:
        result = load_articles(con, items, EXTRACTOR_VERSION)
        for failure in failures:
            record_failure(con, failure.url, failure.stage, failure.reason, now,
                           failure.source_name)
        save_page_checks(con, checks)
        resolve_failures(con, [check.url for check in checks], now)
    return result


def _not_modified_check(job: PageJob, page: FetchedPage, now: datetime) -> PageCheck:
    # a 304 may carry fresher validators; otherwise the ones sent stay valid
    return PageCheck(job.url, job.source_name, page.headers.get("etag", job.etag),
                     page.headers.get("last-modified", job.last_modified), job.stamp, now, 304)


def _batches(
    outcomes: Iterable[tuple[PageJob, FetchedPage | FetchFailure]], size: int
) -> Iterator[list[tuple[PageJob, FetchedPage | FetchFailure]]]:
    batch: list[tuple[PageJob, FetchedPage | FetchFailure]] = []
    for outcome in outcomes:
        batch.append(outcome)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


@flow(name="ingest", log_prints=False)
def ingest(
    warehouse: str,
    sources: list[Source],
    http: HttpSettings | None = None,
    now: datetime | None = None,
    all_sources: bool = False,
) -> IngestSummary:
    """Poll the due sources, fetch the pages worth fetching, and load articles and facts.

    `now` (default: the current time) decides which sources and pages are due;
    `all_sources` polls every enabled source, due or not (a poll asked for by hand).
    """
    logger = get_run_logger()
    http = http or HttpSettings()
    now = now or datetime.now(UTC)
    enabled = [s for s in sources if s.enabled]
    summary = IngestSummary(sources=len(enabled))
    states, pending = prepare_fetch(warehouse, sources)
    due = [s for s in enabled
           if all_sources or source_is_due(s, states.get(s.name), now, http)]
    summary.polled = len(due)
    with FetchSession(http, _allowed_hosts(enabled)) as session:
        polls = poll_sources(session, due, states) if due else []
        listed = [item for poll in polls for item in poll.articles]
        summary.listed = len({item.url for item in listed})
        page_states, revisits = record_polls(
            warehouse, polls, states, sorted({i.url for i in listed} | set(pending)), http, now)
        summary.failures.extend(FetchFailure(p.source.url, "source", p.error or "failed",
                                             p.source.name) for p in polls if p.failed)
        plan = plan_pages(listed, page_states, pending, now, http,
                          {s.name: s.lang for s in enabled}, revisits,
                          frozenset(s.url for s in due if s.kind == "url"))
        summary.skipped_known, summary.deferred = plan.skipped_known, plan.deferred
        for batch in _batches(session.stream(plan.jobs), BATCH_SIZE):
            read = [(job, out) for job, out in batch
                    if isinstance(out, FetchedPage) and not out.not_modified]
            fetch_failures = [out for _, out in batch if isinstance(out, FetchFailure)]
            checks = [_not_modified_check(job, out, now) for job, out in batch
                      if isinstance(out, FetchedPage) and out.not_modified]
            items, page_failures, read_checks = extract_batch(read, now)
            failures = fetch_failures + page_failures
            summary.load.merge(load_batch(warehouse, items, failures, checks + read_checks, now))
            summary.fetched += len(read)
            summary.not_modified += len(checks)
            summary.failures.extend(failures)
        if not plan.over_cap:
            remember_feed_validators(warehouse, polls)
    for failure in summary.failures:
        logger.warning("skipped: %s", failure.reason)
    refresh_search_index(warehouse)  # no-op unless articles changed since the last index
    if summary.load.changed:
        emit_facts_changed(summary.load, warehouse)
    # (after the fetches and their event: what an older extractor read is re-read last, and a
    # failure here costs only this step)
    try:
        again = reextract_stale(warehouse, now)
    except Exception as exc:
        logger.warning("re-extraction of stored articles skipped this run: %s", exc)
    else:
        summary.reextracted, summary.reextract_left = again.load, again.left
        summary.failures.extend(again.failures)
        for failure in again.failures:
            logger.warning("skipped: %s", failure.reason)
        if again.load.changed:
            logger.info("re-extracted %d stored articles (%d left for later runs)",
                        again.load.articles_changed, again.left)
            emit_facts_changed(again.load, warehouse)
    publish_ingest_table(summary, warehouse)
    return summary
