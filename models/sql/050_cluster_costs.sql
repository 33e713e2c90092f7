-- Reported costs and power beside the calculated ones, and per lab what it runs now and
-- what it has announced.
--
-- cost_observations / power_observations: one row per cost or power fact that is not
--   rejected, corrections applied, attributed to a lab (an analyst's `lab`, else a lab of the
--   same article named in the subject, else the only lab of the article, else any known lab
--   named in the subject) and set beside the calculated figure for the GPUs it is about: the
--   same article's GPU observation of that lab whose count the sentence states, else (in this
--   order) one with a named chip, one that runs now, the largest; priced in the year of the
--   report. A yearly cost is compared with the yearly rental, a one-off cost with capex.
-- cluster_costs: per lab, the latest operational and planned levels (lab_compute_trajectory)
--   with power, capex, rental and energy, and the latest reported capex, yearly cost and power
--   with their ratio to the calculated figure.

CREATE OR REPLACE TEMP TABLE cc_article_labs AS
SELECT DISTINCT article_id, lab
FROM (
    SELECT article_id, lab FROM funding_mentions
    UNION ALL
    SELECT article_id, owner AS lab FROM gpu_observations
)
WHERE lab IS NOT NULL;

CREATE OR REPLACE TEMP TABLE cc_known_labs AS
SELECT DISTINCT lab, lower(lab) AS lab_lower FROM cc_article_labs;

CREATE OR REPLACE TEMP TABLE cc_costs AS
WITH ov AS (
    SELECT
        fact_id,
        any_value(value) FILTER (WHERE field = 'lab') AS lab,
        bool_or(field = 'subject') AS set_subject,
        any_value(value) FILTER (WHERE field = 'subject') AS subject,
        bool_or(field = 'amount') AS set_amount,
        any_value(TRY_CAST(value AS DOUBLE)) FILTER (WHERE field = 'amount') AS amount,
        bool_or(field = 'currency') AS set_currency,
        any_value(value) FILTER (WHERE field = 'currency') AS currency,
        bool_or(field = 'amount_usd') AS set_amount_usd,
        any_value(TRY_CAST(value AS DOUBLE)) FILTER (WHERE field = 'amount_usd') AS amount_usd,
        bool_or(field = 'period') AS set_period,
        any_value(value) FILTER (WHERE field = 'period') AS period,
        bool_or(field = 'what') AS set_what,
        any_value(value) FILTER (WHERE field = 'what') AS what,
        any_value(TRY_CAST(value AS DATE)) FILTER (WHERE field = 'date') AS reported_on
    FROM override_values
    WHERE fact_kind = 'costs'
    GROUP BY fact_id
),
corrected AS (
    SELECT
        c.fact_id,
        c.article_id,
        o.lab AS lab_override,
        CASE WHEN o.set_subject THEN o.subject ELSE c.subject END AS subject,
        CASE WHEN o.set_amount AND o.amount > 0 THEN o.amount ELSE c.amount END AS amount,
        currency_code(CASE WHEN o.set_currency THEN o.currency ELSE c.currency END) AS currency,
        o.set_amount_usd AS amount_usd_overridden,
        o.amount_usd AS amount_usd_override,
        c.amount_usd AS amount_usd_extracted,
        CASE WHEN o.set_period THEN o.period ELSE c.period END AS period,
        CASE WHEN o.set_what THEN o.what ELSE c.what END AS what,
        c.evidence,
        c.confidence,
        o.fact_id IS NOT NULL AS corrected,
        coalesce(o.reported_on, utc_day(coalesce(a.published, a.fetched_at))) AS reported_on,
        a.canonical_url AS source_url
    FROM cost_facts c
    JOIN articles a USING (article_id)
    LEFT JOIN ov o USING (fact_id)
    ANTI JOIN (SELECT fact_id FROM override_rejects WHERE fact_kind = 'costs') r USING (fact_id)
),
fx_bounds AS (
    SELECT min(month) AS first_month, max(month) AS last_month FROM ref_fx_month
)
SELECT
    c.* EXCLUDE (amount_usd_overridden, amount_usd_override, amount_usd_extracted),
    CASE
        WHEN c.amount_usd_overridden THEN c.amount_usd_override
        WHEN fx.usd_per_unit IS NOT NULL THEN c.amount * fx.usd_per_unit
        ELSE c.amount_usd_extracted
    END AS amount_usd,
    CASE WHEN c.period = 'year' THEN 'yearly' ELSE 'capex' END AS kind
FROM corrected c
CROSS JOIN fx_bounds b
LEFT JOIN ref_fx_month fx
    ON fx.currency = c.currency
   AND fx.month = least(greatest(date_trunc('month', c.reported_on), b.first_month), b.last_month);

CREATE OR REPLACE TEMP TABLE cc_power AS
WITH ov AS (
    SELECT
        fact_id,
        any_value(value) FILTER (WHERE field = 'lab') AS lab,
        bool_or(field = 'subject') AS set_subject,
        any_value(value) FILTER (WHERE field = 'subject') AS subject,
        bool_or(field = 'mw') AS set_mw,
        any_value(TRY_CAST(value AS DOUBLE)) FILTER (WHERE field = 'mw') AS mw,
        bool_or(field = 'status') AS set_status,
        any_value(value) FILTER (WHERE field = 'status') AS status,
        any_value(TRY_CAST(value AS DATE)) FILTER (WHERE field = 'date') AS reported_on
    FROM override_values
    WHERE fact_kind = 'power'
    GROUP BY fact_id
)
SELECT
    p.fact_id,
    p.article_id,
    o.lab AS lab_override,
    CASE WHEN o.set_subject THEN o.subject ELSE p.subject END AS subject,
    CASE WHEN o.set_mw AND o.mw > 0 THEN o.mw ELSE p.mw END AS mw,
    CASE WHEN o.set_status THEN o.status ELSE p.status END AS status,
    p.evidence,
    p.confidence,
    o.fact_id IS NOT NULL AS corrected,
    coalesce(o.reported_on, utc_day(coalesce(a.published, a.fetched_at))) AS reported_on,
    a.canonical_url AS source_url
FROM power_facts p
JOIN articles a USING (article_id)
LEFT JOIN ov o USING (fact_id)
ANTI JOIN (SELECT fact_id FROM override_rejects WHERE fact_kind = 'power') r USING (fact_id);

-- which lab each cost or power fact is about
CREATE OR REPLACE TEMP TABLE cc_attributed AS
WITH facts AS (
    SELECT fact_id, article_id, subject, lab_override FROM cc_costs
    UNION ALL
    SELECT fact_id, article_id, subject, lab_override FROM cc_power
),
in_article AS (
    SELECT f.fact_id, l.lab, names_lab(f.subject, l.lab) AS named
    FROM facts f
    JOIN cc_article_labs l USING (article_id)
    WHERE f.lab_override IS NULL
),
from_article AS (
    SELECT
        fact_id,
        CASE
            WHEN bool_or(named) THEN arg_max(lab, (length(lab), lab)) FILTER (WHERE named)
            WHEN count(*) = 1 THEN any_value(lab)
        END AS lab
    FROM in_article
    GROUP BY fact_id
),
unplaced AS (
    SELECT f.fact_id, f.subject
    FROM facts f
    LEFT JOIN from_article a USING (fact_id)
    WHERE f.lab_override IS NULL AND a.lab IS NULL AND f.subject IS NOT NULL
),
from_subject AS (
    SELECT u.fact_id, arg_max(k.lab, (length(k.lab), k.lab)) AS lab
    FROM unplaced u
    JOIN cc_known_labs k ON contains(lower(u.subject), k.lab_lower)
    WHERE names_lab(u.subject, k.lab)
    GROUP BY u.fact_id
)
SELECT
    f.fact_id,
    coalesce(f.lab_override, a.lab, s.lab) AS lab,
    CASE
        WHEN f.lab_override IS NOT NULL THEN 'override'
        WHEN a.lab IS NOT NULL THEN 'article'
        WHEN s.lab IS NOT NULL THEN 'subject'
    END AS lab_basis
FROM facts f
LEFT JOIN from_article a USING (fact_id)
LEFT JOIN from_subject s USING (fact_id);

-- the same article's GPU observation each fact is about
CREATE OR REPLACE TEMP TABLE cc_matches AS
WITH facts AS (
    SELECT c.fact_id, c.article_id, t.lab, c.subject, c.evidence
    FROM cc_costs c JOIN cc_attributed t USING (fact_id)
    UNION ALL
    SELECT p.fact_id, p.article_id, t.lab, p.subject, p.evidence
    FROM cc_power p JOIN cc_attributed t USING (fact_id)
),
candidates AS (
    SELECT
        f.fact_id,
        g.fact_id AS gpu_fact_id,
        g.count,
        g.chip_key,
        count_in_text(f.evidence, g.count) OR count_in_text(f.subject, g.count) AS count_stated,
        g.chip_specified,
        g.horizon = 'current' AS is_current,
        g.h100e
    FROM facts f
    JOIN gpu_observations g ON g.article_id = f.article_id AND g.owner = f.lab
)
SELECT
    fact_id, gpu_fact_id, count, chip_key,
    CASE WHEN count_stated THEN 'count stated' ELSE 'same article' END AS match_basis
FROM candidates
QUALIFY row_number() OVER (
    PARTITION BY fact_id
    ORDER BY count_stated DESC, chip_specified DESC, is_current DESC, h100e DESC NULLS LAST,
             gpu_fact_id
) = 1;

CREATE OR REPLACE TABLE cost_observations AS
WITH year_bounds AS (
    SELECT min(year) AS first_year, max(year) AS last_year FROM ref_chip_year
)
SELECT
    c.fact_id, c.article_id, t.lab, t.lab_basis, c.subject, c.amount, c.currency, c.amount_usd,
    c.period, c.kind, c.what, c.reported_on,
    m.gpu_fact_id, m.count AS gpus, m.chip_key AS chip, m.match_basis,
    m.count * CASE WHEN c.kind = 'yearly' THEN k.rental_usd_per_year ELSE k.capex_usd END
        AS calculated_usd,
    c.amount_usd / nullif(
        m.count * CASE WHEN c.kind = 'yearly' THEN k.rental_usd_per_year ELSE k.capex_usd END, 0
    ) AS reported_to_calculated,
    c.evidence, c.confidence, c.corrected, c.source_url
FROM cc_costs c
CROSS JOIN year_bounds b
LEFT JOIN cc_attributed t USING (fact_id)
LEFT JOIN cc_matches m USING (fact_id)
LEFT JOIN ref_chip_year k
    ON k.chip = m.chip_key
   AND k.year = least(greatest(year(c.reported_on), b.first_year), b.last_year);

CREATE OR REPLACE TABLE power_observations AS
WITH year_bounds AS (
    SELECT min(year) AS first_year, max(year) AS last_year FROM ref_chip_year
)
SELECT
    p.fact_id, p.article_id, t.lab, t.lab_basis, p.subject, p.mw, p.status, p.reported_on,
    m.gpu_fact_id, m.count AS gpus, m.chip_key AS chip, m.match_basis,
    m.count * k.power_mw AS calculated_mw,
    p.mw / nullif(m.count * k.power_mw, 0) AS reported_to_calculated,
    p.evidence, p.confidence, p.corrected, p.source_url
FROM cc_power p
CROSS JOIN year_bounds b
LEFT JOIN cc_attributed t USING (fact_id)
LEFT JOIN cc_matches m USING (fact_id)
LEFT JOIN ref_chip_year k
    ON k.chip = m.chip_key
   AND k.year = least(greatest(year(p.reported_on), b.first_year), b.last_year);

CREATE OR REPLACE TABLE cluster_costs AS
WITH latest AS (
    SELECT * FROM lab_compute_trajectory
    QUALIFY row_number() OVER (PARTITION BY lab ORDER BY date DESC) = 1
),
capex AS (
    SELECT * FROM cost_observations
    WHERE kind = 'capex' AND lab IS NOT NULL AND amount_usd IS NOT NULL
    QUALIFY row_number() OVER (
        PARTITION BY lab ORDER BY reported_on DESC, amount_usd DESC, fact_id) = 1
),
yearly AS (
    SELECT * FROM cost_observations
    WHERE kind = 'yearly' AND lab IS NOT NULL AND amount_usd IS NOT NULL
    QUALIFY row_number() OVER (
        PARTITION BY lab ORDER BY reported_on DESC, amount_usd DESC, fact_id) = 1
),
power AS (
    SELECT * FROM power_observations
    WHERE lab IS NOT NULL
    QUALIFY row_number() OVER (PARTITION BY lab ORDER BY reported_on DESC, mw DESC, fact_id) = 1
),
labs AS (
    SELECT lab FROM latest
    UNION SELECT lab FROM capex
    UNION SELECT lab FROM yearly
    UNION SELECT lab FROM power
)
SELECT
    labs.lab,
    t.date AS as_of,
    t.operational_gpus AS current_gpus,
    t.operational_h100e AS current_h100e,
    t.operational_flops_16bit AS current_flops_16bit,
    t.operational_power_mw AS current_power_mw,
    t.operational_capex_usd AS current_capex_usd,
    t.operational_rental_usd_per_year AS current_rental_usd_per_year,
    t.operational_energy_usd_per_year AS current_energy_usd_per_year,
    t.operational_status AS current_status,
    t.planned_gpus,
    t.planned_h100e,
    t.planned_flops_16bit,
    t.planned_power_mw,
    t.planned_capex_usd,
    t.planned_rental_usd_per_year,
    t.planned_energy_usd_per_year,
    t.planned_target_date,
    t.doubling_time_days,
    capex.amount_usd AS reported_capex_usd,
    capex.what AS reported_capex_what,
    capex.calculated_usd AS calculated_capex_for_reported_usd,
    capex.reported_to_calculated AS reported_to_calculated_capex,
    yearly.amount_usd AS reported_cost_usd_per_year,
    yearly.what AS reported_cost_per_year_what,
    yearly.calculated_usd AS calculated_rental_for_reported_usd_per_year,
    yearly.reported_to_calculated AS reported_to_calculated_per_year,
    power.mw AS reported_power_mw,
    power.calculated_mw AS calculated_power_for_reported_mw,
    power.reported_to_calculated AS reported_to_calculated_power
FROM labs
LEFT JOIN latest t USING (lab)
LEFT JOIN capex USING (lab)
LEFT JOIN yearly USING (lab)
LEFT JOIN power USING (lab);
