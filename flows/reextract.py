"""Stored articles read again by a newer extractor: the `reextract-batch` task.

A new extractor version finds more, fewer or corrected facts in text the warehouse already
holds, but a page is only fetched again while it is young (`revisit_for_days`). So the ingest
flow also re-reads the stored bodies whose facts an older extractor made (never a newer one: two
installs sharing a warehouse do not undo each other), newest first, at most `MAX_PER_RUN` per
run, in batches of `BATCH_SIZE`, one short write per batch. A fact found again keeps its id, so
analyst corrections still apply to it. An article the extractor fails on keeps its old facts, is
recorded in `fetch_failures` (stage `extract`) and is tried again on that record's schedule.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime

from prefect import task
from prefect.cache_policies import NO_CACHE

from extractors.facts import EXTRACTOR_VERSION, extract_facts
from flows.fetcher import FetchFailure
from warehouse import read_connection, write_connection
from warehouse.failures import record_failure, resolve_failures
from warehouse.load import (
    LoadResult,
    articles_to_reextract,
    replace_facts,
    stored_texts,
    stored_versions,
)

BATCH_SIZE = 100
MAX_PER_RUN = 2_000  # (about 15 s of extraction; a bigger backlog goes over the next runs)

_VERSION = re.compile(r"facts-(\d+(?:\.\d+)*)")


def is_older_version(stored: str | None, current: str = EXTRACTOR_VERSION) -> bool:
    """True when `stored` names an extractor older than `current` ("facts-2026.11.29.200" is
    older than "facts-2026.11.29.210"); an unknown or missing version counts as older."""
    if stored == current:
        return False
    old, new = _VERSION.fullmatch(stored or ""), _VERSION.fullmatch(current)
    if old is None or new is None:
        return True
    return tuple(map(int, old.group(1).split("."))) < tuple(map(int, new.group(1).split(".")))


@dataclass
class ReextractSummary:
    """What re-reading the stored articles did."""

    stale: int = 0  # articles an older extractor made, before this run
    failures: list[FetchFailure] = field(default_factory=list)
    load: LoadResult = field(default_factory=LoadResult)

    @property
    def left(self) -> int:
        """Stale articles left for later runs (over the cap, failed, or waiting to retry)."""
        return self.stale - self.load.articles_changed


@task(name="reextract-batch", cache_policy=NO_CACHE)
def reextract_batch(
    warehouse: str, article_ids: list[str], now: datetime
) -> tuple[LoadResult, list[FetchFailure]]:
    """Extract these stored articles again and replace their facts; returns what changed and
    the articles the extractor failed on."""
    with read_connection(warehouse) as con:
        texts = stored_texts(con, article_ids)
    extracted, failures = [], []
    for text in texts:
        try:
            published = text.published.isoformat() if text.published else None
            extracted.append((text, extract_facts(text.body, lang=text.lang, published=published)))
        except Exception as exc:  # an extractor bug must cost one article, not the run
            failures.append(FetchFailure(text.url, "extract", f"{text.url}: stored text could not be "
                                         f"extracted again, old facts kept ({exc})", text.source_name))
    with write_connection(warehouse) as con:
        result = replace_facts(con, extracted, EXTRACTOR_VERSION)
        for failure in failures:
            record_failure(con, failure.url, failure.stage, failure.reason, now, failure.source_name)
        done = set(result.changed_article_ids)
        resolve_failures(con, [t.url for t, _ in extracted if t.article_id in done], now, stage="extract")
    return result, failures


def reextract_stale(
    warehouse: str, now: datetime, batch_size: int = BATCH_SIZE, max_per_run: int = MAX_PER_RUN
) -> ReextractSummary:
    """Re-extract the stored articles an older extractor made (one task per batch)."""
    with read_connection(warehouse) as con:
        versions = {v: n for v, n in stored_versions(con).items() if is_older_version(v)}
        chosen = articles_to_reextract(con, list(versions), now, max_per_run) if versions else []
    summary = ReextractSummary(stale=sum(versions.values()))
    for i in range(0, len(chosen), batch_size):
        result, failures = reextract_batch(warehouse, chosen[i:i + batch_size], now)
        summary.load.merge(result)
        summary.failures.extend(failures)
    return summary
