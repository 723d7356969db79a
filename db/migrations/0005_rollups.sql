CREATE TABLE "feedback_rollup" (
	"grouping" smallint NOT NULL,
	"day" date NOT NULL,
	"department_id" bigint,
	"product_id" bigint,
	"region" text,
	"segment" "segment",
	"channel" "channel",
	"survey_id" bigint,
	"volume" bigint DEFAULT 0 NOT NULL,
	"promoters" bigint DEFAULT 0 NOT NULL,
	"passives" bigint DEFAULT 0 NOT NULL,
	"detractors" bigint DEFAULT 0 NOT NULL,
	"csat_n" bigint DEFAULT 0 NOT NULL,
	"csat_top2" bigint DEFAULT 0 NOT NULL,
	"ces_n" bigint DEFAULT 0 NOT NULL,
	"ces_sum" bigint DEFAULT 0 NOT NULL,
	"ces_sumsq" bigint DEFAULT 0 NOT NULL,
	"ces_agree" bigint DEFAULT 0 NOT NULL,
	"cli_n" bigint DEFAULT 0 NOT NULL,
	"cli_sum" bigint DEFAULT 0 NOT NULL,
	"cli_sumsq" bigint DEFAULT 0 NOT NULL,
	"positive" bigint DEFAULT 0 NOT NULL,
	"neutral" bigint DEFAULT 0 NOT NULL,
	"negative" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "feedback_rollup_key" UNIQUE NULLS NOT DISTINCT("grouping","day","department_id","product_id","region","segment","channel","survey_id")
);
--> statement-breakpoint
CREATE TABLE "rollup_state" (
	"id" boolean PRIMARY KEY DEFAULT true NOT NULL,
	"time_zone" text NOT NULL,
	"built_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
-- The rollup's arithmetic, written once: given a query of signed change rows (sign, day, the six
-- dimensions, the scores and sentiment), the statement that adds them to every grain of the rollup.
-- Rows are upserted in key order, so two transactions adding to the same rows cannot deadlock.
CREATE FUNCTION feedback_rollup_merge(changes text) RETURNS text LANGUAGE sql IMMUTABLE AS $fn$
SELECT format($q$
  INSERT INTO feedback_rollup AS r (grouping, day, department_id, product_id, region, segment, channel, survey_id,
    volume, promoters, passives, detractors, csat_n, csat_top2, ces_n, ces_sum, ces_sumsq, ces_agree,
    cli_n, cli_sum, cli_sumsq, positive, neutral, negative)
  SELECT grouping(c.department_id, c.product_id, c.region, c.segment, c.channel, c.survey_id),
    c.day, c.department_id, c.product_id, c.region, c.segment, c.channel, c.survey_id,
    sum(c.sign),
    coalesce(sum(c.sign) FILTER (WHERE c.nps_score >= 9), 0),
    coalesce(sum(c.sign) FILTER (WHERE c.nps_score BETWEEN 7 AND 8), 0),
    coalesce(sum(c.sign) FILTER (WHERE c.nps_score <= 6), 0),
    coalesce(sum(c.sign) FILTER (WHERE c.csat_score IS NOT NULL), 0),
    coalesce(sum(c.sign) FILTER (WHERE c.csat_score >= 4), 0),
    coalesce(sum(c.sign) FILTER (WHERE c.ces_score IS NOT NULL), 0),
    coalesce(sum(c.sign * c.ces_score), 0),
    coalesce(sum(c.sign * c.ces_score * c.ces_score), 0),
    coalesce(sum(c.sign) FILTER (WHERE c.ces_score >= 5), 0),
    coalesce(sum(c.sign) FILTER (WHERE c.nps_score IS NOT NULL AND c.repurchase_score IS NOT NULL AND c.cross_buy_score IS NOT NULL), 0),
    coalesce(sum(c.sign * (c.nps_score + c.repurchase_score + c.cross_buy_score)), 0),
    coalesce(sum(c.sign * (c.nps_score + c.repurchase_score + c.cross_buy_score) * (c.nps_score + c.repurchase_score + c.cross_buy_score)), 0),
    coalesce(sum(c.sign) FILTER (WHERE c.sentiment = 'POSITIVE'), 0),
    coalesce(sum(c.sign) FILTER (WHERE c.sentiment = 'NEUTRAL'), 0),
    coalesce(sum(c.sign) FILTER (WHERE c.sentiment = 'NEGATIVE'), 0)
  FROM (%s) c
  GROUP BY c.day, GROUPING SETS ((), (c.department_id), (c.product_id), (c.region), (c.segment), (c.channel), (c.survey_id),
    (c.department_id, c.product_id, c.region, c.segment, c.channel, c.survey_id))
  ORDER BY 1, 2, 3, 4, 5, 6, 7, 8
  ON CONFLICT (grouping, day, department_id, product_id, region, segment, channel, survey_id) DO UPDATE SET
    volume = r.volume + excluded.volume, promoters = r.promoters + excluded.promoters,
    passives = r.passives + excluded.passives, detractors = r.detractors + excluded.detractors,
    csat_n = r.csat_n + excluded.csat_n, csat_top2 = r.csat_top2 + excluded.csat_top2,
    ces_n = r.ces_n + excluded.ces_n, ces_sum = r.ces_sum + excluded.ces_sum,
    ces_sumsq = r.ces_sumsq + excluded.ces_sumsq, ces_agree = r.ces_agree + excluded.ces_agree,
    cli_n = r.cli_n + excluded.cli_n, cli_sum = r.cli_sum + excluded.cli_sum, cli_sumsq = r.cli_sumsq + excluded.cli_sumsq,
    positive = r.positive + excluded.positive, neutral = r.neutral + excluded.neutral, negative = r.negative + excluded.negative
$q$, changes)
$fn$;
--> statement-breakpoint
-- Signed change rows of a set of feedback rows (`source`: a table or a parenthesised query with
-- feedback's columns), each with its customer's region and segment, or with `customer` giving them.
CREATE FUNCTION feedback_rollup_rows(source text, sign int, time_zone text, customer text DEFAULT 'customers')
RETURNS text LANGUAGE sql IMMUTABLE AS $fn$
SELECT format($q$
  SELECT %s::int AS sign, (f.received_at AT TIME ZONE %L)::date AS day, f.department_id, f.product_id,
    cu.region, cu.segment, f.channel, f.survey_id, f.nps_score, f.csat_score, f.ces_score,
    f.repurchase_score, f.cross_buy_score, f.sentiment
  FROM %s f LEFT JOIN %s cu ON cu.id = f.customer_id
$q$, sign, time_zone, source, customer)
$fn$;
--> statement-breakpoint
-- The triggers: statement-level with transition tables, so a batch of a thousand rows is one upsert.
-- They run in the writing transaction: the rollup commits, or rolls back, with the feedback.
CREATE FUNCTION feedback_rollup_on_insert() RETURNS trigger LANGUAGE plpgsql AS $fn$
DECLARE tz text := (SELECT time_zone FROM rollup_state);
BEGIN
  IF tz IS NOT NULL THEN EXECUTE feedback_rollup_merge(feedback_rollup_rows('new_rows', 1, tz)); END IF;
  RETURN NULL;
END $fn$;
--> statement-breakpoint
CREATE FUNCTION feedback_rollup_on_delete() RETURNS trigger LANGUAGE plpgsql AS $fn$
DECLARE tz text := (SELECT time_zone FROM rollup_state);
BEGIN
  IF tz IS NOT NULL THEN EXECUTE feedback_rollup_merge(feedback_rollup_rows('old_rows', -1, tz)); END IF;
  RETURN NULL;
END $fn$;
--> statement-breakpoint
-- An update moves a row out of its old cells and into its new ones; rows whose counted columns did not
-- change (a loop status, a masked text) are left out, so they cost the rollup nothing.
CREATE FUNCTION feedback_rollup_on_update() RETURNS trigger LANGUAGE plpgsql AS $fn$
DECLARE
  tz text := (SELECT time_zone FROM rollup_state);
  changed text := '(SELECT %s.* FROM old_rows o JOIN new_rows n ON n.id = o.id
    WHERE (o.received_at, o.department_id, o.product_id, o.customer_id, o.channel, o.survey_id, o.nps_score, o.csat_score,
      o.ces_score, o.repurchase_score, o.cross_buy_score, o.sentiment)
      IS DISTINCT FROM (n.received_at, n.department_id, n.product_id, n.customer_id, n.channel, n.survey_id, n.nps_score,
      n.csat_score, n.ces_score, n.repurchase_score, n.cross_buy_score, n.sentiment))';
BEGIN
  IF tz IS NOT NULL THEN
    EXECUTE feedback_rollup_merge(feedback_rollup_rows(format(changed, 'o'), -1, tz)
      || ' UNION ALL ' || feedback_rollup_rows(format(changed, 'n'), 1, tz));
  END IF;
  RETURN NULL;
END $fn$;
--> statement-breakpoint
-- A customer's region or segment is its feedback's: a change moves all of it.
CREATE FUNCTION feedback_rollup_on_customer_update() RETURNS trigger LANGUAGE plpgsql AS $fn$
DECLARE
  tz text := (SELECT time_zone FROM rollup_state);
  moved text := '(SELECT %s.* FROM old_rows o JOIN new_rows n ON n.id = o.id
    WHERE (o.region, o.segment) IS DISTINCT FROM (n.region, n.segment))';
BEGIN
  IF tz IS NOT NULL THEN
    EXECUTE feedback_rollup_merge(
      feedback_rollup_rows('(SELECT * FROM feedback WHERE customer_id IN (SELECT id FROM ' || format(moved, 'o') || ' m))', -1, tz, format(moved, 'o'))
      || ' UNION ALL '
      || feedback_rollup_rows('(SELECT * FROM feedback WHERE customer_id IN (SELECT id FROM ' || format(moved, 'n') || ' m))', 1, tz, format(moved, 'n')));
  END IF;
  RETURN NULL;
END $fn$;
--> statement-breakpoint
CREATE TRIGGER feedback_rollup_insert AFTER INSERT ON feedback REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION feedback_rollup_on_insert();
--> statement-breakpoint
CREATE TRIGGER feedback_rollup_delete AFTER DELETE ON feedback REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION feedback_rollup_on_delete();
--> statement-breakpoint
CREATE TRIGGER feedback_rollup_update AFTER UPDATE ON feedback REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION feedback_rollup_on_update();
--> statement-breakpoint
CREATE TRIGGER feedback_rollup_customer_update AFTER UPDATE ON customers REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION feedback_rollup_on_customer_update();
