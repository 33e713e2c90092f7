-- funding_mentions: one row per funding fact, with analyst overrides applied and its article.
CREATE OR REPLACE VIEW funding_mentions AS
WITH rejected AS (
    SELECT DISTINCT fact_id FROM overrides WHERE fact_kind = 'funding' AND action = 'reject'
),
latest_set AS (
    SELECT fact_id, field, arg_max(value, created_at) AS value
    FROM overrides
    WHERE fact_kind = 'funding' AND action = 'set'
    GROUP BY fact_id, field
),
corrected AS (
    SELECT
        f.fact_id,
        f.article_id,
        coalesce((SELECT value FROM latest_set s WHERE s.fact_id = f.fact_id AND s.field = 'lab'), f.lab) AS lab,
        coalesce((SELECT TRY_CAST(value AS DOUBLE) FROM latest_set s WHERE s.fact_id = f.fact_id AND s.field = 'amount'), f.amount) AS amount,
        f.currency,
        coalesce((SELECT TRY_CAST(value AS DOUBLE) FROM latest_set s WHERE s.fact_id = f.fact_id AND s.field = 'amount_usd'), f.amount_usd) AS amount_usd,
        coalesce((SELECT value FROM latest_set s WHERE s.fact_id = f.fact_id AND s.field = 'round'), f.round) AS round,
        f.valuation,
        f.valuation_currency,
        coalesce((SELECT TRY_CAST(value AS DOUBLE) FROM latest_set s WHERE s.fact_id = f.fact_id AND s.field = 'valuation_usd'), f.valuation_usd) AS valuation_usd,
        f.valuation_type,
        f.investors,
        coalesce((SELECT value FROM latest_set s WHERE s.fact_id = f.fact_id AND s.field = 'status'), f.status) AS status,
        f.qualifier,
        f.evidence,
        f.span_start,
        f.span_end,
        f.confidence,
        f.extractor_version
    FROM funding_facts f
    WHERE f.fact_id NOT IN (SELECT fact_id FROM rejected)
)
SELECT
    c.*,
    coalesce(a.published, a.fetched_at) AS reported_at,
    a.canonical_url AS source_url,
    a.title AS article_title
FROM corrected c
JOIN articles a USING (article_id);
