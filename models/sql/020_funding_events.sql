-- funding_events: mentions of one round in many articles become one event.
-- Key: lab and round when the round is named, else lab and the amount on a 10% log grid.
-- Ids stay stable across refreshes; a change of status or amount bumps the revision.
CREATE OR REPLACE TEMP TABLE funding_event_candidates AS
WITH mentions AS (
    SELECT *
    FROM funding_mentions
    WHERE lab IS NOT NULL AND (amount_usd IS NOT NULL OR valuation_usd IS NOT NULL)
),
keyed AS (
    SELECT
        *,
        lab || '|' || coalesce(
            lower(round),
            'usd~' || CAST(round(log10(coalesce(amount_usd, valuation_usd)) / log10(1.1)) AS VARCHAR)
        ) AS event_key,
        CASE status WHEN 'closed' THEN 3 WHEN 'announced' THEN 2 WHEN 'talks' THEN 1 ELSE 0 END
            AS status_rank
    FROM mentions
),
grouped AS (
    SELECT
        md5(event_key) AS event_id,
        any_value(lab) AS lab,
        any_value(round) AS round,
        mode(amount) AS amount,
        mode(currency) AS currency,
        mode(amount_usd) AS amount_usd,
        max(valuation_usd) AS valuation_usd,
        any_value(valuation_type) FILTER (WHERE valuation_type IS NOT NULL) AS valuation_type,
        list_sort(list_distinct(flatten(list(investors)))) AS investors,
        arg_max(status, status_rank) AS status,
        list_distinct(list(status ORDER BY reported_at)) AS status_history,
        coalesce(max(amount_usd) > 1.1 * min(amount_usd), FALSE) AS amount_conflict,
        min(reported_at) AS first_seen,
        max(reported_at) AS last_seen,
        count(DISTINCT article_id) AS n_sources,
        list_sort(list_distinct(list(article_id))) AS article_ids,
        list_sort(list_distinct(list(source_url))) AS source_urls,
        list_sort(list(fact_id)) AS fact_ids
    FROM keyed
    GROUP BY event_key
)
SELECT * FROM grouped;

DELETE FROM funding_events
WHERE event_id NOT IN (SELECT event_id FROM funding_event_candidates);

INSERT INTO funding_events (
    event_id, lab, round, amount, currency, amount_usd, valuation_usd, valuation_type, investors,
    status, status_history, amount_conflict, first_seen, last_seen, n_sources, article_ids,
    source_urls, fact_ids, revision, created_at, updated_at
)
SELECT
    c.event_id, c.lab, c.round, c.amount, c.currency, c.amount_usd, c.valuation_usd,
    c.valuation_type, c.investors, c.status, c.status_history, c.amount_conflict, c.first_seen,
    c.last_seen, c.n_sources, c.article_ids, c.source_urls, c.fact_ids, 1,
    now(), now()
FROM funding_event_candidates c
ON CONFLICT (event_id) DO UPDATE SET
    revision = CASE
        WHEN funding_events.status IS DISTINCT FROM excluded.status
          OR funding_events.amount_usd IS DISTINCT FROM excluded.amount_usd
        THEN funding_events.revision + 1 ELSE funding_events.revision END,
    updated_at = CASE
        WHEN funding_events.fact_ids IS DISTINCT FROM excluded.fact_ids
        THEN now() ELSE funding_events.updated_at END,
    lab = excluded.lab, round = excluded.round, amount = excluded.amount,
    currency = excluded.currency, amount_usd = excluded.amount_usd,
    valuation_usd = excluded.valuation_usd, valuation_type = excluded.valuation_type,
    investors = excluded.investors, status = excluded.status,
    status_history = excluded.status_history, amount_conflict = excluded.amount_conflict,
    first_seen = excluded.first_seen, last_seen = excluded.last_seen,
    n_sources = excluded.n_sources, article_ids = excluded.article_ids,
    source_urls = excluded.source_urls, fact_ids = excluded.fact_ids;
