"""Idempotent loading of articles and their facts.

Natural keys: an article is its canonical URL; a fact is (article, kind, evidence span, key
fields). Loading the same input twice changes nothing. Re-extracting an article replaces its
facts in the same transaction as the article row; no other article is touched. The same body
text at a second URL is stored once: the second URL points to the first article.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from urllib.parse import urlsplit

import duckdb

FACT_KINDS = ("funding", "gpus", "costs", "power")

FACT_TABLES = {
    "funding": "funding_facts",
    "gpus": "gpu_facts",
    "costs": "cost_facts",
    "power": "power_facts",
}

# columns stored per kind, besides the common fact_id, article_id, evidence, span, confidence, version
_FACT_COLUMNS = {
    "funding": (
        "lab", "amount", "currency", "amount_usd", "round", "valuation", "valuation_currency",
        "valuation_usd", "valuation_type", "investors", "status", "qualifier", "valuation_qualifier",
    ),
    "gpus": ("owner", "count", "chip", "status", "target_date", "provider", "qualifier"),
    "costs": ("subject", "amount", "currency", "amount_usd", "period", "what", "qualifier"),
    "power": ("subject", "mw", "status", "qualifier"),
}

# fields that make two facts of one sentence different facts
_KEY_FIELDS = {
    "funding": ("lab", "amount", "currency", "round", "valuation"),
    "gpus": ("owner", "count", "chip", "status"),
    "costs": ("subject", "amount", "currency", "period"),
    "power": ("subject", "mw"),
}


@dataclass(frozen=True)
class ArticleRecord:
    """One fetched and parsed page, ready to store."""

    url: str
    canonical_url: str
    body: str
    fetched_at: datetime
    source_name: str | None = None
    title: str | None = None
    published: datetime | None = None
    lang: str | None = None
    authors: Sequence[str] = ()
    etag: str | None = None
    last_modified: str | None = None


@dataclass
class LoadResult:
    """What one load changed."""

    articles_new: int = 0
    articles_changed: int = 0
    articles_unchanged: int = 0
    duplicates: int = 0
    facts: dict[str, int] = field(default_factory=lambda: dict.fromkeys(FACT_KINDS, 0))
    changed_article_ids: list[str] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        """True when the load wrote new or changed articles or facts."""
        return bool(self.articles_new or self.articles_changed)

    def merge(self, other: LoadResult) -> None:
        """Add another result's counts to this one."""
        self.articles_new += other.articles_new
        self.articles_changed += other.articles_changed
        self.articles_unchanged += other.articles_unchanged
        self.duplicates += other.duplicates
        for kind, n in other.facts.items():
            self.facts[kind] = self.facts.get(kind, 0) + n
        self.changed_article_ids.extend(other.changed_article_ids)


def sha1(text: str) -> str:
    """Hex SHA-1 of a string (keys, not security)."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def article_id_for(canonical_url: str) -> str:
    """The article key: a hash of its canonical URL."""
    return sha1(canonical_url)


def content_hash(body: str) -> str:
    """A hash of the body with white space folded, so reflowed copies match."""
    return sha1(re.sub(r"\s+", " ", body).strip())


def fact_id_for(article_id: str, kind: str, fact: Mapping) -> str:
    """The fact key: stable across re-extraction while the fact itself is the same."""
    span = fact.get("span") or (None, None)
    key = "|".join(str(fact.get(name)) for name in _KEY_FIELDS[kind])
    return sha1(f"{article_id}|{kind}|{span[0]}|{span[1]}|{key}")


def _fact_rows(article_id: str, kind: str, facts: Iterable[Mapping], version: str) -> list[tuple]:
    rows: dict[str, tuple] = {}
    for fact in facts:
        span = fact.get("span") or (0, len(fact.get("evidence") or ""))
        fid = fact_id_for(article_id, kind, fact)
        values = []
        for col in _FACT_COLUMNS[kind]:
            value = fact.get(col)
            if col == "investors":
                value = list(value or [])
            values.append(value)
        rows[fid] = (
            fid, article_id, *values, fact.get("evidence") or "", int(span[0]), int(span[1]),
            float(fact.get("confidence", 0.5)), version,
        )
    return list(rows.values())


_CHUNK_ROWS = 200  # rows per multi-row INSERT: one statement instead of one per row


def _insert_rows(
    con: duckdb.DuckDBPyConnection,
    table: str,
    cols: Sequence[str],
    rows: Sequence[tuple],
    *,
    mode: str = "insert",
) -> None:
    """Insert `rows` in chunks; mode "replace" overwrites rows with the same key, "ignore" skips them."""
    verb = "INSERT OR REPLACE INTO" if mode == "replace" else "INSERT INTO"
    suffix = " ON CONFLICT DO NOTHING" if mode == "ignore" else ""
    one = "(" + ", ".join("?" for _ in cols) + ")"
    for i in range(0, len(rows), _CHUNK_ROWS):
        chunk = rows[i : i + _CHUNK_ROWS]
        con.execute(
            f"{verb} {table} ({', '.join(cols)}) VALUES {', '.join(one for _ in chunk)}{suffix}",
            [value for row in chunk for value in row],
        )


_ARTICLE_COLUMNS = (
    "article_id", "canonical_url", "url", "source_name", "title", "published", "lang", "authors",
    "body", "content_hash", "etag", "last_modified", "fetched_at", "extractor_version",
)


def _write_facts(con: duckdb.DuckDBPyConnection, article_ids: list[str],
                 fact_rows: Mapping[str, list[tuple]]) -> None:
    """Replace every fact of these articles with `fact_rows` (inside the caller's transaction)."""
    for kind in FACT_KINDS:
        table = FACT_TABLES[kind]
        con.execute(f"DELETE FROM {table} WHERE article_id IN (SELECT unnest(?))", [article_ids])
        cols = ("fact_id", "article_id", *_FACT_COLUMNS[kind], "evidence", "span_start",
                "span_end", "confidence", "extractor_version")
        _insert_rows(con, table, cols, fact_rows[kind])


def _host(url: str) -> str:
    return (urlsplit(url).hostname or "").removeprefix("www.")


def load_articles(
    con: duckdb.DuckDBPyConnection,
    items: Sequence[tuple[ArticleRecord, Mapping]],
    extractor_version: str,
) -> LoadResult:
    """Store articles with their facts in one transaction and report what changed.

    `items` pairs each article with the facts extracted from its body (the
    `extractors.facts.extract_facts` shape). Unchanged articles (same body, same extractor
    version) are left alone, so loading the same input twice is a no-op. Writes are batched:
    a handful of statements per call, whatever the number of articles.
    """
    result = LoadResult()
    keyed = [
        (article_id_for(record.canonical_url), content_hash(record.body), record, facts)
        for record, facts in items
    ]
    ids = [k[0] for k in keyed]
    digests = [k[1] for k in keyed]
    con.execute("BEGIN TRANSACTION")
    try:
        existing = {
            row[0]: row[1:]
            for row in con.execute(
                "SELECT article_id, content_hash, extractor_version, url FROM articles "
                "WHERE article_id IN (SELECT unnest(?))", [ids],
            ).fetchall()
        }
        owner_of_text = dict(con.execute(
            "SELECT content_hash, min(article_id) FROM articles "
            "WHERE content_hash IN (SELECT unnest(?)) GROUP BY content_hash", [digests],
        ).fetchall())
        urls: dict[str, tuple] = {}
        articles: dict[str, tuple] = {}
        fact_rows: dict[str, list[tuple]] = {kind: [] for kind in FACT_KINDS}
        for article_id, digest, record, facts in keyed:
            if article_id in articles:  # listed twice in one batch: the first one counts
                continue
            seen = existing.get(article_id)
            if seen is None:
                first = owner_of_text.get(digest)
                if first is not None and first != article_id:
                    # the same text at another address: remember the address, store it once
                    urls.setdefault(record.url, (record.url, first, record.fetched_at))
                    urls.setdefault(record.canonical_url,
                                    (record.canonical_url, first, record.fetched_at))
                    result.duplicates += 1
                    continue
            elif seen[:2] == (digest, extractor_version):
                urls.setdefault(record.url, (record.url, article_id, record.fetched_at))
                result.articles_unchanged += 1
                continue
            elif _host(seen[2]) != _host(record.url):
                # a copy elsewhere that claims this article's canonical URL never overwrites it
                urls.setdefault(record.url, (record.url, article_id, record.fetched_at))
                result.duplicates += 1
                continue
            owner_of_text.setdefault(digest, article_id)
            articles[article_id] = (
                article_id, record.canonical_url, record.url, record.source_name, record.title,
                record.published, record.lang, list(record.authors), record.body, digest,
                record.etag, record.last_modified, record.fetched_at, extractor_version,
            )
            for url in (record.url, record.canonical_url):
                urls.setdefault(url, (url, article_id, record.fetched_at))
            for kind in FACT_KINDS:
                rows = _fact_rows(article_id, kind, facts.get(kind) or (), extractor_version)
                fact_rows[kind].extend(rows)
                result.facts[kind] += len(rows)
            if seen is None:
                result.articles_new += 1
            else:
                result.articles_changed += 1
            result.changed_article_ids.append(article_id)

        changed = list(articles)
        if changed:
            _insert_rows(con, "articles", _ARTICLE_COLUMNS, list(articles.values()),
                         mode="replace")
            _write_facts(con, changed, fact_rows)
        if urls:
            _insert_rows(con, "article_urls", ("url", "article_id", "first_seen_at"),
                         list(urls.values()), mode="ignore")
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise
    return result


@dataclass(frozen=True)
class StoredText:
    """A stored article's body, as the extractor reads it again."""

    article_id: str
    url: str
    source_name: str | None
    body: str
    lang: str | None
    published: datetime | None
    content_hash: str
    extractor_version: str | None


def stored_versions(con: duckdb.DuckDBPyConnection) -> dict[str | None, int]:
    """How many stored articles each extractor version made."""
    return dict(con.execute("SELECT extractor_version, count(*) FROM articles GROUP BY 1").fetchall())


def articles_to_reextract(
    con: duckdb.DuckDBPyConnection, versions: Sequence[str | None], now: datetime, limit: int,
    max_attempts: int = 10,
) -> list[str]:
    """Ids of stored articles made by these extractor versions, newest first, at most `limit`;
    an article the extractor failed on waits for its retry time, and after `max_attempts`
    failures is left alone."""
    return [row[0] for row in con.execute(
        """
        SELECT a.article_id FROM articles a
        LEFT JOIN fetch_failures f
            ON f.url = a.canonical_url AND f.stage = 'extract' AND f.resolved_at IS NULL
        WHERE (a.extractor_version IN (SELECT unnest(?))
               OR (a.extractor_version IS NULL AND ?))
          AND (f.url IS NULL OR (f.next_retry_at <= ? AND f.attempts < ?))
        ORDER BY coalesce(a.published, a.fetched_at) DESC, a.article_id
        LIMIT ?
        """,
        [[v for v in versions if v is not None], None in versions, now, max_attempts, limit],
    ).fetchall()]


def stored_texts(con: duckdb.DuckDBPyConnection, article_ids: Sequence[str]) -> list[StoredText]:
    """The bodies (with URL, source, language, date, hash and version) of these articles."""
    rows = con.execute(
        "SELECT article_id, canonical_url, source_name, body, lang, published, content_hash, "
        "extractor_version FROM articles WHERE article_id IN (SELECT unnest(?)) ORDER BY article_id",
        [list(article_ids)],
    ).fetchall()
    return [StoredText(*row) for row in rows]


def replace_facts(
    con: duckdb.DuckDBPyConnection,
    extracted: Sequence[tuple[StoredText, Mapping]],
    extractor_version: str,
) -> LoadResult:
    """Replace the facts of stored articles with the ones extracted from `StoredText`s, in one
    transaction.

    The article rows stay as they are but for their `extractor_version`; a fact found again
    keeps its id, so analyst overrides still apply. An article whose body or version changed
    since its text was read (another run stored it meanwhile) is left alone, as is one no
    longer stored.
    """
    result = LoadResult()
    ids = [text.article_id for text, _ in extracted]
    con.execute("BEGIN TRANSACTION")
    try:
        current = {row[0]: (row[1], row[2]) for row in con.execute(
            "SELECT article_id, content_hash, extractor_version FROM articles "
            "WHERE article_id IN (SELECT unnest(?))", [ids]).fetchall()}
        fact_rows: dict[str, list[tuple]] = {kind: [] for kind in FACT_KINDS}
        done: list[str] = []
        for text, facts in extracted:
            if current.get(text.article_id) != (text.content_hash, text.extractor_version) or (
                    text.article_id in done):
                continue
            done.append(text.article_id)
            for kind in FACT_KINDS:
                rows = _fact_rows(text.article_id, kind, facts.get(kind) or (), extractor_version)
                fact_rows[kind].extend(rows)
                result.facts[kind] += len(rows)
        if done:
            _write_facts(con, done, fact_rows)
            con.execute("UPDATE articles SET extractor_version = ? WHERE article_id IN (SELECT unnest(?))",
                        [extractor_version, done])
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise
    result.articles_changed = len(done)
    result.changed_article_ids = done
    return result
