CREATE TABLE "overview_claims" (
	"scope" text PRIMARY KEY NOT NULL,
	"replica" text NOT NULL,
	"until" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "overview_days" (
	"scope" text NOT NULL,
	"day" text NOT NULL,
	"tally" jsonb NOT NULL,
	"counted_at" timestamp with time zone NOT NULL,
	CONSTRAINT "overview_days_scope_day_pk" PRIMARY KEY("scope","day")
);
