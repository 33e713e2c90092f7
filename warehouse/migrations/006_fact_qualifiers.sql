-- 006: the hedge the text puts on each number ("over", "about", "up to", ..., or
-- "range:LOW-HIGH"), kept beside the number instead of only lowering the confidence:
-- a valuation "超过 240 亿美元" is stored as 24e9 with valuation_qualifier 'over'.
-- Facts stored by an older extractor keep NULL until their article is re-extracted.
ALTER TABLE funding_facts ADD COLUMN IF NOT EXISTS valuation_qualifier VARCHAR;
ALTER TABLE gpu_facts ADD COLUMN IF NOT EXISTS qualifier VARCHAR;
ALTER TABLE cost_facts ADD COLUMN IF NOT EXISTS qualifier VARCHAR;
ALTER TABLE power_facts ADD COLUMN IF NOT EXISTS qualifier VARCHAR;
