CREATE TABLE "remediation_requests" (
	"id" text PRIMARY KEY NOT NULL,
	"action" text NOT NULL,
	"message_ids" jsonb NOT NULL,
	"destination" text,
	"justification" text,
	"requested_by_id" text NOT NULL,
	"requested_by_name" text NOT NULL,
	"status" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"finished_at" timestamp with time zone,
	"results" jsonb,
	"failure" text
);
--> statement-breakpoint
CREATE INDEX "remediation_requests_created" ON "remediation_requests" USING btree ("created_at");