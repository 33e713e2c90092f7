-- gpu_observations: one row per GPU fact, overrides applied, with its date and H100-equivalents.
CREATE OR REPLACE VIEW gpu_observations AS
WITH rejected AS (
    SELECT DISTINCT fact_id FROM overrides WHERE fact_kind = 'gpus' AND action = 'reject'
),
latest_set AS (
    SELECT fact_id, field, arg_max(value, created_at) AS value
    FROM overrides
    WHERE fact_kind = 'gpus' AND action = 'set'
    GROUP BY fact_id, field
),
corrected AS (
    SELECT
        g.fact_id,
        g.article_id,
        coalesce((SELECT value FROM latest_set s WHERE s.fact_id = g.fact_id AND s.field = 'owner'), g.owner) AS owner,
        coalesce((SELECT TRY_CAST(value AS BIGINT) FROM latest_set s WHERE s.fact_id = g.fact_id AND s.field = 'count'), g.count) AS count,
        coalesce((SELECT value FROM latest_set s WHERE s.fact_id = g.fact_id AND s.field = 'chip'), g.chip) AS chip,
        coalesce((SELECT value FROM latest_set s WHERE s.fact_id = g.fact_id AND s.field = 'status'), g.status) AS status,
        g.target_date,
        g.provider,
        g.evidence,
        g.confidence
    FROM gpu_facts g
    WHERE g.fact_id NOT IN (SELECT fact_id FROM rejected)
),
dated AS (
    SELECT
        c.*,
        n.chip AS reference_chip,
        CAST(coalesce(a.published, a.fetched_at) AS DATE) AS observed_on,
        a.canonical_url AS source_url
    FROM corrected c
    JOIN articles a USING (article_id)
    LEFT JOIN chip_names n ON n.name = c.chip
    WHERE c.owner IS NOT NULL
),
year_bounds AS (
    SELECT min(year) AS first_year, max(year) AS last_year FROM ref_chip_year
)
SELECT
    d.*,
    d.count * k.h100e AS h100e,
    d.count * k.flops_16bit AS flops_16bit,
    d.count * k.power_mw AS power_mw,
    d.count * k.capex_usd AS capex_usd,
    d.count * k.rental_usd_per_year AS rental_usd_per_year,
    d.count * k.electricity_usd_per_year AS electricity_usd_per_year
FROM dated d
CROSS JOIN year_bounds b
LEFT JOIN ref_chip_year k
    ON k.chip = d.reference_chip
   AND k.year = least(greatest(year(d.observed_on), b.first_year), b.last_year);
