CREATE TABLE "lead_digests" (
	"user_id" bigint NOT NULL,
	"day" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "lead_digests_user_id_day_pk" PRIMARY KEY("user_id","day")
);
--> statement-breakpoint
ALTER TABLE "action_items" ADD COLUMN "overdue_notified_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "action_items" ADD COLUMN "escalated_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "notifications" ADD COLUMN "email_due_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "notifications" ADD COLUMN "email_attempts" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "notifications" ADD COLUMN "emailed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "lead_digests" ADD CONSTRAINT "lead_digests_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "feedback_contact_nps_idx" ON "feedback" USING btree ("contact_id","received_at","id","nps_score") WHERE nps_score is not null;--> statement-breakpoint
CREATE INDEX "notifications_outbox_idx" ON "notifications" USING btree ("email_due_at") WHERE email_due_at is not null;--> statement-breakpoint
-- Items already past their due time when escalation arrives are not news: mark them told and
-- escalated, so the first run after an upgrade does not send everyone every old item at once.
UPDATE "action_items" SET "overdue_notified_at" = now(), "escalated_at" = CASE WHEN "due_at" < now() - interval '24 hours' THEN now() END
WHERE "status" IN ('OPEN', 'IN_PROGRESS') AND "first_response_at" IS NULL AND "due_at" < now();
