"""When to poll a source and which listed article pages to request: the fetch schedule.

Sources: a source is due when its poll interval has passed since the last poll (with a little
grace, so a 30-minute source polled by a 30-minute schedule is not skipped for being seconds
early). After a failed poll the wait doubles per consecutive failure, up to six hours (or the
interval, when that is longer).

Article pages, for each URL a poll lists:
- never fetched: requested;
- an unresolved failure whose retry time has not come (`fetch_failures.next_retry_at`):
  deferred; once it has come, requested again;
- fetched before: requested again, conditionally (If-None-Match / If-Modified-Since), only
  when the listing's date for it changed; otherwise skipped.
Independently of what a poll lists (a feed answering 304 lists nothing), the pages a polled
source gave in the last `revisit_for_days` are asked again, conditionally, once
`revisit_after_hours` have passed since their last check. News pages change in their first
days (corrections, updated amounts) and rarely after, so this costs about one conditional
request per recent page a day instead of one per poll.
The page of a `url` source is its whole listing: it is asked again, conditionally, at every
poll of the source (its poll interval is the schedule). Failed pages that their source no
longer lists are retried on their schedule too, while
they have had fewer than `MAX_RETRY_ATTEMPTS` attempts. At most `max_pages_per_source`
pages per source per poll; the rest wait for the next poll.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from flows.config import HttpSettings, Source
from flows.discovery import ListedArticle
from warehouse.source_state import PageState, PendingFailure, SourceState

MAX_SOURCE_BACKOFF = timedelta(hours=6)
MAX_POLL_GRACE = timedelta(minutes=5)
# with the failure schedule (30 min doubling to a day) this is about five days of retries
MAX_RETRY_ATTEMPTS = 10


@dataclass(frozen=True)
class PageJob:
    """One article page to request, with what is known about it."""

    url: str
    source_name: str | None
    lang_hint: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    stamp: str | None = None  # the listing's date, stored once the page is read
    known: bool = False


@dataclass
class PagePlan:
    """The pages to request this poll and why the others are not."""

    jobs: list[PageJob] = field(default_factory=list)
    skipped_known: int = 0  # fetched before, not due for a revisit
    deferred: int = 0  # failed before, retry time not reached
    over_cap: int = 0  # beyond max_pages_per_source, left for the next poll


def poll_interval(source: Source, http: HttpSettings) -> timedelta:
    """How often `source` is polled."""
    return timedelta(minutes=source.poll_interval_minutes or http.poll_interval_minutes)


def source_is_due(source: Source, state: SourceState | None, now: datetime,
                  http: HttpSettings) -> bool:
    """True when `source` should be polled at `now`."""
    if state is None or state.next_poll_at is None:
        return True
    grace = min(poll_interval(source, http) / 10, MAX_POLL_GRACE)
    return now + grace >= state.next_poll_at


def next_poll_at(source: Source, now: datetime, consecutive_failures: int,
                 http: HttpSettings) -> datetime:
    """When to poll `source` next, after a poll at `now` that left this run of failures."""
    interval = poll_interval(source, http)
    if consecutive_failures <= 0:
        return now + interval
    backoff = interval * (2 ** min(consecutive_failures - 1, 16))
    return now + min(backoff, max(interval, MAX_SOURCE_BACKOFF))


def revisit_due(state: PageState, stamp: str | None, now: datetime, http: HttpSettings) -> bool:
    """True when a page fetched before should be asked for again (conditionally)."""
    if stamp and state.listed_stamp is not None and stamp != state.listed_stamp:
        return True
    if now - state.first_fetched_at > timedelta(days=http.revisit_for_days):
        return False
    return now - state.last_checked_at >= timedelta(hours=http.revisit_after_hours)


def _retry_due(failure: PendingFailure, now: datetime) -> bool:
    return failure.next_retry_at is None or failure.next_retry_at <= now


def plan_pages(
    listed: Iterable[ListedArticle],
    states: Mapping[str, PageState],
    failures: Mapping[str, PendingFailure],
    now: datetime,
    http: HttpSettings,
    retry_sources: Mapping[str, str | None] | None = None,
    revisits: Iterable[PageState] = (),
    watched: frozenset[str] = frozenset(),
) -> PagePlan:
    """The pages to request for these listings (each URL once, first listing wins).

    `retry_sources` maps the sources whose failed pages are retried even when no longer
    listed (the enabled ones) to their language hint. `revisits` are recent pages of the
    polled sources (`warehouse.source_state.pages_to_revisit`); those due are asked again.
    `watched` pages (those of `url` sources) are asked again, conditionally, at every poll.
    """
    plan = PagePlan()
    per_source: Counter[str | None] = Counter()
    seen: set[str] = set()

    def add(job: PageJob) -> None:
        if per_source[job.source_name] >= http.max_pages_per_source:
            plan.over_cap += 1
            return
        per_source[job.source_name] += 1
        plan.jobs.append(job)

    for item in listed:
        if item.url in seen:
            continue
        seen.add(item.url)
        failure = failures.get(item.url)
        if failure is not None and not _retry_due(failure, now):
            plan.deferred += 1
            continue
        state = states.get(item.url)
        if state is None:
            add(PageJob(item.url, item.source_name, item.lang_hint, stamp=item.stamp))
        elif failure is not None or item.url in watched or revisit_due(state, item.stamp, now,
                                                                       http):
            add(PageJob(item.url, item.source_name, item.lang_hint, state.etag,
                        state.last_modified, item.stamp or state.listed_stamp, known=True))
        else:
            plan.skipped_known += 1
    langs = retry_sources or {}
    for state in revisits:
        if state.url not in seen and revisit_due(state, None, now, http):
            seen.add(state.url)
            add(PageJob(state.url, state.source_name, langs.get(state.source_name or ""),
                        state.etag, state.last_modified, state.listed_stamp, known=True))
    retry_from = langs
    for url, failure in failures.items():
        if (url not in seen and failure.source_name in retry_from and _retry_due(failure, now)
                and failure.attempts < MAX_RETRY_ATTEMPTS):
            seen.add(url)
            state = states.get(url)
            add(PageJob(url, failure.source_name, retry_from[failure.source_name],
                        state.etag if state else None, state.last_modified if state else None,
                        state.listed_stamp if state else None, known=state is not None))
    return plan
