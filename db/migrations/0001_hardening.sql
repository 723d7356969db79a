-- Hardening (issue 6). Derived text is computed when written: the masked verbatim (and the search
-- document built from it) and the rendered markdown of ideas and comments. Rows written before this
-- migration are filled in by refreshDerivedText (db/src/derived/refresh.ts), which runs right after the
-- migrations; the checks are NOT VALID so that they hold for every new write without refusing those rows.
CREATE TABLE "sign_in_throttle" (
	"address" text PRIMARY KEY NOT NULL,
	"failures" integer DEFAULT 0 NOT NULL,
	"window_started_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "feedback" ADD COLUMN "text_masked" text;--> statement-breakpoint
ALTER TABLE "feedback" ADD COLUMN "text_mask_version" smallint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "feedback" drop column "search_doc";--> statement-breakpoint
ALTER TABLE "feedback" ADD COLUMN "search_doc" "tsvector" GENERATED ALWAYS AS (to_tsvector((case language
  when 'en' then 'english'::regconfig when 'nb' then 'norwegian'::regconfig
  when 'no' then 'norwegian'::regconfig when 'sv' then 'swedish'::regconfig
  else 'simple'::regconfig end),
        replace(replace(coalesce(text_masked, ''), '[email hidden]', ' '), '[phone hidden]', ' '))) STORED;--> statement-breakpoint
CREATE INDEX "feedback_search_idx" ON "feedback" USING gin ("search_doc");--> statement-breakpoint
ALTER TABLE "feedback_comments" ADD COLUMN "body_html" text;--> statement-breakpoint
ALTER TABLE "feedback_comments" ADD COLUMN "html_version" smallint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "idea_comments" ADD COLUMN "body_html" text;--> statement-breakpoint
ALTER TABLE "idea_comments" ADD COLUMN "html_version" smallint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "ideas" ADD COLUMN "body_html" text;--> statement-breakpoint
ALTER TABLE "ideas" ADD COLUMN "html_version" smallint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "feedback" ADD CONSTRAINT "feedback_text_masked" CHECK ((text is null) = (text_masked is null)) NOT VALID;--> statement-breakpoint
ALTER TABLE "feedback_comments" ADD CONSTRAINT "feedback_comments_body_html" CHECK (body_html is not null) NOT VALID;--> statement-breakpoint
ALTER TABLE "idea_comments" ADD CONSTRAINT "idea_comments_body_html" CHECK (body_html is not null) NOT VALID;--> statement-breakpoint
ALTER TABLE "ideas" ADD CONSTRAINT "ideas_body_html" CHECK (body_html is not null) NOT VALID;--> statement-breakpoint
-- Disabling a user ends their sessions for good, whoever disables them and however: re-enabling the
-- user later must not bring old sessions back.
CREATE FUNCTION end_sessions_of_disabled_user() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM sessions WHERE user_id = NEW.id;
  RETURN NEW;
END $$;--> statement-breakpoint
CREATE TRIGGER users_disabled_end_sessions AFTER UPDATE OF disabled_at ON users
  FOR EACH ROW WHEN (NEW.disabled_at IS NOT NULL AND OLD.disabled_at IS NULL)
  EXECUTE FUNCTION end_sessions_of_disabled_user();--> statement-breakpoint
-- Notifications name the comment they are about instead of carrying its first words, which an edit
-- or a hiding would otherwise leave behind.
UPDATE notifications SET payload = payload - 'excerpt' WHERE payload ? 'excerpt';
