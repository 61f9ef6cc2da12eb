import { z } from 'zod';
import { NODE_KINDS } from '../indicator-system/profile.ts';
import { ANSWER_CHOICES, INDUSTRIES, LEVELS } from '../indicator-system/schema.ts';
import type { AssessmentReport } from '../scoring/types.ts';
import { ASSESSMENT_STATUSES, type AssessmentStatus } from './assessments.ts';
import { revisionSchema, uuidSchema } from './common.ts';

/**
 * The review workflow (正式评估 → 弱项整改 → 结果判定). Transitions of the assessment, by
 * action: from-status → to-status. Anything not listed is refused (409 invalid_transition).
 * `assign` is the admin's (re)assignment; it moves a submitted assessment into review and
 * leaves one already in review or returned where it is.
 */
export const REVIEW_TRANSITIONS = {
  claim: { submitted: 'in_review' },
  assign: { submitted: 'in_review', in_review: 'in_review', returned: 'returned' },
  return: { in_review: 'returned' },
  resubmit: { returned: 'in_review' },
  signOff: { in_review: 'signed_off' },
} as const satisfies Record<string, Partial<Record<AssessmentStatus, AssessmentStatus>>>;
export type ReviewTransition = keyof typeof REVIEW_TRANSITIONS;

/** Work that does not move the assessment, and the one status it is allowed in. */
export const REVIEW_WORK_STATUS = {
  reviewItems: 'in_review',
  raiseFinding: 'in_review',
  verifyFinding: 'in_review',
  reopenFinding: 'in_review',
  respondToFinding: 'returned',
} as const satisfies Record<string, AssessmentStatus>;

export const REVIEW_DECISIONS = ['confirm', 'adjust'] as const;
export type ReviewDecision = (typeof REVIEW_DECISIONS)[number];

/** open → answered (at resubmit, with the enterprise's response) → verified, or back to open. */
export const FINDING_STATUSES = ['open', 'answered', 'verified'] as const;
export type FindingStatus = (typeof FINDING_STATUSES)[number];

/**
 * 结果判定: the assessed maturity level stands. `confirmed` when it equals the self-assessed
 * level, `adjusted` when the review changed it; the server checks the choice against the two.
 */
export const SIGN_OFF_JUDGMENTS = ['confirmed', 'adjusted'] as const;
export type SignOffJudgment = (typeof SIGN_OFF_JUDGMENTS)[number];

export const REVIEW_QUEUE_SCOPES = ['assigned', 'claimable', 'all'] as const;
export type ReviewQueueScope = (typeof REVIEW_QUEUE_SCOPES)[number];

/** Statuses an assessment can have once it has left the enterprise's draft. */
export const REVIEWABLE_STATUSES = ASSESSMENT_STATUSES.filter(
  (s): s is Exclude<AssessmentStatus, 'draft'> => s !== 'draft',
);

const requirementId = z.string().min(1).max(64);
const text = (max: number) => z.string().trim().min(1, 'must not be empty').max(max);
const revision = revisionSchema;

// ---- Queue ----

export const reviewQueueQuerySchema = z.object({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  scope: z.enum(REVIEW_QUEUE_SCOPES).default('all'),
  industry: z.enum(INDUSTRIES).optional(),
  status: z.enum(REVIEWABLE_STATUSES).optional(),
});
export type ReviewQueueQuery = z.input<typeof reviewQueueQuerySchema>;

const resultSchema = z.object({ maturityLevel: z.number().int(), score: z.number() });

export const reviewQueueItemSchema = z.object({
  id: z.uuid(),
  title: z.string(),
  status: z.enum(ASSESSMENT_STATUSES),
  organization: z.object({
    id: z.uuid(),
    name: z.string(),
    industry: z.string(),
    size: z.string(),
  }),
  version: z.object({ systemCode: z.string(), version: z.string() }),
  assessorId: z.uuid().nullable(),
  submittedAt: z.string().nullable(),
  updatedAt: z.string(),
  /** From the self-assessment snapshot taken at submit. */
  selfResult: resultSchema.nullable(),
});
export type ReviewQueueItem = z.infer<typeof reviewQueueItemSchema>;

// ---- Transitions ----

export const assignBodySchema = z.object({ assessorId: uuidSchema });

export const signOffBodySchema = z.object({
  revision,
  judgment: z.enum(SIGN_OFF_JUDGMENTS),
  opinion: z
    .string()
    .trim()
    .min(10, 'write at least 10 characters')
    .max(4000, 'must be at most 4000 characters'),
});
export type SignOffBody = z.input<typeof signOffBodySchema>;

// ---- Review items ----

export const reviewItemInputSchema = z
  .object({
    requirementId,
    decision: z.enum(REVIEW_DECISIONS),
    adjustedChoice: z.enum(ANSWER_CHOICES).nullable().optional(),
    comment: z.string().trim().max(4000).default(''),
  })
  .superRefine((item, ctx) => {
    if (item.decision === 'adjust') {
      if (!item.adjustedChoice)
        ctx.addIssue({
          code: 'custom',
          path: ['adjustedChoice'],
          message: 'an adjustment needs the assessed answer',
        });
      if (!item.comment)
        ctx.addIssue({
          code: 'custom',
          path: ['comment'],
          message: 'an adjustment needs a comment explaining it',
        });
    } else if (item.adjustedChoice) {
      ctx.addIssue({
        code: 'custom',
        path: ['adjustedChoice'],
        message: 'only an adjustment carries an assessed answer',
      });
    }
  });
export type ReviewItemInput = z.input<typeof reviewItemInputSchema>;

export const saveReviewItemsBodySchema = z.object({
  revision,
  items: z
    .array(reviewItemInputSchema)
    .min(1)
    .max(500)
    .refine(
      (a) => new Set(a.map((x) => x.requirementId)).size === a.length,
      'each requirement at most once per batch',
    ),
});
export type SaveReviewItemsBody = z.input<typeof saveReviewItemsBodySchema>;

export const reviewItemViewSchema = z.object({
  requirementId,
  decision: z.enum(REVIEW_DECISIONS),
  /** The enterprise's answer at the time of reading. */
  selfChoice: z.enum(ANSWER_CHOICES).nullable(),
  adjustedChoice: z.enum(ANSWER_CHOICES).nullable(),
  comment: z.string(),
  reviewerId: z.uuid(),
  updatedAt: z.string(),
});
export type ReviewItemView = z.infer<typeof reviewItemViewSchema>;

// ---- Findings ----

export const createFindingBodySchema = z.object({
  /** null or omitted: a finding about the assessment as a whole. */
  requirementId: requirementId.nullable().optional(),
  text: text(4000),
});
export type CreateFindingBody = z.input<typeof createFindingBodySchema>;

export const findingResponseBodySchema = z.object({ response: text(4000) });

export const findingsQuerySchema = z.object({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  limit: z.coerce.number().int().min(1).max(100).default(50),
  status: z.enum(FINDING_STATUSES).optional(),
});

export const findingViewSchema = z.object({
  id: z.uuid(),
  assessmentId: z.uuid(),
  requirementId: z.string().nullable(),
  text: z.string(),
  status: z.enum(FINDING_STATUSES),
  response: z.string().nullable(),
  createdBy: z.uuid(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type FindingView = z.infer<typeof findingViewSchema>;

/**
 * An assessor's adjustment of one answer, as the enterprise sees it (弱项整改 and the signed-off
 * report): the self answer, the assessed one and the assessor's reason.
 */
export const adjustmentViewSchema = z.object({
  requirementId: z.string(),
  selfChoice: z.enum(ANSWER_CHOICES).nullable(),
  adjustedChoice: z.enum(ANSWER_CHOICES).nullable(),
  comment: z.string(),
  updatedAt: z.string(),
});
export type AdjustmentView = z.infer<typeof adjustmentViewSchema>;
export const adjustmentsResponseSchema = z.object({ items: z.array(adjustmentViewSchema) });
export type AdjustmentsResponse = z.infer<typeof adjustmentsResponseSchema>;

/** A finding write answers the finding and the assessment revision it moved to. */
export const findingWriteResultSchema = z.object({
  finding: findingViewSchema,
  revision: z.number().int(),
});
export type FindingWriteResult = z.infer<typeof findingWriteResultSchema>;

// ---- The engine's report, as the API returns it ----

const localized = z.object({ zh: z.string(), en: z.string() });
const level = z.literal(LEVELS);
const completionSchema = z.object({
  answered: z.number().int(),
  applicable: z.number().int(),
  total: z.number().int(),
});
const gapSchema = z.object({
  requirementId: z.string(),
  subdomainId: z.string(),
  level,
  answer: z.enum(ANSWER_CHOICES).nullable(),
  value: z.number(),
  impact: z.number(),
  kind: z.enum(['roadmap', 'consolidation']),
});

export const assessmentReportSchema = z.object({
  systemCode: z.string(),
  systemVersion: z.string(),
  profileId: z.string(),
  targetLevel: level,
  tailoring: z.array(z.object({ subdomainId: z.string(), reason: z.string() })),
  maturityLevel: z.number().int(),
  score: z.number(),
  levels: z.array(
    z.object({
      level,
      score: z.number().nullable(),
      attained: z.boolean(),
      present: z.boolean(),
    }),
  ),
  nodes: z.array(
    z.object({
      id: z.string(),
      parentId: z.string().nullable(),
      depth: z.number().int(),
      kind: z.enum(NODE_KINDS),
      name: localized,
      levelScores: z.array(z.number().nullable()),
      levelAttained: z.array(z.boolean()),
      level: z.number().int().nullable(),
      score: z.number().nullable(),
      effectiveWeights: z.array(z.number().nullable()),
      completion: completionSchema,
      tailoredOut: z.boolean(),
      notApplicable: z.boolean(),
    }),
  ),
  completion: completionSchema,
  gaps: z.array(gapSchema),
  roadmap: z.array(
    z.object({
      level,
      present: z.boolean(),
      levelScore: z.number().nullable(),
      attainedNow: z.boolean(),
      items: z.array(gapSchema.extend({ levelScoreIfMet: z.number() })),
      thresholdReachedAt: z.number().int().nullable(),
    }),
  ),
  consolidation: z.array(gapSchema),
  parameters: z.object({
    answerScale: z.object({
      full: z.number(),
      most: z.number(),
      partial: z.number(),
      none: z.number(),
    }),
    threshold: z.number(),
    thresholdInclusive: z.boolean(),
  }),
});
// The schema describes the engine's type: a change to either must keep them in step.
type _Report = z.infer<typeof assessmentReportSchema>;
type _ReportMatches = AssessmentReport extends _Report
  ? _Report extends AssessmentReport
    ? true
    : never
  : never;
const _reportMatchesEngine: _ReportMatches = true;

// ---- The review as a whole ----

export const reviewViewSchema = z.object({
  assessmentId: z.uuid(),
  status: z.enum(ASSESSMENT_STATUSES),
  revision: z.number().int(),
  assessorId: z.uuid().nullable(),
  judgment: z.enum(SIGN_OFF_JUDGMENTS).nullable(),
  opinion: z.string().nullable(),
  signedOffAt: z.string().nullable(),
  selfResult: resultSchema.nullable(),
  /**
   * False while the enterprise looks at a review still in progress: review items and the
   * assessed report stay with the assessor until sign-off, and findings reach the enterprise
   * when the assessment is returned to it.
   */
  complete: z.boolean(),
  items: z.array(reviewItemViewSchema),
  findings: z.array(findingViewSchema),
  /**
   * The engine's report over the self answers with the adjusted ones substituted; after
   * sign-off, the stored assessed snapshot. Null where the caller may not see it yet.
   */
  assessedReport: assessmentReportSchema.nullable(),
});
export type ReviewView = z.infer<typeof reviewViewSchema>;

// ---- Evidence files (multipart upload; see evidenceFileViewSchema in assessments.ts) ----

/** What an evidence upload may contain, recognized by content and extension. */
export const EVIDENCE_FILE_TYPES = [
  { mimeType: 'application/pdf', extensions: ['pdf'] },
  { mimeType: 'image/png', extensions: ['png'] },
  { mimeType: 'image/jpeg', extensions: ['jpg', 'jpeg'] },
  { mimeType: 'image/webp', extensions: ['webp'] },
  {
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    extensions: ['docx'],
  },
  {
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    extensions: ['xlsx'],
  },
  {
    mimeType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    extensions: ['pptx'],
  },
  { mimeType: 'text/plain; charset=utf-8', extensions: ['txt'] },
  { mimeType: 'text/csv; charset=utf-8', extensions: ['csv'] },
] as const;

export const evidenceListQuerySchema = z.object({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  limit: z.coerce.number().int().min(1).max(100).default(50),
  requirementId: requirementId.optional(),
});

export const evidenceFileParamsSchema = z.object({ id: uuidSchema, fileId: uuidSchema });

/** Documents the multipart body of an upload (validated by the route, not by this schema). */
export const evidenceUploadBodySchema = z.object({
  requirementId,
  file: z.string().meta({ format: 'binary', description: 'one file' }),
});
