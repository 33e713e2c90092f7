-- funding_events: the mentions of one round in many articles become one event.
--
-- Two mentions of a lab are one round when they name the same round, or when their amounts
-- are within 10 % of each other and their articles within 120 days (a round named in one
-- article and unnamed in another merges this way). Two different round names never merge.
-- A round name a lab uses once (Series B, A1, seed) merges at any distance in time, so a
-- recap months later still counts as a source; other names ('strategic') need the 120 days.
-- Valuation-only mentions ("valued at $X") join a round of the same valuation, or are
-- events of their own.
--
-- Ids are stable: a cluster of mentions keeps the id of the event that held most of them at
-- the last refresh (funding_events.fact_ids). `revision` goes up exactly when the status or
-- the amount changes; `funding_event_revisions` keeps each revision. Only events that
-- changed are written.

-- the mentions that can be placed (a lab, and an amount or a valuation), with only what the
-- clustering and the events need
CREATE OR REPLACE TEMP TABLE fe_m AS
SELECT
    -- a number is cheaper to join on than the fact id. A 64-bit hash rather than a row number
    -- (which would number the rows on one thread); two of a million mentions share one with a
    -- probability of about 3e-8. Ties are never broken on it alone.
    hash(fact_id) AS m_id,
    fact_id, article_id, lab, round, round_key, round_unique AS unique_round, amount, currency,
    CASE WHEN amount_usd > 0 THEN amount_usd END AS amount_usd,
    valuation, valuation_currency,
    CASE WHEN valuation_usd > 0 THEN valuation_usd END AS valuation_usd,
    valuation_type, investors, status,
    -- (a mention known only by its valuation has the valuation's hedge as its qualifier)
    CASE WHEN amount IS NOT NULL THEN qualifier END AS amount_qualifier, valuation_qualifier,
    CASE status WHEN 'closed' THEN 3 WHEN 'announced' THEN 2 WHEN 'talks' THEN 1 ELSE 0 END
        AS status_rank,
    reported_at, day_number(reported_on) AS day, source_url,
    -- amounts within 10 % of each other fall in the same or a neighbouring bucket
    CAST(floor(ln(CASE WHEN amount_usd > 0 THEN amount_usd END) / ln(1.1)) AS BIGINT)
        AS amount_bucket,
    CAST(floor(ln(CASE WHEN valuation_usd > 0 THEN valuation_usd END) / ln(1.1)) AS BIGINT)
        AS valuation_bucket
FROM funding_mentions
WHERE lab IS NOT NULL AND (amount_usd > 0 OR valuation_usd > 0) AND reported_on IS NOT NULL;

-- 1. mentions that name their round: one cluster per lab and round name (a recurring name
--    starts a new cluster after a 120-day gap)
CREATE OR REPLACE TEMP TABLE fe_named AS
WITH gaps AS NOT MATERIALIZED (
    SELECT
        *,
        CASE
            WHEN NOT unique_round
             AND day - lag(day) OVER (PARTITION BY lab, round_key ORDER BY day, m_id) > 120
            THEN 1 ELSE 0
        END AS starts_cluster
    FROM fe_m
    WHERE round_key IS NOT NULL
)
SELECT
    m_id, lab, day, amount_usd, amount_bucket, valuation_usd, valuation_bucket,
    hash('named', lab, round_key, sum(starts_cluster) OVER (
        PARTITION BY lab, round_key ORDER BY day, m_id ROWS UNBOUNDED PRECEDING
    )) AS cluster_key
FROM gaps;

-- 2. unnamed mentions with an amount join a named round of the same lab whose reported
--    amounts they are within 10 % of, within 120 days of one of its mentions; the nearest in
--    time wins, then the nearest in amount. The named mentions are summarised per amount
--    bucket into stretches of days (mentions more than 240 days apart split a stretch, so
--    every day of a stretch is within 120 days of a mention).
CREATE OR REPLACE TEMP TABLE fe_named_reach AS
WITH gaps AS NOT MATERIALIZED (
    SELECT
        lab, cluster_key, amount_bucket, amount_usd, day,
        CASE
            WHEN day - lag(day) OVER (PARTITION BY cluster_key, amount_bucket ORDER BY day) > 240
            THEN 1 ELSE 0
        END AS starts_stretch
    FROM fe_named
    WHERE amount_usd IS NOT NULL
),
stretches AS NOT MATERIALIZED (
    SELECT
        *,
        sum(starts_stretch) OVER (
            PARTITION BY cluster_key, amount_bucket ORDER BY day ROWS UNBOUNDED PRECEDING
        ) AS stretch
    FROM gaps
)
SELECT
    lab, cluster_key, amount_bucket,
    min(amount_usd) AS low, max(amount_usd) AS high, min(day) AS first_day, max(day) AS last_day
FROM stretches
GROUP BY lab, cluster_key, amount_bucket, stretch;

CREATE OR REPLACE TEMP TABLE fe_attached AS
WITH candidates AS NOT MATERIALIZED (
    SELECT
        u.m_id,
        n.cluster_key,
        min(greatest(n.first_day - u.day, u.day - n.last_day, 0)) AS days_apart,
        min(greatest(ln(n.low / u.amount_usd), ln(u.amount_usd / n.high), 0)) AS amount_apart
    FROM (
        SELECT *, unnest([amount_bucket - 1, amount_bucket, amount_bucket + 1]) AS probe
        FROM fe_m
        WHERE round_key IS NULL AND amount_usd IS NOT NULL
    ) u
    JOIN fe_named_reach n ON n.lab = u.lab AND n.amount_bucket = u.probe
    WHERE u.amount_usd BETWEEN n.low / 1.1 AND n.high * 1.1
      AND u.day BETWEEN n.first_day - 120 AND n.last_day + 120
    GROUP BY u.m_id, n.cluster_key
)
SELECT m_id, cluster_key
FROM candidates
QUALIFY row_number() OVER (
    PARTITION BY m_id ORDER BY days_apart, amount_apart, cluster_key
) = 1;

-- 3. the other unnamed mentions with an amount: sorted by amount, a gap over 10 % starts a
--    new group; within a group, sorted by date, a gap over 120 days starts a new round
CREATE OR REPLACE TEMP TABLE fe_unnamed AS
WITH leftover AS NOT MATERIALIZED (
    SELECT m.*
    FROM fe_m m
    ANTI JOIN fe_attached a USING (m_id)
    WHERE m.round_key IS NULL AND m.amount_usd IS NOT NULL
),
amount_gaps AS NOT MATERIALIZED (
    SELECT
        *,
        CASE
            WHEN amount_usd > 1.1 * lag(amount_usd) OVER (
                PARTITION BY lab ORDER BY amount_usd, day, m_id)
            THEN 1 ELSE 0
        END AS starts_group
    FROM leftover
),
amount_groups AS NOT MATERIALIZED (
    SELECT
        *,
        sum(starts_group) OVER (
            PARTITION BY lab ORDER BY amount_usd, day, m_id ROWS UNBOUNDED PRECEDING
        ) AS amount_group
    FROM amount_gaps
),
day_gaps AS NOT MATERIALIZED (
    SELECT
        *,
        CASE
            WHEN day - lag(day) OVER (PARTITION BY lab, amount_group ORDER BY day, m_id) > 120
            THEN 1 ELSE 0
        END AS starts_cluster
    FROM amount_groups
)
SELECT
    m_id,
    hash('amount', lab, amount_group, sum(starts_cluster) OVER (
        PARTITION BY lab, amount_group ORDER BY day, m_id ROWS UNBOUNDED PRECEDING
    )) AS cluster_key
FROM day_gaps;

-- every mention with an amount or a round name, placed
CREATE OR REPLACE TEMP TABLE fe_placed AS
SELECT m_id, cluster_key FROM fe_named
UNION ALL SELECT m_id, cluster_key FROM fe_attached
UNION ALL SELECT m_id, cluster_key FROM fe_unnamed;

-- 4. valuation-only mentions join a placed round of the same lab whose valuations they are
--    within 10 % of, within 120 days of one of its mentions (summarised as in 2.);
--    5. the rest group among themselves like 3.
CREATE OR REPLACE TEMP TABLE fe_valued AS
WITH placed AS NOT MATERIALIZED (
    SELECT p.cluster_key, m.lab, m.valuation_usd, m.valuation_bucket, m.day
    FROM fe_placed p
    JOIN fe_m m USING (m_id)
    WHERE m.valuation_usd IS NOT NULL
),
gaps AS NOT MATERIALIZED (
    SELECT
        *,
        CASE
            WHEN day - lag(day) OVER (PARTITION BY cluster_key, valuation_bucket ORDER BY day)
                > 240
            THEN 1 ELSE 0
        END AS starts_stretch
    FROM placed
),
reach AS NOT MATERIALIZED (
    SELECT
        lab, cluster_key, valuation_bucket,
        min(valuation_usd) AS low, max(valuation_usd) AS high,
        min(day) AS first_day, max(day) AS last_day
    FROM (
        SELECT
            *,
            sum(starts_stretch) OVER (
                PARTITION BY cluster_key, valuation_bucket ORDER BY day ROWS UNBOUNDED PRECEDING
            ) AS stretch
        FROM gaps
    )
    GROUP BY lab, cluster_key, valuation_bucket, stretch
),
valuation_only AS (
    SELECT * FROM fe_m WHERE round_key IS NULL AND amount_usd IS NULL
),
candidates AS NOT MATERIALIZED (
    SELECT
        v.m_id,
        r.cluster_key,
        min(greatest(r.first_day - v.day, v.day - r.last_day, 0)) AS days_apart,
        min(greatest(ln(r.low / v.valuation_usd), ln(v.valuation_usd / r.high), 0))
            AS valuation_apart
    FROM (
        SELECT *, unnest([valuation_bucket - 1, valuation_bucket, valuation_bucket + 1]) AS probe
        FROM valuation_only
    ) v
    JOIN reach r ON r.lab = v.lab AND r.valuation_bucket = v.probe
    WHERE v.valuation_usd BETWEEN r.low / 1.1 AND r.high * 1.1
      AND v.day BETWEEN r.first_day - 120 AND r.last_day + 120
    GROUP BY v.m_id, r.cluster_key
),
joined AS (
    SELECT m_id, cluster_key
    FROM candidates
    QUALIFY row_number() OVER (
        PARTITION BY m_id ORDER BY days_apart, valuation_apart, cluster_key
    ) = 1
),
leftover AS NOT MATERIALIZED (
    SELECT v.* FROM valuation_only v ANTI JOIN joined j USING (m_id)
),
valuation_gaps AS NOT MATERIALIZED (
    SELECT
        *,
        CASE
            WHEN valuation_usd > 1.1 * lag(valuation_usd) OVER (
                PARTITION BY lab ORDER BY valuation_usd, day, m_id)
            THEN 1 ELSE 0
        END AS starts_group
    FROM leftover
),
valuation_groups AS NOT MATERIALIZED (
    SELECT
        *,
        sum(starts_group) OVER (
            PARTITION BY lab ORDER BY valuation_usd, day, m_id ROWS UNBOUNDED PRECEDING
        ) AS valuation_group
    FROM valuation_gaps
),
day_gaps AS NOT MATERIALIZED (
    SELECT
        *,
        CASE
            WHEN day - lag(day) OVER (PARTITION BY lab, valuation_group ORDER BY day, m_id) > 120
            THEN 1 ELSE 0
        END AS starts_cluster
    FROM valuation_groups
)
SELECT m_id, cluster_key FROM joined
UNION ALL
SELECT
    m_id,
    hash('valuation', lab, valuation_group, sum(starts_cluster) OVER (
        PARTITION BY lab, valuation_group ORDER BY day, m_id ROWS UNBOUNDED PRECEDING
    )) AS cluster_key
FROM day_gaps;

CREATE OR REPLACE TEMP TABLE fe_assignments AS
SELECT m_id, cluster_key FROM fe_placed
UNION ALL
SELECT m_id, cluster_key FROM fe_valued;

-- each placed mention with its cluster (a view: each use reads only the columns it needs)
CREATE OR REPLACE TEMP VIEW fe_members AS
SELECT a.cluster_key, f.*
FROM fe_assignments a
JOIN fe_m f USING (m_id);

-- one row per cluster: what its mentions say
CREATE OR REPLACE TEMP TABLE fe_summary AS
WITH amounts AS NOT MATERIALIZED (
    -- one row per cluster and amount as reported; its dollars at the first report's rate
    SELECT
        cluster_key, amount, currency,
        arg_min(amount_usd, (reported_at, fact_id)) AS amount_usd,
        -- hedged only when no mention states the amount plainly; then as first reported
        CASE WHEN bool_and(amount_qualifier IS NOT NULL)
            THEN arg_min(amount_qualifier, (reported_at, fact_id)) END AS amount_qualifier,
        max(status_rank) AS best_status, count(*) AS n, min(reported_at) AS first_at
    FROM fe_members
    WHERE amount_usd > 0
    GROUP BY cluster_key, amount, currency
),
chosen_amount AS NOT MATERIALIZED (
    -- the amount of the most advanced status (a closing beats talks), then the most reported,
    -- then the first reported
    SELECT * FROM amounts
    QUALIFY row_number() OVER (
        PARTITION BY cluster_key ORDER BY best_status DESC, n DESC, first_at, amount
    ) = 1
),
valuations AS NOT MATERIALIZED (
    SELECT
        cluster_key, valuation, valuation_currency, valuation_type,
        arg_min(valuation_usd, (reported_at, fact_id)) AS valuation_usd,
        CASE WHEN bool_and(valuation_qualifier IS NOT NULL)
            THEN arg_min(valuation_qualifier, (reported_at, fact_id)) END AS valuation_qualifier,
        count(*) AS n, min(reported_at) AS first_at
    FROM fe_members
    WHERE valuation_usd > 0
    GROUP BY cluster_key, valuation, valuation_currency, valuation_type
),
chosen_valuation AS NOT MATERIALIZED (
    -- post-money when someone reports it, then the most reported, then the first reported
    SELECT * FROM valuations
    QUALIFY row_number() OVER (
        PARTITION BY cluster_key
        ORDER BY CASE valuation_type WHEN 'post' THEN 0 WHEN 'pre' THEN 2 ELSE 1 END,
                 n DESC, first_at, valuation
    ) = 1
),
rounds AS NOT MATERIALIZED (
    SELECT cluster_key, round, count(*) AS n, min(reported_at) AS first_at
    FROM fe_members
    WHERE round IS NOT NULL
    GROUP BY cluster_key, round
    QUALIFY row_number() OVER (PARTITION BY cluster_key ORDER BY n DESC, first_at, round) = 1
),
statuses AS NOT MATERIALIZED (
    SELECT cluster_key, status, min(reported_at) AS first_at
    FROM fe_members
    WHERE status IS NOT NULL
    GROUP BY cluster_key, status
),
history AS NOT MATERIALIZED (
    SELECT cluster_key, list(status ORDER BY first_at, status) AS status_history
    FROM statuses
    GROUP BY cluster_key
),
investors AS NOT MATERIALIZED (
    SELECT cluster_key, list_sort(list(DISTINCT investor)) AS investors
    FROM (
        SELECT cluster_key, unnest(investors) AS investor
        FROM fe_members
        WHERE len(investors) > 0
    )
    WHERE investor IS NOT NULL
    GROUP BY cluster_key
),
per_cluster AS NOT MATERIALIZED (
    SELECT
        cluster_key,
        any_value(lab) AS lab,
        arg_max(status, (status_rank, reported_at)) FILTER (WHERE status IS NOT NULL) AS status,
        list_sort(list(DISTINCT round(amount_usd)) FILTER (WHERE amount_usd > 0))
            AS reported_amounts_usd,
        coalesce(max(amount_usd) > 1.1 * min(amount_usd), FALSE) AS amount_conflict,
        min(reported_at) AS first_seen,
        max(reported_at) AS last_seen,
        list_sort(list(DISTINCT article_id)) AS article_ids,
        list_sort(list(DISTINCT source_url)) AS source_urls,
        list_sort(list(fact_id)) AS fact_ids,
        min(fact_id) AS first_fact_id,
        max(fact_id) AS last_fact_id,
        count(*) AS n_mentions
    FROM fe_members
    GROUP BY cluster_key
)
SELECT
    p.* EXCLUDE (first_fact_id, last_fact_id, n_mentions),
    len(p.article_ids) AS n_sources,
    coalesce(i.investors, []) AS investors,
    r.round,
    ca.amount, ca.currency, ca.amount_usd, ca.amount_qualifier,
    cv.valuation, cv.valuation_currency, cv.valuation_usd, cv.valuation_type, cv.valuation_qualifier,
    h.status_history,
    -- the id a cluster gets when none of its mentions belonged to a surviving event
    md5('funding-event|' || p.first_fact_id) AS fresh_id,
    md5('funding-event|' || p.first_fact_id || '|' || p.last_fact_id || '|' || p.n_mentions)
        AS fallback_id
FROM per_cluster p
LEFT JOIN investors i USING (cluster_key)
LEFT JOIN rounds r USING (cluster_key)
LEFT JOIN chosen_amount ca USING (cluster_key)
LEFT JOIN chosen_valuation cv USING (cluster_key)
LEFT JOIN history h USING (cluster_key);

-- stable ids: each cluster takes the event id most of its already-known mentions had; an id
-- claimed by two clusters (an event split by a correction) stays with the larger share
CREATE OR REPLACE TEMP TABLE fe_ids AS
WITH members AS NOT MATERIALIZED (
    SELECT event_id, unnest(fact_ids) AS fact_id FROM funding_events
),
votes AS NOT MATERIALIZED (
    SELECT f.cluster_key, m.event_id, count(*) AS n
    FROM fe_members f
    JOIN members m USING (fact_id)
    GROUP BY f.cluster_key, m.event_id
),
best AS NOT MATERIALIZED (
    SELECT * FROM votes
    QUALIFY row_number() OVER (PARTITION BY cluster_key ORDER BY n DESC, event_id) = 1
),
kept AS (
    SELECT cluster_key, event_id FROM best
    QUALIFY row_number() OVER (PARTITION BY event_id ORDER BY n DESC, cluster_key) = 1
)
SELECT
    s.cluster_key,
    CASE
        WHEN k.event_id IS NOT NULL THEN k.event_id
        -- the first mention's id is taken when that mention's old event went elsewhere
        WHEN s.fresh_id IN (SELECT event_id FROM kept) THEN s.fallback_id
        ELSE s.fresh_id
    END AS event_id
FROM fe_summary s
LEFT JOIN kept k USING (cluster_key);

-- the events as they are now, with their revision: the previous state is the event's row,
-- or for an event that comes back, its last recorded revision
CREATE OR REPLACE TEMP TABLE fe_next AS
WITH last_revision AS NOT MATERIALIZED (
    SELECT * FROM funding_event_revisions
    QUALIFY row_number() OVER (PARTITION BY event_id ORDER BY revision DESC) = 1
),
compared AS NOT MATERIALIZED (
    SELECT
        i.event_id,
        s.*,
        e.event_id IS NOT NULL AS existed,
        coalesce(e.revision, l.revision) AS previous_revision,
        CASE WHEN e.event_id IS NOT NULL THEN e.status ELSE l.status END AS previous_status,
        CASE WHEN e.event_id IS NOT NULL THEN e.amount ELSE l.amount END AS previous_amount,
        CASE WHEN e.event_id IS NOT NULL THEN e.currency ELSE l.currency END AS previous_currency,
        CASE WHEN e.event_id IS NOT NULL THEN e.amount_usd ELSE l.amount_usd END
            AS previous_amount_usd,
        e.created_at AS previous_created_at,
        e.updated_at AS previous_updated_at,
        -- anything stored differs (a changed event is rewritten, the others are left alone)
        e.event_id IS NULL
            OR (e.lab, e.round, e.amount, e.currency, e.amount_usd, e.valuation_usd,
                e.valuation_type, e.investors, e.status, e.status_history, e.amount_conflict,
                e.first_seen, e.last_seen, e.n_sources, e.article_ids, e.source_urls,
                e.fact_ids, e.reported_amounts_usd, e.valuation, e.valuation_currency,
                e.amount_qualifier, e.valuation_qualifier)
            IS DISTINCT FROM
               (s.lab, s.round, s.amount, s.currency, s.amount_usd, s.valuation_usd,
                s.valuation_type, s.investors, s.status, s.status_history, s.amount_conflict,
                s.first_seen, s.last_seen, s.n_sources, s.article_ids, s.source_urls,
                s.fact_ids, s.reported_amounts_usd, s.valuation, s.valuation_currency,
                s.amount_qualifier, s.valuation_qualifier)
            AS touched
    FROM fe_summary s
    JOIN fe_ids i USING (cluster_key)
    LEFT JOIN funding_events e ON e.event_id = i.event_id
    LEFT JOIN last_revision l ON l.event_id = i.event_id
),
revised AS NOT MATERIALIZED (
    SELECT
        *,
        previous_revision IS NULL
            OR previous_status IS DISTINCT FROM status
            OR previous_amount IS DISTINCT FROM amount
            OR previous_currency IS DISTINCT FROM currency
            OR round(previous_amount_usd) IS DISTINCT FROM round(amount_usd) AS new_revision
    FROM compared
)
SELECT
    *,
    CASE
        WHEN previous_revision IS NULL THEN 1
        WHEN new_revision THEN previous_revision + 1
        ELSE previous_revision
    END AS revision,
    coalesce(previous_created_at, now()) AS created_at,
    CASE WHEN touched OR new_revision THEN now() ELSE previous_updated_at END AS updated_at
FROM revised;

DELETE FROM funding_events
WHERE event_id NOT IN (SELECT event_id FROM fe_next);

INSERT INTO funding_events (
    event_id, lab, round, amount, currency, amount_usd, valuation_usd, valuation_type, investors,
    status, status_history, amount_conflict, first_seen, last_seen, n_sources, article_ids,
    source_urls, fact_ids, revision, created_at, updated_at, reported_amounts_usd, valuation,
    valuation_currency, amount_qualifier, valuation_qualifier
)
SELECT
    event_id, lab, round, amount, currency, amount_usd, valuation_usd, valuation_type, investors,
    status, status_history, amount_conflict, first_seen, last_seen, n_sources, article_ids,
    source_urls, fact_ids, revision, created_at, updated_at, reported_amounts_usd, valuation,
    valuation_currency, amount_qualifier, valuation_qualifier
FROM fe_next
WHERE touched OR new_revision
ON CONFLICT (event_id) DO UPDATE SET
    lab = excluded.lab, round = excluded.round, amount = excluded.amount,
    currency = excluded.currency, amount_usd = excluded.amount_usd,
    valuation_usd = excluded.valuation_usd, valuation_type = excluded.valuation_type,
    investors = excluded.investors, status = excluded.status,
    status_history = excluded.status_history, amount_conflict = excluded.amount_conflict,
    first_seen = excluded.first_seen, last_seen = excluded.last_seen,
    n_sources = excluded.n_sources, article_ids = excluded.article_ids,
    source_urls = excluded.source_urls, fact_ids = excluded.fact_ids,
    revision = excluded.revision, updated_at = excluded.updated_at,
    reported_amounts_usd = excluded.reported_amounts_usd, valuation = excluded.valuation,
    valuation_currency = excluded.valuation_currency, amount_qualifier = excluded.amount_qualifier,
    valuation_qualifier = excluded.valuation_qualifier;

INSERT INTO funding_event_revisions
SELECT event_id, revision, status, amount, currency, amount_usd, n_sources, now()
FROM fe_next
WHERE new_revision
ON CONFLICT (event_id, revision) DO UPDATE SET
    status = excluded.status, amount = excluded.amount, currency = excluded.currency,
    amount_usd = excluded.amount_usd, n_sources = excluded.n_sources,
    changed_at = excluded.changed_at;
