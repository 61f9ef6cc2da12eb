CREATE TABLE "reference_seeds_applied" (
	"dataset" text NOT NULL,
	"key" text NOT NULL,
	"applied_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "reference_seeds_applied_dataset_key_pk" PRIMARY KEY("dataset","key")
);
--> statement-breakpoint
-- An instance that ran before this table existed has applied every standard it holds. One it
-- deleted before the upgrade is not known here and is inserted once more at the next start.
INSERT INTO "reference_seeds_applied" ("dataset", "key") SELECT 'standards', "number" FROM "standards" ON CONFLICT DO NOTHING;
