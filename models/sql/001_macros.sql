-- Macros the models share. Stored in the warehouse (not TEMP) because the model views below
-- use them and any read-only process must be able to query those views.

-- 'Series B', 'series b round', 'B 轮' -> 'b'; 'Pre-A' -> 'pre-a'; '天使轮' -> 'angel'
CREATE OR REPLACE MACRO round_key(name) AS (
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
CREATE OR REPLACE MACRO round_is_unique(key) AS (
    coalesce(regexp_full_match(key, '(pre-?)?([a-k](\d+|\+*)|seed|angel)'), FALSE)
);

-- the UTC calendar day of a timestamp, whatever the session's time zone
CREATE OR REPLACE MACRO utc_day(ts) AS (
    DATE '1970-01-01' + CAST(floor(epoch(ts) / 86400) AS INTEGER)
);

-- the numbers a text states, as plain numbers: 100,000 / 100000 / 100k / 10 万 / 1.5 萬
CREATE OR REPLACE MACRO numbers_in_text(txt) AS (
    list_transform(
        regexp_extract_all(
            lower(coalesce(txt, '')), '(?:^|[^a-z0-9.])(\d[\d,]*(?:\.\d+)?\s*(?:k\b|万|萬)?)', 1
        ),
        x -> TRY_CAST(replace(rtrim(x, 'k万萬 '), ',', '') AS DOUBLE) * CASE
            WHEN x LIKE '%k' THEN 1000
            WHEN x LIKE '%万' OR x LIKE '%萬' THEN 10000
            ELSE 1
        END
    )
);

-- a text's words, lower case, space-separated and space-padded, so that a lab's name is found
-- whole: contains(word_form(subject), word_form(lab)). Constant patterns only: a pattern
-- built per row would be compiled per row.
CREATE OR REPLACE MACRO word_form(txt) AS (
    ' ' || trim(regexp_replace(lower(coalesce(txt, '')), '[^a-z0-9]+', ' ', 'g')) || ' '
);

-- ISO code of a currency as the extractor or an analyst may write it
CREATE OR REPLACE MACRO currency_code(c) AS (
    CASE upper(trim(c)) WHEN 'RMB' THEN 'CNY' WHEN 'US$' THEN 'USD' ELSE upper(trim(c)) END
);

-- which series a GPU status belongs to: announced plans, or what runs now
CREATE OR REPLACE MACRO horizon_of(status) AS (
    CASE WHEN status = 'planned' THEN 'planned' ELSE 'current' END
);

-- a day as a number, for fits and gaps
CREATE OR REPLACE MACRO day_number(d) AS (date_diff('day', DATE '1970-01-01', d));
