-- 004: alert delivery that survives overlapping runs and crashes.
--
-- alerts_outbox.state is now one of:
--   pending     waiting for delivery (or for its next retry, see next_attempt_at)
--   sending     claimed by one delivery run (claim_id, claimed_at); no other run sends it
--   sent        delivered; never sent again
--   superseded  a newer revision of the same event was queued for the channel before this
--               one went out, so only the newer one is sent
-- alerted_status / alerted_amount_usd keep what the alert said, so a follow-up can say what changed.

ALTER TABLE alerts_outbox ADD COLUMN claim_id VARCHAR;
ALTER TABLE alerts_outbox ADD COLUMN claimed_at TIMESTAMPTZ;
ALTER TABLE alerts_outbox ADD COLUMN alerted_status VARCHAR;
ALTER TABLE alerts_outbox ADD COLUMN alerted_amount_usd DOUBLE;

-- Public view: one row per alert and channel, with the funding event it is about.
-- `channel` is a hash of the apprise URL (scheme:hash), never the URL.
CREATE OR REPLACE VIEW alert_deliveries AS
SELECT
    o.event_id,
    e.lab,
    e.round,
    o.channel,
    o.revision,
    o.kind,
    o.state,
    o.attempts,
    o.last_error,
    o.next_attempt_at,
    o.created_at,
    o.sent_at,
    o.title
FROM alerts_outbox o
LEFT JOIN funding_events e USING (event_id);
