-- round_names (table): each distinct round name, as extracted or corrected, with its key. A
-- handful of names: normalising each once, and joining a table whose size the planner knows,
-- is much cheaper than normalising every mention.
CREATE OR REPLACE TABLE round_names AS
SELECT round, round_key(round) AS round_key, round_is_unique(round_key(round)) AS round_unique
FROM (
    SELECT round FROM funding_facts
    UNION
    SELECT value FROM override_values WHERE fact_kind = 'funding' AND field = 'round'
)
WHERE round IS NOT NULL;

-- funding_mentions (view): one row per funding fact that is not rejected, with the analyst's
-- corrections applied, its article's date and address, its round name's key (round_key), and
-- whether that name is one a lab uses once (round_unique: Series B yes, 'strategic' no), and
-- its amounts in US dollars at the rate of the article's month (models/reference/fx.csv;
-- amount_usd_basis says which rate, or that the figure was reported in dollars).
CREATE OR REPLACE VIEW funding_mentions AS
WITH ov AS NOT MATERIALIZED (
    SELECT
        fact_id,
        bool_or(field = 'lab') AS set_lab, any_value(value) FILTER (WHERE field = 'lab') AS lab,
        bool_or(field = 'amount') AS set_amount,
        any_value(TRY_CAST(value AS DOUBLE)) FILTER (WHERE field = 'amount') AS amount,
        bool_or(field = 'currency') AS set_currency,
        any_value(value) FILTER (WHERE field = 'currency') AS currency,
        bool_or(field = 'amount_usd') AS set_amount_usd,
        any_value(TRY_CAST(value AS DOUBLE)) FILTER (WHERE field = 'amount_usd') AS amount_usd,
        bool_or(field = 'round') AS set_round, any_value(value) FILTER (WHERE field = 'round') AS round,
        bool_or(field = 'valuation') AS set_valuation,
        any_value(TRY_CAST(value AS DOUBLE)) FILTER (WHERE field = 'valuation') AS valuation,
        bool_or(field = 'valuation_currency') AS set_valuation_currency,
        any_value(value) FILTER (WHERE field = 'valuation_currency') AS valuation_currency,
        bool_or(field = 'valuation_usd') AS set_valuation_usd,
        any_value(TRY_CAST(value AS DOUBLE)) FILTER (WHERE field = 'valuation_usd') AS valuation_usd,
        bool_or(field = 'valuation_type') AS set_valuation_type,
        any_value(value) FILTER (WHERE field = 'valuation_type') AS valuation_type,
        bool_or(field = 'investors') AS set_investors,
        any_value(CASE WHEN field = 'investors' THEN from_json(value, '["VARCHAR"]') END)
            AS investors,
        bool_or(field = 'status') AS set_status,
        any_value(value) FILTER (WHERE field = 'status') AS status,
        any_value(TRY_CAST(value AS DATE)) FILTER (WHERE field = 'date') AS reported_on
    FROM override_values
    WHERE fact_kind = 'funding'
    GROUP BY fact_id
),
corrected AS NOT MATERIALIZED (
    SELECT
        f.fact_id,
        f.article_id,
        CASE WHEN o.set_lab THEN o.lab ELSE f.lab END AS lab,
        CASE WHEN o.set_amount THEN o.amount ELSE f.amount END AS amount,
        currency_code(CASE WHEN o.set_currency THEN o.currency ELSE f.currency END) AS currency,
        o.set_amount_usd AS amount_usd_overridden,
        o.amount_usd AS amount_usd_override,
        f.amount_usd AS amount_usd_extracted,
        CASE WHEN o.set_round THEN o.round ELSE f.round END AS round,
        CASE WHEN o.set_valuation THEN o.valuation ELSE f.valuation END AS valuation,
        currency_code(coalesce(
            CASE WHEN o.set_valuation_currency THEN o.valuation_currency ELSE f.valuation_currency END,
            CASE WHEN o.set_currency THEN o.currency ELSE f.currency END
        )) AS valuation_currency,
        o.set_valuation_usd AS valuation_usd_overridden,
        o.valuation_usd AS valuation_usd_override,
        f.valuation_usd AS valuation_usd_extracted,
        CASE WHEN o.set_valuation_type THEN o.valuation_type ELSE f.valuation_type END AS valuation_type,
        CASE WHEN o.set_investors THEN o.investors ELSE f.investors END AS investors,
        CASE WHEN o.set_status THEN o.status ELSE f.status END AS status,
        -- (a corrected number is not hedged by the words of the one it replaces)
        CASE WHEN o.set_amount OR (f.amount IS NULL AND o.set_valuation) THEN NULL ELSE f.qualifier END
            AS qualifier,
        CASE WHEN o.set_valuation THEN NULL ELSE f.valuation_qualifier END AS valuation_qualifier,
        f.evidence,
        f.span_start,
        f.span_end,
        f.confidence,
        f.extractor_version,
        o.fact_id IS NOT NULL AS corrected,
        o.reported_on AS reported_on_override
    FROM funding_facts f
    LEFT JOIN ov o USING (fact_id)
    ANTI JOIN (SELECT fact_id FROM override_rejects WHERE fact_kind = 'funding') r USING (fact_id)
),
dated AS NOT MATERIALIZED (
    SELECT
        c.*,
        coalesce(timezone('UTC', CAST(c.reported_on_override AS TIMESTAMP)), a.published, a.fetched_at)
            AS reported_at,
        coalesce(c.reported_on_override, utc_day(coalesce(a.published, a.fetched_at)))
            AS reported_on,
        a.canonical_url AS source_url,
        a.title AS article_title
    FROM corrected c
    JOIN articles a USING (article_id)
),
fx_bounds AS NOT MATERIALIZED (
    SELECT min(month) AS first_month, max(month) AS last_month FROM ref_fx_month
),
priced AS NOT MATERIALIZED (
    SELECT
        d.*,
        least(greatest(date_trunc('month', d.reported_on), b.first_month), b.last_month)
            AS fx_month
    FROM dated d
    CROSS JOIN fx_bounds b
)
SELECT
    p.fact_id,
    p.article_id,
    p.lab,
    p.amount,
    p.currency,
    CASE
        WHEN p.amount_usd_overridden THEN p.amount_usd_override
        WHEN p.amount IS NULL THEN NULL
        WHEN fa.usd_per_unit IS NOT NULL THEN p.amount * fa.usd_per_unit
        ELSE p.amount_usd_extracted
    END AS amount_usd,
    CASE
        WHEN p.amount_usd_overridden THEN 'override'
        WHEN p.amount IS NULL THEN NULL
        WHEN p.currency = 'USD' THEN 'reported'
        WHEN fa.usd_per_unit IS NOT NULL THEN 'fx ' || strftime(p.fx_month, '%Y-%m')
        ELSE 'extractor'
    END AS amount_usd_basis,
    p.round,
    -- a name corrected since the last refresh is not in round_names yet
    -- a name corrected or extracted since the last refresh is not in round_names yet
    CASE WHEN rk.round IS NULL AND p.round IS NOT NULL THEN round_key(p.round) ELSE rk.round_key END AS round_key,
    CASE WHEN rk.round IS NULL AND p.round IS NOT NULL THEN coalesce(round_is_unique(round_key(p.round)), FALSE)
         ELSE rk.round_unique END AS round_unique,
    p.valuation,
    p.valuation_currency,
    CASE
        WHEN p.valuation_usd_overridden THEN p.valuation_usd_override
        WHEN p.valuation IS NULL THEN NULL
        WHEN fv.usd_per_unit IS NOT NULL THEN p.valuation * fv.usd_per_unit
        ELSE p.valuation_usd_extracted
    END AS valuation_usd,
    p.valuation_type,
    p.investors,
    p.status,
    p.qualifier,
    p.valuation_qualifier,
    p.evidence,
    p.span_start,
    p.span_end,
    p.confidence,
    p.extractor_version,
    p.corrected,
    p.reported_at,
    p.reported_on,
    p.source_url,
    p.article_title
FROM priced p
LEFT JOIN ref_fx_month fa ON fa.currency = p.currency AND fa.month = p.fx_month
LEFT JOIN ref_fx_month fv ON fv.currency = p.valuation_currency AND fv.month = p.fx_month
LEFT JOIN round_names rk ON rk.round = p.round;
