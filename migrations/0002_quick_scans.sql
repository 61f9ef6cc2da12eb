CREATE TABLE "quick_scans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"token_hash" text NOT NULL,
	"version_id" uuid NOT NULL,
	"profile_id" text NOT NULL,
	"tailoring" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"choices" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"organization_id" uuid,
	"claimed_by" uuid,
	"claimed_at" timestamp with time zone,
	"expires_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "assessments" ADD COLUMN "quick_scan_id" uuid;--> statement-breakpoint
ALTER TABLE "quick_scans" ADD CONSTRAINT "quick_scans_version_id_indicator_system_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."indicator_system_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quick_scans" ADD CONSTRAINT "quick_scans_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quick_scans" ADD CONSTRAINT "quick_scans_claimed_by_users_id_fk" FOREIGN KEY ("claimed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "quick_scans_token_uq" ON "quick_scans" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "quick_scans_org_idx" ON "quick_scans" USING btree ("organization_id","created_at");--> statement-breakpoint
CREATE INDEX "quick_scans_expiry_idx" ON "quick_scans" USING btree ("expires_at");--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_quick_scan_id_quick_scans_id_fk" FOREIGN KEY ("quick_scan_id") REFERENCES "public"."quick_scans"("id") ON DELETE no action ON UPDATE no action;