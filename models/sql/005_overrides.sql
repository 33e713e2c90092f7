-- The analyst overrides in effect (table `overrides`, written by `computewatch override`):
-- the latest value set per fact and field, and the rejected facts. Every model reads facts
-- through these, so a correction shows everywhere and outlives re-extraction (fact ids are
-- stable while the extracted fact is the same).
CREATE OR REPLACE VIEW override_values AS
SELECT fact_kind, fact_id, field, arg_max_null(value, (created_at, override_id)) AS value
FROM overrides
WHERE action = 'set' AND field IS NOT NULL
GROUP BY fact_kind, fact_id, field;

CREATE OR REPLACE VIEW override_rejects AS
SELECT DISTINCT fact_kind, fact_id
FROM overrides
WHERE action = 'reject';
