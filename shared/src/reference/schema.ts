import { z } from 'zod';
import { ORGANIZATION_SIZES, type OrganizationSize } from '../api/common.ts';
import { INDUSTRIES } from '../indicator-system/schema.ts';

/** A GB/T 2260 administrative division code: 6 digits (province 2, city 2, county 2). */
export const divisionCodeSchema = z.string().regex(/^\d{6}$/, 'must be a 6-digit GB/T 2260 code');

export const DIVISION_LEVELS = ['province', 'city', 'county'] as const;
export type DivisionLevel = (typeof DIVISION_LEVELS)[number];

export const divisionSchema = z.object({
  code: divisionCodeSchema,
  name: z.string().min(1),
  level: z.enum(DIVISION_LEVELS),
  /** The enclosing division; null for a province. */
  parent: divisionCodeSchema.nullable(),
});
export type Division = z.infer<typeof divisionSchema>;

export const divisionCatalogSchema = z.object({
  standard: z.literal('GB/T 2260'),
  /** The npm package and exact version the list was generated from. */
  source: z.object({ package: z.string(), version: z.string() }),
  divisions: z.array(divisionSchema),
});
export type DivisionCatalog = z.infer<typeof divisionCatalogSchema>;

/** A GB/T 4754-2017 code inside 门类 C: 大类 (2 digits, 13–43) or 中类 (3 digits). */
export const industryCodeSchema = z
  .string()
  .regex(/^\d{2,3}$/, 'must be a GB/T 4754-2017 大类 (2 digits) or 中类 (3 digits) code');

export const industryCodeEntrySchema = z.object({
  code: industryCodeSchema,
  name: z.object({ zh: z.string().min(1), en: z.string().min(1) }),
  /** The industry profile (domain.md §1) an enterprise of this code is assessed under. */
  profile: z.enum(INDUSTRIES),
});
export type IndustryCodeEntry = z.infer<typeof industryCodeEntrySchema>;

export const industryCatalogSchema = z.object({
  standard: z.literal('GB/T 4754-2017'),
  /** 门类 covered: C (manufacturing). */
  section: z.literal('C'),
  version: z.string().min(1),
  entries: z.array(industryCodeEntrySchema),
});
export type IndustryCatalog = z.infer<typeof industryCatalogSchema>;

/** The statistical size classes are the enterprise sizes of the API. */
export type SizeClass = OrganizationSize;

/** 统计上大中小微型企业划分办法 for industry: each class needs both thresholds. */
export const sizeRuleSchema = z.object({
  id: z.string().min(1),
  version: z.string().min(1),
  title: z.string().min(1),
  sector: z.literal('industry'),
  /** Classes from the largest down; the last one (micro) has no threshold. */
  classes: z.array(
    z.object({
      size: z.enum(ORGANIZATION_SIZES),
      minStaff: z.number().int().min(0),
      /** 营业收入 in 万元 (10,000 CNY). */
      minRevenueWan: z.number().min(0),
    }),
  ),
  fallback: z.enum(ORGANIZATION_SIZES),
});
export type SizeRule = z.infer<typeof sizeRuleSchema>;
