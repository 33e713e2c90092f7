"""The full-text index over articles: DuckDB's fts extension on the `search_documents` table.

The extension comes from the `duckdb-extension-fts` wheel and is loaded from its file, so no
network download is ever needed. The index (schema `fts_main_search_documents`) lives in the
warehouse file; a reader loads the extension to call its BM25 macro.

fts splits text on anything that is not a letter or digit, which leaves a Chinese sentence as one
long "word". So titles and bodies are stored as search terms: the text is folded with a character
table the caller supplies (traditional to simplified Chinese, full-width to ASCII), and every run
of Chinese, Japanese or Korean characters becomes its overlapping character pairs (`融资完成` ->
`融资 资完 完成`). BM25 counts terms, not their order, so the pairs go after the other words. A
query goes through the same SQL, so both sides always agree.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from importlib import resources
from pathlib import Path

import duckdb

FTS_SCHEMA = "fts_main_search_documents"

# Kana, CJK ideographs (with extension A, compatibility and extensions B-F) and Hangul syllables
CJK_RANGES = (
    (0x3040, 0x30FF), (0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF), (0xAC00, 0xD7AF),
    (0x20000, 0x2EBEF),
)
_CJK_RE2 = "[" + "".join(f"\\x{{{lo:x}}}-\\x{{{hi:x}}}" for lo, hi in CJK_RANGES) + "]+"

# Letters and digits of every script survive tokenising (fts's default keeps only a-z). No stop
# words: "Series B" must find the B, and BM25 already weighs common words down.
_INDEX_OPTIONS = (
    "stemmer = 'porter', stopwords = 'none', ignore = '[^\\p{L}\\p{N}]+', "
    "strip_accents = 1, lower = 1, overwrite = 1"
)


@dataclass(frozen=True)
class Folding:
    """A one-to-one character table: `source[i]` becomes `target[i]` before tokenising."""

    source: str
    target: str


class SearchIndexMissingError(RuntimeError):
    """The warehouse has no full-text index yet."""


@dataclass(frozen=True)
class IndexState:
    """How far the stored search terms are behind the articles."""

    stale: int  # new or changed articles, or tokenised by another terms version
    orphans: int  # search documents whose article is gone
    has_index: bool


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


def _terms(text: str) -> str:
    """SQL: the folded text `text` as index terms (other words, then the CJK character pairs)."""
    pairs = (
        f"list_transform(regexp_extract_all({text}, '{_CJK_RE2}'), run -> CASE WHEN length(run) = 1 "
        "THEN [run] ELSE list_transform(range(1, length(run)), i -> substr(run, i, 2)) END)"
    )
    return (f"(regexp_replace({text}, '{_CJK_RE2}', ' ', 'g') || ' ' "
            f"|| array_to_string(flatten({pairs}), ' '))")


def search_terms(con: duckdb.DuckDBPyConnection, text: str, folding: Folding) -> str:
    """`text` as index terms, exactly as titles and bodies are stored."""
    return con.execute(
        f"SELECT {_terms('folded')} FROM (SELECT translate(?, ?, ?) AS folded)",
        [text, folding.source, folding.target],
    ).fetchone()[0]


def index_exists(con: duckdb.DuckDBPyConnection) -> bool:
    """True when the warehouse holds a full-text index."""
    return bool(con.execute(
        "SELECT count(*) FROM duckdb_schemas() WHERE schema_name = ? AND database_name = current_database()",
        [FTS_SCHEMA],
    ).fetchone()[0])


_STALE = """
    FROM articles a
    LEFT JOIN search_documents s USING (article_id)
    WHERE s.article_id IS NULL
       OR s.content_hash <> a.content_hash
       OR s.title IS DISTINCT FROM a.title
       OR s.terms_version <> $version
"""


def index_state(con: duckdb.DuckDBPyConnection, terms_version: str) -> IndexState:
    """How many articles need (re)tokenising and how many documents lost their article."""
    stale = con.execute(f"SELECT count(*) {_STALE}", {"version": terms_version}).fetchone()[0]
    orphans = con.execute(
        "SELECT count(*) FROM search_documents WHERE article_id NOT IN (SELECT article_id FROM articles)"
    ).fetchone()[0]
    return IndexState(stale, orphans, index_exists(con))


def update_index(
    con: duckdb.DuckDBPyConnection,
    terms_version: str,
    folding: Folding,
    now: datetime,
    *,
    everything: bool = False,
) -> int:
    """Tokenise stale articles (`everything`: all), drop orphans and rebuild the fts index.

    One transaction; everything happens inside DuckDB, no article body travels through Python.
    Returns the number of articles tokenised.
    """
    con.execute("BEGIN TRANSACTION")
    try:
        con.execute(
            "DELETE FROM search_documents WHERE $everything "
            "OR article_id NOT IN (SELECT article_id FROM articles)",
            {"everything": everything},
        )
        stored = con.execute(
            f"""
            INSERT OR REPLACE INTO search_documents
            SELECT article_id, content_hash, title, {_terms('folded_title')}, {_terms('folded_body')},
                   $version, $now
            FROM (
                SELECT a.article_id, a.content_hash, a.title,
                       translate(coalesce(a.title, ''), $source, $target) AS folded_title,
                       translate(a.body, $source, $target) AS folded_body
                {_STALE}
            )
            """,
            {"version": terms_version, "now": now, "source": folding.source,
             "target": folding.target},
        ).fetchone()[0]
        load_fts(con)
        con.execute(
            "PRAGMA create_fts_index('search_documents', 'article_id', 'title_terms', 'body_terms', "
            f"{_INDEX_OPTIONS})"
        )
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise
    return stored


def query_tokens(con: duckdb.DuckDBPyConnection, terms: str) -> list[str]:
    """The index's own tokens of `terms`, without blanks.

    The BM25 macro counts every query token when all must match, so the empty token that
    leading spaces make would make every article miss.
    """
    return [row[0] for row in con.execute(
        f"SELECT DISTINCT t FROM (SELECT unnest({FTS_SCHEMA}.tokenize(?)) AS t) WHERE t <> '' ORDER BY t",
        [terms],
    ).fetchall()]


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
            SELECT article_id, {FTS_SCHEMA}.match_bm25(article_id, $terms, conjunctive := 1) AS score
            FROM search_documents
        )
        SELECT s.article_id, s.score, a.title, a.published, a.lang, a.canonical_url, a.body
        FROM scored s
        JOIN articles a USING (article_id)
        WHERE s.score IS NOT NULL
          AND (CAST($lang AS VARCHAR) IS NULL OR a.lang ILIKE $lang || '%')
          AND (CAST($since AS DATE) IS NULL
               OR coalesce(a.published, a.fetched_at) >= CAST($since AS DATE))
        ORDER BY s.score DESC, a.published DESC NULLS LAST, s.article_id
        LIMIT $limit
        """,
        {"terms": " ".join(tokens), "lang": lang, "since": since, "limit": limit},
    ).fetchall()
    return [MatchedArticle(*row) for row in rows]


def stems(con: duckdb.DuckDBPyConnection, words: Sequence[str]) -> list[str]:
    """The Porter stems the index uses for `words` (needs the fts extension loaded)."""
    if not words:
        return []
    load_fts(con)
    return [row[0] for row in con.execute(
        "SELECT stem(w, 'porter') FROM unnest(?) WITH ORDINALITY AS t(w, i) ORDER BY i", [list(words)]
    ).fetchall()]
