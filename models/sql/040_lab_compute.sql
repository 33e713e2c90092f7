-- Compute per lab over time, from gpu_observations. Two horizons: 'current' (operational,
-- training or unknown status) and 'planned' (announced, often with a target date).
--
-- lab_compute_steps (view): per lab, horizon and chip, a step function: each day with
--   observations sets the level (the largest count reported that day) until the next one.
-- lab_compute_levels (view): per lab, horizon and day with observations, the level of all
--   chips together as of that day.
-- lab_compute_growth (view): per lab, the doubling time of operational H100e from a
--   log-linear fit over the days with an operational observation (two or more such days);
--   it builds the operational level as lab_levels does, with only what the fit needs.
-- lab_compute_trajectory (view): per lab and day with any observation, the operational and
--   the planned series as of that day, and the lab's doubling time.
-- lab_compute (table): the latest step per lab, horizon and chip.
--
-- The logic lives in table macros over their input, so that the views apply it to the
-- public inputs and the refresh applies it once to materialised copies.
--
-- Chips add up; a count of unspecified GPUs ("200,000 GPUs") is a total that may include the
-- named chips, so a horizon holds max(sum of named chips, unspecified count) GPUs, and the
-- unspecified GPUs beyond the named ones count as H100-class. A fleet stated in H100-equivalents
-- (chip 'H100e') is a total of H100e, not of GPUs: a horizon holds max(H100e of the chips, the
-- stated H100e), and its GPUs, power and costs are those of the chips counted.

CREATE OR REPLACE MACRO lab_steps(observations) AS TABLE
WITH days AS NOT MATERIALIZED (
    SELECT
        owner AS lab, horizon, chip_key AS chip, chip_specified, h100e_total, observed_on,
        count AS gpus, h100e, flops_16bit, power_mw, capex_usd, rental_usd_per_year,
        electricity_usd_per_year, status, target_date, cost_year, fact_id, source_url,
        count(*) OVER same_day AS n_reports
    FROM query_table(observations)
    WINDOW same_day AS (PARTITION BY owner, horizon, chip_key, observed_on)
    QUALIFY row_number() OVER (
        PARTITION BY owner, horizon, chip_key, observed_on
        ORDER BY count DESC, confidence DESC, fact_id DESC
    ) = 1
)
SELECT
    *,
    lead(observed_on) OVER (PARTITION BY lab, horizon, chip ORDER BY observed_on) AS valid_until
FROM days;

-- a sum of step functions is the running sum of their changes
CREATE OR REPLACE MACRO lab_levels(steps) AS TABLE
WITH changes AS NOT MATERIALIZED (
    SELECT
        lab, horizon, observed_on, chip_specified, h100e_total, gpus, status, target_date,
        gpus - coalesce(lag(gpus) OVER s, 0) AS d_gpus,
        coalesce(h100e, 0) - coalesce(lag(h100e) OVER s, 0) AS d_h100e,
        coalesce(flops_16bit, 0) - coalesce(lag(flops_16bit) OVER s, 0) AS d_flops,
        coalesce(power_mw, 0) - coalesce(lag(power_mw) OVER s, 0) AS d_power,
        coalesce(capex_usd, 0) - coalesce(lag(capex_usd) OVER s, 0) AS d_capex,
        coalesce(rental_usd_per_year, 0) - coalesce(lag(rental_usd_per_year) OVER s, 0)
            AS d_rental,
        CASE WHEN h100e IS NULL THEN gpus ELSE 0 END
            - coalesce(lag(CASE WHEN h100e IS NULL THEN gpus ELSE 0 END) OVER s, 0) AS d_unrated
    FROM query_table(steps)
    WINDOW s AS (PARTITION BY lab, horizon, chip ORDER BY observed_on)
),
per_day AS NOT MATERIALIZED (
    SELECT
        lab, horizon, observed_on,
        arg_max(status, (gpus, status)) AS status,
        arg_max(target_date, (gpus, target_date)) FILTER (WHERE target_date IS NOT NULL)
            AS target_date,
        sum(d_gpus) FILTER (WHERE chip_specified) AS d_gpus_named,
        sum(d_h100e) FILTER (WHERE chip_specified) AS d_h100e_named,
        sum(d_flops) FILTER (WHERE chip_specified) AS d_flops_named,
        sum(d_power) FILTER (WHERE chip_specified) AS d_power_named,
        sum(d_capex) FILTER (WHERE chip_specified) AS d_capex_named,
        sum(d_rental) FILTER (WHERE chip_specified) AS d_rental_named,
        sum(d_unrated) FILTER (WHERE chip_specified) AS d_unrated_named,
        sum(d_gpus) FILTER (WHERE NOT chip_specified AND NOT h100e_total) AS d_gpus_any,
        sum(d_h100e) FILTER (WHERE NOT chip_specified AND NOT h100e_total) AS d_h100e_any,
        sum(d_flops) FILTER (WHERE NOT chip_specified AND NOT h100e_total) AS d_flops_any,
        sum(d_power) FILTER (WHERE NOT chip_specified AND NOT h100e_total) AS d_power_any,
        sum(d_capex) FILTER (WHERE NOT chip_specified AND NOT h100e_total) AS d_capex_any,
        sum(d_rental) FILTER (WHERE NOT chip_specified AND NOT h100e_total) AS d_rental_any,
        sum(d_h100e) FILTER (WHERE h100e_total) AS d_h100e_stated
    FROM changes
    GROUP BY lab, horizon, observed_on
),
running AS NOT MATERIALIZED (
    SELECT
        lab, horizon, observed_on, status, target_date,
        sum(coalesce(d_gpus_named, 0)) OVER w AS gpus_named,
        sum(coalesce(d_h100e_named, 0)) OVER w AS h100e_named,
        sum(coalesce(d_flops_named, 0)) OVER w AS flops_named,
        sum(coalesce(d_power_named, 0)) OVER w AS power_named,
        sum(coalesce(d_capex_named, 0)) OVER w AS capex_named,
        sum(coalesce(d_rental_named, 0)) OVER w AS rental_named,
        sum(coalesce(d_unrated_named, 0)) OVER w AS unrated_named,
        sum(coalesce(d_gpus_any, 0)) OVER w AS gpus_any,
        sum(coalesce(d_h100e_any, 0)) OVER w AS h100e_any,
        sum(coalesce(d_flops_any, 0)) OVER w AS flops_any,
        sum(coalesce(d_power_any, 0)) OVER w AS power_any,
        sum(coalesce(d_capex_any, 0)) OVER w AS capex_any,
        sum(coalesce(d_rental_any, 0)) OVER w AS rental_any,
        sum(coalesce(d_h100e_stated, 0)) OVER w AS h100e_stated
    FROM per_day
    WINDOW w AS (PARTITION BY lab, horizon ORDER BY observed_on ROWS UNBOUNDED PRECEDING)
),
shared AS NOT MATERIALIZED (
    -- the share of the unspecified GPUs that is not already among the named chips
    SELECT
        *,
        CASE WHEN gpus_any > gpus_named THEN (gpus_any - gpus_named) / gpus_any ELSE 0 END
            AS extra,
        gpus_named = 0 AND gpus_any = 0 AND h100e_stated > 0 AS only_stated
    FROM running
)
-- (a horizon known only by a stated H100e total has no GPUs, power or costs: unknown, not zero)
SELECT
    lab, horizon, observed_on, status, target_date,
    CASE WHEN NOT only_stated THEN CAST(greatest(gpus_named, gpus_any) AS BIGINT) END AS gpus,
    greatest(h100e_named + extra * h100e_any, h100e_stated) AS h100e,
    CASE WHEN NOT only_stated THEN flops_named + extra * flops_any END AS flops_16bit,
    CASE WHEN NOT only_stated THEN power_named + extra * power_any END AS power_mw,
    CASE WHEN NOT only_stated THEN capex_named + extra * capex_any END AS capex_usd,
    CASE WHEN NOT only_stated THEN rental_named + extra * rental_any END AS rental_usd_per_year,
    CAST(unrated_named AS BIGINT) AS gpus_without_h100e
FROM shared;

-- the log-linear fit of operational H100e over the days with an operational observation;
-- the level of H100e is built as in lab_levels, with only what the fit needs
CREATE OR REPLACE MACRO lab_growth(observations) AS TABLE
WITH days AS NOT MATERIALIZED (
    -- each chip's level on each day: the largest count that runs now reported that day
    SELECT
        owner AS lab, chip_key AS chip, chip_specified, h100e_total, observed_on,
        max(count) AS gpus, arg_max(h100e, count) AS h100e
    FROM query_table(observations)
    WHERE horizon = 'current'
    GROUP BY owner, chip_key, chip_specified, h100e_total, observed_on
),
changes AS NOT MATERIALIZED (
    SELECT
        lab, observed_on, chip_specified, h100e_total,
        CAST(gpus - coalesce(lag(gpus) OVER s, 0) AS DOUBLE) AS d_gpus,
        coalesce(h100e, 0) - coalesce(lag(h100e) OVER s, 0) AS d_h100e
    FROM days
    WINDOW s AS (PARTITION BY lab, chip ORDER BY observed_on)
),
per_day AS NOT MATERIALIZED (
    SELECT
        lab, observed_on,
        coalesce(sum(d_gpus) FILTER (WHERE chip_specified), 0) AS d_gpus_named,
        coalesce(sum(d_h100e) FILTER (WHERE chip_specified), 0) AS d_h100e_named,
        coalesce(sum(d_gpus) FILTER (WHERE NOT chip_specified AND NOT h100e_total), 0) AS d_gpus_any,
        coalesce(sum(d_h100e) FILTER (WHERE NOT chip_specified AND NOT h100e_total), 0) AS d_h100e_any,
        coalesce(sum(d_h100e) FILTER (WHERE h100e_total), 0) AS d_h100e_stated
    FROM changes
    GROUP BY lab, observed_on
),
running AS NOT MATERIALIZED (
    SELECT
        lab, observed_on,
        sum(d_gpus_named) OVER w AS gpus_named,
        sum(d_h100e_named) OVER w AS h100e_named,
        sum(d_gpus_any) OVER w AS gpus_any,
        sum(d_h100e_any) OVER w AS h100e_any,
        sum(d_h100e_stated) OVER w AS h100e_stated
    FROM per_day
    WINDOW w AS (PARTITION BY lab ORDER BY observed_on ROWS UNBOUNDED PRECEDING)
),
points AS NOT MATERIALIZED (
    SELECT
        lab, observed_on,
        greatest(h100e_named + CASE
            WHEN gpus_any > gpus_named THEN (gpus_any - gpus_named) / gpus_any * h100e_any
            ELSE 0
        END, h100e_stated) AS h100e
    FROM running
)
SELECT
    lab,
    count(*) AS doubling_fit_points,
    CASE
        WHEN count(*) >= 2 AND regr_slope(ln(h100e), day_number(observed_on)) > 0
        THEN ln(2) / regr_slope(ln(h100e), day_number(observed_on))
    END AS doubling_time_days
FROM points
WHERE h100e > 0
GROUP BY lab;

CREATE OR REPLACE VIEW lab_compute_steps AS SELECT * FROM lab_steps('gpu_observations');

CREATE OR REPLACE VIEW lab_compute_levels AS SELECT * FROM lab_levels('lab_compute_steps');

CREATE OR REPLACE VIEW lab_compute_growth AS SELECT * FROM lab_growth('gpu_observations');

CREATE OR REPLACE VIEW lab_compute_trajectory AS
WITH days AS NOT MATERIALIZED (
    SELECT DISTINCT lab, observed_on FROM lab_compute_levels
),
side_by_side AS NOT MATERIALIZED (
    SELECT
        d.lab, d.observed_on,
        c.observed_on IS NOT NULL AS operational_point,
        c.gpus AS c_gpus, c.h100e AS c_h100e, c.flops_16bit AS c_flops, c.power_mw AS c_power,
        c.capex_usd AS c_capex, c.rental_usd_per_year AS c_rental,
        c.gpus_without_h100e AS c_unrated, c.status AS c_status,
        p.observed_on IS NOT NULL AS planned_point,
        p.gpus AS p_gpus, p.h100e AS p_h100e, p.flops_16bit AS p_flops, p.power_mw AS p_power,
        p.capex_usd AS p_capex, p.rental_usd_per_year AS p_rental,
        p.gpus_without_h100e AS p_unrated, p.target_date AS p_target_date
    FROM days d
    LEFT JOIN lab_compute_levels c
        ON c.lab = d.lab AND c.observed_on = d.observed_on AND c.horizon = 'current'
    LEFT JOIN lab_compute_levels p
        ON p.lab = d.lab AND p.observed_on = d.observed_on AND p.horizon = 'planned'
)
SELECT
    s.lab,
    s.observed_on AS date,
    s.operational_point,
    last_value(s.c_gpus IGNORE NULLS) OVER w AS operational_gpus,
    last_value(s.c_h100e IGNORE NULLS) OVER w AS operational_h100e,
    last_value(s.c_flops IGNORE NULLS) OVER w AS operational_flops_16bit,
    last_value(s.c_power IGNORE NULLS) OVER w AS operational_power_mw,
    last_value(s.c_capex IGNORE NULLS) OVER w AS operational_capex_usd,
    last_value(s.c_rental IGNORE NULLS) OVER w AS operational_rental_usd_per_year,
    last_value(s.c_unrated IGNORE NULLS) OVER w AS operational_gpus_without_h100e,
    last_value(s.c_status IGNORE NULLS) OVER w AS operational_status,
    s.planned_point,
    last_value(s.p_gpus IGNORE NULLS) OVER w AS planned_gpus,
    last_value(s.p_h100e IGNORE NULLS) OVER w AS planned_h100e,
    last_value(s.p_flops IGNORE NULLS) OVER w AS planned_flops_16bit,
    last_value(s.p_power IGNORE NULLS) OVER w AS planned_power_mw,
    last_value(s.p_capex IGNORE NULLS) OVER w AS planned_capex_usd,
    last_value(s.p_rental IGNORE NULLS) OVER w AS planned_rental_usd_per_year,
    last_value(s.p_unrated IGNORE NULLS) OVER w AS planned_gpus_without_h100e,
    last_value(s.p_target_date IGNORE NULLS) OVER w AS planned_target_date,
    g.doubling_time_days,
    coalesce(g.doubling_fit_points, 0) AS doubling_fit_points
FROM side_by_side s
LEFT JOIN lab_compute_growth g USING (lab)
WINDOW w AS (PARTITION BY s.lab ORDER BY s.observed_on ROWS UNBOUNDED PRECEDING);

-- what the refresh needs of the above, computed once from a copy of the observations
CREATE OR REPLACE TEMP TABLE lc_observations AS
SELECT
    fact_id, article_id, owner, count, chip_key, chip_specified, h100e_total, status, horizon, target_date,
    observed_on, cost_year, h100e, flops_16bit, power_mw, capex_usd, rental_usd_per_year,
    electricity_usd_per_year, confidence, source_url
FROM gpu_observations;

CREATE OR REPLACE TEMP TABLE lc_growth AS
SELECT * FROM lab_growth('lc_observations');

-- the latest step of each series, as lab_steps picks it: the last day with reports, and on
-- it the largest count (then the most confident report)
CREATE OR REPLACE TABLE lab_compute AS
WITH latest AS NOT MATERIALIZED (
    SELECT
        owner AS lab, horizon, chip_key AS chip,
        count(*) AS n_observations,
        min(observed_on) AS first_observed_on,
        arg_max(
            {'chip_specified': chip_specified, 'h100e_total': h100e_total, 'status': status,
             'gpus': count, 'h100e': h100e,
             'flops_16bit': flops_16bit, 'power_mw': power_mw, 'capex_usd': capex_usd,
             'rental_usd_per_year': rental_usd_per_year,
             'electricity_usd_per_year': electricity_usd_per_year, 'observed_on': observed_on,
             'target_date': target_date, 'cost_year': cost_year, 'source_url': source_url,
             'fact_id': fact_id},
            (observed_on, count, confidence, fact_id)
        ) AS step
    FROM lc_observations
    GROUP BY owner, horizon, chip_key
)
SELECT
    lab, horizon, chip, step.chip_specified, step.h100e_total, step.status, step.gpus, step.h100e,
    step.flops_16bit, step.power_mw, step.capex_usd, step.rental_usd_per_year,
    step.electricity_usd_per_year, step.observed_on, step.target_date, step.cost_year,
    step.source_url, step.fact_id, n_observations, first_observed_on
FROM latest;
