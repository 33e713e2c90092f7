"""Stored articles read again by a newer extractor: the `reextract-batch` task.

A new extractor version finds more, fewer or corrected facts in text the warehouse already
holds, but a page is only fetched again while it is young (`revisit_for_days`). So the ingest
flow also re-reads the stored bodies whose facts an older extractor made, in batches, and
replaces their facts, one short write per batch. A fact found again keeps its id, so analyst
corrections still apply; an article whose text the extractor fails on keeps its old facts and
is recorded as a failure.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from prefect import task
from prefect.cache_policies import NO_CACHE

from extractors.facts import EXTRACTOR_VERSION, extract_facts
from flows.fetcher import FetchFailure
from warehouse import read_connection, write_connection
from warehouse.failures import record_failure
from warehouse.load import LoadResult, replace_facts, stale_article_ids, stored_texts

BATCH_SIZE = 100


@dataclass
class ReextractSummary:
    """What re-reading the stored articles did."""

    stale: int = 0  # articles whose facts an older extractor made
    failures: list[FetchFailure] = field(default_factory=list)
    load: LoadResult = field(default_factory=LoadResult)


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
            extracted.append((text.article_id, extract_facts(text.body, lang=text.lang, published=published)))
        except Exception as exc:  # an extractor bug must cost one article, not the run
            failures.append(FetchFailure(text.url, "extract", f"{text.url}: stored text could not be "
                                         f"extracted again, old facts kept ({exc})", text.source_name))
    with write_connection(warehouse) as con:
        result = replace_facts(con, extracted, EXTRACTOR_VERSION)
        for failure in failures:
            record_failure(con, failure.url, failure.stage, failure.reason, now, failure.source_name)
    return result, failures


def reextract_stale(warehouse: str, now: datetime, batch_size: int = BATCH_SIZE) -> ReextractSummary:
    """Re-extract every stored article whose facts an older extractor made (one task per batch)."""
    with read_connection(warehouse) as con:
        stale = stale_article_ids(con, EXTRACTOR_VERSION)
    summary = ReextractSummary(stale=len(stale))
    for i in range(0, len(stale), batch_size):
        result, failures = reextract_batch(warehouse, stale[i:i + batch_size], now)
        summary.load.merge(result)
        summary.failures.extend(failures)
    return summary
