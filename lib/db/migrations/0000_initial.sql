CREATE TABLE "audit_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"event" text NOT NULL,
	"outcome" text NOT NULL,
	"who_id" text,
	"who_role" text,
	"what" text,
	"status" integer,
	"detail" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "budget_block" (
	"id" integer PRIMARY KEY NOT NULL,
	"blocked_until" bigint NOT NULL,
	"block_sent_at" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "budget_calls" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"at" bigint NOT NULL,
	"principal_id" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"id" text PRIMARY KEY NOT NULL,
	"principal_id" text NOT NULL,
	"name" text NOT NULL,
	"role" text NOT NULL,
	"provider" text NOT NULL,
	"signed_in_at" timestamp with time zone NOT NULL,
	"last_seen_at" timestamp with time zone NOT NULL,
	"user_agent" text,
	"expires_at" timestamp with time zone NOT NULL,
	"ended_at" timestamp with time zone,
	"ended_by" text
);
--> statement-breakpoint
CREATE TABLE "sign_in_failures" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"name_key" text NOT NULL,
	"at" bigint NOT NULL
);
--> statement-breakpoint
CREATE INDEX "audit_events_at" ON "audit_events" USING btree ("at");--> statement-breakpoint
CREATE INDEX "audit_events_who" ON "audit_events" USING btree ("who_id","at");--> statement-breakpoint
CREATE INDEX "audit_events_event" ON "audit_events" USING btree ("event","at");--> statement-breakpoint
CREATE INDEX "budget_calls_at" ON "budget_calls" USING btree ("at");--> statement-breakpoint
CREATE INDEX "sessions_principal" ON "sessions" USING btree ("principal_id","signed_in_at");--> statement-breakpoint
CREATE INDEX "sessions_expires" ON "sessions" USING btree ("expires_at");--> statement-breakpoint
CREATE INDEX "sign_in_failures_name" ON "sign_in_failures" USING btree ("name_key","at");--> statement-breakpoint
CREATE INDEX "sign_in_failures_at" ON "sign_in_failures" USING btree ("at");