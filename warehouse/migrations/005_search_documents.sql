-- 005: full-text search documents, one per article: its title and body as search terms
-- (runs of Chinese, Japanese or Korean characters split into overlapping character pairs,
-- traditional Chinese folded to simplified; see flows/search.py). DuckDB's fts index over this
-- table lives in the schema fts_main_search_documents and is rebuilt after each ingest.

CREATE TABLE IF NOT EXISTS search_documents (
    article_id      VARCHAR PRIMARY KEY,
    content_hash    VARCHAR NOT NULL,          -- the article body the terms were made from
    title           VARCHAR,                   -- the title the terms were made from
    title_terms     VARCHAR NOT NULL,
    body_terms      VARCHAR NOT NULL,
    terms_version   VARCHAR NOT NULL,          -- a new tokeniser version re-tokenises every article
    indexed_at      TIMESTAMPTZ NOT NULL
);
