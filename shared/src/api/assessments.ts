import { z } from 'zod';
import { ANSWER_CHOICES, LEVELS } from '../indicator-system/schema.ts';
import { revisionSchema } from './common.ts';

/**
 * draft → submitted (self-assessment done, answers locked) → in_review (an assessor claimed it)
 * ⇄ returned (弱项整改: findings re-open their answers) → signed_off (结果判定; immutable).
 */
export const ASSESSMENT_STATUSES = [
  'draft',
  'submitted',
  'in_review',
  'returned',
  'signed_off',
] as const;
export type AssessmentStatus = (typeof ASSESSMENT_STATUSES)[number];

const requirementId = z.string().min(1).max(64);

export const tailoringEntrySchema = z.object({
  subdomainId: z.string().min(1).max(64),
  reason: z.string().trim().min(2, 'give a reason for leaving this sub-domain out').max(1000),
});

export const createAssessmentBodySchema = z.object({
  versionId: z.uuid(),
  title: z.string().trim().min(1).max(200),
  profileId: z.string().min(1).max(64),
  targetLevel: z.literal(LEVELS),
  tailoring: z.array(tailoringEntrySchema).max(50).default([]),
  /** Start from a quick scan of the enterprise (docs/quick-scan.md): recorded as the origin. */
  quickScanId: z.uuid().optional(),
});
export type CreateAssessmentBody = z.input<typeof createAssessmentBodySchema>;

export const evidenceSchema = z.object({
  notes: z.string().max(4000).default(''),
  links: z
    .array(z.url({ protocol: /^https?$/ }).max(2000))
    .max(20)
    .default([]),
});

export const answerInputSchema = z.object({
  requirementId,
  /** null clears the answer; omitted keeps it. */
  choice: z.enum(ANSWER_CHOICES).nullable().optional(),
  comment: z.string().max(4000).optional(),
  evidence: evidenceSchema.optional(),
});
export type AnswerInput = z.input<typeof answerInputSchema>;

export const saveAnswersBodySchema = z.object({
  /** The assessment revision the client last saw; a stale one gets 409. */
  revision: revisionSchema,
  answers: z
    .array(answerInputSchema)
    .min(1)
    .max(500)
    .refine(
      (a) => new Set(a.map((x) => x.requirementId)).size === a.length,
      'each requirement at most once per batch',
    ),
});
export type SaveAnswersBody = z.input<typeof saveAnswersBodySchema>;

export const answerViewSchema = z.object({
  requirementId,
  choice: z.enum(ANSWER_CHOICES).nullable(),
  comment: z.string(),
  evidence: z.object({ notes: z.string(), links: z.array(z.string()) }),
  updatedAt: z.string(),
  updatedBy: z.uuid(),
});
export type AnswerView = z.infer<typeof answerViewSchema>;

export const progressSchema = z.object({
  answered: z.number().int(),
  applicable: z.number().int(),
  total: z.number().int(),
});

export const assessmentViewSchema = z.object({
  id: z.uuid(),
  organizationId: z.uuid(),
  organizationName: z.string(),
  title: z.string(),
  status: z.enum(ASSESSMENT_STATUSES),
  revision: z.number().int(),
  version: z.object({
    id: z.uuid(),
    systemCode: z.string(),
    version: z.string(),
    name: z.object({ zh: z.string(), en: z.string() }),
  }),
  profileId: z.string(),
  targetLevel: z.number().int(),
  tailoring: z.array(tailoringEntrySchema),
  assessorId: z.uuid().nullable(),
  progress: progressSchema,
  /** From the latest report snapshot (self, or assessed once signed off). */
  result: z
    .object({
      maturityLevel: z.number().int(),
      score: z.number(),
      kind: z.enum(['self', 'assessed']),
    })
    .nullable(),
  judgment: z.string().nullable(),
  opinion: z.string().nullable(),
  /** The quick scan it was started from, if any. */
  quickScanId: z.uuid().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  submittedAt: z.string().nullable(),
  signedOffAt: z.string().nullable(),
});
export type AssessmentView = z.infer<typeof assessmentViewSchema>;

export const answersResponseSchema = z.object({
  revision: z.number().int(),
  answers: z.array(answerViewSchema),
  progress: progressSchema,
});
export type AnswersResponse = z.infer<typeof answersResponseSchema>;

export const revisionBodySchema = z.object({ revision: revisionSchema });

export const listAssessmentsQuerySchema = z.object({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  status: z.enum(ASSESSMENT_STATUSES).optional(),
});

export const evidenceFileViewSchema = z.object({
  id: z.uuid(),
  requirementId: z.string(),
  filename: z.string(),
  mimeType: z.string(),
  sizeBytes: z.number().int(),
  sha256: z.string(),
  createdAt: z.string(),
});
export type EvidenceFileView = z.infer<typeof evidenceFileViewSchema>;
