CREATE TABLE "triage_changes" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"message_id" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"who_id" text NOT NULL,
	"who_name" text NOT NULL,
	"field" text NOT NULL,
	"before" text,
	"after" text,
	"version" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "triage_items" (
	"message_id" text PRIMARY KEY NOT NULL,
	"postfix_id" text,
	"status" text NOT NULL,
	"assignee_id" text,
	"assignee_name" text,
	"verdict" text,
	"verdict_reason" text,
	"version" integer NOT NULL,
	"changed_at" timestamp with time zone NOT NULL,
	"subject" text,
	"sender" text,
	"recipients" jsonb NOT NULL,
	"disposition" text,
	"received_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "triage_notes" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"message_id" text NOT NULL,
	"author_id" text NOT NULL,
	"author_name" text NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"edited_at" timestamp with time zone
);
--> statement-breakpoint
CREATE INDEX "triage_changes_message" ON "triage_changes" USING btree ("message_id","id");--> statement-breakpoint
CREATE INDEX "triage_items_assignee" ON "triage_items" USING btree ("assignee_id","status");--> statement-breakpoint
CREATE INDEX "triage_items_status" ON "triage_items" USING btree ("status","changed_at");--> statement-breakpoint
CREATE INDEX "triage_notes_message" ON "triage_notes" USING btree ("message_id","id");