-- lab_compute: per lab, chip and horizon (current = operational/training/unknown, planned),
-- the latest observation, with H100-equivalents and 16-bit FLOP/s.
CREATE OR REPLACE VIEW lab_compute AS
WITH horizons AS (
    SELECT
        *,
        CASE WHEN status = 'planned' THEN 'planned' ELSE 'current' END AS horizon
    FROM gpu_observations
),
latest AS (
    SELECT
        *,
        row_number() OVER (
            PARTITION BY owner, chip, horizon ORDER BY observed_on DESC, count DESC
        ) AS recency
    FROM horizons
)
SELECT
    owner AS lab,
    horizon,
    chip,
    status,
    count AS gpus,
    h100e,
    flops_16bit,
    observed_on,
    target_date,
    source_url
FROM latest
WHERE recency = 1;
