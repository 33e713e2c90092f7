"""The full-text index over articles: DuckDB's fts extension on the `search_documents` table.

The extension comes from the `duckdb-extension-fts` wheel and is loaded from its file, so no
network download is ever needed. The index (schema `fts_main_search_documents`) lives in the
warehouse file; a reader loads the extension to call its BM25 macro. Turning text into search
terms (word splitting for Chinese) is the caller's job: this module stores and queries terms.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from importlib import resources
from pathlib import Path

import duckdb

FTS_SCHEMA = "fts_main_search_documents"

# Letters and digits of every script survive tokenising (fts's default keeps only a-z). No stop
# words: "Series B" must find the B, and BM25 already weighs common words down.
_INDEX_OPTIONS = (
    "stemmer = 'porter', stopwords = 'none', ignore = '[^\\p{L}\\p{N}]+', "
    "strip_accents = 1, lower = 1, overwrite = 1"
)


class SearchIndexMissingError(RuntimeError):
    """The warehouse has no full-text index yet."""


@dataclass(frozen=True)
class StaleArticle:
    """An article whose search terms are missing or were made from other text."""

    article_id: str
    content_hash: str
    title: str | None
    body: str


@dataclass(frozen=True)
class IndexedArticle:
    """One article's search terms, ready to store."""

    article_id: str
    content_hash: str
    title: str | None
    title_terms: str
    body_terms: str


@dataclass(frozen=True)
class MatchedArticle:
    """An article that matched a query, best first."""

    article_id: str
    score: float
    title: str | None
    published: datetime | None
    lang: str | None
    url: str
    body: str


def fts_extension_path() -> Path:
    """The `fts.duckdb_extension` file shipped in the installed `duckdb-extension-fts` wheel."""
    root = resources.files("duckdb_extension_fts") / "extensions" / f"v{duckdb.__version__}"
    path = Path(str(root / "fts.duckdb_extension"))
    if not path.is_file():
        raise RuntimeError(
            f"the fts extension for DuckDB {duckdb.__version__} is not installed (looked for {path}); "
            f"install duckdb-extension-fts=={duckdb.__version__}"
        )
    return path


def load_fts(con: duckdb.DuckDBPyConnection) -> None:
    """Load the fts extension into `con` from the installed wheel."""
    path = str(fts_extension_path()).replace("'", "''")
    con.execute(f"LOAD '{path}'")


def index_exists(con: duckdb.DuckDBPyConnection) -> bool:
    """True when the warehouse holds a full-text index."""
    return bool(con.execute(
        "SELECT count(*) FROM duckdb_schemas() WHERE schema_name = ? AND database_name = current_database()",
        [FTS_SCHEMA],
    ).fetchone()[0])


def stale_articles(con: duckdb.DuckDBPyConnection, terms_version: str) -> list[StaleArticle]:
    """Articles that are new, changed (body or title) or tokenised by another terms version."""
    rows = con.execute(
        """
        SELECT a.article_id, a.content_hash, a.title, a.body
        FROM articles a
        LEFT JOIN search_documents s USING (article_id)
        WHERE s.article_id IS NULL
           OR s.content_hash <> a.content_hash
           OR s.title IS DISTINCT FROM a.title
           OR s.terms_version <> ?
        ORDER BY a.article_id
        """,
        [terms_version],
    ).fetchall()
    return [StaleArticle(*row) for row in rows]


def orphan_count(con: duckdb.DuckDBPyConnection) -> int:
    """Search documents whose article is gone."""
    return con.execute(
        "SELECT count(*) FROM search_documents WHERE article_id NOT IN (SELECT article_id FROM articles)"
    ).fetchone()[0]


def write_index(
    con: duckdb.DuckDBPyConnection,
    documents: Sequence[IndexedArticle],
    terms_version: str,
    now: datetime,
) -> None:
    """Store `documents`, drop those of deleted articles and rebuild the index, in one transaction."""
    con.execute("BEGIN TRANSACTION")
    try:
        con.execute(
            "DELETE FROM search_documents WHERE article_id NOT IN (SELECT article_id FROM articles)"
        )
        if documents:
            con.executemany(
                "INSERT OR REPLACE INTO search_documents VALUES (?, ?, ?, ?, ?, ?, ?)",
                [(d.article_id, d.content_hash, d.title, d.title_terms, d.body_terms, terms_version,
                  now) for d in documents],
            )
        load_fts(con)
        con.execute(
            "PRAGMA create_fts_index('search_documents', 'article_id', 'title_terms', 'body_terms', "
            f"{_INDEX_OPTIONS})"
        )
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise


def match(
    con: duckdb.DuckDBPyConnection,
    terms: str,
    *,
    limit: int = 10,
    lang: str | None = None,
    since: date | None = None,
) -> list[MatchedArticle]:
    """Articles holding every term of `terms` (BM25 over title and body), best first."""
    if not index_exists(con):
        raise SearchIndexMissingError("the warehouse has no search index yet")
    load_fts(con)
    tokens = query_tokens(con, terms)
    if not tokens:
        return []
    rows = con.execute(
        f"""
        WITH scored AS (
            SELECT article_id, {FTS_SCHEMA}.match_bm25(article_id, ?, conjunctive := 1) AS score
            FROM search_documents
        )
        SELECT s.article_id, s.score, a.title, a.published, a.lang, a.canonical_url, a.body
        FROM scored s
        JOIN articles a USING (article_id)
        WHERE s.score IS NOT NULL
          AND (CAST(? AS VARCHAR) IS NULL OR a.lang ILIKE ? || '%')
          AND (CAST(? AS DATE) IS NULL OR coalesce(a.published, a.fetched_at) >= CAST(? AS DATE))
        ORDER BY s.score DESC, a.published DESC NULLS LAST, s.article_id
        LIMIT ?
        """,
        [" ".join(tokens), lang, lang, since, since, limit],
    ).fetchall()
    return [MatchedArticle(*row) for row in rows]


def query_tokens(con: duckdb.DuckDBPyConnection, terms: str) -> list[str]:
    """The index's own tokens of `terms`, without blanks and stop words.

    The BM25 macro counts every query token when all must match, so the empty token that
    leading spaces make, or a stop word, would make every article miss.
    """
    return [row[0] for row in con.execute(
        f"""
        SELECT DISTINCT t FROM (SELECT unnest({FTS_SCHEMA}.tokenize(?)) AS t)
        WHERE t <> '' AND t NOT IN (SELECT sw FROM {FTS_SCHEMA}.stopwords)
        ORDER BY t
        """,
        [terms],
    ).fetchall()]


def stems(con: duckdb.DuckDBPyConnection, words: Sequence[str]) -> list[str]:
    """The Porter stems the index uses for `words` (needs the fts extension loaded)."""
    if not words:
        return []
    load_fts(con)
    return [row[0] for row in con.execute(
        "SELECT stem(w, 'porter') FROM unnest(?) WITH ORDINALITY AS t(w, i) ORDER BY i", [list(words)]
    ).fetchall()]
