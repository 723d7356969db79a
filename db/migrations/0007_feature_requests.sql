ALTER TABLE "departments" ADD COLUMN "owns_feature_requests" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "action_items" ADD COLUMN "feature_request_id" bigint;--> statement-breakpoint
ALTER TABLE "feature_request_feedback" ADD COLUMN "customer_id" bigint;--> statement-breakpoint
ALTER TABLE "feature_request_feedback" ADD COLUMN "received_at" timestamp with time zone;--> statement-breakpoint
UPDATE "feature_request_feedback" l SET customer_id = f.customer_id, received_at = f.received_at FROM feedback f WHERE f.id = l.feedback_id;--> statement-breakpoint
ALTER TABLE "feature_request_feedback" ALTER COLUMN "received_at" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "feature_requests" ADD COLUMN "merged_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "feature_requests" ADD COLUMN "search_doc" "tsvector" GENERATED ALWAYS AS (to_tsvector('english', title || ' ' || coalesce(description, '')) || to_tsvector('norwegian', title || ' ' || coalesce(description, ''))
        || to_tsvector('swedish', title || ' ' || coalesce(description, '')) || to_tsvector('simple', title || ' ' || coalesce(description, ''))) STORED;--> statement-breakpoint
ALTER TABLE "action_items" ADD CONSTRAINT "action_items_feature_request_id_feature_requests_id_fk" FOREIGN KEY ("feature_request_id") REFERENCES "public"."feature_requests"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feature_request_feedback" ADD CONSTRAINT "feature_request_feedback_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feature_requests" ADD CONSTRAINT "feature_requests_merged_into_id_feature_requests_id_fk" FOREIGN KEY ("merged_into_id") REFERENCES "public"."feature_requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "action_items_feature_request_idx" ON "action_items" USING btree ("feature_request_id") WHERE feature_request_id is not null;--> statement-breakpoint
CREATE INDEX "frf_request_received_idx" ON "feature_request_feedback" USING btree ("feature_request_id","received_at");--> statement-breakpoint
CREATE INDEX "feature_requests_merged_idx" ON "feature_requests" USING btree ("merged_into_id");--> statement-breakpoint
CREATE INDEX "feature_requests_search_idx" ON "feature_requests" USING gin ("search_doc");--> statement-breakpoint
-- The product team of an existing installation: the department called Product (another can be marked in
-- the database until the administration screens manage it).
UPDATE "departments" SET owns_feature_requests = true WHERE name = 'Product';
--> statement-breakpoint
-- A link carries its feedback's customer and arrival, whoever writes it (the API, the seed's COPY):
-- filled here before the NOT NULL check, so a writer cannot get them wrong.
CREATE FUNCTION feature_request_link_copy() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  SELECT f.customer_id, f.received_at INTO NEW.customer_id, NEW.received_at FROM feedback f WHERE f.id = NEW.feedback_id;
  RETURN NEW;
END $fn$;
--> statement-breakpoint
CREATE TRIGGER feature_request_link_copy BEFORE INSERT OR UPDATE OF feedback_id ON feature_request_feedback
  FOR EACH ROW EXECUTE FUNCTION feature_request_link_copy();
--> statement-breakpoint
-- …and follows it when the feedback moves to another customer or its arrival is corrected. A row trigger
-- limited to those two columns: every other update of feedback (loop status, routing, masking) costs
-- nothing here, where a statement trigger would build transition tables for all of them.
CREATE FUNCTION feature_request_link_follow() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  UPDATE feature_request_feedback SET customer_id = NEW.customer_id, received_at = NEW.received_at WHERE feedback_id = NEW.id;
  RETURN NULL;
END $fn$;
--> statement-breakpoint
CREATE TRIGGER feature_request_link_follow AFTER UPDATE OF customer_id, received_at ON feedback
  FOR EACH ROW WHEN (OLD.customer_id IS DISTINCT FROM NEW.customer_id OR OLD.received_at IS DISTINCT FROM NEW.received_at)
  EXECUTE FUNCTION feature_request_link_follow();
