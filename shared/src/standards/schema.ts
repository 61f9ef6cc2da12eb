import { z } from 'zod';
import { localizedTextSchema, PRODUCTION_TYPES } from '../indicator-system/schema.ts';

/** Top-level codes of the 2024 national smart-manufacturing standard-system guide. */
export const FRAMEWORK_CODE_PATTERN = /^(A|B|C)[A-G]?[A-D]?$/;

export const standardLinkSchema = z
  .object({
    /** Indicator-system code the sub-domain belongs to (e.g. 'cmmm-2020'). */
    systemCode: z.string().min(1).max(64),
    subdomainId: z.string().min(1).max(64),
    /** Why this standard helps that sub-domain, in our own words. */
    reason: localizedTextSchema,
    /**
     * Level band of the requirements it helps with: a gap of the sub-domain at a level outside
     * [minLevel, maxLevel] is not pointed at this standard (an OPC UA address-space model does
     * not help a level-1 data plan). Default: every level.
     */
    minLevel: z.number().int().min(1).max(5).default(1),
    maxLevel: z.number().int().min(1).max(5).default(5),
  })
  .refine((l) => l.minLevel <= l.maxLevel, {
    message: 'minLevel must not exceed maxLevel',
    path: ['maxLevel'],
  });
export type StandardLink = z.infer<typeof standardLinkSchema>;
export type StandardLinkInput = z.input<typeof standardLinkSchema>;

export const standardSchema = z.object({
  /** Standard number as published, e.g. 'GB/T 39116-2020'. Unique. */
  number: z.string().trim().min(3).max(64),
  title: localizedTextSchema,
  /** Our own one-line description of what the standard gives an enterprise. */
  summary: localizedTextSchema,
  /** Code in the 2024 guide's framework, e.g. 'AE', 'BC', 'ABB'. */
  frameworkCode: z.string().regex(FRAMEWORK_CODE_PATTERN, 'a framework code such as AE or BC'),
  /**
   * Production types it applies to: a process-industry standard (e.g. GB/T 38848) is not
   * recommended to a discrete enterprise. Default: both.
   */
  productionTypes: z
    .array(z.enum(PRODUCTION_TYPES))
    .min(1)
    .max(PRODUCTION_TYPES.length)
    .refine((a) => new Set(a).size === a.length, 'each production type once')
    .default([...PRODUCTION_TYPES]),
  /** Uncertain entries are kept in the catalog but stay out of reports until confirmed. */
  uncertain: z.boolean().default(false),
  /** Where the standard was seen to exist with this title. */
  sourceNote: z.string().max(1000).default(''),
  links: z.array(standardLinkSchema).default([]),
});
export type Standard = z.infer<typeof standardSchema>;
export type StandardInput = z.input<typeof standardSchema>;
