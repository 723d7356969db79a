-- The recovery rate looks up each detractor's next NPS answer from the same contact (api/src/modules/
-- actions/response-times.ts). Only NPS answers, with the score in the index: an index-only lookup
-- instead of visiting the table for every answer of the contact.
CREATE INDEX IF NOT EXISTS "feedback_contact_nps_idx" ON "feedback" USING btree ("contact_id", "received_at", "id") INCLUDE ("nps_score") WHERE "nps_score" IS NOT NULL;
