"""Full-text search over article titles and bodies, in English and Chinese.

The index is `warehouse.search_index`: BM25 over search terms in which runs of Chinese, Japanese
or Korean characters are overlapping character pairs. This module supplies the character folding
(`extractors.folding`: traditional to simplified Chinese, full-width to ASCII), keeps the index
current after each ingest, and turns matches into hits with snippets. `融资` finds articles
with 融资 or 融資; `Series B` and `funding` work as in English (Porter stems: "fund" matches
"funded").
"""

from __future__ import annotations

import hashlib
import logging
import re
import time
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

import duckdb

from extractors.folding import FOLD_TABLE, fold
from warehouse import migrate, read_connection, write_connection
from warehouse.search_index import (
    CJK_RANGES,
    Folding,
    index_state,
    match,
    search_terms,
    stems,
    update_index,
)
from warehouse.writer_lock import DEFAULT_WAIT_S

FOLDING = Folding("".join(map(chr, FOLD_TABLE)), "".join(map(chr, FOLD_TABLE.values())))
# stored with each document: a new term rule (bump the number) or a changed folding table
# re-tokenises every article on the next rebuild, so stored terms and queries always agree
TERMS_VERSION = "cjk-pairs-1." + hashlib.sha1(
    (FOLDING.source + "\0" + FOLDING.target).encode("utf-8")
).hexdigest()[:10]

_CJK_RUN = re.compile("[" + "".join(f"{chr(lo)}-{chr(hi)}" for lo, hi in CJK_RANGES) + "]+")
_WORD = re.compile(r"[^\W_]+")  # letters and digits of any script, as the index splits them

SNIPPET_CHARS = 160


@dataclass(frozen=True)
class IndexUpdate:
    """What a rebuild of the search index did."""

    reindexed: int
    removed: int
    rebuilt: bool
    seconds: float


@dataclass(frozen=True)
class SearchHit:
    """One article that matched, with a snippet around the first match."""

    rank: int
    article_id: str
    score: float
    title: str | None
    published: datetime | None
    lang: str | None
    url: str
    snippet: str
    highlights: list[tuple[int, int]]  # [start, end) spans of matches within the snippet


def rebuild_search_index(
    warehouse: str | Path, *, force: bool = False, wait_s: float | None = None
) -> IndexUpdate:
    """Re-tokenise new or changed articles and rebuild the fts index; a no-op when nothing changed.

    `force` re-tokenises every article and rebuilds the index even when all are current;
    `wait_s` bounds the wait for another writer (default: the writer lock's own).
    """
    started = time.monotonic()
    with write_connection(warehouse, wait_s=DEFAULT_WAIT_S if wait_s is None else wait_s) as con:
        migrate(con)
        state = index_state(con, TERMS_VERSION)
        if not (state.stale or state.orphans or force or not state.has_index):
            return IndexUpdate(0, 0, False, time.monotonic() - started)
        reindexed = update_index(con, TERMS_VERSION, FOLDING, datetime.now(UTC), everything=force)
    return IndexUpdate(reindexed, state.orphans, True, time.monotonic() - started)


def refresh_search_index(warehouse: str | Path) -> IndexUpdate | None:
    """Bring the index up to date after an ingest; a failure is logged, never raised.

    The articles are stored either way, and `computewatch search --reindex` retries with the error shown.
    """
    try:
        return rebuild_search_index(warehouse)
    except (duckdb.Error, RuntimeError) as exc:  # WarehouseLockedError is a RuntimeError
        logging.getLogger(__name__).warning(
            "search index not updated (%s); run `computewatch search --reindex`", " ".join(str(exc).split())
        )
        return None


def _patterns(query: str, word_stems: dict[str, str]) -> list[re.Pattern[str]]:
    """Regexes that find the query's terms in folded text, CJK runs whole, words by their stem."""
    folded = fold(query)
    patterns = [re.compile(re.escape(run)) for run in _CJK_RUN.findall(folded)]
    for word in _WORD.findall(_CJK_RUN.sub(" ", folded)):
        stem = word_stems.get(word, word)
        if len(stem) < 3:  # "b" of "Series B": the word itself, not every word starting with b
            patterns.append(re.compile(rf"(?<![^\W_]){re.escape(word)}(?![^\W_])"))
            continue
        # Porter turns a final y into i ("company" -> "compani"): accept either spelling
        stem_pattern = re.escape(stem[:-1]) + "[iy]" if stem.endswith("i") else re.escape(stem)
        patterns.append(re.compile(rf"(?<![^\W_]){stem_pattern}[^\W_]*"))
    return patterns


def make_snippet(
    body: str, patterns: list[re.Pattern[str]], width: int = SNIPPET_CHARS
) -> tuple[str, list[tuple[int, int]]]:
    """About `width` characters of `body` around its first match, and the matches inside it."""
    folded = fold(body)  # same length as body: offsets carry over
    spans = sorted({m.span() for p in patterns for m in p.finditer(folded) if m.end() > m.start()})
    first = spans[0][0] if spans else 0
    start = max(0, first - width // 3)
    end = min(len(body), start + width)
    start = max(0, min(start, end - width))
    # start and end on a word boundary when the text has spaces nearby
    if start > 0:
        space = body.find(" ", start, first)
        if 0 <= space < first and space - start < 20:
            start = space + 1
    if end < len(body):
        space = body.rfind(" ", max(start, end - 20), end)
        if space > start:
            end = space
    text = " ".join(body[start:end].split("\n"))
    prefix = "… " if start > 0 else ""
    suffix = " …" if end < len(body) else ""
    shift = len(prefix) - start
    highlights = [(s + shift, e + shift) for s, e in spans if s >= start and e <= end]
    return prefix + text + suffix, highlights


def search(
    warehouse: str | Path,
    text: str,
    *,
    limit: int = 10,
    lang: str | None = None,
    since: date | None = None,
) -> list[SearchHit]:
    """Articles matching every word of `text`, best first, with snippets.

    Raises `ValueError` when `text` holds nothing to search for and
    `warehouse.search_index.SearchIndexMissingError` when no index was built yet.
    """
    if not _WORD.search(text or ""):
        raise ValueError(f"nothing to search for in {text!r}: give a word or some characters")
    with read_connection(warehouse) as con:
        terms = search_terms(con, text, FOLDING)
        matches = match(con, terms, limit=limit, lang=lang, since=since)
        words = sorted(set(_WORD.findall(_CJK_RUN.sub(" ", fold(text)))))
        word_stems = dict(zip(words, stems(con, words), strict=True))
    patterns = _patterns(text, word_stems)
    hits = []
    for rank, m in enumerate(matches, start=1):
        snippet, highlights = make_snippet(m.body, patterns)
        hits.append(SearchHit(rank, m.article_id, m.score, m.title, m.published, m.lang, m.url,
                              snippet, highlights))
    return hits
