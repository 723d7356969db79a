CREATE TABLE "follow_up_facts" (
	"feedback_id" bigint PRIMARY KEY NOT NULL,
	"received_at" timestamp with time zone NOT NULL,
	"department_id" bigint,
	"product_id" bigint,
	"channel" "channel" NOT NULL,
	"customer_id" bigint,
	"nps_score" smallint,
	"csat_score" smallint,
	"ces_score" smallint,
	"category" "category" NOT NULL,
	"first_response_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "follow_up_facts" ADD CONSTRAINT "follow_up_facts_feedback_id_feedback_id_fk" FOREIGN KEY ("feedback_id") REFERENCES "public"."feedback"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "follow_up_facts_received_idx" ON "follow_up_facts" USING btree ("received_at");--> statement-breakpoint
-- Which feedback an SLA policy could ever ask to follow up, whatever the policies say: one with a score
-- (a policy's ceilings are on NPS, CSAT and CES), or a complaint or bug (followed up whatever the score).
CREATE FUNCTION follow_up_candidate(category category, nps smallint, csat smallint, ces smallint) RETURNS boolean
  LANGUAGE sql IMMUTABLE AS $fn$ SELECT category IN ('COMPLAINT', 'BUG') OR nps IS NOT NULL OR csat IS NOT NULL OR ces IS NOT NULL $fn$;
--> statement-breakpoint
CREATE FUNCTION follow_up_facts_on_feedback_insert() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  INSERT INTO follow_up_facts (feedback_id, received_at, department_id, product_id, channel, customer_id, nps_score, csat_score, ces_score, category)
  SELECT n.id, n.received_at, n.department_id, n.product_id, n.channel, n.customer_id, n.nps_score, n.csat_score, n.ces_score, n.category
  FROM new_rows n WHERE follow_up_candidate(n.category, n.nps_score, n.csat_score, n.ces_score);
  RETURN NULL;
END $fn$;
--> statement-breakpoint
-- Only rows whose copied columns changed are rewritten (a loop status or masked text costs nothing).
CREATE FUNCTION follow_up_facts_on_feedback_update() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  WITH changed AS (
    SELECT n.*, follow_up_candidate(n.category, n.nps_score, n.csat_score, n.ces_score) AS candidate
    FROM old_rows o JOIN new_rows n ON n.id = o.id
    WHERE (o.received_at, o.department_id, o.product_id, o.channel, o.customer_id, o.nps_score, o.csat_score, o.ces_score, o.category)
      IS DISTINCT FROM (n.received_at, n.department_id, n.product_id, n.channel, n.customer_id, n.nps_score, n.csat_score, n.ces_score, n.category)
  ), dropped AS (
    DELETE FROM follow_up_facts WHERE feedback_id IN (SELECT id FROM changed WHERE NOT candidate)
  )
  INSERT INTO follow_up_facts (feedback_id, received_at, department_id, product_id, channel, customer_id, nps_score, csat_score, ces_score, category, first_response_at)
  SELECT n.id, n.received_at, n.department_id, n.product_id, n.channel, n.customer_id, n.nps_score, n.csat_score, n.ces_score, n.category,
    (SELECT min(a.first_response_at) FROM action_items a WHERE a.feedback_id = n.id)
  FROM changed n WHERE n.candidate
  ON CONFLICT (feedback_id) DO UPDATE SET received_at = excluded.received_at, department_id = excluded.department_id,
    product_id = excluded.product_id, channel = excluded.channel, customer_id = excluded.customer_id, nps_score = excluded.nps_score,
    csat_score = excluded.csat_score, ces_score = excluded.ces_score, category = excluded.category;
  RETURN NULL;
END $fn$;
--> statement-breakpoint
-- An action item made, answered, moved or removed: its feedback's first response is the earliest again.
CREATE FUNCTION follow_up_facts_refresh(feedback_ids bigint[]) RETURNS void LANGUAGE sql AS $fn$
  UPDATE follow_up_facts f SET first_response_at = x.first
  FROM (SELECT u.fid, (SELECT min(a.first_response_at) FROM action_items a WHERE a.feedback_id = u.fid) AS first
        FROM unnest(feedback_ids) AS u(fid)) x
  WHERE f.feedback_id = x.fid AND f.first_response_at IS DISTINCT FROM x.first
$fn$;
--> statement-breakpoint
CREATE FUNCTION follow_up_facts_on_action_item_insert() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  PERFORM follow_up_facts_refresh(array(SELECT DISTINCT feedback_id FROM new_rows WHERE feedback_id IS NOT NULL AND first_response_at IS NOT NULL));
  RETURN NULL;
END $fn$;
--> statement-breakpoint
-- only items whose feedback or first response changed (a status, a title, an escalation mark cost nothing)
CREATE FUNCTION follow_up_facts_on_action_item_update() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  PERFORM follow_up_facts_refresh(array(
    SELECT DISTINCT unnest(array[o.feedback_id, n.feedback_id]) FROM old_rows o JOIN new_rows n ON n.id = o.id
    WHERE (o.feedback_id, o.first_response_at) IS DISTINCT FROM (n.feedback_id, n.first_response_at)));
  RETURN NULL;
END $fn$;
--> statement-breakpoint
CREATE FUNCTION follow_up_facts_on_action_item_delete() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  PERFORM follow_up_facts_refresh(array(SELECT DISTINCT feedback_id FROM old_rows WHERE feedback_id IS NOT NULL AND first_response_at IS NOT NULL));
  RETURN NULL;
END $fn$;
--> statement-breakpoint
CREATE TRIGGER follow_up_facts_feedback_insert AFTER INSERT ON feedback REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION follow_up_facts_on_feedback_insert();
--> statement-breakpoint
CREATE TRIGGER follow_up_facts_feedback_update AFTER UPDATE ON feedback REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION follow_up_facts_on_feedback_update();
--> statement-breakpoint
CREATE TRIGGER follow_up_facts_action_items_insert AFTER INSERT ON action_items REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION follow_up_facts_on_action_item_insert();
--> statement-breakpoint
CREATE TRIGGER follow_up_facts_action_items_update AFTER UPDATE ON action_items REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION follow_up_facts_on_action_item_update();
--> statement-breakpoint
CREATE TRIGGER follow_up_facts_action_items_delete AFTER DELETE ON action_items REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION follow_up_facts_on_action_item_delete();
--> statement-breakpoint
-- What is there already.
INSERT INTO follow_up_facts (feedback_id, received_at, department_id, product_id, channel, customer_id, nps_score, csat_score, ces_score, category, first_response_at)
SELECT f.id, f.received_at, f.department_id, f.product_id, f.channel, f.customer_id, f.nps_score, f.csat_score, f.ces_score, f.category, a.first
FROM feedback f LEFT JOIN (SELECT feedback_id, min(first_response_at) AS first FROM action_items WHERE feedback_id IS NOT NULL GROUP BY feedback_id) a
  ON a.feedback_id = f.id
WHERE follow_up_candidate(f.category, f.nps_score, f.csat_score, f.ces_score);
