import { z } from 'zod';
import { NODE_KINDS } from '../indicator-system/profile.ts';
import { ANSWER_CHOICES, PRODUCTION_TYPES } from '../indicator-system/schema.ts';
import { HEATMAP_LIFECYCLE, HEATMAP_SYSTEM_LEVEL } from '../reports/heatmap.ts';
import { NATIONAL_BANDS, type NationalBand } from '../reports/national.ts';
import { SMART_FACTORY_TIER_KEYS } from '../scoring/labels.ts';
import { ASSESSMENT_STATUSES, tailoringEntrySchema } from './assessments.ts';
import { uuidSchema } from './common.ts';
import { assessmentReportSchema } from './reviews.ts';

const localized = z.object({ zh: z.string(), en: z.string() });
const int = z.number().int();

export const REPORT_LANGS = ['zh-CN', 'en'] as const;
export type ReportLang = (typeof REPORT_LANGS)[number];
export const reportLangQuerySchema = z.object({
  lang: z.enum(REPORT_LANGS).default('zh-CN'),
});

// The engine's AssessmentReport (scoring/types.ts) is described once, in reviews.ts.

// ---- Benchmark ----

export const MIN_PEER_GROUP = 5;

/** One number per national band (NATIONAL_BANDS). */
const bandShares = z.object({
  le1: z.number(),
  l2: z.number(),
  l3: z.number(),
  ge4: z.number(),
}) satisfies z.ZodType<Record<NationalBand, number>>;

export const peerGroupSchema = z.discriminatedUnion('available', [
  z.object({
    available: z.literal(true),
    /** Other enterprises in the group, each by its latest submitted self-assessment. */
    peers: int,
    /** Peers scoring strictly lower than this assessment. */
    lower: int,
    /** lower / peers, in [0, 1]. */
    percentile: z.number(),
    /** Share of the peers per national band, in [0, 1]. */
    levelShares: bandShares,
  }),
  z.object({
    available: z.literal(false),
    reason: z.literal('too_few_peers'),
    peers: int,
  }),
]);
export type PeerGroup = z.infer<typeof peerGroupSchema>;

const sourceTag = z.enum(['V', 'S']);

export const benchmarkSchema = z.object({
  assessmentId: uuidSchema,
  systemCode: z.string(),
  industry: z.string(),
  sizeBand: z.string(),
  /** The score compared: this assessment's self-assessment (the live one for a draft). */
  own: z.object({
    score: z.number(),
    maturityLevel: int,
    source: z.enum(['snapshot', 'live']),
  }),
  minimumPeers: int,
  groups: z.object({ industry: peerGroupSchema, industrySize: peerGroupSchema }),
  national: z.object({
    distributions: z.array(
      z.object({
        year: int,
        report: localized,
        source: sourceTag,
        sampleSize: int.nullable(),
        sampleAtLeast: z.boolean(),
        sampleLabel: localized,
        percent: bandShares,
      }),
    ),
    positions: z.array(
      z.object({
        year: int,
        band: z.enum(NATIONAL_BANDS),
        belowPercent: z.number(),
        samePercent: z.number(),
        abovePercent: z.number(),
      }),
    ),
    platform: z.object({
      asOf: z.string(),
      source: sourceTag,
      selfAssessed: int,
      levelTwoOrAbove: int,
    }),
  }),
});
export type Benchmark = z.infer<typeof benchmarkSchema>;

// ---- The report ----

const tierSchema = z.object({
  key: z.enum(SMART_FACTORY_TIER_KEYS),
  minLevel: int,
  label: localized,
});

/** A standard as a report names it. */
const standardRefSchema = z.object({
  number: z.string(),
  title: localized,
  summary: localized,
  frameworkCode: z.string(),
});
/** A step of the national standard system's framework (A, AE, AEA …) in words. */
const frameworkStepSchema = z.object({ code: z.string(), label: localized });
/** A gap item in words, as the standards plan lists it. */
const planItemSchema = z.object({
  requirementId: z.string(),
  subdomainName: localized,
  level: int,
  text: localized,
  impact: z.number(),
});

export const reportBasisSchema = z.enum(['self', 'assessed']);
export const reportSourceSchema = z.enum(['snapshot', 'live']);

export const reportResponseSchema = z.object({
  assessment: z.object({
    id: uuidSchema,
    title: z.string(),
    status: z.enum(ASSESSMENT_STATUSES),
    organization: z.object({
      id: uuidSchema,
      name: z.string(),
      industry: z.string(),
      size: z.string(),
      region: z.string(),
    }),
    version: z.object({
      id: uuidSchema,
      systemCode: z.string(),
      version: z.string(),
      name: localized,
      /** A draft for comments (征求意见稿): the report says so. */
      draftForComments: z.boolean(),
    }),
    profileId: z.string(),
    profileName: localized,
    targetLevel: int,
    tailoring: z.array(tailoringEntrySchema),
    submittedAt: z.string().nullable(),
    signedOffAt: z.string().nullable(),
    judgment: z.string().nullable(),
    opinion: z.string().nullable(),
    assessorName: z.string().nullable(),
  }),
  /** The report the result, tier, recommendations and heat map speak of. */
  basis: reportBasisSchema,
  self: assessmentReportSchema,
  selfSource: reportSourceSchema,
  /** Signed off: the stored assessed report; in review: a live preview (assessors and admins). */
  assessed: assessmentReportSchema.nullable(),
  assessedSource: reportSourceSchema.nullable(),
  levelNames: z.array(z.object({ level: int, name: localized })),
  tier: z.object({
    eligible: z.array(tierSchema),
    highest: tierSchema.nullable(),
    label: localized,
  }),
  recommendations: z.array(
    z.object({
      subdomainId: z.string(),
      name: localized,
      level: int.nullable(),
      score: z.number().nullable(),
      impact: z.number(),
      unmetRequirementIds: z.array(z.string()),
      /** Confirmed standards for the enterprise's production type and the levels of its gaps. */
      standards: z.array(standardRefSchema.extend({ why: localized })),
      /** When no standard reaches the sub-domain: says so plainly, and what to do instead. */
      noStandardNote: localized.nullable(),
    }),
  ),
  /**
   * The standards section (issue #16): every recommended standard ranked by the summed impact
   * of the gaps it addresses (`top` marks the first `topStandards`, the rest behind "show all"),
   * each naming the requirements it addresses in words; the framework legend; the bounded
   * quick-win rule in words and its items.
   */
  standardsPlan: z.object({
    productionType: z.enum(PRODUCTION_TYPES),
    topStandards: int,
    frameworkNote: localized,
    frameworkParts: z.array(frameworkStepSchema),
    standards: z.array(
      standardRefSchema.extend({
        framework: z.array(frameworkStepSchema),
        impact: z.number(),
        top: z.boolean(),
        requirements: z.array(planItemSchema),
        reasons: z.array(
          z.object({ subdomainId: z.string(), subdomainName: localized, reason: localized }),
        ),
      }),
    ),
    quickWinDefinition: localized,
    quickWinLimit: int,
    quickWins: z.array(planItemSchema),
  }),
  heatmap: z.object({
    lifecycle: z.array(z.enum(HEATMAP_LIFECYCLE)),
    systemLevel: z.array(z.enum(HEATMAP_SYSTEM_LEVEL)),
    cells: z.array(
      z.object({
        lifecycle: z.enum(HEATMAP_LIFECYCLE),
        systemLevel: z.enum(HEATMAP_SYSTEM_LEVEL),
        gaps: int,
        share: z.number(),
        impact: z.number(),
      }),
    ),
    totals: z.object({ gaps: int, impact: z.number() }),
  }),
  benchmark: benchmarkSchema,
  /** Display strings in the requested language (levels, score, tier). */
  display: z.object({
    lang: z.enum(REPORT_LANGS),
    maturityLevel: z.string(),
    score: z.string(),
    tier: z.string(),
  }),
});
export type ReportResponse = z.infer<typeof reportResponseSchema>;

// ---- Comparison ----

export const compareQuerySchema = z.object({ a: uuidSchema, b: uuidSchema });

const missingIn = z.enum(['a', 'b']).nullable();
const compareSide = z.object({
  id: uuidSchema,
  title: z.string(),
  status: z.enum(ASSESSMENT_STATUSES),
  version: z.object({ id: uuidSchema, systemCode: z.string(), version: z.string() }),
  basis: reportBasisSchema,
  createdAt: z.string(),
  submittedAt: z.string().nullable(),
});
const nodeSide = z.object({ level: int.nullable(), score: z.number().nullable() }).nullable();

export const compareResponseSchema = z.object({
  a: compareSide,
  b: compareSide,
  /** Deltas are b − a. */
  overall: z.object({
    a: z.object({ maturityLevel: int, score: z.number() }),
    b: z.object({ maturityLevel: int, score: z.number() }),
    levelDelta: int,
    scoreDelta: z.number(),
  }),
  levels: z.array(
    z.object({
      level: int,
      a: z.number().nullable(),
      b: z.number().nullable(),
      attainedA: z.boolean(),
      attainedB: z.boolean(),
      delta: z.number().nullable(),
    }),
  ),
  nodes: z.array(
    z.object({
      id: z.string(),
      kind: z.enum(NODE_KINDS),
      name: localized,
      depth: int,
      parentId: z.string().nullable(),
      a: nodeSide,
      b: nodeSide,
      scoreDelta: z.number().nullable(),
      levelDelta: int.nullable(),
      missingIn,
    }),
  ),
  changedAnswers: z.array(
    z.object({
      requirementId: z.string(),
      subdomainId: z.string(),
      level: int,
      text: localized,
      a: z.enum(ANSWER_CHOICES).nullable(),
      b: z.enum(ANSWER_CHOICES).nullable(),
      missingIn,
    }),
  ),
});
export type CompareResponse = z.infer<typeof compareResponseSchema>;
