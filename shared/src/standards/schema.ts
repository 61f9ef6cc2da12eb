import { z } from 'zod';
import { localizedTextSchema } from '../indicator-system/schema.ts';

/** Top-level codes of the 2024 national smart-manufacturing standard-system guide. */
export const FRAMEWORK_CODE_PATTERN = /^(A|B|C)[A-G]?[A-D]?$/;

export const standardLinkSchema = z.object({
  /** Indicator-system code the sub-domain belongs to (e.g. 'cmmm-2020'). */
  systemCode: z.string().min(1).max(64),
  subdomainId: z.string().min(1).max(64),
  /** Why this standard helps that sub-domain, in our own words. */
  reason: localizedTextSchema,
});
export type StandardLink = z.infer<typeof standardLinkSchema>;

export const standardSchema = z.object({
  /** Standard number as published, e.g. 'GB/T 39116-2020'. Unique. */
  number: z.string().trim().min(3).max(64),
  title: localizedTextSchema,
  /** Our own one-line description of what the standard gives an enterprise. */
  summary: localizedTextSchema,
  /** Code in the 2024 guide's framework, e.g. 'AE', 'BC', 'ABB'. */
  frameworkCode: z.string().regex(FRAMEWORK_CODE_PATTERN, 'a framework code such as AE or BC'),
  /** Uncertain entries are kept in the catalog but stay out of reports until confirmed. */
  uncertain: z.boolean().default(false),
  /** Where the standard was seen to exist with this title. */
  sourceNote: z.string().max(1000).default(''),
  links: z.array(standardLinkSchema).default([]),
});
export type Standard = z.infer<typeof standardSchema>;
export type StandardInput = z.input<typeof standardSchema>;
