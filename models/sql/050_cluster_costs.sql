-- cluster_costs: per lab, what it runs now and what it has announced, with calculated
-- power, capex, yearly rental and energy cost, and any reported cost beside them.
CREATE OR REPLACE VIEW cluster_costs AS
WITH latest AS (
    SELECT
        o.*,
        CASE WHEN o.status = 'planned' THEN 'planned' ELSE 'current' END AS horizon,
        row_number() OVER (
            PARTITION BY o.owner, o.chip, CASE WHEN o.status = 'planned' THEN 1 ELSE 0 END
            ORDER BY o.observed_on DESC, o.count DESC
        ) AS recency
    FROM gpu_observations o
),
per_lab AS (
    SELECT
        owner AS lab,
        sum(count) FILTER (WHERE horizon = 'current') AS current_gpus,
        sum(h100e) FILTER (WHERE horizon = 'current') AS current_h100e,
        sum(flops_16bit) FILTER (WHERE horizon = 'current') AS current_flops_16bit,
        sum(power_mw) FILTER (WHERE horizon = 'current') AS current_power_mw,
        sum(capex_usd) FILTER (WHERE horizon = 'current') AS current_capex_usd,
        sum(rental_usd_per_year) FILTER (WHERE horizon = 'current') AS current_rental_usd_per_year,
        sum(electricity_usd_per_year) FILTER (WHERE horizon = 'current') AS current_energy_usd_per_year,
        sum(count) FILTER (WHERE horizon = 'planned') AS planned_gpus,
        sum(h100e) FILTER (WHERE horizon = 'planned') AS planned_h100e,
        sum(flops_16bit) FILTER (WHERE horizon = 'planned') AS planned_flops_16bit,
        sum(power_mw) FILTER (WHERE horizon = 'planned') AS planned_power_mw,
        sum(capex_usd) FILTER (WHERE horizon = 'planned') AS planned_capex_usd,
        sum(rental_usd_per_year) FILTER (WHERE horizon = 'planned') AS planned_rental_usd_per_year,
        sum(electricity_usd_per_year) FILTER (WHERE horizon = 'planned') AS planned_energy_usd_per_year
    FROM latest
    WHERE recency = 1
    GROUP BY owner
),
reported AS (
    SELECT
        p.lab,
        max(c.amount_usd) FILTER (WHERE c.period = 'year') AS reported_cost_usd_per_year,
        max(c.amount_usd) FILTER (WHERE coalesce(c.period, 'one-off') = 'one-off') AS reported_capex_usd
    FROM per_lab p
    JOIN cost_facts c ON c.subject ILIKE '%' || p.lab || '%'
    WHERE c.fact_id NOT IN (
        SELECT fact_id FROM overrides WHERE fact_kind = 'costs' AND action = 'reject'
    )
    GROUP BY p.lab
)
SELECT
    p.*,
    r.reported_capex_usd,
    r.reported_cost_usd_per_year,
    r.reported_capex_usd / nullif(coalesce(p.planned_capex_usd, p.current_capex_usd), 0)
        AS reported_to_calculated_capex
FROM per_lab p
LEFT JOIN reported r USING (lab);
