-- 003: what the fetcher remembers between polls.

-- why the last poll of a source failed (NULL after a successful poll)
ALTER TABLE sources ADD COLUMN IF NOT EXISTS last_error VARCHAR;

-- one row per article URL fetched successfully: the HTTP validators for conditional GETs and
-- the date the listing gave, so a known page is asked again only when it may have changed
CREATE TABLE IF NOT EXISTS page_fetch_state (
    url             VARCHAR PRIMARY KEY,       -- the URL as listed (before redirects)
    source_name     VARCHAR,
    etag            VARCHAR,
    last_modified   VARCHAR,
    listed_stamp    VARCHAR,                   -- feed updated/published or sitemap lastmod
    first_fetched_at TIMESTAMPTZ NOT NULL,
    last_checked_at TIMESTAMPTZ NOT NULL,
    last_status     INTEGER NOT NULL           -- 200 (read) or 304 (not modified)
);
