ALTER TABLE "remediation_requests" ADD COLUMN "succeeded" integer;--> statement-breakpoint
ALTER TABLE "remediation_requests" ADD COLUMN "failed" integer;--> statement-breakpoint
ALTER TABLE "remediation_requests" ADD COLUMN "expires_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "remediation_requests" ADD COLUMN "decided_by_id" text;--> statement-breakpoint
ALTER TABLE "remediation_requests" ADD COLUMN "decided_by_name" text;--> statement-breakpoint
ALTER TABLE "remediation_requests" ADD COLUMN "decided_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "remediation_requests" ADD COLUMN "decision_reason" text;--> statement-breakpoint
CREATE INDEX "remediation_requests_status" ON "remediation_requests" USING btree ("status","created_at");