-- 001: the first warehouse schema. Tables may change in later migrations;
-- the public SQL surface is the views (see README).

CREATE TABLE IF NOT EXISTS sources (
    name            VARCHAR PRIMARY KEY,
    kind            VARCHAR NOT NULL,          -- rss | atom | sitemap | html-index | url
    url             VARCHAR NOT NULL,
    lang            VARCHAR,
    enabled         BOOLEAN NOT NULL DEFAULT TRUE,
    etag            VARCHAR,
    last_modified   VARCHAR,
    last_polled_at  TIMESTAMPTZ,
    last_status     VARCHAR,
    last_item_count INTEGER,
    consecutive_failures INTEGER NOT NULL DEFAULT 0,
    next_poll_at    TIMESTAMPTZ
);

CREATE TABLE IF NOT EXISTS articles (
    article_id      VARCHAR PRIMARY KEY,       -- sha1 of canonical_url
    canonical_url   VARCHAR NOT NULL,
    url             VARCHAR NOT NULL,          -- where it was fetched
    source_name     VARCHAR,
    title           VARCHAR,
    published       TIMESTAMPTZ,
    lang            VARCHAR,
    authors         VARCHAR[],
    body            VARCHAR NOT NULL,
    content_hash    VARCHAR NOT NULL,          -- sha1 of the normalised body
    etag            VARCHAR,
    last_modified   VARCHAR,
    fetched_at      TIMESTAMPTZ NOT NULL,
    extractor_version VARCHAR
);

-- every URL an article was seen at: feeds, redirects, and copies of the same text elsewhere
CREATE TABLE IF NOT EXISTS article_urls (
    url             VARCHAR PRIMARY KEY,
    article_id      VARCHAR NOT NULL,
    first_seen_at   TIMESTAMPTZ NOT NULL
);

CREATE TABLE IF NOT EXISTS fetch_failures (
    url             VARCHAR NOT NULL,
    source_name     VARCHAR,
    stage           VARCHAR NOT NULL,          -- fetch | feed | page | extract | load
    reason          VARCHAR NOT NULL,
    attempts        INTEGER NOT NULL DEFAULT 1,
    first_failed_at TIMESTAMPTZ NOT NULL,
    last_failed_at  TIMESTAMPTZ NOT NULL,
    next_retry_at   TIMESTAMPTZ,
    resolved_at     TIMESTAMPTZ,
    PRIMARY KEY (url, stage)
);

-- facts: one row per extracted fact, keyed by a hash of (article, kind, span, key fields)
CREATE TABLE IF NOT EXISTS funding_facts (
    fact_id         VARCHAR PRIMARY KEY,
    article_id      VARCHAR NOT NULL,
    lab             VARCHAR,
    amount          DOUBLE,
    currency        VARCHAR,
    amount_usd      DOUBLE,
    round           VARCHAR,
    valuation       DOUBLE,
    valuation_currency VARCHAR,
    valuation_usd   DOUBLE,
    valuation_type  VARCHAR,
    investors       VARCHAR[],
    status          VARCHAR,
    qualifier       VARCHAR,
    evidence        VARCHAR NOT NULL,
    span_start      INTEGER NOT NULL,
    span_end        INTEGER NOT NULL,
    confidence      DOUBLE NOT NULL,
    extractor_version VARCHAR NOT NULL
);

CREATE TABLE IF NOT EXISTS gpu_facts (
    fact_id         VARCHAR PRIMARY KEY,
    article_id      VARCHAR NOT NULL,
    owner           VARCHAR,
    count           BIGINT NOT NULL,
    chip            VARCHAR,
    status          VARCHAR,
    target_date     VARCHAR,
    provider        VARCHAR,
    evidence        VARCHAR NOT NULL,
    span_start      INTEGER NOT NULL,
    span_end        INTEGER NOT NULL,
    confidence      DOUBLE NOT NULL,
    extractor_version VARCHAR NOT NULL
);

CREATE TABLE IF NOT EXISTS cost_facts (
    fact_id         VARCHAR PRIMARY KEY,
    article_id      VARCHAR NOT NULL,
    subject         VARCHAR,
    amount          DOUBLE NOT NULL,
    currency        VARCHAR,
    amount_usd      DOUBLE,
    period          VARCHAR,
    what            VARCHAR,
    evidence        VARCHAR NOT NULL,
    span_start      INTEGER NOT NULL,
    span_end        INTEGER NOT NULL,
    confidence      DOUBLE NOT NULL,
    extractor_version VARCHAR NOT NULL
);

CREATE TABLE IF NOT EXISTS power_facts (
    fact_id         VARCHAR PRIMARY KEY,
    article_id      VARCHAR NOT NULL,
    subject         VARCHAR,
    mw              DOUBLE NOT NULL,
    status          VARCHAR,
    evidence        VARCHAR NOT NULL,
    span_start      INTEGER NOT NULL,
    span_end        INTEGER NOT NULL,
    confidence      DOUBLE NOT NULL,
    extractor_version VARCHAR NOT NULL
);

-- analyst corrections; keyed by fact_id, which survives re-extraction of the same fact
CREATE TABLE IF NOT EXISTS overrides (
    override_id     VARCHAR PRIMARY KEY,
    fact_kind       VARCHAR NOT NULL,          -- funding | gpus | costs | power
    fact_id         VARCHAR NOT NULL,
    action          VARCHAR NOT NULL,          -- reject | set
    field           VARCHAR,
    value           VARCHAR,
    note            VARCHAR,
    created_at      TIMESTAMPTZ NOT NULL
);

-- one row per funding event; rebuilt by models.refresh, ids stay stable
CREATE TABLE IF NOT EXISTS funding_events (
    event_id        VARCHAR PRIMARY KEY,
    lab             VARCHAR NOT NULL,
    round           VARCHAR,
    amount          DOUBLE,
    currency        VARCHAR,
    amount_usd      DOUBLE,
    valuation_usd   DOUBLE,
    valuation_type  VARCHAR,
    investors       VARCHAR[],
    status          VARCHAR,
    status_history  VARCHAR[],
    amount_conflict BOOLEAN NOT NULL DEFAULT FALSE,
    first_seen      TIMESTAMPTZ,
    last_seen       TIMESTAMPTZ,
    n_sources       INTEGER NOT NULL,
    article_ids     VARCHAR[],
    source_urls     VARCHAR[],
    fact_ids        VARCHAR[],
    revision        INTEGER NOT NULL DEFAULT 1, -- bumped when status or amount changes
    created_at      TIMESTAMPTZ NOT NULL,
    updated_at      TIMESTAMPTZ NOT NULL
);

-- alerts outbox: one row per (event, channel, revision), delivered at most once
CREATE TABLE IF NOT EXISTS alerts_outbox (
    event_id        VARCHAR NOT NULL,
    channel         VARCHAR NOT NULL,          -- a hash of the apprise URL, never the URL itself
    revision        INTEGER NOT NULL,
    kind            VARCHAR NOT NULL,          -- new | update
    title           VARCHAR NOT NULL,
    body            VARCHAR NOT NULL,
    state           VARCHAR NOT NULL,          -- pending | sent
    attempts        INTEGER NOT NULL DEFAULT 0,
    last_error      VARCHAR,
    next_attempt_at TIMESTAMPTZ,
    created_at      TIMESTAMPTZ NOT NULL,
    sent_at         TIMESTAMPTZ,
    PRIMARY KEY (event_id, channel, revision)
);
