-- Reported costs and power beside the calculated ones, and per lab what it runs now and
-- what it has announced.
--
-- reported_observations (view), and its two halves cost_observations and power_observations:
--   one row per cost or power fact that is not rejected, corrections applied, attributed to a
--   lab (an analyst's `lab`, else a lab of the same article named in the subject, else the
--   only lab of the article, else any known lab named in the subject) and set beside the
--   calculated figure for the GPUs it is about: the same article's GPU observation of that
--   lab whose count the sentence states, else (in this order) one with a named chip, one that
--   runs now, the largest; priced in the year of the report. A yearly cost is compared with
--   the yearly rental, a one-off cost with capex, power with the calculated power.
-- cluster_costs (table): per lab, the latest operational and planned levels with power,
--   capex, rental and energy, and the latest reported capex, yearly cost and power with their
--   ratio to the calculated figure.

CREATE OR REPLACE MACRO reports_about(observations) AS TABLE
WITH cost_ov AS (
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
power_ov AS (
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
),
costs AS (
    SELECT
        'costs' AS fact_kind,
        c.fact_id,
        c.article_id,
        o.lab AS lab_override,
        CASE WHEN o.set_subject THEN o.subject ELSE c.subject END AS subject,
        CASE WHEN o.set_amount AND o.amount > 0 THEN o.amount ELSE c.amount END AS amount,
        currency_code(CASE WHEN o.set_currency THEN o.currency ELSE c.currency END) AS currency,
        CASE WHEN o.set_amount_usd THEN o.amount_usd END AS amount_usd_override,
        c.amount_usd AS amount_usd_extracted,
        CASE WHEN o.set_period THEN o.period ELSE c.period END AS period,
        CASE WHEN o.set_what THEN o.what ELSE c.what END AS what,
        CAST(NULL AS DOUBLE) AS mw,
        CAST(NULL AS VARCHAR) AS status,
        c.evidence,
        c.confidence,
        o.fact_id IS NOT NULL AS corrected,
        coalesce(o.reported_on, utc_day(coalesce(a.published, a.fetched_at))) AS reported_on,
        a.canonical_url AS source_url
    FROM cost_facts c
    JOIN articles a USING (article_id)
    LEFT JOIN cost_ov o USING (fact_id)
    ANTI JOIN (SELECT fact_id FROM override_rejects WHERE fact_kind = 'costs') r USING (fact_id)
),
power AS (
    SELECT
        'power' AS fact_kind,
        p.fact_id,
        p.article_id,
        o.lab AS lab_override,
        CASE WHEN o.set_subject THEN o.subject ELSE p.subject END AS subject,
        CAST(NULL AS DOUBLE) AS amount,
        CAST(NULL AS VARCHAR) AS currency,
        CAST(NULL AS DOUBLE) AS amount_usd_override,
        CAST(NULL AS DOUBLE) AS amount_usd_extracted,
        CAST(NULL AS VARCHAR) AS period,
        CAST(NULL AS VARCHAR) AS what,
        CASE WHEN o.set_mw AND o.mw > 0 THEN o.mw ELSE p.mw END AS mw,
        CASE WHEN o.set_status THEN o.status ELSE p.status END AS status,
        p.evidence,
        p.confidence,
        o.fact_id IS NOT NULL AS corrected,
        coalesce(o.reported_on, utc_day(coalesce(a.published, a.fetched_at))) AS reported_on,
        a.canonical_url AS source_url
    FROM power_facts p
    JOIN articles a USING (article_id)
    LEFT JOIN power_ov o USING (fact_id)
    ANTI JOIN (SELECT fact_id FROM override_rejects WHERE fact_kind = 'power') r USING (fact_id)
),
reports AS (
    SELECT
        *,
        word_form(subject) AS subject_words,
        numbers_in_text(concat_ws(' ', subject, evidence)) AS numbers
    FROM (SELECT * FROM costs UNION ALL SELECT * FROM power)
),
report_articles AS (
    SELECT DISTINCT article_id FROM reports
),
article_labs AS (
    -- the labs of the articles with reports: GPU owners and funded labs, corrections applied
    SELECT DISTINCT article_id, lab
    FROM (
        SELECT o.article_id, o.owner AS lab
        FROM query_table(observations) o
        SEMI JOIN report_articles USING (article_id)
        UNION ALL
        SELECT f.article_id, CASE WHEN v.fact_id IS NOT NULL THEN v.value ELSE f.lab END AS lab
        FROM funding_facts f
        SEMI JOIN report_articles USING (article_id)
        LEFT JOIN override_values v
            ON v.fact_kind = 'funding' AND v.fact_id = f.fact_id AND v.field = 'lab'
        ANTI JOIN (SELECT fact_id FROM override_rejects WHERE fact_kind = 'funding') r
            ON r.fact_id = f.fact_id
    )
    WHERE lab IS NOT NULL
),
known_labs AS (
    SELECT lab, word_form(lab) AS lab_words
    FROM (
        SELECT DISTINCT owner AS lab FROM query_table(observations)
        UNION
        SELECT DISTINCT lab FROM article_labs
    )
    WHERE lab IS NOT NULL
),
in_article AS (
    SELECT r.fact_id, l.lab, contains(r.subject_words, word_form(l.lab)) AS named
    FROM reports r
    JOIN article_labs l USING (article_id)
    WHERE r.lab_override IS NULL
),
from_article AS (
    -- a lab of the article that the subject names, else the article's only lab
    SELECT
        fact_id,
        CASE
            WHEN bool_or(named) THEN arg_max(lab, (length(lab), lab)) FILTER (WHERE named)
            WHEN count(*) = 1 THEN any_value(lab)
        END AS lab
    FROM in_article
    GROUP BY fact_id
),
from_subject AS (
    -- any known lab the subject names, for reports the article does not place
    SELECT r.fact_id, arg_max(k.lab, (length(k.lab), k.lab)) AS lab
    FROM reports r
    LEFT JOIN from_article a USING (fact_id)
    JOIN known_labs k ON contains(r.subject_words, k.lab_words)
    WHERE r.lab_override IS NULL AND a.lab IS NULL AND r.subject IS NOT NULL
    GROUP BY r.fact_id
),
attributed AS (
    SELECT
        r.*,
        coalesce(r.lab_override, a.lab, s.lab) AS lab,
        CASE
            WHEN r.lab_override IS NOT NULL THEN 'override'
            WHEN a.lab IS NOT NULL THEN 'article'
            WHEN s.lab IS NOT NULL THEN 'subject'
        END AS lab_basis
    FROM reports r
    LEFT JOIN from_article a USING (fact_id)
    LEFT JOIN from_subject s USING (fact_id)
),
candidates AS (
    SELECT
        r.fact_id,
        g.fact_id AS gpu_fact_id,
        g.count,
        g.chip_key,
        list_contains(r.numbers, CAST(g.count AS DOUBLE)) AS count_stated,
        g.chip_specified,
        g.horizon = 'current' AS is_current,
        g.h100e
    FROM attributed r
    JOIN query_table(observations) g ON g.article_id = r.article_id AND g.owner = r.lab
),
matches AS (
    SELECT
        fact_id, gpu_fact_id, count, chip_key,
        CASE WHEN count_stated THEN 'count stated' ELSE 'same article' END AS match_basis
    FROM candidates
    QUALIFY row_number() OVER (
        PARTITION BY fact_id
        ORDER BY count_stated DESC, chip_specified DESC, is_current DESC, h100e DESC NULLS LAST,
                 gpu_fact_id
    ) = 1
),
bounds AS (
    SELECT
        (SELECT min(month) FROM ref_fx_month) AS first_month,
        (SELECT max(month) FROM ref_fx_month) AS last_month,
        (SELECT min(year) FROM ref_chip_year) AS first_year,
        (SELECT max(year) FROM ref_chip_year) AS last_year
),
priced AS (
    SELECT
        r.*,
        CASE
            WHEN r.fact_kind = 'power' THEN 'power'
            WHEN r.period = 'year' THEN 'yearly'
            ELSE 'capex'
        END AS kind,
        CASE
            WHEN r.amount_usd_override IS NOT NULL THEN r.amount_usd_override
            WHEN fx.usd_per_unit IS NOT NULL THEN r.amount * fx.usd_per_unit
            ELSE r.amount_usd_extracted
        END AS amount_usd,
        m.gpu_fact_id,
        m.count AS gpus,
        m.chip_key AS chip,
        m.match_basis,
        k.capex_usd AS unit_capex_usd,
        k.rental_usd_per_year AS unit_rental_usd_per_year,
        k.power_mw AS unit_power_mw
    FROM attributed r
    CROSS JOIN bounds b
    LEFT JOIN matches m USING (fact_id)
    LEFT JOIN ref_fx_month fx
        ON fx.currency = r.currency
       AND fx.month = least(greatest(date_trunc('month', r.reported_on), b.first_month),
                            b.last_month)
    LEFT JOIN ref_chip_year k
        ON k.chip = m.chip_key
       AND k.year = least(greatest(year(r.reported_on), b.first_year), b.last_year)
),
compared AS (
    SELECT
        *,
        gpus * CASE kind
            WHEN 'capex' THEN unit_capex_usd
            WHEN 'yearly' THEN unit_rental_usd_per_year
            ELSE unit_power_mw
        END AS calculated
    FROM priced
)
SELECT
    fact_kind, fact_id, article_id, lab, lab_basis, subject, kind, amount, currency, amount_usd,
    period, what, mw, status, reported_on, gpu_fact_id, gpus, chip, match_basis, calculated,
    coalesce(amount_usd, mw) / nullif(calculated, 0) AS reported_to_calculated,
    evidence, confidence, corrected, source_url
FROM compared;

CREATE OR REPLACE VIEW reported_observations AS SELECT * FROM reports_about('gpu_observations');

CREATE OR REPLACE VIEW cost_observations AS
SELECT
    fact_id, article_id, lab, lab_basis, subject, amount, currency, amount_usd, period, kind,
    what, reported_on, gpu_fact_id, gpus, chip, match_basis, calculated AS calculated_usd,
    reported_to_calculated, evidence, confidence, corrected, source_url
FROM reported_observations
WHERE fact_kind = 'costs';

CREATE OR REPLACE VIEW power_observations AS
SELECT
    fact_id, article_id, lab, lab_basis, subject, mw, status, reported_on, gpu_fact_id, gpus,
    chip, match_basis, calculated AS calculated_mw, reported_to_calculated, evidence,
    confidence, corrected, source_url
FROM reported_observations
WHERE fact_kind = 'power';

-- the latest report of each kind per lab, computed once for cluster_costs
CREATE OR REPLACE TEMP TABLE cc_latest_reports AS
SELECT lab, kind, amount_usd, mw, what, calculated, reported_to_calculated
FROM reports_about('lc_observations')
WHERE lab IS NOT NULL AND coalesce(amount_usd, mw) IS NOT NULL
QUALIFY row_number() OVER (
    PARTITION BY lab, kind ORDER BY reported_on DESC, coalesce(amount_usd, mw) DESC, fact_id
) = 1;

CREATE OR REPLACE TABLE cluster_costs AS
WITH levels AS (
    -- lab_compute holds the latest level of each chip: add up the chips as
    -- lab_compute_levels does (unspecified GPUs beyond the named ones count as H100-class)
    SELECT
        lab, horizon,
        max(observed_on) AS as_of,
        arg_max(status, (gpus, status)) AS status,
        arg_max(target_date, (observed_on, gpus)) FILTER (WHERE target_date IS NOT NULL)
            AS target_date,
        coalesce(sum(gpus) FILTER (WHERE chip_specified), 0) AS gpus_named,
        coalesce(sum(gpus) FILTER (WHERE NOT chip_specified), 0) AS gpus_any,
        coalesce(sum(h100e) FILTER (WHERE chip_specified), 0) AS h100e_named,
        coalesce(sum(h100e) FILTER (WHERE NOT chip_specified), 0) AS h100e_any,
        coalesce(sum(flops_16bit) FILTER (WHERE chip_specified), 0) AS flops_named,
        coalesce(sum(flops_16bit) FILTER (WHERE NOT chip_specified), 0) AS flops_any,
        coalesce(sum(power_mw) FILTER (WHERE chip_specified), 0) AS power_named,
        coalesce(sum(power_mw) FILTER (WHERE NOT chip_specified), 0) AS power_any,
        coalesce(sum(capex_usd) FILTER (WHERE chip_specified), 0) AS capex_named,
        coalesce(sum(capex_usd) FILTER (WHERE NOT chip_specified), 0) AS capex_any,
        coalesce(sum(rental_usd_per_year) FILTER (WHERE chip_specified), 0) AS rental_named,
        coalesce(sum(rental_usd_per_year) FILTER (WHERE NOT chip_specified), 0) AS rental_any,
        coalesce(sum(electricity_usd_per_year) FILTER (WHERE chip_specified), 0) AS energy_named,
        coalesce(sum(electricity_usd_per_year) FILTER (WHERE NOT chip_specified), 0)
            AS energy_any
    FROM lab_compute
    GROUP BY lab, horizon
),
totals AS (
    SELECT
        *,
        CAST(greatest(gpus_named, gpus_any) AS BIGINT) AS gpus,
        CASE WHEN gpus_any > gpus_named THEN (gpus_any - gpus_named) / gpus_any ELSE 0 END
            AS extra
    FROM levels
),
per_lab AS (
    SELECT
        lab,
        max(as_of) AS as_of,
        any_value(gpus) FILTER (WHERE horizon = 'current') AS current_gpus,
        any_value(h100e_named + extra * h100e_any) FILTER (WHERE horizon = 'current')
            AS current_h100e,
        any_value(flops_named + extra * flops_any) FILTER (WHERE horizon = 'current')
            AS current_flops_16bit,
        any_value(power_named + extra * power_any) FILTER (WHERE horizon = 'current')
            AS current_power_mw,
        any_value(capex_named + extra * capex_any) FILTER (WHERE horizon = 'current')
            AS current_capex_usd,
        any_value(rental_named + extra * rental_any) FILTER (WHERE horizon = 'current')
            AS current_rental_usd_per_year,
        any_value(energy_named + extra * energy_any) FILTER (WHERE horizon = 'current')
            AS current_energy_usd_per_year,
        any_value(status) FILTER (WHERE horizon = 'current') AS current_status,
        any_value(gpus) FILTER (WHERE horizon = 'planned') AS planned_gpus,
        any_value(h100e_named + extra * h100e_any) FILTER (WHERE horizon = 'planned')
            AS planned_h100e,
        any_value(flops_named + extra * flops_any) FILTER (WHERE horizon = 'planned')
            AS planned_flops_16bit,
        any_value(power_named + extra * power_any) FILTER (WHERE horizon = 'planned')
            AS planned_power_mw,
        any_value(capex_named + extra * capex_any) FILTER (WHERE horizon = 'planned')
            AS planned_capex_usd,
        any_value(rental_named + extra * rental_any) FILTER (WHERE horizon = 'planned')
            AS planned_rental_usd_per_year,
        any_value(energy_named + extra * energy_any) FILTER (WHERE horizon = 'planned')
            AS planned_energy_usd_per_year,
        any_value(target_date) FILTER (WHERE horizon = 'planned') AS planned_target_date
    FROM totals
    GROUP BY lab
),
reported AS (
    SELECT
        lab,
        any_value(amount_usd) FILTER (WHERE kind = 'capex') AS reported_capex_usd,
        any_value(what) FILTER (WHERE kind = 'capex') AS reported_capex_what,
        any_value(calculated) FILTER (WHERE kind = 'capex') AS calculated_capex_for_reported_usd,
        any_value(reported_to_calculated) FILTER (WHERE kind = 'capex')
            AS reported_to_calculated_capex,
        any_value(amount_usd) FILTER (WHERE kind = 'yearly') AS reported_cost_usd_per_year,
        any_value(what) FILTER (WHERE kind = 'yearly') AS reported_cost_per_year_what,
        any_value(calculated) FILTER (WHERE kind = 'yearly')
            AS calculated_rental_for_reported_usd_per_year,
        any_value(reported_to_calculated) FILTER (WHERE kind = 'yearly')
            AS reported_to_calculated_per_year,
        any_value(mw) FILTER (WHERE kind = 'power') AS reported_power_mw,
        any_value(calculated) FILTER (WHERE kind = 'power') AS calculated_power_for_reported_mw,
        any_value(reported_to_calculated) FILTER (WHERE kind = 'power')
            AS reported_to_calculated_power
    FROM cc_latest_reports
    GROUP BY lab
),
labs AS (
    SELECT lab FROM per_lab UNION SELECT lab FROM reported
)
SELECT
    labs.lab,
    p.as_of,
    p.current_gpus, p.current_h100e, p.current_flops_16bit, p.current_power_mw,
    p.current_capex_usd, p.current_rental_usd_per_year, p.current_energy_usd_per_year,
    p.current_status,
    p.planned_gpus, p.planned_h100e, p.planned_flops_16bit, p.planned_power_mw,
    p.planned_capex_usd, p.planned_rental_usd_per_year, p.planned_energy_usd_per_year,
    p.planned_target_date,
    g.doubling_time_days,
    r.reported_capex_usd, r.reported_capex_what, r.calculated_capex_for_reported_usd,
    r.reported_to_calculated_capex,
    r.reported_cost_usd_per_year, r.reported_cost_per_year_what,
    r.calculated_rental_for_reported_usd_per_year, r.reported_to_calculated_per_year,
    r.reported_power_mw, r.calculated_power_for_reported_mw, r.reported_to_calculated_power
FROM labs
LEFT JOIN per_lab p USING (lab)
LEFT JOIN reported r USING (lab)
LEFT JOIN lc_growth g USING (lab);
