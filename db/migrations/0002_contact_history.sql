DROP INDEX "feedback_contact_idx";--> statement-breakpoint
CREATE INDEX "feedback_contact_received_idx" ON "feedback" USING btree ("contact_id","received_at","id");