-- Macros the models share. TEMP: they live for the refresh's connection only, so public
-- views must not call them.

-- 'Series B', 'series b round', 'B 轮' -> 'b'; 'Pre-A' -> 'pre-a'; '天使轮' -> 'angel'
CREATE OR REPLACE TEMP MACRO round_key(name) AS (
    nullif(
        replace(replace(replace(trim(regexp_replace(regexp_replace(regexp_replace(regexp_replace(
            lower(trim(name)), '\s+', ' ', 'g'),
            '^(series|round) ', ''),
            '\s*(funding round|funding|financing|round|轮融资|轮|輪融資|輪|融资|融資)$', ''),
            '^series ', '')), '天使', 'angel'), '种子', 'seed'), '種子', 'seed'),
        ''
    )
);

-- a round name that a lab uses once (Series B, A1, seed): mentions of it merge at any distance
-- in time; other names ('strategic', 'credit facility') recur and merge only within 120 days
CREATE OR REPLACE TEMP MACRO round_is_unique(key) AS (
    coalesce(regexp_full_match(key, '(pre-?)?([a-k](\d+|\+*)|seed|angel)'), FALSE)
);

-- the UTC calendar day of a timestamp (independent of the session's time zone)
CREATE OR REPLACE TEMP MACRO utc_day(ts) AS (CAST(timezone('UTC', ts) AS DATE));

-- a number of GPUs written in a text: 100,000 / 100000 / 100k / 10 万 / 1.5 萬
CREATE OR REPLACE TEMP MACRO count_in_text(txt, n) AS (
    txt IS NOT NULL AND n IS NOT NULL AND n > 0 AND (
        contains(txt, format('{:,}', n))
        OR regexp_matches(txt, '(^|[^0-9.,])' || CAST(n AS VARCHAR) || '([^0-9]|$)')
        OR (n % 1000 = 0 AND regexp_matches(lower(txt),
            '(^|[^0-9.])' || CAST(n // 1000 AS VARCHAR) || ' ?k\b'))
        OR (n % 1000 = 0 AND regexp_matches(txt,
            '(^|[^0-9.])'
            || replace(rtrim(rtrim(printf('%.4f', n / 10000.0), '0'), '.'), '.', '\.')
            || '\s*[万萬]'))
    )
);

-- a text names a lab: a whole-word, case-insensitive match
CREATE OR REPLACE TEMP MACRO names_lab(subject, lab) AS (
    regexp_matches(
        lower(coalesce(subject, '')),
        '(^|\W)' || regexp_replace(lower(lab), '([.^$*+?()\[\]{}|\\])', '\\\1', 'g') || '(\W|$)'
    )
);

-- ISO code of a currency as the extractor or an analyst may write it
CREATE OR REPLACE TEMP MACRO currency_code(c) AS (
    CASE upper(trim(c)) WHEN 'RMB' THEN 'CNY' WHEN 'US$' THEN 'USD' ELSE upper(trim(c)) END
);

-- which series a GPU status belongs to: announced plans, or what runs now
CREATE OR REPLACE TEMP MACRO horizon_of(status) AS (
    CASE WHEN status = 'planned' THEN 'planned' ELSE 'current' END
);
