import { z } from 'zod';
import { LEVELS } from '../indicator-system/schema.ts';
import { revisionSchema } from './common.ts';
import { tailoringEntrySchema } from './assessments.ts';

/**
 * Quick scan (自诊断快评) API (docs/quick-scan.md). An anonymous scan is reached by its id and
 * a token sent in this header — never in the URL, so that no access log holds it.
 */
export const QUICK_SCAN_TOKEN_HEADER = 'x-quick-scan-token';

/** Anonymous scans are kept this long after they are started; claimed ones have no expiry. */
export const QUICK_SCAN_TTL_DAYS = 30;

const localized = z.object({ zh: z.string(), en: z.string() });
const subdomainId = z.string().min(1).max(64);

/** The chosen option's level (0 = none of these yet), or 'na' (not applicable). */
export const quickScanChoiceSchema = z.union([z.literal([0, 1, 2, 3, 4, 5]), z.literal('na')]);

export const createQuickScanBodySchema = z.object({
  versionId: z.uuid(),
  profileId: z.string().min(1).max(64),
  tailoring: z.array(tailoringEntrySchema).max(50).default([]),
});
export type CreateQuickScanBody = z.input<typeof createQuickScanBodySchema>;

export const saveQuickScanAnswersBodySchema = z.object({
  answers: z
    .array(
      z.object({
        subdomainId,
        /** null clears the choice. */
        choice: quickScanChoiceSchema.nullable(),
      }),
    )
    .min(1)
    .max(100)
    .refine(
      (a) => new Set(a.map((x) => x.subdomainId)).size === a.length,
      'each sub-domain at most once per request',
    ),
});
export type SaveQuickScanAnswersBody = z.input<typeof saveQuickScanAnswersBodySchema>;

export const quickScanItemViewSchema = z.object({
  subdomainId: z.string(),
  name: localized,
  /** The element (or domain) the sub-domain belongs to, for grouping. */
  parentName: localized.nullable(),
  question: localized,
  options: z.array(z.object({ level: z.number().int(), text: localized })),
  /** Whether 'na' may be chosen: every requirement of the sub-domain allows 不适用. */
  naAllowed: z.boolean(),
});
export type QuickScanItemView = z.infer<typeof quickScanItemViewSchema>;

export const quickScanViewSchema = z.object({
  id: z.uuid(),
  version: z.object({
    id: z.uuid(),
    systemCode: z.string(),
    version: z.string(),
    name: localized,
  }),
  profileId: z.string(),
  profileName: localized,
  tailoring: z.array(tailoringEntrySchema),
  /** The questions asked: tailored-out and profile-excluded sub-domains are not. */
  items: z.array(quickScanItemViewSchema),
  choices: z.record(z.string(), quickScanChoiceSchema),
  answered: z.number().int(),
  total: z.number().int(),
  /** The enterprise it is attached to, or null while anonymous. */
  organizationId: z.uuid().nullable(),
  claimedAt: z.string().nullable(),
  /** When an anonymous scan is deleted; null once claimed. */
  expiresAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type QuickScanView = z.infer<typeof quickScanViewSchema>;

/** The answer to starting a scan: the view and the token, shown this once. */
export const createdQuickScanSchema = quickScanViewSchema.extend({ token: z.string() });
export type CreatedQuickScan = z.infer<typeof createdQuickScanSchema>;

export const quickScanSubdomainResultSchema = z.object({
  id: z.string(),
  name: localized,
  parentName: localized.nullable(),
  choice: quickScanChoiceSchema.nullable(),
  /** Indicative level 0..5 of the sub-domain; null when absent (tailored out, all N/A). */
  level: z.number().int().nullable(),
  score: z.number().nullable(),
});

export const quickScanResultSchema = z.object({
  id: z.uuid(),
  /** Always true: a quick-scan result is indicative (指示性结果), never a judgment. */
  indicative: z.literal(true),
  label: localized,
  maturityLevel: z.number().int(),
  levelName: localized,
  score: z.number(),
  tier: z.object({ key: z.string().nullable(), label: localized }),
  /** Radar data: every sub-domain asked, in document order. */
  subdomains: z.array(quickScanSubdomainResultSchema),
  /** The three weakest sub-domains, each with one sentence (its next level in the model's words). */
  weakest: z.array(
    z.object({ id: z.string(), name: localized, level: z.number().int(), sentence: localized }),
  ),
  answered: z.number().int(),
  total: z.number().int(),
  /** How the indication is computed, in one paragraph. */
  method: localized,
});
export type QuickScanResult = z.infer<typeof quickScanResultSchema>;

/** What an anonymous visitor may start a scan on. */
export const quickScanOptionsSchema = z.object({
  items: z.array(
    z.object({
      versionId: z.uuid(),
      systemCode: z.string(),
      version: z.string(),
      name: localized,
      itemCount: z.number().int(),
      profiles: z.array(
        z.object({
          id: z.string(),
          name: localized,
          productionType: z.enum(['discrete', 'process']),
          industry: z.string().nullable(),
          tailorable: z.array(z.string()),
        }),
      ),
    }),
  ),
});
export type QuickScanOptions = z.infer<typeof quickScanOptionsSchema>;

export const quickScanListSchema = z.object({
  items: z.array(
    quickScanViewSchema.pick({
      id: true,
      version: true,
      profileId: true,
      profileName: true,
      answered: true,
      total: true,
      claimedAt: true,
      createdAt: true,
    }),
  ),
});

/** The scan an assessment was started from, beside the assessment (docs/quick-scan.md). */
export const assessmentQuickScanSchema = z.object({
  quickScanId: z.uuid(),
  createdAt: z.string(),
  indicative: z.object({ maturityLevel: z.number().int(), score: z.number() }),
  /** The latest report of the assessment (self, or assessed once signed off), if any. */
  actual: z
    .object({
      maturityLevel: z.number().int(),
      score: z.number(),
      kind: z.enum(['self', 'assessed']),
    })
    .nullable(),
  subdomains: z.array(
    z.object({
      id: z.string(),
      name: localized,
      choice: quickScanChoiceSchema.nullable(),
      indicativeLevel: z.number().int().nullable(),
      /** The sub-domain's level in the latest report, or null. */
      actualLevel: z.number().int().nullable(),
    }),
  ),
  /** Sub-domain ids, weakest first by the scan (ties: larger weight, then document order). */
  weakestFirst: z.array(z.string()),
  /** How well the scan predicted the report: null until there is a report. */
  agreement: z
    .object({
      /** Sub-domains whose indicated level equals the assessed level, of those compared. */
      sameLevel: z.number().int(),
      compared: z.number().int(),
      /** Mean absolute difference of sub-domain levels. */
      meanAbsoluteDifference: z.number(),
      /** Overall score of the report minus the scan's. */
      scoreDifference: z.number(),
    })
    .nullable(),
});
export type AssessmentQuickScan = z.infer<typeof assessmentQuickScanSchema>;

/** "Mark the requirements above level k as 不满足" for one sub-domain: an explicit action. */
export const applyQuickScanLevelBodySchema = z.object({
  revision: revisionSchema,
  subdomainId,
  level: z.literal([0, ...LEVELS]),
});
export type ApplyQuickScanLevelBody = z.input<typeof applyQuickScanLevelBodySchema>;
