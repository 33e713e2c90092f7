-- 007: the hedge on a funding event's amount and valuation ("over", "about", ...), set only
-- when none of the mentions that report the chosen figure states it plainly (models/sql/020).
ALTER TABLE funding_events ADD COLUMN IF NOT EXISTS amount_qualifier VARCHAR;
ALTER TABLE funding_events ADD COLUMN IF NOT EXISTS valuation_qualifier VARCHAR;
