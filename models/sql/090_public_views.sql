-- 090: the public SQL surface. Stable views named v_<grain>, documented in the README and with
-- COMMENT ON, so `SELECT view_name, comment FROM duckdb_views() WHERE view_name LIKE 'v\_%' ESCAPE '\'`
-- lists them. The models' tables may change; these views keep their names and columns (new
-- columns may be added at the end). Every fact carries its evidence sentence and source URL.
-- Views reference only objects stored in the warehouse (no temp tables, no Python functions),
-- so any read-only process can query them.

CREATE OR REPLACE VIEW v_articles AS
WITH fact_counts AS (
    SELECT article_id, 'funding' AS kind FROM funding_facts
    UNION ALL SELECT article_id, 'gpus' FROM gpu_facts
    UNION ALL SELECT article_id, 'costs' FROM cost_facts
    UNION ALL SELECT article_id, 'power' FROM power_facts
),
per_article AS (
    SELECT
        article_id,
        count(*) FILTER (WHERE kind = 'funding') AS n_funding_facts,
        count(*) FILTER (WHERE kind = 'gpus') AS n_gpu_facts,
        count(*) FILTER (WHERE kind = 'costs') AS n_cost_facts,
        count(*) FILTER (WHERE kind = 'power') AS n_power_facts
    FROM fact_counts
    GROUP BY article_id
)
SELECT
    a.article_id,
    a.title,
    a.published,
    a.lang,
    a.source_name,
    a.canonical_url AS url,
    a.fetched_at,
    coalesce(p.n_funding_facts, 0) AS n_funding_facts,
    coalesce(p.n_gpu_facts, 0) AS n_gpu_facts,
    coalesce(p.n_cost_facts, 0) AS n_cost_facts,
    coalesce(p.n_power_facts, 0) AS n_power_facts,
    length(a.body) AS body_chars,
    a.body
FROM articles a
LEFT JOIN per_article p USING (article_id);

COMMENT ON VIEW v_articles IS
    'One row per stored article: title, date, language, canonical URL, fact counts and body text.';

CREATE OR REPLACE VIEW v_funding_mentions AS
WITH event_facts AS (
    SELECT event_id, unnest(fact_ids) AS fact_id FROM funding_events
)
SELECT
    m.fact_id,
    ef.event_id,
    m.lab,
    m.round,
    m.status,
    m.amount,
    m.currency,
    m.amount_usd,
    m.valuation,
    m.valuation_currency,
    m.valuation_usd,
    m.valuation_type,
    m.investors,
    m.qualifier,
    m.confidence,
    m.corrected,
    m.reported_at,
    m.evidence,
    m.source_url,
    m.article_title,
    m.article_id,
    m.extractor_version,
    -- (columns added later come last: the views keep their columns in place)
    m.valuation_qualifier
FROM funding_mentions m
LEFT JOIN event_facts ef USING (fact_id);

COMMENT ON VIEW v_funding_mentions IS
    'One row per funding fact found in an article (analyst overrides applied), with the event it belongs to, its evidence sentence and source URL.';

CREATE OR REPLACE VIEW v_funding_events AS
WITH event_facts AS (
    SELECT event_id, unnest(fact_ids) AS fact_id FROM funding_events
),
best_mention AS (
    SELECT
        ef.event_id,
        m.evidence,
        m.source_url,
        row_number() OVER (
            PARTITION BY ef.event_id ORDER BY m.confidence DESC, m.reported_at, m.fact_id
        ) AS pick
    FROM event_facts ef
    JOIN funding_mentions m USING (fact_id)
)
SELECT
    e.event_id,
    e.lab,
    e.round,
    e.status,
    e.amount,
    e.currency,
    e.amount_usd,
    e.valuation,
    e.valuation_currency,
    e.valuation_usd,
    e.valuation_type,
    e.investors,
    e.first_seen,
    e.last_seen,
    e.n_sources,
    e.amount_conflict,
    e.reported_amounts_usd,
    e.status_history,
    e.revision,
    b.evidence,
    b.source_url,
    e.source_urls,
    -- (columns added later come last: the views keep their columns in place)
    e.amount_qualifier,
    e.valuation_qualifier
FROM funding_events e
LEFT JOIN best_mention b ON b.event_id = e.event_id AND b.pick = 1;

COMMENT ON VIEW v_funding_events IS
    'One row per funding event (a round reported by one or more articles), with the most confident evidence sentence, its source URL and every source URL.';

CREATE OR REPLACE VIEW v_gpu_observations AS
SELECT
    fact_id,
    owner AS lab,
    count AS gpus,
    chip,
    reference_chip,
    status,
    horizon,
    target_date,
    provider,
    observed_on,
    h100e,
    flops_16bit,
    power_mw,
    capex_usd,
    rental_usd_per_year,
    electricity_usd_per_year,
    confidence,
    corrected,
    evidence,
    source_url,
    article_id,
    qualifier
FROM gpu_observations;

COMMENT ON VIEW v_gpu_observations IS
    'One row per GPU count reported for a lab (analyst overrides applied), dated by its article, with its horizon (current or planned), H100-equivalents, calculated power and cost, evidence sentence and source URL.';

CREATE OR REPLACE VIEW v_lab_compute AS
SELECT
    l.lab,
    l.horizon,
    l.chip,
    l.status,
    l.gpus,
    l.h100e,
    l.flops_16bit,
    l.power_mw,
    l.capex_usd,
    l.rental_usd_per_year,
    l.electricity_usd_per_year,
    l.observed_on,
    l.first_observed_on,
    l.n_observations,
    l.target_date,
    o.evidence,
    l.source_url,
    l.fact_id
FROM lab_compute l
LEFT JOIN gpu_observations o USING (fact_id);

COMMENT ON VIEW v_lab_compute IS
    'The latest reported compute of each lab, per chip and horizon (current = operational or training; planned = announced), with H100-equivalents, calculated power and cost, evidence sentence and source URL.';

CREATE OR REPLACE VIEW v_lab_compute_trajectory AS
WITH that_day_urls AS (
    -- each source once, at the place of its largest count (list_distinct would lose the order)
    SELECT owner, observed_on, horizon, source_url, min((-count, fact_id)) AS place
    FROM gpu_observations
    WHERE source_url IS NOT NULL
    GROUP BY ALL
),
that_day AS (
    SELECT
        o.owner AS lab,
        o.observed_on AS date,
        list(o.evidence ORDER BY o.count DESC, o.fact_id) FILTER (WHERE o.horizon = 'current')
            AS operational_evidence,
        any_value(u.operational_source_urls) AS operational_source_urls,
        list(o.evidence ORDER BY o.count DESC, o.fact_id) FILTER (WHERE o.horizon = 'planned')
            AS planned_evidence,
        any_value(u.planned_source_urls) AS planned_source_urls
    FROM gpu_observations o
    LEFT JOIN (
        SELECT
            owner, observed_on,
            list(source_url ORDER BY place) FILTER (WHERE horizon = 'current')
                AS operational_source_urls,
            list(source_url ORDER BY place) FILTER (WHERE horizon = 'planned')
                AS planned_source_urls
        FROM that_day_urls
        GROUP BY owner, observed_on
    ) u USING (owner, observed_on)
    GROUP BY o.owner, o.observed_on
)
SELECT
    t.lab,
    t.date,
    t.operational_point,
    t.operational_status,
    t.operational_gpus,
    t.operational_h100e,
    t.operational_gpus_without_h100e,
    t.operational_power_mw,
    t.operational_capex_usd,
    t.operational_rental_usd_per_year,
    t.planned_point,
    t.planned_gpus,
    t.planned_h100e,
    t.planned_gpus_without_h100e,
    t.planned_power_mw,
    t.planned_capex_usd,
    t.planned_rental_usd_per_year,
    t.planned_target_date,
    t.doubling_time_days,
    d.operational_evidence,
    d.operational_source_urls,
    d.planned_evidence,
    d.planned_source_urls
FROM lab_compute_trajectory t
LEFT JOIN that_day d USING (lab, date);

COMMENT ON VIEW v_lab_compute_trajectory IS
    'One row per lab and date on which an article reported a GPU count: the lab''s operational and planned totals known by that date (GPUs, H100-equivalents, power, cost), with the evidence sentences and source URLs of that date''s reports.';

CREATE OR REPLACE VIEW v_cluster_costs AS
WITH compute_urls AS (
    -- each source once, at the place of its largest level (list_distinct would lose the order)
    SELECT lab, horizon, source_url, max(h100e) AS h100e
    FROM lab_compute
    WHERE source_url IS NOT NULL
    GROUP BY ALL
),
compute_sources AS (
    SELECT
        lab,
        list(source_url ORDER BY h100e DESC NULLS LAST, source_url)
            FILTER (WHERE horizon = 'current') AS current_source_urls,
        list(source_url ORDER BY h100e DESC NULLS LAST, source_url)
            FILTER (WHERE horizon = 'planned') AS planned_source_urls
    FROM compute_urls
    GROUP BY lab
),
reported AS (
    SELECT lab, amount_usd AS value, evidence, source_url FROM cost_observations
    UNION ALL
    SELECT lab, mw, evidence, source_url FROM power_observations
),
reported_urls AS (
    SELECT lab, source_url, max(value) AS value
    FROM reported
    WHERE lab IS NOT NULL AND source_url IS NOT NULL
    GROUP BY ALL
),
reported_sources AS (
    SELECT
        e.lab,
        list(e.evidence ORDER BY e.value DESC, e.evidence) AS reported_evidence,
        any_value(u.reported_source_urls) AS reported_source_urls
    FROM reported e
    LEFT JOIN (
        SELECT lab, list(source_url ORDER BY value DESC NULLS LAST, source_url)
            AS reported_source_urls
        FROM reported_urls
        GROUP BY lab
    ) u USING (lab)
    WHERE e.lab IS NOT NULL
    GROUP BY e.lab
)
SELECT
    c.lab,
    c.as_of,
    c.current_gpus,
    c.current_h100e,
    c.current_flops_16bit,
    c.current_power_mw,
    c.current_capex_usd,
    c.current_rental_usd_per_year,
    c.current_energy_usd_per_year,
    c.planned_gpus,
    c.planned_h100e,
    c.planned_flops_16bit,
    c.planned_power_mw,
    c.planned_capex_usd,
    c.planned_rental_usd_per_year,
    c.planned_energy_usd_per_year,
    c.planned_target_date,
    c.doubling_time_days,
    c.reported_capex_usd,
    c.reported_to_calculated_capex,
    c.reported_cost_usd_per_year,
    c.reported_to_calculated_per_year,
    c.reported_power_mw,
    c.reported_to_calculated_power,
    s.current_source_urls,
    s.planned_source_urls,
    r.reported_evidence,
    r.reported_source_urls
FROM cluster_costs c
LEFT JOIN compute_sources s USING (lab)
LEFT JOIN reported_sources r USING (lab);

COMMENT ON VIEW v_cluster_costs IS
    'One row per lab: GPUs, H100-equivalents, power, capex, yearly rental and energy cost of what it runs now (current_*) and has announced (planned_*), costs and power that articles reported beside the calculated ones, and the source URLs behind each.';
