-- 002: what the downstream models (models/sql/0*.sql) keep between refreshes.

-- one row per revision of a funding event: revision 1 when it appears, one more each time
-- its status or amount changes (the alerts outbox keys on the same revision numbers)
CREATE TABLE IF NOT EXISTS funding_event_revisions (
    event_id        VARCHAR NOT NULL,
    revision        INTEGER NOT NULL,
    status          VARCHAR,
    amount          DOUBLE,
    currency        VARCHAR,
    amount_usd      DOUBLE,
    n_sources       INTEGER NOT NULL,
    changed_at      TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (event_id, revision)
);

-- what the models remember about themselves, e.g. a hash of the model definitions, so a
-- refresh re-creates stored macros, views and reference tables only when they changed
CREATE TABLE IF NOT EXISTS model_state (
    name            VARCHAR PRIMARY KEY,
    value           VARCHAR NOT NULL,
    updated_at      TIMESTAMPTZ NOT NULL
);

-- every distinct USD amount the mentions of an event report (conflicts are kept, not averaged)
ALTER TABLE funding_events ADD COLUMN IF NOT EXISTS reported_amounts_usd DOUBLE[];
-- the valuation in the currency it was reported in
ALTER TABLE funding_events ADD COLUMN IF NOT EXISTS valuation DOUBLE;
ALTER TABLE funding_events ADD COLUMN IF NOT EXISTS valuation_currency VARCHAR;

-- the walking skeleton built these as views; the models now build them as tables
DROP VIEW IF EXISTS lab_compute;
DROP VIEW IF EXISTS cluster_costs;
