ALTER TABLE "remediation_requests" ADD COLUMN "search" jsonb;--> statement-breakpoint
ALTER TABLE "remediation_requests" ADD COLUMN "job_id" text;--> statement-breakpoint
ALTER TABLE "remediation_requests" ADD COLUMN "job" jsonb;--> statement-breakpoint
ALTER TABLE "remediation_requests" ADD COLUMN "job_read_at" timestamp with time zone;