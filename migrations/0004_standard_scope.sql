ALTER TABLE "standard_links" ADD COLUMN "min_level" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "standard_links" ADD COLUMN "max_level" integer DEFAULT 5 NOT NULL;--> statement-breakpoint
ALTER TABLE "standards" ADD COLUMN "production_types" jsonb DEFAULT '["discrete","process"]'::jsonb NOT NULL;--> statement-breakpoint
-- Catalog rows seeded before this migration get the scope of seeds/standards.ts (issue #16):
-- refined framework codes, production types, level bands, and the links that reach 仓储配送.
-- Each statement touches a row only while it still holds the old seeded value (admin edits stay).
UPDATE "standards" SET "framework_code" = 'AEB' WHERE "number" = 'GB/T 39116-2020' AND "framework_code" = 'AE';
--> statement-breakpoint
UPDATE "standards" SET "framework_code" = 'AEB' WHERE "number" = 'GB/T 39117-2020' AND "framework_code" = 'AE';
--> statement-breakpoint
UPDATE "standards" SET "framework_code" = 'AAB' WHERE "number" = 'GB/T 40647-2021' AND "framework_code" = 'AA';
--> statement-breakpoint
UPDATE "standard_links" SET "min_level" = 1, "max_level" = 3 FROM "standards" WHERE "standard_links"."standard_id" = "standards"."id" AND "standards"."number" = 'GB/T 40647-2021' AND "standard_links"."system_code" = 'cmmm-2020' AND "standard_links"."subdomain_id" = 'strategy';
--> statement-breakpoint
UPDATE "standard_links" SET "min_level" = 1, "max_level" = 3 FROM "standards" WHERE "standard_links"."standard_id" = "standards"."id" AND "standards"."number" = 'GB/T 40647-2021' AND "standard_links"."system_code" = 'cmmm-draft-2024' AND "standard_links"."subdomain_id" = 'strategy';
--> statement-breakpoint
UPDATE "standards" SET "framework_code" = 'AAA' WHERE "number" = 'GB/T 37413-2019' AND "framework_code" = 'AA';
--> statement-breakpoint
UPDATE "standard_links" SET "min_level" = 1, "max_level" = 2 FROM "standards" WHERE "standard_links"."standard_id" = "standards"."id" AND "standards"."number" = 'GB/T 37413-2019' AND "standard_links"."system_code" = 'cmmm-2020' AND "standard_links"."subdomain_id" = 'equipment';
--> statement-breakpoint
UPDATE "standard_links" SET "min_level" = 1, "max_level" = 2 FROM "standards" WHERE "standard_links"."standard_id" = "standards"."id" AND "standards"."number" = 'GB/T 37413-2019' AND "standard_links"."system_code" = 'cmmm-draft-2024' AND "standard_links"."subdomain_id" = 'equipment';
--> statement-breakpoint
UPDATE "standard_links" SET "min_level" = 1, "max_level" = 2 FROM "standards" WHERE "standard_links"."standard_id" = "standards"."id" AND "standards"."number" = 'GB/T 37413-2019' AND "standard_links"."system_code" = 'cmmm-2020' AND "standard_links"."subdomain_id" = 'operations';
--> statement-breakpoint
UPDATE "standard_links" SET "min_level" = 1, "max_level" = 2 FROM "standards" WHERE "standard_links"."standard_id" = "standards"."id" AND "standards"."number" = 'GB/T 37413-2019' AND "standard_links"."system_code" = 'cmmm-draft-2024' AND "standard_links"."subdomain_id" = 'operations';
--> statement-breakpoint
UPDATE "standard_links" SET "min_level" = 2, "max_level" = 3 FROM "standards" WHERE "standard_links"."standard_id" = "standards"."id" AND "standards"."number" = 'GB/T 37393-2019' AND "standard_links"."system_code" = 'cmmm-2020' AND "standard_links"."subdomain_id" = 'equipment';
--> statement-breakpoint
UPDATE "standard_links" SET "min_level" = 2, "max_level" = 3 FROM "standards" WHERE "standard_links"."standard_id" = "standards"."id" AND "standards"."number" = 'GB/T 37393-2019' AND "standard_links"."system_code" = 'cmmm-draft-2024' AND "standard_links"."subdomain_id" = 'equipment';
--> statement-breakpoint
UPDATE "standard_links" SET "min_level" = 2, "max_level" = 3 FROM "standards" WHERE "standard_links"."standard_id" = "standards"."id" AND "standards"."number" = 'GB/T 37393-2019' AND "standard_links"."system_code" = 'cmmm-2020' AND "standard_links"."subdomain_id" = 'operations';
--> statement-breakpoint
UPDATE "standard_links" SET "min_level" = 2, "max_level" = 3 FROM "standards" WHERE "standard_links"."standard_id" = "standards"."id" AND "standards"."number" = 'GB/T 37393-2019' AND "standard_links"."system_code" = 'cmmm-draft-2024' AND "standard_links"."subdomain_id" = 'operations';
--> statement-breakpoint
UPDATE "standard_links" SET "min_level" = 2, "max_level" = 3 FROM "standards" WHERE "standard_links"."standard_id" = "standards"."id" AND "standards"."number" = 'GB/T 37393-2019' AND "standard_links"."system_code" = 'cmmm-2020' AND "standard_links"."subdomain_id" = 'integration';
--> statement-breakpoint
UPDATE "standard_links" SET "min_level" = 2, "max_level" = 3 FROM "standards" WHERE "standard_links"."standard_id" = "standards"."id" AND "standards"."number" = 'GB/T 37393-2019' AND "standard_links"."system_code" = 'cmmm-draft-2024' AND "standard_links"."subdomain_id" = 'integration';
--> statement-breakpoint
UPDATE "standard_links" SET "min_level" = 3, "max_level" = 5 FROM "standards" WHERE "standard_links"."standard_id" = "standards"."id" AND "standards"."number" = 'GB/T 39474-2020' AND "standard_links"."system_code" = 'cmmm-2020' AND "standard_links"."subdomain_id" = 'integration';
--> statement-breakpoint
UPDATE "standard_links" SET "min_level" = 3, "max_level" = 5 FROM "standards" WHERE "standard_links"."standard_id" = "standards"."id" AND "standards"."number" = 'GB/T 39474-2020' AND "standard_links"."system_code" = 'cmmm-draft-2024' AND "standard_links"."subdomain_id" = 'integration';
--> statement-breakpoint
UPDATE "standard_links" SET "min_level" = 3, "max_level" = 5 FROM "standards" WHERE "standard_links"."standard_id" = "standards"."id" AND "standards"."number" = 'GB/T 39474-2020' AND "standard_links"."system_code" = 'cmmm-2020' AND "standard_links"."subdomain_id" = 'network';
--> statement-breakpoint
UPDATE "standard_links" SET "min_level" = 3, "max_level" = 5 FROM "standards" WHERE "standard_links"."standard_id" = "standards"."id" AND "standards"."number" = 'GB/T 39474-2020' AND "standard_links"."system_code" = 'cmmm-draft-2024' AND "standard_links"."subdomain_id" = 'network';
--> statement-breakpoint
UPDATE "standard_links" SET "min_level" = 3, "max_level" = 5 FROM "standards" WHERE "standard_links"."standard_id" = "standards"."id" AND "standards"."number" = 'GB/T 40648-2021' AND "standard_links"."system_code" = 'cmmm-2020' AND "standard_links"."subdomain_id" = 'process-design';
--> statement-breakpoint
UPDATE "standard_links" SET "min_level" = 3, "max_level" = 5 FROM "standards" WHERE "standard_links"."standard_id" = "standards"."id" AND "standards"."number" = 'GB/T 40648-2021' AND "standard_links"."system_code" = 'cmmm-draft-2024' AND "standard_links"."subdomain_id" = 'process-design';
--> statement-breakpoint
UPDATE "standard_links" SET "min_level" = 3, "max_level" = 5 FROM "standards" WHERE "standard_links"."standard_id" = "standards"."id" AND "standards"."number" = 'GB/T 40648-2021' AND "standard_links"."system_code" = 'cmmm-draft-2024' AND "standard_links"."subdomain_id" = 'factory-planning';
--> statement-breakpoint
UPDATE "standard_links" SET "min_level" = 3, "max_level" = 5 FROM "standards" WHERE "standard_links"."standard_id" = "standards"."id" AND "standards"."number" = 'GB/T 40654-2021' AND "standard_links"."system_code" = 'cmmm-2020' AND "standard_links"."subdomain_id" = 'data';
--> statement-breakpoint
UPDATE "standard_links" SET "min_level" = 3, "max_level" = 5 FROM "standards" WHERE "standard_links"."standard_id" = "standards"."id" AND "standards"."number" = 'GB/T 40654-2021' AND "standard_links"."system_code" = 'cmmm-draft-2024' AND "standard_links"."subdomain_id" = 'data';
--> statement-breakpoint
UPDATE "standard_links" SET "min_level" = 3, "max_level" = 5 FROM "standards" WHERE "standard_links"."standard_id" = "standards"."id" AND "standards"."number" = 'GB/T 40654-2021' AND "standard_links"."system_code" = 'cmmm-2020' AND "standard_links"."subdomain_id" = 'process-design';
--> statement-breakpoint
UPDATE "standard_links" SET "min_level" = 3, "max_level" = 5 FROM "standards" WHERE "standard_links"."standard_id" = "standards"."id" AND "standards"."number" = 'GB/T 40654-2021' AND "standard_links"."system_code" = 'cmmm-draft-2024' AND "standard_links"."subdomain_id" = 'process-design';
--> statement-breakpoint
UPDATE "standard_links" SET "min_level" = 3, "max_level" = 5 FROM "standards" WHERE "standard_links"."standard_id" = "standards"."id" AND "standards"."number" = 'GB/T 40654-2021' AND "standard_links"."system_code" = 'cmmm-draft-2024' AND "standard_links"."subdomain_id" = 'factory-planning';
--> statement-breakpoint
UPDATE "standard_links" SET "min_level" = 2, "max_level" = 4 FROM "standards" WHERE "standard_links"."standard_id" = "standards"."id" AND "standards"."number" = 'GB/T 38129-2019' AND "standard_links"."system_code" = 'cmmm-2020' AND "standard_links"."subdomain_id" = 'ehs';
--> statement-breakpoint
UPDATE "standard_links" SET "min_level" = 2, "max_level" = 4 FROM "standards" WHERE "standard_links"."standard_id" = "standards"."id" AND "standards"."number" = 'GB/T 38129-2019' AND "standard_links"."system_code" = 'cmmm-draft-2024' AND "standard_links"."subdomain_id" = 'ehs';
--> statement-breakpoint
UPDATE "standard_links" SET "min_level" = 2, "max_level" = 4 FROM "standards" WHERE "standard_links"."standard_id" = "standards"."id" AND "standards"."number" = 'GB/T 38129-2019' AND "standard_links"."system_code" = 'cmmm-2020' AND "standard_links"."subdomain_id" = 'security';
--> statement-breakpoint
UPDATE "standard_links" SET "min_level" = 2, "max_level" = 4 FROM "standards" WHERE "standard_links"."standard_id" = "standards"."id" AND "standards"."number" = 'GB/T 38129-2019' AND "standard_links"."system_code" = 'cmmm-draft-2024' AND "standard_links"."subdomain_id" = 'security';
--> statement-breakpoint
UPDATE "standard_links" SET "min_level" = 2, "max_level" = 4 FROM "standards" WHERE "standard_links"."standard_id" = "standards"."id" AND "standards"."number" = 'GB/T 20720.1-2019' AND "standard_links"."system_code" = 'cmmm-2020' AND "standard_links"."subdomain_id" = 'integration';
--> statement-breakpoint
UPDATE "standard_links" SET "min_level" = 2, "max_level" = 4 FROM "standards" WHERE "standard_links"."standard_id" = "standards"."id" AND "standards"."number" = 'GB/T 20720.1-2019' AND "standard_links"."system_code" = 'cmmm-draft-2024' AND "standard_links"."subdomain_id" = 'integration';
--> statement-breakpoint
INSERT INTO "standard_links" ("standard_id", "system_code", "subdomain_id", "reason", "min_level", "max_level") SELECT "id", 'cmmm-2020', 'warehousing', '{"zh": "其功能模型包含产品库存控制和发运管理：帮助满足仓储系统与计划、生产系统之间库存和配送信息集成的要求。", "en": "Its functional model includes product inventory control and shipping administration: helps meet requirements to integrate inventory and delivery data between warehouse, planning and production systems."}'::jsonb, 2, 4 FROM "standards" WHERE "number" = 'GB/T 20720.1-2019' ON CONFLICT DO NOTHING;
--> statement-breakpoint
INSERT INTO "standard_links" ("standard_id", "system_code", "subdomain_id", "reason", "min_level", "max_level") SELECT "id", 'cmmm-draft-2024', 'warehousing', '{"zh": "其功能模型包含产品库存控制和发运管理：帮助满足仓储系统与计划、生产系统之间库存和配送信息集成的要求。", "en": "Its functional model includes product inventory control and shipping administration: helps meet requirements to integrate inventory and delivery data between warehouse, planning and production systems."}'::jsonb, 2, 4 FROM "standards" WHERE "number" = 'GB/T 20720.1-2019' ON CONFLICT DO NOTHING;
--> statement-breakpoint
UPDATE "standard_links" SET "min_level" = 3, "max_level" = 4 FROM "standards" WHERE "standard_links"."standard_id" = "standards"."id" AND "standards"."number" = 'GB/T 20720.5-2015' AND "standard_links"."system_code" = 'cmmm-2020' AND "standard_links"."subdomain_id" = 'integration';
--> statement-breakpoint
UPDATE "standard_links" SET "min_level" = 3, "max_level" = 4 FROM "standards" WHERE "standard_links"."standard_id" = "standards"."id" AND "standards"."number" = 'GB/T 20720.5-2015' AND "standard_links"."system_code" = 'cmmm-draft-2024' AND "standard_links"."subdomain_id" = 'integration';
--> statement-breakpoint
UPDATE "standard_links" SET "min_level" = 3, "max_level" = 4 FROM "standards" WHERE "standard_links"."standard_id" = "standards"."id" AND "standards"."number" = 'GB/T 20720.5-2015' AND "standard_links"."system_code" = 'cmmm-2020' AND "standard_links"."subdomain_id" = 'planning';
--> statement-breakpoint
UPDATE "standard_links" SET "min_level" = 3, "max_level" = 4 FROM "standards" WHERE "standard_links"."standard_id" = "standards"."id" AND "standards"."number" = 'GB/T 20720.5-2015' AND "standard_links"."system_code" = 'cmmm-draft-2024' AND "standard_links"."subdomain_id" = 'planning';
--> statement-breakpoint
UPDATE "standard_links" SET "min_level" = 2, "max_level" = 3 FROM "standards" WHERE "standard_links"."standard_id" = "standards"."id" AND "standards"."number" = 'GB/T 25485-2010' AND "standard_links"."system_code" = 'cmmm-2020' AND "standard_links"."subdomain_id" = 'operations';
--> statement-breakpoint
UPDATE "standard_links" SET "min_level" = 2, "max_level" = 3 FROM "standards" WHERE "standard_links"."standard_id" = "standards"."id" AND "standards"."number" = 'GB/T 25485-2010' AND "standard_links"."system_code" = 'cmmm-draft-2024' AND "standard_links"."subdomain_id" = 'operations';
--> statement-breakpoint
UPDATE "standard_links" SET "min_level" = 2, "max_level" = 3 FROM "standards" WHERE "standard_links"."standard_id" = "standards"."id" AND "standards"."number" = 'GB/T 25485-2010' AND "standard_links"."system_code" = 'cmmm-2020' AND "standard_links"."subdomain_id" = 'planning';
--> statement-breakpoint
UPDATE "standard_links" SET "min_level" = 2, "max_level" = 3 FROM "standards" WHERE "standard_links"."standard_id" = "standards"."id" AND "standards"."number" = 'GB/T 25485-2010' AND "standard_links"."system_code" = 'cmmm-draft-2024' AND "standard_links"."subdomain_id" = 'planning';
--> statement-breakpoint
UPDATE "standard_links" SET "min_level" = 2, "max_level" = 4 FROM "standards" WHERE "standard_links"."standard_id" = "standards"."id" AND "standards"."number" = 'GB/T 40655-2021' AND "standard_links"."system_code" = 'cmmm-2020' AND "standard_links"."subdomain_id" = 'planning';
--> statement-breakpoint
UPDATE "standard_links" SET "min_level" = 2, "max_level" = 4 FROM "standards" WHERE "standard_links"."standard_id" = "standards"."id" AND "standards"."number" = 'GB/T 40655-2021' AND "standard_links"."system_code" = 'cmmm-draft-2024' AND "standard_links"."subdomain_id" = 'planning';
--> statement-breakpoint
UPDATE "standard_links" SET "min_level" = 3, "max_level" = 4 FROM "standards" WHERE "standard_links"."standard_id" = "standards"."id" AND "standards"."number" = 'GB/T 40659-2021' AND "standard_links"."system_code" = 'cmmm-2020' AND "standard_links"."subdomain_id" = 'operations';
--> statement-breakpoint
UPDATE "standard_links" SET "min_level" = 3, "max_level" = 4 FROM "standards" WHERE "standard_links"."standard_id" = "standards"."id" AND "standards"."number" = 'GB/T 40659-2021' AND "standard_links"."system_code" = 'cmmm-draft-2024' AND "standard_links"."subdomain_id" = 'quality';
--> statement-breakpoint
UPDATE "standard_links" SET "min_level" = 4, "max_level" = 5 FROM "standards" WHERE "standard_links"."standard_id" = "standards"."id" AND "standards"."number" = 'GB/T 40571-2021' AND "standard_links"."system_code" = 'cmmm-2020' AND "standard_links"."subdomain_id" = 'maintenance';
--> statement-breakpoint
UPDATE "standard_links" SET "min_level" = 4, "max_level" = 5 FROM "standards" WHERE "standard_links"."standard_id" = "standards"."id" AND "standards"."number" = 'GB/T 40571-2021' AND "standard_links"."system_code" = 'cmmm-draft-2024' AND "standard_links"."subdomain_id" = 'maintenance';
--> statement-breakpoint
UPDATE "standard_links" SET "min_level" = 4, "max_level" = 5 FROM "standards" WHERE "standard_links"."standard_id" = "standards"."id" AND "standards"."number" = 'GB/T 40571-2021' AND "standard_links"."system_code" = 'cmmm-2020' AND "standard_links"."subdomain_id" = 'product-service';
--> statement-breakpoint
UPDATE "standard_links" SET "min_level" = 4, "max_level" = 5 FROM "standards" WHERE "standard_links"."standard_id" = "standards"."id" AND "standards"."number" = 'GB/T 40571-2021' AND "standard_links"."system_code" = 'cmmm-draft-2024' AND "standard_links"."subdomain_id" = 'product-service';
--> statement-breakpoint
UPDATE "standards" SET "production_types" = '["discrete"]'::jsonb WHERE "number" = 'GB/T 41723-2022';
--> statement-breakpoint
UPDATE "standard_links" SET "min_level" = 4, "max_level" = 5 FROM "standards" WHERE "standard_links"."standard_id" = "standards"."id" AND "standards"."number" = 'GB/T 41723-2022' AND "standard_links"."system_code" = 'cmmm-2020' AND "standard_links"."subdomain_id" = 'product-design';
--> statement-breakpoint
UPDATE "standard_links" SET "min_level" = 4, "max_level" = 5 FROM "standards" WHERE "standard_links"."standard_id" = "standards"."id" AND "standards"."number" = 'GB/T 41723-2022' AND "standard_links"."system_code" = 'cmmm-draft-2024' AND "standard_links"."subdomain_id" = 'product-design';
--> statement-breakpoint
UPDATE "standard_links" SET "min_level" = 4, "max_level" = 5 FROM "standards" WHERE "standard_links"."standard_id" = "standards"."id" AND "standards"."number" = 'GB/T 41723-2022' AND "standard_links"."system_code" = 'cmmm-draft-2024' AND "standard_links"."subdomain_id" = 'product-innovation';
--> statement-breakpoint
UPDATE "standard_links" SET "min_level" = 4, "max_level" = 5 FROM "standards" WHERE "standard_links"."standard_id" = "standards"."id" AND "standards"."number" = 'GB/T 41723-2022' AND "standard_links"."system_code" = 'cmmm-2020' AND "standard_links"."subdomain_id" = 'product-service';
--> statement-breakpoint
UPDATE "standard_links" SET "min_level" = 4, "max_level" = 5 FROM "standards" WHERE "standard_links"."standard_id" = "standards"."id" AND "standards"."number" = 'GB/T 41723-2022' AND "standard_links"."system_code" = 'cmmm-draft-2024' AND "standard_links"."subdomain_id" = 'product-service';
--> statement-breakpoint
UPDATE "standard_links" SET "min_level" = 4, "max_level" = 5 FROM "standards" WHERE "standard_links"."standard_id" = "standards"."id" AND "standards"."number" = 'GB/T 43441.1-2023' AND "standard_links"."system_code" = 'cmmm-2020' AND "standard_links"."subdomain_id" = 'data';
--> statement-breakpoint
UPDATE "standard_links" SET "min_level" = 4, "max_level" = 5 FROM "standards" WHERE "standard_links"."standard_id" = "standards"."id" AND "standards"."number" = 'GB/T 43441.1-2023' AND "standard_links"."system_code" = 'cmmm-draft-2024' AND "standard_links"."subdomain_id" = 'data';
--> statement-breakpoint
UPDATE "standard_links" SET "min_level" = 4, "max_level" = 5 FROM "standards" WHERE "standard_links"."standard_id" = "standards"."id" AND "standards"."number" = 'GB/T 43441.1-2023' AND "standard_links"."system_code" = 'cmmm-2020' AND "standard_links"."subdomain_id" = 'equipment';
--> statement-breakpoint
UPDATE "standard_links" SET "min_level" = 4, "max_level" = 5 FROM "standards" WHERE "standard_links"."standard_id" = "standards"."id" AND "standards"."number" = 'GB/T 43441.1-2023' AND "standard_links"."system_code" = 'cmmm-draft-2024' AND "standard_links"."subdomain_id" = 'equipment';
--> statement-breakpoint
UPDATE "standards" SET "production_types" = '["discrete"]'::jsonb WHERE "number" = 'GB/T 24734.1~24734.11-2009';
--> statement-breakpoint
UPDATE "standard_links" SET "min_level" = 2, "max_level" = 3 FROM "standards" WHERE "standard_links"."standard_id" = "standards"."id" AND "standards"."number" = 'GB/T 24734.1~24734.11-2009' AND "standard_links"."system_code" = 'cmmm-2020' AND "standard_links"."subdomain_id" = 'product-design';
--> statement-breakpoint
UPDATE "standard_links" SET "min_level" = 2, "max_level" = 3 FROM "standards" WHERE "standard_links"."standard_id" = "standards"."id" AND "standards"."number" = 'GB/T 24734.1~24734.11-2009' AND "standard_links"."system_code" = 'cmmm-draft-2024' AND "standard_links"."subdomain_id" = 'product-design';
--> statement-breakpoint
UPDATE "standard_links" SET "min_level" = 2, "max_level" = 4 FROM "standards" WHERE "standard_links"."standard_id" = "standards"."id" AND "standards"."number" = 'GB/T 38869-2020' AND "standard_links"."system_code" = 'cmmm-2020' AND "standard_links"."subdomain_id" = 'network';
--> statement-breakpoint
UPDATE "standard_links" SET "min_level" = 2, "max_level" = 4 FROM "standards" WHERE "standard_links"."standard_id" = "standards"."id" AND "standards"."number" = 'GB/T 38869-2020' AND "standard_links"."system_code" = 'cmmm-draft-2024' AND "standard_links"."subdomain_id" = 'network';
--> statement-breakpoint
UPDATE "standard_links" SET "min_level" = 3, "max_level" = 4 FROM "standards" WHERE "standard_links"."standard_id" = "standards"."id" AND "standards"."number" = 'GB/T 38869-2020' AND "standard_links"."system_code" = 'cmmm-2020' AND "standard_links"."subdomain_id" = 'integration';
--> statement-breakpoint
UPDATE "standard_links" SET "min_level" = 3, "max_level" = 4 FROM "standards" WHERE "standard_links"."standard_id" = "standards"."id" AND "standards"."number" = 'GB/T 38869-2020' AND "standard_links"."system_code" = 'cmmm-draft-2024' AND "standard_links"."subdomain_id" = 'integration';
--> statement-breakpoint
UPDATE "standard_links" SET "min_level" = 3, "max_level" = 4 FROM "standards" WHERE "standard_links"."standard_id" = "standards"."id" AND "standards"."number" = 'GB/T 33863.3-2017' AND "standard_links"."system_code" = 'cmmm-2020' AND "standard_links"."subdomain_id" = 'integration';
--> statement-breakpoint
UPDATE "standard_links" SET "min_level" = 3, "max_level" = 4 FROM "standards" WHERE "standard_links"."standard_id" = "standards"."id" AND "standards"."number" = 'GB/T 33863.3-2017' AND "standard_links"."system_code" = 'cmmm-draft-2024' AND "standard_links"."subdomain_id" = 'integration';
--> statement-breakpoint
UPDATE "standard_links" SET "min_level" = 3, "max_level" = 4 FROM "standards" WHERE "standard_links"."standard_id" = "standards"."id" AND "standards"."number" = 'GB/T 33863.3-2017' AND "standard_links"."system_code" = 'cmmm-2020' AND "standard_links"."subdomain_id" = 'data';
--> statement-breakpoint
UPDATE "standard_links" SET "min_level" = 3, "max_level" = 4 FROM "standards" WHERE "standard_links"."standard_id" = "standards"."id" AND "standards"."number" = 'GB/T 33863.3-2017' AND "standard_links"."system_code" = 'cmmm-draft-2024' AND "standard_links"."subdomain_id" = 'data';
--> statement-breakpoint
UPDATE "standard_links" SET "min_level" = 3, "max_level" = 4 FROM "standards" WHERE "standard_links"."standard_id" = "standards"."id" AND "standards"."number" = 'GB/T 33863.5-2017' AND "standard_links"."system_code" = 'cmmm-2020' AND "standard_links"."subdomain_id" = 'integration';
--> statement-breakpoint
UPDATE "standard_links" SET "min_level" = 3, "max_level" = 4 FROM "standards" WHERE "standard_links"."standard_id" = "standards"."id" AND "standards"."number" = 'GB/T 33863.5-2017' AND "standard_links"."system_code" = 'cmmm-draft-2024' AND "standard_links"."subdomain_id" = 'integration';
--> statement-breakpoint
UPDATE "standard_links" SET "min_level" = 3, "max_level" = 4 FROM "standards" WHERE "standard_links"."standard_id" = "standards"."id" AND "standards"."number" = 'GB/T 33863.5-2017' AND "standard_links"."system_code" = 'cmmm-2020' AND "standard_links"."subdomain_id" = 'data';
--> statement-breakpoint
UPDATE "standard_links" SET "min_level" = 3, "max_level" = 4 FROM "standards" WHERE "standard_links"."standard_id" = "standards"."id" AND "standards"."number" = 'GB/T 33863.5-2017' AND "standard_links"."system_code" = 'cmmm-draft-2024' AND "standard_links"."subdomain_id" = 'data';
--> statement-breakpoint
UPDATE "standard_links" SET "min_level" = 2, "max_level" = 4 FROM "standards" WHERE "standard_links"."standard_id" = "standards"."id" AND "standards"."number" = 'GB/T 42021-2022' AND "standard_links"."system_code" = 'cmmm-2020' AND "standard_links"."subdomain_id" = 'network';
--> statement-breakpoint
UPDATE "standard_links" SET "min_level" = 2, "max_level" = 4 FROM "standards" WHERE "standard_links"."standard_id" = "standards"."id" AND "standards"."number" = 'GB/T 42021-2022' AND "standard_links"."system_code" = 'cmmm-draft-2024' AND "standard_links"."subdomain_id" = 'network';
--> statement-breakpoint
UPDATE "standard_links" SET "min_level" = 3, "max_level" = 5 FROM "standards" WHERE "standard_links"."standard_id" = "standards"."id" AND "standards"."number" = 'GB/T 23031.1-2022' AND "standard_links"."system_code" = 'cmmm-2020' AND "standard_links"."subdomain_id" = 'integration';
--> statement-breakpoint
UPDATE "standard_links" SET "min_level" = 3, "max_level" = 5 FROM "standards" WHERE "standard_links"."standard_id" = "standards"."id" AND "standards"."number" = 'GB/T 23031.1-2022' AND "standard_links"."system_code" = 'cmmm-draft-2024' AND "standard_links"."subdomain_id" = 'integration';
--> statement-breakpoint
UPDATE "standard_links" SET "min_level" = 3, "max_level" = 5 FROM "standards" WHERE "standard_links"."standard_id" = "standards"."id" AND "standards"."number" = 'GB/T 23031.1-2022' AND "standard_links"."system_code" = 'cmmm-2020' AND "standard_links"."subdomain_id" = 'data';
--> statement-breakpoint
UPDATE "standard_links" SET "min_level" = 3, "max_level" = 5 FROM "standards" WHERE "standard_links"."standard_id" = "standards"."id" AND "standards"."number" = 'GB/T 23031.1-2022' AND "standard_links"."system_code" = 'cmmm-draft-2024' AND "standard_links"."subdomain_id" = 'data';
--> statement-breakpoint
UPDATE "standards" SET "framework_code" = 'AEA' WHERE "number" = 'GB/T 41870-2022' AND "framework_code" = 'AE';
--> statement-breakpoint
UPDATE "standard_links" SET "min_level" = 2, "max_level" = 5 FROM "standards" WHERE "standard_links"."standard_id" = "standards"."id" AND "standards"."number" = 'GB/T 41870-2022' AND "standard_links"."system_code" = 'cmmm-2020' AND "standard_links"."subdomain_id" = 'strategy';
--> statement-breakpoint
UPDATE "standard_links" SET "min_level" = 2, "max_level" = 5 FROM "standards" WHERE "standard_links"."standard_id" = "standards"."id" AND "standards"."number" = 'GB/T 41870-2022' AND "standard_links"."system_code" = 'cmmm-draft-2024' AND "standard_links"."subdomain_id" = 'strategy';
--> statement-breakpoint
UPDATE "standard_links" SET "min_level" = 3, "max_level" = 5 FROM "standards" WHERE "standard_links"."standard_id" = "standards"."id" AND "standards"."number" = 'GB/T 41870-2022' AND "standard_links"."system_code" = 'cmmm-2020' AND "standard_links"."subdomain_id" = 'data';
--> statement-breakpoint
UPDATE "standard_links" SET "min_level" = 3, "max_level" = 5 FROM "standards" WHERE "standard_links"."standard_id" = "standards"."id" AND "standards"."number" = 'GB/T 41870-2022' AND "standard_links"."system_code" = 'cmmm-draft-2024' AND "standard_links"."subdomain_id" = 'data';
--> statement-breakpoint
UPDATE "standard_links" SET "min_level" = 3, "max_level" = 4 FROM "standards" WHERE "standard_links"."standard_id" = "standards"."id" AND "standards"."number" = 'GB/T 42562-2023' AND "standard_links"."system_code" = 'cmmm-2020' AND "standard_links"."subdomain_id" = 'integration';
--> statement-breakpoint
UPDATE "standard_links" SET "min_level" = 3, "max_level" = 4 FROM "standards" WHERE "standard_links"."standard_id" = "standards"."id" AND "standards"."number" = 'GB/T 42562-2023' AND "standard_links"."system_code" = 'cmmm-draft-2024' AND "standard_links"."subdomain_id" = 'integration';
--> statement-breakpoint
UPDATE "standard_links" SET "min_level" = 3, "max_level" = 5 FROM "standards" WHERE "standard_links"."standard_id" = "standards"."id" AND "standards"."number" = 'GB/T 42568-2023' AND "standard_links"."system_code" = 'cmmm-2020' AND "standard_links"."subdomain_id" = 'integration';
--> statement-breakpoint
UPDATE "standard_links" SET "min_level" = 3, "max_level" = 5 FROM "standards" WHERE "standard_links"."standard_id" = "standards"."id" AND "standards"."number" = 'GB/T 42568-2023' AND "standard_links"."system_code" = 'cmmm-draft-2024' AND "standard_links"."subdomain_id" = 'integration';
--> statement-breakpoint
UPDATE "standard_links" SET "min_level" = 3, "max_level" = 5 FROM "standards" WHERE "standard_links"."standard_id" = "standards"."id" AND "standards"."number" = 'GB/T 42569-2023' AND "standard_links"."system_code" = 'cmmm-2020' AND "standard_links"."subdomain_id" = 'integration';
--> statement-breakpoint
UPDATE "standard_links" SET "min_level" = 3, "max_level" = 5 FROM "standards" WHERE "standard_links"."standard_id" = "standards"."id" AND "standards"."number" = 'GB/T 42569-2023' AND "standard_links"."system_code" = 'cmmm-draft-2024' AND "standard_links"."subdomain_id" = 'integration';
--> statement-breakpoint
UPDATE "standards" SET "framework_code" = 'AEB' WHERE "number" = 'GB/T 36073-2018' AND "framework_code" = 'AE';
--> statement-breakpoint
UPDATE "standards" SET "framework_code" = 'ABC' WHERE "number" = 'GB/T 37988-2019' AND "framework_code" = 'AB';
--> statement-breakpoint
UPDATE "standard_links" SET "min_level" = 2, "max_level" = 5 FROM "standards" WHERE "standard_links"."standard_id" = "standards"."id" AND "standards"."number" = 'GB/T 37988-2019' AND "standard_links"."system_code" = 'cmmm-2020' AND "standard_links"."subdomain_id" = 'security';
--> statement-breakpoint
UPDATE "standard_links" SET "min_level" = 2, "max_level" = 5 FROM "standards" WHERE "standard_links"."standard_id" = "standards"."id" AND "standards"."number" = 'GB/T 37988-2019' AND "standard_links"."system_code" = 'cmmm-draft-2024' AND "standard_links"."subdomain_id" = 'security';
--> statement-breakpoint
UPDATE "standard_links" SET "min_level" = 2, "max_level" = 5 FROM "standards" WHERE "standard_links"."standard_id" = "standards"."id" AND "standards"."number" = 'GB/T 37988-2019' AND "standard_links"."system_code" = 'cmmm-2020' AND "standard_links"."subdomain_id" = 'data';
--> statement-breakpoint
UPDATE "standard_links" SET "min_level" = 2, "max_level" = 5 FROM "standards" WHERE "standard_links"."standard_id" = "standards"."id" AND "standards"."number" = 'GB/T 37988-2019' AND "standard_links"."system_code" = 'cmmm-draft-2024' AND "standard_links"."subdomain_id" = 'data';
--> statement-breakpoint
UPDATE "standards" SET "framework_code" = 'ABB' WHERE "number" = 'GB/T 22239-2019' AND "framework_code" = 'AB';
--> statement-breakpoint
UPDATE "standard_links" SET "min_level" = 1, "max_level" = 3 FROM "standards" WHERE "standard_links"."standard_id" = "standards"."id" AND "standards"."number" = 'GB/T 22239-2019' AND "standard_links"."system_code" = 'cmmm-2020' AND "standard_links"."subdomain_id" = 'security';
--> statement-breakpoint
UPDATE "standard_links" SET "min_level" = 1, "max_level" = 3 FROM "standards" WHERE "standard_links"."standard_id" = "standards"."id" AND "standards"."number" = 'GB/T 22239-2019' AND "standard_links"."system_code" = 'cmmm-draft-2024' AND "standard_links"."subdomain_id" = 'security';
--> statement-breakpoint
UPDATE "standards" SET "framework_code" = 'ABB' WHERE "number" = 'GB/T 36323-2018' AND "framework_code" = 'AB';
--> statement-breakpoint
UPDATE "standard_links" SET "min_level" = 1, "max_level" = 3 FROM "standards" WHERE "standard_links"."standard_id" = "standards"."id" AND "standards"."number" = 'GB/T 36323-2018' AND "standard_links"."system_code" = 'cmmm-2020' AND "standard_links"."subdomain_id" = 'security';
--> statement-breakpoint
UPDATE "standard_links" SET "min_level" = 1, "max_level" = 3 FROM "standards" WHERE "standard_links"."standard_id" = "standards"."id" AND "standards"."number" = 'GB/T 36323-2018' AND "standard_links"."system_code" = 'cmmm-draft-2024' AND "standard_links"."subdomain_id" = 'security';
--> statement-breakpoint
UPDATE "standards" SET "framework_code" = 'ABB' WHERE "number" = 'GB/T 36324-2018' AND "framework_code" = 'AB';
--> statement-breakpoint
UPDATE "standard_links" SET "min_level" = 1, "max_level" = 3 FROM "standards" WHERE "standard_links"."standard_id" = "standards"."id" AND "standards"."number" = 'GB/T 36324-2018' AND "standard_links"."system_code" = 'cmmm-2020' AND "standard_links"."subdomain_id" = 'security';
--> statement-breakpoint
UPDATE "standard_links" SET "min_level" = 1, "max_level" = 3 FROM "standards" WHERE "standard_links"."standard_id" = "standards"."id" AND "standards"."number" = 'GB/T 36324-2018' AND "standard_links"."system_code" = 'cmmm-draft-2024' AND "standard_links"."subdomain_id" = 'security';
--> statement-breakpoint
UPDATE "standards" SET "framework_code" = 'ABB' WHERE "number" = 'GB/T 30976.1-2014' AND "framework_code" = 'AB';
--> statement-breakpoint
UPDATE "standard_links" SET "min_level" = 2, "max_level" = 4 FROM "standards" WHERE "standard_links"."standard_id" = "standards"."id" AND "standards"."number" = 'GB/T 30976.1-2014' AND "standard_links"."system_code" = 'cmmm-2020' AND "standard_links"."subdomain_id" = 'security';
--> statement-breakpoint
UPDATE "standard_links" SET "min_level" = 2, "max_level" = 4 FROM "standards" WHERE "standard_links"."standard_id" = "standards"."id" AND "standards"."number" = 'GB/T 30976.1-2014' AND "standard_links"."system_code" = 'cmmm-draft-2024' AND "standard_links"."subdomain_id" = 'security';
--> statement-breakpoint
UPDATE "standards" SET "framework_code" = 'ABB' WHERE "number" = 'GB/T 40813-2021' AND "framework_code" = 'AB';
--> statement-breakpoint
UPDATE "standard_links" SET "min_level" = 2, "max_level" = 4 FROM "standards" WHERE "standard_links"."standard_id" = "standards"."id" AND "standards"."number" = 'GB/T 40813-2021' AND "standard_links"."system_code" = 'cmmm-2020' AND "standard_links"."subdomain_id" = 'security';
--> statement-breakpoint
UPDATE "standard_links" SET "min_level" = 2, "max_level" = 4 FROM "standards" WHERE "standard_links"."standard_id" = "standards"."id" AND "standards"."number" = 'GB/T 40813-2021' AND "standard_links"."system_code" = 'cmmm-draft-2024' AND "standard_links"."subdomain_id" = 'security';
--> statement-breakpoint
UPDATE "standards" SET "framework_code" = 'ABB' WHERE "number" = 'GB/T 37933-2019' AND "framework_code" = 'AB';
--> statement-breakpoint
UPDATE "standard_links" SET "min_level" = 2, "max_level" = 3 FROM "standards" WHERE "standard_links"."standard_id" = "standards"."id" AND "standards"."number" = 'GB/T 37933-2019' AND "standard_links"."system_code" = 'cmmm-2020' AND "standard_links"."subdomain_id" = 'security';
--> statement-breakpoint
UPDATE "standard_links" SET "min_level" = 2, "max_level" = 3 FROM "standards" WHERE "standard_links"."standard_id" = "standards"."id" AND "standards"."number" = 'GB/T 37933-2019' AND "standard_links"."system_code" = 'cmmm-draft-2024' AND "standard_links"."subdomain_id" = 'security';
--> statement-breakpoint
UPDATE "standard_links" SET "min_level" = 2, "max_level" = 3 FROM "standards" WHERE "standard_links"."standard_id" = "standards"."id" AND "standards"."number" = 'GB/T 37933-2019' AND "standard_links"."system_code" = 'cmmm-2020' AND "standard_links"."subdomain_id" = 'network';
--> statement-breakpoint
UPDATE "standard_links" SET "min_level" = 2, "max_level" = 3 FROM "standards" WHERE "standard_links"."standard_id" = "standards"."id" AND "standards"."number" = 'GB/T 37933-2019' AND "standard_links"."system_code" = 'cmmm-draft-2024' AND "standard_links"."subdomain_id" = 'network';
--> statement-breakpoint
UPDATE "standard_links" SET "min_level" = 1, "max_level" = 3 FROM "standards" WHERE "standard_links"."standard_id" = "standards"."id" AND "standards"."number" = 'GB/T 23001-2017' AND "standard_links"."system_code" = 'cmmm-2020' AND "standard_links"."subdomain_id" = 'strategy';
--> statement-breakpoint
UPDATE "standard_links" SET "min_level" = 1, "max_level" = 3 FROM "standards" WHERE "standard_links"."standard_id" = "standards"."id" AND "standards"."number" = 'GB/T 23001-2017' AND "standard_links"."system_code" = 'cmmm-draft-2024' AND "standard_links"."subdomain_id" = 'strategy';
--> statement-breakpoint
UPDATE "standards" SET "framework_code" = 'AEB' WHERE "number" = 'GB/T 23003-2018' AND "framework_code" = 'AE';
--> statement-breakpoint
UPDATE "standard_links" SET "min_level" = 1, "max_level" = 3 FROM "standards" WHERE "standard_links"."standard_id" = "standards"."id" AND "standards"."number" = 'GB/T 23003-2018' AND "standard_links"."system_code" = 'cmmm-2020' AND "standard_links"."subdomain_id" = 'strategy';
--> statement-breakpoint
UPDATE "standard_links" SET "min_level" = 1, "max_level" = 3 FROM "standards" WHERE "standard_links"."standard_id" = "standards"."id" AND "standards"."number" = 'GB/T 23003-2018' AND "standard_links"."system_code" = 'cmmm-draft-2024' AND "standard_links"."subdomain_id" = 'strategy';
--> statement-breakpoint
UPDATE "standards" SET "framework_code" = 'AEB' WHERE "number" = 'GB/T 23007-2022' AND "framework_code" = 'AE';
--> statement-breakpoint
UPDATE "standard_links" SET "min_level" = 2, "max_level" = 4 FROM "standards" WHERE "standard_links"."standard_id" = "standards"."id" AND "standards"."number" = 'GB/T 23007-2022' AND "standard_links"."system_code" = 'cmmm-2020' AND "standard_links"."subdomain_id" = 'strategy';
--> statement-breakpoint
UPDATE "standard_links" SET "min_level" = 2, "max_level" = 4 FROM "standards" WHERE "standard_links"."standard_id" = "standards"."id" AND "standards"."number" = 'GB/T 23007-2022' AND "standard_links"."system_code" = 'cmmm-draft-2024' AND "standard_links"."subdomain_id" = 'strategy';
--> statement-breakpoint
UPDATE "standards" SET "framework_code" = 'AEA' WHERE "number" = 'GB/T 23020-2013' AND "framework_code" = 'AE';
--> statement-breakpoint
UPDATE "standard_links" SET "min_level" = 1, "max_level" = 3 FROM "standards" WHERE "standard_links"."standard_id" = "standards"."id" AND "standards"."number" = 'GB/T 23020-2013' AND "standard_links"."system_code" = 'cmmm-2020' AND "standard_links"."subdomain_id" = 'strategy';
--> statement-breakpoint
UPDATE "standard_links" SET "min_level" = 1, "max_level" = 3 FROM "standards" WHERE "standard_links"."standard_id" = "standards"."id" AND "standards"."number" = 'GB/T 23020-2013' AND "standard_links"."system_code" = 'cmmm-draft-2024' AND "standard_links"."subdomain_id" = 'strategy';
--> statement-breakpoint
UPDATE "standard_links" SET "min_level" = 1, "max_level" = 3 FROM "standards" WHERE "standard_links"."standard_id" = "standards"."id" AND "standards"."number" = 'GB/T 23331-2020' AND "standard_links"."system_code" = 'cmmm-2020' AND "standard_links"."subdomain_id" = 'energy';
--> statement-breakpoint
UPDATE "standard_links" SET "min_level" = 1, "max_level" = 3 FROM "standards" WHERE "standard_links"."standard_id" = "standards"."id" AND "standards"."number" = 'GB/T 23331-2020' AND "standard_links"."system_code" = 'cmmm-draft-2024' AND "standard_links"."subdomain_id" = 'energy-carbon';
--> statement-breakpoint
UPDATE "standards" SET "production_types" = '["process"]'::jsonb WHERE "number" = 'GB/T 38848-2020';
--> statement-breakpoint
UPDATE "standard_links" SET "min_level" = 3, "max_level" = 5 FROM "standards" WHERE "standard_links"."standard_id" = "standards"."id" AND "standards"."number" = 'GB/T 38848-2020' AND "standard_links"."system_code" = 'cmmm-2020' AND "standard_links"."subdomain_id" = 'energy';
--> statement-breakpoint
UPDATE "standard_links" SET "min_level" = 3, "max_level" = 5 FROM "standards" WHERE "standard_links"."standard_id" = "standards"."id" AND "standards"."number" = 'GB/T 38848-2020' AND "standard_links"."system_code" = 'cmmm-draft-2024' AND "standard_links"."subdomain_id" = 'energy-carbon';
--> statement-breakpoint
UPDATE "standard_links" SET "min_level" = 2, "max_level" = 3 FROM "standards" WHERE "standard_links"."standard_id" = "standards"."id" AND "standards"."number" = 'GB/T 38692-2020' AND "standard_links"."system_code" = 'cmmm-2020' AND "standard_links"."subdomain_id" = 'energy';
--> statement-breakpoint
UPDATE "standard_links" SET "min_level" = 2, "max_level" = 3 FROM "standards" WHERE "standard_links"."standard_id" = "standards"."id" AND "standards"."number" = 'GB/T 38692-2020' AND "standard_links"."system_code" = 'cmmm-draft-2024' AND "standard_links"."subdomain_id" = 'energy-carbon';
--> statement-breakpoint
UPDATE "standard_links" SET "min_level" = 3, "max_level" = 5 FROM "standards" WHERE "standard_links"."standard_id" = "standards"."id" AND "standards"."number" = 'GB/T 40063-2021' AND "standard_links"."system_code" = 'cmmm-2020' AND "standard_links"."subdomain_id" = 'energy';
--> statement-breakpoint
UPDATE "standard_links" SET "min_level" = 3, "max_level" = 5 FROM "standards" WHERE "standard_links"."standard_id" = "standards"."id" AND "standards"."number" = 'GB/T 40063-2021' AND "standard_links"."system_code" = 'cmmm-draft-2024' AND "standard_links"."subdomain_id" = 'energy-carbon';
--> statement-breakpoint
UPDATE "standard_links" SET "min_level" = 1, "max_level" = 3 FROM "standards" WHERE "standard_links"."standard_id" = "standards"."id" AND "standards"."number" = 'GB/T 45001-2020' AND "standard_links"."system_code" = 'cmmm-2020' AND "standard_links"."subdomain_id" = 'ehs';
--> statement-breakpoint
UPDATE "standard_links" SET "min_level" = 1, "max_level" = 3 FROM "standards" WHERE "standard_links"."standard_id" = "standards"."id" AND "standards"."number" = 'GB/T 45001-2020' AND "standard_links"."system_code" = 'cmmm-draft-2024' AND "standard_links"."subdomain_id" = 'ehs';
--> statement-breakpoint
UPDATE "standard_links" SET "min_level" = 1, "max_level" = 3 FROM "standards" WHERE "standard_links"."standard_id" = "standards"."id" AND "standards"."number" = 'GB/T 24001-2016' AND "standard_links"."system_code" = 'cmmm-2020' AND "standard_links"."subdomain_id" = 'ehs';
--> statement-breakpoint
UPDATE "standard_links" SET "min_level" = 1, "max_level" = 3 FROM "standards" WHERE "standard_links"."standard_id" = "standards"."id" AND "standards"."number" = 'GB/T 24001-2016' AND "standard_links"."system_code" = 'cmmm-draft-2024' AND "standard_links"."subdomain_id" = 'ehs';
--> statement-breakpoint
UPDATE "standard_links" SET "min_level" = 1, "max_level" = 3 FROM "standards" WHERE "standard_links"."standard_id" = "standards"."id" AND "standards"."number" = 'GB/T 24001-2016' AND "standard_links"."system_code" = 'cmmm-draft-2024' AND "standard_links"."subdomain_id" = 'energy-carbon';
--> statement-breakpoint
UPDATE "standard_links" SET "min_level" = 1, "max_level" = 3 FROM "standards" WHERE "standard_links"."standard_id" = "standards"."id" AND "standards"."number" = 'GB/T 25103-2010' AND "standard_links"."system_code" = 'cmmm-2020' AND "standard_links"."subdomain_id" = 'procurement';
--> statement-breakpoint
UPDATE "standard_links" SET "min_level" = 1, "max_level" = 3 FROM "standards" WHERE "standard_links"."standard_id" = "standards"."id" AND "standards"."number" = 'GB/T 25103-2010' AND "standard_links"."system_code" = 'cmmm-draft-2024' AND "standard_links"."subdomain_id" = 'procurement';
--> statement-breakpoint
UPDATE "standard_links" SET "min_level" = 1, "max_level" = 3 FROM "standards" WHERE "standard_links"."standard_id" = "standards"."id" AND "standards"."number" = 'GB/T 25103-2010' AND "standard_links"."system_code" = 'cmmm-draft-2024' AND "standard_links"."subdomain_id" = 'supply-chain';
--> statement-breakpoint
UPDATE "standard_links" SET "min_level" = 1, "max_level" = 3 FROM "standards" WHERE "standard_links"."standard_id" = "standards"."id" AND "standards"."number" = 'GB/T 25103-2010' AND "standard_links"."system_code" = 'cmmm-2020' AND "standard_links"."subdomain_id" = 'logistics';
--> statement-breakpoint
UPDATE "standard_links" SET "min_level" = 1, "max_level" = 3 FROM "standards" WHERE "standard_links"."standard_id" = "standards"."id" AND "standards"."number" = 'GB/T 25103-2010' AND "standard_links"."system_code" = 'cmmm-draft-2024' AND "standard_links"."subdomain_id" = 'logistics';
--> statement-breakpoint
INSERT INTO "standard_links" ("standard_id", "system_code", "subdomain_id", "reason", "min_level", "max_level") SELECT "id", 'cmmm-2020', 'warehousing', '{"zh": "其\"交付\"流程覆盖仓储与配送：帮助满足出入库、库存和配送作业流程规范、与生产和销售衔接的要求。", "en": "Its deliver process covers storage and distribution: helps meet requirements for standard receiving, storage, inventory and delivery processes linked to production and sales."}'::jsonb, 1, 3 FROM "standards" WHERE "number" = 'GB/T 25103-2010' ON CONFLICT DO NOTHING;
--> statement-breakpoint
INSERT INTO "standard_links" ("standard_id", "system_code", "subdomain_id", "reason", "min_level", "max_level") SELECT "id", 'cmmm-draft-2024', 'warehousing', '{"zh": "其\"交付\"流程覆盖仓储与配送：帮助满足出入库、库存和配送作业流程规范、与生产和销售衔接的要求。", "en": "Its deliver process covers storage and distribution: helps meet requirements for standard receiving, storage, inventory and delivery processes linked to production and sales."}'::jsonb, 1, 3 FROM "standards" WHERE "number" = 'GB/T 25103-2010' ON CONFLICT DO NOTHING;
--> statement-breakpoint
UPDATE "standard_links" SET "min_level" = 1, "max_level" = 3 FROM "standards" WHERE "standard_links"."standard_id" = "standards"."id" AND "standards"."number" = 'GB/T 19012-2019' AND "standard_links"."system_code" = 'cmmm-2020' AND "standard_links"."subdomain_id" = 'customer-service';
--> statement-breakpoint
UPDATE "standard_links" SET "min_level" = 1, "max_level" = 3 FROM "standards" WHERE "standard_links"."standard_id" = "standards"."id" AND "standards"."number" = 'GB/T 19012-2019' AND "standard_links"."system_code" = 'cmmm-draft-2024' AND "standard_links"."subdomain_id" = 'customer-service';
--> statement-breakpoint
UPDATE "standard_links" SET "min_level" = 1, "max_level" = 3 FROM "standards" WHERE "standard_links"."standard_id" = "standards"."id" AND "standards"."number" = 'GB/T 19012-2019' AND "standard_links"."system_code" = 'cmmm-2020' AND "standard_links"."subdomain_id" = 'sales';
--> statement-breakpoint
UPDATE "standard_links" SET "min_level" = 1, "max_level" = 3 FROM "standards" WHERE "standard_links"."standard_id" = "standards"."id" AND "standards"."number" = 'GB/T 19012-2019' AND "standard_links"."system_code" = 'cmmm-draft-2024' AND "standard_links"."subdomain_id" = 'sales';
--> statement-breakpoint
UPDATE "standard_links" SET "min_level" = 1, "max_level" = 3 FROM "standards" WHERE "standard_links"."standard_id" = "standards"."id" AND "standards"."number" = 'GB/T 19001-2016' AND "standard_links"."system_code" = 'cmmm-2020' AND "standard_links"."subdomain_id" = 'operations';
--> statement-breakpoint
UPDATE "standard_links" SET "min_level" = 1, "max_level" = 3 FROM "standards" WHERE "standard_links"."standard_id" = "standards"."id" AND "standards"."number" = 'GB/T 19001-2016' AND "standard_links"."system_code" = 'cmmm-draft-2024' AND "standard_links"."subdomain_id" = 'quality';
