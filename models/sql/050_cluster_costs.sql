-- Reported costs and power beside the calculated ones, and per lab what it runs now and
-- what it has announced.
--
-- reported_observations (view), and its two halves cost_observations and power_observations:
--   one row per cost or power fact that is not rejected, corrections applied, attributed to a
--   lab (an analyst's `lab`, else a lab of the same article named in the subject, else the
--   only lab of the article, else any known lab named in the subject) and set beside the
--   calculated figure for the GPUs it is about: the same article's GPU observation of that
--   lab (match_basis 'only count in article'); of several, the one whose count the sentence
--   states ('count stated'), else ('largest in article', in this order) one with a named
--   chip, one that runs now, the largest. Priced in the year of the report: a yearly cost is
--   compared with the yearly rental, a one-off cost with capex, power with calculated power.
--   The logic is two table macros, reports_attributed(observations) and
--   reports_compared(reports, observations), so that the refresh attributes every report
--   once and compares only the latest per lab (report_attributions is the view of the first).
-- cluster_costs (table): per lab, the latest operational and planned levels with power,
--   capex, rental and energy, and the latest reported capex, yearly cost and power with their
--   ratio to the calculated figure.

CREATE OR REPLACE MACRO reports_attributed(observations) AS TABLE
WITH cost_ov AS NOT MATERIALIZED (
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
power_ov AS NOT MATERIALIZED (
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
costs AS NOT MATERIALIZED (
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
        -- (a corrected amount is not hedged by the words of the one it replaces)
        CASE WHEN o.set_amount AND o.amount > 0 THEN NULL ELSE c.qualifier END AS qualifier,
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
power AS NOT MATERIALIZED (
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
        CASE WHEN o.set_mw AND o.mw > 0 THEN NULL ELSE p.qualifier END AS qualifier,
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
report_articles AS (
    SELECT article_id FROM cost_facts
    UNION
    SELECT article_id FROM power_facts
),
article_labs AS MATERIALIZED (
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
lab_counts AS NOT MATERIALIZED (
    SELECT article_id, count(*) AS n_labs, any_value(lab) AS only_lab
    FROM article_labs
    GROUP BY article_id
),
reports AS MATERIALIZED (
    -- every report with the number of labs its article names (and the lab, if only one)
    SELECT r.*, c.n_labs, c.only_lab
    FROM (SELECT * FROM costs UNION ALL SELECT * FROM power) r
    LEFT JOIN lab_counts c USING (article_id)
),
subjects AS NOT MATERIALIZED (
    -- the subject's words, for reports whose article names several labs
    SELECT fact_id, article_id, word_form(subject) AS subject_words
    FROM reports
    WHERE lab_override IS NULL AND n_labs > 1
),
named_in_article AS MATERIALIZED (
    SELECT s.fact_id, arg_max(l.lab, (length(l.lab), l.lab)) AS lab
    FROM subjects s
    JOIN article_labs l USING (article_id)
    JOIN known_labs k USING (lab)
    WHERE contains(s.subject_words, k.lab_words)
    GROUP BY s.fact_id
),
unplaced AS NOT MATERIALIZED (
    -- reports the article does not place: it names no lab, or several and the subject none
    SELECT r.fact_id, word_form(r.subject) AS subject_words
    FROM reports r
    ANTI JOIN named_in_article n USING (fact_id)
    WHERE r.lab_override IS NULL AND coalesce(r.n_labs, 0) <> 1 AND r.subject IS NOT NULL
),
from_subject AS MATERIALIZED (
    -- any known lab their subject names
    SELECT u.fact_id, arg_max(k.lab, (length(k.lab), k.lab)) AS lab
    FROM unplaced u
    JOIN known_labs k ON contains(u.subject_words, k.lab_words)
    GROUP BY u.fact_id
),
attributed AS NOT MATERIALIZED (
    SELECT
        r.* EXCLUDE (n_labs, only_lab),
        coalesce(r.lab_override, CASE WHEN r.n_labs = 1 THEN r.only_lab END, n.lab, s.lab)
            AS lab,
        CASE
            WHEN r.lab_override IS NOT NULL THEN 'override'
            WHEN r.n_labs = 1 OR n.lab IS NOT NULL THEN 'article'
            WHEN s.lab IS NOT NULL THEN 'subject'
        END AS lab_basis
    FROM reports r
    LEFT JOIN named_in_article n USING (fact_id)
    LEFT JOIN from_subject s USING (fact_id)
)
SELECT
    a.* EXCLUDE (amount_usd_override, amount_usd_extracted, lab_override),
    CASE
        WHEN a.fact_kind = 'power' THEN 'power'
        WHEN a.period = 'year' THEN 'yearly'
        ELSE 'capex'
    END AS kind,
    CASE
        WHEN a.amount_usd_override IS NOT NULL THEN a.amount_usd_override
        WHEN fx.usd_per_unit IS NOT NULL THEN a.amount * fx.usd_per_unit
        ELSE a.amount_usd_extracted
    END AS amount_usd
FROM attributed a
CROSS JOIN (SELECT min(month) AS first_month, max(month) AS last_month FROM ref_fx_month) b
LEFT JOIN ref_fx_month fx
    ON fx.currency = a.currency
   AND fx.month = least(greatest(date_trunc('month', a.reported_on), b.first_month), b.last_month);

-- the GPUs each report is about, and the calculated figure beside the reported one
CREATE OR REPLACE MACRO reports_compared(reports, observations) AS TABLE
WITH report_articles AS NOT MATERIALIZED (
    SELECT DISTINCT article_id FROM query_table(reports)
),
candidate_counts AS NOT MATERIALIZED (
    SELECT article_id, owner AS lab, count(*) AS n_candidates
    FROM query_table(observations)
    SEMI JOIN report_articles USING (article_id)
    GROUP BY article_id, owner
),
candidates AS NOT MATERIALIZED (
    SELECT
        r.fact_id,
        g.fact_id AS gpu_fact_id,
        g.count,
        g.chip_key,
        c.n_candidates,
        -- which of several GPU counts the sentence states (read only when there are several)
        CASE
            WHEN c.n_candidates > 1
            THEN list_contains(
                numbers_in_text(concat_ws(' ', r.subject, r.evidence)), CAST(g.count AS DOUBLE))
            ELSE FALSE
        END AS count_stated,
        g.chip_specified,
        -- (a stated H100e total has no price: the chips counted are matched first)
        NOT g.h100e_total AS priced,
        g.horizon = 'current' AS is_current,
        coalesce(g.h100e, -1) AS h100e
    FROM query_table(reports) r
    JOIN candidate_counts c USING (article_id, lab)
    JOIN query_table(observations) g ON g.article_id = r.article_id AND g.owner = r.lab
),
matches AS NOT MATERIALIZED (
    SELECT
        fact_id,
        arg_max(
            {'gpu_fact_id': gpu_fact_id, 'count': count, 'chip_key': chip_key,
             'basis': CASE
                 WHEN n_candidates = 1 THEN 'only count in article'
                 WHEN count_stated THEN 'count stated'
                 ELSE 'largest in article'
             END},
            (count_stated, priced, chip_specified, is_current, h100e, gpu_fact_id)
        ) AS best
    FROM candidates
    GROUP BY fact_id
),
bounds AS NOT MATERIALIZED (
    SELECT min(year) AS first_year, max(year) AS last_year FROM ref_chip_year
),
priced AS NOT MATERIALIZED (
    SELECT
        r.*,
        m.best.gpu_fact_id,
        m.best.count AS gpus,
        m.best.chip_key AS chip,
        m.best.basis AS match_basis,
        k.capex_usd AS unit_capex_usd,
        k.rental_usd_per_year AS unit_rental_usd_per_year,
        k.power_mw AS unit_power_mw
    FROM query_table(reports) r
    CROSS JOIN bounds b
    LEFT JOIN matches m USING (fact_id)
    LEFT JOIN ref_chip_year k
        ON k.chip = m.best.chip_key
       AND k.year = least(greatest(year(r.reported_on), b.first_year), b.last_year)
),
compared AS NOT MATERIALIZED (
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
    period, what, mw, status, qualifier, reported_on, gpu_fact_id, gpus, chip, match_basis, calculated,
    coalesce(amount_usd, mw) / nullif(calculated, 0) AS reported_to_calculated,
    evidence, confidence, corrected, source_url
FROM compared;

CREATE OR REPLACE VIEW report_attributions AS
SELECT * FROM reports_attributed('gpu_observations');

CREATE OR REPLACE VIEW reported_observations AS
SELECT * FROM reports_compared('report_attributions', 'gpu_observations');

CREATE OR REPLACE VIEW cost_observations AS
SELECT
    fact_id, article_id, lab, lab_basis, subject, amount, currency, amount_usd, period, kind,
    what, reported_on, gpu_fact_id, gpus, chip, match_basis, calculated AS calculated_usd,
    reported_to_calculated, evidence, confidence, corrected, source_url, qualifier
FROM reported_observations
WHERE fact_kind = 'costs';

CREATE OR REPLACE VIEW power_observations AS
SELECT
    fact_id, article_id, lab, lab_basis, subject, mw, status, reported_on, gpu_fact_id, gpus,
    chip, match_basis, calculated AS calculated_mw, reported_to_calculated, evidence,
    confidence, corrected, source_url, qualifier
FROM reported_observations
WHERE fact_kind = 'power';

-- the latest report of each kind per lab, and what it is compared with, computed once;
-- a view, not a table: writing out every report with its evidence cost more than the
-- attribution itself, and only the latest per lab and kind is kept
CREATE OR REPLACE TEMP VIEW cc_attributed AS
SELECT * FROM reports_attributed('lc_observations');

CREATE OR REPLACE TEMP TABLE cc_latest AS
SELECT * FROM cc_attributed
WHERE lab IS NOT NULL AND coalesce(amount_usd, mw) IS NOT NULL
QUALIFY row_number() OVER (
    PARTITION BY lab, kind ORDER BY reported_on DESC, coalesce(amount_usd, mw) DESC, fact_id
) = 1;

CREATE OR REPLACE TEMP TABLE cc_latest_reports AS
SELECT lab, kind, amount_usd, mw, what, calculated, reported_to_calculated
FROM reports_compared('cc_latest', 'lc_observations');

CREATE OR REPLACE TABLE cluster_costs AS
WITH levels AS NOT MATERIALIZED (
    -- lab_compute holds the latest level of each chip: add up the chips as
    -- lab_compute_levels does (unspecified GPUs beyond the named ones count as H100-class; a
    -- stated H100e total bounds the H100e from below)
    SELECT
        lab, horizon,
        max(observed_on) AS as_of,
        arg_max(status, (gpus, status)) AS status,
        arg_max(target_date, (observed_on, gpus)) FILTER (WHERE target_date IS NOT NULL)
            AS target_date,
        coalesce(sum(gpus) FILTER (WHERE chip_specified), 0) AS gpus_named,
        coalesce(sum(gpus) FILTER (WHERE NOT chip_specified AND NOT h100e_total), 0) AS gpus_any,
        coalesce(sum(h100e) FILTER (WHERE chip_specified), 0) AS h100e_named,
        coalesce(sum(h100e) FILTER (WHERE NOT chip_specified AND NOT h100e_total), 0) AS h100e_any,
        coalesce(sum(flops_16bit) FILTER (WHERE chip_specified), 0) AS flops_named,
        coalesce(sum(flops_16bit) FILTER (WHERE NOT chip_specified AND NOT h100e_total), 0) AS flops_any,
        coalesce(sum(power_mw) FILTER (WHERE chip_specified), 0) AS power_named,
        coalesce(sum(power_mw) FILTER (WHERE NOT chip_specified AND NOT h100e_total), 0) AS power_any,
        coalesce(sum(capex_usd) FILTER (WHERE chip_specified), 0) AS capex_named,
        coalesce(sum(capex_usd) FILTER (WHERE NOT chip_specified AND NOT h100e_total), 0) AS capex_any,
        coalesce(sum(rental_usd_per_year) FILTER (WHERE chip_specified), 0) AS rental_named,
        coalesce(sum(rental_usd_per_year) FILTER (WHERE NOT chip_specified AND NOT h100e_total), 0) AS rental_any,
        coalesce(sum(electricity_usd_per_year) FILTER (WHERE chip_specified), 0) AS energy_named,
        coalesce(sum(electricity_usd_per_year) FILTER (WHERE NOT chip_specified AND NOT h100e_total), 0)
            AS energy_any,
        coalesce(max(h100e) FILTER (WHERE h100e_total), 0) AS h100e_stated
    FROM lab_compute
    GROUP BY lab, horizon
),
totals AS NOT MATERIALIZED (
    SELECT
        *,
        -- (a horizon known only by a stated H100e total has no GPUs or costs: unknown, not zero)
        CASE WHEN gpus_named + gpus_any > 0 OR h100e_stated = 0
            THEN CAST(greatest(gpus_named, gpus_any) AS BIGINT) END AS gpus,
        CASE WHEN gpus_any > gpus_named THEN (gpus_any - gpus_named) / gpus_any ELSE 0 END
            AS extra,
        gpus_named + gpus_any = 0 AND h100e_stated > 0 AS only_stated
    FROM levels
),
per_lab AS (
    SELECT
        lab,
        max(as_of) AS as_of,
        any_value(gpus) FILTER (WHERE horizon = 'current') AS current_gpus,
        any_value(greatest(h100e_named + extra * h100e_any, h100e_stated))
            FILTER (WHERE horizon = 'current') AS current_h100e,
        any_value(CASE WHEN NOT only_stated THEN flops_named + extra * flops_any END) FILTER (WHERE horizon = 'current')
            AS current_flops_16bit,
        any_value(CASE WHEN NOT only_stated THEN power_named + extra * power_any END) FILTER (WHERE horizon = 'current')
            AS current_power_mw,
        any_value(CASE WHEN NOT only_stated THEN capex_named + extra * capex_any END) FILTER (WHERE horizon = 'current')
            AS current_capex_usd,
        any_value(CASE WHEN NOT only_stated THEN rental_named + extra * rental_any END) FILTER (WHERE horizon = 'current')
            AS current_rental_usd_per_year,
        any_value(CASE WHEN NOT only_stated THEN energy_named + extra * energy_any END) FILTER (WHERE horizon = 'current')
            AS current_energy_usd_per_year,
        any_value(status) FILTER (WHERE horizon = 'current') AS current_status,
        any_value(gpus) FILTER (WHERE horizon = 'planned') AS planned_gpus,
        any_value(greatest(h100e_named + extra * h100e_any, h100e_stated))
            FILTER (WHERE horizon = 'planned') AS planned_h100e,
        any_value(CASE WHEN NOT only_stated THEN flops_named + extra * flops_any END) FILTER (WHERE horizon = 'planned')
            AS planned_flops_16bit,
        any_value(CASE WHEN NOT only_stated THEN power_named + extra * power_any END) FILTER (WHERE horizon = 'planned')
            AS planned_power_mw,
        any_value(CASE WHEN NOT only_stated THEN capex_named + extra * capex_any END) FILTER (WHERE horizon = 'planned')
            AS planned_capex_usd,
        any_value(CASE WHEN NOT only_stated THEN rental_named + extra * rental_any END) FILTER (WHERE horizon = 'planned')
            AS planned_rental_usd_per_year,
        any_value(CASE WHEN NOT only_stated THEN energy_named + extra * energy_any END) FILTER (WHERE horizon = 'planned')
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
