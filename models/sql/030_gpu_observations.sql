-- gpu_observations (view): one row per GPU fact that is not rejected, with the analyst's corrections
-- applied, its date, the reference chip it resolves to, and what those GPUs amount to by the
-- method of `computewatch estimate` (ref_chip_year: per chip and year, from models/estimate.py).
--
-- A count with no chip, a generic name ("GPUs", "AI chips") or a name the accelerator table
-- does not know ("Hopper GPUs") is the reference row 'GPU': assumed H100-class, and
-- chip_specified = false (see lab_compute for how such counts add up with named chips). A fleet
-- told in H100-equivalents ("compute equivalent to 600,000 H100s") has chip_key 'H100e' and
-- h100e_total = true: its count is H100e, not GPUs, and none of the other figures. A named
-- accelerator that is not a GPU and not in the table (LPU, WSE, Kunlun, Gaudi) keeps its own
-- name as chip_key and has no H100-equivalents: it is counted, not converted. Plans are priced in their target year
-- when the target date names one, everything else in the year it was reported.
CREATE OR REPLACE MACRO target_year(target_date) AS (
    TRY_CAST(regexp_extract(target_date, '(20\d\d)', 1) AS INTEGER)
);

-- target_years (table): the year each distinct target date names ('fall 2025', '2025 年秋季'),
-- computed once per refresh; a table of known size also lets the planner join it cheaply
CREATE OR REPLACE TABLE target_years AS
SELECT target_date, target_year(target_date) AS target_year
FROM (
    SELECT target_date FROM gpu_facts
    UNION
    SELECT value FROM override_values WHERE fact_kind = 'gpus' AND field = 'target_date'
)
WHERE target_date IS NOT NULL;

CREATE OR REPLACE VIEW gpu_observations AS
WITH ov AS NOT MATERIALIZED (
    SELECT
        fact_id,
        bool_or(field = 'owner') AS set_owner,
        any_value(value) FILTER (WHERE field = 'owner') AS owner,
        bool_or(field = 'count') AS set_count,
        any_value(TRY_CAST(value AS BIGINT)) FILTER (WHERE field = 'count') AS count,
        bool_or(field = 'chip') AS set_chip,
        any_value(value) FILTER (WHERE field = 'chip') AS chip,
        bool_or(field = 'status') AS set_status,
        any_value(value) FILTER (WHERE field = 'status') AS status,
        bool_or(field = 'target_date') AS set_target_date,
        any_value(value) FILTER (WHERE field = 'target_date') AS target_date,
        bool_or(field = 'provider') AS set_provider,
        any_value(value) FILTER (WHERE field = 'provider') AS provider,
        any_value(TRY_CAST(value AS DATE)) FILTER (WHERE field = 'date') AS observed_on
    FROM override_values
    WHERE fact_kind = 'gpus'
    GROUP BY fact_id
),
corrected AS NOT MATERIALIZED (
    SELECT
        g.fact_id,
        g.article_id,
        CASE WHEN o.set_owner THEN o.owner ELSE g.owner END AS owner,
        CASE WHEN o.set_count AND o.count > 0 THEN o.count ELSE g.count END AS count,
        CASE WHEN o.set_chip THEN o.chip ELSE g.chip END AS chip,
        coalesce(CASE WHEN o.set_status THEN o.status ELSE g.status END, 'unknown') AS status,
        CASE WHEN o.set_target_date THEN o.target_date ELSE g.target_date END AS target_date,
        CASE WHEN o.set_provider THEN o.provider ELSE g.provider END AS provider,
        -- (a corrected count is not hedged by the words of the one it replaces)
        CASE WHEN o.set_count AND o.count > 0 THEN NULL ELSE g.qualifier END AS qualifier,
        g.evidence,
        g.span_start,
        g.span_end,
        g.confidence,
        g.extractor_version,
        o.fact_id IS NOT NULL AS corrected,
        o.observed_on AS observed_on_override
    FROM gpu_facts g
    LEFT JOIN ov o USING (fact_id)
    ANTI JOIN (SELECT fact_id FROM override_rejects WHERE fact_kind = 'gpus') r USING (fact_id)
),
dated AS NOT MATERIALIZED (
    SELECT
        c.*,
        coalesce(c.observed_on_override, utc_day(coalesce(a.published, a.fetched_at)))
            AS observed_on,
        a.canonical_url AS source_url,
        n.chip AS reference_chip,
        coalesce(n.chip, 'GPU') AS chip_key,
        horizon_of(c.status) AS horizon,
        -- a target date extracted or corrected since the last refresh is not in target_years yet
        CASE
            WHEN t.target_date IS NULL AND c.target_date IS NOT NULL THEN target_year(c.target_date)
            ELSE t.target_year
        END AS target_year
    FROM corrected c
    JOIN articles a USING (article_id)
    LEFT JOIN chip_names n ON n.name = c.chip
    LEFT JOIN target_years t ON t.target_date = c.target_date
    WHERE c.owner IS NOT NULL AND c.count > 0
),
year_bounds AS NOT MATERIALIZED (
    SELECT min(year) AS first_year, max(year) AS last_year FROM ref_chip_year
),
priced AS NOT MATERIALIZED (
    SELECT
        d.*,
        least(greatest(
            CASE
                WHEN d.horizon = 'planned' AND d.target_year >= year(d.observed_on)
                THEN d.target_year
                ELSE year(d.observed_on)
            END,
            b.first_year), b.last_year) AS cost_year
    FROM dated d
    CROSS JOIN year_bounds b
)
SELECT
    p.fact_id,
    p.article_id,
    p.owner,
    p.count,
    p.chip,
    -- an accelerator outside the table (chip_names maps it to itself) has no reference chip
    CASE WHEN k.chip IS NOT NULL THEN p.reference_chip END AS reference_chip,
    p.chip_key,
    p.chip_key NOT IN ('GPU', 'H100e') AS chip_specified,
    p.chip_key = 'H100e' AS h100e_total,
    p.status,
    p.horizon,
    p.target_date,
    p.target_year,
    p.provider,
    p.observed_on,
    p.cost_year,
    CASE WHEN p.chip_key = 'H100e' THEN CAST(p.count AS DOUBLE) ELSE p.count * k.h100e END AS h100e,
    p.count * k.flops_16bit AS flops_16bit,
    p.count * k.power_mw AS power_mw,
    p.count * k.capex_usd AS capex_usd,
    p.count * k.rental_usd_per_year AS rental_usd_per_year,
    p.count * k.electricity_usd_per_year AS electricity_usd_per_year,
    p.evidence,
    p.span_start,
    p.span_end,
    p.confidence,
    p.extractor_version,
    p.corrected,
    p.source_url,
    -- (columns added later come last)
    p.qualifier
FROM priced p
LEFT JOIN ref_chip_year k ON k.chip = p.chip_key AND k.year = p.cost_year;
